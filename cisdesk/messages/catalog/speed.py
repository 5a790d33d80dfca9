"""Messages of the start-up integrity check run while the window fills."""

MESSAGES = {
    "integrity.check_failed": (
        "No se pudo comprobar la base de datos {path} ({detail}); no se guardó nada. Ciérrela "
        "y ábrala de nuevo.",
        "The database {path} could not be checked ({detail}); nothing was saved. Close it and "
        "open it again.",
    ),
}
