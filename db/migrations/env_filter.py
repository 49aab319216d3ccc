"""What the migrations leave to ``db.search``: its FTS5 tables (SQLite) and GIN indexes (PostgreSQL)."""


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "table" and "_fts" in (name or ""):
        return False
    return not (type_ == "index" and (name or "").endswith("_search"))
