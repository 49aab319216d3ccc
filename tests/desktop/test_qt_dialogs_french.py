"""Qt's own dialogs speak French: the file dialog's labels come from Qt's qtbase_fr catalogue."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from desktop import i18n


def test_file_dialog_labels_are_french(qtbot):
    app = QApplication.instance()
    translators = i18n.install(app, "fr")
    try:
        dialog = QFileDialog(None, "Importer un classeur")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert texts["lookInLabel"].replace("&", "").startswith("Voir dans")
        assert texts["fileTypeLabel"].replace("&", "").startswith("Fichiers de type")
        assert "Look in" not in " ".join(texts.values())
    finally:
        i18n.remove(app, translators)
        QLocale.setDefault(QLocale.c())
