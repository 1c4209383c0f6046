"""What the desktop's start-up does before it imports Qt (desktop_app.app imports this
module first):

- Python's cycle collector waits while desktop_app.app and all it needs are imported
  (`imported()`, at the end of that module, lets it run again): the import makes some
  45,000 objects that live as long as the program (Qt's enums, the tables' classes, the
  modules' functions), and the collector's passes over them, some 80 in a start (~25 ms
  of CPU), free nothing worth it. `imported()` then sets them aside for good
  (gc.freeze), so its later passes, while the window is built and the clerk works, do
  not walk them either.
- The domain (peewee and the doors the window opens) is imported before Qt: once PySide6
  is loaded it reads the source of each module an import statement names for the first
  time, looking for its `__feature__` switches (inspect.getsource), and the domain never
  uses Qt; imported first, the modules no import in the window's own modules names are
  never read (174 read before, 96 after: ~10 ms)."""

from __future__ import annotations

import gc

_paused = gc.isenabled()
gc.disable()


def imported() -> None:
    """desktop_app.app is imported: what the import made stays out of the collector's
    passes, which run again as Python has them."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


import models.clock  # noqa: E402,F401 - the domain, before Qt (above)
import models.followup  # noqa: E402,F401
import models.office  # noqa: E402,F401
import models.opening  # noqa: E402,F401
import models.service_levels  # noqa: E402,F401
import models.store  # noqa: E402,F401
import models.tickets  # noqa: E402,F401
