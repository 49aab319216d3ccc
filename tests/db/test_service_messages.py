"""Issue 22: what a service refuses (a record not found, a refused merge, an invalid value…) was
written in French only, so the English window showed French. Each refusal is a ``ServiceMessage``: a
French ``str`` for the command line that knows its English (``in_language("en")``) for the window;
a scan fails on any service error raised with a sentence of its own."""

from __future__ import annotations

import ast
import string

import pytest
from passerelles_testing import ROOT
from test_words_language import FRENCH

from db.service_messages import MESSAGES, ServiceMessage


def _family() -> dict[str, bool]:
    """The names of the errors whose message is a service's refusal, each with whether it is raised with
    its sentence (False: its constructor makes the sentence from values, as ``LinkError(field, ref)``)."""
    from db.reports.apd import OdaListError
    from db.services.errors import ServiceError
    from db.services.records import AmbiguousError  # noqa: F401  (subclasses are known once imported)
    from db.services.settings import SettingError
    from db.services.undo_import import UndoInterrupted  # noqa: F401
    from desktop.printing.print_messages import PrintError

    found, todo = {}, [ServiceError, SettingError, OdaListError, PrintError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = not any("__init__" in vars(c) for c in cls.__mro__
                                      if c.__module__.startswith(("db.", "desktop.")))
        todo += cls.__subclasses__()
    return found


def _sentence(node) -> bool:
    """A sentence written in place: a string, an f-string, or strings put together."""
    if (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _sentence(node.left) or _sentence(node.right)
    return isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "format"


def _modules():
    for folder in ("db", "desktop"):
        for module in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in module.parts:
                yield module, ast.parse(module.read_text(encoding="utf-8"))


def test_no_service_error_is_raised_with_a_french_only_sentence():
    family = _family()
    assert {"ServiceError", "NotFoundError", "AmbiguousError", "SettingError", "OdaListError", "PrintError"} <= set(family)
    assert not family["LinkError"] and not family["ConflictError"]
    raised, wrong = 0, []
    for module, tree in _modules():
        said = []   # (node, arguments) that carry the sentence
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                if family.get(name):
                    said.append((node, node.exc.args))
            elif isinstance(node, ast.ClassDef) and node.name in family:   # a constructor making its sentence
                said += [(call, call.args) for call in ast.walk(node) if isinstance(call, ast.Call)
                         and getattr(call.func, "attr", "") == "__init__"]
        raised += len(said)
        wrong += [f"{module.relative_to(ROOT)}:{node.lineno}" for node, args in said if any(map(_sentence, args))]
    assert raised > 40   # the scan sees them (about 50)
    assert not wrong, wrong


def test_every_message_named_in_the_code_is_in_the_table():
    named = [(f"{module.relative_to(ROOT)}:{call.lineno}", call.args[0].value) for module, tree in _modules()
             for call in ast.walk(tree) if isinstance(call, ast.Call)
             and getattr(call.func, "id", "") == "ServiceMessage" and call.args
             and isinstance(call.args[0], ast.Constant)]
    assert len(named) > 30
    assert [(where, key) for where, key in named if key not in MESSAGES] == []


def test_both_wordings_take_the_same_values():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert [key for key, (fr, en) in MESSAGES.items() if fields(fr) != fields(en)] == []


def test_the_scan_sees_a_sentence_written_in_place():
    tree = ast.parse('raise NotFoundError(f"Aucun accord « {x} ».")\nraise ServiceError("a" + b)\n'
                     'raise ServiceError(ServiceMessage("merge_same"))')
    calls = [n.exc.args[0] for n in ast.walk(tree) if isinstance(n, ast.Raise)]
    assert [_sentence(a) for a in calls] == [True, True, False]


def _refused(call) -> Exception:
    with pytest.raises(Exception) as refused:
        call()
    return refused.value


def test_representative_refusals_are_said_in_english_and_in_french(services, tmp_path):
    """A record not found (the refused map pin), a refused merge, an invalid value, a file refused."""
    from db.schemas import PartnerIn
    from db.services import settings as catalogue_settings
    from db.services.retention import set_years

    busan = services.create("partner", PartnerIn(name="Busan", kind="city"))
    empty = tmp_path / "logo.png"
    empty.write_bytes(b"")
    with services.catalog.uow() as uow:
        too_long = _refused(lambda: set_years(uow.session, 500))
    cases = [
        (_refused(lambda: services.get("partner", "Nulle part")),
         "Aucun partenaire « Nulle part » dans le catalogue.", "No partner “Nulle part” in the catalogue."),
        (_refused(lambda: services.merge("partner", busan.id, busan.id)),
         "A et B désignent la même fiche : rien à fusionner.", "A and B are the same record: nothing to merge."),
        (_refused(lambda: services.merge("followup", busan.id, busan.id)),
         "la fusion porte sur des partenaires, contacts, accords ou événements, pas « followup ».",
         "merging works on partners, contacts, agreements or events, not “followup”."),
        (too_long, "La durée de conservation doit être un nombre d'années entre 1 et 30.",
         "The retention period must be a number of years between 1 and 30."),
        (_refused(lambda: catalogue_settings.logo_value(empty)), "« logo.png » est vide.", "“logo.png” is empty."),
    ]
    for exc, french, english in cases:
        assert str(exc) == french   # the command line
        assert exc.in_language("fr") == french and exc.in_language("en") == english
        assert not FRENCH.search(english.replace("Nulle part", ""))


def test_a_count_and_a_kind_are_said_in_the_sentences_language():
    from db.service_messages import count_said, kind_said, names_said

    ambiguous = ServiceMessage("ambiguous", reference="film", count=count_said(2, "partner"),
                               names=names_said(["London Film School", "Lodz Film School"]))
    assert ambiguous == ("« film » désigne 2 partenaires : « London Film School », « Lodz Film School ». Précisez le "
                         "nom ou donnez l'identifiant.")
    assert ambiguous.in_language("en") == ("“film” means 2 partners: “London Film School”, “Lodz Film School”. Give "
                                           "the full name or the identifier.")
    trashed = ServiceMessage("no_record", reference="x", kind=kind_said("followup"))
    assert trashed == "Aucune fiche « x » (suivi)." and trashed.in_language("en") == "No record “x” (follow-up)."


def test_a_file_that_cannot_be_read_names_it_without_the_systems_text(tmp_path, monkeypatch):
    """« Impossible de lire « logo.png » : Permission denied. » showed the system's English text."""
    import errno
    from pathlib import Path

    from db.services import settings as catalogue_settings

    logo = tmp_path / "logo.png"
    logo.write_bytes(b"x")

    def unreadable(self):
        raise OSError(errno.EOPNOTSUPP, "Operation not supported", str(self))

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    refused = _refused(lambda: catalogue_settings.logo_value(logo))
    assert str(refused).startswith(f"Le fichier « {logo} » n'a pas pu être lu ou écrit : rien n'a été enregistré")
    assert refused.in_language("en").startswith(f"The file “{logo}” could not be read or written")
    assert "not supported" not in str(refused) + refused.in_language("en")
