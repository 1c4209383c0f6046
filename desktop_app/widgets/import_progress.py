"""The progress dialog of long register work — reading, checking and writing an import,
writing an export. The domain runs on the GUI thread and calls progress(done, total);
this callback lets Qt process events every STEP rows (so the Cancel button is heard),
redraws the QProgressDialog at most every REDRAW_SECONDS (and at the end; redrawing is
what costs), and answers False once Cancel (or Esc) was pressed. Jobs under SHOW_FROM
rows finish before a dialog would be noticed, so they get none."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

SHOW_FROM = 500
STEP = 200
REDRAW_SECONDS = 0.1


class ProgressReporter:
    """progress(done, total) -> bool for the domain; use it as a context manager so the
    dialog closes when the work ends, however it ends.

    `text` may name {done} and {total}; `busy_text` (only {done}) is shown while the total
    is not known (total 0)."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        busy_text: str | None = None,
        object_name: str = "import.progress",
    ) -> None:
        self.parent, self.title, self.text = parent, title, text
        self.busy_text = busy_text or text
        self.object_name = object_name
        self.dialog: QProgressDialog | None = None
        self.stepped_at = 0
        self.redrawn = 0.0
        self.cancelled = False

    def __enter__(self) -> ProgressReporter:
        return self

    def __exit__(self, *_exception) -> None:
        self.close()

    def __call__(self, done: int, total: int) -> bool:
        finished = 0 < total <= done
        if done - self.stepped_at < STEP and not finished:
            return True
        if self.dialog is None and max(done, total) < SHOW_FROM:
            return True
        self.stepped_at = done
        now = time.monotonic()
        if self.dialog is None or finished or now - self.redrawn >= REDRAW_SECONDS:
            self.redrawn = now
            self._redraw(done, total)
        QApplication.processEvents()
        self.cancelled = self.dialog.wasCanceled()
        return not self.cancelled

    def _redraw(self, done: int, total: int) -> None:
        if self.dialog is None:
            self.dialog = self._open()
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))
        text = self.text if total else self.busy_text
        self.dialog.setLabelText(text.format(done=done, total=total))

    def _open(self) -> QProgressDialog:
        dialog = QProgressDialog(self.parent)
        dialog.setObjectName(self.object_name)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        cancel = QPushButton(QCoreApplication.translate("ImportProgress", "Cancel"))
        cancel.setObjectName(f"{self.object_name}.cancel")
        dialog.setCancelButton(cancel)
        dialog.show()
        return dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
