"""The table a user described (``--kind``, ``--header-row`` or none, ``--map``), whatever its
headings: the user's word is the contract. Headings name the fields they can, values the others,
every other column is kept as an extra attribute; a required field no heading names is given to
the column whose values fit it (``fill_required``)."""

from __future__ import annotations

from itertools import islice

from db.interchange.imports import evidence as E
from db.interchange.imports import periods as P
from db.interchange.imports import vocabulary as V
from db.interchange.imports.column_facts import settle_columns
from db.interchange.imports.layout import (
    PEEK,
    _headers,
    _like_its_values,
    _natures,
    _samples,
    _table,
    _text,
    _with_places,
    detect,
    letter,
)
from db.interchange.imports.readers import Sheet
from db.interchange.imports.table import Column, Table
from db.text import name_key


def apply_mapping(table: Table, mapping: dict[str, str]) -> None:
    """The user's mapping: a column named by its heading as written, or by its letter ("B"). A field
    the user gives to a column is taken from the column detection had given it (unless the field
    takes several columns): that column's values are kept as an extra attribute, not mixed in."""
    named = {c.index for c in table.columns if mapping.get(c.header, mapping.get(c.letter)) is not None}
    given = {mapping.get(c.header, mapping.get(c.letter)) for c in table.columns if c.index in named}
    for column in table.columns:
        if column.index not in named and column.target in given and (table.kind, column.target) not in V.MULTI \
                and column.target not in ("extra", "ignore"):
            column.target = "extra"
    whole = "full_name" in given
    for column in table.columns:
        target = mapping.get(column.header, mapping.get(column.letter))
        if target is None:
            if column.target in (("first_name", "last_name") if whole else ("full_name",) if given & {
                    "first_name", "last_name"} else ()):
                column.target = "extra"   # the user named the person's name: no other column is part of it
            continue
        column.target = target
        column.certainty = 1.0   # the user's word
        if table.layout == "relation" and target not in ("partners", "partner_country"):
            column.side = None


def locate(sheet: Sheet, kind: str | None = None, header_row: int | None = None,
           mapping: dict[str, str] | None = None) -> Table | None:
    """The table of a sheet: as the user described it (a kind, a heading row or 0 for none, a
    mapping), else as detected; a list without heading row is recognised by its values."""
    mapping = mapping or {}
    if header_row == 0:
        return headerless(sheet, kind or kind_of_fields(mapping.values()))
    table = detect(sheet, kind, header_row)
    if table is not None and all(names_a_column(table, h) for h in mapping):
        return table
    if not (kind or mapping or header_row):
        return table or headerless(sheet, None)
    wanted = kind or (table.kind if table is not None else None) or kind_of_fields(mapping.values())
    if wanted is None:
        return table
    row = header_row or _row_naming(sheet, mapping) or (table.header_row if table is not None else None)
    return described(sheet, wanted, row)


def names_a_column(table: Table, header: str) -> bool:
    return any(c.header == header or c.letter == header for c in table.columns)


def kind_of_fields(fields) -> str | None:
    """The one kind of record that has every field mapped (None when none or several have)."""
    from db.schemas.records import SCHEMAS

    wanted = {f for f in fields if f not in ("extra", "ignore")}
    if not wanted:
        return None
    fitting = [k for k in V.KINDS if wanted <= (set(SCHEMAS[k].model_fields) | set(V.VOCABULARY.get(k, ())))]
    return fitting[0] if len(fitting) == 1 else None


def _row_naming(sheet: Sheet, mapping: dict[str, str]) -> int | None:
    """The row where most of the headings the user mapped are written."""
    wanted = {name_key(h) for h in mapping if len(h) > 2 or not h.isalpha()}
    best = (0, None)
    for number, values in islice(sheet.rows(), PEEK):
        found = sum(1 for v in values if isinstance(v, str) and name_key(v) in wanted)
        if found > best[0]:
            best = (found, number)
    return best[1]


def described(sheet: Sheet, kind: str, header_row: int | None) -> Table | None:
    """The table the user described: its kind and its heading row (the first row of two cells or more
    when not given). Headings name the fields they can, values the others (``evidence``), every other
    column is kept as extra attributes. None only for an empty sheet."""
    peeked = list(islice(sheet.rows(), PEEK))
    if not peeked:
        return None
    position = next((i for i, (n, _v) in enumerate(peeked) if n == header_row), None) if header_row else next(
        (i for i, (_n, v) in enumerate(peeked) if sum(1 for x in v if _text(x)) >= 2), None)
    if position is None:
        return headerless(sheet, kind)
    headers = _headers(peeked[position][1], sheet.meta.hidden_columns)
    natures = _natures(peeked, position, len(headers))
    read_as = kind
    if kind == "agreement":   # two columns of places, whatever their headings: each row pairs two of them
        places = _with_places(peeked, position + 1, len(headers), natures, always=True)
        if V.relation_columns(headers, places, countries=1):
            read_as, natures = "relation", places
    table = _table(sheet, peeked, read_as, headers, position, peeked[position][0], natures)
    fill_required(table, _samples(peeked, position + 1, len(headers)), natures)
    table.candidates = [(kind, 0.0)]
    table.described = True
    return table


def headerless(sheet: Sheet, kind: str | None) -> Table | None:
    """A list without heading row: every row is data, each column is what its values say (people's
    names, e-mails, phones, countries…); the first column of names gives the record's name. With no
    kind given, a list of people is recognised this way (their names say it), a register of
    institutions each with a period of months (agreements, ``periods``), and a relation list by its
    two columns of places and their countries."""
    peeked = list(islice(sheet.rows(), PEEK))
    filled = [i for i, (_n, v) in enumerate(peeked) if sum(1 for x in v if _text(x)) >= (2 if kind is None else 1)]
    if not filled or (kind is None and len(filled) < 3):
        return None
    first = filled[0]
    width = max(len(v) for _n, v in peeked[first:])
    if kind is None and _headed(peeked, first, width):
        return None   # a heading row in words no vocabulary knows: asked about, not read as data
    samples = _samples(peeked, first, width)
    natures = {i: n for i, vals in samples.items() if (n := V.column_nature(vals))}
    halves = E.name_halves(samples, natures) if kind in (None, "contact") and "person" not in natures.values() else None
    register = P.headerless_register(samples, natures) if kind in (None, "agreement") and halves is None else None
    if kind is None and register is None and halves is None and (pair := _paired_places(peeked, first, width, natures)):
        return _told_by_values(_relation_without_headings(sheet, peeked, first, width, pair), "agreement")
    if kind is None and register is None:
        typed = [n for n in natures.values() if n != "text"]
        roles = any(n == "text" and E.role_share(samples[i]) >= 0.5 for i, n in natures.items())
        if halves is None and ("person" not in natures.values() or len(typed) + roles < 2):
            return None   # names alone could be anything written in two capitalised words
    kind = kind or ("agreement" if register else "contact")
    if kind == "agreement" and register is None and (pair := _paired_places(peeked, first, width, natures)):
        return _told_by_values(_relation_without_headings(sheet, peeked, first, width, pair), kind)
    mapping = register or V.assign([None] * width, kind, {i: n for i, n in natures.items() if i not in (halves or {})})
    if halves is not None:
        mapping = {i: f for i, f in mapping.items() if i not in halves and f not in ("first_name", "last_name", "full_name")}
        mapping.update(halves)
        beside = [i for i in sorted(samples) if i > max(halves) and i not in mapping
                  and natures.get(i) in ("text", "organisation", "place")]
        if beside and "organisation" not in mapping.values():
            mapping[beside[0]] = "organisation"   # first name, last name, then where they come from
    required = V.REQUIRED[kind]
    if not any(f in mapping.values() for f in required):
        names = [i for i in sorted(samples) if i not in mapping and natures.get(i) in ("text", "person", "place", "mixed", "organisation")]
        if names:
            mapping[names[0]] = "full_name" if kind == "contact" else required[0]
    columns = [Column(i, f"Colonne {letter(i)}", mapping.get(i, "extra"), i in sheet.meta.hidden_columns)
               for i in range(width) if i in samples or any(i < len(v) and _text(v[i]) for _n, v in peeked[first:])]
    table = Table(sheet.name, kind, "table", peeked[first][0] - 1, columns, None, 0.0)
    settle_columns(table, sheet.name, [None] * width, peeked[first:])   # dates month first, grants by the sheet's name…
    return _told_by_values(table, kind)


def _headed(peeked, first: int, width: int) -> bool:
    """The first row heads the columns below it (« 국가 » above countries, « 연번 » above numbers), as
    a heading row does, rather than being one more row of their values."""
    natures = _natures(peeked, first, width)
    row = peeked[first][1]
    typed = [i for i, n in natures.items() if n not in ("text", "mixed", "code", "organisation")
             and i < len(row) and _text(row[i])]
    unlike = sum(1 for i in typed if not _like_its_values(_text(row[i]), natures[i]))
    return unlike >= 2 and unlike * 2 > len(typed)


def _told_by_values(table: Table, kind: str) -> Table:
    """A table read without headings: the kind the user gave, each column told by its values alone."""
    table.candidates, table.evidence = [(kind, 0.0)], 0.7
    for column in table.columns:
        column.certainty = min(column.certainty, 0.65)
    return table


def _relation_without_headings(sheet: Sheet, peeked, first: int, width: int, natures: dict[int, str]) -> Table:
    """A relation list without heading row, read as if its columns were headed « Colonne A »…; its one
    column of years is when the two places were joined."""
    headers = [f"Colonne {letter(i)}" for i in range(width)]
    rows = [(peeked[first][0] - 1, headers), *peeked[first:]]
    table = _table(sheet, rows, "relation", headers, 0, peeked[first][0] - 1, natures)
    years = [c for c in table.columns if c.target == "extra" and natures.get(c.index) == "year"]
    if len(years) == 1 and not any(c.target == "signed_on" for c in table.columns):
        years[0].target = "signed_on"
    return table


NAMING = ("text", "person", "organisation", "place", "mixed")


def _paired_places(peeked, first: int, width: int, natures: dict[int, str]) -> dict[int, str] | None:
    """The natures of a relation list without heading row, or None: two columns of places (or of
    names, each followed by a column of countries: a village the city table does not know is still
    a place beside « Česká republika »), their countries, maybe a year."""
    places = _with_places(peeked, first, width, natures, always=True)
    beside = [i for i, n in sorted(places.items()) if n in ("place", "text", "mixed") and places.get(i + 1) == "country"]
    if len([n for n in places.values() if n == "place"]) < 2 and len(beside) == 2:
        places = {**places, **{i: "place" for i in beside}}
    return places if V.relation_columns([None] * width, places, countries=2) else None


def fill_required(table: Table, samples: dict[int, list], natures: dict[int, str]) -> None:
    """The user said what the rows are: the field they cannot do without (a partner's name, a
    contact's name, a session's title) goes to the column whose heading names it even when its
    values looked otherwise (« Samariterverein Aadorf » under « name »), else to the first column
    of distinct texts. Its certainty stays low: the preview shows it as a guess."""
    if not table.missing():
        return
    required = V.REQUIRED.get(table.kind, ())
    free = [c for c in table.columns if c.target == "extra"]
    best = (0.0, None, None)
    for column in free:
        for score, field in V.field_scores(column.header, table.kind):
            if field in required and score > best[0]:
                best = (score, column, field)
    _score, column, field = best
    if column is None:
        field = "full_name" if table.kind == "contact" else (required or ("name",))[0]
        fitting = ("person",) if table.kind == "contact" else NAMING   # people by their names, not « Poster A »
        column = next((c for c in free if natures.get(c.index) in fitting and _distinct(samples.get(c.index, []))
                       and not V.names_a_thing(V.header_keys(c.header))), None)   # « Session Name »: a thing's
    if column is not None:
        column.target, column.certainty = field, 0.5


def _distinct(values: list) -> bool:
    texts = [str(v).strip() for v in values if v is not None and str(v).strip()]
    return len(texts) >= 2 and len(set(texts)) * 2 >= len(texts)
