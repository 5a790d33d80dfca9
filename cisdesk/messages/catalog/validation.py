"""Checks of the activity record's fields (``cisdesk/activity/validation.py``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "validation.read_only": (
        "Este registro pertenece a {country} y es de solo lectura en esta instalación.",
        "This record belongs to {country} and is read-only on this install.",
    ),
    "validation.not_found": (
        "Este registro ya no existe; puede haber sido eliminado.",
        "This record no longer exists; it may have been deleted.",
    ),
    "validation.country_only": (
        "Los avances los reportan los países; la SISCA no puede registrarlos.",
        "Progress is reported by the countries; SISCA cannot record it.",
    ),
    "validation.committee_required": ("Elija un comité.", "Choose a committee."),
    "validation.committee_unknown": (
        "El comité elegido no existe.",
        "The chosen committee does not exist.",
    ),
    "validation.title_required": ("Escriba un título.", "Enter a title."),
    "validation.too_long": (
        "Este texto es demasiado largo (máximo {limit} caracteres).",
        "This text is too long (at most {limit} characters).",
    ),
    "validation.date_required": ("Indique una fecha.", "Enter a date."),
    "validation.date_too_early": (
        "La fecha no puede ser anterior al {earliest}.",
        "The date cannot be before {earliest}.",
    ),
    "validation.date_too_late": (
        "La fecha no puede ser posterior al {latest}, un año a partir de hoy.",
        "The date cannot be later than {latest}, a year from today.",
    ),
    "validation.date_in_future": (
        "La fecha no puede ser futura.",
        "The date cannot be in the future.",
    ),
    "validation.status_invalid": ("Elija un estado válido.", "Choose a valid status."),
    "validation.kind_invalid": ("Elija un tipo válido.", "Choose a valid kind."),
    "validation.flag_invalid": ("Responda sí o no.", "Answer yes or no."),
    "validation.result_unknown": ("Elija un resultado del plan.", "Choose a result of the plan."),
    "validation.semester_invalid": (
        "El semestre debe escribirse como 2018-I o 2018-II.",
        "The semester must look like 2018-I or 2018-II.",
    ),
    "validation.semester_before_start": (
        "Este resultado inicia en {start}; el semestre no puede ser anterior.",
        "This result starts in {start}; the semester cannot be earlier.",
    ),
    "validation.semester_future": (
        "El semestre no puede ser posterior al actual ({current}).",
        "The semester cannot be after the current one ({current}).",
    ),
    "validation.percent_range": (
        "El porcentaje debe ser un número entero entre 0 y 100.",
        "The percentage must be a whole number from 0 to 100.",
    ),
    "validation.completed_not_100": (
        "Un resultado completado debe estar al 100 %.",
        "A completed result must be at 100%.",
    ),
    "validation.not_started_not_0": (
        "Un resultado sin iniciar debe estar al 0 %.",
        "A result not yet started must be at 0%.",
    ),
    "validation.duplicate_report": (
        "Ya hay un avance de este resultado en {semester}; edite ese.",
        "There is already a progress report for this result in {semester}; edit that one.",
    ),
    "validation.evidence_empty": ("El archivo está vacío.", "The file is empty."),
    "validation.evidence_too_large": (
        "El archivo pesa más de {limit} MB; adjunte uno más pequeño.",
        "The file is larger than {limit} MB; attach a smaller one.",
    ),
    "validation.evidence_unreadable": (
        "No se puede leer el archivo ({reason}).",
        "The file cannot be read ({reason}).",
    ),
    "validation.duration_range": (
        "La duración debe ser un número entero de minutos entre 1 y 1440.",
        "The duration must be a whole number of minutes from 1 to 1440.",
    ),
    "validation.joint_no_committee": (
        "Una reunión conjunta reúne a los tres comités; deje el comité vacío.",
        "A joint meeting brings the three committees together; leave the committee empty.",
    ),
    "validation.meeting_unknown": (
        "Elija la reunión en que se tomó el acuerdo.",
        "Choose the meeting where the agreement was taken.",
    ),
    "validation.foreign_meeting": (
        "Solo {country} puede registrar acuerdos de esta reunión.",
        "Only {country} can record agreements of this meeting.",
    ),
    "validation.agreement_text_required": (
        "Escriba el texto del acuerdo.",
        "Enter the text of the agreement.",
    ),
    "validation.responsible_invalid": (
        "Elija el país responsable.",
        "Choose the responsible country.",
    ),
    "validation.due_before_meeting": (
        "La fecha límite no puede ser anterior a la reunión ({meeting_date}).",
        "The due date cannot be before the meeting ({meeting_date}).",
    ),
    "validation.meeting_after_due": (
        "Un acuerdo de esta reunión vence el {due_date}; la reunión no puede ser posterior.",
        "An agreement of this meeting is due on {due_date}; the meeting cannot be later.",
    ),
    "validation.agreement_unknown": (
        "Elija el acuerdo al que corresponde este seguimiento.",
        "Choose the agreement this follow-up reports on.",
    ),
    "validation.followup_before_meeting": (
        "El seguimiento no puede tener fecha anterior a la reunión ({meeting_date}).",
        "The follow-up cannot be dated before the meeting ({meeting_date}).",
    ),
    "validation.followup_note_required": ("Escriba lo realizado.", "Write what was done."),
    "validation.name_required": ("Escriba el nombre del delegado.", "Enter the delegate's name."),
    "validation.email_invalid": (
        "La dirección de correo no parece correcta (nombre@ejemplo.org).",
        "The e-mail address does not look right (name@example.org).",
    ),
    "validation.phone_invalid": (
        "Un número de teléfono solo lleva dígitos, espacios y + - ( ) .",
        "A phone number holds only digits, spaces and + - ( ) .",
    ),
    "validation.participants_range": (
        "El número de participantes debe ser un número entero entre 0 y 10000.",
        "The number of participants must be a whole number from 0 to 10000.",
    ),
}
