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


def get_settings(defaults: dict[str, Any]) -> dict[str, Any]:
    """Several settings in one query: each key's stored value, else its default."""
    rows = Setting.select(Setting.key, Setting.value).where(Setting.key.in_(list(defaults))).tuples()
    stored = {key: json.loads(value) for key, value in rows}
    return {key: stored.get(key, default) for key, default in defaults.items()}


def set_setting(key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=text).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: text}
    ).execute()
