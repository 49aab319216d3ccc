"""Where backups go: the folder the user chose in Préférences, kept per user (not in the catalogue).

The choice must be readable before a catalogue is opened (the backups of a damaged catalogue are
looked for before it opens) and by the command line, without Qt: it lives in a small JSON file,
``<user config folder>/sauvegardes.json`` (``{"folder": "D:/Sauvegardes Passerelles"}``), beside
the window's own settings. No choice (or an unreadable file): backups go to ``Sauvegardes`` beside
a catalogue file, and to ``<user data folder>/Sauvegardes`` for a server catalogue.

With a chosen folder, each catalogue file gets its own subfolder ``<name>-<8 hex digits of its
path>``, so two catalogues called ``passerelles.sqlite`` never rotate each other's backups.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

FILE_NAME = "sauvegardes.json"


def settings_file() -> Path:
    """Resolved on each call (tests redirect ``XDG_CONFIG_HOME``)."""
    from platformdirs import user_config_path

    return user_config_path("Passerelles", appauthor=False) / FILE_NAME


def chosen_folder() -> Path | None:
    """The folder chosen in Préférences, or None."""
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    folder = data.get("folder") if isinstance(data, dict) else None
    return Path(folder).expanduser() if isinstance(folder, str) and folder.strip() else None


def choose_folder(folder: str | os.PathLike | None) -> None:
    """Remember ``folder`` (None or "": back to the default places); written whole, then renamed."""
    from db.interchange.atomic import atomic_path

    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = str(Path(folder).expanduser()) if folder not in (None, "") else None
    with atomic_path(path) as tmp:
        Path(tmp).write_text(json.dumps({"folder": value}, ensure_ascii=False), encoding="utf-8")


def folder_for_file(catalog_path: Path) -> Path | None:
    """The chosen folder's subfolder for this catalogue file, or None when no folder is chosen."""
    chosen = chosen_folder()
    if chosen is None:
        return None
    resolved = str(Path(catalog_path).expanduser().resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return chosen / f"{Path(catalog_path).stem}-{digest}"


def backup_root() -> Path:
    """Where server catalogues' backups go: the chosen folder, else ``<user data folder>/Sauvegardes``."""
    from platformdirs import user_data_path

    return chosen_folder() or user_data_path("Passerelles", appauthor=False, roaming=False) / "Sauvegardes"
