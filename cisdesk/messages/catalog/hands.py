"""Words of the PDF reports that say what the figures rest on, and of everyday guidance."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- progress figures: no report is "no data", never 0 % ------------------------------
    "report.no_data": ("sin datos", "no data"),
    "report.method_year": (
        "Avance medio de los resultados cuya ejecución empezó a más tardar en {year} "
        "(último porcentaje informado en el año). Solo cuentan los resultados con informe: "
        "un resultado sin informe no es 0 %, se indica «sin datos».",
        "Mean progress of the results whose execution began by {year} (latest percentage "
        "reported in the year). Only results with a report count: a result without one is "
        "not 0 %, it is shown as “no data”.",
    ),
    "report.method_up_to": (
        "Avance medio de los resultados cuya ejecución empezó a más tardar en {year} "
        "(último porcentaje informado hasta ese año). Solo cuentan los resultados con "
        "informe: un resultado sin informe no es 0 %, se indica «sin datos».",
        "Mean progress of the results whose execution began by {year} (latest percentage "
        "reported up to that year). Only results with a report count: a result without one "
        "is not 0 %, it is shown as “no data”.",
    ),
    "report.method_latest": (
        "Avance medio de los resultados (último porcentaje informado). Solo cuentan los "
        "resultados con informe: un resultado sin informe no es 0 %, se indica «sin datos».",
        "Mean progress of the results (latest percentage reported). Only results with a "
        "report count: a result without one is not 0 %, it is shown as “no data”.",
    ),
    "report.coverage_countries": (
        "Informes considerados: {n} de {total} resultados esperados ({countries} países × "
        "{results} resultados).",
        "Reports counted: {n} of {total} results expected ({countries} countries × "
        "{results} results).",
    ),
    "report.coverage_country": (
        "Resultados con informe: {n} de {total}.",
        "Results with a report: {n} of {total}.",
    ),
    "report.countries_without_data": (
        "Sin datos (ningún informe de avance recibido en el período): {names}.",
        "No data (no progress report received for the period): {names}.",
    ),
    "report.no_progress_data": (
        "No hay informes de avance registrados para el período, así que no se muestra "
        "ningún gráfico de avance: la falta de informes no significa 0 % de avance.",
        "No progress report is recorded for the period, so no progress chart is shown: "
        "the absence of reports does not mean 0 % progress.",
    ),
    "report.country_no_data": (
        "{country} no tiene informes de avance registrados para el período, así que no se "
        "muestra ningún gráfico de avance: la falta de informes no significa 0 % de avance.",
        "{country} has no progress report recorded for the period, so no progress chart is "
        "shown: the absence of reports does not mean 0 % progress.",
    ),
    "report.country_coverage": (
        "Resultados con informe: {n} de {total}; avance medio de los resultados informados: "
        "{pct} %.",
        "Results with a report: {n} of {total}; mean progress of the reported results: {pct} %.",
    ),
    "report.country_coverage_none": (
        "Resultados con informe: 0 de {total} (sin datos).",
        "Results with a report: 0 of {total} (no data).",
    ),
    "report.bar_values": (
        "El número sobre cada barra es el avance medio en porcentaje.",
        "The number above each bar is the mean progress in percent.",
    ),
    # --- status symbols in the milestone tables ---------------------------------------------
    "report.symbols_legend": (
        "Símbolos de estado: {symbols}. Columnas de país: {countries}.",
        "Status symbols: {symbols}. Country columns: {countries}.",
    ),
    # --- page frame ---------------------------------------------------------------------------
    "report.running_head": ("{institution} · {plan}", "{institution} · {plan}"),
    "report.institution_regional": (
        "SICA · Secretaría de la Integración Social Centroamericana (SISCA)",
        "SICA · Secretariat for Central American Social Integration (SISCA)",
    ),
    "report.institution_country": (
        "SICA · Consejo de la Integración Social Centroamericana · {country}",
        "SICA · Central American Social Integration Council · {country}",
    ),
    "report.running_plan": (
        "Comités Especializados del CIS",
        "CIS Specialised Committees",
    ),
    "report.fingerprint_foot": (
        "Huella del registro: {short}",
        "Record fingerprint: {short}",
    ),
    "report.fingerprint": ("Huella del registro", "Record fingerprint"),
    "report.fingerprint_full": ("Huella completa (SHA-256)", "Full fingerprint (SHA-256)"),
    "report.fingerprint_note": (
        "La huella del registro identifica los datos exactos de este informe. Al pie de cada "
        "página se muestran sus primeros 12 caracteres: si en dos informes coinciden, salen "
        "del mismo registro. Para comprobarla, compárela con la que muestra "
        "«cisdesk digest» o la página Inicio de la instalación.",
        "The record fingerprint identifies the exact data in this report. Its first 12 "
        "characters are shown at the foot of every page: two reports where they match come "
        "from the same record. To check it, compare it with what “cisdesk digest” or the "
        "install's Home page shows.",
    ),
    "report.table_n": ("Cuadro {n}", "Table {n}"),
    "report.period_between": (
        "entre {start} y {end}",
        "between {start} and {end}",
    ),
    # --- rows and fields as people know them (conflicts, history) ----------------------------
    "record.meeting": ('Reunión {date} "{title}"', 'Meeting {date} "{title}"'),
    "record.agreement": (
        'Acuerdo "{text}" (reunión {date})',
        'Agreement "{text}" (meeting {date})',
    ),
    "record.followup": (
        'Seguimiento {date} del acuerdo "{text}"',
        'Follow-up {date} of the agreement "{text}"',
    ),
    "record.progress": ("Avance {ref} {semester}", "Progress {ref} {semester}"),
    "record.result": ("Resultado {ref}", "Result {ref}"),
    "record.delegate": ("Delegado {name}", "Delegate {name}"),
    "record.proposal": ('Propuesta "{title}"', 'Proposal "{title}"'),
    "record.capacity": ('Formación "{title}"', 'Capacity building "{title}"'),
    "record.evidence": ("Evidencia {name}", "Evidence {name}"),
    "record.strategy": ('Estrategia "{title}"', 'Strategy "{title}"'),
    "record.milestone": ('Hito {number} "{text}"', 'Milestone {number} "{text}"'),
    "record.ppt": ("PPT {semester}", "PPT {semester}"),
    "record.other": ("{table} {id}", "{table} {id}"),
    "record.gone": (
        "Un registro de {table} que ya no está aquí",
        "A {table} row no longer held here",
    ),
    "field.title": ("Título", "Title"),
    "field.date": ("Fecha", "Date"),
    "field.text": ("Texto", "Text"),
    "field.status": ("Estado", "Status"),
    "field.percent": ("Porcentaje", "Percentage"),
    "field.note": ("Nota", "Note"),
    "field.due_date": ("Fecha límite", "Due date"),
    "field.responsible_country": ("País responsable", "Responsible country"),
    "field.duration_minutes": ("Duración", "Duration"),
    "field.virtual": ("Modalidad", "Modality"),
    "field.place": ("Lugar", "Place"),
    "field.participants": ("Participantes", "Participants"),
    "field.agenda": ("Agenda", "Agenda"),
    "field.minutes": ("Acta", "Minutes"),
    "field.kind": ("Tipo", "Kind"),
    "field.committee_id": ("Comité", "Committee"),
    "field.meeting_id": ("Reunión", "Meeting"),
    "field.agreement_id": ("Acuerdo", "Agreement"),
    "field.name": ("Nombre", "Name"),
    "field.institution": ("Institución", "Institution"),
    "field.position": ("Cargo", "Position"),
    "field.email": ("Correo electrónico", "E-mail"),
    "field.phone": ("Teléfono", "Phone"),
    "field.is_focal_point": ("Punto focal", "Focal point"),
    "field.description": ("Descripción", "Description"),
    "field.extra_regional": ("Extrarregional", "Extra-regional"),
    "field.deleted": ("Eliminado", "Deleted"),
    "field.semester": ("Semestre", "Semester"),
    "field.result_id": ("Resultado", "Result"),
    "field.file_name": ("Nombre del archivo", "File name"),
    "field.validated_on": ("Validada el", "Validated on"),
    "field.approved_on": ("Aprobada el", "Approved on"),
    "field.country": ("País", "Country"),
}
