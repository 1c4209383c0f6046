"""Register sub-commands: `import households FILE [--community NAME] [--dry-run]
[--skip-invalid]`, `import staff FILE [...]` and `export households OUT.xlsx`.

Every bad row is printed, in the app's language, with its row number, column and reason;
with bad rows nothing is written unless --skip-invalid is given, and the exit code is 1."""

from __future__ import annotations

from desktop_app.cli.texts import cli_models, say, translate
from models.imports import ImportOutcome, RowProblem, export_households, import_households, import_staff
from models.opening import open_database
from models.store import DataFolder

EXIT_BAD_ROWS = 1


def register(subparsers) -> None:
    importing = subparsers.add_parser(
        "import", help="import the household register or the staff list from .xlsx or .csv"
    )
    kinds = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    households = kinds.add_parser("households", help="楼栋, 单元, 房号, 姓名, 电话, 身份证号, 入住日期, 备注")
    households.add_argument("--community", metavar="NAME", help="community the rooms belong to (default: the only one)")
    staff = kinds.add_parser("staff", help="姓名, 部门, 岗位, 电话, 技能")
    for parser, run in ((households, run_import_households), (staff, run_import_staff)):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
        parser.add_argument("--skip-invalid", action="store_true", help="import the good rows even when some rows fail")
        parser.set_defaults(run=run)
    exporting = subparsers.add_parser("export", help="export the household register")
    export_kinds = exporting.add_subparsers(dest="what", metavar="WHAT", required=True)
    export = export_kinds.add_parser("households", help="write the register to .xlsx (or .csv)")
    export.add_argument("out", metavar="OUT.xlsx")
    export.add_argument("--community", metavar="NAME", help="community to export (default: the only one)")
    export.set_defaults(run=run_export_households)


def run_import_households(args, folder: DataFolder) -> int:
    open_database(folder)
    plan, outcome = import_households(
        args.file, community=args.community, dry_run=args.dry_run, skip_invalid=args.skip_invalid
    )
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
    open_database(folder)
    plan, outcome = import_staff(args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
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
    open_database(folder)
    count = export_households(args.out, community=args.community)
    say(translate("CliRegisters", "{count} household(s) written to {file}."), count=count, file=args.out)
    return 0
