"""Lazy doors: an area's __init__ names what it offers and the module of the area each name
lives in, and that module is imported the first time one of its names is asked for —
`from models.tickets import fetch_page` loads the registry's queries, not the intake, the
actions and the detail view too. Start-up and a command like `property-desk info` then
load only what they use.

A door does, after whatever it needs at once (its tables, the hooks it installs):

    __getattr__, __dir__ = lazy_door(__name__, {
        "models.tickets.registry": ("RegistryFilter", "fetch_page"),
        "models.store.search_index": ("SEPARATOR as SEARCH_SEPARATOR",),
    })
    __all__ = ["TABLES", *offered(__name__)]

The mapping is plain literals so the architecture test reads it as the door's imports
(tests/test_architecture.py: areas entered only through doors, no cycles)."""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Mapping


class LazyDoor(types.ModuleType):
    """A door's module: a module of the area that shares a name the door offers
    (`models.store.dialect`, whose `dialect()` the door names) does not take the name
    when it is imported; the door keeps offering what it names."""

    def __setattr__(self, name: str, value: object) -> None:
        found = self.__dict__.get("__lazy_offers__", {}).get(name)
        if found is not None and isinstance(value, types.ModuleType) and value.__name__ == f"{self.__name__}.{name}":
            module, original = found
            if module != value.__name__:
                return  # still offered lazily from its own module; the module is in sys.modules
            value = getattr(value, original)
        super().__setattr__(name, value)


def lazy_door(
    package: str, offers: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The door's module `__getattr__` and `__dir__`: a name is looked up in its module on
    first use and kept on the door (later uses are plain attribute reads). A name the
    mapping lacks may be a module of the area (`models.followup.tables`)."""
    where: dict[str, tuple[str, str]] = {}
    for module, names in offers.items():
        for spelled in names:
            original, _, alias = spelled.partition(" as ")
            where[(alias or original).strip()] = (module, original.strip())

    door = sys.modules[package]
    door.__lazy_offers__ = where
    door.__class__ = LazyDoor

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's own name
        found = where.get(name)
        if found is None:
            if name.startswith("__"):
                raise AttributeError(f"module {package!r} has no attribute {name!r}")
            try:
                value = importlib.import_module(f"{package}.{name}")
            except ModuleNotFoundError as error:
                if error.name != f"{package}.{name}":
                    raise
                raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        else:
            module, original = found
            value = getattr(importlib.import_module(module), original)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:  # noqa: N807 - the module hook's own name
        return sorted({*vars(sys.modules[package]), *where})

    return __getattr__, __dir__


def offered(package: str) -> list[str]:
    """The names `package`'s lazy door offers, in the order its mapping gives them: its
    `__all__` is what it imports at once plus these, so a name is written in one place."""
    return list(sys.modules[package].__dict__["__lazy_offers__"])
