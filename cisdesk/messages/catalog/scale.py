"""Messages of the text search (``cisdesk find`` and the record pages' filter)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "find.empty": (
        "Escriba el texto que quiere buscar, por ejemplo: cisdesk find --db ARCHIVO reunión",
        "Give the text to look for, for example: cisdesk find --db FILE meeting",
    ),
    "find.none": (
        "Ningún registro contiene «{query}».",
        "No record contains “{query}”.",
    ),
    "find.count": (
        "Coincidencias con «{query}»: {count}.",
        "Matches for “{query}”: {count}.",
    ),
    "find.more": (
        "Se muestran {limit} por tipo; use --limit para ver más.",
        "{limit} are shown per kind; use --limit to see more.",
    ),
    "find.column.kind": ("Tipo", "Kind"),
    "find.column.title": ("Título", "Title"),
    "find.column.country": ("País", "Country"),
    "find.column.date": ("Fecha", "Date"),
    "find.kind.meeting": ("Reunión", "Meeting"),
    "find.kind.agreement": ("Acuerdo", "Agreement"),
    "find.kind.agreement_followup": ("Seguimiento de acuerdo", "Agreement follow-up"),
    "find.kind.proposal": ("Propuesta a la agenda", "Agenda proposal"),
    "find.kind.capacity_activity": ("Formación o intercambio", "Training or exchange"),
    "find.kind.delegate": ("Delegado", "Delegate"),
    "find.kind.progress_report": ("Informe de avance", "Progress report"),
    "find.kind.evidence": ("Evidencia", "Evidence"),
    "find.kind.result": ("Resultado del plan", "Plan result"),
    "find.kind.milestone": ("Hito del plan", "Plan milestone"),
    "find.country.regional": ("SISCA", "SISCA"),
    "find.limit_invalid": (
        "--limit debe ser un número mayor que cero.",
        "--limit must be a number greater than zero.",
    ),
}
