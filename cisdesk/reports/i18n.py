"""Report and workbook wording in Spanish and English.

Reports are written outside Qt, so they cannot use the UI's Qt translations; the
labels live here, keyed by a short English key. Plan texts (milestones, results)
exist only in Spanish in the source and are printed as they are.
"""

import datetime as dt

from cisdesk.countries import BY_CODE
from cisdesk.db.models import (
    AgreementStatus,
    MeetingKind,
    ProgressStatus,
    ProposalStatus,
    StrategyStatus,
    TrainingKind,
)
from cisdesk.errors import UsageError

LANGUAGES = ("es", "en")

_TEXT: dict[str, tuple[str, str]] = {
    # key: (Spanish, English)
    "annual_title": (
        "Informe anual de los Comités Especializados del CIS",
        "Annual report of the CIS Specialised Committees",
    ),
    "country_title": ("Resumen de país", "Country summary"),
    "committee_title": ("Informe del comité", "Committee report"),
    "plan_name": (
        "Plan de Acción Regional sobre Pobreza y Protección Social",
        "Regional Action Plan on Poverty and Social Protection",
    ),
    "year": ("Año", "Year"),
    "all_years": ("Todos los años", "All years"),
    "generated_on": ("Generado el {date}", "Generated on {date}"),
    "install": ("Instalación", "Install"),
    "page_of": ("Página {page} de {total}", "Page {page} of {total}"),
    "digest": ("Huella del registro", "Record digest"),
    "plan_text_note": (
        "",
        "Texts of the plan (milestones and results) are shown in their original Spanish.",
    ),
    "digest_note": (
        "La huella del registro (al pie de cada página) identifica los datos exactos de este "
        "informe: dos instalaciones con la misma huella contienen los mismos datos.",
        "The record digest (at the foot of every page) identifies the exact data in this "
        "report: two installs with the same digest hold the same data.",
    ),
    "contents": ("Contenido", "Contents"),
    # strategy
    "strategy": ("Estrategia", "Strategy"),
    "period": ("Período", "Period"),
    "approval_status": ("Estado de aprobación", "Approval status"),
    "validated_on": ("validada el {date}", "validated on {date}"),
    "approved_on": ("aprobada el {date}", "approved on {date}"),
    "no_strategy": ("Sin estrategia registrada.", "No strategy recorded."),
    "thematic_combos": ("Combos temáticos", "Thematic combos"),
    "combo": ("Combo temático {n}", "Thematic combo {n}"),
    # milestones table
    "milestones_results": (
        "Hitos, resultados y avance por país",
        "Milestones, results and progress by country",
    ),
    "col_milestone": ("Hito", "Milestone"),
    "col_result": ("Resultado", "Result"),
    "col_start": ("Inicio de la ejecución", "Start of execution"),
    "status_of_year": (
        "Estado por país: último informe de avance de {year} para cada resultado.",
        "Status by country: latest progress report of {year} for each result.",
    ),
    "status_latest": (
        "Estado por país: último informe de avance registrado para cada resultado.",
        "Status by country: latest progress report recorded for each result.",
    ),
    "country_status_year": (
        "Último informe de avance hasta {year} para cada resultado.",
        "Latest progress report up to {year} for each result.",
    ),
    "country_status_latest": (
        "Último informe de avance registrado para cada resultado.",
        "Latest progress report recorded for each result.",
    ),
    "legend": ("Leyenda", "Legend"),
    "no_report": ("sin informe", "no report"),
    "semester_label": ("Semestre {half} - {year}", "Semester {half} - {year}"),
    # progress charts
    "progress_section": ("Avance", "Progress"),
    "progress_by_nucleus": (
        "Avance por núcleo prioritario (%)",
        "Progress by priority nucleus (%)",
    ),
    "progress_by_country": ("Avance por país (%)", "Progress by country (%)"),
    "progress_by_committee": ("Avance por comité (%)", "Progress by committee (%)"),
    "progress_method": (
        "Avance medio de los resultados cuya ejecución empezó a más tardar en {year} "
        "(último porcentaje informado en el año; un resultado sin informe cuenta como 0 %).",
        "Mean progress of the results whose execution began by {year} (latest percent "
        "reported in the year; a result without a report counts as 0 %).",
    ),
    "progress_method_up_to": (
        "Avance medio de los resultados cuya ejecución empezó a más tardar en {year} "
        "(último porcentaje informado hasta ese año; un resultado sin informe cuenta como 0 %).",
        "Mean progress of the results whose execution began by {year} (latest percent "
        "reported up to that year; a result without a report counts as 0 %).",
    ),
    "progress_method_latest": (
        "Avance medio de los resultados (último porcentaje informado; un resultado sin "
        "informe cuenta como 0 %).",
        "Mean progress of the results (latest percent reported; a result without a report "
        "counts as 0 %).",
    ),
    "nucleus": ("Núcleo", "Nucleus"),
    "nucleus_n": ("N{n}", "N{n}"),
    "mean_percent": ("Avance medio", "Mean progress"),
    "results_count": ("Resultados", "Results"),
    "reported": ("Con informe", "Reported"),
    # meetings
    "meetings": ("Reuniones", "Meetings"),
    "meetings_held": ("Reuniones realizadas", "Meetings held"),
    "meetings_total": ("Reuniones en el período: {n}", "Meetings in the period: {n}"),
    "meetings_virtual": (
        "Virtuales: {n} ({pct} %); presenciales: {m}.",
        "Virtual: {n} ({pct} %); in person: {m}.",
    ),
    "over_limit": (
        "Reuniones virtuales de más de 210 minutos",
        "Virtual meetings over 210 minutes",
    ),
    "col_date": ("Fecha", "Date"),
    "col_kind": ("Tipo", "Kind"),
    "col_committee": ("Comité", "Committee"),
    "col_title": ("Título", "Title"),
    "col_duration": ("Duración (min)", "Duration (min)"),
    "col_mode": ("Modalidad", "Mode"),
    "col_recorded_by": ("Registrada por", "Recorded by"),
    "col_participants": ("Participantes", "Participants"),
    "virtual": ("Virtual", "Virtual"),
    "in_person": ("Presencial", "In person"),
    "none_in_period": ("Ninguno en el período.", "None in the period."),
    # agreements
    "agreements": ("Acuerdos", "Agreements"),
    "agreements_taken": ("Acuerdos tomados: {n}", "Agreements taken: {n}"),
    "agreements_fulfilled": ("Cumplidos: {n}", "Fulfilled: {n}"),
    "agreements_overdue": (
        "Vencidos (abiertos con fecha límite anterior al {date}): {n}",
        "Overdue (open with a due date before {date}): {n}",
    ),
    "overdue_list": ("Acuerdos vencidos", "Overdue agreements"),
    "col_text": ("Acuerdo", "Agreement"),
    "col_responsible": ("Responsable", "Responsible"),
    "col_due": ("Fecha límite", "Due date"),
    "col_status": ("Estado", "Status"),
    "col_followups": ("Seguimiento", "Follow-up"),
    "col_meeting": ("Reunión", "Meeting"),
    # proposals and capacity
    "proposals": ("Propuestas elevadas al CIS", "Proposals raised to the CIS"),
    "capacity": ("Desarrollo de capacidades", "Capacity building"),
    "col_extra_regional": ("Extrarregional", "Extra-regional"),
    "col_count": ("Participantes", "Participants"),
    "yes": ("Sí", "Yes"),
    "no": ("No", "No"),
    # PPT
    "ppt": ("Presidencia Pro Tempore", "Pro Tempore Presidency"),
    "col_semester": ("Semestre", "Semester"),
    "col_country": ("País", "Country"),
    "ppt_note": (
        "Los comités son liderados por los delegados del país que ejerce la PPT.",
        "The committees are led by the delegates of the country holding the PPT.",
    ),
    # country summary
    "country_progress": ("Avance en los resultados del plan", "Progress on the plan's results"),
    "col_semester_reported": ("Semestre", "Semester"),
    "col_percent": ("%", "%"),
    "col_note": ("Nota", "Note"),
    "summary": ("Resumen", "Summary"),
    "results_with_report": (
        "Resultados con informe: {n} de {total}; avance medio: {pct} %.",
        "Results with a report: {n} of {total}; mean progress: {pct} %.",
    ),
    "country_agreements": (
        "Acuerdos a cargo del país y su seguimiento",
        "Agreements in the country's charge and their follow-up",
    ),
    "meetings_attended": ("Reuniones registradas por el país", "Meetings recorded by the country"),
    "delegates": ("Delegados", "Delegates"),
    "col_name": ("Nombre", "Name"),
    "col_institution": ("Institución", "Institution"),
    "col_position": ("Cargo", "Position"),
    "col_contact": ("Contacto", "Contact"),
    "focal_point": ("punto focal", "focal point"),
    # committee report
    "committee_meetings": ("Reuniones del comité", "Meetings of the committee"),
    "committee_delegates": (
        "Delegados del comité por país",
        "Delegates of the committee by country",
    ),
    # progress messages
    "msg_loading": ("leyendo el registro", "reading the record"),
    "msg_layout": ("componiendo el PDF", "laying out the PDF"),
}

_STATUS_CODES: dict[str, tuple[str, str]] = {
    ProgressStatus.NOT_STARTED: ("NI", "NS"),
    ProgressStatus.IN_PROGRESS: ("EP", "IP"),
    ProgressStatus.COMPLETED: ("C", "C"),
    ProgressStatus.DELAYED: ("R", "D"),
    ProgressStatus.CANCELLED: ("X", "X"),
}

_ENUM_LABELS: dict[str, tuple[str, str]] = {
    # progress
    "progress.not_started": ("No iniciado", "Not started"),
    "progress.in_progress": ("En progreso", "In progress"),
    "progress.completed": ("Completado", "Completed"),
    "progress.delayed": ("Retrasado", "Delayed"),
    "progress.cancelled": ("Cancelado", "Cancelled"),
    # strategy
    "strategy.draft": ("Borrador", "Draft"),
    "strategy.validated": ("Validada por los CT-CIS", "Validated by the CT-CIS"),
    "strategy.approved": ("Aprobada por el CIS", "Approved by the CIS"),
    # meeting kind
    "meeting.joint": ("Reunión conjunta", "Joint meeting"),
    "meeting.committee": ("Sesión de comité", "Committee session"),
    "meeting.urgent": ("Consulta urgente", "Urgent consultation"),
    # agreement
    "agreement.pending": ("Pendiente", "Pending"),
    "agreement.in_progress": ("En curso", "In progress"),
    "agreement.fulfilled": ("Cumplido", "Fulfilled"),
    "agreement.cancelled": ("Cancelado", "Cancelled"),
    # proposal
    "proposal.draft": ("Borrador", "Draft"),
    "proposal.raised": ("Elevada por los CT-CIS", "Raised by the CT-CIS"),
    "proposal.submitted": ("Presentada por la SISCA", "Submitted by SISCA"),
    "proposal.on_agenda": ("En agenda", "On the agenda"),
    "proposal.adopted": ("Adoptada", "Adopted"),
    "proposal.declined": ("No adoptada", "Declined"),
    # capacity building
    "training.exchange": ("Intercambio de experiencias", "Exchange of experiences"),
    "training.training": ("Formación", "Training"),
    "training.conference": ("Conferencia de experto", "Expert conference"),
}

_ENUMS = {
    "progress": ProgressStatus,
    "strategy": StrategyStatus,
    "meeting": MeetingKind,
    "agreement": AgreementStatus,
    "proposal": ProposalStatus,
    "training": TrainingKind,
}

_COMMITTEE_EN = {
    "PPS": "Specialised Committee on Poverty and Social Protection",
    "MEI": "Specialised Committee on Monitoring, Evaluation and Innovation",
    "CI": "Specialised Committee on International Cooperation",
}

_MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UsageError(f"Unknown language {lang!r}; use es or en.")
    return lang


class Labels:
    """The report wording for one language."""

    def __init__(self, lang: str = "es") -> None:
        self.lang = check_language(lang)
        self._index = LANGUAGES.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        text = _TEXT[key][self._index]
        return text.format(**values) if values else text

    def enum(self, family: str, value: str | None) -> str:
        """Readable label of a stored enum value (``family`` e.g. ``"progress"``)."""
        if value is None:
            return ""
        pair = _ENUM_LABELS.get(f"{family}.{value}")
        return pair[self._index] if pair else str(value)

    def enum_values(self, family: str) -> list[tuple[str, str]]:
        """``[(stored value, label)]`` of an enum, in declaration order."""
        return [(member.value, self.enum(family, member.value)) for member in _ENUMS[family]]

    def status_code(self, status: str | None) -> str:
        """Compact code of a progress status for the country columns."""
        if status is None:
            return "–"
        pair = _STATUS_CODES.get(status)
        return pair[self._index] if pair else "?"

    def status_legend(self) -> list[tuple[str, str]]:
        legend = [
            (self.status_code(s.value), self.enum("progress", s.value)) for s in ProgressStatus
        ]
        legend.append(("–", self("no_report")))
        return legend

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        if code == "REG":
            return "SISCA"
        country = BY_CODE.get(code)
        if country is None:
            return code
        return country.name_es if self.lang == "es" else country.name_en

    def committee(self, code: str | None, name_es: str | None) -> str:
        if self.lang == "en" and code in _COMMITTEE_EN:
            return _COMMITTEE_EN[code]
        return name_es or code or ""

    def semester(self, label: str | None) -> str:
        """``"2018-I"`` → ``"Semestre I - 2018"`` as in the source tables."""
        if not label:
            return ""
        year, _, half = label.partition("-")
        return self("semester_label", half=half, year=year)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        if self.lang == "es":
            return f"{value.day} de {_MONTHS_ES[value.month - 1]} de {value.year}"
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"

    def short_date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        if self.lang == "es":
            return value.strftime("%d/%m/%Y")
        return value.isoformat()

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self("yes") if value else self("no")
