"""The progress template's column headings and instructions sheet."""

MESSAGES: dict[str, tuple[str, str]] = {
    "excel.column.committee": ("Comité", "Committee"),
    "excel.column.milestone": ("Hito", "Milestone"),
    "excel.column.result": ("Resultado", "Result"),
    "excel.column.start": ("Inicio de la ejecución", "Start of execution"),
    "excel.column.semester": ("Semestre", "Semester"),
    "excel.column.status": ("Estado", "Status"),
    "excel.column.percent": ("Porcentaje (0-100)", "Percent (0-100)"),
    "excel.column.note": ("Nota", "Note"),
    "excel.column.result_id": ("id del resultado", "result id"),
    "excel.help.title": ("Plantilla de avance de {country}", "Progress template of {country}"),
    "excel.help.fill": (
        "Complete o actualice las columnas Estado, Porcentaje y Nota de la hoja «{sheet}».",
        "Fill in or update the columns Status, Percent and Note of the sheet '{sheet}'.",
    ),
    "excel.help.status": (
        "Estado: elija un valor de la lista ({choices}).",
        "Status: choose a value from the list ({choices}).",
    ),
    "excel.help.percent": (
        "Porcentaje: un número entero de 0 a 100 (escríbalo como número, no como texto).",
        "Percent: a whole number from 0 to 100 (typed as a number, not as text).",
    ),
    "excel.help.locked": (
        "Las demás columnas están bloqueadas: no las cambie, ni agregue o borre filas.",
        "The other columns are locked: do not change them, and do not add or delete rows.",
    ),
    "excel.help.formulas": (
        "No escriba fórmulas: solo valores.",
        "Do not type formulas: values only.",
    ),
    "excel.help.import": (
        "Importe el archivo con «cisdesk excel import» en una instalación de {country}.",
        "Import the file with 'cisdesk excel import' at an install of {country}.",
    ),
    "excel.help.unchanged": (
        "Una fila que deje como estaba no cambia nada en el registro.",
        "A row left as it was changes nothing in the record.",
    ),
}
