"""Refusals of the progress template's import and of the report options (``cisdesk/reports``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "excel.not_a_template": (
        "Este libro no es una plantilla de avance de cisdesk; haga una plantilla nueva desde "
        "Informes o con 'cisdesk excel template'.",
        "This workbook is not a cisdesk progress template.",
    ),
    "excel.problems_one": (
        "{count} problema en {name}: {first}",
        "{count} problem in {name}: {first}",
    ),
    "excel.problems": (
        "{count} problemas en {name}: {first}",
        "{count} problems in {name}: {first}",
    ),
    "excel.cannot_read": ("No se puede leer {path}: {reason}.", "Cannot read {path}: {reason}."),
    "excel.empty_file": (
        "{name} está vacío: no es un libro de Excel.",
        "{name} is empty: it is not an Excel workbook.",
    ),
    "excel.too_large": (
        "{name} es demasiado grande para ser una plantilla de avance.",
        "{name} is too large to be a progress template.",
    ),
    "excel.not_xlsx": (
        "{name} no es un libro de Excel (.xlsx), o está dañado; guárdelo como .xlsx e "
        "inténtelo de nuevo.",
        "{name} is not an Excel workbook (.xlsx), or it is damaged.",
    ),
    "excel.meta_damaged": (
        "La información oculta de la plantilla se cambió o está dañada; haga una plantilla "
        "nueva con cisdesk excel template.",
        "The template's hidden information was changed or damaged; make a new template with "
        "cisdesk excel template.",
    ),
    "excel.newer_format": (
        "Esta plantilla la hizo un cisdesk más nuevo (formato {version}); actualice cisdesk "
        "primero.",
        "This template was made by a newer cisdesk (format {version}); update cisdesk first.",
    ),
    "excel.at_sisca": (
        "Esta plantilla registra el avance de {place}; impórtela en una instalación de "
        "{place}, no en la SISCA.",
        "This template records {place}'s progress; import it at an install of {place}, not "
        "at SISCA.",
    ),
    "excel.other_country": (
        "Esta plantilla es para {place}; esta instalación registra {here}. Impórtela en una "
        "instalación de {place}.",
        "This template is for {place}; this install records {here}.",
    ),
    "excel.other_deployment": (
        "Esta plantilla viene de otro despliegue de cisdesk; haga una plantilla nueva aquí.",
        "This template comes from another cisdesk deployment.",
    ),
    "excel.no_data": ("{name} está vacío: no tiene datos.", "{name} is empty: it has no data."),
    "excel.sheet_missing": (
        "Falta la hoja '{sheet}' de la plantilla; este libro no es una plantilla de avance de "
        "cisdesk.",
        "The sheet '{sheet}' of the template is missing; this workbook is not a cisdesk "
        "progress template.",
    ),
    "excel.at_row": (
        "Hoja '{sheet}', fila {row}: {reason}",
        "Sheet '{sheet}', row {row}: {reason}",
    ),
    "excel.at_cell": (
        "Hoja '{sheet}', fila {row}, columna {column} ({title}): {reason}",
        "Sheet '{sheet}', row {row}, column {column} ({title}): {reason}",
    ),
    "excel.cell.status_unknown": (
        "{value} no es uno de los estados de la lista; elija uno de la lista.",
        "{value} is not one of the statuses in the list.",
    ),
    "excel.cell.percent_needed": (
        "se necesita un número entero de 0 a 100.",
        "a whole number from 0 to 100 is needed.",
    ),
    "excel.cell.percent_text": (
        "{value} es texto; escriba el porcentaje como un número de 0 a 100.",
        "{value} is text; type the percent as a number from 0 to 100.",
    ),
    "excel.cell.percent_fraction": (
        "{value} no es un número entero.",
        "{value} is not a whole number.",
    ),
    "excel.cell.percent_not_number": (
        "{value} no es un número; se necesita un número entero de 0 a 100.",
        "{value} is not a number; a whole number from 0 to 100 is needed.",
    ),
    "excel.cell.percent_range": (
        "{value} no está entre 0 y 100.",
        "{value} is not between 0 and 100.",
    ),
    "excel.cell.locked_formula": (
        "esta columna está bloqueada; se escribió una fórmula en ella.",
        "this column is locked; a formula was typed in it.",
    ),
    "excel.cell.locked_changed": (
        "esta columna está bloqueada y se cambió (era '{expected}', ahora '{found}').",
        "this column is locked and was changed (was '{expected}', now '{found}').",
    ),
    "excel.cell.result_gone": (
        "este resultado ya no está en el plan; haga una plantilla nueva.",
        "this result is no longer in the plan; make a new template.",
    ),
    "excel.cell.formula": (
        "aquí no se acepta una fórmula; escriba el valor mismo.",
        "a formula is not accepted here; type the value itself.",
    ),
    "excel.cell.note_too_long": (
        "la nota tiene más de {limit} caracteres.",
        "the note is longer than {limit} characters.",
    ),
    "excel.cell.status_emptied": (
        "el estado no se puede vaciar; elija uno de la lista.",
        "the status cannot be emptied; choose one from the list.",
    ),
    "excel.cell.status_needed": (
        "elija un estado de la lista para esta fila.",
        "choose a status from the list for this row.",
    ),
    "excel.cell.row_added": (
        "no se pueden añadir filas a la plantilla; esta fila no es parte de ella.",
        "rows cannot be added to the template; this row is not part of it.",
    ),
    "excel.template_country": (
        "En la SISCA, elija el país de la plantilla con --country CC.",
        "At SISCA, choose the country of the template with --country CC.",
    ),
    # report options
    "report.unknown_language": (
        "Idioma desconocido {lang}; use es o en.",
        "Unknown language {lang}; use es or en.",
    ),
    "report.unknown_kind": (
        "Tipo de informe desconocido {kind}; use uno de {kinds}.",
        "Unknown report kind {kind}; use one of {kinds}.",
    ),
    "report.year_range": (
        "El año {year} está fuera del rango ({first}–{last}).",
        "The year {year} is out of range ({first}–{last}).",
    ),
    "report.country_option": (
        "--country solo se aplica a --kind country.",
        "--country applies only to --kind country.",
    ),
    "report.committee_option": (
        "--committee solo se aplica a --kind committee.",
        "--committee applies only to --kind committee.",
    ),
    "report.choose_country": (
        "En la SISCA, elija el país con --country CC.",
        "At SISCA, choose the country with --country CC.",
    ),
    "report.choose_committee": (
        "Elija el comité con --committee PPS, MEI o CI.",
        "Choose the committee with --committee PPS, MEI or CI.",
    ),
    "report.unknown_committee": (
        "Comité desconocido {committee}; use uno de {codes}.",
        "Unknown committee {committee}; use one of {codes}.",
    ),
    "report.font": (
        "No se pudo cargar el tipo de letra del informe: {reason}. Reinstale cisdesk.",
        "The report font could not be loaded: {reason}.",
    ),
    "report.layout": (
        "El informe no cabe en la página: {reason}.",
        "The report could not be laid out on the page: {reason}.",
    ),
}
