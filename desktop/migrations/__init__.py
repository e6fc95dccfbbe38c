"""Alembic environment and versions, shipped inside the package so a frozen app can upgrade."""
