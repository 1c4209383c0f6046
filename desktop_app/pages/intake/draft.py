"""The intake form's draft: what was typed, kept on every change as one JSON file per
operator under the data folder's drafts/ (replaced atomically), put back into the form
when it opens, and removed once the call is saved or the form cleared; a failed save or
a closed program loses nothing. IntakeDraftMixin is the draft half of
desktop_app.pages.intake.dialog.IntakeDialog and works on that form's fields."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from models import tickets
from models.store import DataFolder, get_setting, set_setting

log = logging.getLogger(__name__)

DRAFT_FOLDER = "drafts"
CONTENT_KEYS = ("room_text", "reporter", "phone", "description", "attachments", "category_id")
NUMBER_KEYS = ("phone", "room_text", "register_phone")


def draft_path(folder: DataFolder, operator_id: int) -> Path:
    return folder.root / DRAFT_FOLDER / f"intake-{operator_id}.json"


def is_empty(data: dict) -> bool:
    """True when nothing worth keeping was typed or chosen."""
    return not any(data[key] for key in CONTENT_KEYS)


def write_draft(path: Path, data: dict) -> None:
    """Write through a scratch file, so a crash never leaves half a draft. What may hold a
    full phone number (the phone, the room search, which finds rooms by phone) goes into
    the data file instead, beside the rest of the office's personal data; the plain file
    keeps only a mask of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    numbers = {key: data[key] for key in NUMBER_KEYS if data.get(key)}
    if numbers != (get_setting(_setting_key(path)) or {}):
        set_setting(_setting_key(path), numbers)
    plain = {**data, **{key: _masked(data[key]) for key in numbers}}
    scratch = path.with_suffix(".tmp")
    scratch.write_text(json.dumps(plain, ensure_ascii=False), encoding="utf-8")
    scratch.replace(path)


def read_draft(path: Path) -> dict | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {**data, **(get_setting(_setting_key(path)) or {})}


def delete_draft(path: Path) -> None:
    path.unlink(missing_ok=True)
    if get_setting(_setting_key(path)):
        set_setting(_setting_key(path), {})


def _setting_key(path: Path) -> str:
    return f"{DRAFT_FOLDER}/{path.stem}"


def _masked(text: str) -> str:
    """Digits past the third and before the last four are starred: 138****5678."""
    digits = [index for index, ch in enumerate(text) if ch.isdigit()]
    hidden = set(digits[3:-4]) if len(digits) > 7 else set(digits)
    return "".join("*" if index in hidden else ch for index, ch in enumerate(text))


def room_match_for(draft: dict):
    """The draft's room as the register knows it now (None when it is gone)."""
    if draft.get("room_id") is None or not draft.get("room_code"):
        return None
    found = [m for m in tickets.find_rooms(draft["room_code"], 15) if m.room_id == draft["room_id"]]
    return next((m for m in found if m.household_id == draft.get("household_id")), found[0] if found else None)


class IntakeDraftMixin:
    """Saving and restoring IntakeDialog's fields; `_restoring` silences saving while
    the form is filled from a draft or cleared."""

    def draft_path(self) -> Path:
        return draft_path(self.context.folder, self.context.operator.id)

    def _connect_draft(self) -> None:
        for signal in (
            self.room.textEdited,
            self.reporter.textEdited,
            self.phone.textEdited,
            self.description.textChanged,
            self.kind.currentIndexChanged,
            self.category.currentIndexChanged,
            self.priority.currentIndexChanged,
            self.channel.currentIndexChanged,
            self.location.currentIndexChanged,
        ):
            signal.connect(self._save_draft)

    def draft(self) -> dict:
        match = self.room.chosen
        return {
            "room_text": self.room.text(),
            "room_id": match.room_id if match else None,
            "room_code": match.code if match else "",
            "household_id": match.household_id if match else None,
            "kind": self.kind.currentData(),
            "category_id": self.category.currentData(),
            "priority": self.priority.currentData(),
            "priority_chosen": self._priority_chosen,
            "channel": self.channel.currentData(),
            "reporter": self.reporter.text(),
            "phone": self.phone.text(),
            "register_phone": self._register_phone,
            "location": self.location.currentData(),
            "description": self.description.toPlainText(),
            "attachments": self.attachment_paths(),
        }

    def _save_draft(self, *_args) -> None:
        if self._restoring:
            return
        path = self.draft_path()
        data = self.draft()
        if is_empty(data):
            self._delete_draft()
            return
        try:
            write_draft(path, data)
        except OSError:
            log.exception("Could not write the intake draft %s", path)

    def _delete_draft(self) -> None:
        if self._restoring:
            return
        try:
            delete_draft(self.draft_path())
        except OSError:
            log.exception("Could not remove the intake draft")

    def _restore_draft(self) -> None:
        path = self.draft_path()
        try:
            data = read_draft(path)
        except (OSError, ValueError):
            log.exception("Could not read the intake draft %s", path)
            data = None
        if not data:
            self._show_household(None)
            return
        self._restoring = True
        try:
            self._apply_draft(data)
        finally:
            self._restoring = False

    def _apply_draft(self, data: dict) -> None:
        match = room_match_for(data)
        self.room.restore(data.get("room_text", ""), match)
        self._show_household(match)
        self._show_household_phones(match)
        for combo, key in (
            (self.kind, "kind"),
            (self.category, "category_id"),
            (self.priority, "priority"),
            (self.channel, "channel"),
            (self.location, "location"),
        ):
            index = combo.findData(data.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        self._priority_chosen = bool(data.get("priority_chosen"))
        self.reporter.setText(data.get("reporter", ""))
        self.phone.setText(data.get("phone", ""))
        self._register_phone = data.get("register_phone", "")
        self.description.setPlainText(data.get("description", ""))
        self.attachments.clear()
        self._restoring = False
        self.add_attachments([p for p in data.get("attachments", []) if p])
        self._restoring = True
        self.refresh_room_context()
        self.show_knowledge()
