"""What the command line's verbs print (``cisdesk/commands``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cmd.yes": ("sí", "yes"),
    "cmd.no": ("no", "no"),
    "cmd.none": ("ninguna", "none"),
    "cmd.warning": ("Atención: {warning}", "Warning: {warning}"),
    "cmd.digest": ("Resumen del registro: {digest}", "Record digest: {digest}"),
    "cmd.db_required": (
        "indique la base de datos con --db ARCHIVO",
        "give the database with --db FILE",
    ),
    "cmd.env_unset": (
        "la variable de entorno {var} no está definida",
        "the environment variable {var} is not set",
    ),
    "cmd.passphrase_hint": (
        "La clave de esta instalación está protegida: ponga su frase de paso en la variable de "
        "entorno {var} o nombre otra con --passphrase-env VAR.",
        "This install's key is protected: put its passphrase in the environment variable "
        "{var} or name another one with --passphrase-env VAR.",
    ),
    "cmd.who.regional": ("la SISCA (regional)", "SISCA (regional)"),
    "cmd.who.country": ("el país {country}", "country {country}"),
    # init, demo
    "cmd.init.created": (
        "Se creó {path} para {who}, sitio {site}.",
        "Created {path} for {who}, site {site}.",
    ),
    "cmd.demo.scale_usage": ("--scale debe ser 1 o más", "--scale must be 1 or more"),
    "cmd.demo.nothing_new": ("nada nuevo", "nothing new"),
    "cmd.demo.done": (
        "Datos de demostración: {made}; {edited} editados, {deleted} eliminados.",
        "Demo data: {made}; {edited} edited, {deleted} deleted.",
    ),
    # backup, restore
    "cmd.backup.url": (
        "backup y restore trabajan con archivos de base de datos; para una URL use las copias "
        "del propio servidor",
        "backup and restore work on database files; use the server's own backups for a URL",
    ),
    "cmd.backup.list_or_output": (
        "indique --list o -o, no ambos",
        "give either --list or -o, not both",
    ),
    "cmd.backup.none": (
        "Aún no hay copias de seguridad de {name}.",
        "No backup copies of {name} yet.",
    ),
    "cmd.backup.same_file": (
        "{path} es la propia base de datos; elija otro archivo para la copia.",
        "{path} is the database itself; choose another file for the copy.",
    ),
    "cmd.backup.folder": (
        "{path} es una carpeta; indique un nombre de archivo para la copia.",
        "{path} is a folder; give a file name for the copy.",
    ),
    "cmd.backup.written": (
        "Copia de seguridad de {db} escrita en {path}",
        "Backup of {db} written to {path}",
    ),
    "cmd.restore.done": (
        "Se restauró {path} desde {source} ({identity}).",
        "Restored {path} from {source} ({identity}).",
    ),
    "cmd.restore.safety_copy": (
        "La base de datos reemplazada se guardó como {path}",
        "The database it replaced was saved as {path}",
    ),
    # bundles
    "cmd.import.refused": (
        "{refused} de {total} archivos de paquete no se importaron.",
        "{refused} of {total} bundle files were not imported.",
    ),
    "cmd.inspect.bundle": ("Paquete: {name}", "Bundle: {name}"),
    "cmd.inspect.bundle_id": ("Id del paquete: {id}", "Bundle id: {id}"),
    "cmd.inspect.sha256": ("sha256 del archivo: {sha}", "File sha256: {sha}"),
    "cmd.inspect.acks": ("acks: {count} sitios", "acks: {count} sites"),
    "cmd.inspect.keyring_carried": ("keyring: incluido", "keyring: carried"),
    "cmd.inspect.keyring_none": ("keyring: ninguno", "keyring: none"),
    "cmd.inspect.signer_key": (
        "Clave del firmante: {key_id} ({place})",
        "Signer key id: {key_id} ({place})",
    ),
    "cmd.inspect.signer": ("Firmante: {status}", "Signer: {status}"),
    "cmd.inspect.signer_refused": (
        "esta instalación no lo acepta: {reason}",
        "not accepted by this install: {reason}",
    ),
    "cmd.inspect.signer_ok": (
        "inscrito, y la firma es válida",
        "enrolled, and the signature is valid",
    ),
    "cmd.inspect.payload_invalid": (
        "Contenido: no es válido: {reason}",
        "Payload: not valid: {reason}",
    ),
    "cmd.inspect.changes": (
        "Cambios: {changes} en {rows} filas",
        "Changes: {changes} in {rows} rows",
    ),
    "cmd.inspect.table": (
        "  {table}: {changes} cambios, {rows} filas",
        "  {table}: {changes} changes, {rows} rows",
    ),
    "cmd.inspect.blobs": (
        "Archivos de evidencia: {count} ({size} bytes)",
        "Evidence files: {count} ({size} bytes)",
    ),
    "cmd.inspect.blob": ("  {sha}  {size} bytes", "  {sha}  {size} bytes"),
    # keys
    "cmd.keys.no_file": (
        "No hay ningún archivo de clave en {path}; revise la ruta.",
        "There is no key file at {path}.",
    ),
    "cmd.keys.key": (
        "clave {key_id} (huella {fingerprint})",
        "key {key_id} (fingerprint {fingerprint})",
    ),
    "cmd.keys.kind_regional": (
        "SISCA (regional), tiene la clave raíz",
        "SISCA (regional), holds the root key",
    ),
    "cmd.keys.kind_country": ("país", "country"),
    "cmd.keys.install": ("Instalación: {name}", "Install: {name}"),
    "cmd.keys.kind": ("Tipo: {kind}", "Kind: {kind}"),
    "cmd.keys.country": ("País: {place} ({code})", "Country: {place} ({code})"),
    "cmd.keys.site_id": ("Id del sitio: {id}", "Site id: {id}"),
    "cmd.keys.key_id": ("Id de la clave: {id}", "Key id: {id}"),
    "cmd.keys.fingerprint": ("Huella: {fingerprint}", "Fingerprint: {fingerprint}"),
    "cmd.keys.protected": (
        "Protegida con frase de paso: {answer}",
        "Protected by a passphrase: {answer}",
    ),
    "cmd.keys.deployment": ("Despliegue: {id}", "Deployment: {id}"),
    "cmd.keys.no_deployment": (
        "ninguno aún (confíe primero en la clave raíz de la SISCA)",
        "none yet (trust SISCA root key first)",
    ),
    "cmd.keys.root_none": (
        "Clave raíz de la SISCA de confianza: ninguna",
        "Trusted SISCA root key: none",
    ),
    "cmd.keys.root": (
        "Clave raíz de la SISCA de confianza: {key_id} (huella {fingerprint})",
        "Trusted SISCA root key: {key_id} (fingerprint {fingerprint})",
    ),
    "cmd.keys.keyring_version": (
        "Versión del llavero: {version}",
        "Keyring version held: {version}",
    ),
    "cmd.keys.keyring_version_pending": (
        "Versión del llavero: {version} (cambiado desde entonces: el próximo paquete regional "
        "lleva la versión {next})",
        "Keyring version held: {version} (changed since: the next regional bundle carries "
        "version {next})",
    ),
    "cmd.keys.exported": (
        "Se escribió la clave pública {key_id} en {path}.",
        "Wrote the public key {key_id} to {path}.",
    ),
    "cmd.keys.trusted": (
        "Esta instalación confía en la clave raíz de la SISCA: {key}.",
        "This install trusts SISCA's root {key}.",
    ),
    "cmd.keys.compare_fingerprint": (
        "Compare la huella con la SISCA por teléfono antes de importar paquetes regionales.",
        "Compare the fingerprint with SISCA by phone before importing regional bundles.",
    ),
    "cmd.keys.already_enrolled": (
        "La {key} ya estaba inscrita para {place}.",
        "The {key} was already enrolled for {place}.",
    ),
    "cmd.keys.enrolled": (
        "Se inscribió la {key} para {place}, sitio {site}.",
        "Enrolled the {key} for {place}, site {site}.",
    ),
    "cmd.keys.next_bundle": (
        "El próximo paquete regional lleva el llavero nuevo.",
        "The next regional bundle carries the new keyring.",
    ),
    "cmd.keys.key_id_usage": (
        "KEY_ID son los 16 dígitos hexadecimales que muestra 'cisdesk keys list'",
        "KEY_ID is the 16 hex digits 'cisdesk keys list' shows",
    ),
    "cmd.keys.after_seq_usage": ("--after-seq debe ser 0 o más", "--after-seq must be 0 or more"),
    "cmd.keys.revoked_after": (
        "Se revocó la clave {key_id}: se rechazan sus paquetes después del número {seq}.",
        "Revoked the key {key_id}: its bundles after number {seq} are refused.",
    ),
    "cmd.keys.revoked": (
        "Se revocó la clave {key_id}: se rechazan todos sus paquetes.",
        "Revoked the key {key_id}: all its bundles are refused.",
    ),
    "cmd.keys.none_enrolled": ("No hay claves inscritas.", "No keys enrolled."),
    "cmd.keys.state_valid": ("válida", "valid"),
    "cmd.keys.state_revoked": ("revocada", "revoked"),
    "cmd.keys.state_revoked_after": (
        "revocada tras el paquete {seq}",
        "revoked after bundle {seq}",
    ),
    # excel, report, server
    "cmd.excel.exported": (
        "Se escribió {path}: {rows} filas en {sheets} hojas.",
        "Wrote {path}: {rows} rows in {sheets} sheets.",
    ),
    "cmd.excel.template": (
        "Se escribió {path}: {rows} filas para {country}.",
        "Wrote {path}: {rows} rows for {country}.",
    ),
    "cmd.excel.problem": ("  {problem}", "  {problem}"),
    "cmd.excel.unchanged": (
        "{name}: no cambió nada ({rows} filas leídas).",
        "{name}: nothing changed ({rows} rows read).",
    ),
    "cmd.excel.imported": (
        "{name}: {created} informes de avance creados, {updated} actualizados ({fields} campos).",
        "{name}: {created} progress reports created, {updated} updated ({fields} fields).",
    ),
    "cmd.excel.backup": (
        "Copia de seguridad antes de la importación: {path}",
        "Backup before the import: {path}",
    ),
    "cmd.report.written": (
        "Se escribió {path} ({title}, {pages} páginas).",
        "Wrote {path} ({title}, {pages} pages).",
    ),
    "cmd.server.copied": (
        "Copiado; resumen {digest} verificado en ambas bases de datos.",
        "Copied; digest {digest} verified on both databases.",
    ),
    # selftest
    "cmd.selftest.database_ok": (
        "{path} abre, la revisión rápida y el esquema están bien",
        "{path} opens, quick check and schema ok",
    ),
    "cmd.selftest.install": ("{who}, sitio {site}", "{who}, site {site}"),
    "cmd.selftest.key_present": (
        "la clave propia {key_id} está presente",
        "own key {key_id} present",
    ),
    "cmd.selftest.key_protected": (
        "clave privada protegida con frase de paso (no se abrió)",
        "private key protected by a passphrase (not opened)",
    ),
    "cmd.selftest.key_pair_ok": (
        "la clave pública corresponde a la privada",
        "public key matches the private key",
    ),
    "cmd.selftest.key_id_mismatch": (
        "el id de la clave no corresponde a la clave pública",
        "the key id does not match the public key",
    ),
    "cmd.selftest.demo": (
        "Sin --db: se revisa una base de datos de demostración temporal ({path}).",
        "No --db given: checking a temporary demo database ({path}).",
    ),
    "cmd.selftest.check.database": ("base de datos", "database"),
    "cmd.selftest.check.install": ("instalación", "install"),
    "cmd.selftest.check.key": ("clave", "key"),
    "cmd.selftest.check.key_pair": ("par de claves", "key pair"),
    "cmd.selftest.check.fingerprint": ("huella", "fingerprint"),
    "cmd.selftest.check.keys": ("claves", "keys"),
    "cmd.selftest.check.main_window": ("ventana principal", "main window"),
    "cmd.selftest.check.view": ("página {page}", "view {page}"),
    "cmd.selftest.window_opened": (
        "abierta (plataforma {platform})",
        "opened ({platform} platform)",
    ),
    "cmd.selftest.view_opened": ("{title} abierta", "{title} opened"),
    "cmd.selftest.no_dashboard": ("no se calculó el tablero", "the dashboard was not computed"),
    "cmd.selftest.healthy": ("sano", "healthy"),
    "cmd.selftest.unhealthy": ("NO sano", "NOT healthy"),
}

#: What long work says it is doing, beside its progress bar.
MESSAGES.update(
    {
        "progress.reading_changes": ("leyendo los cambios", "reading changes"),
        "progress.signing": ("firmando", "signing"),
        "progress.done": ("listo", "done"),
        "progress.merging": ("fusionando", "merging"),
        "progress.writing_changes": ("escribiendo los cambios", "writing changes"),
        "progress.checking_changes": ("revisando los cambios", "checking changes"),
        "progress.demo": ("datos de demostración", "demo"),
        "progress.verify": ("verificando", "verify"),
        "progress.template": ("plantilla", "template"),
        "progress.export": ("exportando", "export"),
        "progress.reading": ("leyendo", "reading"),
        "progress.checking": ("revisando", "checking"),
        "progress.backup": ("copia de seguridad", "backup"),
        "progress.applying": ("aplicando", "applying"),
    }
)
