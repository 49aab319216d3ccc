"""Files written through atomic_path: the user's normal permissions, nothing left on failure."""

from __future__ import annotations

import os
import stat

import pytest

from db.interchange.atomic import atomic_path


def test_an_exported_file_gets_the_users_normal_permissions(tmp_path, demo_catalog):
    from db.interchange import export_json

    old = os.umask(0o022)
    try:
        export_json.write(demo_catalog, tmp_path / "e.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "e.json").stat().st_mode) == 0o644  # not 0600


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path):
    target = tmp_path / "liste.csv"
    target.write_text("ancienne version")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("moitié")
        raise RuntimeError("interrompu")
    assert target.read_text() == "ancienne version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.csv"]


def test_an_os_error_names_the_users_file_not_the_temporary_one(tmp_path):
    import errno

    target = tmp_path / "liste.csv"
    with pytest.raises(OSError) as info, atomic_path(target) as tmp:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp))
    assert info.value.filename == str(target) and info.value.errno == errno.ENOSPC


def test_a_folder_that_refuses_the_new_file_is_named_and_the_old_file_kept(tmp_path, read_only_folder):
    """A workbook saved over last year's into a folder nobody may write: the sentence names the folder
    (the file there is not read-only, and is left as it was)."""
    from db.faults import explain

    folder = tmp_path / "Partage"
    folder.mkdir()
    target = folder / "APD-2025.xlsx"
    target.write_text("l'an dernier")
    read_only_folder(folder)
    with pytest.raises(OSError) as info, atomic_path(target) as tmp:
        tmp.write_text("cette année")
    assert info.value.filename == str(folder)
    said = explain(info.value, target)
    assert said.key == "permission" and f"« {folder} »" in said
    assert target.read_text() == "l'an dernier" and sorted(p.name for p in folder.iterdir()) == ["APD-2025.xlsx"]
