"""The real-file corpus: import each real public spreadsheet as a user would, and check what a user
expects of it (written in its ``.expect.json`` sidecar before the import ever ran on it).

Two tries per file, each into a fresh catalogue through the command line:
- *first try*: ``passerelles import FILE`` with no flag at all;
- *with flags*: the flags the sidecar says a user would give to describe the table (``--kind``,
  ``--map``, ``--header-row``, ``--no-header``…); the same as the first try when it names none.

A try is right when the command ends as the user expects (imported, or refused with ``refused``)
and every check of the sidecar holds on the catalogue exported to JSON. The files are split in two
halves (``half``: ``tune`` / ``holdout``): rules are improved on the tune half only, and the
holdout half measures how well they generalise. ``tests/db/test_real_corpus.py`` runs the files;
``uv run python tests/real_corpus.py`` prints the rates of both halves (``--half``, ``--only``,
``-v`` to list each failed check).

Sidecars of ``tests/real/shared/`` describe files that are not in the repository: those of
``../shared/real``, and real files fetched from public repositories, which are not committed (the
workplace's rule for fetched material); point ``PASSERELLES_REAL_DATA`` (or ``--data``) at the
folder that holds them. A sidecar whose file is absent is skipped.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import io
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = HERE / "real"
SHARED = HERE.parent.parent / "shared" / "real"

if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))


@dataclass
class Case:
    name: str
    path: Path
    spec: dict

    @property
    def half(self) -> str:
        return self.spec.get("half", "tune")

    @property
    def flags(self) -> list[str]:
        return list(self.spec.get("flags") or [])


@dataclass
class Outcome:
    code: int
    out: str
    failures: list[str] = field(default_factory=list)

    @property
    def right(self) -> bool:
        return not self.failures


def cases() -> list[Case]:
    """Every sidecar whose data file is here (those of ../shared/real only when it is present)."""
    found = []
    for sidecar in sorted(REAL.glob("*.expect.json")):
        name = sidecar.name.removesuffix(".expect.json")
        found.append(Case(name, REAL / name, json.loads(sidecar.read_text(encoding="utf-8"))))
    for sidecar in sorted((REAL / "shared").glob("*.expect.json")):
        name = sidecar.name.removesuffix(".expect.json")
        data = next((folder / name for folder in data_folders() if (folder / name).is_file()), None)
        if data is not None:
            found.append(Case("shared/" + name, data, json.loads(sidecar.read_text(encoding="utf-8"))))
    return found


def data_folders() -> list[Path]:
    """Where the data files of ``tests/real/shared`` sidecars are looked for: ../shared/real, then the
    folders of ``PASSERELLES_REAL_DATA`` (separated like PATH): files fetched from public repositories
    are not committed here, each developer keeps them where the tools allow."""
    extra = [Path(p) for p in os.environ.get("PASSERELLES_REAL_DATA", "").split(os.pathsep) if p]
    return [SHARED, *extra]


def _cli(argv: list[str]) -> tuple[int, str]:
    from db.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:   # argparse refuses a flag
            code = exc.code if isinstance(exc.code, int) else 2
    return code or 0, out.getvalue() + err.getvalue()


@functools.lru_cache(maxsize=1)
def _new_catalogue() -> str:
    """A catalogue made by ``init`` in a folder of this process, copied for each file."""
    folder = tempfile.mkdtemp(prefix="passerelles-corpus-")
    atexit.register(shutil.rmtree, folder, True)
    path = str(Path(folder) / "nouveau.sqlite")
    code, out = _cli(["--db", path, "init"])
    assert code == 0, out
    return path


def run(case: Case, with_flags: bool) -> Outcome:
    """Import the file into a fresh catalogue (with the sidecar's flags or none) and check it."""
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "c.sqlite")
        shutil.copy(_new_catalogue(), db)   # a new catalogue, as ``init`` makes it (made once)
        code, out = _cli(["--db", db, "import", str(case.path), *(case.flags if with_flags else [])])
        outcome = Outcome(code, out)
        refused = any(e.get("refused") for e in case.spec["expect"])
        if refused and (not with_flags or not case.flags):
            if code == 0:
                outcome.failures.append("importé alors qu'un utilisateur attend une question ou un refus")
            return outcome
        if code != 0:
            outcome.failures.append(f"code {code} : {out.strip().splitlines()[-1] if out.strip() else ''}")
            return outcome
        export = Path(tmp) / "e.json"
        code, text = _cli(["--db", db, "export", str(export)])
        if code != 0:
            outcome.failures.append(f"export impossible : {text.strip()}")
            return outcome
        catalogue = json.loads(export.read_text(encoding="utf-8"))
        for expectation in case.spec["expect"]:
            if expectation.get("refused"):
                continue
            problem = check(catalogue, expectation)
            if problem:
                outcome.failures.append(problem)
    return outcome


# --- checks ------------------------------------------------------------------------------------

SECTIONS = {"partner": "partners", "agreement": "agreements", "contact": "contacts", "event": "events",
            "followup": "followups", "interaction": "interactions"}


def _fold(value) -> str:
    from db.text import name_key

    return name_key(str(value)) if value is not None else ""


def records(catalogue: dict, kind: str) -> list[dict]:
    if kind == "session":
        return [{**s, "event": e.get("title")} for e in catalogue.get("events", []) for s in e.get("sessions") or []]
    return catalogue.get(SECTIONS[kind], [])


def _texts(value) -> list[str]:
    """Every text a field holds: links by their name, phones by their number, nested values."""
    if value is None:
        return []
    if isinstance(value, dict):
        if "name" in value and ("id" in value or len(value) <= 3):
            return [str(value["name"])]
        if "number" in value:
            return [str(value["number"])]
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [str(value)]


def matches(record: dict, key: str, expected) -> bool:
    if key == "*":
        wanted = _fold(expected)
        return any(wanted == _fold(t) or (len(wanted) > 3 and wanted in _fold(t))
                   for v in record.values() for t in _texts(v))
    if key == "extra_keys":
        have = {_fold(k) for k in (record.get("extra") or {})}
        return all(_fold(k) in have for k in expected)
    value = record.get(key)
    if isinstance(expected, list):
        have = [_fold(t) for t in _texts(value)]
        return all(_fold(e) in have for e in expected)
    if isinstance(expected, bool) or (isinstance(expected, int | float) and not isinstance(value, str)):
        return value == expected
    texts = _texts(value)
    if key.endswith(("_on", "_since")) or key == "date":
        return any(str(t).startswith(str(expected)) for t in texts)
    if isinstance(value, list):
        return _fold(expected) in {_fold(t) for t in texts}
    return bool(texts) and _fold(texts[0]) == _fold(expected)


def check(catalogue: dict, e: dict) -> str | None:
    """None when the expectation holds, else what is wrong (in a line)."""
    kind = e["kind"]
    found = records(catalogue, kind)
    if "where" in e:
        found = [r for r in found if all(matches(r, k, v) for k, v in e["where"].items())]
        if not found and 0 in (e.get("max"), e.get("count")):
            return None   # « none of these »: not finding it is right
        if not found:
            return f"{kind} {json.dumps(e['where'], ensure_ascii=False)} : introuvable"
    what = f"{kind} {json.dumps(e.get('where', {}), ensure_ascii=False)}"
    if "count" in e and len(found) != e["count"]:
        return f"{what} : {len(found)} fiches au lieu de {e['count']}"
    if "min" in e and len(found) < e["min"]:
        return f"{what} : {len(found)} fiches, au moins {e['min']} attendues"
    if "max" in e and len(found) > e["max"]:
        return f"{what} : {len(found)} fiches, au plus {e['max']} attendues"
    for key, expected in (e.get("has") or {}).items():
        wrong = [r for r in found if not matches(r, key, expected)]
        if wrong:
            shown = wrong[0].get(key) if key not in ("*", "extra_keys") else wrong[0].get("extra")
            return f"{what} : {key} = {json.dumps(shown, ensure_ascii=False)[:120]} au lieu de " \
                   f"{json.dumps(expected, ensure_ascii=False)}"
    return None


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Import the real files and measure the first-try rate.")
    parser.add_argument("--half", choices=("tune", "holdout"))
    parser.add_argument("--only", help="files whose name contains this text")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each failed check")
    parser.add_argument("--data", help="a folder holding data files of tests/real/shared sidecars")
    args = parser.parse_args(argv)
    if args.data:
        os.environ["PASSERELLES_REAL_DATA"] = os.pathsep.join(
            p for p in (os.environ.get("PASSERELLES_REAL_DATA"), args.data) if p)
    chosen = [c for c in cases() if (not args.half or c.half == args.half) and (not args.only or args.only in c.name)]
    rates: dict[str, list[int]] = {}
    for case in chosen:
        first = run(case, False)
        flagged = run(case, True) if case.flags else first
        rates.setdefault(case.half, [0, 0, 0])
        rates[case.half][0] += 1
        rates[case.half][1] += first.right
        rates[case.half][2] += flagged.right
        print(f"{case.half:8} {'ok ' if first.right else 'NON'} {'ok ' if flagged.right else 'NON'}  {case.name}")
        if args.verbose:
            for label, outcome in (("1er essai", first), ("options", flagged)):
                for failure in outcome.failures[:6]:
                    print(f"           {label} : {failure}")
    for half, (total, first, flagged) in sorted(rates.items()):
        print(f"{half}: {total} fichiers, du premier coup {first}/{total} ({100 * first / total:.0f} %), "
              f"avec options {flagged}/{total} ({100 * flagged / total:.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
