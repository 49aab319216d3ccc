"""The import pipeline's shape (issue 19): data flows one way through its modules (no module imports
one that imports it back, even for type hints) and each module stays small enough to read."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "db" / "interchange" / "imports"
MAX_LINES = 500


def _graph() -> dict[str, set[str]]:
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    graph = {}
    for module in modules:
        deps = set()
        for node in ast.walk(ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("db.interchange.imports."):
                    deps.add(node.module.rsplit(".", 1)[-1])
                elif node.module == "db.interchange.imports":
                    deps.update(a.name for a in node.names if a.name in modules)
        graph[module] = deps & modules - {module}
    return graph


def test_no_module_of_the_import_reaches_back_to_itself():
    graph = _graph()
    for start in graph:
        seen, todo = set(), list(graph[start])
        while todo:
            module = todo.pop()
            assert module != start, f"{start} is imported back by a module it imports"
            if module not in seen:
                seen.add(module)
                todo.extend(graph[module])


def test_every_module_of_the_import_is_under_500_lines():
    long = {p.name: n for p in PACKAGE.glob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) >= MAX_LINES}
    assert not long
