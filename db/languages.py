"""The languages the code reads and writes, in one place: what locale data the application needs.

- ``INTERFACE``: the window, the printouts and the command line speak French and English (Babel
  formats their numbers and money, CLDR names the countries in lists and printouts);
- ``COUNTRY_NAMES``: a country typed in a form or a spreadsheet is recognised in these languages
  (``db.countries``: CLDR territory names from Babel, ISO names from pycountry's catalogues
  ``PYCOUNTRY_DOMAINS``).

``packaging/passerelles.spec`` keeps exactly ``bundled_locales()`` of Babel's and pycountry's data
(through ``packaging/bundle_resources.py``): a language added here is carried by the bundle, with no
second list to keep in step.
"""

from __future__ import annotations

INTERFACE = ("fr", "en")
# the import's headings' languages first (their names win a clash), then those of the lists a
# twinned city receives: Central, Northern and Eastern Europe, Turkey, East Asia, the Arab world
COUNTRY_NAMES = ("fr", "en", "de", "es", "it", "pt", "nl", "pl",
                 "cs", "sk", "hu", "ro", "sv", "da", "fi", "no", "hr", "sl", "tr", "el", "ru", "uk", "bg",
                 "ja", "zh", "ko", "ar")
PYCOUNTRY_DOMAINS = ("iso3166-1", "iso3166-3")   # current countries, former countries


def bundled_locales() -> tuple[str, ...]:
    """Every language whose locale data some code path loads, interface first."""
    return tuple(dict.fromkeys(INTERFACE + COUNTRY_NAMES))
