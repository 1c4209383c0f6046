"""Chinese names of the domain's codes as paper prints them. Paper is always Chinese,
whatever language the screen shows, so these do not go through Qt's translations."""

from __future__ import annotations

from models.codes import Kind, Location, Priority

KINDS = {
    Kind.REPAIR: "报修",
    Kind.COMPLAINT: "投诉",
    Kind.INQUIRY: "咨询",
    Kind.SUGGESTION: "建议",
    Kind.PRAISE: "表扬",
}
PRIORITIES = {Priority.URGENT: "紧急", Priority.NORMAL: "普通", Priority.LOW: "低"}
LOCATIONS = {Location.IN_HOME: "户内", Location.PUBLIC_AREA: "公共区域"}


def kind(code: str) -> str:
    return KINDS.get(code, code)


def priority(code: str) -> str:
    return PRIORITIES.get(code, code)


def location(code: str) -> str:
    return LOCATIONS.get(code, code)
