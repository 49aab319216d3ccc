"""Which column is a record's title when two columns' headings both name it: the one filled on
every row (``filled_title``), or the one that gathers the other's values (``grouping_title``, a
programme's panel above its papers). Both correct a mapping made by ``vocabulary.assign``."""

from __future__ import annotations

from db.interchange.imports.vocabulary import field_scores


def _filled_text(value) -> str:
    return "" if value is None else str(value).strip()


def filled_title(mapping: dict[int, str], headers: list, kind: str, below) -> None:
    """The record's title comes from a column filled on every row: when the column read as the
    title leaves rows blank (a programme's « title » of papers, empty for the coffee breaks) and
    another column whose heading also names it is always filled (« panel_title »), that one is the
    title and the first is kept as an attribute."""
    if kind not in ("event", "session", "agreement", "followup"):
        return
    chosen = next((i for i, f in mapping.items() if f == "title"), None)
    rows = [values for _n, values in below if any(_filled_text(v) for v in values)]
    if chosen is None or len(rows) < 3:
        return

    def blanks(index: int) -> int:
        return sum(1 for values in rows if index >= len(values) or not _filled_text(values[index]))

    if not blanks(chosen):
        return
    for index, header in enumerate(headers):
        if index == chosen or mapping.get(index) not in (None, "extra") or not header or blanks(index):
            continue
        if any(field == "title" and score >= 75 for score, field in field_scores(header, kind)):
            del mapping[chosen]
            mapping[index] = "title"
            return


def grouping_title(mapping: dict[int, str], headers: list, kind: str, below) -> None:
    """A programme written one row per paper names two titles: the panel's (« panel_title ») and
    each paper's (« title »). The session is the group: when another column whose heading also
    names the title holds texts that each gather several of the chosen column's values, and never
    split one of them, that column is the title and the papers' titles are kept with the session."""
    if kind not in ("event", "session"):
        return
    chosen = next((i for i, f in mapping.items() if f == "title"), None)
    if chosen is None:
        return
    rows = [values for _n, values in below if chosen < len(values) and _filled_text(values[chosen])]
    if len(rows) < 3:
        return
    for index, header in enumerate(headers):
        if index == chosen or mapping.get(index) not in (None, "extra") or not header:
            continue
        if not any(field == "title" and score >= 75 for score, field in field_scores(header, kind)):
            continue
        groups: dict[str, set[str]] = {}
        owner: dict[str, set[str]] = {}
        slots: dict[str, set[tuple]] = {}   # a panel sits at one time; a track (« YP, all ») runs all week
        when = [i for i, f in mapping.items() if f in ("date", "time", "start_time", "starts_on")]
        for values in rows:
            group = _filled_text(values[index]) if index < len(values) else ""
            if not group or group.replace(".", "").isdigit():
                groups = {}
                break
            item = _filled_text(values[chosen])
            groups.setdefault(group, set()).add(item)
            owner.setdefault(item, set()).add(group)
            slots.setdefault(group, set()).add(tuple(_filled_text(values[i]) if i < len(values) else "" for i in when))
        if groups and any(len(items) > 1 for items in groups.values()) and all(len(g) == 1 for g in owner.values()) \
                and all(len(s) == 1 for s in slots.values()):
            del mapping[chosen]
            mapping[index] = "title"
            return
