"""A clerk types a pile of 20 returned paper forms in, by keyboard only: every key goes to
whichever widget holds the focus, so the focus must move on by itself. On the way: a
form number typed twice is refused at once, a scanned barcode, rooms picked as at
intake and a room that already answered, blanks by 0 and Space, Backspace to retype,
a form stopped early, and the last form corrected with F2."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.followup import CampaignForm, create_campaign, questions_of, set_quotas
from models.followup.tables import SurveyResponse
from tests.acting import admin

KEYS = {"\n": Qt.Key.Key_Return, "\b": Qt.Key.Key_Backspace, " ": Qt.Key.Key_Space}


@pytest.fixture
def campaign(office):
    campaign_id = create_campaign(
        CampaignForm("2026年第四季度满意度调查", dt.date(2026, 11, 15), dt.date(2026, 12, 5)), **admin()
    )
    set_quotas(
        campaign_id, {office.rooms["3-2-1501"].building_id: 3, office.rooms["5-1-0302"].building_id: 2}, **admin()
    )
    return campaign_id


@pytest.fixture
def entry(window, campaign, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # 满意度调查
    page = window.page("surveys")
    panel = page.show_entry()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.form_number)
    return panel


def keys(qtbot, text: str) -> None:
    """Each character to the widget that has the focus now (\\n Enter, \\b Backspace)."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        if char in KEYS:
            qtbot.keyClick(widget, KEYS[char])
        else:
            qtbot.keyClicks(widget, char)


def stored(campaign: int) -> dict[str, tuple[str | None, str, str]]:
    """form number -> (room, answers as typed on paper with - for a blank, comment)."""
    order = {q.id: i for i, q in enumerate(questions_of(campaign))}
    forms = {}
    for response in SurveyResponse.select().where(SurveyResponse.campaign == campaign):
        answers = ["-"] * len(order)
        for answer in response.answers:
            answers[order[answer.question_id]] = str(answer.score)
        room = response.room.code if response.room_id else None
        forms[f"{response.form_number:04d}"] = (room, "".join(answers), response.comment)
    return forms


def test_twenty_paper_forms_typed_in_by_keyboard_only(entry, campaign, office, qtbot):
    full = "54545444445555543434"  # twenty answers

    # form 0001 is proposed: Enter accepts it, the room is typed and picked with Enter
    assert entry.form_number.text() == "0001" and entry.form_number.selectedText() == "0001"
    keys(qtbot, "\n3-2-1501\n")
    assert QApplication.focusWidget() is entry.sheet
    keys(qtbot, full)
    assert QApplication.focusWidget() is entry.comment  # after the last question
    keys(qtbot, "\n")
    assert entry.message_text() == "0001 号问卷已保存。"
    assert entry.form_number.text() == "0002" and QApplication.focusWidget() is entry.form_number

    # 0002: no room (Enter on the empty room field), a blank by 0 and one by Space
    keys(qtbot, "\n\n" + "5 0" + full[3:] + "\n")
    # 0003: a wrong digit retyped with Backspace, a room found by its owner's name
    keys(qtbot, "\n")
    qtbot.keyClicks(QApplication.focusWidget(), "3-2-1502")
    keys(qtbot, "\n" + "12\b\b45" + full[2:] + "\n")
    # 0004: the owner stopped after five questions: Enter saves, the rest stays blank
    keys(qtbot, "\n\n" + "33333\n")

    # a form number typed twice is refused there and then, the focus stays for retyping
    keys(qtbot, "0003\n")
    assert entry.message_text() == "本次调查已录入过 0003 号问卷。"
    assert QApplication.focusWidget() is entry.form_number and entry.form_number.selectedText() == "0003"
    # the barcode of form 5 scanned: the scanner types S<campaign>-0005 and Enter
    keys(qtbot, f"S{campaign}-0005\n")
    assert entry.form_number.text() == "0005" and QApplication.focusWidget() is entry.room
    # room 3-2-1501 already answered on form 0001
    keys(qtbot, "3-2-1501\n")
    assert entry.message_text() == "房屋 3-2-1501 在本次调查中已交回问卷（0001 号）。"
    assert QApplication.focusWidget() is entry.room
    entry.room.selectAll()
    keys(qtbot, "\b3-1-0101\n" + full + "\n")

    # 0006–0020 in a row, no room, the comment typed on one of them
    for number in range(6, 21):
        keys(qtbot, "\n\n" + full)
        if number == 10:
            entry.comment.insert("电梯维保希望更及时")  # Chinese arrives through the input method
        keys(qtbot, "\n")
    assert entry.message_text() == "0020 号问卷已保存。"

    # the last form corrected with F2: the first answer was a 4, not a 5
    keys(qtbot, "")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert entry.form_number.text() == "0020" and QApplication.focusWidget() is entry.sheet
    assert entry.mode.text() == "正在更正 0020 号问卷：按回车保存，按 Esc 取消"
    keys(qtbot, "4\n")
    assert entry.message_text() == "0020 号问卷已更正。"
    assert entry.form_number.text() == "0021"

    forms = stored(campaign)
    assert len(forms) == 20
    assert forms["0001"] == ("3-2-1501", full, "")
    assert forms["0002"] == (None, "5--" + full[3:], "")
    assert forms["0003"] == ("3-2-1502", "45" + full[2:], "")
    assert forms["0004"] == (None, "33333" + "-" * 15, "")
    assert forms["0005"] == ("3-1-0101", full, "")
    assert forms["0010"] == (None, full, "电梯维保希望更及时")
    assert forms["0020"] == (None, "4" + full[1:], "")
    assert entry.progress.text() == "已录入：20 / 300"
    assert entry.recent.item(0).text().startswith("0020")


def test_a_questionnaire_scanned_into_the_global_search_opens_its_entry(window, campaign, office, qtbot):
    """A pile of returned forms scanned from wherever the clerk is: the barcode S<campaign>-0017
    opens 满意度调查 › 录入问卷 on that campaign with form 0017 taken, the cursor on the room."""
    from models.followup import form_code

    window.show_page("registry")
    search = window.search
    qtbot.keyClicks(search, form_code(campaign, 17))
    qtbot.keyClick(search, Qt.Key.Key_Return)
    page = window.page("surveys")
    assert window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.entry
    assert page.entry.form_number.text() == "0017"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.entry.room)
    assert search.text() == ""  # the next scan does not append to this one
    # a code of no campaign is searched as text in the tickets, as before
    qtbot.keyClicks(search, "S999-0001")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.page("registry")
