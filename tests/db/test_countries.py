"""Countries as offices write them: six languages, current and former names, shorthands, UK nations."""

import pytest

from db.countries import all_countries, country_and_nation, country_code, country_name

SPELLINGS = {
    "TR": ["Turkey", "Türkiye", "Turquie", "Türkei", "Turquía", "Turchia", "Turquia", "TUR"],
    "XK": ["Kosovo", "XK", "xk"],
    "MK": ["Macedonia", "North Macedonia", "Macédoine du Nord", "Macédoine", "Nordmazedonien",
           "Macedonia del Norte", "Macedonia del Nord", "Macedónia do Norte", "ARYM"],
    "CZ": ["Czech Republic", "Czechia", "Tchéquie", "République tchèque", "Tschechien", "República Checa",
           "Repubblica Ceca", "Chéquia"],
    "CD": ["DRC", "RDC", "R.D.C.", "RD Congo", "Congo-Kinshasa", "Congo Kinshasa", "République démocratique du Congo",
           "Democratic Republic of the Congo", "Demokratische Republik Kongo", "Repubblica democratica del Congo",
           "Zaïre", "Zaire", "Congo (RDC)"],
    "CG": ["Congo-Brazzaville", "Congo", "République du Congo", "Republic of the Congo", "Republik Kongo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "COTE D IVOIRE", "Costa d'Avorio",
           "Costa do Marfim", "Costa de Marfil", "Elfenbeinküste"],
    "MM": ["Burma", "Birmanie", "Myanmar", "Birmania", "Birmânia", "Myanmar (Birmanie)"],
    "SZ": ["Swaziland", "Eswatini", "Suazilândia", "Swasiland", "Esuatini"],
    "TL": ["East Timor", "Timor oriental", "Timor-Leste", "Osttimor", "Timor Est", "Timor Leste"],
    "VA": ["Vatican", "Saint-Siège", "Holy See", "Vatikanstadt", "Città del Vaticano", "Santa Sede", "Santa Sé",
           "Cité du Vatican", "État de la Cité du Vatican"],
    "PS": ["Palestine", "État de Palestine", "Territoires palestiniens", "Palästina", "Palestina", "State of Palestine"],
    "US": ["USA", "U.S.A.", "US", "U.S.", "États-Unis d'Amérique", "Etats-Unis", "États-Unis", "United States",
           "United States of America", "Vereinigte Staaten", "Estados Unidos", "Stati Uniti", "Estados Unidos da América"],
    "GB": ["UK", "U.K.", "Great Britain", "Grande-Bretagne", "Royaume-Uni", "United Kingdom",
           "Vereinigtes Königreich", "Großbritannien", "Reino Unido", "Regno Unito", "Gran Bretaña"],
    "DE": ["Allemagne", "Germany", "Deutschland", "Alemania", "Germania", "Alemanha", "l'Allemagne"],
    "NL": ["Pays-Bas", "Netherlands", "the Netherlands", "Niederlande", "Países Bajos", "Paesi Bassi", "Holland",
           "Hollande"],
    "KR": ["Corée du Sud", "South Korea", "Südkorea", "Corea del Sur", "Corea del Sud", "Coreia do Sul",
           "Republic of Korea"],
    "KP": ["Corée du Nord", "North Korea", "Nordkorea"],
    "CH": ["Suisse", "Switzerland", "Schweiz", "Suiza", "Svizzera", "Suíça"],
    "MA": ["Maroc", "Morocco", "Marokko", "Marruecos", "Marocco", "Marrocos"],
    "RU": ["Russie", "Fédération de Russie", "Russia", "Russland", "Rusia"],
    "BY": ["Biélorussie", "Belarus", "Weißrussland", "Bielorrusia"],
    "BJ": ["Dahomey", "Bénin", "Benin"],
    "BF": ["Haute-Volta", "Upper Volta", "Burkina Faso"],
    "VN": ["Viêt Nam", "Vietnam", "Viet Nam"],
    "CV": ["Cap-Vert", "Cabo Verde", "Cape Verde"],
    "AE": ["Émirats arabes unis", "UAE", "Vereinigte Arabische Emirate"],
    "JP": ["Japon", "Japan", "Giappone", "Japão", "Japón"],
    "FR": ["France", "la France", "Frankreich", "Francia", "França", "FRA"],
    "BO": ["Bolivie", "Bolivia", "Bolivien", "Bolívia"],
}
CASES = [(text, code) for code, texts in SPELLINGS.items() for text in texts]


def test_the_table_covers_many_spellings():
    assert len(CASES) >= 80


@pytest.mark.parametrize("text,code", CASES)
def test_countries_as_people_write_them(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize("text,nation", [
    ("Angleterre", "Angleterre"), ("England", "Angleterre"), ("Inglaterra", "Angleterre"), ("Inghilterra", "Angleterre"),
    ("Écosse", "Écosse"), ("Scotland", "Écosse"), ("Schottland", "Écosse"), ("Escocia", "Écosse"), ("Escócia", "Écosse"),
    ("Pays de Galles", "Pays de Galles"), ("Wales", "Pays de Galles"), ("País de Gales", "Pays de Galles"),
    ("Galles", "Pays de Galles"), ("Irlande du Nord", "Irlande du Nord"), ("Northern Ireland", "Irlande du Nord"),
    ("Nordirland", "Irlande du Nord"), ("Irlanda do Norte", "Irlande du Nord"), ("Irlanda del Nord", "Irlande du Nord"),
])
def test_the_nations_of_the_united_kingdom_are_gb_with_the_nation_kept(text, nation):
    assert country_and_nation(text) == ("GB", nation)
    assert country_code(text) == "GB"


def test_a_country_has_no_nation():
    assert country_and_nation("Royaume-Uni") == ("GB", None)
    assert country_and_nation("Irlande") == ("IE", None)
    assert country_and_nation("  ") is None
    assert country_code(None) is None


@pytest.mark.parametrize("text", ["Narnia", "Québec", "Europe", "Afrique", "xx", "Korea del Narnia", "12"])
def test_unknown_values_still_raise_key_error(text):
    with pytest.raises(KeyError):
        country_code(text)
    with pytest.raises(KeyError):
        country_and_nation(text)


def test_kosovo_is_named_and_listed():
    assert country_name("XK", "fr") == "Kosovo"
    assert ("XK", "Kosovo") in all_countries("fr")


def test_the_table_is_kept_in_the_cache_and_rebuilt_when_stale(tmp_path, monkeypatch):
    """A new process reads the table from the user's cache; a cache of another version, a damaged
    one or a folder that cannot be written never changes the answers."""
    from db import countries

    path = tmp_path / "cache" / "pays.json"
    monkeypatch.setattr(countries, "_cache_path", lambda: path)
    for stale in (None, '{"key": "ancienne", "lookup": {"espagne": "XX"}}', "{tronqué"):
        if stale is not None:
            path.write_text(stale, encoding="utf-8")
        countries._cached.cache_clear()
        countries._lookup.cache_clear()
        assert countries.country_code("Espagne") == "ES"
        assert '"espagne": "ES"' in path.read_text(encoding="utf-8")
    blocked = tmp_path / "un-fichier" / "pays.json"   # its folder is a file: nothing can be written
    blocked.parent.write_text("", encoding="utf-8")
    monkeypatch.setattr(countries, "_cache_path", lambda: blocked)
    try:
        countries._cached.cache_clear()
        countries._lookup.cache_clear()
        assert countries.country_code("Turquie") == "TR" and blocked.parent.is_file()
    finally:
        countries._cached.cache_clear()
        countries._lookup.cache_clear()
