"""Reading and writing files: spreadsheet import, Excel/CSV/JSON/iCalendar export.

Exporters are modules named ``export_<suffix>.py`` with
``write(catalog, path, kind=None, search="") -> dict[str, int]`` (counts per kind);
``passerelles export FILE.<suffix>`` finds them by the file's suffix.
"""
