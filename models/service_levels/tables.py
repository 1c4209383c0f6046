"""Tables of the service levels: SLA policies per kind × priority and the office's own
calendar overrides (holidays and make-up working days)."""

from __future__ import annotations

import peewee as pw

from models.codes import DeadlineUnit, Kind, Priority, values
from models.store import BaseModel, check_in


class SlaPolicy(BaseModel):
    """Deadlines counted from receipt (acknowledge, result) and from resolution
    (callback); a stage reply is required within `stage_reply_minutes` when set."""

    kind = pw.CharField(max_length=12, constraints=[check_in("kind", values(Kind))])
    priority = pw.CharField(max_length=8, constraints=[check_in("priority", values(Priority))])
    ack_amount = pw.IntegerField(constraints=[pw.Check("ack_amount > 0")])
    ack_unit = pw.CharField(max_length=14, constraints=[check_in("ack_unit", values(DeadlineUnit))])
    stage_reply_minutes = pw.IntegerField(null=True)
    result_amount = pw.IntegerField(constraints=[pw.Check("result_amount > 0")])
    result_unit = pw.CharField(max_length=14, constraints=[check_in("result_unit", values(DeadlineUnit))])
    callback_amount = pw.IntegerField(constraints=[pw.Check("callback_amount > 0")])
    callback_unit = pw.CharField(max_length=14, constraints=[check_in("callback_unit", values(DeadlineUnit))])

    class Meta:
        indexes = ((("kind", "priority"), True),)


class CalendarOverride(BaseModel):
    day = pw.DateField(unique=True)
    is_workday = pw.BooleanField()
    note = pw.CharField(max_length=100, default="")


TABLES = [SlaPolicy, CalendarOverride]
