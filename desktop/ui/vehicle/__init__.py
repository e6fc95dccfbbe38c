"""Vehicles: the record, the hand-created vehicle (M1/M2, V8), plate (P1-P4), this store's repair center (M3),
contacts (W7) and the vehicle list."""
