"""Verbs ``backup`` and ``restore``: copies of the database and putting one back."""

import argparse
from pathlib import Path

from cisdesk.commands.common import add_db_option, db_target, say
from cisdesk.db.backup import backup_database, copy_database, list_backups
from cisdesk.db.engine import sqlite_path
from cisdesk.db.restore import inspect_database, restore_database
from cisdesk.errors import CisdeskError, UsageError


def register(verbs: argparse._SubParsersAction) -> None:
    backup = verbs.add_parser(
        "backup",
        help="copy the database to the backups folder (or to -o FILE)",
        description="Make a consistent copy of the database, even while cisdesk is open on it.",
    )
    add_db_option(backup)
    backup.add_argument("-o", "--output", metavar="OUT.db", help="write the copy to this file")
    _add_backup_dir(backup)
    backup.add_argument(
        "--list", action="store_true", help="list the copies in the backups folder, newest first"
    )
    backup.set_defaults(handler=cmd_backup)

    restore = verbs.add_parser(
        "restore",
        help="replace the database with a backup copy",
        description="Check a backup copy and put it in place of the database; the database "
        "being replaced is copied to the backups folder first.",
    )
    add_db_option(restore)
    restore.add_argument("backup", metavar="BACKUP.db", help="the backup copy to restore")
    restore.add_argument(
        "--force", action="store_true", help="restore even a backup of a different install"
    )
    _add_backup_dir(restore)
    restore.set_defaults(handler=cmd_restore)


def _add_backup_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backup-dir",
        metavar="DIR",
        type=Path,
        help="backups folder (default: 'backups' in the user data folder)",
    )


def _database_file(args: argparse.Namespace) -> Path:
    target = db_target(args)
    path = sqlite_path(target)
    if path is None:
        raise UsageError("cmd.backup.url")
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    db_path = _database_file(args)
    if args.list:
        if args.output:
            raise UsageError("cmd.backup.list_or_output")
        copies = list_backups(db_path, args.backup_dir)
        if not copies:
            say("cmd.backup.none", name=db_path.name)
        for copy in copies:
            print(f"{copy.taken_at:%Y-%m-%d %H:%M:%S}  {copy.reason:<22} {copy.path}")
        return 0
    inspect_database(db_path, "database")
    if args.output:
        out = Path(args.output).expanduser().resolve()
        if out == db_path or (out.exists() and out.samefile(db_path)):
            raise CisdeskError("cmd.backup.same_file", path=str(out))
        if out.is_dir():
            raise CisdeskError("cmd.backup.folder", path=str(out))
        if not out.parent.is_dir():
            raise CisdeskError("export.no_folder", path=str(out), folder=str(out.parent))
        copy_database(db_path, out)
    else:
        out = backup_database(db_path, "manual", args.backup_dir)
    say("cmd.backup.written", db=str(db_path), path=str(out))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db_path = _database_file(args)
    result = restore_database(
        db_path, Path(args.backup), force=args.force, backup_folder=args.backup_dir
    )
    say(
        "cmd.restore.done",
        path=str(result.restored),
        source=str(result.source),
        identity=result.identity.describe(),
    )
    if result.safety_copy is not None:
        say("cmd.restore.safety_copy", path=str(result.safety_copy))
    return 0
