"""The import wizard (file → mapping → preview → duplicates → run) and the import history dialog."""

from desktop.views.import_wizard.history import ImportHistoryDialog
from desktop.views.import_wizard.wizard import ImportWizard

__all__ = ["ImportHistoryDialog", "ImportWizard"]
