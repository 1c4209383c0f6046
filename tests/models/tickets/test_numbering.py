"""Ticket numbers: the documented format, a daily sequence per kind, and no two saves
ever getting the same number, even from several processes at once."""

from __future__ import annotations

import datetime as dt
import multiprocessing

from models.opening import open_database
from models.store import DataFolder, close_database, database
from models.tickets import looks_like_ticket_number, next_ticket_number

DAY = dt.datetime(2026, 11, 23, 9, 30)


def test_first_repair_of_the_day_is_numbered_one(folder):
    with database.atomic():
        assert next_ticket_number("repair", DAY) == "BX20261123-0001"
        assert next_ticket_number("repair", DAY) == "BX20261123-0002"
        assert next_ticket_number("complaint", DAY) == "TS20261123-0001"
        assert next_ticket_number("repair", DAY + dt.timedelta(days=1)) == "BX20261124-0001"


def test_a_rolled_back_save_does_not_burn_or_repeat_a_number(folder):
    try:
        with database.atomic():
            next_ticket_number("repair", DAY)
            raise RuntimeError("validation failed after numbering")
    except RuntimeError:
        pass
    with database.atomic():
        assert next_ticket_number("repair", DAY) == "BX20261123-0001"


def _take_numbers(root: str, url: str | None, count: int, queue) -> None:
    open_database(DataFolder(__import__("pathlib").Path(root), url=url))
    numbers = []
    for _ in range(count):
        with database.atomic():
            numbers.append(next_ticket_number("repair", DAY))
    close_database()
    queue.put(numbers)


def test_concurrent_saves_from_four_processes_never_share_a_number(folder):
    close_database()
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_take_numbers, args=(str(folder.root), folder.url, 50, queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    numbers = [n for _ in workers for n in queue.get(timeout=60)]
    for worker in workers:
        worker.join(timeout=60)
    assert len(numbers) == 200
    assert len(set(numbers)) == 200
    assert max(numbers) == "BX20261123-0200"
    open_database(folder)


def test_scanned_numbers_are_recognised():
    assert looks_like_ticket_number("BX20261123-0007")
    assert looks_like_ticket_number(" ts20261123-0012 ")
    assert not looks_like_ticket_number("3-2-1501")
    assert not looks_like_ticket_number("13812345678")
