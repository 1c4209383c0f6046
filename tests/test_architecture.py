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
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "lazy_door":
            # a lazy door (models.doors): {module: (name, ...)} imports each module on first use
            found += [(module, node.lineno) for module in lazy_offers(node)]
    return found


def lazy_offers(call: ast.Call) -> dict[str, list[str]]:
    """The modules and names of a lazy_door(__name__, {...}) call, read from its literals."""
    offers = call.args[1]
    assert isinstance(offers, ast.Dict), "lazy_door's offers must be a literal dict, so the imports can be read"
    return {
        ast.literal_eval(key): list(ast.literal_eval(value))
        for key, value in zip(offers.keys, offers.values, strict=True)
    }


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


def door_offers(area: str) -> list[str]:
    """The names an area's lazy door offers (models.doors), as the door spells them."""
    tree = ast.parse((ROOT / "models" / area / "__init__.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "lazy_door"]
    names = [name for call in calls for offered in lazy_offers(call).values() for name in offered]
    return [name.partition(" as ")[2] or name for name in names]


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_name_a_door_offers_is_there(area):
    """A lazy door's names resolve to their module's objects, and each is in its __all__ (which takes
    them from the door's mapping through models.doors.offered)."""
    import importlib

    door = importlib.import_module(f"models.{area}")
    offered = door_offers(area)
    missing = [name for name in [*offered, *getattr(door, "__all__", [])] if not hasattr(door, name)]
    assert not missing, f"models.{area} names what it does not have: {missing}"
    unlisted = sorted(set(offered) - set(getattr(door, "__all__", [])))
    assert not unlisted, f"models.{area} offers names missing from its __all__: {unlisted}"


def test_a_module_named_like_what_its_door_offers_does_not_replace_it():
    """models.store.dialect (the module) and models.store.dialect() (what the door offers):
    importing the module keeps the door's name the function."""
    import subprocess
    import sys

    script = "import models.store.dialect; from models.store import dialect; print(callable(dialect))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "True"
