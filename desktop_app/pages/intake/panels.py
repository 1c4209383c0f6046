"""The intake form's side panel: the repeat-complaint warning, the tickets already open
on the same problem (with the button that adds the call to one of them instead of a
new ticket), the room's recent tickets, and the knowledge base's standard replies and
emergency checklists for the category. It shows what the form hands it; the form asks
models.tickets (intake) for the data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.translations import code_label
from models.clock import format_datetime
from models.codes import KnowledgeKind


class IntakeSidePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent_box = QGroupBox(objectName="intake.recent_box")
        self.recent = QListWidget(objectName="intake.recent")
        QVBoxLayout(self.recent_box).addWidget(self.recent)
        _wrapping(self.recent)
        self.repeat_warning = QLabel(objectName="intake.repeat_warning", wordWrap=True)
        self.repeat_warning.setStyleSheet(
            "background: #fff4e5; color: #93370d; border: 1px solid #f79009; padding: 6px;"
        )
        self.repeat_warning.hide()
        self.open_same_box = QGroupBox(objectName="intake.open_same_box")
        self.open_same = QListWidget(objectName="intake.open_same")
        _wrapping(self.open_same)
        self.add_to_existing = QPushButton(objectName="intake.add_to_existing")
        self.add_to_existing.setAutoDefault(False)
        same_layout = QVBoxLayout(self.open_same_box)
        same_layout.addWidget(self.open_same)
        same_layout.addWidget(self.add_to_existing)
        self.open_same_box.setStyleSheet("QGroupBox { color: #93370d; font-weight: bold; }")
        self.open_same_box.hide()
        self.knowledge_box = QGroupBox(objectName="intake.knowledge_box")
        self.knowledge = QTextBrowser(objectName="intake.knowledge")
        QVBoxLayout(self.knowledge_box).addWidget(self.knowledge)
        self._layout()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.repeat_warning)
        layout.addWidget(self.open_same_box)
        layout.addWidget(self.recent_box, 1)
        layout.addWidget(self.knowledge_box, 1)

    def retranslate_ui(self) -> None:
        self.recent_box.setTitle(self.tr("Recent tickets of this room"))
        self.open_same_box.setTitle(self.tr("Already open on the same problem"))
        self.add_to_existing.setText(self.tr("Add this call to the selected ticket instead"))
        self.knowledge_box.setTitle(self.tr("Standard replies and checklists"))

    # --- room context ---------------------------------------------------------------
    def show_room_context(self, context) -> None:
        """A models.tickets RoomContext, or None when no room is chosen."""
        self.recent.clear()
        self.open_same.clear()
        if context is None:
            self.repeat_warning.hide()
            self.open_same_box.hide()
            return
        for brief in context.recent:
            self.recent.addItem(self._brief_item(brief))
        if not context.recent:
            self.recent.addItem(self.tr("No tickets for this room yet."))
        self._show_repeat(context.repeat_complaint)
        for brief in context.open_same_problem:
            self.open_same.addItem(self._brief_item(brief))
        self.open_same_box.setVisible(bool(context.open_same_problem))
        if context.open_same_problem:
            self.open_same.setCurrentRow(0)

    def _show_repeat(self, brief) -> None:
        self.repeat_warning.setVisible(brief is not None)
        if brief is not None:
            self.repeat_warning.setText(
                self.tr(
                    "Repeat complaint: this room complained about the same category on {date} ({number}, {status}). "
                    "It will count as a repeat complaint."
                ).format(date=format_datetime(brief.received_at), number=brief.number, status=code_label(brief.status))
            )

    def _brief_item(self, brief) -> QListWidgetItem:
        """Two lines, so the narrow panel never cuts one: number and state, then when and what."""
        text = f"{brief.number} · {code_label(brief.status)}\n{format_datetime(brief.received_at)} · {brief.category}"
        item = QListWidgetItem(text)
        item.setToolTip(brief.description)
        item.setData(Qt.ItemDataRole.UserRole, brief.id)
        return item

    def selected_open_ticket(self) -> tuple[int, str] | None:
        """(id, number) of the open ticket chosen to take the call, if any."""
        item = self.open_same.currentItem()
        if item is None:
            return None
        return item.data(Qt.ItemDataRole.UserRole), item.text().split(" · ")[0]

    # --- knowledge ------------------------------------------------------------------
    def show_knowledge(self, items) -> None:
        """models.tickets knowledge entries, emergency checklists marked as such; None
        (no category chosen, nothing described yet) leaves the box empty."""
        if items is None:
            self.knowledge.clear()
            return
        self.knowledge.setHtml(
            "".join(self._knowledge_html(item) for item in items)
            or "<p>{}</p>".format(_escape(self.tr("Nothing in the knowledge base for this category.")))
        )

    def _knowledge_html(self, item) -> str:
        emergency = item.kind == KnowledgeKind.EMERGENCY
        title = _escape(item.title)
        if emergency:
            title = "<span style='color:#b42318'>{}</span>".format(
                _escape(self.tr("Emergency checklist: {title}").format(title=item.title))
            )
        body = _escape(item.body).replace("\n", "<br>")
        return f"<p><b>{title}</b><br>{body}</p>"


def _wrapping(brief_list: QListWidget) -> None:
    """A ticket's line wraps at its " · " instead of running under a sideways scrollbar
    in the narrow side panel (1024×768)."""
    brief_list.setWordWrap(True)
    brief_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    brief_list.setResizeMode(QListWidget.ResizeMode.Adjust)
    brief_list.setUniformItemSizes(False)
    brief_list.setAlternatingRowColors(True)  # where one ticket ends and the next begins


def _escape(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
