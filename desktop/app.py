"""Composition root of the desktop application (the window arrives with its own issue)."""

from __future__ import annotations


def run(argv: list[str]) -> int:
    from db.catalog import open_catalog, resolve_location

    location = None
    if "--db" in argv:
        index = argv.index("--db")
        location = argv[index + 1] if index + 1 < len(argv) else None
    catalog = open_catalog(location)
    print(f"Catalogue : {catalog.path or resolve_location(location)}")
    print("Ligne de commande : passerelles --help")
    catalog.close()
    return 0
