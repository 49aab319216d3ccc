"""The message boxes the application shows fit 100 %, 125 %, 150 % and 200 % of a 1366×768 screen, in
French and in English, without clipped or overlapping labels, with the longest texts they can say.

``sites()`` reads ``desktop/`` (ast) and finds every message box: the ``QMessageBox.warning``,
``information``, ``question`` and ``critical`` calls and every ``QMessageBox(...)``. A call's title and
text are rebuilt from the source in each language: a ``tr``/``translate`` literal (translated by the
English ``.qm`` the application loads), ``.format``/``%``/f-strings and concatenations, a local
variable (each value the function gives it), a list of lines joined; every variable part is filled
with a long realistic value (a OneDrive path, the longest fault sentence, twelve names…). A text said
by a wordings table (``said``, ``describe``, an error's ``in_language``…) gets the longest sentence of
the tables. Each box is then built with its icon and buttons, as the application builds it (through
``desktop.widgets.message_box``), and walked by ``test_dialogs_fit.walk``.

The wordings tables themselves (faults, services, backups, servers, printing: what ``said`` and
``describe`` put in a box) are walked too, each entry in a warning box, both languages, every
placeholder long.

``test_every_message_box_is_walked`` fails on a box that is neither rebuilt here nor listed in
``ELSEWHERE`` with the reason.
"""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from itertools import islice, product

import pytest
from passerelles_testing import ROOT
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from test_dialogs_fit import SCREENS, shown_problems, walk

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints"),
              pytest.mark.usefixtures("french_locale")]

LONG_PATH = (r"C:\Users\marie.dupont\OneDrive - Ville de Lyon\Relations internationales\Partenariats 2025"
             r"\catalogue partagé.sqlite")
LONG_NAME = "Culture et action internationale des collectivités territoriales — Rencontres de Busan"
NAMES = ["Marie-Hélène Dupont-Lefèvre (Ville de Lyon)", "Nguyễn Thị Lan (Huế)", "Jean-Baptiste Rousseau",
         "Anne-Sophie Delacroix-Martin", "김민준 (Busan Metropolitan City)", "Friedrich-Wilhelm Oberhausen",
         "María José Fernández de Córdoba", "Ólafur Þórðarson", "Aïssatou N'Diaye-Sarr",
         "Kateřina Dvořáková", "Jean-Christophe de La Tour d'Auvergne", "Zhāng Wěi (Wuhan)"]
DATE = "mercredi 24 décembre 2025 à 23:59"
NUMBER = "12 345"
BOXES = ("warning", "information", "question", "critical")
ICONS = {"warning": QMessageBox.Icon.Warning, "information": QMessageBox.Icon.Information,
         "question": QMessageBox.Icon.Question, "critical": QMessageBox.Icon.Critical}
TABLES = ("db.faults", "db.service_messages", "db.backup_messages", "db.server_errors",
          "desktop.printing.print_messages")
# a text said by a wordings table (or built from one): its longest sentence, the tables walked below
WORDED = ("said", "describe", "plain", "in_language", "read_only_refusal", "sentence", "explained", "reason",
          "message", "exc", "error")

# boxes not rebuilt from their call: where they are walked, or why they need not be
ELSEWHERE = {
    "desktop/widgets/message_box.py:message_box": "the helper itself: every box walked here is built by it",
}


@dataclass
class Site:
    """One message box in the source."""

    path: str
    line: int
    kind: str   # warning, information, question, critical or QMessageBox (a box built)
    call: ast.Call
    cls: str | None
    function: ast.FunctionDef | None

    @property
    def key(self) -> str:
        name = self.function.name if self.function else "<module>"
        title = ast.unparse(self.call.args[1]) if self.kind in BOXES and len(self.call.args) > 1 else ""
        return f"{self.path}:{name}" + (f":{title}" if title else "")


def sites() -> list[Site]:
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        _scan(tree, path.relative_to(ROOT).as_posix(), None, None, found)
    return found


def _scan(node, path, cls, function, found) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _scan(child, path, child.name, function, found)
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            _scan(child, path, cls, child, found)
        else:
            if isinstance(child, ast.Call):
                f = child.func
                on = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else None
                if on in ("QMessageBox", "message_box") and f.attr in BOXES:
                    found.append(Site(path, child.lineno, f.attr, child, cls, function))
                elif (isinstance(f, ast.Name) and f.id == "QMessageBox") or (on == "message_box"
                                                                             and f.attr == "message_box"):
                    found.append(Site(path, child.lineno, "QMessageBox", child, cls, function))
            _scan(child, path, cls, function, found)


# ---------------------------------------------------------------------------------------------------
# the English of a source string: the .ts says in which context lupdate put it, the .qm translates it

def _ts_contexts() -> dict[str, list[str]]:
    contexts: dict[str, list[str]] = {}
    tree = ET.parse(ROOT / "resources" / "translations" / "passerelles_en.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            contexts.setdefault(message.findtext("source"), []).append(name)
    return contexts


CONTEXTS = _ts_contexts()


def translated(context: str | None, source: str) -> str:
    known = CONTEXTS.get(source, [])
    assert known, f"« {source[:60]} » is not in passerelles_en.ts"
    return QCoreApplication.translate(context if context in known else known[0], source)


# ---------------------------------------------------------------------------------------------------
# a long realistic value for a variable part, chosen by what the source calls it

def long_value(hint: str, language: str) -> str:
    hint = hint.lower()
    if "warnings" in hint or "unprintable" in hint:   # characters no font can print, thirteen of them
        from desktop.printing.glyphs import message

        return message([chr(0x13000 + n) for n in range(13)], language)
    if any(w in hint for w in ("said(", "describe(", "plain(", "in_language", "sentence", "refusal", "exc",
                               "message", "reason", "error", "explained")):
        return longest_sentence(language)
    if any(w in hint for w in ("len(", "count", "rows", "total", "pages", "number")) or hint in ("n", "rows"):
        return NUMBER
    if any(w in hint for w in ("path", "where", "file", "folder", "dir", "log", "dump", "location", "target",
                               "url", "trash")):
        return LONG_PATH
    if any(w in hint for w in ("names", "join", "who", "lines")):
        return ", ".join(NAMES)
    if any(w in hint for w in ("date", "when", "since", "label", "_at", "day", "data(")):
        return DATE
    return LONG_NAME


def _fill(text: str, hint_of) -> str:
    """``text`` with every {placeholder} replaced by ``hint_of(name or index)``."""
    out, index = [], 0
    for literal, field, _spec, _conv in string.Formatter().parse(text):
        out.append(literal)
        if field is not None:
            if field == "":
                field, index = str(index), index + 1
            out.append(hint_of(field))
    return "".join(out)


def wordings(language: str) -> list[tuple[str, str]]:
    """(table.key, sentence) for every wording of every table, placeholders long."""
    import importlib

    said = []
    for module in TABLES:
        for key, (french, english) in importlib.import_module(module).MESSAGES.items():
            text = english if language == "en" else french
            said.append((f"{module}.{key}", _fill(text, lambda f: _placeholder(f))))
    return said


def _placeholder(field: str) -> str:
    if field in ("count", "total", "number", "size", "port", "done", "most"):
        return NUMBER
    if field in ("names", "installed", "fields"):
        return ", ".join(NAMES)
    if field in ("name", "path", "catalogue", "database", "object", "tool"):
        return LONG_PATH
    return LONG_NAME


def longest_sentence(language: str) -> str:
    return max((text for _key, text in wordings(language)), key=len)


# ---------------------------------------------------------------------------------------------------
# the texts of a call, rebuilt from its source

class Unknown(Exception):
    """A part of the text this reading cannot rebuild."""


MAX_VARIANTS = 4


def render(node: ast.AST, site: Site, language: str) -> list[str]:
    """Every text ``node`` can say (a few at most), variable parts long."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = [render(v, site, language) if isinstance(v, ast.Constant)
                 else [long_value(ast.unparse(v.value), language)] for v in node.values]
        return _combine(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _combine([render(node.left, site, language), render(node.right, site, language)])
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        values = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        fills = tuple(long_value(ast.unparse(v), language) for v in values)
        return [t % fills for t in render(node.left, site, language)]
    if isinstance(node, ast.IfExp):
        return list(islice(render(node.body, site, language) + render(node.orelse, site, language), MAX_VARIANTS))
    if isinstance(node, ast.BoolOp):
        return list(islice([t for v in node.values for t in _or_long(v, site, language)], MAX_VARIANTS))
    if isinstance(node, ast.Call):
        return _render_call(node, site, language)
    if isinstance(node, ast.Name | ast.Attribute):
        return _render_name(node, site, language)
    raise Unknown(ast.unparse(node))


def _or_long(node, site, language) -> list[str]:
    try:
        return render(node, site, language)
    except Unknown:
        return [long_value(ast.unparse(node), language)]


def _combine(parts: list[list[str]]) -> list[str]:
    return ["".join(p) for p in islice(product(*parts), MAX_VARIANTS)]


def _render_call(node: ast.Call, site: Site, language: str) -> list[str]:
    f = node.func
    name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
    literal = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    if name in ("tr", "_tr") and literal:
        return [translated(site.cls, literal[0]) if language == "en" else literal[0]]
    if name == "translate" and len(literal) >= 2:
        return [translated(literal[0], literal[1]) if language == "en" else literal[1]]
    if name == "format" and isinstance(f, ast.Attribute):
        texts = render(f.value, site, language)
        positional = [long_value(ast.unparse(a), language) for a in node.args]
        named = {k.arg: long_value(ast.unparse(k.value), language) for k in node.keywords if k.arg}
        return [_fill(t, lambda field: positional[int(field)] if field.isdigit() else named[field]) for t in texts]
    if name == "join" and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Constant) and node.args:
        return [f.value.value.join(lines) for lines in _lines(node.args[0], site, language)]
    if isinstance(f, ast.Name) and (made := _module_function(site, f.id)) is not None:
        inner = Site(site.path, made.lineno, site.kind, site.call, None, made)   # what it returns
        returned = [r.value for r in ast.walk(made) if isinstance(r, ast.Return) and r.value is not None]
        return list(islice((t for r in returned for t in render(r, inner, language)), MAX_VARIANTS))
    if any(w in ast.unparse(node) for w in WORDED):
        return [long_value(ast.unparse(node), language)]
    raise Unknown(ast.unparse(node))


def _module_function(site: Site, name: str) -> ast.FunctionDef | None:
    """A function of the same module (``lock_message``, ``about_text``…)."""
    tree = ast.parse((ROOT / site.path).read_text("utf-8"))
    return next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name), None)


def _render_name(node, site: Site, language: str) -> list[str]:
    """A local variable: each value its function gives it; a parameter: a long value for its name."""
    name = node.id if isinstance(node, ast.Name) else None
    if name and site.function is not None:
        values = [a.value for a in ast.walk(site.function) if isinstance(a, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == name for t in a.targets)]
        if values:
            return list(islice((t for v in values for t in render(v, site, language)), MAX_VARIANTS))
    if name in ("text", "title"):   # a parameter: a sentence, the longest
        return [longest_sentence(language)]
    if any(w in ast.unparse(node).lower() for w in WORDED):
        return [long_value(ast.unparse(node), language)]
    raise Unknown(ast.unparse(node))


def _assigns(n: ast.AST, name: str) -> bool:
    """``n`` gives ``name`` a value: ``name = …`` or ``name += …``."""
    targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else []
    return any(isinstance(t, ast.Name) and t.id == name for t in targets)


def _lines(node, site: Site, language: str) -> list[list[str]]:
    """The lines a list gives: its items, a comprehension's item twelve times, what is appended or added."""
    if isinstance(node, ast.Name) and site.function is not None:
        items: list[ast.AST] = []
        for n in ast.walk(site.function):
            if _assigns(n, node.id):
                items.append(n.value)
            elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "append" \
                    and isinstance(n.func.value, ast.Name) and n.func.value.id == node.id:
                items.append(ast.List(elts=n.args))
        if items:
            return [[line for item in items for line in _lines(item, site, language)[0]]]
    if isinstance(node, ast.List):
        return [[_or_long(e, site, language)[0] for e in node.elts]]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [_lines(node.left, site, language)[0] + _lines(node.right, site, language)[0]]
    if isinstance(node, ast.ListComp | ast.GeneratorExp):
        return [_or_long(node.elt, site, language) * len(NAMES)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "list" and node.args:
        return [[f"• {n} — {LONG_NAME}" for n in NAMES]]
    return [[long_value(ast.unparse(node), language) for _ in NAMES]]


def _argument(call: ast.Call, index: int, name: str) -> ast.AST | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


def _buttons(site: Site, index: int):
    """The standard buttons a call asks for (Ok when it names none)."""
    node = _argument(site.call, index, "buttons")
    return _evaluated(node, site) if node is not None else QMessageBox.StandardButton.Ok


@dataclass
class Box:
    """A box as a call builds it: icon, title, text, standard buttons and the buttons it adds."""

    icon: object
    title: str
    text: str
    buttons: object = QMessageBox.StandardButton.NoButton
    added: tuple = ()


def rebuilt(site: Site, language: str) -> list[Box]:
    """Each box the call can show; Unknown when it cannot be read."""
    if site.kind in BOXES:
        return _boxes(site, ICONS[site.kind], _argument(site.call, 1, "title"), _argument(site.call, 2, "text"),
                      _buttons(site, 3), (), language)
    title, text = _argument(site.call, 1, "title"), _argument(site.call, 2, "text")
    if title is not None and text is not None:   # QMessageBox(icon, title, text, buttons, parent)
        return _boxes(site, _evaluated(_argument(site.call, 0, "icon")), title, text, _buttons(site, 3),
                      _added(site, language), language)
    # QMessageBox(parent), then box.setWindowTitle(…), box.setIcon(…), box.setText(…), box.addButton(…)
    setters = _setters(site)
    texts = setters.get("fit_text", []) + setters.get("setText", [])
    if not {"setWindowTitle", "setIcon"} <= set(setters) or not texts:
        raise Unknown("QMessageBox(parent) whose title, icon or text is not set in the same function")
    return _boxes(site, _evaluated(setters["setIcon"][0].args[0]), setters["setWindowTitle"][0].args[0],
                  texts[0].args[0], QMessageBox.StandardButton.NoButton, _added(site, language),
                  language)


def _boxes(site, icon, title, text, buttons, added, language) -> list[Box]:
    titles = render(title, site, language)
    return [Box(icon, titles[0], shown, buttons, added) for shown in render(text, site, language)]


def _evaluated(node, site: Site | None = None):
    """An icon, a button or a role as the source names it (``QMessageBox.…``, or a local name for one)."""
    names = {"QMessageBox": QMessageBox}
    for a in ast.walk(site.function) if site and site.function else ():
        if isinstance(a, ast.Assign) and isinstance(a.targets[0], ast.Name) \
                and ast.unparse(a.value).startswith("QMessageBox.") and "(" not in ast.unparse(a.value):
            names[a.targets[0].id] = _evaluated(a.value)
    try:
        return eval(compile(ast.Expression(node), "<source>", "eval"), names)
    except NameError as exc:   # a parameter
        raise Unknown(str(exc)) from None


def _setters(site: Site) -> dict[str, list[ast.Call]]:
    """The calls made on the variable the box is assigned to, by method name."""
    variable = next((t.id for a in ast.walk(site.function) if isinstance(a, ast.Assign) and a.value is site.call
                     for t in a.targets if isinstance(t, ast.Name)), None) if site.function else None
    calls: dict[str, list[ast.Call]] = {}
    for n in ast.walk(site.function) if variable else ():
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name) \
                and n.func.value.id == variable:
            calls.setdefault(n.func.attr, []).append(n)
        elif isinstance(n, ast.Call) and ast.unparse(n.func) == "message_box.fit_text" \
                and isinstance(n.args[0], ast.Name) and n.args[0].id == variable:   # fit_text(box, text)
            calls.setdefault("fit_text", []).append(ast.Call(n.func, n.args[1:], []))
    return calls


def _added(site: Site, language: str) -> tuple:
    """The box's own buttons: (text, role) or a standard button."""
    added = []
    for call in _setters(site).get("addButton", []):
        if isinstance(call.args[0], ast.Attribute):
            added.append(_evaluated(call.args[0]))
        else:
            added.append((render(call.args[0], site, language)[0], _evaluated(call.args[1], site)))
    return tuple(added)


def walked_sites() -> tuple[list[Site], dict[str, str]]:
    """The sites rebuilt from their call, and the others with why they could not be (French)."""
    walked, unread = [], {}
    for site in sites():
        try:
            rebuilt(site, "fr")
        except Unknown as exc:
            unread[site.key] = str(exc)
        else:
            walked.append(site)
    return walked, unread


# ---------------------------------------------------------------------------------------------------

def _in(language, request):
    if language == "en":
        request.getfixturevalue("english")


def _walk_box(qtbot, parent, shown: Box, screen) -> list[str]:
    """The box as ``desktop.widgets.message_box`` builds it for that screen; its details shown too."""
    from desktop.widgets.message_box import message_box

    box = message_box(shown.icon, shown.title, shown.text, shown.buttons, parent)
    for button in shown.added:
        box.addButton(*button) if isinstance(button, tuple) else box.addButton(button)
    found = walk(qtbot, box, SCREENS[screen])
    if box.detailedText():
        details = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
        box.show()
        details.click()
        found += [f"{p} (détails)" for p in shown_problems(qtbot, box, SCREENS[screen])]
        box.hide()
    return found


def problems_on(qtbot, monkeypatch, screen: str, boxes: list[tuple[str, Box]]) -> str:
    """The problems of each (name, box), built as ``desktop.widgets.message_box`` builds it for the
    screen (the offscreen one is 800×600), in words; empty when all fit."""
    from desktop.widgets import message_box

    monkeypatch.setattr(message_box, "available_size", lambda _parent: SCREENS[screen])
    parent = QWidget()
    qtbot.addWidget(parent)
    found = [f"{name}: {issues} « {shown.text[:80]} »" for name, shown in boxes
             if (issues := _walk_box(qtbot, parent, shown, screen))]
    return "\n".join(found)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("screen", SCREENS)
def test_message_boxes_fit(qtbot, monkeypatch, screen, language, request):
    """Every box rebuilt from its call, every text it can say, the variable parts long."""
    _in(language, request)
    boxes = [(f"{site.path}:{site.line}", shown) for site in walked_sites()[0] for shown in rebuilt(site, language)]
    assert len(boxes) > 60
    assert not (found := problems_on(qtbot, monkeypatch, screen, boxes)), found


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("screen", SCREENS)
def test_wordings_fit_in_a_warning_box(qtbot, monkeypatch, screen, language, request):
    """Each sentence of the wordings tables, as ``said``/``describe`` put it in a box."""
    _in(language, request)
    title = translated("errors", "Enregistrement impossible") if language == "en" else "Enregistrement impossible"
    boxes = [(key, Box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok))
             for key, text in wordings(language)]
    assert len(boxes) > 90
    assert not (found := problems_on(qtbot, monkeypatch, screen, boxes)), found


def through_the_helper(site: Site) -> bool:
    """The box's text goes through ``desktop.widgets.message_box`` (which fits it to the screen)."""
    if site.kind in BOXES or site.call.args[2:3]:
        return ast.unparse(site.call.func).startswith("message_box.")
    return "setText" not in _setters(site)


def test_every_message_box_is_walked():
    """A box is rebuilt from its call, or said above why and where it is walked otherwise; and each
    says its text through the helper that fits it to the screen."""
    walked, unread = walked_sites()
    assert len(walked) > 60
    beside = [f"{s.path}:{s.line}" for s in walked if not through_the_helper(s)]
    assert not beside, beside
    missing = {key: why for key, why in unread.items() if key not in ELSEWHERE}
    assert not missing, missing
    stale = set(ELSEWHERE) - set(unread)
    assert not stale, stale
