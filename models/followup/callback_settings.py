"""The office's callback rules (settings) and the pure arithmetic of the next attempt.

Settings (store key → default):
- callbacks.max_attempts → 3: calls not reaching the owner before the callback ends as
  无法联系 (abandoned) and goes to the supervisor;
- callbacks.retry_hours → 4: the next attempt is this many hours later when that falls
  within office hours on a working day, else at the start of office hours of the next
  working day (the owner may also name a time: "call me later at …");
- callbacks.day_starts / callbacks.day_ends → "09:00" / "18:00": the office hours;
- callbacks.partly_reopens → false: a rating of 3 or "partly solved" reopens the ticket
  like an unhappy verdict (true) or is only flagged for the supervisor (false);
- callbacks.auto_close → true: a satisfied callback closes the ticket at once (true)
  or leaves it 已回访 for the supervisor to close (false)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from models.clock import Clock
from models.codes import Permission
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.office import User, record_settings, require
from models.service_levels import WorkingCalendar
from models.store import Setting, database, get_setting, set_setting

PREFIX = "callbacks."
ATTEMPTS_RANGE = (1, 10)
RETRY_HOURS_RANGE = (1, 72)

MSG_ATTEMPTS = QT_TRANSLATE_NOOP("models", "Enter a whole number of attempts from {low} to {high}.")
MSG_RETRY_HOURS = QT_TRANSLATE_NOOP("models", "Enter a whole number of hours from {low} to {high}.")
MSG_HOURS = QT_TRANSLATE_NOOP("models", "Office hours are two times such as 09:00 and 18:00, the first earlier.")


@dataclass(frozen=True)
class CallbackRules:
    max_attempts: int = 3
    retry_hours: int = 4
    day_starts: dt.time = dt.time(9, 0)
    day_ends: dt.time = dt.time(18, 0)
    partly_reopens: bool = False
    auto_close: bool = True


def callback_rules() -> CallbackRules:
    """The office's rules, read in one query (a call is saved many times a day)."""
    default = CallbackRules()
    stored = {
        row.key.removeprefix(PREFIX): json.loads(row.value)
        for row in Setting.select().where(Setting.key.startswith(PREFIX))
    }
    return CallbackRules(
        max_attempts=int(stored.get("max_attempts", default.max_attempts)),
        retry_hours=int(stored.get("retry_hours", default.retry_hours)),
        day_starts=_time(stored.get("day_starts"), default.day_starts),
        day_ends=_time(stored.get("day_ends"), default.day_ends),
        partly_reopens=bool(stored.get("partly_reopens", default.partly_reopens)),
        auto_close=bool(stored.get("auto_close", default.auto_close)),
    )


def save_callback_rules(rules: CallbackRules, *, operator: User, clock: Clock) -> None:
    """Keep the office's callback rules (a role that may change settings; audited old → new)."""
    require(operator, Permission.EDIT_SETTINGS)
    problems, params = validate_rules(rules)
    if problems:
        raise ValidationError(problems, params)
    before = _settings_of(callback_rules())
    with database.atomic():
        set_setting(PREFIX + "max_attempts", rules.max_attempts)
        set_setting(PREFIX + "retry_hours", rules.retry_hours)
        set_setting(PREFIX + "day_starts", rules.day_starts.strftime("%H:%M"))
        set_setting(PREFIX + "day_ends", rules.day_ends.strftime("%H:%M"))
        set_setting(PREFIX + "partly_reopens", rules.partly_reopens)
        set_setting(PREFIX + "auto_close", rules.auto_close)
        record_settings("callbacks", before, _settings_of(rules), actor=operator, at=clock.now())


def _settings_of(rules: CallbackRules) -> dict:
    return {
        "max_attempts": rules.max_attempts,
        "retry_hours": rules.retry_hours,
        "day_starts": rules.day_starts.strftime("%H:%M"),
        "day_ends": rules.day_ends.strftime("%H:%M"),
        "partly_reopens": rules.partly_reopens,
        "auto_close": rules.auto_close,
    }


def validate_rules(rules: CallbackRules) -> tuple[dict[str, str], dict[str, dict]]:
    problems: dict[str, str] = {}
    params: dict[str, dict] = {}
    for name, (low, high), message in (
        ("max_attempts", ATTEMPTS_RANGE, MSG_ATTEMPTS),
        ("retry_hours", RETRY_HOURS_RANGE, MSG_RETRY_HOURS),
    ):
        value = getattr(rules, name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            problems[name] = message
            params[name] = {"low": low, "high": high}
    if not rules.day_starts < rules.day_ends:
        problems["day_ends"] = MSG_HOURS
    return problems, params


def _time(text: object, default: dt.time) -> dt.time:
    try:
        hour, minute = str(text).split(":")
        return dt.time(int(hour), int(minute))
    except (ValueError, TypeError):
        return default


def next_attempt_at(after: dt.datetime, rules: CallbackRules, calendar: WorkingCalendar) -> dt.datetime:
    """When to try again after an unanswered call at `after`: `retry_hours` later if that
    is within office hours of a working day, else the next start of office hours."""
    candidate = (after + dt.timedelta(hours=rules.retry_hours)).replace(second=0)
    if calendar.is_workday(candidate.date()) and rules.day_starts <= candidate.time() <= rules.day_ends:
        return candidate
    day = candidate.date()
    if candidate.time() > rules.day_ends or not calendar.is_workday(day):
        day += dt.timedelta(days=1)
    while not calendar.is_workday(day):
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, rules.day_starts)


SHEET_FULL_PHONE = PREFIX + "sheet_full_phone"


def sheet_full_phone() -> bool:
    """Whether the callback sheet prints full phone numbers (default: masked, SPEC §6)."""
    return bool(get_setting(SHEET_FULL_PHONE, False))


def set_sheet_full_phone(full: bool, *, operator: User, clock: Clock) -> None:
    require(operator, Permission.EDIT_SETTINGS)
    before = sheet_full_phone()
    with database.atomic():
        set_setting(SHEET_FULL_PHONE, bool(full))
        record_settings(SHEET_FULL_PHONE, {"value": before}, {"value": bool(full)}, actor=operator, at=clock.now())
