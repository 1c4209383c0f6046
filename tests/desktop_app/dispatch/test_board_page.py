"""The dispatch board as a supervisor uses it: lanes in Chinese, dispatch by drag and by
keyboard, filters, and the board following changes made elsewhere."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QStyleOptionViewItem,
    QTreeWidget,
)

from desktop_app.pages.dispatch.cards import CardDelegate, CardModel, LaneView
from models.clock import FixedClock
from models.codes import Status
from models.dispatch import CardData, dispatch
from models.dispatch.assignments import CrewRef
from models.registers import Department, Staff
from models.tickets import Assignment, Ticket, TicketEvent
from tests.desktop_app.dispatch.conftest import drop_cards, lane_numbers
from tests.office import OFFICE_NOW


def crew_row(page, name: str) -> tuple[str, str, str]:
    crews = page.findChild(QTreeWidget, "dispatch.crews")
    item = crews.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    return item.text(0), item.text(1), item.text(2)


def test_lanes_by_status_in_chinese_most_pressing_first(board, tickets):
    titles = [
        board.findChild(QLabel, f"dispatch.lane_title.{key}").text()
        for key in ("new", "dispatched", "in_progress", "resolved")
    ]
    assert titles == ["待派工（2）", "已派工（1）", "处理中（0）", "待回访（0）"]
    assert lane_numbers(board, "new") == [tickets.rubbish.number, tickets.leak.number]  # overdue first
    assert lane_numbers(board, "dispatched") == [tickets.door.number]
    assert board.findChild(QListView, "dispatch.lane.new") is board.lane("new")
    assert crew_row(board, "赵师傅") == ("赵师傅", "1", "0")


def test_drag_a_card_onto_a_crew_member_dispatches_it(board, tickets, qtbot):
    crews = board.findChild(QTreeWidget, "dispatch.crews")
    target = crews.findItems("钱师傅", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    at = crews.visualItemRect(target).center()
    assert drop_cards(board.lane("new"), [tickets.leak.number], crews.viewport(), at)
    ticket = Ticket.get_by_id(tickets.leak.id)
    assert ticket.status == Status.DISPATCHED
    assert [a.staff.name for a in Assignment.select().where(Assignment.ticket == ticket)] == ["钱师傅"]
    assert lane_numbers(board, "new") == [tickets.rubbish.number]
    assert lane_numbers(board, "dispatched") == [tickets.door.number, tickets.leak.number]
    assert crew_row(board, "钱师傅") == ("钱师傅", "1", "0")
    assert board.findChild(QLabel, "dispatch.message").text() == f"工单 {tickets.leak.number} 已派给钱师傅。"


def reply_and_dispatch(board, qtbot, reply: str = "已告知业主今天下午处理") -> None:
    """A new ticket dropped somewhere opens the dispatch dialog, which asks for the reply."""
    dialog = board.dispatch_dialog
    assert dialog.isVisible()
    field = dialog.findChild(QLineEdit, "dispatch_dialog.reply")
    qtbot.waitUntil(field.hasFocus)
    field.insert(reply)  # typed by an input method; keyClicks only knows ASCII
    qtbot.mouseClick(dialog.findChild(QPushButton, "dispatch_dialog.ok"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_drag_onto_a_department_sends_it_there_without_crew(board, tickets, qtbot):
    crews = board.findChild(QTreeWidget, "dispatch.crews")
    target = crews.findItems("保洁", Qt.MatchFlag.MatchExactly)[0]
    assert drop_cards(
        board.lane("new"), [tickets.rubbish.number], crews.viewport(), crews.visualItemRect(target).center()
    )
    assert Ticket.get_by_id(tickets.rubbish.id).status == Status.NEW  # asks first: it is not acknowledged yet
    department = board.dispatch_dialog.findChild(QComboBox, "dispatch_dialog.department")
    assert department.currentText() == "保洁"
    reply_and_dispatch(board, qtbot)
    assignment = Assignment.get(Assignment.ticket == tickets.rubbish.id)
    assert (assignment.department.name, assignment.staff_id) == ("保洁", None)
    # dispatching acknowledges it, so its next deadline is now the result (3 working days)
    assert crew_row(board, "保洁") == ("保洁", "1", "0")


def test_dropping_on_empty_space_or_foreign_data_does_nothing(board, tickets):
    crews = board.findChild(QTreeWidget, "dispatch.crews")
    below_rows = crews.viewport().rect().bottomLeft() - QPoint(-5, 5)
    assert crews.itemAt(below_rows) is None
    assert not drop_cards(board.lane("new"), [tickets.leak.number], crews.viewport(), below_rows)
    assert Ticket.get_by_id(tickets.leak.id).status == Status.ACKNOWLEDGED


def test_dispatch_by_keyboard_select_card_press_d_tick_crew_press_enter(board, tickets, qtbot, office):
    lane = board.lane("new")
    lane.setFocus()
    qtbot.keyClick(lane, Qt.Key.Key_Home)
    qtbot.keyClick(lane, Qt.Key.Key_Down)  # second card: the leak
    qtbot.keyClick(lane, Qt.Key.Key_D)
    dialog = board.dispatch_dialog
    assert dialog.isVisible()
    assert dialog.findChild(QComboBox, "dispatch_dialog.department").currentText() == "工程维修"
    crew = dialog.findChild(QListWidget, "dispatch_dialog.crew")
    qtbot.waitUntil(crew.hasFocus)
    # one department chosen: not repeated on each line; names in pinyin order (qián before zhào)
    assert [crew.item(i).text() for i in range(crew.count())] == [
        "钱师傅 — 在办 0，超时 0",
        "赵师傅 — 在办 1，超时 0",
    ]
    qtbot.keyClick(crew, Qt.Key.Key_Space)  # 钱师傅
    qtbot.keyClick(crew, Qt.Key.Key_Down)
    qtbot.keyClick(crew, Qt.Key.Key_Space)  # 赵师傅
    qtbot.keyClick(crew, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ticket = Ticket.get_by_id(tickets.leak.id)
    assert ticket.status == Status.DISPATCHED
    assert sorted(a.staff.name for a in Assignment.select().where(Assignment.ticket == ticket)) == ["赵师傅", "钱师傅"]
    event = TicketEvent.select().where(TicketEvent.ticket == ticket).order_by(TicketEvent.id.desc()).get()
    assert event.actor.display_name == "马主管"  # the window's operator
    assert lane_numbers(board, "dispatched") == [tickets.door.number, tickets.leak.number]


def test_dispatch_dialog_says_what_is_wrong_and_stays_open(board, tickets, qtbot):
    board.lane("new").select_ids([tickets.rubbish.id], current=tickets.rubbish.id)
    dialog = board.open_dispatch([tickets.rubbish.id])
    department = dialog.findChild(QComboBox, "dispatch_dialog.department")
    assert department.currentText() == "保洁"  # the category's default department
    department.setCurrentIndex(0)  # all departments, nobody ticked
    dialog.findChild(QLineEdit, "dispatch_dialog.reply").setText("已告知业主")
    qtbot.mouseClick(dialog.findChild(QPushButton, "dispatch_dialog.ok"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "dispatch_dialog.error").text() == "请选择部门或至少一名维修人员。"
    assert Ticket.get_by_id(tickets.rubbish.id).status == Status.NEW
    dialog.reject()


def test_dispatching_a_new_ticket_asks_for_the_reply_to_the_owner_and_keeps_the_choice(board, tickets, qtbot):
    dialog = board.open_dispatch([tickets.rubbish.id])
    reply = dialog.findChild(QLineEdit, "dispatch_dialog.reply")
    assert reply.isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "dispatch_dialog.ok"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    qtbot.waitUntil(reply.hasFocus)
    assert "尚未受理" in dialog.findChild(QLabel, "dispatch_dialog.error").text()
    assert Ticket.get_by_id(tickets.rubbish.id).status == Status.NEW
    reply.insert("已告知业主保洁员一小时内清运")
    qtbot.mouseClick(dialog.findChild(QPushButton, "dispatch_dialog.ok"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ticket = Ticket.get_by_id(tickets.rubbish.id)
    assert ticket.status == Status.DISPATCHED and ticket.acknowledged_at == OFFICE_NOW
    notes = [e.note for e in TicketEvent.select().where(TicketEvent.ticket == ticket).order_by(TicketEvent.id)]
    assert "已告知业主保洁员一小时内清运" in notes


def test_an_acknowledged_ticket_is_dispatched_without_asking(board, tickets):
    dialog = board.open_dispatch([tickets.leak.id])
    assert not dialog.findChild(QLineEdit, "dispatch_dialog.reply").isVisible()
    dialog.reject()


def test_crew_view_has_a_lane_per_crew_member_that_takes_drops(board, tickets, qtbot):
    mode = board.findChild(QComboBox, "dispatch.mode")
    mode.setCurrentIndex(mode.findData("crew"))
    zhao = board.lane(f"staff.{tickets.door.assignments[0].staff_id}")
    assert [c.number for c in zhao.card_model().cards] == [tickets.door.number]
    sun = next(
        view
        for key, view in board.lanes.items()
        if key.startswith("staff.")
        and board.findChild(QLabel, f"dispatch.lane_title.{key}").text().startswith("孙阿姨")
    )
    assert drop_cards(board.lane("new"), [tickets.rubbish.number], sun.viewport(), sun.viewport().rect().center())
    crew = board.dispatch_dialog.findChild(QListWidget, "dispatch_dialog.crew")
    ticked = [crew.item(i).text() for i in range(crew.count()) if crew.item(i).checkState() == Qt.CheckState.Checked]
    assert [text.split("（")[0].split(" — ")[0] for text in ticked] == ["孙阿姨"]
    reply_and_dispatch(board, qtbot)
    assert [c.number for c in sun.card_model().cards] == [tickets.rubbish.number]
    assert board.findChild(QLabel, f"dispatch.lane_title.{sun.key}").text() == "孙阿姨 · 保洁（1）"


def test_department_and_community_filters(board, tickets):
    department = board.findChild(QComboBox, "dispatch.department")
    department.setCurrentIndex(department.findText("保洁"))
    assert lane_numbers(board, "new") == [tickets.rubbish.number]
    assert lane_numbers(board, "dispatched") == []
    crews = board.findChild(QTreeWidget, "dispatch.crews")
    assert [crews.topLevelItem(i).text(0) for i in range(crews.topLevelItemCount())] == ["保洁"]
    department.setCurrentIndex(0)
    community = board.findChild(QComboBox, "dispatch.community")
    assert [community.itemText(i) for i in range(community.count())] == ["全部小区", "阳光花园"]
    community.setCurrentIndex(1)
    assert len(lane_numbers(board, "new")) == 2


def test_board_follows_a_dispatch_made_elsewhere(board, tickets, qtbot, office):
    cleaning = Department.get(Department.code == "cleaning")
    dispatch(
        tickets.rubbish.id,
        department_id=cleaning.id,
        reply="已告知业主",
        operator=office.supervisor,
        clock=FixedClock(OFFICE_NOW),
    )
    board.context.signals.tickets_changed.emit([tickets.rubbish.id])
    # the door (received Sunday) is due Wed 11-25, the rubbish (received today) Thu 11-26
    qtbot.waitUntil(lambda: lane_numbers(board, "dispatched") == [tickets.door.number, tickets.rubbish.number])


def test_pressing_s_marks_started_and_overdue_cards_say_so(board, tickets, qtbot):
    lane = board.lane("dispatched")
    lane.setFocus()
    qtbot.keyClick(lane, Qt.Key.Key_Home)
    qtbot.keyClick(lane, Qt.Key.Key_S)
    assert lane_numbers(board, "in_progress") == [tickets.door.number]
    assert Ticket.get_by_id(tickets.door.id).status == Status.IN_PROGRESS
    rubbish = board.lane("new").card_model().cards[0]
    from desktop_app.pages.dispatch.cards import time_left_text

    assert time_left_text(rubbish, OFFICE_NOW) == ("已超时 1小时0分", True)


def test_a_printed_work_order_shows_on_its_card(board, tickets, qtbot, tmp_path):
    from desktop_app.printing.qt_print import print_work_orders

    assert not board.lane("dispatched").card_model().cards[0].printed
    assert print_work_orders(board, board.context, [tickets.door.id], mode="pdf", path=tmp_path / "door.pdf")
    assert (tmp_path / "door.pdf").read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: board.lane("dispatched").card_model().cards[0].printed)


def test_switching_to_english_retranslates_the_board(board, tickets, qtbot):
    from desktop_app import translations

    title = board.findChild(QLabel, "dispatch.lane_title.new")
    try:
        translations.install_language("en")
        qtbot.waitUntil(lambda: title.text() == "Awaiting dispatch (2)")
        assert board.findChild(QComboBox, "dispatch.mode").currentText() == "By status"
    finally:
        translations.install_language("zh_CN")
    qtbot.waitUntil(lambda: title.text() == "待派工（2）")


def test_an_off_duty_crew_member_fits_the_panel_at_1024_and_says_it_in_full_on_hover(window, board, tickets, qtbot):
    Staff.update(on_duty=False).where(Staff.name == "钱师傅").execute()
    window.resize(1024, 768)
    board.reload()
    crews = board.findChild(QTreeWidget, "dispatch.crews")
    item = crews.findItems("钱师傅·休", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    assert item.foreground(0).color().name() == "#98a2b3"
    assert item.toolTip(0).startswith("钱师傅（不在岗）")
    # the whole short name shows in the panel's name column: no "…"
    qtbot.waitUntil(lambda: crews.columnWidth(0) > 0)
    room = crews.columnWidth(0) - 2 * crews.indentation()  # a member sits one level below the decorated root
    assert crews.fontMetrics().horizontalAdvance(item.text(0)) < room


class _RecordingDelegate(CardDelegate):
    """The board's own card painter, noting which text it drew in which part of the card."""

    drawn: list[tuple[QRect, str, str]]

    def _text(self, painter, font, colour, rect, text, align=Qt.AlignmentFlag.AlignLeft):  # noqa: PLR0913
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width()) if text else ""
        self.drawn.append((QRect(rect), text, elided))
        CardDelegate._text(painter, font, colour, rect, text, align)


def _unhappy_card(**changes) -> CardData:
    values = dict(
        ticket_id=1, number="BX20261201-0001", lane="in_progress", status="in_progress", kind="repair",
        priority="normal", room="13-1-0301", community="阳光花园", category="水电", description="卫生间漏水",
        department_id=1, department="工程部", crew=(CrewRef(staff_id=1, name="张建国"),),
        received_at=OFFICE_NOW, due_at=OFFICE_NOW + dt.timedelta(days=5, hours=10, minutes=30),
        overdue=False, paused=False, printed=True, unhappy=True,
    )  # fmt: skip
    values.update(changes)
    return CardData(**values)


def _lane_card_height(width: int, cards: list[CardData]) -> int:
    """How tall the board makes each card of a lane `width` px wide holding `cards`."""
    lane = QListView()
    model = CardModel(lane)
    model.set_cards(cards)
    lane.setModel(model)
    lane.resize(width, 400)
    lane.show()  # the viewport takes the lane's width
    option = QStyleOptionViewItem()
    option.initFrom(lane)
    option.widget = lane
    option.font = QApplication.font()
    option.fontMetrics = QFontMetrics(option.font)
    return CardDelegate(now=lambda: OFFICE_NOW).sizeHint(option, model.index(0)).height()


def _paint_card(width: int, height: int, card: CardData) -> list[tuple[QRect, str, str]]:
    delegate = _RecordingDelegate(now=lambda: OFFICE_NOW)
    delegate.drawn = []
    model = CardModel()
    model.set_cards([card])
    image = QImage(width, height + 10, QImage.Format.Format_ARGB32)
    image.fill(0)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, width, height)
    option.font = QApplication.font()
    option.fontMetrics = QFontMetrics(option.font)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0))
    painter.end()
    return delegate.drawn


def test_a_narrow_card_printed_and_reopened_by_callback_shows_crew_time_left_and_mark_whole(board):
    # at 1024×768 a lane is about 170 px wide: 已打印 and 回访不满意 together left the crew
    # line "…"; then the mark went down beside the time left and cut it to "剩余 5天1…". In a
    # lane holding such a card every card is now a line taller and the mark has that line.
    line = QFontMetrics(QApplication.font()).height()
    card = _unhappy_card()
    assert _lane_card_height(170, [card]) == _lane_card_height(170, [_unhappy_card(unhappy=False)]) + line
    assert _lane_card_height(400, [card]) == _lane_card_height(170, [_unhappy_card(unhappy=False)])
    for width in (170, 400):
        drawn = _paint_card(width, _lane_card_height(width, [card]), card)
        whole = {text: elided for _rect, text, elided in drawn}
        assert whole["张建国"] == "张建国", f"crew cut short at {width} px"
        assert whole["剩余 5天10小时"] == "剩余 5天10小时", f"time left cut short at {width} px"
        assert whole["回访不满意"] == "回访不满意"
        crew = next(rect for rect, text, _ in drawn if text == "张建国")
        mark = next(rect for rect, text, _ in drawn if text == "回访不满意")
        time_left = next(rect for rect, text, _ in drawn if text == "剩余 5天10小时")
        if width == 170:
            assert mark.top() == time_left.top() + line  # its own line, under the time left
        else:
            assert mark.top() == crew.top()  # wide enough: beside the crew, cards stay four lines


def test_a_lane_narrowed_to_1024_wide_gives_the_callback_mark_its_own_line(qtbot):
    lane = LaneView("in_progress", False, CardDelegate(now=lambda: OFFICE_NOW))
    qtbot.addWidget(lane)
    lane.card_model().set_cards([_unhappy_card(), _unhappy_card(ticket_id=2, unhappy=False)])
    lane.resize(400, 400)
    lane.show()
    line = lane.fontMetrics().height()
    qtbot.waitUntil(lambda: lane.visualRect(lane.card_model().index(0)).height() > 0)
    wide = lane.visualRect(lane.card_model().index(0)).height()
    lane.resize(170, 400)
    qtbot.waitUntil(lambda: lane.visualRect(lane.card_model().index(1)).height() == wide + line)
    lane.resize(400, 400)
    qtbot.waitUntil(lambda: lane.visualRect(lane.card_model().index(1)).height() == wide)
