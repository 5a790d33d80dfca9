"""Exceptions whose message is meant for the person using cisdesk.

A refusal carries a message code and parameters from :mod:`cisdesk.messages`
(``CisdeskError("bundle.bad_signature", file=name)``); ``str(error)`` renders it in
the current language, ``error.render(lang)`` in another. The CLI prints it on one
line and exits 1 (2 for usage); the UI shows it in the app's language.

A plain sentence is still accepted while older call sites are converted, but a
test lists them: new code names a code.
"""

from typing import Any

from cisdesk.messages import Message, is_code


class CisdeskError(Exception):
    """A refusal the user caused: bad file, bad input, wrong database."""

    exit_code = 1

    def __init__(self, message: "str | Message" = "", /, *args: object, **params: Any) -> None:
        if isinstance(message, Message):
            self.message: Message | None = message
        elif is_code(message) and not args:
            self.message = Message(message, params)
        else:
            self.message = None
        super().__init__(message, *args)
        self.code: str | None = self.message.code if self.message else None
        self.params: dict[str, Any] = self.message.params if self.message else {}

    def render(self, lang: str | None = None) -> str:
        if self.message is not None:
            return self.message.render(lang)
        return super().__str__()

    def __str__(self) -> str:
        return self.render()


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
    ``ValidationError(code, field="x", **params)``, ``ValidationError(message)`` and
    ``ValidationError("x", message)`` all work; ``str(error)`` is always the message.
    """

    def __init__(self, *args: Any, field: str | None = None, **params: Any) -> None:
        if (
            field is None
            and len(args) == 2
            and all(isinstance(a, str | Message) for a in args)
            and not is_code(args[0])
        ):
            field, message = str(args[0]), args[1]
            args = (message,)
        super().__init__(*args, **params)
        self.field = field
