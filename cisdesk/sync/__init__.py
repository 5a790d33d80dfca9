"""Replication: clock, change capture, keys, bundles and merge (DESIGN.md §4)."""
