"""Shared fixtures for the rules tests: the labelled validator vectors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
IN_REPO_VECTORS = HERE / "data" / "validator_vectors.json"
SHARED_VECTORS = Path(__file__).resolve().parents[3] / "shared" / "data" / "validator_vectors.json"
_SHARED_DEDUPE_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "dedupe_dev.jsonl"
_IN_REPO_DEDUPE_DEV = HERE.parent / "data" / "dedupe_dev.jsonl"  # the committed copy (tests/data)
DEDUPE_DEV = _IN_REPO_DEDUPE_DEV if _IN_REPO_DEDUPE_DEV.exists() else _SHARED_DEDUPE_DEV


def vectors_path() -> Path:
    """The in-repo copy is preferred (CI clones the repo elsewhere); the shared folder is the fallback."""
    return IN_REPO_VECTORS if IN_REPO_VECTORS.exists() else SHARED_VECTORS


def load_vectors() -> dict[str, Any]:
    with vectors_path().open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@pytest.fixture(scope="session")
def vectors() -> dict[str, Any]:
    return load_vectors()
