"""The Atlas's type of a partner authority, told from the catalogue's partner kind and its name.

The Atlas of decentralised cooperation (CNCD) records, for each cooperation, the foreign local
authority and its level: a municipality, a grouping of municipalities, a region or province, a
federated state, or another local authority. The catalogue knows two kinds of authority (« Ville /
collectivité », « Territoire / région »); the level is told by the words of the name:

- a city is a municipality, unless its name says a grouping (« Communauté urbaine de Douala »,
  « Métropole de Lyon », « Mancomunidad… »);
- a territory is a federated state when its name says so (« État de Bahia », « Land Brandenburg »,
  « Freistaat Sachsen », « Canton de Vaud », « State of Kerala »), a region or province when its name
  says that (« Région de Dakar », « Provincia di Torino », « Préfecture de Shizuoka », « Oblast de
  Lviv », « Gouvernorat de Sousse », « Wilaya d'Alger », « Kent County »), a grouping as above;
- a territory whose name says none of these has no type: the export flags it, as a missing field,
  for the office to say (its name alone cannot tell a region from a state or a county).

Qt-free; the labels are French first, English second, like ``db.schemas.vocab``.
"""

from __future__ import annotations

import re

from db.text import fold

_NOT_WORD = re.compile(r"[^a-z0-9]+")

TYPES = {
    "municipality": ("Commune / municipalité", "Municipality"),
    "intercommunality": ("Intercommunalité / groupement de communes", "Intercommunality / grouping of municipalities"),
    "region": ("Région / province", "Region / province"),
    "state": ("État fédéré", "State / federated entity"),
    "other": ("Autre autorité locale", "Other local authority"),
}
# words of a name (folded) that say its level, the longer phrases first
WORDS = {
    "intercommunality": ("communaute urbaine", "communaute de communes", "communaute d agglomeration",
                         "communaute de villes", "metropole", "agglomeration", "intercommunal", "mancomunidad",
                         "unione dei comuni", "comunidade intermunicipal", "syndicat intercommunal", "gemeindeverband"),
    "state": ("etat de", "etat du", "etat d", "state of", "estado de", "estado do", "land", "bundesland", "freistaat",
              "canton", "kanton", "republique autonome", "federated"),
    "region": ("region", "regione", "regiao", "province", "provincia", "provincie", "prefecture", "departement",
               "departamento", "comte", "county", "oblast", "voivodie", "voivodeship", "wojewodztwo", "gouvernorat",
               "governorate", "wilaya", "kraj", "comunidad autonoma", "generalitat", "landkreis", "kreis",
               "district"),
}


def atlas_type(kind: str | None, name: str | None) -> str | None:
    """The Atlas type code of a partner of this catalogue kind and name, or None when it cannot be told."""
    text = f" {' '.join(_NOT_WORD.sub(' ', fold(name or '')).split())} "
    said = next((code for code, words in WORDS.items() if any(f" {w} " in text for w in words)), None)
    if kind == "city":
        return "intercommunality" if said == "intercommunality" else "municipality"
    if kind == "territory":
        return said
    return None


def label(code: str | None, language: str = "fr") -> str:
    if not code:
        return ""
    fr, en = TYPES.get(code, (code, code))
    return en if language == "en" else fr
