"""Finding the table in a sheet: header row under titles/legends/blank rows, any start column,
or a label/value sheet describing one record; then the column mapping of what was found."""

from __future__ import annotations

import re
from itertools import islice, pairwise
from os.path import commonprefix

from db.interchange.imports import column_facts as F
from db.interchange.imports import evidence as E
from db.interchange.imports import periods as P
from db.interchange.imports import title_columns as T
from db.interchange.imports import vocabulary as V
from db.interchange.imports.readers import Sheet
from db.interchange.imports.sides import shared_names
from db.interchange.imports.table import Column, Table
from db.text import name_key

PEEK = 60
SAMPLE = 25        # rows whose values are the evidence of what each column is
PLACE_SHARE = 0.4  # a column of places: at least this share of its texts are known cities
PRIOR = {"partner": 0.2, "contact": 0.1}  # on a tie, the commoner kind of sheet wins


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _headers(values: list, hidden: set[int]) -> list:
    return [None if i in hidden or not isinstance(v, str) else v for i, v in enumerate(values)]


_PREFIXED = re.compile(r"^([^\W\d_]{3,})[_.\s-]+(\S.*)$")


def shared_prefix(headers: list) -> tuple[str | None, list]:
    """A word every heading begins with ("event_type", "event_year", "event_city"), and the
    headings without it: the word says what the rows are, the rest what each column holds."""
    filled = [h for h in headers if h and h.strip()]
    if len(filled) < 3:
        return None, headers
    found = [_PREFIXED.match(h.strip()) for h in filled]
    words = {m.group(1).lower() for m in found if m}
    if None in found or len(words) != 1:
        return None, headers
    return words.pop(), [_PREFIXED.match(h.strip()).group(2) if h and h.strip() else h for h in headers]


def _exact_key(headers: list, kind: str) -> bool:
    """A lone recognised column is enough when it is exactly the record's name ("Nom", "Partner")."""
    for header in headers:
        if header:
            scores = V.field_scores(header, kind)
            if scores and scores[0][0] >= 95 and scores[0][1] in V.REQUIRED[kind]:
                return True
    return False


NAMED_BY = {"partner": "organisation", "contact": "person"}   # what the values of a record's name are


def _named_and_agreed(headers: list, kind: str, natures: dict[int, str]) -> bool:
    """A lone recognised column is enough when its heading names the record and its values agree:
    « Nombre Universidad » over universities, the rest of the sheet numbers."""
    want = NAMED_BY.get(kind)
    return want is not None and any(
        field in V.REQUIRED[kind] and natures.get(index) == want and headers[index] and V.field_scores(headers[index], kind)
        for index, field in V.assign(headers, kind, natures).items())


def _samples(peeked, start: int, width: int) -> dict[int, list]:
    """Each column's values in the rows from ``start`` (up to SAMPLE rows)."""
    samples: dict[int, list] = {}
    for _number, values in peeked[start: start + SAMPLE]:
        for index, value in enumerate(values[:width]):
            if value is not None:
                samples.setdefault(index, []).append(value)
    return samples


def _unnamed(below, index: int) -> str | None:
    """A column with no heading: None when it holds nothing, "ignore" when it numbers the rows
    (0, 1, 2… as a spreadsheet's index), else "extra" (kept as an attribute named by its letter)."""
    values = [v[index] for _n, v in below if index < len(v) and _text(v[index])]
    if not values:
        return None
    numbers = [int(v) if isinstance(v, int | float) and float(v).is_integer() else
               int(v) if isinstance(v, str) and v.strip().isdigit() else None for v in values]
    steps = {b - a for a, b in pairwise(numbers) if a is not None and b is not None}
    return "ignore" if None not in numbers and len(values) >= 3 and steps == {1} else "extra"


def _data_above(peeked, position: int, natures: dict[int, str]) -> bool:
    """The filled row just above a candidate heading row holds two values of the natures of the
    columns below (dates above dates, countries above countries): the candidate is inside the data
    of a list with no heading row, not its heading."""
    above = next((v for _n, v in reversed(peeked[:position]) if any(_text(x) for x in v)), None)
    if above is None:
        return False
    typed = [i for i, n in natures.items() if n not in ("text", "mixed", "code", "organisation") and i < len(above)]
    return sum(1 for i in typed if _text(above[i]) and _like_its_values(_text(above[i]), natures[i])) >= 2


def _like_its_values(cell: str, nature: str | None) -> bool:
    """A cell of a candidate heading row that is one more value of its column (a country above
    countries, an e-mail above e-mails, a paragraph above paragraphs): data, not a heading."""
    if nature in (None, "text", "mixed", "code", "organisation"):
        return False   # "Nombre Universidad" above universities names them
    if nature == "person" and (V.names_a_thing(V.header_keys(cell)) or V.field_scores(cell, "contact")):
        return False   # « Session Name », « First Name » look like names and are headings
    return E.column_nature([cell, cell]) == nature


def _natures(peeked, position: int, width: int) -> dict[int, str]:
    """The nature of each column's values in the rows below a candidate header (``evidence``)."""
    result = {}
    for index, values in _samples(peeked, position + 1, width).items():
        nature = V.column_nature(values)
        texts = [str(v).strip() for v in values if v is not None and str(v).strip()] if nature == "person" else ()
        if len(texts) >= 4 and len(set(texts)) * 3 < len(texts):
            nature = "text"    # « Mesa Redonda » on row after row: a category, people's names rarely repeat
        elif nature == "person" and E.place_share(values, people_too=True) >= 0.5:
            nature = "place"   # « Porto Alegre », « Santa Cruz »: cities whose names look like people's
        elif nature == "text" and len(values) >= 5 and len({str(v).strip() for v in values}) == 1:
            nature = "constant"   # « Erasmus + » on every row: the list's programme, nobody's name
        if nature:
            result[index] = nature
    return result


def _with_places(peeked, start: int, width: int, natures: dict[int, str], always: bool = False) -> dict[int, str]:
    """The natures, with the columns of texts that are mostly cities told as "place". Looked up only
    for a sheet with two columns of countries (each side's, in a relation list), or when the user
    said the rows are agreements (``always``): a sheet of partners never pays for the cities' index."""
    if not always and list(natures.values()).count("country") < 2:
        return natures
    result = dict(natures)
    samples = _samples(peeked, start, width)
    for index, nature in natures.items():
        if nature in ("text", "mixed") and E.place_share(samples.get(index, [])) >= PLACE_SHARE:
            result[index] = "place"
    return result


def _name_parties(headers: list, sides: tuple[int, int]) -> bool:
    """Both headings of a list of pairs name a party to an agreement (« Company », « Partner »): the
    rows are pairs of partners even when the user did not say so (not « Name » and « Parent »)."""
    return all(headers[i] is not None and (found := V.field_scores(headers[i], "agreement"))
               and found[0][1] == "partners" and found[0][0] >= 90 for i in sides)


def _bonus(kind: str, hint: str | None, evidence: set[str]) -> float:
    said = hint in ("partner", "agreement") if kind == "register" else hint == kind   # its rows are both
    bonus = (1.5 if said else 0.0) + PRIOR.get(kind, 0.0)
    if kind == "contact":
        bonus += 1.6 if "first_name" in evidence else 0.0
        bonus += 0.8 * len(evidence - {"first_name"})   # civility, birth date, "élu", attendees
        if not evidence:
            bonus -= 0.5   # a lone "Nom" column with nothing that says people: a list of names of places
    elif kind in ("partner", "agreement", "register", "event", "followup") and len(evidence) >= 2:
        bonus -= 1.0 * (len(evidence) - 1)              # rows of people are not records of places
    if kind == "event" and hint != "event":
        bonus -= 1.0  # a table of events is rarer than the other kinds
    if kind == "relation":
        bonus += 2.5  # two place columns (a city and its twin) say "relation" louder than "partner"
    return bonus


def detect(sheet: Sheet, kind: str | None = None, header_row: int | None = None) -> Table | None:
    """The best table of the sheet (or None when nothing is recognised), with the other kinds it
    could be (``candidates``) so that a doubt can be shown. ``header_row`` forces the header."""
    if kind is None and V.is_unsupported_sheet(sheet.name):
        return None
    peeked = list(islice(sheet.rows(), PEEK))
    if not peeked:
        return None
    hidden = sheet.meta.hidden_columns
    hint = V.sheet_hint(sheet.name)
    kinds = [kind] if kind else [*V.KINDS, "relation", "register"]
    if kind == "agreement":
        kinds += ["relation", "register"]
    per_kind: dict[str, tuple] = {}
    pairs: dict[int, dict] = {}   # heading row position -> a list of pairs' columns (« Company » / « Partner »)
    best: tuple | None = None
    for position, (number, values) in enumerate(peeked):
        if header_row is not None and number != header_row:
            continue
        if header_row is None and best is not None and best[0][0] >= 3 and position > best[4] + 8:
            break  # a good header was found and the rows below it are data
        prefix, headers = shared_prefix(_headers(values, hidden))
        if sum(1 for h in headers if h and h.strip()) < 2 or (0 < position == len(peeked) - 1 < PEEK - 1):
            continue   # the last row of a sheet with rows above it heads nothing
        said = (V.sheet_hint(prefix) if prefix else None) or hint   # "event_…" headings: events
        natures = _natures(peeked, position, len(headers))
        values_like = [h is not None and _like_its_values(h, natures.get(i)) for i, h in enumerate(headers)]
        headers = [None if like else h for h, like in zip(headers, values_like, strict=True)]
        if sum(1 for h in headers if h and h.strip()) < 2 or sum(values_like) >= 2 or _data_above(peeked, position, natures):
            continue   # two cells like the values below them (dates above dates): a row of data
        evidence = V.person_evidence(headers)
        if any(n == "person" for n in natures.values()):
            evidence = evidence | {"named"}   # the values are people's names
        for k in kinds:
            if k == "relation":
                columns = V.relation_columns(headers, natures)
                if columns is None:
                    natures = _with_places(peeked, position + 1, len(headers), natures)
                    columns = V.relation_columns(headers, natures)
                if columns is None and (sides := shared_names(peeked[position + 1:], natures)) and (
                        kind == "agreement" or _name_parties(headers, sides)):
                    columns = pairs[position] = {sides[0]: ("partners", 0), sides[1]: ("partners", 1)}   # pairs of names
                    if (since := V.since_column(headers, natures, columns)) is not None:
                        columns[since] = ("signed_on", 0)   # « Year » of each pair
                if columns is None:
                    continue
                count, total = len(columns), 80.0 * len(columns)
            elif k == "register":
                mapping = P.counterparty_mapping(headers, natures, peeked[position + 1:position + 1 + SAMPLE])
                if mapping is None:
                    continue
                count, total = P.counterparty_score(headers, mapping)
            else:
                if k == "session" and P.separate_occasions(headers, natures, peeked[position + 1:position + 1 + SAMPLE]):
                    continue   # one row a day over weeks: events, not a programme's sessions
                count, total = V.kind_score(headers, k, natures)
                if count < 2 and not (count >= 1 and (_exact_key(headers, k) or _named_and_agreed(headers, k, natures))):
                    continue
            named = 1.0 if prefix and said == k else 0.0   # every heading says it, more than a sheet's name
            key = (count + _bonus(k, said, evidence) + named, total, -position)
            candidate = (key, number, k, headers, position, natures)
            if k not in per_kind or key > per_kind[k][0]:
                per_kind[k] = candidate
            if best is None or key > best[0]:
                best = candidate
    table = None
    if best is not None:
        _key, number, k, headers, position, natures = best
        table = _table(sheet, peeked, k, headers, position, number, natures, pairs.get(position) if k == "relation" else None)
        table.score = _key[0]
        ranked = sorted(per_kind.values(), key=lambda c: c[0], reverse=True)
        table.candidates = _unique([(_public_kind(c[2]), round(c[0][0], 2)) for c in ranked])
        if position > 0 and table.layout == "table":
            table.above = _key_value(sheet, peeked[:position], ["event", "partner"], hint, min_fields=2)
    if header_row is None:
        kv = _key_value(sheet, peeked, [k for k in kinds if k in ("event", "partner")], hint)
        if kv is not None and (table is None or kv.score > table.score):
            if table is not None and table.above is not None and all(
                    c.index < table.header_row for c in kv.columns if c.target != "extra"):
                return table   # the block is the record above the table: both are read, not the block alone
            return kv
    return table


def _public_kind(kind: str) -> str:
    return "agreement" if kind in ("relation", "register") else kind


def _unique(candidates: list[tuple[str, float]]) -> list[tuple[str, float]]:
    seen: set[str] = set()
    result = []
    for kind, score in candidates:
        if kind not in seen:
            seen.add(kind)
            result.append((kind, score))
    return result


def _table(sheet: Sheet, peeked, k: str, headers: list, position: int, number: int, natures,
           relation: dict | None = None) -> Table:
    """``relation``: the relation's columns when the caller found them otherwise (a list of pairs)."""
    hidden = sheet.meta.hidden_columns
    relation = relation or (V.relation_columns(headers, natures, countries=1) if k == "relation" else None)
    below = peeked[position + 1:position + 1 + SAMPLE]
    if relation:
        mapping = {i: t for i, (t, _side) in relation.items()}
    elif k == "register":
        mapping = P.counterparty_mapping(headers, natures, below) or {}
    else:
        mapping = V.assign(headers, k, natures)
    if not relation:
        T.filled_title(mapping, headers, _public_kind(k), below)
        T.grouping_title(mapping, headers, _public_kind(k), below)
    columns = []
    computed = V.computed_headers(headers)   # our export's « Situation »: nothing; foreign ids and codes: kept
    for index in range(max((len(v) for _n, v in peeked[position:]), default=0)):
        raw = peeked[position][1][index] if index < len(headers) else None
        if _text(raw) == "":
            unnamed = _unnamed(peeked[position + 1:], index)
            if unnamed is None:
                continue
            raw, mapping[index] = f"Colonne {letter(index)}", unnamed   # values under no heading are kept
        target = mapping.get(index)
        if index in hidden:
            target = "ignore"
        elif target is None:
            ours = V.is_public_id_header(raw) and _our_ids([v[index] for _n, v in below if index < len(v)])
            target = "ignore" if ours or V.name_key(_text(raw)) in computed else "extra"
        column = Column(index, _text(raw), target, index in hidden)
        if relation and index in relation and relation[index][0] in ("partners", "partner_country"):
            column.side = relation[index][1]
        columns.append(column)
    if relation:
        _sides_of_extras(columns)
    id_column = F.identifier(columns, below, natures)
    if id_column is None and k == "session":
        id_column = F.named_days(columns, below)   # « Thursday »: the same talk on Friday is another session
    title = next((_text(v) for n, vals in peeked[:position] for v in vals if _text(v)), None)
    table = Table(sheet.name, _public_kind(k), "relation" if relation else "table", number, columns, title)
    if relation:
        table.relation_kind = V.relation_kind(headers, relation)
    table.id_column = id_column
    table.evidence = _agreement(columns, k, natures)
    table.phone_region = F.phone_region(columns, peeked[position + 1:])
    F.settle_columns(table, sheet.name, headers, peeked[position + 1:])
    if k == "partner":
        named = next((c for c in columns if c.target == "name"), None)
        if named is not None and any(f == "city" and sc >= 75 for sc, f in V.field_scores(named.header, "partner")):
            table.default_kind = "city"   # « CityName », « Ville »: the partners are cities
    return table


def _our_ids(values: list) -> bool:
    """The column of ids holds ours (the « Identifiant » of our exports, or nothing yet): another
    tool's ids (« 527fbda08922b018 ») are kept as an attribute, never dropped."""
    from db.services.links import is_public_id

    return all(is_public_id(str(v)) for v in values if v is not None and str(v).strip())


def _agreement(columns: list[Column], kind: str, natures: dict[int, str]) -> float:
    """How much each mapped column's heading and values agree on its field, on average: a heading
    that names the field over values of its nature is certain; a heading alone, or values alone
    (a column no heading names), less so; values of mixed natures lower it."""
    scores = []
    _prefix, headings = shared_prefix([c.header for c in columns])
    for c, heading_text in zip(columns, headings, strict=True):
        if c.target in ("extra", "ignore"):
            continue
        heading = next((score for score, f in V.field_scores(heading_text, _public_kind(kind)) if f == c.target), 0.0)
        score = 1.0 if heading >= 80 else 0.85 if heading >= 55 else 0.75 if heading > 0 else 0.65
        if natures.get(c.index) == "mixed":
            score -= 0.15
        c.certainty = round(score, 2)
        scores.append(score)
    return round(sum(scores) / len(scores), 2) if scores else 0.5


def _sides_of_extras(columns: list[Column]) -> None:
    """A relation list's column that begins as one side's headings do, and not as the other's
    ("originpopulation" beside "origincity", "destinationlat" beside "destination_country"),
    describes that side's place: it goes to that partner's extra attributes."""
    stems: dict[int, list[str]] = {0: [], 1: []}
    for c in columns:
        if c.target in ("partners", "partner_country") and c.side is not None:
            stems[c.side].append(name_key(c.header))
    for c in columns:
        if c.target != "extra":
            continue
        key = name_key(c.header)
        shared = {side: max((len(commonprefix([key, s])) for s in stems[side]), default=0)  # noqa: RUF071
                  for side in (0, 1)}
        for side, other in ((0, 1), (1, 0)):
            if shared[side] >= 4 and shared[side] > shared[other] + 2:
                c.side = side


def _key_value(sheet: Sheet, peeked, kinds: list[str], hint: str | None, min_fields: int = 3) -> Table | None:
    """A sheet of label/value pairs (labels in one column, values in the next)."""
    best = None
    for k in kinds:
        columns: list[Column] = []
        seen: set[str] = set()
        first = None
        label_col = None
        for number, values in peeked:
            filled = [(i, v) for i, v in enumerate(values) if _text(v)]
            if len(filled) < 2 or not isinstance(filled[0][1], str):
                continue
            i, label = filled[0]
            if label_col is not None and i != label_col:
                continue
            scores = V.field_scores(label, k)
            target = scores[0][1] if scores and scores[0][0] >= 80 else None
            if target in seen:
                target = None
            if target:
                seen.add(target)
                label_col = i
                first = first or number
            columns.append(Column(number, label.strip(), target or "extra"))
        recognised = sum(1 for c in columns if c.target != "extra")
        required = any(c.target in V.REQUIRED[k] for c in columns)
        if recognised >= min_fields and required:
            score = recognised + (1.5 if hint == k else 0)
            if best is None or score > best.score:
                best = Table(sheet.name, k, "key_value", first or 1, columns, None, score)
    return best


# --- the user's word: a kind, a heading row (or none) and a mapping always give a table -----------

def letter(index: int) -> str:
    return Column(index, "", "").letter
