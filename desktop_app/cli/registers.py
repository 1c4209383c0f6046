"""Register sub-commands: `import households FILE [--community NAME] [--dry-run]
[--skip-invalid]`, `import staff FILE [...]` and `export households OUT.xlsx`.

Every bad row is printed, in the app's language, with its row number, column and reason;
with bad rows nothing is written unless --skip-invalid is given, and the exit code is 1."""

from __future__ import annotations

from desktop_app.cli import surveys
from desktop_app.cli.texts import cli_models, say, translate
from models.clock import SystemClock
from models.errors import NotFound
from models.imports import ImportOutcome, RowProblem, export_households, import_households, import_staff
from models.office import Permission, require
from models.opening import open_database
from models.store import DataFolder

EXIT_BAD_ROWS = 1
EXIT_REFUSED = 2


def register(subparsers) -> None:
    importing = subparsers.add_parser(
        "import", help=translate("CliHelp", "import the household register or the staff list from .xlsx or .csv")
    )
    kinds = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    households = kinds.add_parser(
        "households",
        help=translate("CliHelp", "a sheet with the columns 楼栋, 单元, 房号, 姓名, 电话, 身份证号, 入住日期, 备注"),
    )
    households.add_argument(
        "--community",
        metavar="NAME",
        help=translate("CliHelp", "community the rooms belong to (needed when the office has several)"),
    )
    staff = kinds.add_parser(
        "staff", help=translate("CliHelp", "a sheet with the columns 姓名, 部门, 岗位, 电话, 技能")
    )
    for parser, run in ((households, run_import_households), (staff, run_import_staff)):
        parser.add_argument("file", metavar="FILE", help=translate("CliHelp", "the .xlsx or .csv file to read"))
        parser.add_argument(
            "--dry-run", action="store_true", help=translate("CliHelp", "check every row and report; write nothing")
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help=translate("CliHelp", "import the good rows even when some rows fail"),
        )
        parser.set_defaults(run=run)
    exporting = subparsers.add_parser("export", help=translate("CliHelp", "export the household register"))
    export_kinds = exporting.add_subparsers(dest="what", metavar="WHAT", required=True)
    export = export_kinds.add_parser("households", help=translate("CliHelp", "write the register to .xlsx (or .csv)"))
    export.add_argument("out", metavar="OUT.xlsx", help=translate("CliHelp", "the .xlsx or .csv file to write"))
    export.add_argument(
        "--community",
        metavar="NAME",
        help=translate("CliHelp", "community to export (needed when the office has several)"),
    )
    export.set_defaults(run=run_export_households)
    surveys.add_export_kinds(export_kinds)


def run_import_households(args, folder: DataFolder) -> int:
    require(args.operator, Permission.IMPORT)
    open_database(folder)
    try:
        plan, outcome = import_households(
            args.file,
            community=args.community,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            operator=args.operator,
            clock=SystemClock(),
        )
    except NotFound as error:
        return _community_not_named(error)
    say(
        translate(
            "CliRegisters", "{file}: {read} row(s) read, {good} good, {bad} with problems (community {community})."
        ),
        file=plan.file_name,
        read=plan.rows_read,
        good=len(plan.good),
        bad=plan.bad_rows,
        community=plan.community_name,
    )
    return report(plan.problems, outcome, dry_run=args.dry_run)


def run_import_staff(args, folder: DataFolder) -> int:
    require(args.operator, Permission.IMPORT)
    open_database(folder)
    plan, outcome = import_staff(
        args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid, operator=args.operator, clock=SystemClock()
    )
    say(
        translate("CliRegisters", "{file}: {read} row(s) read, {good} good, {bad} with problems."),
        file=plan.file_name,
        read=plan.rows_read,
        good=len(plan.good),
        bad=plan.bad_rows,
    )
    return report(plan.problems, outcome, dry_run=args.dry_run)


def report(problems: list[RowProblem], outcome: ImportOutcome, *, dry_run: bool) -> int:
    for problem in problems:
        say(
            translate("CliRegisters", "Row {row}, {column}: {problem}"),
            err=True,
            row=problem.row,
            column=problem.column,
            problem=problem_text(problem),
        )
    if dry_run:
        say(translate("CliRegisters", "Dry run: nothing was written."))
    elif not outcome.written:
        say(
            translate(
                "CliRegisters",
                "Nothing was written: fix the rows above, or give --skip-invalid to import the good rows.",
            ),
            err=True,
        )
    else:
        say(
            translate(
                "CliRegisters",
                "Written: {created} new, {updated} updated, {unchanged} unchanged, "
                "{rooms} room(s) created, {skipped} row(s) skipped.",
            ),
            created=outcome.created,
            updated=outcome.updated,
            unchanged=outcome.unchanged,
            rooms=outcome.rooms_created,
            skipped=outcome.skipped,
        )
    return EXIT_BAD_ROWS if problems else 0


def problem_text(problem: RowProblem) -> str:
    """The row's problem as a translated domain message."""
    return cli_models(problem.message, problem.params)


def run_export_households(args, folder: DataFolder) -> int:
    require(args.operator, Permission.EXPORT)
    open_database(folder)
    try:
        count = export_households(args.out, community=args.community, operator=args.operator, clock=SystemClock())
    except NotFound as error:
        return _community_not_named(error)
    say(translate("CliRegisters", "{count} household(s) written to {file}."), count=count, file=args.out)
    return 0


def _community_not_named(error: NotFound) -> int:
    """An office with several communities and none named: say which option names one.
    (Of the community lookup's refusals only that one lists the communities' names.)"""
    if "names" not in error.params:
        raise error
    say(cli_models(error.message, error.params), err=True)
    first = str(error.params["names"]).split("、")[0]
    say(
        translate("CliRegisters", "Name the community with --community, e.g. --community {name}."), err=True, name=first
    )
    return EXIT_REFUSED
