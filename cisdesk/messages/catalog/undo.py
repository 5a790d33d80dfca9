"""Messages of undo and redo: a step that cannot be taken back whole is refused."""

MESSAGES: dict[str, tuple[str, str]] = {
    "plan.undo_moved_on": (
        "La estrategia cambió de versión o de estado después de este cambio, así que ya no se "
        "puede deshacer; revise la estrategia en la página del Plan.",
        "The strategy moved to another version or step after this change, so it can no longer "
        "be undone; check the strategy on the Plan page.",
    ),
    "plan.undo_version_edited": (
        "El borrador de la versión {version} ya tiene cambios; deshágalos primero para volver a "
        "la versión cerrada.",
        "The draft of version {version} already has changes; undo them first to go back to the "
        "closed version.",
    ),
    "proposal.undo_not_last": (
        "Después de este paso la propuesta avanzó a otro; solo se puede deshacer el último paso "
        "registrado.",
        "The proposal moved on to another step after this one; only the last recorded step can "
        "be undone.",
    ),
}
