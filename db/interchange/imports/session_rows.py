"""The rows of one session in a programme (one row per paper or per speaker): the first row is
the session, the later ones complete it (``merged_session``); nothing they say is lost."""

from __future__ import annotations

from db.interchange.imports.cell_values import shown
from db.interchange.imports.row_plan import RowPlan
from db.text import name_key


def first_of_each(rows: list[RowPlan]) -> list[RowPlan]:
    """One row per session (two coffee breaks of one day are two sessions: their keys differ)."""
    seen, result = set(), []
    for s in rows:
        k = s.key or name_key(s.model.title)
        if k not in seen:
            seen.add(k)
            result.append(s)
    return result


SESSION_LISTS = ("speakers",)
SESSION_PROSE = ("minutes", "takeaways")


def merged_session(head, other, row: int):
    """A later row of the same session completes it (reported by ``resolve.conflicts``): speakers
    are added, a missing value is filled, new lines of its minutes are appended, and a value that
    differs from the first row's is written in the minutes as « Salle (autre valeur, ligne 9) : … »
    (a session has no extra attributes), so that no value of the file is lost."""
    from db.schemas.messages import field_label

    update: dict = {}
    lines: list[str] = []
    for name in other.model_fields_set:
        mine, theirs = getattr(head, name), getattr(other, name)
        if name in ("title", "public_id") or theirs in (None, "", []) or mine == theirs:
            continue
        if name in SESSION_LISTS:
            update[name] = [*mine, *[x for x in theirs if x not in mine]]
        elif mine in (None, "", []):
            update[name] = theirs
        elif name in SESSION_PROSE:
            have = set(str(mine).splitlines())
            added = [line for line in str(theirs).splitlines() if line not in have]
            if added:
                update[name] = str(update.get(name, mine)) + "\n" + "\n".join(added)
        else:
            lines.append(f"{field_label(name)} (autre valeur, ligne {row}) : {shown(theirs)}")
    if lines:
        minutes = update.get("minutes", head.minutes)
        update["minutes"] = "\n".join([minutes, *lines]) if minutes else "\n".join(lines)
    return head.model_copy(update=update) if update else head
