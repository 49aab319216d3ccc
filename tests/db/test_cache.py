"""Tables kept in the user's cache folder (db.cache): built once, read back, rebuilt when what they
were built from changes, and never an obstacle when the folder cannot be written."""

from __future__ import annotations

from db import cache


def test_index_is_kept_read_back_and_rebuilt_when_its_key_changes(tmp_path):
    path = tmp_path / "index.sqlite"
    builds = []

    def build():
        builds.append(1)
        return [("paris", "FR,US"), ("krakow", "PL")]

    first = cache.KeptIndex(path, "v1", build)
    assert first.get("paris") == "FR,US" and first.get("lyon") is None
    again = cache.KeptIndex(path, "v1", build)
    assert again.get("krakow") == "PL" and len(builds) == 1   # read back, not rebuilt
    newer = cache.KeptIndex(path, "v2", lambda: [("paris", "FR")])
    assert newer.get("paris") == "FR" and newer.get("krakow") is None
    assert [p.name for p in tmp_path.iterdir()] == ["index.sqlite"]   # no temporary file left


def test_index_lives_in_memory_when_it_cannot_be_kept(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    index = cache.KeptIndex(blocked / "index.sqlite", "v1", lambda: [("paris", "FR")])
    assert index.get("paris") == "FR"
    unknown = cache.KeptIndex(tmp_path / "other.sqlite", None, lambda: [("rome", "IT")])
    assert unknown.get("rome") == "IT" and not (tmp_path / "other.sqlite").exists()


def test_json_table_is_kept_and_a_damaged_one_rebuilt(tmp_path):
    path = tmp_path / "table.json"
    assert cache.kept_json(path, "k", lambda: {"titles": ["dr"]})["titles"] == ["dr"]
    assert cache.kept_json(path, "k", lambda: {"titles": ["other"]})["titles"] == ["dr"]
    path.write_text("{ damaged", encoding="utf-8")
    assert cache.kept_json(path, "k", lambda: {"titles": ["prof"]})["titles"] == ["prof"]
    assert cache.kept_json(tmp_path / "x" / "y.json", None, lambda: {"a": 1}) == {"a": 1, "key": None}
    assert not (tmp_path / "x").exists()
