"""The wording of the PDF reports and the Excel workbooks (``cisdesk/reports``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "report.annual_title": (
        "Informe anual de los Comités Especializados del CIS",
        "Annual report of the CIS Specialised Committees",
    ),
    "report.country_title": ("Resumen de país", "Country summary"),
    "report.committee_title": ("Informe del comité", "Committee report"),
    "report.plan_name": (
        "Plan de Acción Regional sobre Pobreza y Protección Social",
        "Regional Action Plan on Poverty and Social Protection",
    ),
    "report.year": ("Año", "Year"),
    "report.all_years": ("Todos los años", "All years"),
    "report.generated_on": ("Generado el {date}", "Generated on {date}"),
    "report.install": ("Instalación", "Install"),
    "report.page_of": ("Página {page} de {total}", "Page {page} of {total}"),
    "report.digest": ("Huella del registro", "Record digest"),
    "report.plan_text_note": (
        "Los textos del plan (hitos y resultados) se muestran en su español original.",
        "Texts of the plan (milestones and results) are shown in their original Spanish.",
    ),
    "report.digest_note": (
        "La huella del registro (al pie de cada página) identifica los datos exactos de este "
        "informe: dos instalaciones con la misma huella contienen los mismos datos.",
        "The record digest (at the foot of every page) identifies the exact data in this "
        "report: two installs with the same digest hold the same data.",
    ),
    "report.contents": ("Contenido", "Contents"),
    "report.strategy": ("Estrategia", "Strategy"),
    "report.period": ("Período", "Period"),
    "report.approval_status": ("Estado de aprobación", "Approval status"),
    "report.validated_on": ("validada el {date}", "validated on {date}"),
    "report.approved_on": ("aprobada el {date}", "approved on {date}"),
    "report.no_strategy": ("Sin estrategia registrada.", "No strategy recorded."),
    "report.thematic_combos": ("Combos temáticos", "Thematic combos"),
    "report.combo": ("Combo temático {n}", "Thematic combo {n}"),
    "report.milestones_results": (
        "Hitos, resultados y avance por país",
        "Milestones, results and progress by country",
    ),
    "report.col_milestone": ("Hito", "Milestone"),
    "report.col_result": ("Resultado", "Result"),
    "report.col_start": ("Inicio de la ejecución", "Start of execution"),
    "report.status_of_year": (
        "Estado por país: último informe de avance de {year} para cada resultado.",
        "Status by country: latest progress report of {year} for each result.",
    ),
    "report.status_latest": (
        "Estado por país: último informe de avance registrado para cada resultado.",
        "Status by country: latest progress report recorded for each result.",
    ),
    "report.country_status_year": (
        "Último informe de avance hasta {year} para cada resultado.",
        "Latest progress report up to {year} for each result.",
    ),
    "report.country_status_latest": (
        "Último informe de avance registrado para cada resultado.",
        "Latest progress report recorded for each result.",
    ),
    "report.legend": ("Leyenda", "Legend"),
    "report.semester_label": ("Semestre {half} - {year}", "Semester {half} - {year}"),
    "report.progress_section": ("Avance", "Progress"),
    "report.progress_by_nucleus": (
        "Avance por núcleo prioritario (%)",
        "Progress by priority nucleus (%)",
    ),
    "report.progress_by_country": ("Avance por país (%)", "Progress by country (%)"),
    "report.progress_by_committee": ("Avance por comité (%)", "Progress by committee (%)"),
    "report.progress_method": (
        "Avance medio de los resultados cuya ejecución empezó a más tardar en {year} (último "
        "porcentaje informado en el año; un resultado sin informe cuenta como 0 %).",
        "Mean progress of the results whose execution began by {year} (latest percent reported "
        "in the year; a result without a report counts as 0 %).",
    ),
    "report.progress_method_up_to": (
        "Avance medio de los resultados cuya ejecución empezó a más tardar en {year} (último "
        "porcentaje informado hasta ese año; un resultado sin informe cuenta como 0 %).",
        "Mean progress of the results whose execution began by {year} (latest percent reported "
        "up to that year; a result without a report counts as 0 %).",
    ),
    "report.progress_method_latest": (
        "Avance medio de los resultados (último porcentaje informado; un resultado sin informe "
        "cuenta como 0 %).",
        "Mean progress of the results (latest percent reported; a result without a report "
        "counts as 0 %).",
    ),
    "report.nucleus": ("Núcleo", "Nucleus"),
    "report.nucleus_n": ("N{n}", "N{n}"),
    "report.mean_percent": ("Avance medio", "Mean progress"),
    "report.results_count": ("Resultados", "Results"),
    "report.reported": ("Con informe", "Reported"),
    "report.meetings": ("Reuniones", "Meetings"),
    "report.meetings_held": ("Reuniones realizadas", "Meetings held"),
    "report.meetings_total": ("Reuniones en el período: {n}", "Meetings in the period: {n}"),
    "report.meetings_virtual": (
        "Virtuales: {n} ({pct} %); presenciales: {m}.",
        "Virtual: {n} ({pct} %); in person: {m}.",
    ),
    "report.guideline_virtual": (
        "Lineamiento: se procurará que cada reunión virtual no sobrepase las 3,5 horas "
        "(210 minutos). Reuniones virtuales que las sobrepasaron: {n}.",
        "Guideline: each virtual meeting should, where possible, not exceed 3.5 hours "
        "(210 minutes). Virtual meetings that went over: {n}.",
    ),
    "report.over_limit": (
        "Reuniones virtuales de más de 210 minutos",
        "Virtual meetings over 210 minutes",
    ),
    "report.col_date": ("Fecha", "Date"),
    "report.col_kind": ("Tipo", "Kind"),
    "report.col_committee": ("Comité", "Committee"),
    "report.col_title": ("Título", "Title"),
    "report.col_duration": ("Duración (min)", "Duration (min)"),
    "report.col_mode": ("Modalidad", "Mode"),
    "report.col_recorded_by": ("Registrada por", "Recorded by"),
    "report.col_participants": ("Participantes", "Participants"),
    "report.virtual": ("Virtual", "Virtual"),
    "report.in_person": ("Presencial", "In person"),
    "report.none_in_period": ("Ninguno en el período.", "None in the period."),
    "report.agreements": ("Acuerdos", "Agreements"),
    "report.agreements_taken": ("Acuerdos tomados: {n}", "Agreements taken: {n}"),
    "report.agreements_fulfilled": ("Cumplidos: {n}", "Fulfilled: {n}"),
    "report.agreements_overdue": (
        "Vencidos (abiertos con fecha límite anterior al {date}): {n}",
        "Overdue (open with a due date before {date}): {n}",
    ),
    "report.overdue_list": ("Acuerdos vencidos", "Overdue agreements"),
    "report.col_text": ("Acuerdo", "Agreement"),
    "report.col_responsible": ("Responsable", "Responsible"),
    "report.col_due": ("Fecha límite", "Due date"),
    "report.col_status": ("Estado", "Status"),
    "report.col_followups": ("Seguimiento", "Follow-up"),
    "report.col_meeting": ("Reunión", "Meeting"),
    "report.proposals": ("Propuestas elevadas al CIS", "Proposals raised to the CIS"),
    "report.capacity": ("Desarrollo de capacidades", "Capacity building"),
    "report.col_extra_regional": ("Extrarregional", "Extra-regional"),
    "report.col_count": ("Participantes", "Participants"),
    "report.yes": ("Sí", "Yes"),
    "report.no": ("No", "No"),
    "report.ppt": ("Presidencia Pro Tempore", "Pro Tempore Presidency"),
    "report.col_semester": ("Semestre", "Semester"),
    "report.col_country": ("País", "Country"),
    "report.ppt_note": (
        "Los comités son liderados por los delegados del país que ejerce la PPT.",
        "The committees are led by the delegates of the country holding the PPT.",
    ),
    "report.country_progress": (
        "Avance en los resultados del plan",
        "Progress on the plan's results",
    ),
    "report.col_semester_reported": ("Semestre", "Semester"),
    "report.col_percent": ("%", "%"),
    "report.col_note": ("Nota", "Note"),
    "report.summary": ("Resumen", "Summary"),
    "report.results_with_report": (
        "Resultados con informe: {n} de {total}; avance medio: {pct} %.",
        "Results with a report: {n} of {total}; mean progress: {pct} %.",
    ),
    "report.country_agreements": (
        "Acuerdos a cargo del país y su seguimiento",
        "Agreements in the country's charge and their follow-up",
    ),
    "report.meetings_attended": (
        "Reuniones registradas por el país",
        "Meetings recorded by the country",
    ),
    "report.delegates": ("Delegados", "Delegates"),
    "report.col_name": ("Nombre", "Name"),
    "report.col_institution": ("Institución", "Institution"),
    "report.col_position": ("Cargo", "Position"),
    "report.col_contact": ("Contacto", "Contact"),
    "report.focal_point": ("punto focal", "focal point"),
    "report.committee_meetings": ("Reuniones del comité", "Meetings of the committee"),
    "report.committee_delegates": (
        "Delegados del comité por país",
        "Delegates of the committee by country",
    ),
    "report.msg_loading": ("leyendo el registro", "reading the record"),
    "report.msg_layout": ("componiendo el PDF", "laying out the PDF"),
}
