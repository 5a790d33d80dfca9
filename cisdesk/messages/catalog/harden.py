"""Refusals that keep forged, hostile or broken input out, and say what to do instead."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- revoked keys and enrolment -------------------------------------------------------
    "bundle.revoked_key_unknown_bundle": (
        "La clave {key} de {place} fue revocada después del paquete {after}, y este paquete "
        "{seq} no es el que se importó antes con ese número (o nunca se importó): se rechaza "
        "porque pudo firmarse con la clave robada.",
        "The key {key} of {place} was revoked after bundle {after}, and this bundle {seq} is "
        "not the one imported before with that number (or none was): it is refused because "
        "it may have been signed with the stolen key.",
    ),
    "bundle.reserved_site": (
        "El paquete se rechaza: dice venir del sitio del plan de referencia, que ningún "
        "sitio puede usar.",
        "The bundle is refused: it claims to come from the reference plan's site, which no "
        "install may use.",
    ),
    "keys.site_reserved": (
        "El archivo de clave dice pertenecer al sitio {site}, un identificador reservado de "
        "cisdesk; no es la clave de una instalación de país. Pida el archivo de nuevo.",
        "The key file claims the site {site}, an id reserved by cisdesk; it is not the key of "
        "a country install. Ask for the file again.",
    ),
    "keys.site_in_use": (
        "El sitio {site} de ese archivo de clave ya está en uso en este registro ({where}); "
        "otra clave no puede tomarlo. Compruebe la huella por teléfono con la instalación.",
        "The site {site} of that key file is already in use in this record ({where}); another "
        "key cannot take it. Compare the fingerprint by phone with the install.",
    ),
    "keys.site_taken": (
        "Otra clave ({key}) ya está inscrita para el sitio {site} ({name}, {place}). Si se "
        "inscribió por error y nunca firmó un paquete importado, retírela con: "
        "cisdesk keys withdraw --db BASE {key}",
        "Another key ({key}) is already enrolled for the site {site} ({name}, {place}). If it "
        "was enrolled by mistake and never signed an imported bundle, withdraw it with: "
        "cisdesk keys withdraw --db DB {key}",
    ),
    "keys.where_keyring": ("otra clave del anillo", "another key of the keyring"),
    "keys.where_history": ("cambios ya registrados", "changes already recorded"),
    "keys.where_this_install": ("esta instalación", "this install"),
    "keys.where_root": ("la clave raíz de SISCA", "SISCA's root key"),
    "keys.withdraw_unknown": (
        "No hay ninguna clave {key} inscrita; 'cisdesk keys list' las muestra.",
        "No key {key} is enrolled; 'cisdesk keys list' shows them.",
    ),
    "keys.withdraw_used": (
        "La clave {key} ya firmó paquetes importados aquí; no se puede retirar, porque su "
        "sitio quedaría libre para otra clave. Revóquela con 'cisdesk keys revoke'.",
        "The key {key} has signed bundles imported here; it cannot be withdrawn, because its "
        "site would be free for another key. Revoke it with 'cisdesk keys revoke'.",
    ),
    "keys.withdraw_root": (
        "La clave raíz de SISCA no se puede retirar.",
        "SISCA's root key cannot be withdrawn.",
    ),
    "keys.withdrawn": (
        "Se retiró la clave {key}; su sitio {site} puede inscribirse con la clave correcta. "
        "El próximo paquete regional lleva el nuevo anillo de claves.",
        "Withdrew the key {key}; its site {site} can be enrolled with the right key. The next "
        "regional bundle carries the new keyring.",
    ),
    "keys.name_control": (
        "El nombre del sitio en el archivo de clave contiene caracteres de control; no es un "
        "archivo de clave de cisdesk válido.",
        "The site name in the key file holds control characters; it is not a valid cisdesk "
        "key file.",
    ),
    # --- restore ------------------------------------------------------------------------
    "restore.another_install": (
        "La copia {backup} pertenece a otra instalación ({theirs}), no a {database} "
        "({ours}); difieren: {what}. Restaurarla cambiaría la identidad de esta instalación y "
        "SISCA rechazaría sus paquetes. Si de verdad quiere hacerlo, añada --force.",
        "The backup {backup} belongs to another install ({theirs}), not to {database} "
        "({ours}); they differ in: {what}. Restoring it would change this install's identity "
        "and SISCA would refuse its bundles. If you really mean it, add --force.",
    ),
    "restore.identity_unknown": (
        "No se puede leer qué instalación es {database}, ni hay copias suyas que lo digan; la "
        "copia es de {backup}. Si está seguro de que es la misma instalación, añada --force.",
        "Cannot read which install {database} is, and no copy of it says so; the backup is of "
        "{backup}. If you are sure it is the same install, add --force.",
    ),
    # --- databases that cannot be written, reached or opened ---------------------------------
    "db.read_only": (
        "La base de datos {database} es de solo lectura (el archivo o su carpeta no se pueden "
        "modificar); no se cambió nada y los datos están intactos. Dé permiso de escritura o "
        "copie la base a una carpeta suya, y ábrala allí.",
        "The database {database} is read-only (the file or its folder cannot be written); "
        "nothing was changed and the data is intact. Allow writing, or copy the database to a "
        "folder of yours and open it there.",
    ),
    "db.read_only_folder": (
        "La base de datos {database} está en una carpeta de solo lectura y no se puede abrir "
        "allí; sus datos están intactos (no la sustituya por una copia de seguridad). Dé "
        "permiso de escritura a la carpeta, o copie la base a una carpeta suya y ábrala allí.",
        "The database {database} is in a read-only folder and cannot be opened there; its data "
        "is intact (do not replace it with a backup). Allow writing to the folder, or copy the "
        "database to a folder of yours and open it there.",
    ),
    "db.busy": (
        "La base de datos {database} está ocupada por otro programa; no se cambió nada. "
        "Inténtelo de nuevo cuando termine.",
        "The database {database} is busy in another program; nothing was changed. Try again "
        "when it has finished.",
    ),
    "db.disk_full": (
        "No queda espacio en el disco para {database}; no se cambió nada. Libere espacio e "
        "inténtelo de nuevo.",
        "There is no space left on the disk for {database}; nothing was changed. Free some "
        "space and try again.",
    ),
    "db.unavailable": (
        "No se puede usar la base de datos {database}: {detail}. No se cambió nada.",
        "Cannot use the database {database}: {detail}. Nothing was changed.",
    ),
    "db.failed": (
        "La base de datos {database} rechazó la operación: {detail}. No se cambió nada.",
        "The database {database} refused the operation: {detail}. Nothing was changed.",
    ),
    "db.bad_url": (
        "{url} no es una base de datos que cisdesk sepa abrir; indique un archivo o una "
        "dirección postgresql://usuario@servidor/base.",
        "{url} is not a database cisdesk can open; give a file or a "
        "postgresql://user@server/database address.",
    ),
    "db.driver_missing": (
        "Para abrir {url} falta el controlador de base de datos {module}, que esta instalación "
        "de cisdesk no incluye; use un archivo o una dirección postgresql://.",
        "Opening {url} needs the database driver {module}, which this cisdesk does not "
        "include; use a file or a postgresql:// address.",
    ),
    "log.cannot_write": (
        "cisdesk: no se puede escribir el registro {file} (¿disco lleno?); se sigue sin él.",
        "cisdesk: cannot write the log file {file} (is the disk full?); going on without it.",
    ),
    # --- input files ------------------------------------------------------------------------
    "bundle.not_regular_file": (
        "{file} no es un archivo normal (es un dispositivo, una tubería o algo parecido); no "
        "es un paquete de cisdesk.",
        "{file} is not a regular file (it is a device, a pipe or the like); it is not a "
        "cisdesk bundle.",
    ),
    "excel.more_problems": (
        "  … y {count} problemas más; corrija los de arriba y vuelva a importar para ver el resto.",
        "  … and {count} more problems; fix the ones above and import again to see the rest.",
    ),
    # --- reports ----------------------------------------------------------------------------
    "report.see_annex": (
        "texto completo en el anexo {reference}",
        "full text in annex {reference}",
    ),
    "report.annex_title": ("Anexo: textos completos", "Annex: full texts"),
    "report.annex_note": (
        "Textos demasiado largos para su celda, que en las tablas se muestran abreviados.",
        "Texts too long for their table cell, shown shortened in the tables.",
    ),
    "db.foreign_file": (
        "{database} es una base de datos SQLite de otro programa, no de cisdesk; no se ha "
        "modificado. Indique el archivo de cisdesk, o cree uno con 'cisdesk init'.",
        "{database} is an SQLite database of another program, not a cisdesk database; it was "
        "not changed. Give cisdesk's file, or create one with 'cisdesk init'.",
    ),
    "install.name_control": (
        "El nombre de la instalación no puede contener caracteres de control; escríbalo "
        "solo con letras, números, espacios y signos.",
        "The install's name cannot hold control characters; write it with letters, digits, "
        "spaces and punctuation only.",
    ),
    "keys.action.withdraw": ("retirar claves de sitios", "withdraw site keys"),
}
