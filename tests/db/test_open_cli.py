"""The command line never creates, re-initialises or writes a file that is not a good catalogue."""

from __future__ import annotations

from passerelles_testing import run_cli


def test_read_commands_never_create_a_catalogue(tmp_path):
    db = tmp_path / "absent.sqlite"
    for command in (["list", "partner"], ["search", "x"], ["export", str(tmp_path / "e.json")], ["imports"]):
        result = run_cli("--db", str(db), *command)
        assert result.returncode != 0 and "passerelles init" in result.stderr, command
        assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_zero_byte_catalogue_never_overwrites_a_good_export(tmp_path):
    good = tmp_path / "catalogue.sqlite"
    assert run_cli("--db", str(good), "init", "--demo").returncode == 0
    export = tmp_path / "backup.json"
    assert run_cli("--db", str(good), "export", str(export)).returncode == 0
    saved = export.read_bytes()
    empty = tmp_path / "vide.sqlite"
    empty.write_bytes(b"")
    for command in (["export", str(export)], ["list", "partner"], ["init"]):
        result = run_cli("--db", str(empty), *command)
        assert result.returncode != 0, command
        assert "vide (0 octet)" in result.stderr and "Traceback" not in result.stderr
    assert export.read_bytes() == saved and empty.read_bytes() == b""
