"""Aide › Guide d'utilisation: the user guide (``docs/guide/fr.md`` or ``en.md``) shown in the application.

The guide is Markdown read by a ``QTextBrowser`` from the installed files (``desktop/resources_data/guide``
in the wheel and the bundle, ``docs/guide`` in a checkout): nothing is fetched, nothing opens a browser.
Each language version links to the other; links outside the guide are not followed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.icons import resources_dir

CHECKOUT_GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide"


def guide_path(language: str) -> Path | None:
    """The guide in ``language`` ("fr" or "en"), French when that language has none; None if not installed."""
    for base in (resources_dir() / "guide", CHECKOUT_GUIDE):
        for name in (f"{language}.md", "fr.md"):
            if (base / name).is_file():
                return base / name
    return None


class GuideBrowser(QTextBrowser):
    """Follows links between the guide's own files only."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder.resolve()
        self.setOpenLinks(True)
        self.setOpenExternalLinks(False)

    def doSetSource(self, name: QUrl, kind):
        url = self.source().resolved(name) if name.isRelative() else name
        if url.isLocalFile() and Path(url.toLocalFile()).resolve().parent == self.folder:
            super().doSetSource(url, kind)


class UserGuideDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("Guide d'utilisation"))
        self.resize(760, 640)
        self.browser = GuideBrowser(path.parent, self)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
