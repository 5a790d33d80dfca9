"""Exceptions whose message is meant for the person using cisdesk.

The CLI prints ``str(error)`` on one line and exits 1; the UI shows it in a dialog.
"""


class CisdeskError(Exception):
    """A refusal the user caused: bad file, bad input, wrong database."""

    exit_code = 1


class UsageError(CisdeskError):
    """The command was called the wrong way (exit 2)."""

    exit_code = 2


class DatabaseError(CisdeskError):
    """The database file is missing, not a cisdesk database, or damaged."""


class BundleRejected(CisdeskError):
    """A sync bundle failed a check; nothing was imported."""


class ValidationError(CisdeskError):
    """A value entered by the user or read from a file is not acceptable.

    ``field`` names the offending field when there is one, so a form can mark it.
    ``ValidationError(message)``, ``ValidationError(message, field="x")`` and
    ``ValidationError("x", message)`` all work; ``str(error)`` is always the message.
    """

    def __init__(self, *args: object, field: str | None = None) -> None:
        if field is None and len(args) == 2 and all(isinstance(a, str) for a in args):
            field, message = str(args[0]), args[1]
            args = (message,)
        super().__init__(*args)
        self.field = field
