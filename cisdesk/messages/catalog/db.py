"""The database: opening, creating, locking, backups, restore and transfer (``cisdesk/db``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "db.what.database": ("base de datos", "database"),
    "db.what.backup": ("copia de seguridad", "backup"),
    "db.no_database": (
        "No hay ninguna base de datos en {path}; cree una con 'cisdesk init'.",
        "There is no database at {path}; create one with 'cisdesk init'.",
    ),
    "db.is_folder": (
        "{path} es una carpeta, no una {what} de cisdesk.",
        "{path} is a folder, not a cisdesk {what}.",
    ),
    "db.cannot_read": (
        "No se puede leer {path}: {reason}. Revise los permisos del archivo.",
        "Cannot read {path}: {reason}.",
    ),
    "db.not_sqlite": (
        "{path} no es una {what} de cisdesk (no es un archivo SQLite); elija otro archivo.",
        "{path} is not a cisdesk {what} (not an SQLite file).",
    ),
    "db.damaged": (
        "La {what} {path} está dañada ({problem}); {way_out}",
        "The {what} {path} is damaged ({problem}); {way_out}",
    ),
    "db.way_out.no_backup": (
        "no se encontró ninguna copia de seguridad; restaure una con: cisdesk restore --db "
        "{db} COPIA",
        "no backup copy of it was found; restore one with: cisdesk restore --db {db} BACKUP",
    ),
    "db.way_out.newest": (
        "restaure la copia de seguridad más reciente con: cisdesk restore --db {db} {backup}",
        "restore the newest backup with: cisdesk restore --db {db} {backup}",
    ),
    "db.way_out.choose_another": ("elija otra.", "choose another one."),
    "db.already_open": (
        "cisdesk ya está abierto en esta base de datos en otra ventana u otro programa; "
        "ciérrelo primero.",
        "cisdesk is already open on this database in another window or program.",
    ),
    "db.lock_failed": (
        "No se puede abrir {path}: no se puede crear {lock} ({reason}). Revise los permisos "
        "de la carpeta.",
        "Cannot open {path}: cannot create {lock} ({reason}).",
    ),
    "db.not_initialised": (
        "{path} no es una base de datos de cisdesk inicializada; cree una con 'cisdesk init'.",
        "{path} is not an initialised cisdesk database.",
    ),
    "db.not_cisdesk": (
        "{path} no es una base de datos de cisdesk; elija otro archivo.",
        "{path} is not a cisdesk database.",
    ),
    "db.newer_version": (
        "{path} la hizo una versión más nueva de cisdesk; actualice cisdesk para abrirla.",
        "{path} was made by a newer version of cisdesk; update cisdesk to open it.",
    ),
    "db.needs_upgrade": (
        "{path} necesita una actualización de su esquema; ábrala con cisdesk para actualizarla.",
        "{path} needs an upgrade of its schema.",
    ),
    "db.cannot_open": (
        "No se puede abrir la base de datos {path}: {reason}.",
        "Cannot open the database {path}: {reason}.",
    ),
    "backup.cannot_create_folder": (
        "No se puede crear la carpeta de copias de seguridad {folder}: {reason}.",
        "Cannot create the backups folder {folder}: {reason}.",
    ),
    "backup.disk_full": (
        "No hay espacio suficiente para escribir {path}; no se escribió nada. Libere espacio "
        "en el disco.",
        "Not enough space to write {path}; nothing was written.",
    ),
    "backup.cannot_copy": (
        "No se puede copiar la base de datos {path}: {reason}.",
        "Cannot copy the database {path}: {reason}.",
    ),
    "install.exists": (
        "{path} ya existe; cisdesk init nunca sobrescribe una base de datos. Elija otro nombre.",
        "{path} already exists; cisdesk init never overwrites a database.",
    ),
    "install.no_folder": (
        "No se puede crear {path}: la carpeta {folder} no existe.",
        "Cannot create {path}: the folder {folder} does not exist.",
    ),
    "install.folder_read_only": (
        "No se puede crear {path}: no se puede escribir en la carpeta {folder}.",
        "Cannot create {path}: the folder {folder} is not writable.",
    ),
    "install.country_or_regional": (
        "Elija un país (--country CC) o --regional.",
        "Choose either a country (--country CC) or --regional.",
    ),
    "install.appeared": (
        "{path} apareció mientras se creaba; no se sobrescribió nada.",
        "{path} appeared while it was being created; nothing overwritten.",
    ),
    "install.cannot_create": (
        "No se puede crear {path}: {reason}.",
        "Cannot create {path}: {reason}.",
    ),
    "install.server_passphrase": (
        "Una instalación regional en un servidor compartido necesita una frase de paso para "
        "su clave raíz (--passphrase-env VAR); allí la clave nunca se guarda sin cifrar.",
        "A regional install on a shared server needs a passphrase for its root key "
        "(--passphrase-env VAR); the key is never stored there unencrypted.",
    ),
    "install.server_taken": (
        "Esa base de datos ya contiene una instalación de cisdesk; no cambió nada.",
        "That database already holds a cisdesk install; nothing changed.",
    ),
    "install.server_unreachable": (
        "No se puede llegar al servidor de base de datos: {reason}.",
        "Cannot reach the database server: {reason}.",
    ),
    "transfer.target_taken": (
        "La base de datos de destino ya contiene una instalación de cisdesk; no se copió nada.",
        "The target database already holds a cisdesk install; nothing copied.",
    ),
    "transfer.passphrase_needed": (
        "La clave raíz no está protegida con una frase de paso; indique una (--passphrase-env "
        "VAR) para guardarla cifrada en el servidor.",
        "The root key is not protected by a passphrase; give one (--passphrase-env VAR) so it "
        "is stored encrypted on the server.",
    ),
    "transfer.digest_mismatch": (
        "La copia no coincide con el origen (los resúmenes difieren); no use la copia.",
        "The copy does not match the source (digests differ).",
    ),
    "transfer.only_regional": (
        "Solo un registro de la SISCA (regional) pasa a una base de datos de servidor.",
        "Only a SISCA (regional) record moves to a server database.",
    ),
    "restore.identity.regional": (
        "sitio {site}, SISCA (regional)",
        "site {site}, SISCA (regional)",
    ),
    "restore.identity.country": ("sitio {site}, país {country}", "site {site}, country {country}"),
    "restore.no_file": ("No existe el archivo {path}.", "There is no file {path}."),
    "restore.no_tables": (
        "{path} no es una {what} de cisdesk (faltan las tablas de cisdesk); elija otra.",
        "{path} is not a cisdesk {what} (the cisdesk tables are missing).",
    ),
    "restore.no_install": (
        "{path} no es una {what} de cisdesk inicializada (no tiene instalación); elija otra.",
        "{path} is not an initialised cisdesk {what} (it has no install).",
    ),
    "restore.no_revision": (
        "{path} no es una {what} de cisdesk completa (falta su versión de esquema); elija otra.",
        "{path} is not a complete cisdesk {what} (its schema version is missing).",
    ),
    "restore.newer": (
        "La {what} {path} la hizo una versión más nueva de cisdesk; actualice cisdesk para usarla.",
        "The {what} {path} was made by a newer version of cisdesk; update cisdesk to use it.",
    ),
    "restore.same_file": (
        "{path} es la propia base de datos; elija una copia de seguridad.",
        "{path} is the database itself; choose a backup copy.",
    ),
    "restore.no_folder": (
        "No se puede restaurar en {path}: la carpeta {folder} no existe.",
        "Cannot restore to {path}: the folder {folder} does not exist.",
    ),
    "restore.other_install": (
        "La copia {backup} pertenece a otra instalación ({backup_identity}), no a {db} "
        "({db_identity}); añada --force para restaurarla de todos modos.",
        "The backup {backup} belongs to another install ({backup_identity}), not to {db} "
        "({db_identity}); add --force to restore it anyway.",
    ),
}
