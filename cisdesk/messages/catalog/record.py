"""Messages of the record's write gate (cisdesk.db.record, cisdesk.db.capture)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "record.read_only_session": (
        "Se intentó guardar un cambio en una lectura del registro; no se guardó nada. "
        "Informe este error a la SISCA.",
        "A change was attempted while only reading the record; nothing was saved. "
        "Report this error to SISCA.",
    ),
    "record.write_outside_edit": (
        "Se intentó cambiar el registro compartido fuera de una edición, y el cambio no se "
        "sincronizaría; no se guardó nada. Informe este error a la SISCA.",
        "A change to the shared record was attempted outside an edit, so it would never "
        "sync; nothing was saved. Report this error to SISCA.",
    ),
    "record.natural_key_fixed": (
        "Lo que identifica un registro de {table} no puede cambiar; cree otro registro.",
        "What identifies a record of {table} cannot change; create another record instead.",
    ),
    "record.progress_folded": (
        "{count} informes de avance de una versión anterior de cisdesk se unieron al informe "
        "único de su país, resultado y semestre; revise los conflictos.",
        "{count} progress reports from an older cisdesk were folded into the one report of "
        "their country, result and semester; review the conflicts.",
    ),
}
