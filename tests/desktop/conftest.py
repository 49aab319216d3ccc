"""Fixtures shared by the desktop tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def french_locale():
    """French dates and numbers for the test, the C locale back afterwards."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(QLocale.c())
