"""Generate realistic catalogues for benchmarks: N partners with agreements, contacts, follow-ups.

    uv run python bench/generate.py OUT.sqlite --size 10000

French text with accents; dates spread around today; deterministic (seeded). Partners go
through the bulk service; the other kinds are written with the same bulk helper.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CITIES = ["Busan", "Shizuoka", "Sanya", "Shawinigan", "Grand-Bassam", "Łódź", "Hội An", "Québec", "Montréal",
          "Saint-Étienne", "Tromsø", "Kraków", "Séville", "Göteborg", "Genève", "Liège", "Dakar", "Abidjan",
          "Brașov", "Plovdiv", "Košice", "Évora", "Düsseldorf", "Thessalonique", "Zürich", "Málaga"]
COUNTRIES = ["KR", "JP", "CN", "CA", "CI", "PL", "VN", "FR", "NO", "ES", "SE", "CH", "BE", "SN", "RO", "BG",
             "SK", "PT", "DE", "GR", "IT", "GB", "US", "MA", "TN"]
PREFIXES = ["Ville de", "Métropole de", "Université de", "Festival de", "École de cinéma de", "Musée de",
            "Association culturelle de", "Institut des arts de", "Conservatoire de", "Réseau des villes de"]
KINDS = ["city", "school", "cultural_institution", "festival", "association", "network", "public_body"]
DOMAINS = ["Cinéma et audiovisuel", "Gastronomie", "Patrimoine", "Livre et lecture", "Résidences d'artistes",
           "Industries créatives", "Numérique", "Éducation et jeunesse", "Musique", "Spectacle vivant"]
FIRST = ["Élodie", "Léa", "Jérôme", "Hélène", "François", "Zoé", "Ji-woo", "Mei", "Koffi", "Agnieszka",
         "Marie-Ève", "Aminata", "Björn", "Çağla", "Noël", "Anaïs"]
LAST = ["Martin", "Fontaine", "Lefèvre", "Nowak", "Park", "Li", "Yao", "Diallo", "Tremblay", "Müller",
        "Gómez", "Øvergaard", "Dubois", "Núñez", "Brontë", "Lévêque"]
OWNERS = ["Claire Vasseur", "Julien Marchetti", "Sophie Lemaire", "Hélène Roussel", "Éric Garnier"]
ACTIONS = ["Envoyer le projet de convention à", "Préparer la visite de la délégation de",
           "Relancer le service culture de", "Renouveler l'accord de coopération avec",
           "Organiser la résidence d'artistes avec", "Transmettre le bilan financier à"]


def partner_rows(size: int, seed: int = 1):
    from db.schemas import PartnerIn

    rng = random.Random(seed)
    for i in range(size):
        city = rng.choice(CITIES)
        yield PartnerIn.model_construct(
            name=f"{rng.choice(PREFIXES)} {city} {i}", kind=rng.choice(KINDS), country=rng.choice(COUNTRIES),
            city=city, website=None, email=f"contact{i}@example.org", phone=None,
            domains=rng.sample(DOMAINS, rng.randint(1, 3)), status=rng.choice(["active", "active", "prospect", "dormant"]),
            active=rng.random() > 0.2, partner_since=None, referent=rng.choice(OWNERS), description=None,
            notes="Coopération décentralisée ; échanges culturels réguliers." if i % 3 == 0 else None, extra={},
        )


def generate_catalog(path: Path, size: int, *, seed: int = 1, force: bool = False) -> Path:
    """Build (or reuse) a catalogue with ``size`` partners, size/2 agreements, size contacts, 3×size follow-ups."""
    from db.catalog import open_catalog
    from db.models import Agreement, Contact, FollowUp, agreement_partners, contact_partners
    from db.search import bulk_insert
    from db.services.bulk import create_partners, executemany
    from db.text import fold, name_key, person_key

    path = Path(path)
    if path.exists() and not force:
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    catalog = open_catalog(path)
    rng = random.Random(seed)
    today = dt.date.today()
    now = dt.datetime.now(dt.UTC)
    base = {"created_at": now, "updated_at": now, "created_by": "bench", "updated_by": "bench", "deleted_at": None,
            "version": 1, "extra": {}}
    with catalog.uow("bench") as uow:
        s = uow.session
        create_partners(s, partner_rows(size, seed), "bench")
        ids = list(range(1, size + 1))

        def day(spread: int) -> str:
            return (today + dt.timedelta(days=rng.randint(-spread, spread))).isoformat()

        rows, links = [], []
        for i in range(1, size // 2 + 1):
            title = f"Convention de coopération culturelle n° {i}"
            rows.append({**base, "id": i, "public_id": f"a{i:07d}-0000-4000-8000-000000000000", "title": title,
                         "search_text": fold(title), "kind": "partnership",
                         "status": rng.choice(["active", "signed", "draft", "expired"]), "signed_on": day(3000),
                         "ends_on": day(800), "renewal": rng.choice(["none", "tacit", "explicit"]),
                         "notice_months": 3, "funders": []})
            links.append({"agreement_id": i, "partner_id": rng.choice(ids), "position": 0})
        with bulk_insert(s.connection(), Agreement):
            executemany(s, Agreement.__table__, rows)
        executemany(s, agreement_partners, links)

        rows, links = [], []
        for i in range(1, size + 1):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            rows.append({**base, "id": i, "public_id": f"c{i:07d}-0000-4000-8000-000000000000", "first_name": first,
                         "last_name": f"{last}{i}", "name_key": person_key(first, f"{last}{i}"),
                         "sort_name": fold(f"{last}{i} {first}"), "search_text": fold(f"{first} {last}{i}"),
                         "emails": [f"p{i}@example.org"], "phones": [], "languages": ["français"]})
            links.append({"contact_id": i, "partner_id": rng.choice(ids)})
        with bulk_insert(s.connection(), Contact):
            executemany(s, Contact.__table__, rows)
        executemany(s, contact_partners, links)

        rows = []
        for i in range(1, 3 * size + 1):
            title = f"{rng.choice(ACTIONS)} {rng.choice(CITIES)} ({i})"
            status = rng.choice(["open", "open", "done", "cancelled"])
            due = day(400)
            rows.append({**base, "id": i, "public_id": f"f{i:07d}-0000-4000-8000-000000000000", "title": title,
                         "name_key": name_key(title), "search_text": fold(title), "owner": rng.choice(OWNERS),
                         "due_on": due, "status": status, "priority": "normal",
                         "completed_on": dt.date.fromisoformat(due) if status == "done" else None,
                         "partner_id": rng.choice(ids)})
            if len(rows) >= 20000:
                with bulk_insert(s.connection(), FollowUp):
                    executemany(s, FollowUp.__table__, rows)
                rows = []
        with bulk_insert(s.connection(), FollowUp):
            executemany(s, FollowUp.__table__, rows)
        uow.commit()
    catalog.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args()
    generate_catalog(args.out, args.size, force=True)
    print(f"{args.out}: {args.size} partners")
    return 0


if __name__ == "__main__":
    sys.exit(main())
