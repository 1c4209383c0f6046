"""Chinese words of the survey's paper (the dimensions, the five answers). Paper is always
Chinese, whatever language the screen shows, so these do not go through Qt's translations."""

from __future__ import annotations

from models.followup import paper_name

ANSWER_HEADINGS = ("1<br/>非常不满意", "2<br/>不满意", "3<br/>一般", "4<br/>满意", "5<br/>非常满意")
ANSWER_NAMES = ("1 非常不满意", "2 不满意", "3 一般", "4 满意", "5 非常满意")


def dimension(code: str) -> str:
    return paper_name(code)
