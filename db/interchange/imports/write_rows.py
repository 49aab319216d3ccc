"""The rows of an import written one by one through the ``commit.Writer`` (those no bulk path
takes), an event's sessions with it, and sessions whose event is already in the catalogue."""

from __future__ import annotations

from db.interchange.imports import Cancelled
from db.interchange.imports.reasons import Reason
from db.interchange.imports.row_plan import Problem, RowPlan
from db.interchange.imports.session_rows import first_of_each, merged_session
from db.services import links, records
from db.services.errors import LinkError
from db.text import name_key


def write_rows(writer, todo: list[RowPlan], sessions: list[RowPlan], mode: str, progress, cancel,
               done: int, total: int) -> int:
    """Write ``todo`` in order (an event takes its sessions along), then the sessions left over into
    their events; returns the rows done so far. ``writer``: a ``commit.Writer``."""
    session = writer.s
    for row in todo:
        if row.kind == "event":
            attach_sessions(writer, row, sessions)
        try:
            writer.write(row, mode)
        except LinkError as exc:  # cannot happen for names (missing partners/contacts are created)
            writer.count(row.kind, "rejected")
            row.status = "rejected"
            row.problems.append(Problem(row.sheet, row.row, "", "", Reason("link_impossible", detail=str(exc)), "error"))
        done += 1
        if progress and done % 50 == 0:
            progress(done, total)
        if cancel and done % 50 == 0 and cancel():
            raise Cancelled()
    writer.flush()
    orphans = [s for s in sessions if not s.attached]
    for parent, group in _by_parent(orphans).items():
        event = links.find_event(session, parent)
        if event is None:
            for s in group:
                writer.count("event", "rejected")
                s.status = "rejected"
            continue
        spec = records.spec("event")
        current = spec.in_from_out(spec.out(event).model_dump(mode="json"))
        titles = {name_key(x.title) for x in current.sessions}
        new = [writer_session(writer, s) for s in group if name_key(s.model.title) not in titles]
        if new:
            writer.update("event", event, current.model_copy(update={"sessions": [*current.sessions, *new]}))
            writer.count("event", "updated")
        for s in group:
            writer.outcomes.append((s.sheet, s.row, "session", "created", f"{event.public_id}#{name_key(s.model.title)}"))
    writer.flush()
    return done


def _by_parent(rows):
    result: dict[str, list] = {}
    for r in rows:
        result.setdefault(r.parent or "", []).append(r)
    return result


def writer_session(writer, row: RowPlan):
    m = row.model
    return m.model_copy(update={
        "moderator": writer.ensure_contact(m.moderator) if m.moderator else None,
        "rapporteur": writer.ensure_contact(m.rapporteur) if m.rapporteur else None,
        "speakers": [writer.ensure_contact(x) for x in m.speakers]})


def attach_sessions(writer, event_row: RowPlan, sessions: list[RowPlan]) -> None:
    key = name_key(event_row.model.title)
    mine = [s for s in sessions if name_key(s.parent) == key and s.status == "ok"]
    for s in mine:
        s.attached = True
    for s in sessions:
        if name_key(s.parent) == key and s.status == "merged":
            s.attached = True
            head = next((h for h in mine if h.key == s.key), None)
            if head is not None:   # a later row of the session completes it (speakers, papers)
                head.model = merged_session(head.model, s.model, s.row)
    new = [writer_session(writer, s) for s in first_of_each(mine)]
    if new:
        event_row.model = event_row.model.model_copy(update={"sessions": [*event_row.model.sessions, *new]})
    for s in mine:
        writer.outcomes.append((s.sheet, s.row, "session", "created", f"{key}#{name_key(s.model.title)}"))
    for s in sessions:
        if name_key(s.parent) == key and s.status == "merged":
            writer.outcomes.append((s.sheet, s.row, "session", "merged", f"{key}#{name_key(s.model.title)}"))
