"""Full numbers on the registers page are one deliberate, logged click away: a clerk sees a
household's full phone numbers but its ID number stays masked; a manager sees both. Each
number revealed leaves its audit entry (who, when, which household)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from models.office import audit_lines


def reveal_first(window, user):
    from desktop_app.context import context_of

    page = window.show_page("registers")
    tab = page.households
    context_of(tab).operator = user
    tab.apply_filter("李秀英")
    tab.table.selectRow(0)
    tab.findChild(QPushButton, "registers.households.reveal").click()
    return tab.findChild(QLabel, "registers.households.revealed").text()


@pytest.mark.parametrize(
    ("role", "shown", "entries"),
    [
        # the clerk: both phones in full, the ID number as 110***********1234 (3 + 11 stars + 4 = 18)
        ("clerk", "李秀英：电话 13987654321 / 010-62345678；身份证号 110***********1234", ["phone"]),
        ("manager", "李秀英：电话 13987654321 / 010-62345678；身份证号 110101198001011234", ["phone", "id_number"]),
    ],
)
def test_a_reveal_shows_what_the_role_may_see_and_is_logged(window, office, role, shown, entries):
    user = getattr(office, role)
    assert reveal_first(window, user) == shown
    household = office.households["3-2-1502"].id
    reveals = audit_lines(kind="reveal")
    assert [(e.actor, e.subject, e.new) for e in reveals] == [
        (user.username, f"household:{household}", what) for what in entries
    ]
