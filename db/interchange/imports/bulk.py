"""Fast path for big partner sheets: ``db.services.bulk`` executemany instead of one ORM create per row.

New partners go in by batches (same keys, search text, history rows with the batch id, search index);
rows that match a catalogue record or merge into another row of the file take the ordinary path.
"""

from __future__ import annotations

from sqlalchemy import select

from db.models import Partner

BULK_THRESHOLD = 2000


def bulk_candidate(session, rows) -> bool:
    return len(rows) >= BULK_THRESHOLD and all(r.kind == "partner" for r in rows)


def write_bulk(writer, rows, mode, progress, cancel, total) -> int:
    from db.interchange.imports.commit import Cancelled
    from db.services import links
    from db.services.bulk import create_partners

    session = writer.s
    writer.plan.spent = True  # models are released as they are written: a plan serves once
    existing = set(session.scalars(select(Partner.name_key).where(Partner.deleted_at.is_(None))))
    fresh = [r for r in rows if r.status == "ok" and r.key not in existing and not r.decision]
    others = [r for r in rows if not (r.status == "ok" and r.key not in existing and not r.decision)]
    done = 0
    step = 5000
    for start in range(0, len(fresh), step):
        chunk = fresh[start:start + step]
        ids = create_partners(session, [r.model for r in chunk], writer.actor, batch_id=writer.batch.id,
                              keys=[r.key for r in chunk])
        for row, public_id in zip(chunk, ids, strict=True):
            writer.outcomes.append((row.sheet, row.row, "partner", "created", public_id))
            row.model = None  # written: memory goes back as the import proceeds
        writer.count("partner", "created", len(chunk))
        done += len(chunk)
        if progress:
            progress(done, total)
        if cancel and cancel():
            raise Cancelled()
    for row in others:
        key = ("partner", row.key)
        if row.status == "merged" and key not in writer.by_key:
            head = links.find_partner(session, row.model.name)
            if head is not None and row.key not in existing:
                writer.by_key[key] = head
        writer.write(row, mode)
        done += 1
    return done
