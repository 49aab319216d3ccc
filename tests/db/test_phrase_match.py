"""The phrase index scores a heading exactly as trying every phrase of the vocabulary would: on the
vocabulary's own phrases, their parts and compounds, and the first rows of every real file here."""

from __future__ import annotations

import csv
import itertools

import pytest

from passerelles_testing import ROOT

from db.interchange.imports.phrase_match import PhraseIndex, phrase_score
from db.interchange.imports.vocabulary import VOCABULARY, header_keys


def _every_phrase(fields: dict[str, list[str]], key: str) -> dict[str, float]:
    best: dict[str, float] = {}
    for field, phrases in fields.items():
        score = max((phrase_score(key, p, i) for i, p in enumerate(phrases)), default=0.0)
        if score > 0:
            best[field] = score
    return best


def _headings() -> list[str]:
    phrases = sorted({p for fields in VOCABULARY.values() for ps in fields.values() for p in ps})
    found = set(phrases)
    found |= {f"{p} {q}" for p, q in itertools.islice(itertools.product(phrases[::7], phrases[3::11]), 4000)}
    found |= {w for p in phrases for w in p.split()}
    found |= {f"jahres{p}" for p in phrases if " " not in p} | {f"xy{p}" for p in phrases if " " not in p}
    found |= {" ".join([p] * 4) for p in phrases[::13]}   # sentences of more than six words
    for path in sorted((ROOT / "tests" / "real").glob("*.csv")):
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            for row in itertools.islice(csv.reader(fh, delimiter=";" if ";" in fh.readline() else ","), 12):
                found.update(cell for cell in row if cell.strip() and len(cell) < 120)
    found = sorted(found)
    return found[::len(found) // 1200 + 1]   # a spread sample: every phrase against every heading is slow


def test_the_index_scores_every_heading_as_every_phrase_would():
    headings = _headings()
    assert len(headings) > 1000
    checked = 0
    for kind, fields in VOCABULARY.items():
        index = PhraseIndex(fields)
        for heading in headings:
            for key in header_keys(heading):
                assert index.scores(key) == _every_phrase(fields, key), (kind, heading, key)
                checked += 1
    assert checked > 8000


def test_a_compound_and_a_penalty():
    index = PhraseIndex({"budget": ["budget"], "name": ["name", "first name"]})
    assert index.scores("jahresbudget") == {"budget": 50.0}
    assert index.scores("first name", penalty=15) == {"name": pytest.approx(84.9)}   # its second phrase
    assert index.scores("nothing here") == {}
