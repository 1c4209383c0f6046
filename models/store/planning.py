"""Helping SQLite's query planner: keep its statistics fresh (ANALYZE after a bulk load,
PRAGMA optimize when the file is closed) and tell it, where we know better, that an
index must not drive a query (`unindexed`).

On a PostgreSQL server the same calls do what fits there: its planner weighs indexes by
statistics it keeps itself (no `+column`), ids travel as one JSON parameter read by
json_array_elements_text, a query has no instruction budget (it is answered), and the
data's stamp is the server's WAL position (it moves with every write, ours or another desk's)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import TypeVar

import peewee as pw

from models.store.base import database
from models.store.dialect import on_server


def unindexed(node: pw.Node) -> pw.Node:
    """`+column`: the planner may not use an index on it, so the condition is only checked
    on rows another index (or the ORDER BY's) already found. For conditions that match a
    large part of a table, where walking their own index row by row would cost more."""
    if on_server():
        return node
    return pw.NodeList((pw.SQL("+"), node), glue="")


def rare(condition: pw.Node) -> pw.Node:
    """Tell the planner the condition holds for few rows (about 1 in 100), so it drives
    the query through the condition's index: without per-value statistics SQLite takes
    every status to be as common as the next, and walked a kind's 200,000 tickets to
    find a few hundred open ones."""
    if on_server():
        return condition  # PostgreSQL keeps per-value statistics of its own
    return pw.fn.likelihood(condition, pw.SQL("0.01"))  # a literal: SQLite refuses a bound one


def id_list(ids: Iterable[int]) -> pw.Node:
    """A list of ids for `field.in_(...)` as one bound parameter (a JSON array read by
    json_each), where peewee would build and SQLite would parse one placeholder per id;
    the planner still looks each id up through the field's index."""
    listed = json.dumps([int(i) for i in ids])
    if on_server():
        return pw.SQL("(SELECT value::integer FROM json_array_elements_text(?::json))", (listed,))
    return pw.SQL("(SELECT value FROM json_each(?))", (listed,))


T = TypeVar("T")
STEPS_PER_TICK = 1000  # SQLite calls the progress handler every this many VM instructions


def within_steps(run: Callable[[], T], steps: int) -> T | None:
    """`run()`'s answer, or None when its query needed more than about `steps` of SQLite's
    virtual-machine instructions (it is interrupted there). A budget in instructions, not
    seconds, so the same query gets the same answer on a busy machine and an idle one."""
    if on_server():
        return run()
    connection = database.connection()
    ticks = 0

    def tick() -> int:
        nonlocal ticks
        ticks += 1
        return int(ticks * STEPS_PER_TICK > steps)

    connection.set_progress_handler(tick, STEPS_PER_TICK)
    try:
        return run()
    except (sqlite3.OperationalError, pw.OperationalError):
        if ticks * STEPS_PER_TICK > steps:
            return None  # interrupted by the budget: the caller takes its cheaper way
        raise
    finally:
        connection.set_progress_handler(None, 0)


def data_stamp() -> tuple:
    """Changes whenever the data may have: our own writes (total_changes) or another
    connection's commits (data_version). For answers kept until the data changes."""
    connection = database.connection()
    if on_server():
        return id(connection), database.execute_sql("SELECT pg_current_wal_insert_lsn()::text").fetchone()[0]
    version = connection.execute("PRAGMA data_version").fetchone()[0]
    return id(connection), connection.total_changes, version


def fresh(kept: dict) -> dict:
    """`kept`, a dict of answers kept until the data changes (see data_stamp), emptied
    when the data has changed since it was last asked for."""
    stamp = data_stamp()
    if kept.get("stamp") != stamp:
        kept.clear()
        kept["stamp"] = stamp
    return kept


def analyze() -> None:
    """Gather the planner's statistics afresh: after a bulk load changed the shape of the
    data (the demo office, a large import), so that plans follow the data."""
    database.execute_sql("ANALYZE")


def optimize() -> None:
    """What SQLite recommends before closing a connection: re-analyse the tables whose
    statistics the queries of this session found stale; usually a no-op (a server's
    autovacuum keeps them itself)."""
    if not on_server():
        database.execute_sql("PRAGMA optimize")
