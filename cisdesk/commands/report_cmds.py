"""Verb ``report pdf``: annual, country and committee summaries as PDF."""

import argparse

from cisdesk.commands.common import ProgressBar, add_db_option, open_from_args, say
from cisdesk.reports.i18n import LANGUAGES
from cisdesk.reports.request import ReportKind, ReportRequest


def register(verbs: argparse._SubParsersAction) -> None:
    parser = verbs.add_parser("report", help="printable reports")
    actions = parser.add_subparsers(dest="report_verb", metavar="FORMAT", required=True)

    pdf = actions.add_parser("pdf", help="write a PDF report (annual, country or committee)")
    add_db_option(pdf)
    pdf.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    pdf.add_argument(
        "--kind",
        choices=[k.value for k in ReportKind],
        default=ReportKind.ANNUAL.value,
        help="annual (default), country or committee",
    )
    pdf.add_argument("--country", metavar="CC", help="the country of --kind country")
    pdf.add_argument("--committee", metavar="CODE", help="PPS, MEI or CI for --kind committee")
    pdf.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help="the year (annual: default the current year; others: default all years)",
    )
    pdf.add_argument(
        "--from",
        dest="period_from",
        metavar="YYYY-MM",
        help="first month of the annual report's period (with --to), e.g. 2017-05",
    )
    pdf.add_argument(
        "--to",
        dest="period_to",
        metavar="YYYY-MM",
        help="last month of the annual report's period (with --from), e.g. 2018-04",
    )
    pdf.add_argument("--lang", choices=LANGUAGES, default="es", help="es (default) or en")
    pdf.set_defaults(handler=cmd_pdf)


def cmd_pdf(args: argparse.Namespace) -> int:
    request = ReportRequest(
        kind=args.kind,
        lang=args.lang,
        year=args.year,
        country=args.country,
        committee=args.committee,
        period_from=args.period_from,
        period_to=args.period_to,
    )
    from cisdesk.reports.pdf import write_report  # reportlab only when a report is made

    with open_from_args(args) as record:
        written = write_report(record, args.output, request, progress=ProgressBar("report"))
    say("cmd.report.written", path=str(written.path), title=written.title, pages=written.pages)
    say("cmd.digest", digest=written.digest)
    return 0
