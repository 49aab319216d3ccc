"""The Inno Setup script read the way ISCC reads it, as far as it can be without Windows: sections,
directives, entries and their parameters, the names they refer to (tasks, custom messages, Check
functions of [Code]) and the preprocessor's conditionals. ISCC itself runs in the Windows workflow.
"""

from __future__ import annotations

import re

import pytest
from passerelles_testing import ROOT

ISS = (ROOT / "packaging" / "windows" / "passerelles.iss").read_text(encoding="utf-8")

SECTIONS = {"Setup", "Languages", "CustomMessages", "Messages", "Tasks", "Types", "Components", "Dirs", "Files",
            "InstallDelete", "Icons", "INI", "Registry", "Run", "UninstallRun", "UninstallDelete", "Code"}
# the [Setup] directives of Inno Setup 6 this script may use (a misspelt one is a compile error)
DIRECTIVES = {
    "AppId", "AppName", "AppVersion", "AppVerName", "AppPublisher", "AppPublisherURL", "AppSupportURL",
    "VersionInfoVersion", "DefaultDirName", "DefaultGroupName", "DisableProgramGroupPage", "DisableDirPage",
    "PrivilegesRequired", "PrivilegesRequiredOverridesAllowed", "UsePreviousPrivileges", "MinVersion",
    "ArchitecturesAllowed", "ArchitecturesInstallIn64BitMode", "OutputDir", "OutputBaseFilename", "SetupIconFile",
    "UninstallDisplayIcon", "UninstallDisplayName", "Uninstallable", "CloseApplications", "RestartApplications",
    "ChangesEnvironment", "SetupLogging", "Compression", "SolidCompression", "WizardStyle", "ShowLanguageDialog",
    "SignTool", "SignedUninstaller", "LicenseFile", "InfoBeforeFile"}
PARAMETERS = {
    "Languages": {"Name", "MessagesFile"},
    "Tasks": {"Name", "Description", "GroupDescription", "Flags", "Check"},
    "Files": {"Source", "DestDir", "DestName", "Flags", "Tasks", "Check", "Permissions"},
    "InstallDelete": {"Type", "Name", "Tasks", "Check"},
    "UninstallDelete": {"Type", "Name", "Tasks", "Check"},
    "Icons": {"Name", "Filename", "WorkingDir", "Comment", "Tasks", "Parameters", "IconFilename", "Check"},
    "Registry": {"Root", "Subkey", "ValueType", "ValueName", "ValueData", "Flags", "Tasks", "Check"},
    "Run": {"Filename", "Description", "Flags", "Parameters", "WorkingDir", "Tasks", "Check", "StatusMsg"},
}
BUILT_IN_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}
BUILT_IN_CHECKS = {"IsAdminInstallMode", "IsAdmin", "IsWin64"}


def _sections(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            assert current not in found, f"[{current}] twice"
            found[current] = []
        elif current is None:
            assert not line or line.startswith((";", "#")), line
        elif current == "Code" or (line and not line.startswith((";", "#"))):
            found[current].append(line)
    return found


def _entry(line: str) -> dict[str, str]:
    """``Name: "x"; Flags: a b; Check: f('{app}')`` -> parameters (quotes kept off)."""
    parts = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)(?:;\s*|$)', line)
    assert parts and "; ".join(f"{k}: {v}" for k, v in parts).replace(" ", "") == line.replace(" ", ""), line
    return {key: value.strip('"') for key, value in parts}


SECTIONS_OF_ISS = _sections(ISS)
ENTRIES = {name: [_entry(line) for line in lines] for name, lines in SECTIONS_OF_ISS.items() if name in PARAMETERS}


def test_sections_directives_and_preprocessor():
    assert set(SECTIONS_OF_ISS) <= SECTIONS
    for line in SECTIONS_OF_ISS["Setup"]:
        directive, _, value = line.partition("=")
        assert directive in DIRECTIVES and value, line
    conditionals = re.findall(r"^#(ifdef|ifndef|if|endif)\b", ISS, re.M)
    assert conditionals.count("endif") == len(conditionals) - conditionals.count("endif")


@pytest.mark.parametrize("section", sorted(PARAMETERS))
def test_entries_use_known_parameters(section):
    for entry in ENTRIES.get(section, []):
        assert set(entry) <= PARAMETERS[section], entry


def test_names_referred_to_exist():
    tasks = {entry["Name"] for entry in ENTRIES["Tasks"]}
    for section, entries in ENTRIES.items():
        for entry in entries:
            assert set(entry.get("Tasks", "").split()) <= tasks, (section, entry)
    languages = {entry["Name"] for entry in ENTRIES["Languages"]}
    messages = {}
    for line in SECTIONS_OF_ISS["CustomMessages"]:
        language, name = line.split("=", 1)[0].split(".")
        messages.setdefault(name, set()).add(language)
    for name in set(re.findall(r"\{cm:(\w+)", ISS)) - BUILT_IN_MESSAGES:
        assert messages.get(name) == languages, name  # in every language of the installer
    code = "\n".join(SECTIONS_OF_ISS["Code"])
    defined = set(re.findall(r"^(?:function|procedure)\s+(\w+)", code, re.M))
    for section, entries in ENTRIES.items():
        for entry in entries:
            called = set(re.findall(r"([A-Za-z]\w*)\s*(?:\(|$|\s)", entry.get("Check", ""))) - {"not", "and", "or"}
            assert called <= defined | BUILT_IN_CHECKS, (section, entry)


def test_code_blocks_are_balanced():
    code = re.sub(r"\{[^}]*\}|'[^']*'", "", "\n".join(SECTIONS_OF_ISS["Code"]))  # comments and strings out
    assert len(re.findall(r"\bbegin\b", code, re.I)) == len(re.findall(r"\bend\b", code, re.I))
    assert "CurUninstallStepChanged" in code and "RegWriteExpandStringValue" in code


def test_cli_on_the_path_is_optional_and_per_mode():
    task = next(entry for entry in ENTRIES["Tasks"] if entry["Name"] == "clipath")
    assert "unchecked" in task["Flags"]
    roots = {entry["Root"]: entry for entry in ENTRIES["Registry"] if entry.get("Tasks") == "clipath"}
    assert set(roots) == {"HKCU", "HKLM"}
    assert roots["HKCU"]["Subkey"] == "Environment" and "not IsAdminInstallMode" in roots["HKCU"]["Check"]
    assert roots["HKLM"]["Subkey"].endswith(r"Session Manager\Environment")
    assert roots["HKLM"]["Check"].startswith("IsAdminInstallMode")


def test_signing_and_postgresql_tools_are_optional_at_build_time():
    assert re.search(r"^#ifdef SignTool\nSignTool=\{#SignTool\}\nSignedUninstaller=yes\n#endif$", ISS, re.M)
    assert re.search(r'^#ifdef PgBinDir\nSource: "\{#PgBinDir\}\\\*"; DestDir: "\{app\}\\pgsql\\bin"', ISS, re.M)
