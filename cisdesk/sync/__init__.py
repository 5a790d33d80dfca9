"""Replication: clock, change capture, keys, bundles and merge (docs/ARCHITECTURE.md §4)."""
