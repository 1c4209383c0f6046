"""The main window: page navigation (mouse and Ctrl+1…7), the global search box that
also receives scanned work-order numbers, the status bar (operator, data file, overdue
count) and the remembered window geometry.

Start-up: only the registry (the first page) is built with the window; the other pages
are imported and built the first time they are shown (desktop_app.pages). The status
bar's counts and backup state, and the idle lock's watch over every key and click, start
just after the window's first paint, so the frame and the first page of tickets are on
screen before them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_app import pages
from desktop_app.change_watch import ChangeWatcher
from desktop_app.context import DeskContext
from desktop_app.error_presenter import message_for
from desktop_app.pages import callbacks as callbacks_page
from desktop_app.sign_in import IdleLock, LoginDialog, switch_user_text
from desktop_app.widgets.page import Page
from models import followup, tickets
from models.errors import DeskError
from models.store import refuse_if_damaged
from models.tickets import looks_like_ticket_number

OVERDUE_REFRESH_MS = 60_000
FIRST_PAINT_WAIT_MS = 2_000  # what waits for the first paint starts by then in any case
OVERDUE_ALERT_STYLE = "color: #b42318; font-weight: bold;"


class MainWindow(QMainWindow):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("main.window")
        self._pages: dict[str, Page] = {}
        self._painted = False  # what waits for the first paint: after_first_paint()
        self.idle_lock: IdleLock | None = None
        self._build_navigation()
        self._build_toolbar()
        self._build_status_bar()
        self._build_shortcuts()
        self.retranslate_ui()
        self.restore_layout()
        self.show_page(pages.PAGES[0].key)
        context.signals.tickets_changed.connect(self.refresh_overdue)
        self._overdue_timer = QTimer(self, interval=OVERDUE_REFRESH_MS, timeout=self.refresh_overdue)
        self._overdue_timer.start()  # the first count follows the first paint (after_first_paint)
        context.signals.settings_changed.connect(self._restart_idle_lock)
        context.signals.elsewhere_changed.connect(self.refresh_overdue)
        context.signals.connection_changed.connect(self.show_connection_problem)
        self.change_watch = ChangeWatcher(context, self)

    # --- construction -------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.nav = QListWidget(objectName="main.nav")
        self.nav.setMaximumWidth(240)
        self.stack = QStackedWidget(objectName="main.pages")
        for spec in pages.PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the page when first shown
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        splitter = QSplitter(objectName="main.splitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(objectName="main.toolbar", movable=False)
        self.new_ticket_action = QAction(self, objectName="main.new_ticket", shortcut=QKeySequence("Ctrl+N"))
        self.new_ticket_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_ticket_action.triggered.connect(self.start_intake)
        self.toolbar.addAction(self.new_ticket_action)
        self.switch_user_action = QAction(self, objectName="main.switch_user", shortcut=QKeySequence("Ctrl+Shift+L"))
        self.switch_user_action.triggered.connect(self.switch_user)
        self.toolbar.addAction(self.switch_user_action)
        self.toolbar.addSeparator()
        self.search = QLineEdit(objectName="global.search", clearButtonEnabled=True)
        self.search.setMaximumWidth(360)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.toolbar.addWidget(self.search)
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        self.operator_label = QLabel(objectName="status.operator")
        self.data_file_label = QLabel(self.context.folder.where, objectName="status.data_file")
        self.overdue_label = QLabel(objectName="status.overdue")
        self.backup_label = QLabel(objectName="status.backup")
        self.backup_label.setStyleSheet("color: #b00020")
        self.callbacks_label = QLabel(objectName="status.callbacks")
        self.callbacks_label.setStyleSheet("color: #b42318;")
        # the data file cannot be reached (a network share gone): the store's sentence
        self.connection_label = QLabel(objectName="status.connection", wordWrap=True)
        self.connection_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.connection_label.hide()
        bar = self.statusBar()
        bar.addWidget(self.operator_label)
        bar.addWidget(self.connection_label, 2)
        bar.addWidget(self.data_file_label, 1)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.callbacks_label)
        bar.addPermanentWidget(self.overdue_label)
        self.context.signals.settings_changed.connect(self.refresh_backup_status)

    def _build_shortcuts(self) -> None:
        for spec in pages.PAGES:
            action = QAction(self, shortcut=QKeySequence(spec.shortcut), objectName=f"main.goto.{spec.key}")
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.addAction(action)
        focus_search = QAction(self, shortcut=QKeySequence("Ctrl+F"), objectName="main.focus_search")
        focus_search.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(focus_search)

    # --- text ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Property Office Desk"))
        for row, spec in enumerate(pages.PAGES):
            title = QCoreApplication.translate("MainWindow", spec.title)
            self.nav.item(row).setText(title)
            self.nav.item(row).setToolTip(f"{title} ({spec.shortcut})")
        self.new_ticket_action.setText(self.tr("New ticket (Ctrl+N)"))
        self.switch_user_action.setText(switch_user_text())
        self.search.setPlaceholderText(self.tr("Search ticket number, room or phone; scan a work order (Ctrl+F)"))
        self._fit_navigation()
        self.operator_label.setText(self.tr("Operator: {name}").format(name=self.context.operator.display_name))
        if self._painted:
            self.refresh_overdue()

    def _fit_navigation(self) -> None:
        """The page list as wide as its longest title, so the pages keep the rest of a
        1024-pixel screen."""
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setMinimumWidth(width)
        if self.splitter.sizes()[0] < width or not self.splitter.property("restored"):
            self.splitter.setSizes([width, max(self.width() - width, 600)])

    # --- first paint ----------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        handle = self.windowHandle()
        if not self._painted and handle is not None:
            handle.installEventFilter(self)
            # a window started minimized is not exposed until restored: its idle lock, counts
            # and file check must not wait for that
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._first_paint_overdue)

    def _first_paint_overdue(self) -> None:
        if not self._painted and self.isVisible():
            self.after_first_paint()

    def eventFilter(self, watched, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The window's first expose: let it paint (the frame and the first page of tickets
        reach the screen), then do what waited for it, before anything else is handled."""
        if event.type() == QEvent.Type.Expose and watched is self.windowHandle() and watched.isExposed():
            watched.removeEventFilter(self)
            watched.event(event)
            self.after_first_paint()
            return True
        return super().eventFilter(watched, event)

    def after_first_paint(self) -> None:
        """The status bar's counts and backup state (then kept fresh by signals and a timer)
        and the idle lock, which watches every key and click from now on. Called once the
        window is first painted; a script that never shows the window may call it."""
        if self._painted:
            return
        self._painted = True
        self._start_open_check()
        self.idle_lock = IdleLock(self, self.lock)
        self.refresh_backup_status()
        self.refresh_overdue()

    def _restart_idle_lock(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.restart()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- pages --------------------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page for `key`, built on first use."""
        if key not in self._pages:
            index = self._index_of(key)
            page = pages.build(pages.PAGES[index], self.context)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        index = self._index_of(key)
        self.stack.setCurrentIndex(index)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        page.page_shown()
        return page

    def current_page_key(self) -> str:
        return pages.PAGES[self.stack.currentIndex()].key

    def _index_of(self, key: str) -> int:
        return next(i for i, spec in enumerate(pages.PAGES) if spec.key == key)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_page(pages.PAGES[row].key)

    # --- who is at the desk -------------------------------------------------------
    def switch_user(self) -> bool:
        """Another user signs in; the pages follow their role without a restart."""
        dialog = LoginDialog(self.context.clock, self)
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.user is None:
            return False
        self.set_operator(dialog.user)
        return True

    def set_operator(self, user) -> None:
        self.context.operator = user
        self.retranslate_ui()
        self.context.signals.operator_changed.emit()

    def lock(self) -> None:
        """Idle too long: the desk is hidden until someone signs in (closing quits)."""
        self.centralWidget().hide()
        dialog = LoginDialog(self.context.clock, self, username=self.context.operator.username)
        dialog.setObjectName("lock")
        if dialog.exec() == LoginDialog.DialogCode.Accepted and dialog.user is not None:
            self.centralWidget().show()
            if dialog.user.id != self.context.operator.id:
                self.set_operator(dialog.user)
        else:
            self.close()

    # --- actions ------------------------------------------------------------------
    def start_intake(self) -> None:
        page = self.show_page("registry")
        if hasattr(page, "start_intake"):
            page.start_intake()

    def _on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        opened = self.route_search(text)
        if opened is not None or looks_like_ticket_number(text) or followup.campaign_of_form_code(text) is not None:
            # a scanner types the next number straight after: it must not append to this one
            self.search.clear()
        else:
            self.search.selectAll()
        if opened is not None:
            opened.finished.connect(self._on_opened_window_finished)

    def route_search(self, text: str) -> QDialog | None:
        """A scanned or typed ticket number opens its result entry when a result is awaited
        (dispatch page decides), its callback's entry when a callback is open (a scanned
        callback sheet); a scanned questionnaire (S12-0017) opens its campaign's entry;
        anything else searches the registry. Returns the window that
        opened (result entry, notice or ticket detail), if any."""
        if looks_like_ticket_number(text):
            dispatch = self.page("dispatch")
            if hasattr(dispatch, "handle_scanned_number"):
                opened = dispatch.handle_scanned_number(text.upper())
                if opened is not None:
                    return opened
            if followup.open_callback_for_number(text) is not None:
                self.show_page("callbacks").open_callback_for_number(text)
                return None
        campaign_id = followup.campaign_of_form_code(text)
        if campaign_id is not None:
            self.show_page("surveys").open_form_code(campaign_id, text)
            return None
        registry = self.show_page("registry")
        if hasattr(registry, "search_for"):
            return registry.search_for(text)
        QMessageBox.information(self, self.windowTitle(), self.tr("Ticket search is not available yet."))
        return None

    def _on_opened_window_finished(self, *_args) -> None:
        """Back in the search box once the window a search opened is closed: the next
        returned sheet is scanned without touching the mouse."""
        QTimer.singleShot(0, self._focus_search)

    def _focus_search(self) -> None:
        if QApplication.activeModalWidget() is None:
            self.activateWindow()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def watch_open_check(self, check) -> None:
        """Start the data file's health check once the window is up (models.store.OpenCheck)
        and say what it found damaged: nothing more is written into that file. A window
        being shown starts it after its first paint (the check's thread would compete with
        the paint for Python's lock); one a script never shows, at the first turn of the loop."""
        self._open_check = check
        self._open_check_timer = QTimer(self, interval=100, timeout=self._look_at_open_check)
        QTimer.singleShot(0, self._start_open_check_unless_showing)

    def _start_open_check_unless_showing(self) -> None:
        if self._painted or not self.isVisible():
            self._start_open_check()

    def _start_open_check(self) -> None:
        check = getattr(self, "_open_check", None)
        if check is not None and not self._open_check_timer.isActive() and not check.finished():
            check.start()
            self._open_check_timer.start()

    def _look_at_open_check(self) -> None:
        if not self._open_check.finished():
            return
        self._open_check_timer.stop()
        try:
            refuse_if_damaged(0)
        except DeskError as error:
            self.show_connection_problem(message_for(error))
            QMessageBox.critical(self, self.windowTitle(), message_for(error))

    def show_connection_problem(self, text: str) -> None:
        """The store's sentence while the data file cannot be reached; gone once it is back."""
        self.connection_label.setText(text)
        self.connection_label.setToolTip(text)
        self.connection_label.setVisible(bool(text))
        self.data_file_label.setVisible(not text)

    def refresh_backup_status(self) -> None:
        from desktop_app.backups import status_text  # with the backups' domain, after the first paint

        self.backup_label.setText(status_text(self.context))

    def refresh_overdue(self, *_args) -> None:
        try:
            count = tickets.overdue_count(self.context.clock.now())
            notice = callbacks_page.supervisor_notice(followup.supervisor_count())
        except DeskError:  # the data file is away: the connection label says so
            return
        self.overdue_label.setText(self.tr("Overdue: {count}").format(count=count))
        # its own style sheet, not the application's [alert] rule re-polished: asking a
        # widget for its style() builds Qt's QStyle enums in Python (~30 ms at start-up)
        self.overdue_label.setStyleSheet(OVERDUE_ALERT_STYLE if count > 0 else "")
        self.callbacks_label.setText(notice)
        self.callbacks_label.setVisible(bool(notice))

    # --- layout memory ------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self._default_size())
        state = settings.value("main/splitter")
        if isinstance(state, QByteArray) and self.splitter.restoreState(state):
            self.splitter.setProperty("restored", True)

    def _default_size(self) -> QSize:
        """1280×800, or the screen's free area when it is smaller (a 1366×768 laptop)."""
        screen = self.screen() or QApplication.primaryScreen()
        free = screen.availableGeometry().size() if screen else QSize(1280, 800)
        return QSize(min(1280, free.width()), min(800, free.height() - 40))

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        super().closeEvent(event)
        if event.isAccepted():
            self.stop_timers()

    def stop_timers(self) -> None:
        """A closed window does no more work: the status bar's refresh, the idle lock and
        the pages' timers stop (a window closed but kept, as a script or test may keep it,
        must not query whatever office is opened next, nor lock a desk it no longer shows)."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
        for timer in self.findChildren(QTimer):
            timer.stop()
