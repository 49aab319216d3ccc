"""The main dialogs lay out without clipped or overlapping labels on a 1366×768 screen at 100 %,
125 %, 150 % and 200 % (Windows' « 150 % » leaves 910×512 logical pixels, « 200 % » 683×384), less
a 40-pixel task bar, in French and in English.

At 200 % every dialog walked here still fits the screen at its minimum size; a dialog that did
not would have to scroll, and its labels must still have their room — the check is the same.

Each dialog is shown at its natural size, bounded by the screen; every visible label must have
the room its text needs (a one-line label: its text's width; a wrapped label: the height its text
takes at its width), no two labels may overlap, and the dialog's minimum size must fit the screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from db.schemas import ContactIn, PartnerIn
from db.services import Services
from desktop.settings import Settings
from desktop.views.record_page import split_sizes

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.usefixtures("french_locale")]

SCREENS = {  # logical pixels, less the task bar (40 pixels of the screen)
    "1366x768": QSize(1366, 728),
    "1366x768 à 125 %": QSize(1093, 582),
    "1366x768 à 150 %": QSize(910, 485),
    "1366x768 à 200 %": QSize(683, 364),
}


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText
                                                          and "<" in text and ">" in text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def problems(dialog: QWidget, screen: QSize) -> list[str]:
    """Clipped labels, overlapping labels and a minimum size larger than the screen, in words."""
    found = []
    minimum = dialog.minimumSizeHint()
    if minimum.width() > screen.width() or minimum.height() > screen.height():
        found.append(f"{dialog.objectName()}: minimum {minimum.width()}×{minimum.height()} > écran")
    labels = [w for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog) and _plain(w).strip()
              and w.pixmap().isNull()]
    rects = []
    for label in labels:
        room = label.contentsRect()
        text = _plain(label)
        metrics = label.fontMetrics()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"« {text[:40]} » coupé : {needed} px de haut pour {label.height()}")
        else:
            widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [text])
            if widest > room.width() + 1:
                found.append(f"« {text[:40]} » coupé : {widest} px de large pour {room.width()}")
        shown = label.visibleRegion().boundingRect()  # a field scrolled out of its panel's sight is not over another
        rects.append((label, QRect(label.mapTo(dialog, shown.topLeft()), shown.size())))
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a) or a.window() is not b.window():
                continue
            if ra.intersected(rb).width() > 2 and ra.intersected(rb).height() > 2 and _same_page(a, b):
                found.append(f"« {_plain(a)[:30]} » et « {_plain(b)[:30]} » se chevauchent")
    return found


def _same_page(a: QWidget, b: QWidget) -> bool:
    """Both on the page shown (labels of two tabs are never both visible)."""
    return a.isVisible() and b.isVisible()


def walk(qtbot, dialog: QWidget, screen: QSize) -> list[str]:
    """Every tab of the dialog shown in turn at its natural size within the screen; the problems of each."""
    qtbot.addWidget(dialog)
    found = []
    tabs = dialog.findChildren(QTabWidget)
    pages = range(tabs[0].count()) if tabs else [None]
    for page in pages:
        if page is not None:
            tabs[0].setCurrentIndex(page)
        dialog.adjustSize()
        dialog.resize(dialog.sizeHint().boundedTo(screen).expandedTo(dialog.minimumSizeHint().boundedTo(screen)))
        dialog.show()
        qtbot.waitExposed(dialog)
        found += problems(dialog, screen)
    dialog.hide()
    return found


def dialogs(services):
    from desktop.views.backups_dialog import BackupsDialog
    from desktop.views.duplicates_dialog import DuplicatesDialog
    from desktop.views.map_view import MapDialog
    from desktop.views.merge_dialog import MergeDialog
    from desktop.views.preferences import PreferencesDialog
    from desktop.views.server_dialog import ServerDialog
    from desktop.views.trash_dialog import TrashDialog

    busan, pusan = (p.id for p in services.list("partner") if p.name in ("Busan", "Pusan"))
    return {
        "préférences": lambda: PreferencesDialog(Settings(), None, services),
        "sauvegardes": lambda: BackupsDialog(services.catalog),
        "doublons": lambda: DuplicatesDialog(services),
        "fusion": lambda: MergeDialog(services, "partner", busan, pusan),
        "corbeille": lambda: TrashDialog(services),
        "serveur": lambda: ServerDialog(),
        "carte": lambda: MapDialog(services),
    }


@pytest.fixture
def services(demo_catalog):
    s = Services(demo_catalog, actor="test")
    s.create("partner", PartnerIn(name="Pusan", country="KR", city="Busan", description="Doublon de Busan."))
    s.create("contact", ContactIn(first_name="Lan", last_name="Nguyen", emails=["lan@hue.vn"]))
    return s


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("screen", SCREENS)
def test_main_dialogs_fit_without_clipped_or_overlapping_labels(qtbot, services, screen, language, request):
    if language == "en":   # English words are of other lengths: each dialog is walked in both languages
        request.getfixturevalue("english")
    found = {}
    for name, make in dialogs(services).items():
        issues = walk(qtbot, make(), SCREENS[screen])
        if issues:
            found[name] = issues
    assert not found, found


@pytest.mark.parametrize("screen", SCREENS)
def test_preferences_fit_with_the_missing_city_said(qtbot, catalog, screen):
    """A new catalogue has no city: « Ville » says so under the field, and the dialog still fits."""
    from desktop.views.preferences import PreferencesDialog

    dialog = PreferencesDialog(Settings(), None, Services(catalog, actor="test"))
    assert not walk(qtbot, dialog, SCREENS[screen])
    assert not dialog.city_missing.isHidden()   # shown on the « Service » tab, walked above


def test_the_check_sees_a_clipped_label(qtbot):
    """The check itself: a label narrower than its text is reported."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    label = QLabel("Un libellé bien trop long pour la place qu'on lui laisse ici", dialog)
    label.setFixedWidth(60)
    layout.addWidget(label)
    qtbot.addWidget(dialog)
    dialog.show()
    assert any("coupé" in p for p in problems(dialog, SCREENS["1366x768"]))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_agreements_list_shows_its_status_beside_the_form_at_1366x768(qtbot, demo_catalog, language, request):
    """At 1366×768 the agreements' Statut and Échéance columns are in sight without scrolling sideways,
    in French and in English."""
    if language == "en":
        request.getfixturevalue("english")
    window = request.getfixturevalue("main_window")   # built in the language chosen
    assert window.kind_labels()["agreement"] == ("Agreements" if language == "en" else "Accords")
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("agreement")
    page = window.pages["agreement"]
    qtbot.waitUntil(lambda: page.list.model.rowCount() > 0 and page.list._fitted, timeout=5000)
    page.splitter.setSizes(split_sizes(page.splitter.width(), page.fontMetrics().horizontalAdvance("n")))
    qtbot.wait(50)
    header = page.list.table.horizontalHeader()
    viewport = page.list.table.viewport().width()
    for key in ("title", "status", "ends_on"):
        logical = page.list.model.column_of(key)
        right = header.sectionViewportPosition(logical) + header.sectionSize(logical)
        assert header.sectionViewportPosition(logical) >= 0 and right <= viewport, (key, right, viewport)
