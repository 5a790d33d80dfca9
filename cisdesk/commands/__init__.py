"""Verb modules of the ``cisdesk`` command; each has ``register(subparsers)``."""

from types import ModuleType

from cisdesk.commands import (
    backup_cmds,
    bundle_cmds,
    excel_cmds,
    find_cmd,
    keys_cmds,
    record_cmds,
    report_cmds,
    selftest_cmd,
    server_cmds,
    sync_cmd,
)

COMMAND_MODULES: list[ModuleType] = [
    record_cmds,
    find_cmd,
    keys_cmds,
    bundle_cmds,
    sync_cmd,
    report_cmds,
    excel_cmds,
    backup_cmds,
    server_cmds,
    selftest_cmd,
]
