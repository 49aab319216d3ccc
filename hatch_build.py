"""Wheel build hook: the wheel carries what the application loads, compiled at build time.

Icons, translations compiled with PySide6's ``lrelease`` (``.qm`` only: an installed application never
compiles anything at start) and the user guide go to ``desktop/resources_data/``; the list is
``packaging/bundle_resources.py``, shared with the one-folder bundle.
"""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _bundle_resources(root: Path):
    spec = importlib.util.spec_from_file_location("bundle_resources", root / "packaging" / "bundle_resources.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if self.target_name != "wheel" or version == "editable":  # a checkout reads resources/ itself
            return
        root = Path(self.root)
        self._tmp = tempfile.mkdtemp(prefix="passerelles-build-")
        include = build_data.setdefault("force_include", {})
        for source, target in _bundle_resources(root).resource_files(root, Path(self._tmp)):
            include[str(source)] = target

    def finalize(self, version, build_data, artifact_path):
        if getattr(self, "_tmp", None):
            shutil.rmtree(self._tmp, ignore_errors=True)
