"""French for the few strings of Qt's own dialogs that Qt's ``qtbase_fr`` catalogue lacks.

Qt 6 renamed some labels of its file and print dialogs ("&Look in:", "Files of &type:",
"Page &Set:") and its French catalogue still has only the old wordings, so the file dialog read
"Look in:" beside "Nom de fichier :". This translator, installed after ``qtbase_fr``, answers
those strings only and lets every other one fall through to Qt's catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

MISSING = {  # Qt source text -> French (the narrow no-break space Qt's own catalogue uses before ":")
    "&Look in:": "&Voir dans\u00a0:",
    "Files of &type:": "&Fichiers de type\u00a0:",
    "Page &Set:": "&Jeu de pages\u00a0:",
}


class QtFrench(QTranslator):
    """Answers the strings of ``MISSING`` in any context; None (not translated here) for the rest."""

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt override
        return MISSING.get(source)

    def isEmpty(self) -> bool:  # Qt override
        return False
