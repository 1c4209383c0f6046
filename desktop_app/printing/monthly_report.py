"""The monthly summary (月度报告) as a PDF: KPIs against targets in green, amber and red,
volume with its changes and 12-month trend, kinds and categories, timeliness, callbacks,
repeat complaints, departments and crews, peaks, buildings, communities side by side,
the early warning, the tickets overdue at the period's end, and the definitions of every
figure on the last page. Plain figures in (models.reports), PDF bytes out.

Its words are English sources (context "MonthlyReport", catalogue monthly_paper.ts) and
the domain's labels (context "models"), both given in the reader's language by the
`translate(context, text)` handed in: the window's language (Qt) or the command line's
(PROPERTY_DESK_LANG / the app's setting); Simplified Chinese by default, English when
set. Without one the paper is English."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from desktop_app.printing import monthly_parts as parts
from desktop_app.printing.fonts import PaperFonts, paper_fonts
from desktop_app.printing.monthly_parts import EMPTY, Styles, Translate, Words, english
from models.clock import format_datetime
from models.i18n import QT_TRANSLATE_NOOP
from models.reports import WEEKDAYS, ReportFigures

MARGIN = 15 * mm
TABLE_LIMIT = 40


STAGE_NAMES = {
    "ack": QT_TRANSLATE_NOOP("MonthlyReport", "Acknowledgement"),
    "stage_reply": QT_TRANSLATE_NOOP("MonthlyReport", "Stage reply"),
    "result": QT_TRANSLATE_NOOP("MonthlyReport", "Result"),
    "callback": QT_TRANSLATE_NOOP("MonthlyReport", "Callback"),
}
SOLVED = {
    "yes": QT_TRANSLATE_NOOP("MonthlyReport", "Solved"),
    "partly": QT_TRANSLATE_NOOP("MonthlyReport", "Partly solved"),
    "no": QT_TRANSLATE_NOOP("MonthlyReport", "Not solved"),
}
STATUS = {
    "new": QT_TRANSLATE_NOOP("MonthlyReport", "New"),
    "acknowledged": QT_TRANSLATE_NOOP("MonthlyReport", "Acknowledged"),
    "dispatched": QT_TRANSLATE_NOOP("MonthlyReport", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("MonthlyReport", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("MonthlyReport", "Resolved"),
    "called_back": QT_TRANSLATE_NOOP("MonthlyReport", "Called back"),
    "closed": QT_TRANSLATE_NOOP("MonthlyReport", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("MonthlyReport", "Cancelled"),
    "merged": QT_TRANSLATE_NOOP("MonthlyReport", "Merged"),
}
TITLE = QT_TRANSLATE_NOOP("MonthlyReport", "{scope} monthly summary {period}")
PAGE = QT_TRANSLATE_NOOP("MonthlyReport", "Page {page}")
SUBTITLE = QT_TRANSLATE_NOOP("MonthlyReport", "Period {first} to {last}, made {made}")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("MonthlyReport", ", ")
PEAK_SEPARATOR = QT_TRANSLATE_NOOP("MonthlyReport", "; ")
NOT_LISTED = QT_TRANSLATE_NOOP("MonthlyReport", "{count} more rows are not listed; see the reports page.")
# headings
H_KPIS = QT_TRANSLATE_NOOP("MonthlyReport", "1. Key figures")
H_VOLUME = QT_TRANSLATE_NOOP("MonthlyReport", "2. Volume")
H_KINDS = QT_TRANSLATE_NOOP("MonthlyReport", "3. Kinds and categories")
H_TIMELINESS = QT_TRANSLATE_NOOP("MonthlyReport", "4. Timeliness")
H_CALLBACKS = QT_TRANSLATE_NOOP("MonthlyReport", "5. Callbacks and satisfaction")
H_REPEATS = QT_TRANSLATE_NOOP("MonthlyReport", "6. Repeat complaints")
H_TEAMS = QT_TRANSLATE_NOOP("MonthlyReport", "7. Departments and crews")
H_PEAKS = QT_TRANSLATE_NOOP("MonthlyReport", "8. Peaks of receipt (weekday × hour)")
H_BUILDINGS = QT_TRANSLATE_NOOP("MonthlyReport", "9. Busiest buildings")
H_COMMUNITIES = QT_TRANSLATE_NOOP("MonthlyReport", "10. Communities side by side")
H_WARNINGS = QT_TRANSLATE_NOOP("MonthlyReport", "11. Early warning")
H_OVERDUE = QT_TRANSLATE_NOOP("MonthlyReport", "12. Overdue at the period's end")
H_DEFINITIONS = QT_TRANSLATE_NOOP("MonthlyReport", "Definitions")
# column headers
C_KPI = QT_TRANSLATE_NOOP("MonthlyReport", "Figure")
C_THIS = QT_TRANSLATE_NOOP("MonthlyReport", "This period")
C_TARGET = QT_TRANSLATE_NOOP("MonthlyReport", "Target")
C_RATING = QT_TRANSLATE_NOOP("MonthlyReport", "Rating")
C_BASIS = QT_TRANSLATE_NOOP("MonthlyReport", "Basis")
C_KIND = QT_TRANSLATE_NOOP("MonthlyReport", "Kind")
C_PREVIOUS = QT_TRANSLATE_NOOP("MonthlyReport", "Previous")
C_CHANGE = QT_TRANSLATE_NOOP("MonthlyReport", "Change")
C_GROUP = QT_TRANSLATE_NOOP("MonthlyReport", "Group")
C_CATEGORY = QT_TRANSLATE_NOOP("MonthlyReport", "Category")
C_STAGE = QT_TRANSLATE_NOOP("MonthlyReport", "Stage")
C_MEASURED = QT_TRANSLATE_NOOP("MonthlyReport", "Measured")
C_IN_TIME = QT_TRANSLATE_NOOP("MonthlyReport", "In time")
C_LATE = QT_TRANSLATE_NOOP("MonthlyReport", "Late")
C_IN_TIME_RATE = QT_TRANSLATE_NOOP("MonthlyReport", "In time %")
C_TIMES = QT_TRANSLATE_NOOP("MonthlyReport", "Times")
C_NUMBER = QT_TRANSLATE_NOOP("MonthlyReport", "Ticket")
C_SCORE = QT_TRANSLATE_NOOP("MonthlyReport", "Score")
C_SOLVED = QT_TRANSLATE_NOOP("MonthlyReport", "Solved?")
C_OWNER_WORDS = QT_TRANSLATE_NOOP("MonthlyReport", "Owner's words")
C_ROOM = QT_TRANSLATE_NOOP("MonthlyReport", "Room")
C_OWNER = QT_TRANSLATE_NOOP("MonthlyReport", "Owner")
C_REPEATS = QT_TRANSLATE_NOOP("MonthlyReport", "Repeats")
C_RECEIVED_ON = QT_TRANSLATE_NOOP("MonthlyReport", "Received on")
C_NAME = QT_TRANSLATE_NOOP("MonthlyReport", "Name")
C_TICKETS = QT_TRANSLATE_NOOP("MonthlyReport", "Tickets")
C_RESOLVED = QT_TRANSLATE_NOOP("MonthlyReport", "Resolved")
C_AVERAGE_HOURS = QT_TRANSLATE_NOOP("MonthlyReport", "Average hours")
C_ON_TIME = QT_TRANSLATE_NOOP("MonthlyReport", "Results on time")
C_SATISFACTION = QT_TRANSLATE_NOOP("MonthlyReport", "Satisfaction")
C_REOPENED = QT_TRANSLATE_NOOP("MonthlyReport", "Reopened")
C_BUILDING = QT_TRANSLATE_NOOP("MonthlyReport", "Building")
C_MAIN_CATEGORIES = QT_TRANSLATE_NOOP("MonthlyReport", "Main categories")
C_COMMUNITY = QT_TRANSLATE_NOOP("MonthlyReport", "Community")
C_RECEIVED = QT_TRANSLATE_NOOP("MonthlyReport", "Received")
C_REPEAT_COMPLAINTS = QT_TRANSLATE_NOOP("MonthlyReport", "Repeat complaints")
C_OVERDUE_AT_END = QT_TRANSLATE_NOOP("MonthlyReport", "Overdue at the end")
C_WARNING = QT_TRANSLATE_NOOP("MonthlyReport", "Warning")
C_PLACE = QT_TRANSLATE_NOOP("MonthlyReport", "Place")
C_LATE_STAGE = QT_TRANSLATE_NOOP("MonthlyReport", "Late stage")
C_DUE = QT_TRANSLATE_NOOP("MonthlyReport", "Due")
C_AGE = QT_TRANSLATE_NOOP("MonthlyReport", "Age")
C_STATUS = QT_TRANSLATE_NOOP("MonthlyReport", "Status")
# sentences
VOLUME_TEXT = QT_TRANSLATE_NOOP(
    "MonthlyReport",
    "{registered} tickets registered in the period, of which {cancelled} cancelled and {merged} merged; "
    "{received} received, {resolved} of them resolved by the period's end. The period before: {previous} "
    "received, change {change}; the same period a year before: {year_before}, change {year_change}.",
)
TIMELINESS_TEXT = QT_TRANSLATE_NOOP(
    "MonthlyReport",
    "Average time to acknowledge {ack}, to resolve {resolution}. {paused} tickets were paused, for "
    "{paused_hours} in all, {average_paused} on average.",
)
CALLBACKS_TEXT = QT_TRANSLATE_NOOP(
    "MonthlyReport",
    "{made} callbacks made, {reached} reaching the owner and {unreached} not; {rated} rated, {satisfied} "
    "of them 4–5, satisfaction {satisfaction}. {due} tickets due a callback, {in_time} called back in time, "
    "callback rate {rate}. {dissatisfied} owners dissatisfied, {reopened} tickets reopened by a callback.",
)
REASONS_TITLE = QT_TRANSLATE_NOOP("MonthlyReport", "Reasons for dissatisfaction (by category)")
REPEATS_TEXT = QT_TRANSLATE_NOOP("MonthlyReport", "{count} repeat complaints, in {rooms} rooms and categories.")
PEAK_CELL = QT_TRANSLATE_NOOP("MonthlyReport", "{weekday} {hour}:00, {count} tickets")
BUSIEST = QT_TRANSLATE_NOOP("MonthlyReport", "Busiest hours: {busiest}.")
NO_TICKETS = QT_TRANSLATE_NOOP("MonthlyReport", "No tickets in the period.")
NO_WARNINGS = QT_TRANSLATE_NOOP("MonthlyReport", "No repairs repeating or rising in the period.")
OVERDUE_TEXT = QT_TRANSLATE_NOOP("MonthlyReport", "At {cutoff}, {count} tickets overdue and not resolved.")
DAYS = QT_TRANSLATE_NOOP("MonthlyReport", "{days} days")
OVERDUE_NOT_LISTED = QT_TRANSLATE_NOOP("MonthlyReport", "{count} more tickets are not listed; see the ticket ledger.")
DEFINITION = QT_TRANSLATE_NOOP("MonthlyReport", "{term}: {text}")


def render_monthly_report(
    figures: ReportFigures, *, translate: Translate = english, font_file: str | None = None
) -> bytes:
    fonts = paper_fonts(font_file)
    styles = parts.make_styles(fonts)
    words = Words(translate)
    buffer = io.BytesIO()
    title = words(TITLE, scope=_scope_name(figures, words), period=figures.period.label)
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 5 * mm,
        bottomMargin=MARGIN,
        title=title,
        creator="Property Office Desk",
        initialFontName=fonts.cjk,
    )
    story = _story(figures, fonts, styles, words, title)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        fonts.draw(canvas, MARGIN, A4[1] - MARGIN, title, 8)
        fonts.draw(canvas, A4[0] - MARGIN, MARGIN - 6 * mm, words(PAGE, page=doc.page), 8, align="right")
        canvas.restoreState()

    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _scope_name(figures: ReportFigures, words: Words) -> str:
    return words.domain(figures.scope.name) if figures.scope.is_office else figures.scope.name


def _story(figures: ReportFigures, fonts: PaperFonts, styles: Styles, words: Words, title: str) -> list:
    period = figures.period
    story = [
        Paragraph(title, styles.title),
        Paragraph(
            _escape(words(SUBTITLE, first=period.first, last=period.last, made=format_datetime(figures.made_at))),
            styles.small,
        ),
    ]
    for section in (
        _kpis,
        _volume,
        _kinds,
        _timeliness,
        _callbacks,
        _repeats,
        _teams,
        _peaks,
        _buildings,
        _communities,
        _warnings,
        _overdue,
    ):
        story += section(figures, fonts, styles, words)
    story += [PageBreak(), *_definitions(figures, styles, words)]
    return story


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _heading(styles: Styles, text: str) -> list:
    return [CondPageBreak(40 * mm), Paragraph(_escape(text), styles.heading)]


def _text(styles: Styles, text: str, style=None) -> Paragraph:
    return Paragraph(_escape(text), style or styles.body)


def _headers(words: Words, *sources: str) -> list[str]:
    return [words(source) for source in sources]


def _kpis(figures, fonts, styles, words: Words) -> list:
    rows, fills = [], []
    for index, kpi in enumerate(figures.kpis, start=1):
        rating = words(parts.RATING_WORDS.get(kpi.rating, parts.NO_RATING))
        rows.append(
            [
                words.domain(kpi.label),
                parts.kpi_value(kpi, words),
                parts.kpi_target(kpi, words),
                rating,
                parts.kpi_basis(kpi, words),
            ]
        )
        if kpi.rating in parts.RATING_COLOURS:
            fills.append((3, index, parts.RATING_COLOURS[kpi.rating].clone(alpha=0.35)))
    widths = [48 * mm, 30 * mm, 30 * mm, 26 * mm, 46 * mm]
    header = _headers(words, C_KPI, C_THIS, C_TARGET, C_RATING, C_BASIS)
    return _heading(styles, words(H_KPIS)) + [parts.table(styles, header, rows, widths, right=(1,), fills=fills)]


def _volume(figures, fonts, styles, words: Words) -> list:
    v = figures.volume
    text = words(
        VOLUME_TEXT,
        registered=v.registered,
        cancelled=v.cancelled,
        merged=v.merged,
        received=v.received,
        resolved=v.resolved,
        previous=v.previous,
        change=parts.signed_percent(v.change),
        year_before=v.year_before,
        year_change=parts.signed_percent(v.year_change),
    )
    chart = parts.trend_chart(fonts, [p.month for p in v.trend], [p.count for p in v.trend], words)
    return _heading(styles, words(H_VOLUME)) + [_text(styles, text), Spacer(1, 2 * mm), chart]


def _kinds(figures, fonts, styles, words: Words) -> list:
    kinds = [[words.domain(r.label), r.count, r.previous, parts.signed_percent(r.change)] for r in figures.kinds]
    categories = [[r.group, r.label, r.count, r.previous, parts.signed_percent(r.change)] for r in figures.categories]
    top = figures.categories[:10]
    result = _heading(styles, words(H_KINDS))
    result.append(
        parts.table(
            styles,
            _headers(words, C_KIND, C_THIS, C_PREVIOUS, C_CHANGE),
            kinds,
            [40 * mm, 25 * mm, 25 * mm, 30 * mm],
            right=(1, 2, 3),
        )
    )
    result.append(Spacer(1, 3 * mm))
    if categories:
        result.append(
            parts.table(
                styles,
                _headers(words, C_GROUP, C_CATEGORY, C_THIS, C_PREVIOUS, C_CHANGE),
                categories[:TABLE_LIMIT],
                [35 * mm, 40 * mm, 25 * mm, 25 * mm, 30 * mm],
                right=(2, 3, 4),
            )
        )
        result += _not_listed(styles, words, len(categories))
        result.append(parts.category_chart(fonts, [r.label for r in top], [r.count for r in top]))
    return result


def _not_listed(styles: Styles, words: Words, total: int) -> list:
    """Under a table cut at TABLE_LIMIT rows: how many rows the paper leaves out and where
    to find them, so that nothing is dropped without a word."""
    if total <= TABLE_LIMIT:
        return []
    return [_text(styles, words(NOT_LISTED, count=total - TABLE_LIMIT), styles.small)]


def _timeliness(figures, fonts, styles, words: Words) -> list:
    t = figures.timeliness
    rows = [
        [
            words(STAGE_NAMES[s.stage]) if s.stage in STAGE_NAMES else words.domain(s.label),
            s.measured,
            s.in_time,
            s.measured - s.in_time,
            parts.percent(s.percent),
        ]
        for s in t.stages
    ]
    text = words(
        TIMELINESS_TEXT,
        ack=parts.hours(t.average_ack_hours, words),
        resolution=parts.hours(t.average_resolution_hours, words),
        paused=t.paused_tickets,
        paused_hours=parts.hours(t.paused_hours, words),
        average_paused=parts.hours(t.average_paused_hours, words),
    )
    table = parts.table(
        styles,
        _headers(words, C_STAGE, C_MEASURED, C_IN_TIME, C_LATE, C_IN_TIME_RATE),
        rows,
        [40 * mm, 25 * mm, 25 * mm, 25 * mm, 30 * mm],
        right=(1, 2, 3, 4),
    )
    return _heading(styles, words(H_TIMELINESS)) + [_text(styles, text), Spacer(1, 2 * mm), table]


def _callbacks(figures, fonts, styles, words: Words) -> list:
    c = figures.callbacks
    text = words(
        CALLBACKS_TEXT,
        made=c.made,
        reached=c.reached,
        unreached=c.unreached,
        rated=c.rated,
        satisfied=c.satisfied,
        satisfaction=parts.percent(c.satisfaction),
        due=c.due,
        in_time=c.in_time,
        rate=parts.percent(c.rate),
        dissatisfied=c.dissatisfied,
        reopened=c.reopened.count,
    )
    result = _heading(styles, words(H_CALLBACKS)) + [_text(styles, text)]
    if c.reasons:
        result += [Spacer(1, 2 * mm), _text(styles, words(REASONS_TITLE))]
        result.append(
            parts.table(
                styles,
                _headers(words, C_CATEGORY, C_TIMES),
                [[r.category, r.count] for r in c.reasons],
                [60 * mm, 25 * mm],
                right=(1,),
            )
        )
    if c.comments:
        rows = [
            [
                r.number,
                r.category,
                r.rating or EMPTY,
                words(SOLVED[r.solved]) if r.solved in SOLVED else EMPTY,
                r.comment or EMPTY,
            ]
            for r in c.comments
        ]
        result += [
            Spacer(1, 2 * mm),
            parts.table(
                styles,
                _headers(words, C_NUMBER, C_CATEGORY, C_SCORE, C_SOLVED, C_OWNER_WORDS),
                rows,
                [35 * mm, 25 * mm, 15 * mm, 22 * mm, 83 * mm],
                right=(2,),
            ),
        ]
    return result


def _repeats(figures, fonts, styles, words: Words) -> list:
    result = _heading(styles, words(H_REPEATS))
    result.append(_text(styles, words(REPEATS_TEXT, count=figures.repeat_drill.count, rooms=len(figures.repeats))))
    separator = words(LIST_SEPARATOR)
    rows = [
        [r.room, r.owner, r.category, r.repeats, separator.join(d.strftime("%m-%d") for d in r.dates)]
        for r in figures.repeats[:TABLE_LIMIT]
    ]
    if rows:
        result.append(
            parts.table(
                styles,
                _headers(words, C_ROOM, C_OWNER, C_CATEGORY, C_REPEATS, C_RECEIVED_ON),
                rows,
                [30 * mm, 28 * mm, 28 * mm, 20 * mm, 74 * mm],
                right=(3,),
            )
        )
    return result + _not_listed(styles, words, len(figures.repeats))


def _team_rows(rows, words: Words) -> list:
    return [
        [
            words.domain(r.name) if r.key == 0 else r.name,
            r.count,
            r.resolved,
            parts.number(r.average_hours),
            parts.percent(r.sla_percent),
            parts.percent(r.satisfaction),
            parts.percent(r.reopen_percent),
        ]
        for r in rows[:TABLE_LIMIT]
    ]


def _teams(figures, fonts, styles, words: Words) -> list:
    header = _headers(words, C_NAME, C_TICKETS, C_RESOLVED, C_AVERAGE_HOURS, C_ON_TIME, C_SATISFACTION, C_REOPENED)
    widths = [34 * mm, 18 * mm, 18 * mm, 28 * mm, 28 * mm, 24 * mm, 30 * mm]
    right = (1, 2, 3, 4, 5, 6)
    result = _heading(styles, words(H_TEAMS))
    result.append(parts.table(styles, header, _team_rows(figures.departments, words), widths, right=right))
    result += _not_listed(styles, words, len(figures.departments))
    if figures.crews:
        result += [
            Spacer(1, 3 * mm),
            parts.table(styles, header, _team_rows(figures.crews, words), widths, right=right),
        ]
        result += _not_listed(styles, words, len(figures.crews))
    return result


def _peaks(figures, fonts, styles, words: Words) -> list:
    busiest = words(PEAK_SEPARATOR).join(
        words(PEAK_CELL, weekday=words.domain(WEEKDAYS[c.weekday]), hour=f"{c.hour:02d}", count=c.count)
        for c in figures.peaks.busiest
        if c.count
    )
    return _heading(styles, words(H_PEAKS)) + [
        parts.peak_grid(fonts, figures.peaks.grid, words),
        _text(styles, words(BUSIEST, busiest=busiest or EMPTY)),
    ]


def _buildings(figures, fonts, styles, words: Words) -> list:
    separator = words(LIST_SEPARATOR)
    rows = [
        [r.name, r.count, separator.join(f"{name} {count}" for name, count in r.categories)]
        for r in figures.buildings[:10]
    ]
    result = _heading(styles, words(H_BUILDINGS))
    if rows:
        result.append(
            parts.table(
                styles,
                _headers(words, C_BUILDING, C_TICKETS, C_MAIN_CATEGORIES),
                rows,
                [50 * mm, 20 * mm, 110 * mm],
                right=(1,),
            )
        )
    else:
        result.append(_text(styles, words(NO_TICKETS)))
    return result


def _communities(figures, fonts, styles, words: Words) -> list:
    if not figures.communities:
        return []
    keys = [k.key for k in figures.kpis]
    header = [
        words(C_COMMUNITY),
        words(C_RECEIVED),
        *[words.domain(k.label) for k in figures.kpis],
        words(C_REPEAT_COMPLAINTS),
        words(C_OVERDUE_AT_END),
    ]
    rows = []
    for row in figures.communities:
        values = [_community_value(figures, key, row.kpis[key]) for key in keys]
        rows.append([row.name, row.received, *values, row.repeats, row.overdue])
    widths = [22 * mm, 14 * mm] + [17 * mm] * len(keys) + [14 * mm, 14 * mm]
    return _heading(styles, words(H_COMMUNITIES)) + [
        parts.table(styles, header, rows, widths, right=tuple(range(1, len(header))), small_header=True)
    ]


def _community_value(figures, key: str, value) -> str:
    unit = figures.kpi(key).unit
    return parts.percent(value) if unit == "%" else parts.number(value)


def _warnings(figures, fonts, styles, words: Words) -> list:
    result = _heading(styles, words(H_WARNINGS))
    if not figures.warnings:
        return result + [_text(styles, words(NO_WARNINGS))]
    rows = [
        [words.domain(w.label), w.place, w.category, w.count, EMPTY if w.previous is None else w.previous]
        for w in figures.warnings[:TABLE_LIMIT]
    ]
    return result + [
        parts.table(
            styles,
            _headers(words, C_WARNING, C_PLACE, C_CATEGORY, C_THIS, C_PREVIOUS),
            rows,
            [40 * mm, 40 * mm, 40 * mm, 25 * mm, 25 * mm],
            right=(3, 4),
        ),
        *_not_listed(styles, words, len(figures.warnings)),
    ]


def _overdue(figures, fonts, styles, words: Words) -> list:
    result = _heading(styles, words(H_OVERDUE))
    result.append(
        _text(styles, words(OVERDUE_TEXT, cutoff=format_datetime(figures.cutoff), count=len(figures.overdue)))
    )
    rows = [
        [
            r.number,
            r.room or EMPTY,
            r.category,
            words(STAGE_NAMES[r.stage]) if r.stage in STAGE_NAMES else r.stage,
            format_datetime(r.due),
            words(DAYS, days=f"{r.age_hours / 24:.1f}"),
            words(STATUS[r.status]) if r.status in STATUS else r.status,
        ]
        for r in figures.overdue[:TABLE_LIMIT]
    ]
    if rows:
        result.append(
            parts.table(
                styles,
                _headers(words, C_NUMBER, C_ROOM, C_CATEGORY, C_LATE_STAGE, C_DUE, C_AGE, C_STATUS),
                rows,
                [32 * mm, 22 * mm, 22 * mm, 22 * mm, 30 * mm, 22 * mm, 30 * mm],
                right=(5,),
            )
        )
    if len(figures.overdue) > TABLE_LIMIT:
        result.append(_text(styles, words(OVERDUE_NOT_LISTED, count=len(figures.overdue) - TABLE_LIMIT), styles.small))
    return result


def _definitions(figures, styles, words: Words) -> list:
    result = [_text(styles, words(H_DEFINITIONS), styles.heading)]
    for definition in figures.definitions:
        text = words(DEFINITION, term=words.domain(definition.term), text=words.domain(definition.text))
        result.append(_text(styles, text))
        result.append(Spacer(1, 1.5 * mm))
    return result


def monthly_report_pdf(figures: ReportFigures, translate: Translate) -> bytes:
    """The summary with the office's font, as the command line and the reports page print
    it; `translate(context, text)` gives its words in the reader's language (the window's
    or the command line's)."""
    from models.dispatch import print_settings

    return render_monthly_report(figures, translate=translate, font_file=print_settings().font_file or None)
