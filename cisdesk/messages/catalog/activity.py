"""Editing the plan at SISCA, settling conflicts, writing files (``cisdesk/activity``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # the plan
    "plan.field.nuclei": ("núcleos prioritarios", "priority nuclei"),
    "plan.field.nuclei_one": ("núcleo prioritario", "priority nucleus"),
    "plan.field.objectives": ("objetivos específicos", "specific objectives"),
    "plan.field.objectives_one": ("objetivo específico", "specific objective"),
    "plan.field.name": ("nombre", "name"),
    "plan.field.title": ("título", "title"),
    "plan.field.text": ("texto", "text"),
    "plan.numbers": (
        "Escriba los {what} como números separados por comas.",
        "Write the {what} as numbers separated by commas.",
    ),
    "plan.unknown_number": (
        "No hay ningún {what} número {number} en el plan; revise el número.",
        "There is no {what} number {number} in the plan.",
    ),
    "plan.empty": ("El {name} no puede quedar vacío.", "The {name} cannot be empty."),
    "plan.semester": (
        "{value} no es un semestre; escríbalo como 2018-I o 2018-II.",
        "{value} is not a semester; write it like 2018-I or 2018-II.",
    ),
    "plan.month": (
        "{value} no es un mes; escríbalo como 2018-01.",
        "{value} is not a month; write it like 2018-01.",
    ),
    "plan.country": (
        "{value} no es el código de un país miembro del SICA; use BZ, GT, SV, HN, NI, CR, PA o DO.",
        "{value} is not the code of a SICA member country.",
    ),
    "plan.not_editable": (
        "El campo {name} de {table} no se puede editar.",
        "The field {name} of {table} cannot be edited.",
    ),
    "plan.draft_dates": (
        "Una estrategia en borrador no tiene fecha de validación ni de aprobación.",
        "A draft strategy has no validation or approval date.",
    ),
    "plan.validated_date": (
        "Una estrategia validada necesita la fecha en que el CT-CIS la validó.",
        "A validated strategy needs the date the CT-CIS validated it.",
    ),
    "plan.unapproved_date": (
        "Una estrategia aún no aprobada no tiene fecha de aprobación.",
        "A strategy not yet approved has no approval date.",
    ),
    "plan.approved_dates": (
        "Una estrategia aprobada necesita sus fechas de validación y de aprobación.",
        "An approved strategy needs its validation and approval dates.",
    ),
    "plan.approved_before_validated": (
        "El CIS no puede aprobar una estrategia antes de que el CT-CIS la valide; revise las "
        "fechas.",
        "The CIS cannot approve a strategy before the CT-CIS validated it.",
    ),
    "plan.bad_status": (
        "{status} no es un estado de estrategia.",
        "{status} is not a strategy status.",
    ),
    "plan.not_plan": ("{table} no es parte del plan.", "{table} is not part of the plan."),
    "plan.gone": (
        "Esa parte del plan ya no existe; puede haber sido eliminada.",
        "That part of the plan no longer exists.",
    ),
    "plan.step_in_future": (
        "La fecha de un paso de aprobación no puede ser futura.",
        "The date of a workflow step cannot be in the future.",
    ),
    # conflicts
    "conflict.choice": (
        "Elija {kept} o {lost} para resolver un conflicto.",
        "Choose {kept} or {lost} to settle a conflict.",
    ),
    "conflict.gone": ("Ese conflicto ya no existe.", "That conflict no longer exists."),
    "conflict.resolved": ("Ese conflicto ya se resolvió.", "That conflict was already resolved."),
    "conflict.row_missing": (
        "El registro de este conflicto no está en esta instalación.",
        "The record this conflict is about is not held here.",
    ),
    "conflict.not_owner": (
        "Solo una instalación de {place} puede cambiar este registro, así que solo ella puede "
        "elegir el otro valor.",
        "Only an install of {place} may change this record, so only it can choose the other value.",
    ),
    # writing files
    "file.write_denied": (
        "No se puede escribir {path}: permiso denegado; no se escribió nada. Elija otra carpeta.",
        "Cannot write {path}: permission denied; nothing was written.",
    ),
    "file.write_denied_open": (
        "No se puede escribir {path}: permiso denegado (¿está abierto en otro programa?); no "
        "se escribió nada. Ciérrelo e inténtelo de nuevo.",
        "Cannot write {path}: permission denied (is it open in another program?); nothing was "
        "written.",
    ),
    "file.write_failed": (
        "No se puede escribir {path}: {reason}; no se escribió nada.",
        "Cannot write {path}: {reason}; nothing was written.",
    ),
}
