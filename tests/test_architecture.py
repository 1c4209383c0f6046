"""The code's shape, checked from its imports: the domain never reaches for Qt, ReportLab
or the desktop app; printed documents load no Qt; an area is entered only through its door
(its package's __init__); and no module imports, even inside a function, one that imports
it back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AREAS = {p.name for p in (ROOT / "models").iterdir() if (p / "__init__.py").exists()}
GUI_ONLY = ("PySide6", "shiboken6", "reportlab", "desktop_app")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for package in ("models", "desktop_app") for p in (ROOT / package).rglob("*.py")}


def imports_of(name: str) -> list[tuple[str, int]]:
    """(imported module or module.attribute, line) for every import in the module, function-level ones included."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for alias in node.names:
                dotted = f"{base}.{alias.name}"
                found.append((dotted if dotted in MODULES else base, node.lineno))
    return found


def area_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "models" and parts[1] in AREAS else None


def test_the_domain_imports_no_qt_reportlab_or_desktop_app():
    offending = [
        f"{name}:{line} imports {target}"
        for name in MODULES
        if name.startswith("models")
        for target, line in imports_of(name)
        if target.split(".")[0] in GUI_ONLY
    ]
    assert not offending, "\n".join(offending)


def test_printed_documents_load_no_qt_and_nothing_else_of_the_desktop_app():
    qt_module = "desktop_app.printing.qt_print"
    offending = [
        f"{name}:{line} imports {target}"
        for name in MODULES
        if name.startswith("desktop_app.printing") and name != qt_module
        for target, line in imports_of(name)
        if target.split(".")[0] in ("PySide6", "shiboken6")
        or (target.startswith("desktop_app.") and not target.startswith("desktop_app.printing"))
    ]
    assert not offending, "\n".join(offending)


def door_breaches(name: str, room_of) -> list[str]:
    """Imports of another room's inside: a room is a models area or a desktop_app page package."""
    own = room_of(name)
    found = []
    for target, line in imports_of(name):
        room = room_of(target)
        if room is not None and room != own and target != room:
            found.append(f"{name}:{line} imports {target}, inside {room}")
    return found


def models_area(name: str) -> str | None:
    area = area_of(name)
    return f"models.{area}" if area else None


def page_package(name: str) -> str | None:
    parts = name.split(".")
    if (
        parts[:2] == ["desktop_app", "pages"]
        and len(parts) > 2
        and (ROOT / "desktop_app" / "pages" / parts[2]).is_dir()
    ):
        return ".".join(parts[:3])
    return None


def test_areas_are_entered_only_through_their_door():
    breaches = [breach for name in MODULES for breach in door_breaches(name, models_area)]
    assert not breaches, "\n".join(breaches)


def test_a_page_uses_another_page_only_through_its_package():
    breaches = [breach for name in MODULES for breach in door_breaches(name, page_package)]
    assert not breaches, "\n".join(breaches)


def test_no_module_imports_one_that_imports_it_back():
    graph = {name: {t for t, _ in imports_of(name) if t in MODULES and t != name} for name in MODULES}
    # A package's door imports its own modules; a module of the package naming the door is the cycle to catch.
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" → ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert not cycles, "\n".join(cycles)


@pytest.mark.parametrize("area", sorted(AREAS))
def test_each_area_says_what_it_owns(area):
    door = ROOT / "models" / area / "__init__.py"
    assert ast.get_docstring(ast.parse(door.read_text(encoding="utf-8"))), f"models/{area}/__init__.py has no docstring"
