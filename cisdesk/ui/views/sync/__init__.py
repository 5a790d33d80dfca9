"""Sync: export and import bundles, their history, conflicts and keys, one module per tab."""

from cisdesk.ui.views.sync.page import SyncPage

__all__ = ["SyncPage"]
