"""Report figures on a 1,000,000-ticket office (issue 15 targets: the busiest month's
figures ≤ 1 s, its monthly summary PDF ≤ 3 s, a year ≤ 5 s), each beside a floor:

- the figures beside plain sqlite3 reading the same tickets' rows (the columns the
  report's one pass reads) into Python: what no report of those tickets can undercut;
- the PDF's own part (the figures taken off) beside ReportLab alone drawing the same
  text lines, in the same embedded font, on the same number of pages;
- every month of the office (or the last --months), with p50 / p90 / p95 / max across
  months, not only the busiest; the peak of Python memory for the month and the year.

CPU time is printed beside wall time: the machine is shared, and the CPU time is what an
office PC would wait. Opening an office migrates it: give a copy of a data folder.

    .venv/bin/python -m bench.reports                     # synthetic office, cached in /tmp
    .venv/bin/python -m bench.reports --data-dir DIR      # a copy of an office made by `property-desk demo`

The synthetic office is the registry benchmark's (six years, one community) with a
callback for every resolved ticket added, rated the way offices see it."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.registry import build_synthetic_office
from models.opening import open_database
from models.reports import month, report_figures, year
from models.store import DataFolder, database

NOW = dt.datetime(2026, 11, 23, 10, 0)
REPEATS = 3
# the columns the report's pass over a period reads, without the verdicts worked out on them
RAW_ROWS = (
    "SELECT t.id, t.kind, t.category_id, t.status, t.room_id, r.building_id, r.community_id, t.department_id, "
    "t.received_at, t.acknowledged_at, t.resolved_at, t.ack_due, t.result_due, t.stage_reply_due, t.callback_due, "
    "t.paused_seconds, t.paused_since, t.reopen_count FROM ticket t LEFT JOIN room r ON r.id = t.room_id "
    "WHERE t.received_at >= ? AND t.received_at < ?"
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="a copy of an office (e.g. from `property-desk demo --tickets 1000000`)")
    parser.add_argument("--tickets", type=int, default=1_000_000, help="size of the synthetic office")
    parser.add_argument("--months", type=int, default=0, help="time only the last N months (default: every month)")
    arguments = parser.parse_args(argv)
    folder = _office(arguments)
    open_database(folder)
    raw = sqlite3.connect(f"file:{folder.database}?mode=ro", uri=True)
    busiest, count = busiest_month()
    total = database.execute_sql("SELECT COUNT(*) FROM ticket").fetchone()[0]
    print(f"office: {total:,} tickets; busiest month {busiest.label} with {count:,} tickets")

    figures = timed(
        f"figures of {busiest.label}", lambda: report_figures(busiest, now=NOW), 1.0, raw_floor(raw, busiest)
    )
    print(f"  ({figures.volume.received:,} received, {len(figures.overdue):,} overdue at the month's end)")
    peak(f"figures of {busiest.label}", lambda: report_figures(busiest, now=NOW))
    pdf_against_floor(busiest, figures)
    whole_year = year(busiest.first.year)
    timed(
        f"figures of the year {whole_year.label}",
        lambda: report_figures(whole_year, now=NOW),
        5.0,
        raw_floor(raw, whole_year),
    )
    peak(f"figures of the year {whole_year.label}", lambda: report_figures(whole_year, now=NOW))
    across_months(raw, arguments.months)


def timed(label: str, action, target: float, floor=None):
    """Median wall and CPU time of a few runs; with a floor (a function timed the same
    way), the ratio of the CPU times."""
    result = action()  # warm the page cache
    walls, cpus = _runs(action)
    median, cpu = statistics.median(walls), statistics.median(cpus)
    line = (
        f"  {label:<40} {median:6.2f} s wall, {cpu:6.2f} s CPU  "
        f"(target ≤ {target:.0f} s, {'ok' if cpu <= target else 'SLOW'})"
    )
    if floor is not None:
        floor_cpu = statistics.median(_runs(floor)[1])
        line += f"  plain sqlite3 reading its rows {floor_cpu:5.2f} s CPU, ratio {cpu / floor_cpu:4.1f}×"
    print(line)
    return result


def _runs(action) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus


def raw_floor(raw: sqlite3.Connection, period):
    bounds = (f"{period.start:%Y-%m-%d %H:%M:%S}", f"{period.end:%Y-%m-%d %H:%M:%S}")
    return lambda: raw.execute(RAW_ROWS, bounds).fetchall()


def peak(label: str, action) -> None:
    tracemalloc.start()
    action()
    _current, highest = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  {label:<40} peak Python memory {highest / 2**20:6.1f} MiB")


def pdf_against_floor(period, figures) -> None:
    """The PDF of the month (figures included) against its target, and its own part (the
    figures already made) against ReportLab drawing the same lines in the same font."""
    from desktop_app.cli.texts import translate, use_language
    from desktop_app.printing.monthly_report import render_monthly_report

    use_language("zh_CN")  # the default paper: Chinese
    timed(
        f"monthly summary PDF of {period.label}",
        lambda: render_monthly_report(report_figures(period, now=NOW), translate=translate),
        3.0,
    )
    pdf = render_monthly_report(figures, translate=translate)
    pages = _page_lines(pdf)
    own = statistics.median(_runs(lambda: render_monthly_report(figures, translate=translate))[1])
    floor = statistics.median(_runs(lambda: _floor_pdf(pages))[1])
    print(
        f"  {'  of which the PDF itself':<40} {own:6.2f} s CPU for {len(pages)} pages, {len(pdf) / 1024:.0f} KiB;  "
        f"ReportLab drawing the same lines {floor:5.2f} s CPU, ratio {own / floor:4.1f}×"
    )


def _page_lines(pdf: bytes) -> list[list[str]]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    return [page.get_textpage().get_text_range().splitlines() for page in document]


def _floor_pdf(pages: list[list[str]]) -> bytes:
    """ReportLab's own floor: the same lines, one drawString each, the same embedded
    font, no layout, tables or charts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from desktop_app.printing.fonts import paper_fonts

    fonts = paper_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for lines in pages:
        y = A4[1] - 40
        for line in lines:
            fonts.draw(canvas, 40, y, line, 8)
            y -= 10
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def across_months(raw: sqlite3.Connection, last: int) -> None:
    """One run of each month's figures: the spread a manager meets month by month."""
    keys = [
        key
        for (key,) in database.execute_sql(
            "SELECT DISTINCT substr(received_at, 1, 7) FROM ticket ORDER BY 1"
        ).fetchall()
    ]
    keys = keys[-last:] if last else keys
    cpus, walls, ratios = [], [], []
    for key in keys:
        period = month(dt.date.fromisoformat(f"{key}-01"))
        wall, cpu = time.perf_counter(), time.process_time()
        report_figures(period, now=NOW)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        started = time.process_time()
        raw_floor(raw, period)()
        floor = time.process_time() - started
        if floor > 0:
            ratios.append(cpus[-1] / floor)
    print(f"  figures of each of {len(keys)} months ({keys[0]} … {keys[-1]}), one run each:")
    print(f"    CPU  {_spread(cpus)}")
    print(f"    wall {_spread(walls)}")
    if ratios:
        print(f"    ratio to plain sqlite3 reading the month's rows: {_spread(ratios, '×')}")


def _spread(values: list[float], unit: str = " s") -> str:
    ordered = sorted(values)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    return f"p50 {pct(50):5.2f}{unit}  p90 {pct(90):5.2f}{unit}  p95 {pct(95):5.2f}{unit}  max {ordered[-1]:5.2f}{unit}"


def busiest_month():
    key, count = database.execute_sql(
        "SELECT substr(received_at, 1, 7), COUNT(*) FROM ticket GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    return month(dt.date.fromisoformat(f"{key}-01")), count


def _office(arguments) -> DataFolder:
    if arguments.data_dir:
        return DataFolder(Path(arguments.data_dir).resolve())
    folder = DataFolder(Path(tempfile.gettempdir()) / f"property-desk-reports-{arguments.tickets}")
    if not folder.database.exists():
        started = time.perf_counter()
        build_synthetic_office(folder, arguments.tickets)
        add_callbacks(folder)
        print(f"built a synthetic office in {time.perf_counter() - started:.0f} s")
    return folder


def add_callbacks(folder: DataFolder) -> None:
    """A callback for every resolved ticket: made within three days, reached nine times
    in ten, rated mostly 4-5; one in twenty unhappy."""
    open_database(folder)
    with database.atomic():
        database.execute_sql(
            "INSERT INTO callback (ticket_id, due_at, status, attempts, reached, solved, rating, comment, done_by_id, "
            "done_at) SELECT t.id, datetime(t.resolved_at, '+7 days'), 'done', 1, "
            "CASE WHEN t.id % 10 = 0 THEN 0 ELSE 1 END, "
            "CASE WHEN t.id % 10 = 0 THEN NULL WHEN t.id % 20 = 1 THEN 'no' ELSE 'yes' END, "
            "CASE WHEN t.id % 10 = 0 THEN NULL WHEN t.id % 20 = 1 THEN 2 ELSE 4 + t.id % 2 END, "
            "CASE WHEN t.id % 20 = 1 THEN '还是不行' ELSE '' END, t.first_responder_id, "
            "datetime(t.resolved_at, '+' || (t.id % 4) || ' days') "
            "FROM ticket t WHERE t.resolved_at IS NOT NULL AND t.status IN ('called_back', 'closed')"
        )
    database.execute_sql("ANALYZE")
    database.close()


if __name__ == "__main__":
    main()
