"""Customers: the record, core-data changes (C10/C11), new sales and special customers (C1, C13), the duplicate
check (C2) and the customer list."""
