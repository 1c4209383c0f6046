"""Registry page benchmark (the Qt side of issue 5): on a large office it prints how long
the real registry page takes to build and show its first page, to apply each filter
(footer counts + first page + the view's layout), to run a quick search, to fetch the
next page when the clerk scrolls, and the peak memory. Runs offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.registry_page --data-dir /tmp/property-desk-bench-1000000

The data folder is only read (the page needs an operator: the first user of the file).
Targets (issue 5): page and filters ≤ 150 ms, quick search ≤ 100 ms, peak ≤ 300 MB."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = dt.datetime(2026, 11, 23, 10, 0)
REPEATS = 5


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    action()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def report(label: str, ms: float, target: float) -> None:
    print(f"  {label:<40} {ms:8.1f} ms  (target ≤ {target:.0f}, {'ok' if ms <= target else 'SLOW'})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="a large office, e.g. the one bench.registry builds")
    arguments = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desktop_app.app import ensure_application
    from desktop_app.context import DeskContext
    from desktop_app.pages.registry import RegistryPage
    from models.clock import FixedClock
    from models.codes import Kind, Priority, Status
    from models.office import User
    from models.opening import open_database
    from models.store import DataFolder
    from models.tickets import RegistryFilter, Ticket, filter_options

    ensure_application()
    folder = DataFolder(Path(arguments.data_dir).resolve())
    open_database(folder)
    print(f"data file: {folder.database} — {Ticket.select().count():,} tickets")
    context = DeskContext(folder=folder, operator=User.select().order_by(User.id).first(), clock=FixedClock(NOW))

    started = time.perf_counter()
    page = RegistryPage(context)
    page.resize(1200, 700)
    page.show()
    QApplication.processEvents()
    report("build the page and show the first page", (time.perf_counter() - started) * 1000, 150)

    options = filter_options()
    group = next(o for o in options.categories if not o.group)
    filters = {
        "no filter": RegistryFilter(),
        "open statuses": RegistryFilter(
            statuses=[s.value for s in (Status.NEW, Status.ACKNOWLEDGED, Status.DISPATCHED, Status.IN_PROGRESS)]
        ),
        "kind = complaint": RegistryFilter(kinds=[Kind.COMPLAINT.value]),
        f"category group {group.name}": RegistryFilter(category_ids=[group.id]),
        "first building": RegistryFilter(building_ids=[options.buildings[0].id]),
        "first department": RegistryFilter(department_ids=[options.departments[0].id]),
        "priority = urgent": RegistryFilter(priorities=[Priority.URGENT.value]),
        "overdue only": RegistryFilter(overdue_only=True),
        "mine": RegistryFilter(mine_user_id=context.operator.id),
        "received in October 2026": RegistryFilter(
            received_from=dt.date(2026, 10, 1), received_to=dt.date(2026, 10, 31)
        ),
    }
    print("filters (footer counts + first 100 rows + the view laid out, median of 5):")
    for label, registry_filter in filters.items():
        report(label, median_ms(lambda f=registry_filter: (page.show_filter(f), QApplication.processEvents())), 150)
    print("quick search (registry.search):")
    for text in ("漏水", "水管爆裂", "5678"):
        report(
            f"search '{text}'",
            median_ms(lambda t=text: (page.show_filter(RegistryFilter(text=t)), QApplication.processEvents())),
            100,
        )
    print("scrolling:")
    page.show_filter(RegistryFilter())

    def next_page() -> None:
        page.model.reload()
        page.model.fetchMore(page.model.index(0, 0).parent())

    report("reload + next 100 rows", median_ms(next_page), 150)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB (target ≤ 300 MB)")
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
