"""The monthly summary (月度报告) as a PDF: KPIs against targets in green, amber and red,
volume with its changes and 12-month trend, kinds and categories, timeliness, callbacks,
repeat complaints, departments and crews, peaks, buildings, communities side by side,
the early warning, the tickets overdue at the period's end, and the definitions of every
figure on the last page. Plain figures in (models.reports), PDF bytes out; the domain's
labels come through `translate` (Chinese on paper, see desktop_app.translations)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from desktop_app.printing import monthly_parts as parts
from desktop_app.printing import paper_labels
from desktop_app.printing.fonts import PaperFonts, paper_fonts
from desktop_app.printing.monthly_parts import EMPTY, Styles, Translate
from models.clock import format_datetime
from models.reports import WEEKDAYS, ReportFigures

MARGIN = 15 * mm
TABLE_LIMIT = 40
STAGE_NAMES = {"ack": "受理响应", "stage_reply": "阶段性回复", "result": "处理结果", "callback": "回访"}
SOLVED = {"yes": "已解决", "partly": "部分解决", "no": "未解决", None: EMPTY}
STATUS = {
    "new": "待受理",
    "acknowledged": "已受理",
    "dispatched": "已派工",
    "in_progress": "处理中",
    "resolved": "已完成",
    "called_back": "已回访",
    "closed": "已关闭",
    "cancelled": "已取消",
    "merged": "已合并",
}


def render_monthly_report(figures: ReportFigures, *, translate: Translate = str, font_file: str | None = None) -> bytes:
    fonts = paper_fonts(font_file)
    styles = parts.make_styles(fonts)
    buffer = io.BytesIO()
    title = f"{_scope_name(figures, translate)} 月度报告 {figures.period.label}"
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
    story = _story(figures, fonts, styles, translate, title)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        fonts.draw(canvas, MARGIN, A4[1] - MARGIN, title, 8)
        fonts.draw(canvas, A4[0] - MARGIN, MARGIN - 6 * mm, f"第 {doc.page} 页", 8, align="right")
        canvas.restoreState()

    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _scope_name(figures: ReportFigures, translate: Translate) -> str:
    return translate(figures.scope.name) if figures.scope.is_office else figures.scope.name


def _story(figures: ReportFigures, fonts: PaperFonts, styles: Styles, tr: Translate, title: str) -> list:
    story = [
        Paragraph(title, styles.title),
        Paragraph(
            f"统计期间 {figures.period.first} 至 {figures.period.last}　　制表时间 {format_datetime(figures.made_at)}",
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
        story += section(figures, fonts, styles, tr)
    story += [PageBreak(), *_definitions(figures, styles, tr)]
    return story


def _heading(styles: Styles, text: str) -> list:
    return [CondPageBreak(40 * mm), Paragraph(text, styles.heading)]


def _kpis(figures, fonts, styles, tr) -> list:
    rows, fills = [], []
    for index, kpi in enumerate(figures.kpis, start=1):
        word = parts.RATING_WORDS.get(kpi.rating, "无数据")
        rows.append([tr(kpi.label), parts.kpi_value(kpi), parts.kpi_target(kpi), word, parts.kpi_basis(kpi)])
        if kpi.rating in parts.RATING_COLOURS:
            fills.append((3, index, parts.RATING_COLOURS[kpi.rating].clone(alpha=0.35)))
    widths = [48 * mm, 30 * mm, 30 * mm, 26 * mm, 46 * mm]
    header = ["指标", "本期", "目标", "状态", "依据"]
    return _heading(styles, "一、关键指标") + [parts.table(styles, header, rows, widths, right=(1,), fills=fills)]


def _volume(figures, fonts, styles, tr) -> list:
    v = figures.volume
    text = (
        f"本期登记 {v.registered} 张，其中取消 {v.cancelled} 张、合并 {v.merged} 张，受理 {v.received} 张，"
        f"期末前办结 {v.resolved} 张。上期受理 {v.previous} 张，环比 {parts.signed_percent(v.change)}；"
        f"去年同期 {v.year_before} 张，同比 {parts.signed_percent(v.year_change)}。"
    )
    chart = parts.trend_chart(fonts, [p.month for p in v.trend], [p.count for p in v.trend])
    return _heading(styles, "二、工单量") + [Paragraph(text, styles.body), Spacer(1, 2 * mm), chart]


def _kinds(figures, fonts, styles, tr) -> list:
    kinds = [[paper_labels.kind(r.key), r.count, r.previous, parts.signed_percent(r.change)] for r in figures.kinds]
    categories = [[r.group, r.label, r.count, r.previous, parts.signed_percent(r.change)] for r in figures.categories]
    top = figures.categories[:10]
    result = _heading(styles, "三、类型与分类")
    result.append(
        parts.table(
            styles, ["类型", "本期", "上期", "变化"], kinds, [40 * mm, 25 * mm, 25 * mm, 30 * mm], right=(1, 2, 3)
        )
    )
    result.append(Spacer(1, 3 * mm))
    if categories:
        result.append(
            parts.table(
                styles,
                ["大类", "分类", "本期", "上期", "变化"],
                categories[:TABLE_LIMIT],
                [35 * mm, 40 * mm, 25 * mm, 25 * mm, 30 * mm],
                right=(2, 3, 4),
            )
        )
        result += _not_listed(styles, len(categories))
        result.append(parts.category_chart(fonts, [r.label for r in top], [r.count for r in top]))
    return result


def _not_listed(styles: Styles, total: int) -> list:
    """Under a table cut at TABLE_LIMIT rows: how many rows the paper leaves out and where
    to find them, so that nothing is dropped without a word."""
    if total <= TABLE_LIMIT:
        return []
    return [Paragraph(f"另有 {total - TABLE_LIMIT} 行未列出，见报表页。", styles.small)]


def _timeliness(figures, fonts, styles, tr) -> list:
    t = figures.timeliness
    rows = [
        [STAGE_NAMES.get(s.stage, tr(s.label)), s.measured, s.in_time, s.measured - s.in_time, parts.percent(s.percent)]
        for s in t.stages
    ]
    text = (
        f"平均响应用时 {parts.hours(t.average_ack_hours)}，平均处理用时 {parts.hours(t.average_resolution_hours)}。"
        f"暂停过的工单 {t.paused_tickets} 张，共暂停 {parts.hours(t.paused_hours)}，"
        f"平均每张 {parts.hours(t.average_paused_hours)}。"
    )
    table = parts.table(
        styles,
        ["环节", "统计", "及时", "超时", "及时率"],
        rows,
        [40 * mm, 25 * mm, 25 * mm, 25 * mm, 30 * mm],
        right=(1, 2, 3, 4),
    )
    return _heading(styles, "四、时效") + [Paragraph(text, styles.body), Spacer(1, 2 * mm), table]


def _callbacks(figures, fonts, styles, tr) -> list:
    c = figures.callbacks
    text = (
        f"完成回访 {c.made} 次，联系上 {c.reached} 次，未联系上 {c.unreached} 次；有评分 {c.rated} 次，"
        f"其中 4–5 分 {c.satisfied} 次，满意度 {parts.percent(c.satisfaction)}。应回访工单 {c.due} 张，"
        f"按时回访 {c.in_time} 张，回访率 {parts.percent(c.rate)}。不满意 {c.dissatisfied} 次，"
        f"因回访重新处理 {c.reopened.count} 张。"
    )
    result = _heading(styles, "五、回访与满意度") + [Paragraph(text, styles.body)]
    if c.reasons:
        result += [Spacer(1, 2 * mm), Paragraph("不满意的原因（按分类）", styles.body)]
        result.append(
            parts.table(
                styles, ["分类", "次数"], [[r.category, r.count] for r in c.reasons], [60 * mm, 25 * mm], right=(1,)
            )
        )
    if c.comments:
        rows = [
            [r.number, r.category, r.rating or EMPTY, SOLVED.get(r.solved, EMPTY), r.comment or EMPTY]
            for r in c.comments
        ]
        result += [
            Spacer(1, 2 * mm),
            parts.table(
                styles,
                ["工单号", "分类", "评分", "解决情况", "业主意见"],
                rows,
                [35 * mm, 25 * mm, 15 * mm, 22 * mm, 83 * mm],
                right=(2,),
            ),
        ]
    return result


def _repeats(figures, fonts, styles, tr) -> list:
    result = _heading(styles, "六、重复投诉")
    result.append(
        Paragraph(f"重复投诉 {figures.repeat_drill.count} 张，涉及 {len(figures.repeats)} 个房屋与分类。", styles.body)
    )
    rows = [
        [r.room, r.owner, r.category, r.repeats, "、".join(d.strftime("%m-%d") for d in r.dates)]
        for r in figures.repeats[:TABLE_LIMIT]
    ]
    if rows:
        result.append(
            parts.table(
                styles,
                ["房屋", "业主", "分类", "重复次数", "受理日期"],
                rows,
                [30 * mm, 28 * mm, 28 * mm, 20 * mm, 74 * mm],
                right=(3,),
            )
        )
    return result + _not_listed(styles, len(figures.repeats))


def _team_rows(rows, tr) -> list:
    return [
        [
            tr(r.name) if r.key == 0 else r.name,
            r.count,
            r.resolved,
            parts.number(r.average_hours),
            parts.percent(r.sla_percent),
            parts.percent(r.satisfaction),
            parts.percent(r.reopen_percent),
        ]
        for r in rows[:TABLE_LIMIT]
    ]


def _teams(figures, fonts, styles, tr) -> list:
    header = ["名称", "工单", "办结", "平均用时(小时)", "处理及时率", "满意度", "重新处理率"]
    widths = [34 * mm, 18 * mm, 18 * mm, 28 * mm, 28 * mm, 24 * mm, 30 * mm]
    right = (1, 2, 3, 4, 5, 6)
    result = _heading(styles, "七、部门与维修人员")
    result.append(parts.table(styles, header, _team_rows(figures.departments, tr), widths, right=right))
    result += _not_listed(styles, len(figures.departments))
    if figures.crews:
        result += [Spacer(1, 3 * mm), parts.table(styles, header, _team_rows(figures.crews, tr), widths, right=right)]
        result += _not_listed(styles, len(figures.crews))
    return result


def _peaks(figures, fonts, styles, tr) -> list:
    busiest = "；".join(
        f"{tr(WEEKDAYS[c.weekday])} {c.hour:02d} 时 {c.count} 张" for c in figures.peaks.busiest if c.count
    )
    return _heading(styles, "八、受理高峰（星期 × 时段）") + [
        parts.peak_grid(fonts, figures.peaks.grid),
        Paragraph(f"最忙的时段：{busiest or EMPTY}。", styles.body),
    ]


def _buildings(figures, fonts, styles, tr) -> list:
    rows = [
        [r.name, r.count, "、".join(f"{name} {count}" for name, count in r.categories)] for r in figures.buildings[:10]
    ]
    result = _heading(styles, "九、工单最多的楼栋")
    if rows:
        result.append(parts.table(styles, ["楼栋", "工单", "主要分类"], rows, [50 * mm, 20 * mm, 110 * mm], right=(1,)))
    else:
        result.append(Paragraph("本期无工单。", styles.body))
    return result


def _communities(figures, fonts, styles, tr) -> list:
    if not figures.communities:
        return []
    keys = [k.key for k in figures.kpis]
    header = ["小区", "受理", *[tr(k.label) for k in figures.kpis], "重复投诉", "期末逾期"]
    rows = []
    for row in figures.communities:
        values = [_community_value(figures, key, row.kpis[key]) for key in keys]
        rows.append([row.name, row.received, *values, row.repeats, row.overdue])
    widths = [22 * mm, 12 * mm] + [18 * mm] * len(keys) + [12 * mm, 12 * mm]
    return _heading(styles, "十、兄弟项目对比") + [
        parts.table(styles, header, rows, widths, right=tuple(range(1, len(header))))
    ]


def _community_value(figures, key: str, value) -> str:
    unit = figures.kpi(key).unit
    return parts.percent(value) if unit == "%" else parts.number(value)


def _warnings(figures, fonts, styles, tr) -> list:
    result = _heading(styles, "十一、故障预警")
    if not figures.warnings:
        return result + [Paragraph("本期没有反复或上升的报修。", styles.body)]
    rows = [
        [tr(w.label), w.place, w.category, w.count, EMPTY if w.previous is None else w.previous]
        for w in figures.warnings[:TABLE_LIMIT]
    ]
    return result + [
        parts.table(
            styles,
            ["预警", "位置", "分类", "本期", "上期"],
            rows,
            [40 * mm, 40 * mm, 40 * mm, 25 * mm, 25 * mm],
            right=(3, 4),
        ),
        *_not_listed(styles, len(figures.warnings)),
    ]


def _overdue(figures, fonts, styles, tr) -> list:
    result = _heading(styles, "十二、期末逾期工单")
    result.append(
        Paragraph(f"截至 {format_datetime(figures.cutoff)}，逾期未办结 {len(figures.overdue)} 张。", styles.body)
    )
    rows = [
        [
            r.number,
            r.room or EMPTY,
            r.category,
            STAGE_NAMES.get(r.stage, r.stage),
            format_datetime(r.due),
            f"{r.age_hours / 24:.1f} 天",
            STATUS.get(r.status, r.status),
        ]
        for r in figures.overdue[:TABLE_LIMIT]
    ]
    if rows:
        result.append(
            parts.table(
                styles,
                ["工单号", "房屋", "分类", "逾期环节", "时限", "已历时", "当前状态"],
                rows,
                [32 * mm, 22 * mm, 22 * mm, 22 * mm, 30 * mm, 22 * mm, 30 * mm],
                right=(5,),
            )
        )
    if len(figures.overdue) > TABLE_LIMIT:
        result.append(Paragraph(f"另有 {len(figures.overdue) - TABLE_LIMIT} 张未列出，见工单台账。", styles.small))
    return result


def _definitions(figures, styles, tr) -> list:
    result = [Paragraph("指标定义", styles.heading)]
    for definition in figures.definitions:
        result.append(Paragraph(f"{tr(definition.term)}：{tr(definition.text)}", styles.body))
        result.append(Spacer(1, 1.5 * mm))
    return result


def monthly_report_pdf(figures: ReportFigures, translate: Translate) -> bytes:
    """The summary with the office's font, as the command line and the reports page print
    it; `translate` gives the domain's labels in Chinese (desktop_app.translations'
    chinese_models: paper is always Chinese)."""
    from models.dispatch import print_settings

    return render_monthly_report(figures, translate=translate, font_file=print_settings().font_file or None)
