"""The office's key/value settings (JSON values): one table every area may read and write,
e.g. the work orders' paper size or the reminder interval."""

from __future__ import annotations

import json
from typing import Any

import peewee as pw

from models.store.base import BaseModel


class Setting(BaseModel):
    key = pw.CharField(max_length=80, primary_key=True)
    value = pw.TextField()


TABLES = [Setting]


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else default


def set_setting(key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: text}
    ).execute()
