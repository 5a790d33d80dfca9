"""Messages of the plan's processes: PPT calendar, strategy versions, regional results,
proposals to the CIS, leadership, evaluations and reporting periods."""

MESSAGES: dict[str, tuple[str, str]] = {
    # who may write the plan
    "plan.sisca_only": (
        "Solo la instalación de la SISCA puede cambiar el plan; en un país es de solo lectura: "
        "pida el cambio a la SISCA.",
        "Only the SISCA install can change the plan; on a country install it is read-only.",
    ),
    "plan.not_found": (
        "Esa parte del plan ya no existe; actualice la vista.",
        "That part of the plan no longer exists; refresh the view.",
    ),
    "plan.text_required": ("Escriba el texto.", "Enter the text."),
    "plan.semester_invalid": (
        "«{value}» no es un semestre; escríbalo como 2018-I o 2018-II.",
        "'{value}' is not a semester; write it like 2018-I or 2018-II.",
    ),
    "plan.month_invalid": (
        "«{value}» no es un mes; escríbalo como 2018-01.",
        "'{value}' is not a month; write it like 2018-01.",
    ),
    "plan.country_invalid": (
        "«{value}» no es el código de un país miembro del SICA.",
        "'{value}' is not the code of a SICA member country.",
    ),
    # PPT calendar
    "plan.ppt_overlap": (
        "El semestre {semester} ya tiene una Presidencia Pro Témpore; corrija esa fila en vez de "
        "añadir otra.",
        "The semester {semester} already has a pro tempore presidency; correct that row instead "
        "of adding another.",
    ),
    "plan.ppt_country_needed": (
        "No hay un semestre anterior del que seguir la rotación; indique el país.",
        "There is no earlier semester to follow the rotation from; choose the country.",
    ),
    # strategy workflow and versions
    "plan.status_invalid": (
        "«{value}» no es un estado de la estrategia.",
        "'{value}' is not a strategy status.",
    ),
    "plan.approve_needs_validation": (
        "Los CT-CIS deben validar la estrategia antes de que el CIS la apruebe.",
        "The CT-CIS must validate the strategy before the CIS approves it.",
    ),
    "plan.step_already_taken": (
        "La estrategia ya está en ese paso.",
        "The strategy is already at that step.",
    ),
    "plan.workflow_backwards": (
        "Un paso ya dado no se deshace; para cambiar la estrategia, inicie una nueva versión.",
        "A step already taken cannot be undone; to change the strategy, start a new version.",
    ),
    "plan.version_locked": (
        "La versión {version} de esta estrategia está cerrada ({status}); inicie una nueva "
        "versión en borrador para cambiarla.",
        "Version {version} of this strategy is locked ({status}); start a new draft version to "
        "change it.",
    ),
    "plan.version_is_draft": (
        "La versión actual ya es un borrador: puede editarla directamente.",
        "The current version is already a draft: edit it directly.",
    ),
    "plan.period_end_before_start": (
        "El período termina ({end}) antes de empezar ({start}); corrija las fechas.",
        "The period ends ({end}) before it starts ({start}); correct the dates.",
    ),
    "plan.period_overlaps": (
        "El período se superpone con otra estrategia del comité ({start} a {end}).",
        "The period overlaps another strategy of the committee ({start} to {end}).",
    ),
    # regional results
    "plan.regional_result_sisca": (
        "Este resultado es regional: lo reporta la SISCA, no los países.",
        "This result is regional: SISCA reports it, not the countries.",
    ),
    "plan.country_result_only": (
        "La SISCA solo reporta avances de resultados regionales; los demás los reportan los "
        "países.",
        "SISCA reports progress only on regional results; the countries report the others.",
    ),
    "plan.merge_regional_result": (
        "la línea {line} del paquete reporta un avance de país sobre un resultado regional, que "
        "solo la SISCA reporta",
        "line {line} of the bundle reports a country's progress on a regional result, which "
        "only SISCA reports",
    ),
    # proposals to the CIS
    "proposal.step_invalid": (
        "«{value}» no es un paso de una propuesta.",
        "'{value}' is not a step of a proposal.",
    ),
    "proposal.step_out_of_order": (
        "La propuesta está en «{current}»; el paso siguiente es «{expected}».",
        "The proposal is at '{current}'; the next step is '{expected}'.",
    ),
    "proposal.closed": (
        "El CIS ya decidió sobre esta propuesta ({current}); no admite más pasos.",
        "The CIS has already decided on this proposal ({current}); it takes no more steps.",
    ),
    "proposal.step_sisca": (
        "Ese paso lo registra la SISCA.",
        "SISCA records that step.",
    ),
    "proposal.step_before_previous": (
        "La fecha del paso no puede ser anterior a la del paso previo ({previous}).",
        "The step's date cannot be before the previous step's ({previous}).",
    ),
    "proposal.decision_reference": (
        "Indique la referencia de la decisión del CIS (acta o resolución).",
        "Enter the reference of the CIS decision (minutes or resolution).",
    ),
    "proposal.status_by_steps": (
        "El estado de una propuesta avanza registrando sus pasos, no editándolo.",
        "A proposal's status advances by recording its steps, not by editing it.",
    ),
    # people and leadership
    "people.lead_not_ppt": (
        "En {semester} la PPT la ejerce {holder}; solo ese país designa quién lidera el comité.",
        "In {semester} the PPT is held by {holder}; only that country names the committee's lead.",
    ),
    "people.lead_delegate": (
        "Elija un delegado de su país para liderar el comité.",
        "Choose a delegate of your country to lead the committee.",
    ),
    "people.no_ppt": (
        "El calendario no tiene Presidencia Pro Témpore para {semester}.",
        "The calendar has no pro tempore presidency for {semester}.",
    ),
    # evaluations
    "evaluation.kind_invalid": (
        "Elija el tipo de evaluación: de medio término o de cierre.",
        "Choose the kind of evaluation: mid-term or closing.",
    ),
    "evaluation.date_required": (
        "Indique la fecha de la evaluación.",
        "Enter the date of the evaluation.",
    ),
    # reporting periods
    "report.period_end_before_start": (
        "El período termina ({end}) antes de empezar ({start}); corrija las fechas.",
        "The period ends ({end}) before it starts ({start}); correct the dates.",
    ),
    "report.month_invalid": (
        "«{value}» no es un mes; escríbalo como 2017-05.",
        "'{value}' is not a month; write it like 2017-05.",
    ),
    "report.period_incomplete": (
        "Indique el inicio y el fin del período (--from y --to) o un año (--year).",
        "Give both ends of the period (--from and --to) or a year (--year).",
    ),
    "report.period_and_year": (
        "Indique un año o un período, no ambos.",
        "Give a year or a period, not both.",
    ),
    # the virtual-meeting guideline: one wording everywhere
    "guideline.virtual_limit": (
        "Se procurará que cada reunión virtual no sobrepase las 3,5 horas.",
        "Each virtual meeting should, where possible, not exceed 3.5 hours.",
    ),
    "guideline.virtual_orange": (
        "En naranja: reuniones virtuales de más de las 3,5 horas que los lineamientos "
        "recomiendan no sobrepasar.",
        "In orange: virtual meetings longer than the 3.5 hours the guidelines recommend not "
        "to exceed.",
    ),
    "guideline.virtual_over": (
        "Esta reunión virtual duró más de las 3,5 horas que los lineamientos recomiendan no "
        "sobrepasar.",
        "This virtual meeting lasted longer than the 3.5 hours the guidelines recommend not to "
        "exceed.",
    ),
    # report wording of the plan's processes
    "report.period_year": ("Año {year}", "Year {year}"),
    "report.period_months": ("{first} – {last}", "{first} – {last}"),
    "report.status_of_period": (
        "Estado por país: último informe de avance de {period} para cada resultado.",
        "Status by country: latest progress report of {period} for each result.",
    ),
    "report.progress_method_period": (
        "Avance medio de los resultados de país cuya ejecución empezó a más tardar en el "
        "período {period} (último porcentaje informado en el período). Solo cuentan los "
        "resultados con informe: un resultado sin informe no es 0 %, se indica «sin datos». "
        "Los resultados regionales no cuentan en el promedio de ningún país.",
        "Mean progress of the country results whose execution began by the end of {period} "
        "(latest percentage reported in the period). Only results with a report count: a "
        "result without one is not 0 %, it is shown as “no data”. Regional results count in "
        "no country's average.",
    ),
    "report.tags_note": (
        "La relación de cada hito con los núcleos prioritarios y los objetivos específicos es "
        "una lectura propia de cisdesk: el documento fuente no la tabula. La SISCA puede "
        "corregirla en la página Plan.",
        "Which priority nuclei and specific objectives each milestone serves is cisdesk's own "
        "reading: the source document does not tabulate it. SISCA can correct it in the Plan "
        "page.",
    ),
    "report.ppt_involved": (
        "Presidencias Pro Témpore involucradas",
        "Pro tempore presidencies involved",
    ),
    "report.ppt_involved_note": (
        "El reporte se basa en la articulación entre las Presidencias Pro Témpore del período: "
        "{names}.",
        "The report rests on the coordination between the period's pro tempore presidencies: "
        "{names}.",
    ),
    "report.country_reports": (
        "Lo que cada país reportó en el período",
        "What each country reported in the period",
    ),
    "report.country_reports_none": (
        "Ningún informe de avance en el período.",
        "No progress report in the period.",
    ),
    "report.country_reports_count": (
        "{n} informes de avance sobre {results} resultados.",
        "{n} progress reports on {results} results.",
    ),
    "report.regional_results": (
        "Resultados regionales",
        "Regional results",
    ),
    "report.regional_note": (
        "Entregables regionales: los reporta la SISCA y no cuentan en el promedio de ningún país.",
        "Regional deliverables: SISCA reports them, and they count in no country's average.",
    ),
    "report.frame": ("Marco del Plan", "The plan's frame"),
    "report.general_objective": ("Objetivo general", "General objective"),
    "report.specific_objectives": ("Objetivos específicos", "Specific objectives"),
    "report.action_lines": ("Ejes de acción", "Lines of action (ejes de acción)"),
    "report.nuclei": ("Núcleos prioritarios", "Priority nuclei"),
    "report.guidelines": (
        "Lineamientos de funcionamiento de los comités",
        "Operating guidelines of the committees",
    ),
    "report.evaluations": ("Evaluaciones", "Evaluations"),
    "report.evaluation.mid_term": ("Evaluación de medio término", "Mid-term evaluation"),
    "report.evaluation.closing": ("Evaluación de cierre", "Closing evaluation"),
    "report.findings": ("Hallazgos", "Findings"),
    "report.adjustments": ("Ajustes propuestos", "Proposed adjustments"),
    "report.led_to": ("Dio lugar a", "Led to"),
    "report.version_n": ("{strategy}, versión {n}", "{strategy}, version {n}"),
    "report.proposal_path": ("Recorrido", "Path"),
    "report.versions": ("Versiones de la estrategia", "Versions of the strategy"),
    "report.version_line": (
        "Versión {n}: {status}{dates}",
        "Version {n}: {status}{dates}",
    ),
    "report.validated_by_on": (
        "validada por los CT-CIS el {date}",
        "validated by the CT-CIS on {date}",
    ),
    "report.approved_by_on": ("aprobada por el CIS el {date}", "approved by the CIS on {date}"),
    "report.retired": ("retirado desde {semester}", "retired from {semester}"),
    "report.lead": ("Liderazgo", "Lead"),
    "step.draft": ("Borrador", "Draft"),
    "step.raised": ("Elevada por los CT-CIS", "Raised by the CT-CIS"),
    "step.submitted": ("Presentada por la SISCA", "Submitted by SISCA"),
    "step.on_agenda": ("En la agenda del CIS", "On the CIS agenda"),
    "step.adopted": ("Adoptada por el CIS", "Adopted by the CIS"),
    "step.declined": ("No adoptada por el CIS", "Declined by the CIS"),
    # the Plan page
    "ui.plan.frame_tab": ("Marco del Plan", "The plan's frame"),
    "ui.plan.evaluations_tab": ("Evaluaciones", "Evaluations"),
    "ui.plan.evolution": ("Evolución del plan", "How the plan evolves"),
    "ui.plan.new_period_hint": (
        "Un nuevo período de estrategia empieza como borrador y conserva los combos temáticos.",
        "A new strategy period starts as a draft and keeps the thematic combos.",
    ),
    "ui.plan.period_from": ("Desde (AAAA-MM)", "From (YYYY-MM)"),
    "ui.plan.period_to": ("Hasta (AAAA-MM)", "To (YYYY-MM)"),
    "ui.plan.title": ("Título", "Title"),
    "ui.plan.new_period": ("Iniciar un nuevo período de estrategia", "Start a new strategy period"),
    "ui.plan.locked_note": (
        "Esta versión está cerrada: para cambiar su texto, inicie una nueva versión en borrador; "
        "la versión actual queda en el historial.",
        "This version is locked: to change its text, start a new draft version; the current "
        "one stays in the history.",
    ),
    "ui.plan.new_version": ("Iniciar una nueva versión", "Start a new version"),
    "ui.plan.new_milestone": ("Nuevo hito", "New milestone"),
    "ui.plan.add_milestone": ("Añadir el hito", "Add the milestone"),
    "ui.plan.new_result": ("Nuevo resultado", "New result"),
    "ui.plan.start_semester": ("Inicio (p. ej. 2019-II)", "Start (e.g. 2019-II)"),
    "ui.plan.add_result": ("Añadir el resultado", "Add the result"),
    "ui.plan.retire_from": ("Retirar desde (semestre)", "Retire from (semester)"),
    "ui.plan.retire": ("Retirar", "Retire"),
    "ui.plan.bring_back": ("Volver a incluir", "Bring back"),
    "ui.plan.regional_result": (
        "Resultado regional (lo reporta la SISCA; fuera de los promedios de país)",
        "Regional result (SISCA reports it; left out of country averages)",
    ),
    "ui.plan.current": (" — actual", " — current"),
    "ui.plan.version": ("Versión {n}", "Version {n}"),
    "ui.plan.reference": ("Referencia (acta, resolución)", "Reference (minutes, resolution)"),
    "ui.plan.retired": ("retirado desde {semester}", "retired from {semester}"),
    "ui.plan.regional": ("regional", "regional"),
    "ui.status.draft": ("Borrador", "Draft"),
    "ui.status.validated": ("Validada por los CT-CIS", "Validated by the CT-CIS"),
    "ui.status.approved": ("Aprobada por el CIS", "Approved by the CIS"),
    # the Reports page
    "ui.report.period": ("Período:", "Period:"),
    "ui.report.by_year": ("Año calendario", "Calendar year"),
    "ui.report.by_months": ("Meses (desde – hasta)", "Months (from – to)"),
    "ui.proposal.record_step": ("Registrar el paso", "Record the step"),
    "ui.meeting.convened_by": ("Convocada por la PPT", "Convened by the PPT"),
    "ui.meeting.convener_from_calendar": (
        "La PPT del semestre (según el calendario)",
        "The semester's PPT (from the calendar)",
    ),
    "ui.meeting.instrument": (
        "Instrumento o proyecto consultado",
        "Instrument or project consulted",
    ),
    "ui.delegate.role": ("Función", "Role"),
    "ui.delegate.role_delegate": ("Delegado de un comité", "Committee delegate"),
    "ui.delegate.role_coordinator": (
        "Coordinador Técnico del CIS (sin comité)",
        "CT-CIS technical coordinator (no committee)",
    ),
    "ui.plan.progress_semester": ("Semestre del avance", "Semester of the progress"),
    "ui.plan.progress_percent": ("Avance (%)", "Progress (%)"),
    "ui.plan.save_progress": ("Registrar el avance regional", "Record the regional progress"),
    "ui.plan.leadership_tab": ("Liderazgo y evaluaciones", "Leadership and evaluations"),
    "ui.lead.semester": ("Semestre", "Semester"),
    "ui.lead.holder": (
        "PPT: {country}. Sus delegados lideran los comités.",
        "PPT: {country}. Its delegates lead the committees.",
    ),
    "ui.evaluation.kind": ("Tipo", "Kind"),
    "ui.evaluation.date": ("Fecha", "Date"),
    "ui.evaluation.record": ("Registrar la evaluación", "Record the evaluation"),
}
