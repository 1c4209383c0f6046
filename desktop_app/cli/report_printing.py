"""`property-desk print monthly --month YYYY-MM [--community NAME] --out FILE.pdf | --printer NAME`: the
monthly summary of the whole office or one community, in the command line's language
(Chinese unless PROPERTY_DESK_LANG or the app's setting asks for English), written beside
its place and moved into place only when complete."""

from __future__ import annotations

from desktop_app.cli.destination import add_destination, printer_delivery, say_sent
from desktop_app.cli.texts import say, translate
from models.clock import SystemClock
from models.codes import Permission
from models.office import require
from models.opening import open_database
from models.store import DataFolder


def register(documents) -> None:
    monthly = documents.add_parser("monthly", help=translate("CliHelp", "the monthly summary (月度报告) of a month"))
    monthly.add_argument(
        "--month", required=True, metavar="YYYY-MM", help=translate("CliHelp", "the month the summary covers")
    )
    monthly.add_argument(
        "--community", metavar="NAME", help=translate("CliHelp", "one community (default: the whole office)")
    )
    add_destination(monthly)
    monthly.set_defaults(run=run_monthly)


def run_monthly(args, folder: DataFolder) -> int:
    # imported here: `print work-orders` and the other documents do not wait for the reports' figures
    from models.reports import community_scope, office_scope, parse_month, report_figures

    require(args.operator, Permission.PRINT_REPORTS)
    period = parse_month(args.month)
    deliver = printer_delivery(args.printer, title=args.month) if args.printer else None
    open_database(folder)
    scope = community_scope(name=args.community) if args.community else office_scope()
    figures = report_figures(period, scope, now=SystemClock().now())
    # imported here: ReportLab is loaded only by the commands that make paper
    from desktop_app.printing.monthly_report import monthly_report_pdf
    from desktop_app.printing.work_orders import save_pdf

    pdf = monthly_report_pdf(figures, translate)
    if deliver is not None:
        deliver(pdf)
        say_sent("monthly", month=period.label, printer=args.printer, count=figures.volume.received)
        return 0
    try:
        save_pdf(args.out, pdf)
    except OSError as error:
        say(
            translate("CliPrinting", "{file} cannot be written: {reason}."),
            err=True,
            file=args.out,
            reason=error.strerror or str(error),
        )
        return 2
    say(
        translate("CliPrinting", "Monthly summary of {month} written to {file} ({count} tickets received)."),
        month=period.label,
        file=args.out,
        count=figures.volume.received,
    )
    return 0
