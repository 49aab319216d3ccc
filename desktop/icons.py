"""Icons by meaning (``icon("partner")``) from the SVG files in ``resources/icons``, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    """``resources/`` in a checkout, or ``desktop/resources_data`` in an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources_data"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


@cache
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
