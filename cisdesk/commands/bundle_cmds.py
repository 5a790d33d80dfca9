"""Verbs on sync bundles: ``bundle export``, ``bundle import``, ``bundle inspect``."""

import argparse
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
from cisdesk.errors import BundleRejected, CisdeskError
from cisdesk.messages import place, text
from cisdesk.outtext import printable
from cisdesk.sync import keyring, keys
from cisdesk.sync.container import inspect_container, open_container, read_bundle_file
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
        help="carry every change of this install, not only those SISCA has not acknowledged",
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
                passphrase=passphrase_from_args(args),
                progress=ProgressBar("export"),
            )
        except keys.PassphraseRequired:
            raise CisdeskError("cmd.passphrase_hint", var=DEFAULT_PASSPHRASE_VAR) from None
    print(result.summary())
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


def cmd_inspect(args: argparse.Namespace) -> int:
    data = read_bundle_file(Path(args.file))
    opened = inspect_container(data)
    manifest = opened.manifest
    say("cmd.inspect.bundle", name=Path(args.file).name)
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
        say("cmd.inspect.signer", status=_signer_status(args, data))
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


def _signer_status(args: argparse.Namespace, data: bytes) -> str:
    """Whether the database would accept the signature (nothing is written)."""
    with open_from_args(args) as record, record.reader() as session:
        try:
            open_container(data, lambda manifest: keyring.resolve_signer(session, manifest))
        except BundleRejected as exc:
            return text("cmd.inspect.signer_refused", reason=str(exc))
        finally:
            session.rollback()
    return text("cmd.inspect.signer_ok")
