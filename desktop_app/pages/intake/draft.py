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
from models.store import DataFolder

log = logging.getLogger(__name__)

DRAFT_FOLDER = "drafts"
CONTENT_KEYS = ("room_text", "reporter", "phone", "description", "attachments", "category_id")


def draft_path(folder: DataFolder, operator_id: int) -> Path:
    return folder.root / DRAFT_FOLDER / f"intake-{operator_id}.json"


def is_empty(data: dict) -> bool:
    """True when nothing worth keeping was typed or chosen."""
    return not any(data[key] for key in CONTENT_KEYS)


def write_draft(path: Path, data: dict) -> None:
    """Write through a scratch file, so a crash never leaves half a draft."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".tmp")
    scratch.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    scratch.replace(path)


def read_draft(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def delete_draft(path: Path) -> None:
    path.unlink(missing_ok=True)


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
