"""Issue 22: no English word in the French interface or command line and no French in the English
one. Every pair of wordings the application shows (Qt translations, closed vocabularies, field
labels, validation, fault, server, backup and service messages, an agreement's standing, backup reasons,
history actions) is scanned: the French side for English words, the English side for French words
and accents; so are the command line's sentences written in its code (print, CliError, help), its
commands, options and closed choices aside."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from passerelles_testing import ROOT

# words that are English and never French (a code or a proper name is allowed by ALLOWED below)
ENGLISH = re.compile(r"\b(the|and|with|from|file|files|error|record|records|saved|deleted|backup|backups|not found|"
                     r"meeting|call|visit|undo|cancel|unrecognized|index|stream|string|none|true|false|"
                     r"partners?|agreements?|events?|followups?|labels|attendance|register|sheets?|unknown|missing|"
                     r"failed|skipped|created|updated|found|warning|written|show|print|list|yes|title|status|kind)\b",
                     re.I)
# words and letters that are French and never English
FRENCH = re.compile(r"[éèêëàâùûçœîïô]|\b(le|la|les|des|du|une|est|pas|avec|pour|dans|fiche|fiches|accord|accords|"
                    r"partenaire|partenaires|suivi|suivis|réunion|appel|visite|création|modification|suppression|"
                    r"restauration|fusion|corbeille)\b", re.I)
# proper names and file names the English interface shows as they are on disk or in French law
# (and the command line's command names, which are English: « passerelles backups »)
ALLOWED = re.compile(r"“Sauvegardes”|Sauvegardes|Łódź|Préférences|francophonie|passerelles [a-z-]+( [A-Z.]+)?"
                     r"|\{\w*\}", re.I)   # and a placeholder: {name} is a value, not a word


def pairs() -> list[tuple[str, str, str]]:
    """(where, French, English) of every wording shown in both languages."""
    from db import (
        agreement_status,
        backup_messages,
        backups,
        faults,
        server_errors,
        service_messages,
    )
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
    found += [(f"service {k}", fr, en) for k, (fr, en) in service_messages.MESSAGES.items()]
    from desktop.printing import print_messages

    found += [(f"print {k}", fr, en) for k, (fr, en) in print_messages.MESSAGES.items()]
    found += [(f"standing {k}", fr, en) for k, (fr, en) in agreement_status.LABELS.items()]
    found += [(f"backup reason {k}", fr, backups.REASONS_EN.get(k, "")) for k, fr in backups.REASONS.items()]
    found += [(f"history action {k}", fr, trash.ACTIONS_EN.get(k, "")) for k, fr in trash.ACTIONS.items()]
    ts = ET.parse(ROOT / "resources" / "translations" / "passerelles_en.ts")
    for message in ts.iter("message"):
        translation = message.find("translation")
        found.append((f"ts {message.findtext('source')[:40]!r}", message.findtext("source") or "",
                      translation.text if translation is not None and translation.text else ""))
    return found


def cli_wordings() -> list[tuple[str, str]]:
    """(where, text) of what the command line says in its own code (``db/cli/*.py``): the fixed text of
    the arguments of ``print()`` and ``CliError()`` (an f-string's values left out) and of argparse's
    ``help``, ``description`` and ``epilog`` (a name bound to a string in the module is read too)."""
    import ast

    def text(node, names) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return (text(node.left, names) or "") + (text(node.right, names) or "")
        return names.get(node.id) if isinstance(node, ast.Name) else None

    found = []
    for module in sorted((ROOT / "db" / "cli").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = {n.targets[0].id: t for n in ast.walk(tree) if isinstance(n, ast.Assign) and len(n.targets) == 1
                 and isinstance(n.targets[0], ast.Name) and (t := text(n.value, {})) is not None}
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            called = getattr(call.func, "id", getattr(call.func, "attr", ""))
            said = list(call.args) if called in ("print", "CliError") else []
            said += [k.value for k in call.keywords if k.arg in ("help", "description", "epilog")]
            found += [(f"{module.name}:{call.lineno}", t) for node in said if (t := text(node, names))]
    return found


def cli_codes() -> re.Pattern:
    """What the command line reads as it is, quoted in its sentences: its commands, options and the
    values of its closed choices (« settings show », « --on-duplicate skip »); an option, a field code,
    a file, an address or a quoted example (--map "A=full_name")."""
    import argparse

    from db.cli import build_parser

    codes: set[str] = set()

    def walk(parser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                codes.update(action.choices)
                for sub in action.choices.values():
                    walk(sub)
            elif action.choices:
                codes.update(map(str, action.choices))

    walk(build_parser())
    words = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    return re.compile(rf'"[^"]*"|--?[\w-]+|\S*\w[_./=@+:*]\S*|(?<![\w-])(?:{words})(?![\w-])')


def test_every_wording_has_both_languages():
    missing = [where for where, fr, en in pairs() if fr.strip() and not en.strip()]
    assert not missing, missing


def test_no_english_in_the_french_wordings():
    wrong = [(where, fr) for where, fr, _en in pairs() if ENGLISH.search(ALLOWED.sub("", fr))]
    assert not wrong, wrong


def test_no_english_in_the_command_lines_own_sentences():
    """Issue 22: the command line's sentences written in its code (print, CliError, help) were outside
    the scan; its commands, options and closed choices are codes, not words."""
    codes = cli_codes()
    said = cli_wordings()
    assert len(said) > 200   # the scan reads them (about 250)
    wrong = [(where, text) for where, text in said if ENGLISH.search(codes.sub("", ALLOWED.sub("", text)))]
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
    codes = cli_codes()   # a command or a closed choice is a code; the same word in a sentence is not
    assert not ENGLISH.search(codes.sub("", "« settings show », --on-duplicate skip, --map \"A=full_name\""))
    assert ENGLISH.search(codes.sub("", "fichier PDF à écrire (print followups)"))
