"""Table models of the import wizard: rows and problems of the preview, duplicates to decide, past imports.

Texts are French in the source and translated when shown (``QT_TRANSLATE_NOOP`` marks the constants);
reasons produced by the importer are shown with ``reason_text`` in the language of the window.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from db.interchange.imports import plan as P
from db.interchange.imports import resolve as R
from db.interchange.imports.reasons import reason_text
from db.interchange.imports.row_plan import Problem, RowPlan
from desktop.widgets.language import counted, ui_language

CONTEXT = "ImportWizard"
SEVERITY = {"error": QT_TRANSLATE_NOOP("ImportWizard", "Ligne rejetée"),
            "warning": QT_TRANSLATE_NOOP("ImportWizard", "Avertissement"),
            "info": QT_TRANSLATE_NOOP("ImportWizard", "Remarque")}
DECISION_LABELS = {"skip": QT_TRANSLATE_NOOP("ImportWizard", "Ignorer"),
                   "fill": QT_TRANSLATE_NOOP("ImportWizard", "Compléter les champs vides"),
                   "overwrite": QT_TRANSLATE_NOOP("ImportWizard", "Écraser"),
                   "create": QT_TRANSLATE_NOOP("ImportWizard", "Créer quand même")}
KIND_LABELS = {"partner": QT_TRANSLATE_NOOP("ImportWizard", "Partenaires"),
               "agreement": QT_TRANSLATE_NOOP("ImportWizard", "Accords"),
               "contact": QT_TRANSLATE_NOOP("ImportWizard", "Contacts"),
               "event": QT_TRANSLATE_NOOP("ImportWizard", "Événements"),
               "session": QT_TRANSLATE_NOOP("ImportWizard", "Séances (programme)"),
               "followup": QT_TRANSLATE_NOOP("ImportWizard", "Suivi des actions"),
               "interaction": QT_TRANSLATE_NOOP("ImportWizard", "Échanges"),
               "budget": QT_TRANSLATE_NOOP("ImportWizard", "Budget par année")}
ROW_KINDS = {"partner": QT_TRANSLATE_NOOP("ImportWizard", "Partenaire"),
             "agreement": QT_TRANSLATE_NOOP("ImportWizard", "Accord"),
             "contact": QT_TRANSLATE_NOOP("ImportWizard", "Contact"),
             "event": QT_TRANSLATE_NOOP("ImportWizard", "Événement"),
             "session": QT_TRANSLATE_NOOP("ImportWizard", "Séance"),
             "followup": QT_TRANSLATE_NOOP("ImportWizard", "Suivi"),
             "interaction": QT_TRANSLATE_NOOP("ImportWizard", "Échange"),
             "budget": QT_TRANSLATE_NOOP("ImportWizard", "Ligne budgétaire")}


def tr(text: str) -> str:
    """``text`` (a French source string of the wizard) in the language of the window."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def decision_label(code: str) -> str:
    return tr(DECISION_LABELS[code])


def reason(text) -> str:
    """A reason or message of the importer (a ``Reason`` or plain text) in the language of the window."""
    return reason_text(text, ui_language())


def error_text(exc: Exception) -> str:
    """The message of an exception raised by the importer or a service, in the language of the window."""
    return reason(exc.args[0] if exc.args else str(exc))


class _Table(QAbstractTableModel):
    """A flat table of ``HEADERS`` columns (French, translated when shown) over the list ``_items()`` returns."""

    HEADERS: tuple[str, ...] = ()

    def _items(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None


class ProblemsModel(_Table):
    """Every problem of the plan; the value of a mapped cell can be corrected, a row excluded.

    Signals: ``plan_changed()`` after a correction or an exclusion.
    """

    COL_SHEET, COL_ROW, COL_COLUMN, COL_VALUE, COL_REASON, COL_SEVERITY, COL_EXCLUDED = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Feuille"), QT_TRANSLATE_NOOP("ImportWizard", "Ligne"),
               QT_TRANSLATE_NOOP("ImportWizard", "Colonne"), QT_TRANSLATE_NOOP("ImportWizard", "Valeur d'origine"),
               QT_TRANSLATE_NOOP("ImportWizard", "Problème"), QT_TRANSLATE_NOOP("ImportWizard", "Gravité"),
               QT_TRANSLATE_NOOP("ImportWizard", "Exclure"))
    EXCLUDED = "ligne exclue par vous"  # the entry standing for an exclusion (this very object, shown translated)
    plan_changed = Signal()

    def __init__(self, plan: P.ImportPlan | None = None, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.entries: list[tuple[Problem, RowPlan | None]] = []
        self.reload()

    def set_plan(self, plan: P.ImportPlan) -> None:
        self.plan = plan
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = []
        if self.plan is not None:
            # each problem with its own row (a relation list's cell naming several twins gives
            # several rows of one row number); a sheet's notes with the row of their number, if any
            rows = {(r.sheet, r.row): r for r in self.plan.all_rows()}
            entries = [(p, rows.get((p.sheet, p.row))) for sheet in self.plan.sheets for p in sheet.notes]
            for row in self.plan.all_rows():
                entries.extend((p, row) for p in row.problems)
                if row.status == "excluded":
                    entries.append((Problem(row.sheet, row.row, "", "", self.EXCLUDED, "info"), row))
            self.entries = sorted(entries, key=lambda entry: (entry[0].sheet, entry[0].row))
        self.endResetModel()

    def _items(self) -> list:
        return self.entries

    def _column_index(self, problem: Problem) -> int | None:
        if not problem.column or self.plan is None:
            return None
        sheet = next((s for s in self.plan.sheets if s.table.sheet == problem.sheet), None)
        if sheet is None or sheet.table.layout != "table":
            return None
        return next((c.index for c in sheet.table.columns if c.header == problem.column), None)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        problem, row = self.entries[index.row()]
        if index.column() == self.COL_VALUE and row is not None and self._column_index(problem) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.COL_EXCLUDED and row is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _reason(self, problem: Problem) -> str:
        return self.tr("ligne exclue par vous") if problem.reason is self.EXCLUDED else reason(problem.reason)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem, row = self.entries[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_REASON:
                return self._reason(problem)
            if col == self.COL_SEVERITY:
                return tr(SEVERITY[problem.severity]) if problem.severity in SEVERITY else problem.severity
            return {self.COL_SHEET: problem.sheet, self.COL_ROW: problem.row, self.COL_COLUMN: problem.column,
                    self.COL_VALUE: problem.value}.get(col)
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_EXCLUDED and row is not None:
            return Qt.CheckState.Checked if row.status == "excluded" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and problem.severity == "error":
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_VALUE:
            hint = self.tr("Double-cliquez pour corriger la valeur avant l'import")
            editable = self.flags(index) & Qt.ItemFlag.ItemIsEditable
            return "\n".join(x for x in (str(problem.value or ""), hint if editable else "") if x) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_REASON:
            return self._reason(problem)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        problem, row = self.entries[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COL_EXCLUDED and row is not None:
            state = value.value if hasattr(value, "value") else value
            if not P.exclude_rows(self.plan, [row], state == Qt.CheckState.Checked.value):
                return False
        elif role == Qt.ItemDataRole.EditRole and index.column() == self.COL_VALUE and row is not None:
            column = self._column_index(problem)
            if column is None:
                return False
            P.correct(self.plan, row, column, str(value).strip() or None)
        else:
            return False
        self.reload()
        self.plan_changed.emit()
        return True


class RowsModel(_Table):
    """Every row of the file that would become a record, with what will happen to it; any row can be excluded.

    Signals: ``plan_changed()`` after an exclusion.
    """

    COL_SHEET, COL_ROW, COL_KIND, COL_NAME, COL_STATE, COL_EXCLUDED = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Feuille"), QT_TRANSLATE_NOOP("ImportWizard", "Ligne"),
               QT_TRANSLATE_NOOP("ImportWizard", "Type"), QT_TRANSLATE_NOOP("ImportWizard", "Fiche"),
               QT_TRANSLATE_NOOP("ImportWizard", "Sort de la ligne"), QT_TRANSLATE_NOOP("ImportWizard", "Exclure"))
    plan_changed = Signal()

    def __init__(self, plan: P.ImportPlan | None = None, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.rows: list[RowPlan] = []
        self.reload()

    def set_plan(self, plan: P.ImportPlan) -> None:
        self.plan = plan
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = [] if self.plan is None else [r for r in self.plan.all_rows() if r.status != "ignored"]
        self.endResetModel()

    def _items(self) -> list:
        return self.rows

    def state(self, row: RowPlan) -> str:
        if row.status == "excluded":
            return self.tr("exclue par vous : ne sera pas importée")
        if row.status == "rejected":
            return self.tr("rejetée (voir les problèmes)")
        if row.status == "merged":
            return self.tr("doublon de la ligne {0} : fusionnée avec elle").format(row.merged_into)
        if row.match:
            decision = decision_label(row.decision or self.plan.on_duplicate)
            return self.tr("déjà dans le catalogue : {0}").format(decision[:1].lower() + decision[1:])
        return self.tr("à importer")

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.COL_EXCLUDED else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_SHEET:
                return row.sheet
            if col == self.COL_ROW:
                return row.row
            if col == self.COL_KIND:
                return tr(ROW_KINDS[row.kind]) if row.kind in ROW_KINDS else row.kind
            if col == self.COL_NAME:
                return R.display(row)
            if col == self.COL_STATE:
                return self.state(row)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_EXCLUDED:
            return Qt.CheckState.Checked if row.status == "excluded" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ("excluded", "rejected"):
            return QBrush(QColor("#b00020" if row.status == "rejected" else "#707070"))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_EXCLUDED:
            return False
        state = value.value if hasattr(value, "value") else value
        return self.exclude([index.row()], state == Qt.CheckState.Checked.value)

    def exclude(self, rows: list[int], excluded: bool = True) -> bool:
        """Exclude (or bring back) the rows at these positions; False when nothing changed."""
        if not P.exclude_rows(self.plan, [self.rows[i] for i in rows], excluded):
            return False
        self.reload()
        self.plan_changed.emit()
        return True


class DuplicatesModel(_Table):
    """Rows whose record exists in the catalogue, or whose name looks like another: one decision each."""

    COL_SHEET, COL_ROW, COL_NAME, COL_MATCH, COL_DECISION = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Feuille"), QT_TRANSLATE_NOOP("ImportWizard", "Ligne"),
               QT_TRANSLATE_NOOP("ImportWizard", "Dans le fichier"),
               QT_TRANSLATE_NOOP("ImportWizard", "Dans le catalogue / nom proche"),
               QT_TRANSLATE_NOOP("ImportWizard", "Décision"))

    def __init__(self, plan: P.ImportPlan | None = None, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.rows: list[RowPlan] = []
        self.reload()

    def set_plan(self, plan):
        self.plan = plan
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        if self.plan is not None:
            self.rows = [r for r in self.plan.all_rows() if r.status == "ok" and (r.match or r.lookalikes)]
        self.endResetModel()

    def _items(self) -> list:
        return self.rows

    def decision(self, row: RowPlan) -> str:
        return row.decision or self.plan.on_duplicate

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == self.COL_SHEET:
            return row.sheet
        if col == self.COL_ROW:
            return row.row
        if col == self.COL_NAME:
            return R.display(row)
        if col == self.COL_MATCH:
            if row.match:
                return self.tr("{0} (même fiche)").format(row.match["name"])
            return self.tr("ressemble à : {0} — non fusionné").format(", ".join(row.lookalikes))
        if col == self.COL_DECISION:
            return decision_label(self.decision(row)) if row.match else self.tr("Créer (nom proche seulement)")
        return None

    def set_decision(self, rows: list[int], decision: str) -> None:
        for i in rows:
            if self.rows[i].match:
                self.rows[i].decision = decision
        if rows:
            self.dataChanged.emit(self.index(min(rows), self.COL_DECISION), self.index(max(rows), self.COL_DECISION))


class HistoryModel(_Table):
    """Past imports, newest first."""

    COL_ID, COL_DATE, COL_FILE, COL_ACTOR, COL_COUNTS, COL_STATE = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "N°"), QT_TRANSLATE_NOOP("ImportWizard", "Date"),
               QT_TRANSLATE_NOOP("ImportWizard", "Fichier"), QT_TRANSLATE_NOOP("ImportWizard", "Par"),
               QT_TRANSLATE_NOOP("ImportWizard", "Fiches"), QT_TRANSLATE_NOOP("ImportWizard", "État"))

    def __init__(self, history: list[dict], parent=None):
        super().__init__(parent)
        self.items = history

    def set_history(self, history: list[dict]) -> None:
        self.beginResetModel()
        self.items = history
        self.endResetModel()

    def _items(self) -> list:
        return self.items

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b = self.items[index.row()]
        col = index.column()
        if col == self.COL_ID:
            return b["id"]
        if col == self.COL_DATE:
            return b["imported_at"].astimezone().strftime("%d/%m/%Y %H:%M")
        if col == self.COL_FILE:
            return b["file_name"]
        if col == self.COL_ACTOR:
            return b["actor"] or ""
        if col == self.COL_COUNTS:
            created = sum(c.get("created", 0) for c in b["counts"].values())
            updated = sum(c.get("updated", 0) for c in b["counts"].values())
            return (counted(created, (self.tr("{0} créée"), self.tr("{0} créées"))) + ", "
                    + counted(updated, (self.tr("{0} mise à jour"), self.tr("{0} mises à jour"))))
        if col == self.COL_STATE:
            if b["undone_at"]:
                return self.tr("annulé le {0}").format(f"{b['undone_at'].astimezone():%d/%m/%Y %H:%M}")
            return self.tr("en place")
        return None
