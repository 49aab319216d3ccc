"""Item models of the dashboard's panels, built from a ``db.services.dashboard.Dashboard`` snapshot.

Due states are shown by words AND colour together: red "En retard de 3 jours", orange within
seven days. Rows that stand for a record carry its kind and public id in ``KIND_ROLE``/``ID_ROLE``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from db.schemas import vocab
from db.services.dashboard import Dashboard
from db.services.dates import due_state, due_words
from desktop.widgets.language import ui_language

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
VERSION_ROLE = Qt.ItemDataRole.UserRole + 3

RED = QColor("#b3261e")
ORANGE = QColor("#a85400")
GREY = QColor("#5f6368")
STATE_COLOURS = {"overdue": RED, "today": ORANGE, "soon": ORANGE}
GROUP_COLOURS = {"overdue": RED, "today": ORANGE, "week": ORANGE, "expired": RED, "0": RED, "30": ORANGE}

FOLLOWUP_COLUMNS = (QT_TRANSLATE_NOOP("Dashboard", "Suivi"), QT_TRANSLATE_NOOP("Dashboard", "Échéance"),
                    QT_TRANSLATE_NOOP("Dashboard", "État"), QT_TRANSLATE_NOOP("Dashboard", "Concerne"))
# the partners go with the title (when it does not name them already): on a 1366×768 screen the title
# needs the room a partners column would take
AGREEMENT_COLUMNS = (QT_TRANSLATE_NOOP("Dashboard", "Accord"), QT_TRANSLATE_NOOP("Dashboard", "Échéance"))
QUIET_COLUMNS = (QT_TRANSLATE_NOOP("Dashboard", "Partenaire"), QT_TRANSLATE_NOOP("Dashboard", "Pays"),
                 QT_TRANSLATE_NOOP("Dashboard", "Dernier contact"))
EVENT_COLUMNS = (QT_TRANSLATE_NOOP("Dashboard", "Événement"), QT_TRANSLATE_NOOP("Dashboard", "Dates"),
                 QT_TRANSLATE_NOOP("Dashboard", "Lieu"))


def tr(text: str) -> str:
    """A string marked with ``_t`` (or one of the column names), in the interface's language."""
    return QCoreApplication.translate("Dashboard", text)





def _item(text: str = "", *, colour: QColor | None = None, bold: bool = False, tip: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if colour is not None:
        item.setForeground(QBrush(colour))
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if tip:
        item.setToolTip(tip)
    return item


EMPTY_ROLE = Qt.ItemDataRole.UserRole + 4  # the one row of an empty panel, saying why and what to do


def _empty(model: QStandardItemModel, text: str) -> None:
    """An empty panel's one row: grey, in italics, not a record (its first column spans the row)."""
    item = _item(text, colour=GREY, tip=text)
    font = QFont()
    font.setItalic(True)
    item.setFont(font)
    item.setSelectable(False)
    item.setData(True, EMPTY_ROLE)
    model.appendRow([item] + [_item() for _ in range(model.columnCount() - 1)])


def _record(item: QStandardItem, kind: str, public_id: str) -> QStandardItem:
    item.setData(kind, KIND_ROLE)
    item.setData(public_id, ID_ROLE)
    return item


def _header(model: QStandardItemModel, columns) -> None:
    model.setHorizontalHeaderLabels([tr(c) for c in columns])


def _group_row(text: str, columns: int, colour: QColor | None) -> list[QStandardItem]:
    return [_item(text, colour=colour, bold=True)] + [_item() for _ in range(columns - 1)]


def followup_model(board: Dashboard, by_owner: bool = True, parent=None) -> QStandardItemModel:
    """Groups (overdue, today, this week, later) > owners > follow-ups; a check box marks one done."""
    model = QStandardItemModel(parent)
    _header(model, FOLLOWUP_COLUMNS)
    for group in board.followups:
        shown = len(group.items)
        count = f"{group.total}" if shown == group.total else f"{shown} sur {group.total}"
        colour = GROUP_COLOURS.get(group.key) if group.total else GREY
        top = _group_row(f"{group.label(ui_language())} — {count}", len(FOLLOWUP_COLUMNS), colour)
        top[0].setData(group.key, KIND_ROLE)
        model.appendRow(top)
        owners: dict[str, QStandardItem] = {}
        for f in group.items:
            parent_item = top[0]
            if by_owner:
                owner = f.owner or ""
                if owner not in owners:
                    label = owner or QCoreApplication.translate("Dashboard", "Sans responsable")
                    row = _group_row(f"{label} ({group.by_owner.get(owner, 0)})", len(FOLLOWUP_COLUMNS), None)
                    top[0].appendRow(row)
                    owners[owner] = row[0]
                parent_item = owners[owner]
            state = due_state(f.due_on, board.today, f.status)
            colour = STATE_COLOURS.get(state)
            title = _record(_item(f.title, tip=QCoreApplication.translate("Dashboard", "Cocher pour marquer comme fait ; double-clic pour ouvrir")),
                            "followup", f.id)
            title.setCheckable(True)
            title.setCheckState(Qt.CheckState.Unchecked)
            if f.priority == "high":
                title.setText(f"{f.title}  ⚑")
                title.setToolTip(QCoreApplication.translate("Dashboard", "Priorité haute") + " — " + title.toolTip())
            due = _record(_item(f.due_on.display("fr") if f.due_on else "—"), "followup", f.id)
            if f.due_on is not None and f.due_on.precision != "day":
                due.setToolTip(QCoreApplication.translate("Dashboard", "Au plus tard le {d}").format(d=f"{f.due_date:%d/%m/%Y}"))
            words = due_words(f.due_on, board.today, f.status, ui_language())
            if not by_owner and f.owner:
                words = f"{words} · {f.owner}"
            state_item = _record(_item(words, colour=colour, bold=state == "overdue"), "followup", f.id)
            link = _item(f.link_name or "")
            if f.link_kind:
                _record(link, f.link_kind, f.link_id)
                link.setToolTip(QCoreApplication.translate("Dashboard", "Double-clic pour ouvrir cette fiche"))
            parent_item.appendRow([title, due, state_item, link])
    return model


def _when(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("Dashboard", "aujourd'hui")
    if days > 0:
        return QCoreApplication.translate("Dashboard", "demain") if days == 1 else QCoreApplication.translate("Dashboard", "dans {n} j").format(n=days)
    return QCoreApplication.translate("Dashboard", "il y a {n} j").format(n=-days)


def agreement_model(board: Dashboard, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    _header(model, AGREEMENT_COLUMNS)
    for group in board.agreements:
        colour = GROUP_COLOURS.get(group.key) if group.total else GREY
        top = _group_row(f"{group.label(ui_language())} — {group.total}", len(AGREEMENT_COLUMNS), colour)
        model.appendRow(top)
        for a in group.items:
            if a.milestone == "notice":
                what = QCoreApplication.translate("Dashboard", "préavis au {d}").format(d=f"{a.date:%d/%m/%Y}")
                tip = QCoreApplication.translate("Dashboard", "Reconduction tacite : dernier jour pour dénoncer l'accord "
                                                 "(préavis de {n} mois).").format(n=a.notice_months)
            elif a.milestone == "renewal":
                what = QCoreApplication.translate("Dashboard", "reconduction tacite le {d}").format(d=f"{a.date:%d/%m/%Y}")
                tip = QCoreApplication.translate("Dashboard", "Reconduction tacite sans préavis : l'accord se renouvelle de lui-même.")
            elif a.milestone == "expired":
                what = QCoreApplication.translate("Dashboard", "expiré le {d}").format(d=f"{a.date:%d/%m/%Y}")
                tip = QCoreApplication.translate("Dashboard", "L'accord a pris fin mais son statut est toujours « {s} ».").format(
                    s=vocab.AGREEMENT_STATUS.label(a.status, ui_language()))
            else:
                what = QCoreApplication.translate("Dashboard", "fin le {d}").format(d=f"{a.date:%d/%m/%Y}")
                tip = None
            full = f"{a.title} — {a.partners}" if a.partners and a.partners not in a.title else a.title
            row = [_item(full, tip=f"{full}\n{tip}" if tip else full),
                   _item(f"{what} ({_when(a.days)})", colour=colour, bold=a.days <= 0, tip=tip)]
            for cell in row:
                _record(cell, "agreement", a.id)
            top[0].appendRow(row)
    return model


def quiet_model(board: Dashboard, parent=None) -> QStandardItemModel:
    from db.countries import country_name

    model = QStandardItemModel(parent)
    _header(model, QUIET_COLUMNS)
    for p in board.quiet:
        if p.last_contact is None:
            last = _item(QCoreApplication.translate("Dashboard", "jamais"), colour=GREY)
        else:
            months = (board.today.year - p.last_contact.year) * 12 + board.today.month - p.last_contact.month
            ago = QCoreApplication.translate("Dashboard", "il y a {n} mois").format(n=months)
            last = _item(f"{p.last_contact:%d/%m/%Y} ({ago})")
        row = [_item(p.name), _item(country_name(p.country, ui_language()) or ""), last]
        for cell in row:
            _record(cell, "partner", p.id)
        model.appendRow(row)
    if not board.quiet:
        _empty(model, QCoreApplication.translate(
            "Dashboard", "Chaque partenaire a eu un échange depuis moins de {n} mois : rien à relancer.").format(
            n=board.quiet_months))
    return model


def _dates(e) -> str:
    if e.starts_on is None:
        return ""
    if e.ends_on and e.ends_on != e.starts_on:
        return f"{e.starts_on.display('fr')} → {e.ends_on.display('fr')}"
    return e.starts_on.display("fr")


def event_model(board: Dashboard, parent=None) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    _header(model, EVENT_COLUMNS)
    for e in board.events:
        start = e.starts_on.first_day() if e.starts_on else None
        under_way = start is not None and start <= board.today
        running = QCoreApplication.translate("Dashboard", "en cours")
        title = _item(e.title + (f"  ({running})" if under_way else ""), tip=vocab.EVENT_KIND.label(e.kind, ui_language()))
        row = [title, _item(_dates(e)), _item(e.place or "")]
        for cell in row:
            _record(cell, "event", e.id)
        model.appendRow(row)
    if not board.events:
        _empty(model, QCoreApplication.translate(
            "Dashboard", "Aucun événement dans les six mois (Événements, Ctrl+4, pour en ajouter)."))
    return model


def heading(today: dt.date) -> str:
    """The day in full in the interface's language ("Dimanche 22 novembre 2026"); Qt's locale data, not Babel's (slow to load at start-up)."""
    text = QLocale().toString(QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat)
    return text[:1].upper() + text[1:]
