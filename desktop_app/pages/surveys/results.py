"""The results tab: the headline (score against the target of 90, satisfaction rate,
forms against the target, change from the previous campaign), the score per dimension
beside the previous campaign's as a chart and a table, the distribution of answers,
quotas and scores per building, the lowest questions and the comments by dimension —
for the whole campaign or one building."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.pages.surveys.charts import DistributionChart, DistributionRow, ScoreBar, ScoreChart
from desktop_app.translations import tr_models
from models.followup import ALL_QUESTIONS, DIMENSION_LABELS, CampaignResults, building_labels, campaign_results

CONTEXT = "SurveyResults"
TARGET_SCORE = 90
GOOD, BAD = QColor("#067647"), QColor("#b42318")
EMPTY = "—"

DIMENSION_HEADERS = [
    QT_TRANSLATE_NOOP("SurveyResults", "Dimension"),
    QT_TRANSLATE_NOOP("SurveyResults", "Mean"),
    QT_TRANSLATE_NOOP("SurveyResults", "Score"),
    QT_TRANSLATE_NOOP("SurveyResults", "Satisfied (4–5)"),
    QT_TRANSLATE_NOOP("SurveyResults", "Previous"),
    QT_TRANSLATE_NOOP("SurveyResults", "Change"),
    QT_TRANSLATE_NOOP("SurveyResults", "Answered"),
    QT_TRANSLATE_NOOP("SurveyResults", "Blank"),
]
BUILDING_HEADERS = [
    QT_TRANSLATE_NOOP("SurveyResults", "Building"),
    QT_TRANSLATE_NOOP("SurveyResults", "Quota"),
    QT_TRANSLATE_NOOP("SurveyResults", "Forms"),
    QT_TRANSLATE_NOOP("SurveyResults", "Quota met"),
    QT_TRANSLATE_NOOP("SurveyResults", "Score"),
    QT_TRANSLATE_NOOP("SurveyResults", "Satisfied (4–5)"),
]
LOWEST_HEADERS = [
    QT_TRANSLATE_NOOP("SurveyResults", "No."),
    QT_TRANSLATE_NOOP("SurveyResults", "Dimension"),
    QT_TRANSLATE_NOOP("SurveyResults", "Question"),
    QT_TRANSLATE_NOOP("SurveyResults", "Score"),
    QT_TRANSLATE_NOOP("SurveyResults", "Satisfied (4–5)"),
]


def number(value: float | None, digits: int = 1) -> str:
    return EMPTY if value is None else f"{value:.{digits}f}"


def percent(value: float | None) -> str:
    return EMPTY if value is None else f"{value * 100:.1f}%"


def change(value: float | None) -> str:
    return EMPTY if value is None else f"{value:+.1f}"


def dimension_label(code: str) -> str:
    if code == ALL_QUESTIONS:
        return QCoreApplication.translate("SurveyResults", "All questions")
    return tr_models(DIMENSION_LABELS.get(code, code))


class FittedTable(QTableWidget):
    """A read-only table as tall as its rows, so the page scrolls instead of the table."""

    def __init__(self, object_name: str, headers: list[str]) -> None:
        super().__init__(0, len(headers))
        self.setObjectName(object_name)
        self.headers = headers
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([QCoreApplication.translate(CONTEXT, h) for h in self.headers])

    def set_rows(self, rows: list[list[str]], *, colours: dict[tuple[int, int], QColor] | None = None) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c > 0 and text[:1].isdigit() or text[:1] in "+-—":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if colours and (r, c) in colours:
                    item.setForeground(colours[(r, c)])
                self.setItem(r, c, item)
        row_height = self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(
            self.horizontalHeader().sizeHint().height() + row_height * len(rows) + 2 * self.frameWidth()
        )


class ResultsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign_id: int | None = None
        self.results: CampaignResults | None = None
        self.building = QComboBox(objectName="survey.results_building")
        self.building.currentIndexChanged.connect(self._on_building_current_index_changed)
        self.headline = QLabel(objectName="survey.headline", wordWrap=True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = ScoreChart(object_name="survey.chart")
        self.dimensions = FittedTable("survey.results_table", DIMENSION_HEADERS)
        self.distribution = DistributionChart(object_name="survey.distribution")
        self.buildings = FittedTable("survey.buildings_table", BUILDING_HEADERS)
        self.lowest = FittedTable("survey.lowest_table", LOWEST_HEADERS)
        self.lowest.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.comments = QTreeWidget(objectName="survey.comments")
        self.comments.setHeaderHidden(True)
        self.comments.setMinimumHeight(160)
        self.headings = {
            key: QLabel() for key in ("building", "scores", "distribution", "buildings", "lowest", "comments")
        }
        for key, label in self.headings.items():
            if key != "building":
                label.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self._lay_out()
        self.retranslate_ui()

    def _lay_out(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        for key, widget in [
            ("scores", self.chart),
            (None, self.dimensions),
            ("distribution", self.distribution),
            ("buildings", self.buildings),
            ("lowest", self.lowest),
            ("comments", self.comments),
        ]:
            if key:
                column.addWidget(self.headings[key])
            column.addWidget(widget)
        column.addStretch()
        scroll = QScrollArea(objectName="survey.results_scroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        top = QHBoxLayout()
        top.addWidget(self.headings["building"])
        top.addWidget(self.building)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(scroll, 1)

    def retranslate_ui(self) -> None:
        self.headings["building"].setText(self.tr("Forms of:"))
        self.headings["scores"].setText(self.tr("Score per dimension (0–100)"))
        self.headings["distribution"].setText(self.tr("Answers 1–5 per dimension"))
        self.headings["buildings"].setText(self.tr("Buildings: quotas and scores"))
        self.headings["lowest"].setText(self.tr("Lowest-scoring questions"))
        self.headings["comments"].setText(self.tr("Comments by dimension"))
        for table in (self.dimensions, self.buildings, self.lowest):
            table.retranslate()
        self._fill_buildings()
        self.refresh()

    # --- data ---------------------------------------------------------------------------
    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        self._fill_buildings()
        self.refresh()

    def _fill_buildings(self) -> None:
        chosen = self.building.currentData()
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        for building_id, label in building_labels().items():
            self.building.addItem(label, building_id)
        index = self.building.findData(chosen)
        self.building.setCurrentIndex(max(0, index))
        self.building.blockSignals(False)

    def _on_building_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.campaign_id is None:
            self.results = None
            self.headline.setText(self.tr("Choose a campaign on the Campaigns tab."))
            return
        self.results = campaign_results(self.campaign_id, building_id=self.building.currentData())
        self._show_headline(self.results)
        self._show_dimensions(self.results)
        self._show_buildings(self.results)
        self._show_lowest(self.results)
        self._show_comments(self.results)

    def _show_headline(self, r: CampaignResults) -> None:
        overall = r.overall
        fields = dict(
            campaign=r.name if not r.building else f"{r.name} · {r.building}",
            score=number(overall.figures.score),
            target=TARGET_SCORE,
            rate=percent(overall.figures.satisfaction_rate),
            forms=r.responses,
            goal=r.target_size,
            progress=f"{r.progress * 100:.0f}",
            previous=r.previous_name,
            change=change(overall.change),
        )
        if r.previous_name:
            text = self.tr(
                "{campaign}: score {score} (target ≥ {target}), satisfied {rate}, {forms} of {goal} forms "
                "({progress}%). Change from {previous}: {change}."
            )
        else:
            text = self.tr(
                "{campaign}: score {score} (target ≥ {target}), satisfied {rate}, {forms} of {goal} forms ({progress}%)."
            )
        self.headline.setText(text.format(**fields))

    def _show_dimensions(self, r: CampaignResults) -> None:
        rows, colours = [], {}
        for index, result in enumerate([*r.dimensions, r.overall]):
            f = result.figures
            rows.append(
                [
                    dimension_label(result.dimension),
                    number(f.mean, 2),
                    number(f.score),
                    percent(f.satisfaction_rate),
                    number(result.previous_score),
                    change(result.change),
                    str(f.answered),
                    str(f.blank),
                ]
            )
            if result.change:
                colours[(index, 5)] = GOOD if result.change > 0 else BAD
        self.dimensions.set_rows(rows, colours=colours)
        previous = self.tr("Previous: {campaign}").format(campaign=r.previous_name) if r.previous_name else ""
        self.chart.set_bars(
            [
                ScoreBar(dimension_label(x.dimension), x.figures.score, x.previous_score)
                for x in [*r.dimensions, r.overall]
            ],
            (self.tr("This campaign"), previous),
        )
        self.distribution.set_rows(
            [DistributionRow(dimension_label(x.dimension), x.figures.distribution) for x in [*r.dimensions, r.overall]],
            [self.tr("1 very dissatisfied"), "2", "3", "4", self.tr("5 very satisfied")],
        )

    def _show_buildings(self, r: CampaignResults) -> None:
        buildings = {b.building_id: b for b in r.buildings}
        rows = []
        for quota in r.quotas:
            figures = buildings[quota.building_id].overall if quota.building_id in buildings else None
            if r.building_id is not None:  # one building's results: its own figures
                figures = r.overall.figures
            met = (
                self.tr("Met")
                if quota.met
                else self.tr("{missing} short").format(missing=quota.quota - quota.responses)
            )
            rows.append(self._building_row(quota.building, str(quota.quota), quota.responses, met, figures))
        quota_ids = {q.building_id for q in r.quotas}
        for building in r.buildings:
            if building.building_id not in quota_ids:
                rows.append(self._building_row(building.building, EMPTY, building.responses, EMPTY, building.overall))
        self.buildings.set_rows(rows)

    @staticmethod
    def _building_row(name: str, quota: str, forms: int, met: str, figures) -> list[str]:
        score = figures.score if figures else None
        rate = figures.satisfaction_rate if figures else None
        return [name, quota, str(forms), met, number(score), percent(rate)]

    def _show_lowest(self, r: CampaignResults) -> None:
        self.lowest.set_rows(
            [
                [
                    str(q.question.number),
                    dimension_label(q.question.dimension),
                    q.question.text,
                    number(q.figures.score),
                    percent(q.figures.satisfaction_rate),
                ]
                for q in r.lowest
            ]
        )

    def _show_comments(self, r: CampaignResults) -> None:
        self.comments.clear()
        for dimension, comments in r.comments.items():
            parent = QTreeWidgetItem([f"{dimension_label(dimension)} ({len(comments)})"])
            self.comments.addTopLevelItem(parent)
            for comment in comments:
                where = f" · {comment.room}" if comment.room else ""
                parent.addChild(QTreeWidgetItem([f"{comment.form_number}{where}: {comment.text}"]))
            parent.setExpanded(True)
