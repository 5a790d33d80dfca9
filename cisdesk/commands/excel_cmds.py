"""Verbs ``excel export``, ``excel template`` and ``excel import``."""

import argparse
import sys

from cisdesk.commands.common import ProgressBar, add_db_option, open_from_args, say
from cisdesk.messages import text
from cisdesk.reports.i18n import LANGUAGES


def register(verbs: argparse._SubParsersAction) -> None:
    parser = verbs.add_parser("excel", help="Excel workbooks: export and progress templates")
    actions = parser.add_subparsers(dest="excel_verb", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="the whole shared record, a sheet per table")
    add_db_option(export)
    export.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    export.set_defaults(handler=cmd_export)

    template = actions.add_parser("template", help="a progress template for a country to fill in")
    add_db_option(template)
    template.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    template.add_argument(
        "--country", metavar="CC", help="default: this install's country (required at SISCA)"
    )
    template.add_argument("--lang", choices=LANGUAGES, default="es", help="es (default) or en")
    template.set_defaults(handler=cmd_template)

    imp = actions.add_parser("import", help="apply a filled progress template, all or nothing")
    add_db_option(imp)
    imp.add_argument("input", metavar="IN.xlsx")
    imp.set_defaults(handler=cmd_import)


#: Problems of a refused workbook listed one by one; the rest are counted.
SHOWN_PROBLEMS = 20

# openpyxl is imported by each verb, not at start: the app and other verbs don't need it.


def cmd_export(args: argparse.Namespace) -> int:
    from cisdesk.reports.excel_export import export_workbook

    with open_from_args(args) as record:
        summary = export_workbook(record, args.output, progress=ProgressBar("export"))
    say("cmd.excel.exported", path=str(summary.path), rows=summary.rows, sheets=summary.sheets)
    say("cmd.digest", digest=summary.digest)
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from cisdesk.reports.excel_template import write_template

    with open_from_args(args) as record:
        summary = write_template(
            record,
            args.output,
            country=args.country,
            lang=args.lang,
            progress=ProgressBar("template"),
        )
    say("cmd.excel.template", path=str(summary.path), rows=summary.rows, country=summary.country)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from cisdesk.reports.excel_import import TemplateRejected, import_template

    with open_from_args(args) as record:
        try:
            summary = import_template(record, args.input, progress=ProgressBar("import"))
        except TemplateRejected as exc:
            for problem in exc.problems[:SHOWN_PROBLEMS]:
                say("cmd.excel.problem", file=sys.stderr, problem=problem)
            if len(exc.problems) > SHOWN_PROBLEMS:
                more = len(exc.problems) - SHOWN_PROBLEMS
                print(text("excel.more_problems", count=more), file=sys.stderr)
            raise
    if not summary.changed:
        say("cmd.excel.unchanged", name=summary.path.name, rows=summary.rows)
        return 0
    say(
        "cmd.excel.imported",
        name=summary.path.name,
        created=summary.created,
        updated=summary.updated,
        fields=summary.fields_changed,
    )
    if summary.backup is not None:
        say("cmd.excel.backup", path=str(summary.backup))
    return 0
