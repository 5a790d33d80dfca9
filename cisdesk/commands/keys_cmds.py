"""Verbs: (to be written)."""

import argparse


def register(verbs: argparse._SubParsersAction) -> None:
    """Add this module's verbs to the parser."""
