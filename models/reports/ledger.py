"""The period's ticket ledger (台账) written to .xlsx: the registry's columns on the first
sheet, the KPI table on the second. Every text is written as a text cell, so nothing a
clerk typed (e.g. "=1+1" in a description) can become a formula; numbers stay numbers.
The file is written beside its place and moved there when complete."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from models.clock import Clock
from models.codes import AuditKind, Permission
from models.errors import DeskError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, record_audit, require

MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "models", "{file} cannot be written: {reason}. Close it in Excel or choose another folder."
)
SHEET_NAME_LIMIT = 31


class LedgerError(DeskError):
    """The ledger file could not be written."""


def write_ledger(
    path: str | Path,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[object]]]],
    *,
    operator: User,
    clock: Clock,
) -> int:
    """Write (sheet name, headers, rows) sheets to an .xlsx file; the rows of the first.
    The ledger names reporters (their phones masked, as in the registry): a role that
    prints reports, and the export is logged in the audit."""
    require(operator, Permission.PRINT_REPORTS)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        _write(partial, sheets)
        os.replace(partial, path)
    except OSError as error:
        raise LedgerError(MSG_CANNOT_WRITE, file=path.name, reason=error.strerror or str(error)) from error
    finally:
        partial.unlink(missing_ok=True)
    count = len(sheets[0][2]) if sheets else 0
    record_audit(AuditKind.EXPORT, f"ledger:{path.name}", actor=operator, at=clock.now(), new={"tickets": count})
    return count


def _write(path: Path, sheets) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, headers, rows in sheets:
        sheet = workbook.create_sheet(title=_title(name))
        sheet.append([_cell(sheet, header) for header in headers])
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
    workbook.save(path)


def _cell(sheet, value: object):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, bool) or value is None:
        value = "" if value is None else str(value)
    if isinstance(value, int | float):
        return WriteOnlyCell(sheet, value=value)
    cell = WriteOnlyCell(sheet, value=str(value))
    cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _title(name: str) -> str:
    cleaned = "".join(ch for ch in name if ch not in "[]:*?/\\")
    return (cleaned or "sheet")[:SHEET_NAME_LIMIT]
