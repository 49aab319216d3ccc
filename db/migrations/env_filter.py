"""What the migrations leave to ``db.search``: its FTS5 tables (SQLite), GIN indexes and stored
``search_vector`` columns (PostgreSQL)."""


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    if type_ == "table" and "_fts" in (name or ""):
        return False
    if type_ == "column" and name == "search_vector":
        return False
    return not (type_ == "index" and (name or "").endswith("_search"))
