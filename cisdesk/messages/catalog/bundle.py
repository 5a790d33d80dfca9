"""Sync bundles: reading, checking and writing the container (``cisdesk/sync``)."""

_DAMAGED_ES = "el archivo fue alterado o dañado; pida que lo exporten de nuevo."
_DAMAGED_EN = "the file was altered or damaged."

MESSAGES: dict[str, tuple[str, str]] = {
    "bundle.size_over": (
        "{size}, más que el límite de {limit}",
        "{size}, over the {limit} limit",
    ),
    "bundle.no_file": (
        "No hay ningún archivo en {path}; revise la ruta.",
        "There is no file at {path}.",
    ),
    "bundle.is_folder": (
        "{path} es una carpeta, no un archivo de paquete; elija el archivo .cisdesk.",
        "{path} is a folder, not a bundle file.",
    ),
    "bundle.cannot_read": (
        "No se puede leer {path}: {reason}. Revise que el archivo exista y se pueda abrir.",
        "Cannot read {path}: {reason}.",
    ),
    "bundle.file_empty": (
        "{path} está vacío; no es un paquete de cisdesk. Pida que lo exporten de nuevo.",
        "{path} is empty; it is not a cisdesk bundle.",
    ),
    "bundle.file_too_large": (
        "{path} supera el límite de {limit} para un paquete; no es un paquete de cisdesk.",
        "{path} is larger than the {limit} limit for a bundle.",
    ),
    "bundle.empty": (
        "El archivo del paquete está vacío; pida que lo exporten de nuevo.",
        "The bundle file is empty.",
    ),
    "bundle.too_large": (
        "El archivo del paquete ocupa {over}.",
        "The bundle file is {over}.",
    ),
    "bundle.not_zip": (
        "Este archivo no es un paquete de cisdesk (no es un archivo zip); elija el archivo "
        ".cisdesk que le enviaron.",
        "This file is not a cisdesk bundle (it is not a zip archive).",
    ),
    "bundle.zip_unreadable": (
        "Este archivo no es un paquete de cisdesk o está dañado (el zip no se puede leer: "
        "{detail}). Pida que lo exporten de nuevo.",
        "This file is not a cisdesk bundle or it is damaged (the zip cannot be read: {detail}).",
    ),
    "bundle.zip.bad_crc": (
        "una suma de comprobación no coincide",
        "a checksum does not match",
    ),
    "bundle.zip.truncated": ("el archivo está cortado", "the file is truncated"),
    "bundle.zip.compression": (
        "usa una compresión desconocida",
        "it uses an unknown compression",
    ),
    "bundle.zip.bad_header": ("una cabecera está dañada", "a header is damaged"),
    "bundle.zip.not_zip": ("no es un archivo zip", "it is not a zip file"),
    "bundle.zip.bad_directory": (
        "su índice de contenido está dañado",
        "its table of contents is damaged",
    ),
    "bundle.zip.bad_data": (
        "los datos comprimidos están dañados",
        "the compressed data is damaged",
    ),
    "bundle.zip.other": ("su estructura está dañada", "its structure is damaged"),
    "bundle.unexpected_entry": (
        "El paquete contiene una entrada inesperada {name}; no es un paquete de cisdesk válido.",
        "The bundle contains an unexpected entry {name}.",
    ),
    "bundle.bad_entry_name": (
        "El paquete contiene una entrada que {reason} ({name}); no se importó nada.",
        "The bundle contains an entry that {reason} ({name}).",
    ),
    "bundle.entry_name.nul": (
        "esconde un carácter NUL en su nombre",
        "hides a NUL character in its name",
    ),
    "bundle.entry_name.backslash": (
        "tiene una barra invertida en su nombre",
        "has a backslash in its name",
    ),
    "bundle.entry_name.absolute": (
        "tiene una ruta absoluta como nombre",
        "has an absolute path as its name",
    ),
    "bundle.entry_name.drive": ("nombra una unidad de disco", "names a drive letter"),
    "bundle.entry_name.climbs": (
        "sale del paquete con '..'",
        "climbs out of the bundle with '..'",
    ),
    "bundle.entry_name.folder": ("es una carpeta", "is a folder"),
    "bundle.too_many_entries": (
        "El paquete tiene {count} entradas, más que los {limit} archivos de evidencia que un "
        "paquete puede llevar.",
        "The bundle has {count} entries, more than the {limit} evidence files a bundle may carry.",
    ),
    "bundle.entry_twice": (
        "El paquete contiene la entrada {name} dos veces; " + _DAMAGED_ES,
        "The bundle contains the entry {name} twice.",
    ),
    "bundle.entries_share_data": (
        "El paquete está dañado: dos entradas comparten los mismos datos. Pida que lo exporten "
        "de nuevo.",
        "The bundle is damaged: two entries share the same data.",
    ),
    "bundle.entry_encrypted": (
        "La entrada {name} del paquete está cifrada; cisdesk no cifra sus paquetes.",
        "The bundle entry {name} is encrypted.",
    ),
    "bundle.entry_folder": (
        "La entrada {name} del paquete es una carpeta.",
        "The bundle entry {name} is a folder.",
    ),
    "bundle.entry_symlink": (
        "La entrada {name} del paquete es un enlace simbólico.",
        "The bundle entry {name} is a symbolic link.",
    ),
    "bundle.entry_not_file": (
        "La entrada {name} del paquete no es un archivo común.",
        "The bundle entry {name} is not a plain file.",
    ),
    "bundle.entry_compression": (
        "La entrada {name} del paquete usa un método de compresión que cisdesk no usa.",
        "The bundle entry {name} uses an unsupported compression method.",
    ),
    "bundle.entry_sizes": (
        "La entrada {name} del paquete declara tamaños incoherentes; " + _DAMAGED_ES,
        "The bundle entry {name} declares inconsistent sizes.",
    ),
    "bundle.entry_too_large": (
        "La entrada {name} del paquete ocupa {over}.",
        "The bundle entry {name} is {over}.",
    ),
    "bundle.entry_bomb": (
        "La entrada {name} del paquete se expande más de {ratio} veces (una bomba de "
        "compresión); no se importó nada.",
        "The bundle entry {name} expands more than {ratio} times (a compression bomb).",
    ),
    "bundle.missing_entry": (
        "Al paquete le falta su entrada {name}; " + _DAMAGED_ES,
        "The bundle lacks its {name} entry.",
    ),
    "bundle.entries_exceed_file": (
        "El paquete está dañado: sus entradas declaran más datos que el archivo. Pida que lo "
        "exporten de nuevo.",
        "The bundle is damaged: its entries claim more data than the file.",
    ),
    "bundle.total_too_large": (
        "El paquete ocupa {over} una vez descomprimido.",
        "The bundle holds {over} once decompressed.",
    ),
    "bundle.bomb": (
        "El paquete se expande más de {ratio} veces (una bomba de compresión); no se importó nada.",
        "The bundle expands more than {ratio} times (a compression bomb).",
    ),
    "bundle.entry_beyond_size": (
        "La entrada {name} del paquete se expande más allá de su tamaño declarado (una bomba "
        "de compresión); no se importó nada.",
        "The bundle entry {name} expands beyond its declared size (a compression bomb).",
    ),
    "bundle.entry_unreadable": (
        "El archivo del paquete está dañado: su entrada {name} no se puede leer ({detail}). "
        "Pida que lo exporten de nuevo.",
        "The bundle file is damaged: its entry {name} cannot be read ({detail}).",
    ),
    "bundle.entry_truncated": (
        "El archivo del paquete está dañado: su entrada {name} está cortada. Pida que lo "
        "exporten de nuevo.",
        "The bundle file is damaged: its entry {name} is truncated.",
    ),
    "bundle.other_format": (
        "Este archivo no es un paquete de cisdesk (su manifiesto tiene otro formato).",
        "This file is not a cisdesk bundle (its manifest has another format).",
    ),
    "bundle.label.format": ("formato de paquete", "bundle format"),
    "bundle.label.schema": ("esquema del registro", "record schema"),
    "bundle.version_missing": (
        "El campo {name} del manifiesto del paquete falta o no es un número; " + _DAMAGED_ES,
        "The bundle manifest's {name} is missing or not a number.",
    ),
    "bundle.newer_version": (
        "Este paquete lo hizo un cisdesk más nuevo ({label} versión {value}; esta versión lee "
        "la {known}); actualice cisdesk para importarlo.",
        "This bundle was made by a newer cisdesk ({label} version {value}; this version reads "
        "{known}); update cisdesk to import it.",
    ),
    "bundle.unknown_version": (
        "Este paquete tiene una versión de {label} desconocida ({value}).",
        "This bundle has an unknown {label} version ({value}).",
    ),
    "bundle.manifest.key_id": (
        "El key_id del manifiesto del paquete falta o está mal formado; " + _DAMAGED_ES,
        "The bundle manifest's key_id is missing or malformed.",
    ),
    "bundle.manifest.direction": (
        "La dirección del manifiesto del paquete debe ser 'country' o 'regional'; " + _DAMAGED_ES,
        "The bundle manifest's direction must be 'country' or 'regional'.",
    ),
    "bundle.manifest.origin_country": (
        "El país de origen del manifiesto del paquete no es un país miembro; " + _DAMAGED_ES,
        "The bundle manifest's origin_country is not a member country.",
    ),
    "bundle.manifest.direction_origin": (
        "La dirección del manifiesto del paquete no coincide con su país de origen; " + _DAMAGED_ES,
        "The bundle manifest's direction does not match its origin country.",
    ),
    "bundle.manifest.origin_site": (
        "El origin_site del manifiesto del paquete no es un identificador de sitio; " + _DAMAGED_ES,
        "The bundle manifest's origin_site is not a site id.",
    ),
    "bundle.manifest.seq": (
        "El seq del manifiesto del paquete debe ser un número entero desde 1; " + _DAMAGED_ES,
        "The bundle manifest's seq must be a whole number from 1.",
    ),
    "bundle.manifest.deployment_id": (
        "El deployment_id del manifiesto del paquete no es un identificador de despliegue; "
        + _DAMAGED_ES,
        "The bundle manifest's deployment_id is not a deployment id.",
    ),
    "bundle.wrong_key": (
        "El paquete nombra la clave {key_id}, pero esa no es la clave esperada para su origen. "
        "Pida a la SISCA que inscriba la clave de esa instalación.",
        "The bundle names the key {key_id}, but that is not the key expected for its origin.",
    ),
    "bundle.signature_length": (
        "La firma del paquete mide {size} bytes en lugar de {expected}; " + _DAMAGED_ES,
        "The bundle's signature is {size} bytes long instead of {expected}; " + _DAMAGED_EN,
    ),
    "bundle.bad_signature": (
        "La firma del paquete no coincide con la clave {key_id} de {place}; " + _DAMAGED_ES,
        "The bundle's signature does not match the key {key_id} of {place}; " + _DAMAGED_EN,
    ),
    "bundle.manifest.field": (
        "El campo {name} del manifiesto del paquete debe ser {expected}; " + _DAMAGED_ES,
        "The bundle manifest's {name} must be {expected}.",
    ),
    "bundle.expect.hex64": ("64 dígitos hexadecimales en minúscula", "64 lowercase hex digits"),
    "bundle.expect.hex64_or_null": (
        "64 dígitos hexadecimales en minúscula o null",
        "64 lowercase hex digits or null",
    ),
    "bundle.expect.count": (
        "un número entero de 0 a {maximum}",
        "a whole number from 0 to {maximum}",
    ),
    "bundle.expect.text": (
        "un texto de 1 a {maximum} caracteres",
        "text of 1 to {maximum} characters",
    ),
    "bundle.expect.datetime": ("una fecha y hora ISO 8601", "an ISO 8601 date and time"),
    "bundle.expect.bool": ("true o false", "true or false"),
    "bundle.expect.acks": (
        "un objeto que asocia identificadores de sitio a valores de reloj",
        "an object mapping site ids to clock values",
    ),
    "bundle.expect.keyring": (
        "null o un objeto con un documento y una firma",
        "null or an object with a document and a signature",
    ),
    "bundle.expect.base64": ("texto base64", "base64 text"),
    "bundle.expect.bytes": ("de {size} bytes", "{size} bytes"),
    "bundle.expect.list": ("una lista", "a list"),
    "bundle.expect.blob_count": (
        "una lista de a lo sumo {limit} archivos de evidencia",
        "a list of at most {limit} evidence files",
    ),
    "bundle.expect.blob_items": (
        "una lista de objetos con sha256 y size",
        "a list of objects with sha256 and size",
    ),
    "bundle.expect.blob_sorted": (
        "ordenada por sha256 sin repeticiones",
        "sorted by sha256 without repeats",
    ),
    "bundle.manifest.lacks_field": (
        "Al manifiesto del paquete le falta el campo {name}; " + _DAMAGED_ES,
        "The bundle manifest lacks the field {name}.",
    ),
    "bundle.manifest.unknown_field": (
        "El manifiesto del paquete tiene un campo desconocido {name}; quizás lo hizo un "
        "cisdesk más nuevo: actualice cisdesk.",
        "The bundle manifest has an unknown field {name}.",
    ),
    "bundle.manifest.not_canonical": (
        "El manifiesto del paquete no está escrito en forma canónica; " + _DAMAGED_ES,
        "The bundle manifest is not written in canonical form.",
    ),
    "bundle.manifest.ack_site": (
        "Los acuses del manifiesto del paquete nombran {site}, que no es un identificador de "
        "sitio; " + _DAMAGED_ES,
        "The bundle manifest's acks name {site}, not a site id.",
    ),
    "bundle.country_keyring": (
        "Un paquete de país no puede llevar un llavero; " + _DAMAGED_ES,
        "A country bundle cannot carry a keyring.",
    ),
    "bundle.payload_size": (
        "El contenido del paquete mide {size} bytes, pero su manifiesto dice {expected}; "
        + _DAMAGED_ES,
        "The bundle's payload is {size} bytes, but its manifest says {expected}; " + _DAMAGED_EN,
    ),
    "bundle.payload_hash": (
        "El contenido del paquete no coincide con el resumen de su manifiesto; " + _DAMAGED_ES,
        "The bundle's payload does not match the hash in its manifest; " + _DAMAGED_EN,
    ),
    "bundle.payload_lines": (
        "El contenido del paquete tiene {lines} líneas, pero su manifiesto dice {expected}; "
        + _DAMAGED_ES,
        "The bundle's payload has {lines} lines, but its manifest says {expected}.",
    ),
    "bundle.blob_hash": (
        "El archivo de evidencia {name} del paquete no coincide con su nombre; " + _DAMAGED_ES,
        "The evidence file {name} in the bundle does not match its name; " + _DAMAGED_EN,
    ),
    "bundle.blob_missing": (
        "Al paquete le falta el archivo de evidencia {name} que su manifiesto lista; "
        + _DAMAGED_ES,
        "The bundle lacks the evidence file {name} its manifest lists.",
    ),
    "bundle.blob_unlisted": (
        "El paquete contiene el archivo de evidencia {name}, que su manifiesto no lista; "
        + _DAMAGED_ES,
        "The bundle holds the evidence file {name} that its manifest does not list.",
    ),
    "bundle.blob_size": (
        "El archivo de evidencia {name} tiene otro tamaño que el que dice el manifiesto; "
        + _DAMAGED_ES,
        "The evidence file {name} has another size than its manifest says.",
    ),
    "bundle.write.blob_name": (
        "No se puede escribir el paquete: el archivo de evidencia {name} no lleva el nombre de "
        "su sha256.",
        "Cannot write the bundle: the evidence file {name} is not named by its sha256.",
    ),
    "bundle.write.invalid": (
        "No se puede escribir el paquete: {reason}",
        "Cannot write the bundle: {reason}",
    ),
    "bundle.write.key_id": (
        "No se puede escribir el paquete: su key_id no es el de la clave que firma.",
        "Cannot write the bundle: its key_id is not the signing key's id.",
    ),
    "bundle.write.manifest_too_large": (
        "No se puede escribir el paquete: su manifiesto es demasiado grande.",
        "Cannot write the bundle: its manifest is too large.",
    ),
    "bundle.write.too_large": (
        "No se puede escribir el paquete: ocuparía {over}. Exporte con menos archivos de "
        "evidencia.",
        "Cannot write the bundle: it would be {over}.",
    ),
}
