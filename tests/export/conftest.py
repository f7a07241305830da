"""Fixtures for export tests; the builders live in export_helpers.py."""

from __future__ import annotations

import pytest

from digest.model import Project
from tests.export.export_helpers import make_project


@pytest.fixture
def project8() -> Project:
    return make_project(8)


@pytest.fixture
def small_project() -> Project:
    return make_project(3, per_section=2)
