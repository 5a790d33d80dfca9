"""``cisdesk find``: the record pages' search, for scripts and tests."""

import argparse

from cisdesk.activity.search import Hit, find
from cisdesk.commands.common import add_db_option, open_from_args
from cisdesk.countries import BY_CODE
from cisdesk.errors import UsageError
from cisdesk.messages import current_language, text

#: Longest title printed (a meeting's minutes can be pages long).
TITLE_WIDTH = 70


def register(verbs: argparse._SubParsersAction) -> None:
    parser = verbs.add_parser("find", help="search every row (accent-insensitive)")
    add_db_option(parser, required=True)
    parser.add_argument("text", nargs="+", metavar="TEXT", help="words to look for")
    parser.add_argument(
        "--limit", type=int, default=200, help="at most this many rows of each kind"
    )
    parser.set_defaults(handler=cmd_find)


def country_name(code: str, lang: str) -> str:
    country = BY_CODE.get(code)
    if country is None:
        return text("find.country.regional", lang)
    return country.name_es if lang == "es" else country.name_en


def _cell(value: str) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= TITLE_WIDTH else flat[: TITLE_WIDTH - 1] + "…"


def lines(hits: list[Hit], lang: str) -> list[str]:
    """Kind, title, country and date of each hit, tab-separated, after a header."""
    header = [text(f"find.column.{c}", lang) for c in ("kind", "title", "country", "date")]
    out = ["\t".join(header)]
    for hit in hits:
        cells = [
            text(f"find.kind.{hit.kind}", lang),
            _cell(hit.title),
            country_name(hit.owner, lang),
            hit.date or "",
        ]
        out.append("\t".join(cells))
    return out


def cmd_find(args: argparse.Namespace) -> int:
    query = " ".join(args.text).strip()
    if not query:
        raise UsageError("find.empty")
    if args.limit < 1:
        raise UsageError("find.limit_invalid")
    lang = current_language()
    with open_from_args(args) as record:
        hits = find(record, query, limit=args.limit)
    if not hits:
        print(text("find.none", lang, query=query))
        return 0
    for line in lines(hits, lang):
        print(line)
    print(text("find.count", lang, count=len(hits), query=query))
    by_kind: dict[str, int] = {}
    for hit in hits:
        by_kind[hit.kind] = by_kind.get(hit.kind, 0) + 1
    if any(count >= args.limit for count in by_kind.values()):
        print(text("find.more", lang, limit=args.limit))
    return 0
