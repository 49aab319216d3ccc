"""Times of day as offices write them: 09:30, 9h30, 11h, 14 h 00, Excel times."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from pydantic_core import PydanticCustomError

_TIME = re.compile(r"^(\d{1,2})\s*(?:h|:|\.)\s*(\d{2})?(?::\d{2})?$", re.IGNORECASE)


def normalise_time(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, float) and 0 <= value < 1:  # Excel fraction of a day
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    text = unicodedata.normalize("NFKC", str(value)).strip()   # « １０：００ »: full-width digits and colon
    if not text:
        return None
    text = re.split(r"\s*[-–~à]\s*", text)[0]  # "9h30 - 11h", "10:00 ~ 10:30" -> start time
    text = re.sub(r"\s*(uhr|hrs?|heures?|horas?|ore)\.?$", "", text, flags=re.IGNORECASE)   # "15:30 Uhr"
    twelve = re.match(r"^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\.?$", text, re.IGNORECASE)   # "2:30 PM"
    if twelve:
        hour = int(twelve[1]) % 12 + (12 if twelve[3].lower() == "p" else 0)
        text = f"{hour}:{twelve[2] or '00'}"
    m = _TIME.match(text) or re.match(r"^(\d{1,2})\s*h$", text, re.IGNORECASE)
    if m:
        hour, minute = int(m[1]), int(m.groups()[1] or 0) if len(m.groups()) > 1 else 0
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise PydanticCustomError("time_invalid", "time_invalid: {value}", {"value": text})
