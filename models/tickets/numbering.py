"""Ticket numbers: <kind prefix><YYYYMMDD>-<daily sequence>, e.g. BX20261123-0007.

The sequence comes from one UPSERT on daily_counter inside the caller's transaction,
so concurrent saves (threads or processes sharing the file) never get the same number."""

from __future__ import annotations

import datetime as dt

from models.codes import Kind
from models.store import database

PREFIXES = {
    Kind.REPAIR: "BX",  # 报修
    Kind.COMPLAINT: "TS",  # 投诉
    Kind.INQUIRY: "ZX",  # 咨询
    Kind.SUGGESTION: "JY",  # 建议
    Kind.PRAISE: "BY",  # 表扬
}


def next_ticket_number(kind: Kind | str, received_at: dt.datetime) -> str:
    """Reserve and return the next number for this kind on the day of receipt."""
    prefix = PREFIXES[Kind(kind)]
    day = received_at.strftime("%Y%m%d")
    cursor = database.execute_sql(
        "INSERT INTO daily_counter (prefix, day, last) VALUES (?, ?, 1) "
        "ON CONFLICT (prefix, day) DO UPDATE SET last = daily_counter.last + 1 RETURNING last",
        (prefix, day),
    )
    sequence = cursor.fetchone()[0]
    return format_number(prefix, day, sequence)


def format_number(prefix: str, day: str, sequence: int) -> str:
    return f"{prefix}{day}-{sequence:04d}"


def looks_like_ticket_number(text: str) -> bool:
    """True for what a barcode scanner or a clerk types as a ticket number."""
    text = text.strip().upper()
    return len(text) >= 15 and text[:2] in PREFIXES.values() and text[2:10].isdigit() and text[10] == "-"
