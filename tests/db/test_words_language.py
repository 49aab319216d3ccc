"""Issue 22: no English word in the French interface or command line and no French in the English
one. Every pair of wordings the application shows (Qt translations, closed vocabularies, field
labels, validation, fault, server and backup messages, an agreement's standing, backup reasons,
history actions) is scanned: the French side for English words, the English side for French words
and accents."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from passerelles_testing import ROOT

# words that are English and never French (a code or a proper name is allowed by ALLOWED below)
ENGLISH = re.compile(r"\b(the|and|with|from|file|files|error|record|records|saved|deleted|backup|backups|not found|"
                     r"meeting|call|visit|undo|cancel|unrecognized|index|stream|string|none|true|false)\b", re.I)
# words and letters that are French and never English
FRENCH = re.compile(r"[éèêëàâùûçœîïô]|\b(le|la|les|des|du|une|est|pas|avec|pour|dans|fiche|fiches|accord|accords|"
                    r"partenaire|partenaires|suivi|suivis|réunion|appel|visite|création|modification|suppression|"
                    r"restauration|fusion|corbeille)\b", re.I)
# proper names and file names the English interface shows as they are on disk or in French law
# (and the command line's command names, which are English: « passerelles backups »)
ALLOWED = re.compile(r"“Sauvegardes”|Sauvegardes|Łódź|Préférences|francophonie|passerelles [a-z-]+( [A-Z.]+)?", re.I)


def pairs() -> list[tuple[str, str, str]]:
    """(where, French, English) of every wording shown in both languages."""
    from db import agreement_status, backup_messages, backups, faults, server_errors
    from db.schemas import messages, vocab
    from db.services import trash

    found = []
    for name in dir(vocab):
        value = getattr(vocab, name)
        if isinstance(value, vocab.Vocabulary):
            found += [(f"vocab.{value.name}.{code}", fr, en) for code, (fr, en) in value.labels.items()]
    found += [(f"field {k}", fr, en) for k, (fr, en) in messages.FIELD_LABELS.items()]
    found += [(f"message {k}", fr, en) for k, (fr, en) in messages.MESSAGES.items()]
    found += [(f"fault {k}", fr, en) for k, (fr, en) in faults.MESSAGES.items()]
    found += [(f"server {k}", fr, en) for k, (fr, en) in server_errors.MESSAGES.items()]
    found += [(f"backup {k}", fr, en) for k, (fr, en) in backup_messages.MESSAGES.items()]
    found += [(f"standing {k}", fr, en) for k, (fr, en) in agreement_status.LABELS.items()]
    found += [(f"backup reason {k}", fr, backups.REASONS_EN.get(k, "")) for k, fr in backups.REASONS.items()]
    found += [(f"history action {k}", fr, trash.ACTIONS_EN.get(k, "")) for k, fr in trash.ACTIONS.items()]
    ts = ET.parse(ROOT / "resources" / "translations" / "passerelles_en.ts")
    for message in ts.iter("message"):
        translation = message.find("translation")
        found.append((f"ts {message.findtext('source')[:40]!r}", message.findtext("source") or "",
                      translation.text if translation is not None and translation.text else ""))
    return found


def test_every_wording_has_both_languages():
    missing = [where for where, fr, en in pairs() if fr.strip() and not en.strip()]
    assert not missing, missing


def test_no_english_in_the_french_wordings():
    wrong = [(where, fr) for where, fr, _en in pairs() if ENGLISH.search(ALLOWED.sub("", fr))]
    assert not wrong, wrong


def test_no_french_in_the_english_wordings():
    wrong = [(where, en) for where, _fr, en in pairs() if FRENCH.search(ALLOWED.sub("", en))]
    assert not wrong, wrong


def test_the_history_shows_its_actions_in_the_interface_language():
    """The English window showed « création », « modification »… in a record's history."""
    import datetime as dt

    from db.services.trash import ACTIONS, Step

    for action in ACTIONS:
        step = Step(1, dt.datetime.now(dt.UTC), "x", action)
        assert step.label_in("fr") == ACTIONS[action]
        assert step.label_in("en") != ACTIONS[action] and not FRENCH.search(step.label_in("en"))


def test_a_server_message_is_said_in_the_language_asked():
    """Issue 22: a server's refusal appeared in French in the English window."""
    from db.server_errors import explain

    refused = Exception('connection failed: connection to server at "127.0.0.1", port 54391 failed: '
                        'Connection refused')
    said = explain(refused)
    assert said == "Le serveur « 127.0.0.1 » ne répond pas (port 54391). Vérifiez son adresse, la connexion " \
                   "au réseau, ou réessayez plus tard."   # a str in French, for the command line
    assert said.in_language("fr") == said
    english = said.in_language("en")
    assert english.startswith("The server “127.0.0.1” is not answering (port 54391).")
    assert not FRENCH.search(english)


def test_the_scan_sees_a_wrong_word():
    """The check itself."""
    assert ENGLISH.search("Fichier introuvable : file not found")
    assert FRENCH.search("Record saved in the corbeille")
    assert not FRENCH.search(ALLOWED.sub("", "a “Sauvegardes” folder beside the catalogue"))
