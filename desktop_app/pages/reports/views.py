"""The reports page's tabs filled from a ReportFigures: the KPIs against their targets
with the volume and its trend, kinds and categories, timeliness and callbacks, teams,
places (repeats, buildings, communities, early warning, peaks) and the overdue list.
Every count that stands for tickets is a link to them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop_app.pages.reports.tables import FigureTable, PeakGrid, TrendChart
from desktop_app.translations import code_label, tr_models
from models.clock import format_datetime
from models.reports import AMBER, GREEN, HOURS, PERCENT, RED, WEEKDAYS, Kpi, ReportFigures

CONTEXT = "ReportsPage"
RATING_COLOURS = {GREEN: QColor("#c8e6c9"), AMBER: QColor("#ffe082"), RED: QColor("#ef9a9a")}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def hours(value: float | None) -> str:
    return "—" if value is None else QCoreApplication.translate("ReportsPage", "{hours} h").format(hours=f"{value:.1f}")


def change(value: float | None) -> str:
    return "—" if value is None else f"{value:+.1f}%"


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def kpi_value(kpi: Kpi) -> str:
    if kpi.unit == PERCENT:
        return percent(kpi.value)
    return hours(kpi.value) if kpi.unit == HOURS else number(kpi.value)


def kpi_target(kpi: Kpi) -> str:
    sign = "≥" if kpi.higher_is_better else "≤"
    shown = f"{kpi.target:g}%" if kpi.unit == PERCENT else hours(kpi.target) if kpi.unit == HOURS else f"{kpi.target:g}"
    return f"{sign} {shown}"


def rating_word(rating: str) -> str:
    return {
        GREEN: QCoreApplication.translate("ReportsPage", "Met"),
        AMBER: QCoreApplication.translate("ReportsPage", "Near target"),
        RED: QCoreApplication.translate("ReportsPage", "Missed"),
    }.get(rating, QCoreApplication.translate("ReportsPage", "No data"))


class Tab(QScrollArea):
    """A scrolling column of headings, texts, tables and charts."""

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name, widgetResizable=True)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.setWidget(self.body)
        self.tables: list[FigureTable] = []

    def clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.tables.clear()

    def heading(self, text: str) -> None:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.column.addWidget(label)

    def text(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text, wordWrap=True, objectName=name)
        self.column.addWidget(label)
        return label

    def table(self, name: str, headers, rows, on_drill) -> FigureTable:
        table = FigureTable(name)
        table.show_rows(
            headers, rows, QCoreApplication.translate("ReportsPage", "Click to list these tickets in the registry")
        )
        table.drill_requested.connect(on_drill)
        self.column.addWidget(table, 0, Qt.AlignmentFlag.AlignLeft)
        self.tables.append(table)
        return table

    def add(self, widget: QWidget) -> None:
        self.column.addWidget(widget)

    def finish(self) -> None:
        self.column.addStretch(1)


class ReportViews(QTabWidget):
    def __init__(self, on_drill) -> None:
        super().__init__(objectName="reports.tabs")
        self.on_drill = on_drill
        self.tabs = {
            key: Tab(f"reports.tab.{key}") for key in ("kpis", "volume", "timeliness", "teams", "places", "overdue")
        }
        for tab in self.tabs.values():
            self.addTab(tab, "")
        self.trend = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        titles = [
            QCoreApplication.translate("ReportsPage", "Targets"),
            QCoreApplication.translate("ReportsPage", "Kinds"),
            QCoreApplication.translate("ReportsPage", "Timeliness"),
            QCoreApplication.translate("ReportsPage", "Teams"),
            QCoreApplication.translate("ReportsPage", "Places"),
            QCoreApplication.translate("ReportsPage", "Overdue"),
        ]
        for index, title in enumerate(titles):
            self.setTabText(index, title)

    def table(self, name: str) -> FigureTable:
        return next(t for tab in self.tabs.values() for t in tab.tables if t.objectName() == name)

    def show_figures(self, f: ReportFigures) -> None:
        for tab in self.tabs.values():
            tab.clear()
        self._kpis(f)
        self._volume(f)
        self._timeliness(f)
        self._teams(f)
        self._places(f)
        self._overdue(f)
        for tab in self.tabs.values():
            tab.finish()

    def _kpis(self, f: ReportFigures) -> None:
        tab = self.tabs["kpis"]
        rows = []
        for k in f.kpis:
            basis = f"{k.numerator:g} / {k.denominator:g}" if k.unit == PERCENT and k.value is not None else ""
            rows.append(
                [
                    tr_models(k.label),
                    (kpi_value(k), k.drill),
                    kpi_target(k),
                    (rating_word(k.rating), None, RATING_COLOURS.get(k.rating, QColor("#eeeeee"))),
                    basis,
                    (str(k.misses.count), k.misses) if k.misses is not None else "",
                ]
            )
        headers = [
            QCoreApplication.translate("ReportsPage", "Indicator"),
            QCoreApplication.translate("ReportsPage", "This period"),
            QCoreApplication.translate("ReportsPage", "Target"),
            QCoreApplication.translate("ReportsPage", "Status"),
            QCoreApplication.translate("ReportsPage", "Basis"),
            QCoreApplication.translate("ReportsPage", "Short of target"),
        ]
        tab.table("reports.kpis", headers, rows, self.on_drill)
        v = f.volume
        tab.heading(QCoreApplication.translate("ReportsPage", "Volume"))
        tab.table(
            "reports.volume",
            [
                QCoreApplication.translate("ReportsPage", "Registered"),
                QCoreApplication.translate("ReportsPage", "Cancelled"),
                QCoreApplication.translate("ReportsPage", "Merged"),
                QCoreApplication.translate("ReportsPage", "Received"),
                QCoreApplication.translate("ReportsPage", "Resolved"),
                QCoreApplication.translate("ReportsPage", "Previous period"),
                QCoreApplication.translate("ReportsPage", "Change"),
                QCoreApplication.translate("ReportsPage", "A year earlier"),
                QCoreApplication.translate("ReportsPage", "Year on year"),
            ],
            [
                [
                    (v.registered, v.drills["registered"]),
                    (v.cancelled, v.drills["cancelled"]),
                    (v.merged, v.drills["merged"]),
                    (v.received, v.drills["received"]),
                    (v.resolved, v.drills["resolved"]),
                    v.previous,
                    change(v.change),
                    v.year_before,
                    change(v.year_change),
                ]
            ],
            self.on_drill,
        )
        self.trend = TrendChart()
        self.trend.show_points([(p.month, p.count) for p in v.trend])
        tab.text(QCoreApplication.translate("ReportsPage", "Received in the last twelve months"))
        tab.add(self.trend)

    def _volume(self, f: ReportFigures) -> None:
        tab = self.tabs["volume"]
        tab.heading(QCoreApplication.translate("ReportsPage", "Kinds"))
        tab.table(
            "reports.kinds",
            [
                QCoreApplication.translate("ReportsPage", "Kind"),
                QCoreApplication.translate("ReportsPage", "This period"),
                QCoreApplication.translate("ReportsPage", "Previous period"),
                QCoreApplication.translate("ReportsPage", "Change"),
            ],
            [[code_label(r.key), (r.count, r.drill), r.previous, change(r.change)] for r in f.kinds],
            self.on_drill,
        )
        tab.heading(QCoreApplication.translate("ReportsPage", "Categories"))
        tab.table(
            "reports.categories",
            [
                QCoreApplication.translate("ReportsPage", "Group"),
                QCoreApplication.translate("ReportsPage", "Category"),
                QCoreApplication.translate("ReportsPage", "This period"),
                QCoreApplication.translate("ReportsPage", "Previous period"),
                QCoreApplication.translate("ReportsPage", "Change"),
            ],
            [[r.group, r.label, (r.count, r.drill), r.previous, change(r.change)] for r in f.categories],
            self.on_drill,
        )

    def _timeliness(self, f: ReportFigures) -> None:
        tab = self.tabs["timeliness"]
        t = f.timeliness
        tab.text(
            QCoreApplication.translate(
                "ReportsPage", "Average time to acknowledge {ack}, to resolve {resolve}."
            ).format(ack=hours(t.average_ack_hours), resolve=hours(t.average_resolution_hours))
        )
        tab.table(
            "reports.stages",
            [
                QCoreApplication.translate("ReportsPage", "Stage"),
                QCoreApplication.translate("ReportsPage", "Measured"),
                QCoreApplication.translate("ReportsPage", "In time"),
                QCoreApplication.translate("ReportsPage", "Late"),
                QCoreApplication.translate("ReportsPage", "In time %"),
            ],
            [
                [
                    tr_models(s.label),
                    (s.measured, s.drill),
                    s.in_time,
                    (s.measured - s.in_time, s.misses),
                    percent(s.percent),
                ]
                for s in t.stages
            ]
            + [
                [
                    QCoreApplication.translate("ReportsPage", "Paused tickets"),
                    (t.paused_tickets, t.paused_drill),
                    "",
                    "",
                    QCoreApplication.translate("ReportsPage", "{hours} paused in all").format(
                        hours=hours(t.paused_hours)
                    ),
                ]
            ],
            self.on_drill,
        )
        c = f.callbacks
        tab.heading(QCoreApplication.translate("ReportsPage", "Callbacks"))
        tab.table(
            "reports.callbacks",
            [
                QCoreApplication.translate("ReportsPage", "Made"),
                QCoreApplication.translate("ReportsPage", "Reached"),
                QCoreApplication.translate("ReportsPage", "Not reached"),
                QCoreApplication.translate("ReportsPage", "Rated"),
                QCoreApplication.translate("ReportsPage", "Rated 4-5"),
                QCoreApplication.translate("ReportsPage", "Satisfaction"),
                QCoreApplication.translate("ReportsPage", "Dissatisfied"),
                QCoreApplication.translate("ReportsPage", "Reopened by callback"),
            ],
            [
                [
                    c.made,
                    c.reached,
                    (c.unreached, c.drills["unreached"]),
                    (c.rated, c.drills["rated"]),
                    (c.satisfied, c.drills["satisfied"]),
                    percent(c.satisfaction),
                    (c.dissatisfied, c.drills["dissatisfied"]),
                    (c.reopened.count, c.reopened),
                ]
            ],
            self.on_drill,
        )
        if c.reasons:
            tab.table(
                "reports.reasons",
                [
                    QCoreApplication.translate("ReportsPage", "Category"),
                    QCoreApplication.translate("ReportsPage", "Dissatisfied"),
                ],
                [[r.category, (r.count, r.drill)] for r in c.reasons],
                self.on_drill,
            )
        if c.comments:
            tab.table(
                "reports.comments",
                [
                    QCoreApplication.translate("ReportsPage", "Number"),
                    QCoreApplication.translate("ReportsPage", "Category"),
                    QCoreApplication.translate("ReportsPage", "Rating"),
                    QCoreApplication.translate("ReportsPage", "Owner's words"),
                ],
                [[r.number, r.category, r.rating or "—", r.comment or "—"] for r in c.comments],
                self.on_drill,
            )

    def _team_rows(self, rows) -> list:
        return [
            [
                tr_models(r.name) if r.key == 0 else r.name,
                (r.count, r.drill),
                r.resolved,
                number(r.average_hours),
                (percent(r.sla_percent), r.late),
                percent(r.satisfaction),
                percent(r.reopen_percent),
            ]
            for r in rows
        ]

    def _teams(self, f: ReportFigures) -> None:
        tab = self.tabs["teams"]
        headers = [
            QCoreApplication.translate("ReportsPage", "Name"),
            QCoreApplication.translate("ReportsPage", "Tickets"),
            QCoreApplication.translate("ReportsPage", "Resolved"),
            QCoreApplication.translate("ReportsPage", "Average hours"),
            QCoreApplication.translate("ReportsPage", "Result in time"),
            QCoreApplication.translate("ReportsPage", "Satisfaction"),
            QCoreApplication.translate("ReportsPage", "Reopened"),
        ]
        tab.heading(QCoreApplication.translate("ReportsPage", "Departments"))
        tab.table("reports.departments", headers, self._team_rows(f.departments), self.on_drill)
        tab.heading(QCoreApplication.translate("ReportsPage", "Crews"))
        tab.table("reports.crews", headers, self._team_rows(f.crews), self.on_drill)

    def _places(self, f: ReportFigures) -> None:
        tab = self.tabs["places"]
        tab.heading(
            QCoreApplication.translate("ReportsPage", "Repeat complaints: {count}").format(count=f.repeat_drill.count)
        )
        tab.table(
            "reports.repeats",
            [
                QCoreApplication.translate("ReportsPage", "Room"),
                QCoreApplication.translate("ReportsPage", "Owner"),
                QCoreApplication.translate("ReportsPage", "Category"),
                QCoreApplication.translate("ReportsPage", "Repeats"),
                QCoreApplication.translate("ReportsPage", "Received on"),
            ],
            [
                [r.room, r.owner, r.category, (r.repeats, r.drill), "、".join(d.strftime("%m-%d") for d in r.dates)]
                for r in f.repeats
            ],
            self.on_drill,
        )
        tab.heading(QCoreApplication.translate("ReportsPage", "Early warning"))
        tab.table(
            "reports.warnings",
            [
                QCoreApplication.translate("ReportsPage", "Warning"),
                QCoreApplication.translate("ReportsPage", "Place"),
                QCoreApplication.translate("ReportsPage", "Category"),
                QCoreApplication.translate("ReportsPage", "This period"),
                QCoreApplication.translate("ReportsPage", "Previous period"),
            ],
            [
                [tr_models(w.label), w.place, w.category, (w.count, w.drill), "—" if w.previous is None else w.previous]
                for w in f.warnings
            ],
            self.on_drill,
        )
        tab.heading(QCoreApplication.translate("ReportsPage", "Busiest buildings"))
        tab.table(
            "reports.buildings",
            [
                QCoreApplication.translate("ReportsPage", "Building"),
                QCoreApplication.translate("ReportsPage", "Tickets"),
                QCoreApplication.translate("ReportsPage", "Busiest categories"),
            ],
            [[r.name, (r.count, r.drill), "、".join(f"{n} {c}" for n, c in r.categories)] for r in f.buildings],
            self.on_drill,
        )
        if f.communities:
            tab.heading(QCoreApplication.translate("ReportsPage", "Communities side by side"))
            tab.table(
                "reports.communities",
                [
                    QCoreApplication.translate("ReportsPage", "Community"),
                    QCoreApplication.translate("ReportsPage", "Received"),
                    *[tr_models(k.label) for k in f.kpis],
                ],
                [
                    [
                        r.name,
                        (r.received, r.drill),
                        *[percent(r.kpis[k.key]) if k.unit == PERCENT else number(r.kpis[k.key]) for k in f.kpis],
                    ]
                    for r in f.communities
                ],
                self.on_drill,
            )
        tab.heading(QCoreApplication.translate("ReportsPage", "When tickets arrive (weekday × hour)"))
        grid = PeakGrid()
        grid.show_grid(f.peaks.grid, [tr_models(day) for day in WEEKDAYS])
        tab.add(grid)

    def _overdue(self, f: ReportFigures) -> None:
        tab = self.tabs["overdue"]
        tab.text(
            QCoreApplication.translate("ReportsPage", "Overdue at {moment}: {count} tickets.").format(
                moment=format_datetime(f.cutoff), count=len(f.overdue)
            ),
            "reports.overdue_count",
        )
        tab.table(
            "reports.overdue",
            [
                QCoreApplication.translate("ReportsPage", "Number"),
                QCoreApplication.translate("ReportsPage", "Room"),
                QCoreApplication.translate("ReportsPage", "Category"),
                QCoreApplication.translate("ReportsPage", "Late stage"),
                QCoreApplication.translate("ReportsPage", "Due"),
                QCoreApplication.translate("ReportsPage", "Age (days)"),
                QCoreApplication.translate("ReportsPage", "Status"),
            ],
            [
                [
                    (r.number, f.overdue_drill),
                    r.room,
                    r.category,
                    QCoreApplication.translate("ReportsPage", "Acknowledge")
                    if r.stage == "ack"
                    else QCoreApplication.translate("ReportsPage", "Result"),
                    format_datetime(r.due),
                    f"{r.age_hours / 24:.1f}",
                    code_label(r.status),
                ]
                for r in f.overdue
            ],
            self.on_drill,
        )
