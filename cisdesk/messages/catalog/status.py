"""One vocabulary of statuses and kinds, for the app, the PDFs and the workbooks.

Stored values are stable English codes (``in_progress``); every view shows the
words here, and the Excel import accepts exactly these words, in either language.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # a country's progress on a result
    "status.progress.not_started": ("No iniciado", "Not started"),
    "status.progress.in_progress": ("En curso", "In progress"),
    "status.progress.completed": ("Completado", "Completed"),
    "status.progress.delayed": ("Retrasado", "Delayed"),
    "status.progress.cancelled": ("Cancelado", "Cancelled"),
    "status.progress.none": ("Sin reporte", "No report"),
    # their one- or two-letter codes in the PDFs' country columns
    "status.progress_code.not_started": ("NI", "NS"),
    "status.progress_code.in_progress": ("EC", "IP"),
    "status.progress_code.completed": ("C", "C"),
    "status.progress_code.delayed": ("R", "D"),
    "status.progress_code.cancelled": ("X", "X"),
    "status.progress_code.none": ("–", "–"),
    # a strategy's approval
    "status.strategy.draft": ("Borrador", "Draft"),
    "status.strategy.validated": ("Validada por el CT-CIS", "Validated by the CT-CIS"),
    "status.strategy.approved": ("Aprobada por el CIS", "Approved by the CIS"),
    # meetings
    "status.meeting.joint": ("Reunión conjunta", "Joint meeting"),
    "status.meeting.committee": ("Sesión de comité", "Committee session"),
    "status.meeting.urgent": ("Consulta urgente", "Urgent consultation"),
    # agreements
    "status.agreement.pending": ("Pendiente", "Pending"),
    "status.agreement.in_progress": ("En curso", "In progress"),
    "status.agreement.fulfilled": ("Cumplido", "Fulfilled"),
    "status.agreement.cancelled": ("Cancelado", "Cancelled"),
    # proposals to the CIS
    "status.proposal.draft": ("Borrador", "Draft"),
    "status.proposal.raised": ("Elevada por los CT-CIS", "Raised by the CT-CIS"),
    "status.proposal.submitted": ("Presentada por la SISCA", "Submitted by SISCA"),
    "status.proposal.on_agenda": ("En la agenda del CIS", "On the CIS agenda"),
    "status.proposal.adopted": ("Adoptada", "Adopted"),
    "status.proposal.declined": ("No adoptada", "Declined"),
    # capacity building
    "status.training.exchange": ("Intercambio de experiencias", "Exchange of experiences"),
    "status.training.training": ("Capacitación", "Training"),
    "status.training.conference": ("Conferencia de experto", "Expert conference"),
}
