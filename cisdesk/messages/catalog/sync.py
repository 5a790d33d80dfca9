"""Strict JSON, the payload's lines, importing and exporting bundles, change capture."""

MESSAGES: dict[str, tuple[str, str]] = {
    # strict JSON: {what} opens the sentence, so its texts are capitalised
    "json.what.text": ("El texto JSON", "The JSON text"),
    "json.what.manifest": ("El manifiesto del paquete", "The bundle manifest"),
    "json.what.keyring": ("El llavero", "The keyring"),
    "json.what.held_keyring": ("El llavero guardado", "The held keyring"),
    "json.what.key_file": ("El archivo de clave", "The key file"),
    "json.what.payload_line": (
        "La línea {number} del contenido del paquete",
        "Line {number} of the bundle's payload",
    ),
    "json.repeats_key": ("{what} repite la clave {key}.", "{what} repeats the key {key}."),
    "json.constant": (
        "{what} contiene {name}, que no es un número JSON.",
        "{what} contains {name}, which is not a JSON number.",
    ),
    "json.integer_too_large": (
        "{what} contiene un número entero demasiado grande para guardarlo.",
        "{what} contains an integer too large to store.",
    ),
    "json.fraction": (
        "{what} contiene un número con decimales o exponente, que aquí no se admite.",
        "{what} contains a number with a fraction or exponent, which is not allowed here.",
    ),
    "json.number_too_large": (
        "{what} contiene un número demasiado grande para guardarlo.",
        "{what} contains a number too large to store.",
    ),
    "json.too_deep": (
        "{what} está anidado a más de {depth} niveles.",
        "{what} is nested more than {depth} levels deep.",
    ),
    "json.surrogate": (
        "{what} contiene un escape de carácter roto (un sustituto suelto).",
        "{what} contains a broken character escape (a lone surrogate).",
    ),
    "json.not_utf8": (
        "{what} no es texto UTF-8 válido.",
        "{what} is not valid UTF-8 text.",
    ),
    "json.bom": (
        "{what} empieza con una marca de orden de bytes, que no se admite.",
        "{what} starts with a byte-order mark, which is not allowed.",
    ),
    "json.invalid": (
        "{what} no es JSON válido ({detail} en la línea {line}, columna {column}).",
        "{what} is not valid JSON ({detail} at line {line}, column {column}).",
    ),
    "json.detail.value": ("se esperaba un valor", "Expecting value"),
    "json.detail.property": (
        "se esperaba un nombre de propiedad entre comillas dobles",
        "Expecting property name enclosed in double quotes",
    ),
    "json.detail.comma": ("se esperaba una coma", "Expecting ',' delimiter"),
    "json.detail.colon": ("se esperaban dos puntos", "Expecting ':' delimiter"),
    "json.detail.extra": ("sobran datos", "Extra data"),
    "json.detail.string": ("un texto sin cerrar", "Unterminated string"),
    "json.detail.control": ("un carácter de control no válido", "Invalid control character"),
    "json.detail.escape": ("un escape no válido", "Invalid escape"),
    "json.detail.other": ("un error de sintaxis", "syntax error"),
    "json.unreadable_number": (
        "{what} contiene un número que no se puede leer.",
        "{what} contains a number that cannot be read.",
    ),
    "json.expect_object": ("{what} debe ser un objeto JSON.", "{what} must be a JSON object."),
    "json.expect_list": ("{what} debe ser una lista JSON.", "{what} must be a JSON list."),
    # the payload's lines
    "payload.line_invalid": (
        "La línea {number} del contenido del paquete no es válida: {detail}. El archivo fue "
        "alterado o dañado; pida que lo exporten de nuevo.",
        "Line {number} of the bundle's payload is not valid: {detail}.",
    ),
    "payload.value.text": ("se esperaba un texto", "expected text"),
    "payload.value.too_long": (
        "texto de más de {length} caracteres",
        "text longer than {length} characters",
    ),
    "payload.value.nul": ("el texto contiene un carácter NUL", "text contains a NUL character"),
    "payload.value.surrogate": (
        "el texto contiene un escape de carácter roto",
        "text contains a broken character escape",
    ),
    "payload.value.integer": ("se esperaba un número entero", "expected a whole number"),
    "payload.value.range": ("número fuera de rango", "number out of range"),
    "payload.value.bool": ("se esperaba true o false", "expected true or false"),
    "payload.value.date": (
        "se esperaba una fecha AAAA-MM-DD",
        "expected a date as YYYY-MM-DD",
    ),
    "payload.value.not_a_date": ("{value} no es una fecha real", "{value} is not a real date"),
    "payload.text_around": (
        "tiene texto alrededor de su valor JSON",
        "it has text around its JSON value",
    ),
    "payload.not_change": ("no es un cambio de campo", "it is not a field change"),
    "payload.unknown_table": ("tabla desconocida {table}", "unknown table {table}"),
    "payload.unknown_field": ("{table} no tiene el campo {name}", "{table} has no field {name}"),
    "payload.unknown_owner": ("propietario desconocido {owner}", "unknown owner {owner}"),
    "payload.row_id": ("el identificador de fila no es un UUID", "the row id is not a UUID"),
    "payload.row_identity": (
        "una línea anterior da a esta fila otra tabla u otro propietario",
        "an earlier line gives this row another table or owner",
    ),
    "payload.field_twice": (
        "una línea anterior ya cambia este campo de esta fila",
        "an earlier line already changes this field of this row",
    ),
    "payload.clock": (
        "el valor de reloj no es un número entero no negativo",
        "the clock value is not a non-negative whole number",
    ),
    "payload.site": ("el identificador de sitio no es un UUID", "the site id is not a UUID"),
    "payload.prev": (
        "la versión anterior no es [reloj, sitio]",
        "the previous version is not [clock, site]",
    ),
    "payload.prev_site": (
        "el identificador de sitio de la versión anterior no es un UUID",
        "the previous version's site id is not a UUID",
    ),
    "payload.empty_value": ("{column} no puede quedar vacío", "{column} cannot be empty"),
    "payload.bad_value": ("{column}: {problem}", "{column}: {problem}"),
    "payload.owner_differs": (
        "el campo de propietario difiere del propietario de la línea",
        "the owner field differs from the line's owner",
    ),
    "payload.incomplete_line": (
        "El contenido del paquete no termina con una línea completa; el archivo fue alterado "
        "o dañado.",
        "The bundle's payload does not end with a complete line.",
    ),
    "payload.not_utf8": ("no es texto UTF-8", "it is not UTF-8 text"),
    "payload.bom": (
        "empieza con una marca de orden de bytes",
        "it starts with a byte-order mark",
    ),
    "payload.empty_line": ("la línea está vacía", "the line is empty"),
    "payload.count_mismatch": (
        "El contenido del paquete tiene {total} cambios, pero su manifiesto dice {expected}; "
        "el archivo fue alterado o dañado.",
        "The bundle's payload has {total} changes but its manifest says {expected}.",
    ),
    "payload.highest_mismatch": (
        "El manifiesto del paquete da {expected} como su valor de reloj más alto, pero el de "
        "su contenido es {highest}; el archivo fue alterado o dañado.",
        "The bundle's manifest gives {expected} as its highest clock value but its payload's "
        "is {highest}.",
    ),
    # importing
    "import.origin.unknown": ("origen desconocido", "unknown origin"),
    "import.origin.site": ("{place} ({site}), paquete {seq}", "{place} ({site}), bundle {seq}"),
    "import.origin.place": ("{place}, paquete {seq}", "{place}, bundle {seq}"),
    "import.summary.imported": (
        "{name}: importado de {origin}: {changes} cambios, {applied} aplicados, {new_rows} "
        "filas nuevas, {conflicts} conflictos.",
        "{name}: imported from {origin}: {changes} changes, {applied} applied, {new_rows} new "
        "rows, {conflicts} conflicts.",
    ),
    "import.summary.duplicate": (
        "{name}: ya estaba importado ({origin}); no cambió nada.",
        "{name}: already imported ({origin}); nothing changed.",
    ),
    "import.summary.quarantined": (
        "{name}: en cuarentena ({origin}): {reason}",
        "{name}: quarantined ({origin}): {reason}",
    ),
    "import.summary.rejected": ("{name}: rechazado: {reason}", "{name}: rejected: {reason}"),
    "import.summary.keyring": (
        "Se aceptó la versión {version} del llavero.",
        "Keyring version {version} accepted.",
    ),
    "import.summary.warning": ("Atención: {notes}", "Warning: {notes}"),
    "import.line_refused": (
        "La línea {number} del contenido del paquete se rechaza: {detail}. No se importó nada.",
        "Line {number} of the bundle's payload is refused: {detail}.",
    ),
    "import.refuse.plan_row": (
        "pone una fila del plan ({table}) bajo {place}, pero solo la SISCA escribe el plan",
        "it puts a row of the plan ({table}) under {place}, but only SISCA writes the plan",
    ),
    "import.refuse.other_country": (
        "un paquete de {origin} no puede cambiar una fila de {owner}",
        "a bundle from {origin} cannot change a row of {owner}",
    ),
    "import.refuse.other_site": (
        "el cambio se hizo en otro sitio que el del paquete",
        "the change was made at another site than the bundle's",
    ),
    "import.refuse.fake_reference": (
        "dice ser parte del plan de referencia, pero no lo es",
        "it claims to be part of the reference plan but is not",
    ),
    "import.refuse.unenrolled_site": (
        "el cambio se hizo en un sitio que el llavero no inscribe; pida a la SISCA que "
        "inscriba la clave de esa instalación",
        "the change was made at a site the keyring does not enrol",
    ),
    "import.refuse.site_owner": (
        "un sitio de {origin} no puede cambiar una fila de {owner}",
        "a site of {origin} cannot change a row of {owner}",
    ),
    "import.blob_missing": (
        "El paquete se refiere al archivo de evidencia {name}, pero ni lo lleva ni está aquí. "
        "Pida que exporten el paquete de nuevo.",
        "The bundle refers to the evidence file {name} but neither carries it nor is it held here.",
    ),
    "import.note.fork_seq": (
        "Bifurcación: el paquete {seq} de este sitio ya se importó antes con otro contenido.",
        "Fork: bundle {seq} of this site was imported before with other contents.",
    ),
    "import.note.gap_one": (
        "Hueco: el paquete {seq} de este sitio no se ha importado.",
        "Gap: bundle {seq} of this site has not been imported.",
    ),
    "import.note.gap": (
        "Hueco: los paquetes {first} a {last} de este sitio no se han importado.",
        "Gap: bundles {first} to {last} of this site have not been imported.",
    ),
    "import.note.out_of_order": (
        "Fuera de orden: el paquete {seq} de este sitio ya se importó antes.",
        "Out of order: bundle {seq} of this site was imported before.",
    ),
    "import.note.fork_prev": (
        "Bifurcación: este paquete no sigue al paquete {seq} importado antes.",
        "Fork: this bundle does not follow the bundle {seq} imported before.",
    ),
    "import.note.duplicates": (
        "{count} informes de avance nuevos repiten un informe del mismo país, resultado y "
        "semestre; revise los duplicados.",
        "{count} new progress reports repeat a report of the same country, result and "
        "semester; review the duplicates.",
    ),
    "import.quarantine_reason": (
        "su reloj va {days} días por delante del de esta computadora, así que se retiene "
        "hasta que se revisen los relojes.",
        "its clock is {days} days ahead of this computer's, so it is held back until the "
        "clocks are checked.",
    ),
    "import.database_busy": (
        "No se puede importar {name}: la base de datos está ocupada o no disponible "
        "({detail}); no cambió nada. Inténtelo de nuevo en un momento.",
        "Cannot import {name}: the database is busy or unavailable ({detail}); nothing was "
        "changed.",
    ),
    "import.row_other_table": (
        "Un cambio del paquete pone la fila {row_id} en {table}, pero pertenece a {held}; no "
        "se importó nada.",
        "A change in the bundle puts row {row_id} in {table}, but it belongs to {held}.",
    ),
    "import.row_other_owner": (
        "Un cambio del paquete reclama una fila de {owner} para {claimed}; no se importó nada.",
        "A change in the bundle claims a row owned by {owner} for {claimed}.",
    ),
    # exporting
    "export.target_folder": (
        "No se puede escribir {path}: es una carpeta. Elija un nombre de archivo.",
        "Cannot write {path}: it is a folder.",
    ),
    "export.no_folder": (
        "No se puede escribir {path}: la carpeta {folder} no existe. Elija otra carpeta.",
        "Cannot write {path}: the folder {folder} does not exist.",
    ),
    "export.blob_missing": (
        "A esta instalación le falta el archivo de evidencia {name} al que se refiere uno de "
        "sus registros de evidencia, así que no puede enviarlo.",
        "This install lacks the evidence file {name} that one of its evidence records refers "
        "to, so it cannot send it.",
    ),
    "export.cannot_move": (
        "El paquete se hizo, pero no se puede mover a {path}: {reason}; exporte de nuevo.",
        "The bundle was made but cannot be moved to {path}: {reason}; export again.",
    ),
    # change capture
    "capture.owner.regional": ("el plan regional (SISCA)", "the regional plan (SISCA)"),
    "capture.never_erased": (
        "Los registros nunca se borran; márquelos como eliminados.",
        "Records are never erased; mark them deleted instead.",
    ),
    "capture.owner_fixed": (
        "El propietario de un registro no puede cambiar.",
        "The owner of a record cannot change.",
    ),
    "capture.cannot_write": (
        "Esta instalación no puede escribir registros de {owner}.",
        "This install cannot write records of {owner}.",
    ),
}

_SUMMARY_ES = (
    "Se escribió {kind} {{seq}} en {{path}}: {{changes}} cambios de campo en {{rows}} filas"
)
_SUMMARY_EN = "Wrote {kind} {{seq}} to {{path}}: {{changes}} field changes in {{rows}} rows"
for _regional, (_kind_es, _kind_en) in (
    (True, ("el paquete regional", "regional bundle")),
    (False, ("el paquete", "bundle")),
):
    for _all, (_what_es, _what_en) in (
        (True, ("todo", "everything")),
        (
            False,
            ("cambios aún no confirmados por la SISCA", "changes not yet acknowledged by SISCA"),
        ),
    ):
        if _regional and not _all:
            continue
        for _blobs in (False, True):
            _code = "export.summary." + ("regional" if _regional else "country")
            _code += ("_all" if _all else "_unacknowledged") + ("_blobs" if _blobs else "")
            _files_es = ", {blobs} archivos de evidencia" if _blobs else ""
            _files_en = ", {blobs} evidence files" if _blobs else ""
            MESSAGES[_code] = (
                _SUMMARY_ES.format(kind=_kind_es) + _files_es + f" ({_what_es}).",
                _SUMMARY_EN.format(kind=_kind_en) + _files_en + f" ({_what_en}).",
            )

MESSAGES["export.clock_behind"] = (
    "El reloj de esta computadora va unos {days} días por detrás del último cambio que esta "
    "instalación ha visto; revise su fecha y hora.",
    "This computer's clock is about {days} days behind the latest change this install has "
    "seen; check its date and time.",
)
