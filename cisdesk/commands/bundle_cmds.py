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
)
from cisdesk.errors import BundleRejected, CisdeskError
from cisdesk.outtext import printable
from cisdesk.sync import keyring, keys
from cisdesk.sync.container import inspect_container, open_container, read_bundle_file
from cisdesk.sync.export import export_bundle
from cisdesk.sync.importer import ImportOutcome, import_bundles
from cisdesk.sync.keys import place_name
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
            raise CisdeskError(
                "This install's key is protected: put its passphrase in the environment "
                f"variable {DEFAULT_PASSPHRASE_VAR} or name another one with --passphrase-env VAR."
            ) from None
    print(result.summary())
    for warning in result.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
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
        print(
            f"cisdesk: {len(refused)} of {len(outcomes)} bundle files were not imported.",
            file=sys.stderr,
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
    print(f"Bundle: {Path(args.file).name}")
    print(f"Bundle id: {opened.bundle_id}")
    print(f"File sha256: {opened.file_sha256}")
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
    print(f"acks: {len(manifest['acks'])} sites")
    print(f"keyring: {'carried' if manifest['keyring'] else 'none'}")
    print(f"Signer key id: {opened.signer_key_id} ({place_name(manifest['origin_country'])})")
    target = getattr(args, "verb_db", None) or getattr(args, "db", None)
    if target:
        print(f"Signer: {_signer_status(args, data)}")
    try:
        payload = decode_payload(opened.payload)
    except BundleRejected as exc:
        print(f"Payload: not valid: {exc}")
    else:
        rows = payload.rows_by_table()
        print(f"Changes: {len(payload.changes)} in {sum(rows.values())} rows")
        for table, count in sorted(payload.counts_by_table().items()):
            print(f"  {table}: {count} changes, {rows[table]} rows")
    blobs = manifest["blobs"]
    size = sum(item["size"] for item in blobs)
    print(f"Evidence files: {len(blobs)} ({size} bytes)")
    for item in blobs:
        print(f"  {item['sha256']}  {item['size']} bytes")
    return 0


def _signer_status(args: argparse.Namespace, data: bytes) -> str:
    """Whether the database would accept the signature (nothing is written)."""
    with open_from_args(args) as record, record.reader() as session:
        try:
            open_container(data, lambda manifest: keyring.resolve_signer(session, manifest))
        except BundleRejected as exc:
            return f"not accepted by this install: {exc}"
        finally:
            session.rollback()
    return "enrolled, and the signature is valid"
