"""Messages of the command line and of errors shared by every layer."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.interrupted": (
        "interrumpido; no se cambió nada.",
        "interrupted; nothing was changed.",
    ),
    "cli.prefix": ("cisdesk: {message}", "cisdesk: {message}"),
    "error.unexpected": (
        "Error inesperado: {detail}. Los detalles están en el registro de la aplicación.",
        "Unexpected error: {detail}. The details are in the application log.",
    ),
}
