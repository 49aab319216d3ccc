"""Where the data files shipped with the application are read (``resources/data`` in a checkout,
``desktop/resources_data/data`` in an installed wheel or bundle; ``packaging/bundle_resources.py``
carries them). Plain files, no Qt."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    for candidate in (HERE.parent / "resources" / "data", HERE.parent / "desktop" / "resources_data" / "data"):
        if candidate.is_dir():
            return candidate
    return HERE.parent / "resources" / "data"


def data_file(name: str) -> Path:
    return data_dir() / name
