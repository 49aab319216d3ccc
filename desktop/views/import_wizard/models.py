"""Table models of the import wizard: problems of the preview, duplicates to decide, past imports."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from db.interchange.imports import plan as P
from db.interchange.imports.rows import Problem, RowPlan

SEVERITY = {"error": "Ligne rejetée", "warning": "Avertissement", "info": "Remarque"}
DECISION_LABELS = {"skip": "Ignorer", "fill": "Compléter les champs vides", "overwrite": "Écraser",
                   "create": "Créer quand même"}


class _Table(QAbstractTableModel):
    """A flat table of ``HEADERS`` columns over the list ``_items()`` returns."""

    HEADERS: tuple[str, ...] = ()

    def _items(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class ProblemsModel(_Table):
    """Every problem of the plan; the value of a mapped cell can be corrected, a row excluded.

    Signals: ``plan_changed()`` after a correction or an exclusion.
    """

    COL_SHEET, COL_ROW, COL_COLUMN, COL_VALUE, COL_REASON, COL_SEVERITY, COL_EXCLUDED = range(7)
    HEADERS = ("Feuille", "Ligne", "Colonne", "Valeur d'origine", "Problème", "Gravité", "Exclure")
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
            rows = {(r.sheet, r.row): r for r in self.plan.all_rows()}
            excluded = [Problem(r.sheet, r.row, "", "", "ligne exclue par vous", "info")
                        for r in self.plan.all_rows() if r.status == "excluded"]
            for problem in sorted(self.plan.problems() + excluded, key=lambda p: (p.sheet, p.row)):
                self.entries.append((problem, rows.get((problem.sheet, problem.row))))
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

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem, row = self.entries[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {self.COL_SHEET: problem.sheet, self.COL_ROW: problem.row, self.COL_COLUMN: problem.column,
                    self.COL_VALUE: problem.value, self.COL_REASON: problem.reason,
                    self.COL_SEVERITY: SEVERITY.get(problem.severity, problem.severity)}.get(col)
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_EXCLUDED and row is not None:
            return Qt.CheckState.Checked if row.status == "excluded" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and problem.severity == "error":
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_VALUE and self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return "Double-cliquez pour corriger la valeur avant l'import"
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        problem, row = self.entries[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COL_EXCLUDED and row is not None:
            state = value.value if hasattr(value, "value") else value
            P.exclude(self.plan, row, state == Qt.CheckState.Checked.value)
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


class DuplicatesModel(_Table):
    """Rows whose record exists in the catalogue, or whose name looks like another: one decision each."""

    COL_SHEET, COL_ROW, COL_NAME, COL_MATCH, COL_DECISION = range(5)
    HEADERS = ("Feuille", "Ligne", "Dans le fichier", "Dans le catalogue / nom proche", "Décision")

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
            return P.display(row)
        if col == self.COL_MATCH:
            if row.match:
                return f"{row.match['name']} (même fiche)"
            return "ressemble à : " + ", ".join(row.lookalikes) + " — non fusionné"
        if col == self.COL_DECISION:
            return DECISION_LABELS[self.decision(row)] if row.match else "Créer (nom proche seulement)"
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
    HEADERS = ("N°", "Date", "Fichier", "Par", "Fiches", "État")

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
            return f"{created} créée(s), {updated} mise(s) à jour"
        if col == self.COL_STATE:
            return f"annulé le {b['undone_at'].astimezone():%d/%m/%Y %H:%M}" if b["undone_at"] else "en place"
        return None
