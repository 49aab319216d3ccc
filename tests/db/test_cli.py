"""The command line, run as users run it: real subprocesses, plain errors, never Qt."""

import json
import subprocess
import sys

import pytest
from passerelles_testing import FILES, ROOT, run_cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    result = run_cli("--db", str(path), "init", "--demo")
    assert result.returncode == 0, result.stderr
    assert "démonstration" in result.stdout
    return path


def test_init_demo_then_export_json(demo_db, tmp_path):
    out = tmp_path / "export.json"
    result = run_cli("--db", str(demo_db), "export", str(out))
    assert result.returncode == 0, result.stderr
    assert "(14 partenaires, 7 accords, 13 contacts, 1 événement, 9 suivis, 4 échanges)" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "passerelles-catalogue" and data["format_version"] == 1
    for section in ("partners", "agreements", "contacts", "events", "followups"):
        assert data[section], section
    busan = next(p for p in data["partners"] if p["name"] == "Busan")
    assert busan["country"] == "KR" and "Cinéma et audiovisuel" in busan["domains"]
    mou = next(a for a in data["agreements"] if a["partners"][0]["name"] == "Busan")
    assert mou["signed_on"] == "2023-05-22" and mou["kind"] == "memorandum"
    assert mou["partners"][0]["id"] == busan["id"]
    shizuoka = next(p for p in data["partners"] if p["name"] == "Shizuoka")
    assert shizuoka["partner_since"] == "2018"  # a bare year stays a year
    event = data["events"][0]
    assert [s["kind"] for s in event["sessions"]].count("workshop") == 4
    assert event["sessions"][0]["moderator"]["name"] == "Léa Fontaine"


def test_list_search_show(demo_db):
    listed = run_cli("--db", str(demo_db), "list", "partners", "--search", "lodz")
    assert listed.returncode == 0 and "Łódź Film School" in listed.stdout
    found = run_cli("--db", str(demo_db), "search", "cooperation")
    assert found.returncode == 0 and "Accords (" in found.stdout and "[" not in found.stdout
    shown = run_cli("--db", str(demo_db), "show", "partner", "busan")
    assert shown.returncode == 0 and json.loads(shown.stdout)["name"] == "Busan"
    folded = run_cli("--db", str(demo_db), "show", "partenaire", "lodz")  # the words of the name, as search folds them
    assert folded.returncode == 0 and json.loads(folded.stdout)["name"] == "Łódź Film School"
    several = run_cli("--db", str(demo_db), "show", "partner", "film")
    assert several.returncode == 2 and "désigne 2 partenaires" in several.stderr and "Łódź Film School" in several.stderr


@pytest.mark.parametrize("args,message", [
    (["list", "vaisseaux"], "type de fiche inconnu"),
    (["show", "partner", "Atlantide"], "Aucun partenaire « Atlantide »"),
    (["export", "x.docx"], "format d'export non pris en charge"),
    (["list", "partners", "--limit", "0"], "--limit"),
])
def test_errors_are_plain_words_on_stderr(demo_db, args, message):
    result = run_cli("--db", str(demo_db), *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_missing_or_foreign_catalogue(tmp_path):
    missing = run_cli("--db", str(tmp_path / "absent.sqlite"), "list", "partners")
    assert missing.returncode == 2 and "n'existe pas" in missing.stderr
    foreign = tmp_path / "texte.sqlite"
    foreign.write_text("bonjour")
    result = run_cli("--db", str(foreign), "list", "partners")
    assert result.returncode == 2 and "n'est pas un catalogue" in result.stderr
    assert "Traceback" not in result.stderr


def test_environment_variable_selects_the_catalogue(tmp_path):
    path = tmp_path / "env.sqlite"
    assert run_cli("init", env={"PASSERELLES_DB": str(path)}).returncode == 0
    assert path.exists()


def test_db_package_and_every_headless_command_never_load_qt(demo_db, tmp_path):
    """Every command but ``print`` runs without Qt: the parser's own list, so a new command is covered."""
    sample = FILES / "villes_partenaires.xlsx"
    out = tmp_path
    code = (
        "import sys, shutil, db, db.catalog, db.services, db.cli\n"
        "from desktop.launcher import main\n"
        f"db_path = shutil.copy({str(demo_db)!r}, {str(out / 'copy.sqlite')!r})\n"
        "runs = {\n"
        "  'init': ['init'], 'list': ['list', 'partners'], 'show': ['show', 'partner', 'Busan'],\n"
        "  'search': ['search', 'busan'], 'agenda': ['agenda', '--days', '30'], 'imports': ['imports'],\n"
        "  'settings': [['settings'], ['settings', 'set', 'office_name', 'Ville de Cannes']],\n"
        f"  'import': ['import', {str(sample)!r}, '--dry-run'],\n"
        f"  'export': [['export', {str(out)!r} + '/c.' + s] for s in ('json', 'xlsx', 'csv', 'ics')],\n"
        f"  'copy': ['copy', '--to', {str(out / 'copie.sqlite')!r}],\n"
        f"  'backup': ['backup', {str(out / 'b.sqlite')!r}], 'backups': ['backups'],\n"
        f"  'restore': ['restore', {str(out / 'b.sqlite')!r}],\n"
        "  'history': ['history', 'partner', 'Busan'], 'trash': ['trash'], 'duplicates': ['duplicates'],\n"
        "  'merge': ['merge', 'partner', 'Busan', 'Shizuoka', '--essai'],\n"
        f"  'personal-data': ['personal-data', 'Ji-woo Park', '--json', {str(out / 'p.json')!r}],\n"
        "  'no-contact': ['no-contact', 'Koffi Yao'], 'retention': ['retention'],\n"
        "  'invite': ['invite', 'Culture et action', '--contact', 'Hiroshi Tanaka'],\n"
        "  'answer': ['answer', 'Culture et action', 'Hiroshi Tanaka', 'oui'],\n"
        f"  'mailing': ['mailing', '--search', 'busan', '--csv', {str(out / 'm.csv')!r}, '--vcf', {str(out / 'm.vcf')!r}],\n"
        f"  'attendance': [['attendance', 'Culture et action', '--sheet', {str(out / 's.xlsx')!r}],\n"
        f"                 ['attendance', 'Culture et action', '--read', {str(out / 's.xlsx')!r}]],\n"
        "  'anonymise': ['anonymise', 'Mei Li', '--oui'],\n"
        f"  'apd': [['apd', '2025'], ['apd', '2025', '--json'], ['apd', '2025', '--xlsx', {str(out / 'apd.xlsx')!r}]],\n"
        f"  'atlas': [['atlas'], ['atlas', '--xlsx', {str(out / 'atlas.xlsx')!r}]], 'atlas-team': ['atlas-team'],\n"
        "  'bilan': ['bilan', '2025'],\n"
        "}\n"
        "from db.cli import build_parser\n"
        "commands = set(build_parser()._subparsers._group_actions[0].choices)\n"
        "missing = commands - set(runs) - {'undo-import', 'print', 'undelete'}\n"
        "assert not missing, f'commands not exercised: {missing}'\n"
        "for name, args in runs.items():\n"
        "    for one in (args if isinstance(args[0], list) else [args]):\n"
        "        assert main(['--db', db_path, *one]) == 0, one\n"
        "assert main(['--db', db_path, 'undo-import', '999']) == 2\n"
        "assert main(['--db', db_path, 'undelete', 'partner', 'Busan']) == 2\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
        "print('no-qt-ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "no-qt-ok" in result.stdout


def test_import_words_french_plurals_and_sources(demo_db, tmp_path):
    """Kind names in French, "1 ligne" / "2 lignes", a CSV file is not a sheet, a JSON list is not a sheet."""
    exported = tmp_path / "catalogue.json"
    assert run_cli("--db", str(demo_db), "export", str(exported)).returncode == 0
    out = run_cli("--db", str(demo_db), "import", str(exported), "--dry-run").stdout
    assert "Export JSON, liste « events » : événements (1 ligne)" in out
    assert "Export JSON, liste « partners » : partenaires (14 lignes)" in out
    assert "Feuille" not in out and "(s)" not in out
    assert "partenaires : 0 créé, 0 mis à jour, 14 ignorés (déjà présents), 0 doublon fusionné, 0 rejeté" in out
    csv = tmp_path / "partenaires.csv"
    assert run_cli("--db", str(demo_db), "export", str(csv), "--kind", "partner").returncode == 0
    out = run_cli("--db", str(demo_db), "import", str(csv), "--dry-run").stdout
    assert "Fichier CSV « partenaires.csv » : partenaires (en-têtes ligne 1, 14 lignes)" in out
    assert "Feuille" not in out


def test_french_words_on_the_command_line(demo_db):
    listed = run_cli("--db", str(demo_db), "list", "interaction")
    assert listed.returncode == 0 and "Réunion du " in listed.stdout and "Courriel du " in listed.stdout
    assert not any(code in listed.stdout.split() for code in ("email", "visit", "call", "meeting"))
    from db.schemas.messages import field_label

    assert field_label("partner_country") == "Pays du partenaire"  # --show-mapping: « Pays du partenaire (partner_country) »
