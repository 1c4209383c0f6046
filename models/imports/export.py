"""Exporting the household register to .xlsx (or .csv) with the import's own columns, so
an exported file re-imports to the same register. Phone and ID numbers are written
whole, as text cells, because the file is the office's own copy of its register.
Text is never written as a formula (string cells in .xlsx, an escape in CSV: see escaping.py).
The file is written beside its final name and moved into place when complete, so a
failed or cancelled export leaves no half file (and an older export stays as it was)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import peewee as pw

from models.clock import Clock
from models.codes import AuditKind, Permission
from models.errors import DeskError
from models.files import PendingFile
from models.i18n import QT_TRANSLATE_NOOP
from models.imports.escaping import escape_text_cell
from models.imports.households import HEADERS, ROLE_LABELS
from models.imports.sheets import CancelledError, Progress, report
from models.registers import (
    Building,
    Community,
    Household,
    HouseholdPhone,
    Room,
    Unit,
    natural_key,
    require_permission,
    resolve_community,
    write_audit,
)

MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "models", "{file} cannot be written: {reason}. Close it in Excel or choose another folder."
)
MSG_EXPORT_CANCELLED = QT_TRANSLATE_NOOP("models", "Export cancelled: no file was written.")

COLUMNS = ["building", "unit", "room", "name", "phones", "id_number", "move_in", "notes", "tags", "role"]


class ExportError(DeskError):
    """The export file could not be written."""


def household_rows(community_id: int) -> list[list[object]]:
    """One list of cell values per active household, in COLUMNS order, by room then name."""
    query = (
        Household.select(
            Household,
            Room.number.alias("room_number"),
            Room.code.alias("room_code"),
            Building.name.alias("building_name"),
            Unit.name.alias("unit_name"),
        )
        .join(Room)
        .join(Building, on=(Room.building == Building.id))
        .switch(Room)
        .join(Unit, on=(Room.unit == Unit.id), join_type=pw.JOIN.LEFT_OUTER)
        .where((Room.community == community_id) & (Household.archived == False))
        .dicts()
    )
    phones: dict[int, list[str]] = {}
    phone_query = HouseholdPhone.select(HouseholdPhone.household, HouseholdPhone.number).join(Household).join(Room)
    for owner, number in (
        phone_query.where(Room.community == community_id).order_by(HouseholdPhone.position, HouseholdPhone.id).tuples()
    ):
        phones.setdefault(owner, []).append(number)
    households = sorted(query, key=lambda h: (natural_key(h["room_code"]), h["name"], h["id"]))
    return [_cells(h, phones.get(h["id"], [])) for h in households]


def _cells(household: dict, phones: list[str]) -> list[object]:
    move_in = household["move_in"]
    if isinstance(move_in, str):
        move_in = dt.date.fromisoformat(move_in[:10])
    return [
        household["building_name"],
        household["unit_name"] or "",
        household["room_number"],
        household["name"],
        "/".join(phones),
        household["id_number"],
        move_in,
        household["notes"],
        household["tags"],
        ROLE_LABELS.get(household["role"], household["role"]),
    ]


def export_households(
    path: str | Path,
    *,
    operator,
    clock: Clock,
    community: str | None = None,
    community_id: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the register of one community to .xlsx (or .csv by suffix); the row count.
    Each row written is reported to `progress`; when it answers False, CancelledError is
    raised and no file is left behind. The file holds full phone and ID numbers: only a
    role that may export (PermissionDenied before anything is read), and the export is
    logged in the audit (file, community, rows) once the file is in place."""
    require_permission(operator, Permission.EXPORT)
    path = Path(path)
    place: Community = resolve_community(community_id, community)
    rows = household_rows(place.id)
    headers = [HEADERS[column] for column in COLUMNS]
    with PendingFile(path) as pending:
        try:
            if path.suffix.lower() == ".csv":
                _write_csv(pending.temporary, headers, rows, progress)
            else:
                _write_xlsx(pending.temporary, headers, rows, place.name, progress)
        except OSError as error:
            raise ExportError(MSG_CANNOT_WRITE, file=path.name, reason=error.strerror or str(error)) from error
        pending.put_in_place()
    figures = {"community": place.name, "households": len(rows)}
    write_audit(AuditKind.EXPORT, f"households:{path.name}", operator=operator, at=clock.now(), new=figures)
    return len(rows)


def _write_xlsx(
    path: Path, headers: list[str], rows: list[list[object]], title: str, progress: Progress | None
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(title))
    sheet.append(headers)
    date_column = COLUMNS.index("move_in")
    try:
        for done, row in enumerate(rows, start=1):
            cells = []
            for index, value in enumerate(row):
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text stays text: "=1+1" is not a formula
                cell.number_format = "yyyy-mm-dd" if index == date_column else "@"
                cells.append(cell)
            sheet.append(cells)
            report(progress, done, len(rows), MSG_EXPORT_CANCELLED)
    except CancelledError:
        sheet.close()  # ends openpyxl's row stream cleanly; its scratch file goes at exit
        raise
    workbook.save(path)


def _sheet_title(name: str) -> str:
    cleaned = "".join(ch for ch in name if ch not in "[]:*?/\\")
    return (cleaned or "households")[:31]


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return escape_text_cell(value) if isinstance(value, str) else value


def _write_csv(path: Path, headers: list[str], rows: list[list[object]], progress: Progress | None) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for done, row in enumerate(rows, start=1):
            writer.writerow([_csv_cell(value) for value in row])
            report(progress, done, len(rows), MSG_EXPORT_CANCELLED)
