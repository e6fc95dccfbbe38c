"""The back office: pending customers (C9/C12), core-data change requests (C10), merges and their undo, the audit
trail, special customers (C13), users, and suspected-typo VINs (V8/N1)."""
