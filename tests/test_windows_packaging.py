"""What of the Windows build can be checked on any machine: the icon, the version resource, the
bundle spec, the installer script and the CI workflow agree with each other and with the project."""

from __future__ import annotations

import ast
import re
import struct
import sys
import tomllib

import pytest
from passerelles_testing import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import make_icon
import make_version_file

PACKAGING = ROOT / "packaging"
ISS = (PACKAGING / "windows" / "passerelles.iss").read_text(encoding="utf-8")
SPEC = (PACKAGING / "passerelles.spec").read_text(encoding="utf-8")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_icon_holds_every_size_as_a_png_drawn_from_the_svg(tmp_path, qapp):
    from PySide6.QtGui import QImage

    ico = make_icon.write_icon(tmp_path / "passerelles.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(make_icon.SIZES))
    for i, size in enumerate(sorted(make_icon.SIZES)):
        width, height, _c, _r, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert (width, height) == ((0, 0) if size == 256 else (size, size)) and (planes, bits) == (1, 32)
        png = ico[offset:offset + length]
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and struct.unpack(">II", png[16:24]) == (size, size)
        image = QImage.fromData(png, "PNG")
        assert image.width() == size
        centre = image.pixelColor(size // 2, size // 4)  # inside the blue rounded square of app.svg
        assert centre.alpha() == 255 and centre.blue() > centre.red()


def test_version_resource_carries_the_project_version(tmp_path):
    text = make_version_file.write_version_file(tmp_path / "version.txt").read_text(encoding="utf-8")
    seen = {}

    def record(name):
        def build(*args, **kwargs):
            seen.setdefault(name, []).append((args, kwargs))
            return (name, args, kwargs)
        return build

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates the file the same way
    eval(compile(tree, "version.txt", "eval"), {n: record(n) for n in names})
    numbers = make_version_file.version_tuple(VERSION)
    fixed = seen["FixedFileInfo"][0][1]
    assert fixed["filevers"] == numbers == fixed["prodvers"] and len(numbers) == 4
    strings = {args[0]: args[1] for args, _k in seen["StringStruct"]}
    assert strings["ProductVersion"] == VERSION and strings["ProductName"] == "Passerelles"
    assert strings["OriginalFilename"] == "Passerelles.exe"


@pytest.mark.parametrize(("text", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)),
                                                ("2.0.1rc1", (2, 0, 1, 0)), ("3.4.5.6.7", (3, 4, 5, 6))])
def test_version_numbers(text, numbers):
    assert make_version_file.version_tuple(text) == numbers


def test_spec_builds_the_programs_the_installer_installs():
    ast.parse(SPEC)
    programs = set(re.findall(r'EXE\(.*name="([^"]+)"', SPEC))
    assert programs == {"Passerelles", "passerelles-cli"}
    assert 'COLLECT(' in SPEC and 'name="Passerelles"' in SPEC.split("COLLECT(")[1]  # one folder: dist/Passerelles
    assert "onefile" not in SPEC.lower()
    assert re.search(r'icon = str\(STAGE / "passerelles.ico"\)', SPEC) and 'version.txt' in SPEC
    shortcuts = re.findall(r'Filename: "\{app\}\\([^"]+)"', ISS)
    assert shortcuts and {s.removesuffix(".exe") for s in shortcuts} <= programs
    assert re.search(r'SourceDir "\.\.\\\.\.\\dist\\Passerelles"', ISS)


def _setup() -> dict[str, str]:
    return dict(re.findall(r"^(\w+)=(.*)$", ISS.split("[Setup]")[1].split("\n[")[0], re.M))


def test_installer_is_per_user_by_default_per_machine_when_asked():
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator: %LOCALAPPDATA%\Programs
    assert setup["PrivilegesRequiredOverridesAllowed"] == "commandline dialog"  # /ALLUSERS, /CURRENTUSER
    assert setup["DefaultDirName"] == r"{autopf}\Passerelles"  # {userpf} per user, {commonpf} per machine
    assert setup["MinVersion"] == "10.0"
    assert setup["Uninstallable"] == "yes" and setup["UninstallDisplayIcon"] == r"{app}\Passerelles.exe"
    assert setup["SetupIconFile"] == r"{#StageDir}\passerelles.ico"
    assert setup["SetupLogging"] == "yes"
    assert re.search(r'^Name: "\{autoprograms\}\\Passerelles"; Filename: "\{app\}\\Passerelles.exe"', ISS, re.M)
    assert 'MessagesFile: "compiler:Languages\\French.isl"' in ISS


def test_windows_workflow_builds_tests_and_packages():
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    for step in ("packaging/build_bundle.py", "tests/test_bundle.py", "passerelles.iss", "/DAppVersion=",
                 "unins000.exe", "uv sync --locked --group packaging"):
        assert step in workflow, step
