"""The categories tab of the registers page: the group → category tree with default
priority and department, and an editor beside it for the chosen entry, including which
knowledge entries (replies, scripts, emergency checklists) are linked to it. With
include_archived, archived groups and categories are listed too, greyed and marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.context import acting
from desktop_app.pages.registers.common import archived_mark
from desktop_app.pages.registers.urgent_words import UrgentWordsDialog
from desktop_app.translations import code_label, tr_models
from desktop_app.widgets.rows_model import archived_brush
from models.codes import Priority
from models.errors import DeskError, ValidationError
from models.registers import (
    CategoryForm,
    CategoryNode,
    category_tree,
    knowledge_entries,
    list_departments,
    save_category,
)

NODE = Qt.ItemDataRole.UserRole


class CategoriesTab(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_text = ""
        self.include_archived = False
        self.editing: CategoryNode | None = None
        self.new_parent_id: int | None = None
        self.tree = QTreeWidget(objectName="registers.categories.tree")
        self.tree.setColumnCount(3)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.name = QLineEdit(objectName="categories.name")
        self.priority = QComboBox(objectName="categories.priority")
        for priority in Priority:
            self.priority.addItem("", priority.value)
        self.department = QComboBox(objectName="categories.department")
        self.knowledge = QListWidget(objectName="categories.knowledge")
        self.error = QLabel(objectName="categories.error", wordWrap=True)
        self.error.setStyleSheet("color: #b42318;")
        self.save_button = QPushButton(objectName="categories.save")
        self.new_group_button = QPushButton(objectName="categories.new_group")
        self.new_category_button = QPushButton(objectName="categories.new_category")
        self.urgent_words_button = QPushButton(objectName="categories.urgent_words")
        self.urgent_words_button.clicked.connect(self.edit_urgent_words)
        self.save_button.clicked.connect(self.save)
        self.new_group_button.clicked.connect(lambda: self.start_new(None))
        self.new_category_button.clicked.connect(self._on_new_category_clicked)
        self.form_labels = [QLabel() for _ in range(4)]
        self._layout()
        # nothing chosen yet: the editor stands ready for a new group, at the usual priority
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL))

    def _layout(self) -> None:
        editor = QWidget()
        form = QFormLayout(editor)
        for label, widget in zip(
            self.form_labels, (self.name, self.priority, self.department, self.knowledge), strict=True
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(self.save_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_group_button)
        buttons.addWidget(self.new_category_button)
        buttons.addStretch()
        buttons.addWidget(self.urgent_words_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.tree)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([520, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Category"), self.tr("Default priority"), self.tr("Default department")])
        for label, text in zip(
            self.form_labels,
            (
                self.tr("&Name"),
                self.tr("Default &priority"),
                self.tr("Default &department"),
                self.tr("Linked &knowledge"),
            ),
            strict=True,
        ):
            label.setText(text)
        for index in range(self.priority.count()):
            self.priority.setItemText(index, code_label(self.priority.itemData(index)))
        self.save_button.setText(self.tr("Save category"))
        self.new_group_button.setText(self.tr("New group"))
        self.new_category_button.setText(self.tr("New category in group"))
        self.urgent_words_button.setText(UrgentWordsDialog.opening_text())
        self.reload()

    # --- the tree ------------------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self.reload()

    def reload(self) -> None:
        chosen = self.editing.id if self.editing else None
        self.tree.clear()
        for group in category_tree(include_archived=self.include_archived):
            item = self._item(group)
            for category in group.children:
                if not self.filter_text or self.filter_text in category.name or self.filter_text in group.name:
                    item.addChild(self._item(category))
            if item.childCount() or not self.filter_text or self.filter_text in group.name:
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self._reload_choices()
        if chosen is not None:
            self.select(chosen)

    def _item(self, node: CategoryNode) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [archived_mark(node.name, node.archived), code_label(node.default_priority), node.default_department]
        )
        item.setData(0, NODE, node)
        if node.archived:
            for column in range(item.columnCount()):
                item.setForeground(column, archived_brush())
        return item

    def select(self, category_id: int) -> bool:
        for item in self._all_items():
            if item.data(0, NODE).id == category_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _all_items(self):
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            yield group
            for child in range(group.childCount()):
                yield group.child(child)

    def _reload_choices(self) -> None:
        self.department.clear()
        self.department.addItem(self.tr("(none)"), None)
        for department in list_departments():
            self.department.addItem(department.name, department.id)
        self.knowledge.clear()
        for entry in knowledge_entries():
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.knowledge.addItem(item)

    # --- the editor ----------------------------------------------------------------------------
    def _on_tree_current_item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is not None:
            self.edit(item.data(0, NODE))

    def edit(self, node: CategoryNode) -> None:
        self.editing, self.new_parent_id = node, node.parent_id
        self.name.setText(node.name)
        self.priority.setCurrentIndex(max(0, self.priority.findData(node.default_priority)))
        self.department.setCurrentIndex(max(0, self.department.findData(node.default_department_id)))
        linked = {link.id for link in node.knowledge}
        for row in range(self.knowledge.count()):
            item = self.knowledge.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.error.clear()

    def start_new(self, parent_id: int | None) -> None:
        self.tree.setCurrentItem(None)
        self.editing, self.new_parent_id = None, parent_id
        self.name.clear()
        self.priority.setCurrentIndex(max(0, self.priority.findData(Priority.NORMAL)))
        self.department.setCurrentIndex(0)
        for row in range(self.knowledge.count()):
            self.knowledge.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.error.clear()
        self.name.setFocus()

    def edit_urgent_words(self) -> UrgentWordsDialog:
        """The owners' words that make intake suggest 'urgent' (window-modal)."""
        dialog = UrgentWordsDialog(self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_new_category_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        node = item.data(0, NODE)
        self.start_new(node.parent_id if node.parent_id is not None else node.id)

    def save(self) -> int | None:
        checked = tuple(
            self.knowledge.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.knowledge.count())
            if self.knowledge.item(row).checkState() == Qt.CheckState.Checked
        )
        form = CategoryForm(
            name=self.name.text(),
            parent_id=self.new_parent_id,
            default_priority=self.priority.currentData(),
            default_department_id=self.department.currentData(),
            knowledge_ids=checked,
            id=self.editing.id if self.editing else None,
        )
        try:
            saved = save_category(form, **acting(self))
        except ValidationError as error:
            name = next(iter(error.problems))
            self.error.setText(tr_models(error.problems[name], error.problem_params.get(name)))
            return None
        except DeskError as error:
            self.error.setText(tr_models(error.message, error.params))
            return None
        self.editing = None
        self.reload()
        self.select(saved)
        self.changed.emit()
        return saved
