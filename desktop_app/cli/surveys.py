"""Survey sub-commands: `print survey-forms CAMPAIGN --count N --out FILE.pdf | --printer NAME` (the next
N blank questionnaires, numbered on from the last batch; `--first M` prints a lost batch
again), `print survey-report CAMPAIGN --out FILE.pdf` and `export survey-results
CAMPAIGN OUT.xlsx`. CAMPAIGN is the campaign's name (e.g. 2026年第四季度满意度调查)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.destination import add_destination, printer_delivery, say_sent
from desktop_app.cli.texts import say, translate
from models.clock import SystemClock
from models.files import PendingFile
from models.opening import open_database
from models.store import DataFolder


def add_print_documents(documents) -> None:
    forms = documents.add_parser(
        "survey-forms",
        help=translate("CliHelp", "blank survey questionnaires, numbered on from the last batch, with barcodes"),
    )
    forms.add_argument(
        "campaign", metavar="CAMPAIGN", help=translate("CliHelp", "the campaign's name, e.g. 2026年第四季度满意度调查")
    )
    forms.add_argument("--count", required=True, type=_count, metavar="N", help=translate("CliHelp", "how many forms"))
    forms.add_argument(
        "--first",
        type=_count,
        metavar="NUMBER",
        help=translate("CliHelp", "print a lost batch again from this form number"),
    )
    add_destination(forms)
    forms.set_defaults(run=run_survey_forms)
    report = documents.add_parser("survey-report", help=translate("CliHelp", "a survey campaign's result report"))
    report.add_argument("campaign", metavar="CAMPAIGN", help=translate("CliHelp", "the campaign's name"))
    add_destination(report)
    report.set_defaults(run=run_survey_report)


def add_export_kinds(kinds) -> None:
    results = kinds.add_parser("survey-results", help=translate("CliHelp", "a survey campaign's results to .xlsx"))
    results.add_argument("campaign", metavar="CAMPAIGN", help=translate("CliHelp", "the campaign's name"))
    results.add_argument("out", type=Path, metavar="OUT.xlsx", help=translate("CliHelp", "the workbook to write"))
    results.set_defaults(run=run_survey_results)


def _count(text: str) -> int:
    if text.strip().isdigit() and int(text) > 0:
        return int(text)
    raise argparse.ArgumentTypeError(
        translate("CliSurveys", "Not a whole number above 0: \u201c{text}\u201d.").format(text=text)
    )


def run_survey_forms(args, folder: DataFolder) -> int:
    # imported here: printing's documents bring ReportLab, which the other sub-commands should not wait for
    from desktop_app.printing.surveys import make_survey_forms
    from models.followup import find_campaign  # the surveys' modules, only for the survey commands

    deliver = printer_delivery(args.printer, title=args.campaign) if args.printer else None
    open_database(folder)
    campaign_id = find_campaign(args.campaign)
    if deliver is not None:
        numbers = make_survey_forms(campaign_id, args.count, deliver=deliver, first=args.first, operator=args.operator)
        say_sent("survey-forms", **_range(numbers, campaign_id), printer=args.printer)
        return 0
    with PendingFile(args.out) as pending:

        def deliver(pdf: bytes) -> bool:
            pending.write(pdf)
            return True

        numbers = make_survey_forms(
            campaign_id,
            args.count,
            deliver=deliver,
            first=args.first,
            finish=pending.put_in_place,
            operator=args.operator,
        )
    say(
        translate("CliSurveys", "{count} questionnaires ({first}–{last}) of {campaign} written to {file}."),
        **_range(numbers, campaign_id),
        file=args.out,
    )
    return 0


def _range(numbers, campaign_id: int) -> dict[str, object]:
    from models.followup import campaign_view, format_form_number

    return {
        "count": len(numbers),
        "first": format_form_number(numbers[0]),
        "last": format_form_number(numbers[-1]),
        "campaign": campaign_view(campaign_id).name,
    }


def run_survey_report(args, folder: DataFolder) -> int:
    from desktop_app.printing.surveys import survey_report_pdf
    from desktop_app.printing.work_orders import save_pdf
    from models.followup import campaign_view, find_campaign

    deliver = printer_delivery(args.printer, title=args.campaign) if args.printer else None
    open_database(folder)
    campaign_id = find_campaign(args.campaign)
    pdf = survey_report_pdf(campaign_id, now=SystemClock().now())
    name = campaign_view(campaign_id).name
    if deliver is not None:
        deliver(pdf)
        say_sent("survey-report", campaign=name, printer=args.printer)
        return 0
    save_pdf(args.out, pdf)
    say(translate("CliSurveys", "The result report of {campaign} written to {file}."), campaign=name, file=args.out)
    return 0


def run_survey_results(args, folder: DataFolder) -> int:
    from models.followup import campaign_view, export_results, find_campaign

    open_database(folder)
    campaign_id = find_campaign(args.campaign)
    export_results(campaign_id, args.out, operator=args.operator, clock=SystemClock())
    name = campaign_view(campaign_id).name
    say(translate("CliSurveys", "The results of {campaign} written to {file}."), campaign=name, file=args.out)
    return 0
