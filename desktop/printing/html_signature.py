"""The signature block of the agreement sheet and the minutes: « Fait à Cannes, le 06/12/2026 », then
each signatory's title above the room for a signature and the name (``db.services.settings.Signature``)."""

from __future__ import annotations

import datetime as dt

from desktop.printing.html_common import GROUP, GROUP_END, date_text, esc

WORDS = {"fr": ("Fait à {place}, le {date}", "Fait le {date}"), "en": ("Done at {place}, on {date}", "Done on {date}")}


def signature_block(signature, signed_on: dt.date, language: str = "fr", *, two: bool = True) -> str:
    """The block, kept on one page; "" when no signatory is set (Préférences › Signature).

    ``two``: the second signatory signs beside the first (an agreement); the minutes have one.
    """
    if not signature:
        return ""
    people = signature.signatories if two else signature.signatories[:1]
    at, on = WORDS["en" if language == "en" else "fr"]
    date = date_text(signed_on, language)
    line = at.format(place=signature.place, date=date) if signature.place else on.format(date=date)
    width = 100 // len(people)
    cells = "".join(
        f"<td width='{width}%' class='signatory'><p class='signatory-title'>{esc(p.title) or '&nbsp;'}</p>"
        f"<p class='signature-room'>&nbsp;</p><p class='signatory-name'>{esc(p.name) or '&nbsp;'}</p></td>"
        for p in people)
    return (f"<p class='signature-place' {GROUP}>{esc(line)}</p>"
            f"<table class='signature' width='100%' cellspacing='0' cellpadding='0' border='0'><tr>{cells}</tr></table>"
            f"{GROUP_END}")
