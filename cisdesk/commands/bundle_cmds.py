"""Verbs on sync bundles: ``bundle export``, ``bundle import``, ``bundle inspect``."""

import argparse
import re
import sys
from pathlib import Path

from cisdesk.commands.common import (
    DEFAULT_PASSPHRASE_VAR,
    ProgressBar,
    add_db_option,
    add_passphrase_option,
    open_from_args,
    passphrase_from_args,
    say,
)
from cisdesk.countries import BY_CODE
from cisdesk.errors import BundleRejected, CisdeskError, UsageError
from cisdesk.messages import msg, place, text
from cisdesk.outtext import printable
from cisdesk.sync import keys, overview
from cisdesk.sync.bundle_file import BundleFile, open_bundle_file
from cisdesk.sync.export import export_bundle
from cisdesk.sync.importer import ImportOutcome, import_bundles
from cisdesk.sync.payload import decode_payload


def register(verbs: argparse._SubParsersAction) -> None:
    parser = verbs.add_parser("bundle", help="export, import and inspect signed sync bundles")
    actions = parser.add_subparsers(dest="bundle_verb", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write this install's next signed bundle")
    add_db_option(export, required=True)
    export.add_argument("-o", "--output", required=True, metavar="OUT.cisb")
    export.add_argument(
        "--full",
        action="store_true",
        help="carry everything, not only what the recipients lack (for a new install)",
    )
    export.add_argument(
        "--for",
        dest="for_country",
        metavar="CC",
        help="SISCA: carry only what this one country lacks",
    )
    export.add_argument(
        "--max-size",
        default="20M",
        metavar="SIZE",
        help="largest file to write, e.g. 20M or 500K (default 20M); "
        "a larger export is split into volumes OUT-01.cisb, OUT-02.cisb, ...",
    )
    add_passphrase_option(export)
    export.set_defaults(handler=cmd_export)

    imp = actions.add_parser("import", help="import bundles, each file all or nothing")
    add_db_option(imp, required=True)
    imp.add_argument("files", nargs="+", metavar="IN.cisb")
    imp.set_defaults(handler=cmd_import)

    inspect = actions.add_parser("inspect", help="show a bundle's manifest and counts")
    add_db_option(inspect)
    inspect.add_argument("file", metavar="IN.cisb")
    inspect.set_defaults(handler=cmd_inspect)


def cmd_export(args: argparse.Namespace) -> int:
    with open_from_args(args) as record:
        try:
            result = export_bundle(
                record,
                Path(args.output),
                full=bool(args.full),
                for_country=_country(args.for_country),
                max_size=parse_size(args.max_size),
                passphrase=passphrase_from_args(args),
                progress=ProgressBar("export"),
            )
        except keys.PassphraseRequired:
            raise CisdeskError("cmd.passphrase_hint", var=DEFAULT_PASSPHRASE_VAR) from None
    print(result.summary())
    for path, size in zip(result.paths, result.sizes, strict=True):
        print(text("volume.written", path=path, size=size_text(size)))
    if result.missing_blobs:
        print(text("volume.missing_blobs", count=result.missing_blobs), file=sys.stderr)
    for warning in result.warnings:
        say("cmd.warning", file=sys.stderr, warning=warning)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_from_args(args) as record:
        outcomes = import_bundles(
            record,
            [Path(name) for name in args.files],
            progress=ProgressBar("import"),
            on_outcome=_print_outcome,
        )
    refused = [o for o in outcomes if not o.ok]
    if refused:
        say(
            "cli.prefix",
            file=sys.stderr,
            message=text("cmd.import.refused", refused=len(refused), total=len(outcomes)),
        )
        return 1
    return 0


def _print_outcome(outcome: ImportOutcome) -> None:
    """Imported files on standard output; refused or held-back ones on standard error."""
    stream = sys.stdout if outcome.ok else sys.stderr
    print(printable(outcome.summary()), file=stream, flush=True)


def parse_size(value: str) -> int:
    """``20M``, ``500K``, ``1G`` or a number of bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*", value, re.IGNORECASE)
    if match is None:
        raise UsageError(msg("volume.bad_size", value=value))
    factor = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}[match.group(2).upper()]
    return int(float(match.group(1)) * factor)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / 1024:.1f} KB"


def _country(code: str | None) -> str | None:
    if code is None:
        return None
    code = code.upper()
    if code not in BY_CODE:
        raise UsageError(msg("volume.for_unknown", code=code))
    return code


def cmd_inspect(args: argparse.Namespace) -> int:
    opened = open_bundle_file(Path(args.file), None)
    try:
        return _inspect(args, opened)
    finally:
        opened.close()


def _inspect(args: argparse.Namespace, opened: BundleFile) -> int:
    manifest = opened.manifest
    say("cmd.inspect.bundle", name=Path(args.file).name)
    if manifest["volumes"] > 1:
        print(text("volume.inspect_volume", volume=manifest["volume"], volumes=manifest["volumes"]))
    print(text("volume.inspect_export", export_id=manifest["export_id"]))
    if manifest["for_country"]:
        print(text("volume.inspect_for", place=place(manifest["for_country"])))
    say("cmd.inspect.bundle_id", id=opened.bundle_id)
    say("cmd.inspect.sha256", sha=opened.file_sha256)
    for key in (
        "direction",
        "origin_country",
        "origin_site",
        "site_name",
        "deployment_id",
        "seq",
        "prev_bundle_id",
        "created_at",
        "highest_hlc",
        "row_count",
        "full",
    ):
        print(f"{key}: {manifest[key]}")
    say("cmd.inspect.acks", count=len(manifest["acks"]))
    say("cmd.inspect.keyring_carried" if manifest["keyring"] else "cmd.inspect.keyring_none")
    say(
        "cmd.inspect.signer_key",
        key_id=opened.signer_key_id,
        place=place(manifest["origin_country"]),
    )
    target = getattr(args, "verb_db", None) or getattr(args, "db", None)
    if target:
        say("cmd.inspect.signer", status=_signer_status(args, opened.path))
    try:
        payload = decode_payload(opened.payload)
    except BundleRejected as exc:
        say("cmd.inspect.payload_invalid", reason=str(exc))
    else:
        rows = payload.rows_by_table()
        say("cmd.inspect.changes", changes=len(payload.changes), rows=sum(rows.values()))
        for table, count in sorted(payload.counts_by_table().items()):
            say("cmd.inspect.table", table=table, changes=count, rows=rows[table])
    blobs = manifest["blobs"]
    size = sum(item["size"] for item in blobs)
    say("cmd.inspect.blobs", count=len(blobs), size=size)
    for item in blobs:
        say("cmd.inspect.blob", sha=item["sha256"], size=item["size"])
    return 0


def _signer_status(args: argparse.Namespace, path: Path) -> str:
    """Whether the database would accept the signature (nothing is written)."""
    with open_from_args(args) as record:
        refusal = overview.signer_refusal(record, path)
    if refusal is not None:
        return text("cmd.inspect.signer_refused", reason=str(refusal))
    return text("cmd.inspect.signer_ok")
