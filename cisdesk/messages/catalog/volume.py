"""Messages of sync at volume: volumes, deltas, the sync folder (issue 12)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "volume.n_of_m": ("volumen {volume} de {volumes}", "volume {volume} of {volumes}"),
    "volume.written": ("Escrito: {path} ({size})", "Wrote: {path} ({size})"),
    "volume.export_summary": (
        "Exportación {seq} en {volumes} archivos ({size} en total).",
        "Export {seq} in {volumes} files ({size} in all).",
    ),
    "volume.missing_blobs": (
        "{count} archivos de evidencia aún no han llegado a esta instalación; irán en una "
        "exportación posterior.",
        "{count} evidence files have not reached this install yet; a later export will carry them.",
    ),
    "volume.files_pending": (
        "{count} archivos de evidencia aún no recibidos: se adjuntarán solos al importar el "
        "volumen que los trae.",
        "{count} evidence files not yet received: they attach by themselves when the volume "
        "that carries them is imported.",
    ),
    "volume.progress_evidence": ("escribiendo los archivos de evidencia", "writing evidence files"),
    "export.summary.regional_delta": (
        "Se escribió el paquete regional {seq} en {path}: {changes} cambios de campo en {rows} "
        "filas (lo que les falta a los destinatarios).",
        "Wrote regional bundle {seq} to {path}: {changes} field changes in {rows} rows (what "
        "the recipients lack).",
    ),
    "export.summary.regional_delta_blobs": (
        "Se escribió el paquete regional {seq} en {path}: {changes} cambios de campo en {rows} "
        "filas, {blobs} archivos de evidencia (lo que les falta a los destinatarios).",
        "Wrote regional bundle {seq} to {path}: {changes} field changes in {rows} rows, {blobs} "
        "evidence files (what the recipients lack).",
    ),
    "volume.origin": (
        "{origin}, volumen {volume} de {volumes}",
        "{origin}, volume {volume} of {volumes}",
    ),
    "volume.refuse.site_of_country": (
        "el cambio se hizo en un sitio que el llavero no inscribe para {place}",
        "the change was made at a site the keyring does not enrol for {place}",
    ),
    "volume.expect.volumes": (
        "un número entero de 1 a {limit}",
        "a whole number from 1 to {limit}",
    ),
    "volume.expect.volume": (
        "un número entero de 1 al número de volúmenes",
        "a whole number from 1 to the number of volumes",
    ),
    "volume.expect.ranges": (
        "un objeto que asocia ids de sitio con [desde, hasta]",
        "an object mapping site ids to [from, to] clock values",
    ),
    "volume.expect.range_order": (
        "rangos cuyo final viene después de su inicio",
        "ranges whose end is after their start",
    ),
    "volume.expect.for_country": (
        "null o un país miembro, en un paquete regional",
        "null or a member country of a regional bundle",
    ),
    "volume.manifest.range_site": (
        "Los rangos del manifiesto del paquete nombran {site}, que no es un id de sitio. Pida "
        "que lo exporten de nuevo.",
        "The bundle manifest's ranges name {site}, not a site id.",
    ),
    "volume.file_not_received": ("archivo aún no recibido", "file not yet received"),
    "volume.other_export": (
        "Este archivo es el volumen {volume} de {volumes} de otra exportación de {place} con "
        "el mismo número ({seq}) que la importada antes; no se importó. Pida a quien lo envió "
        "una exportación nueva.",
        "This file is volume {volume} of {volumes} of another export from {place} with the "
        "same number ({seq}) as the one imported before; it was not imported. Ask the sender "
        "for a new export.",
    ),
    "volume.max_size_range": (
        "El tamaño máximo por archivo debe estar entre {low} KB y {high} MB.",
        "The largest file size must be between {low} KB and {high} MB.",
    ),
    "volume.bad_size": (
        "No se entiende el tamaño {value!r}: escriba por ejemplo 20M o 500K.",
        "Cannot read the size {value!r}: write for example 20M or 500K.",
    ),
    "volume.for_only_regional": (
        "Solo la SISCA prepara paquetes para un país (--for).",
        "Only SISCA makes bundles for one country (--for).",
    ),
    "volume.for_unknown": (
        "{code} no es un país miembro (use BZ CR SV GT HN NI PA DO).",
        "{code} is not a member country (use BZ CR SV GT HN NI PA DO).",
    ),
    "volume.inspect_volume": ("Volumen: {volume} de {volumes}", "Volume: {volume} of {volumes}"),
    "volume.inspect_export": ("Exportación: {export_id}", "Export: {export_id}"),
    "volume.inspect_for": ("Para: {place}", "For: {place}"),
    # --- sync folder ---------------------------------------------------------------------
    "folder.missing": (
        "La carpeta {folder} no existe o no se puede abrir; conecte la memoria USB o elija "
        "otra carpeta.",
        "The folder {folder} does not exist or cannot be opened; plug in the USB stick or "
        "choose another folder.",
    ),
    "folder.none": (
        "Elija primero la carpeta de sincronización.",
        "Choose the sync folder first.",
    ),
    "folder.sent": (
        "Enviado: {count} archivos para los demás.",
        "Sent: {count} files for the others.",
    ),
    "folder.nothing_to_send": (
        "Nada nuevo que enviar.",
        "Nothing new to send.",
    ),
    "folder.received": (
        "Recibido: {imported} archivos importados ({changes} cambios, {conflicts} conflictos).",
        "Received: {imported} files imported ({changes} changes, {conflicts} conflicts).",
    ),
    "folder.nothing_received": (
        "Nada nuevo que recibir.",
        "Nothing new to receive.",
    ),
    "folder.already": (
        "{count} archivos ya importados antes se saltaron.",
        "{count} files imported before were skipped.",
    ),
    "folder.not_for_us": (
        "{count} archivos son para otras instalaciones y se dejaron.",
        "{count} files are for other installs and were left alone.",
    ),
    "folder.refused": (
        "No se importó {name}: {reason}",
        "Not imported {name}: {reason}",
    ),
    "folder.not_bundle": (
        "Se dejó {name}: no es un paquete de cisdesk.",
        "Left alone {name}: it is not a cisdesk bundle.",
    ),
    "folder.copying": (
        "Se dejó {name}: aún se está copiando; se importará en la próxima sincronización.",
        "Left alone {name}: it is still being copied; the next sync will import it.",
    ),
    "folder.temporary": (
        "Se dejó {name}: es un archivo temporal de una copia en curso.",
        "Left alone {name}: it is a temporary file of a copy in progress.",
    ),
    "folder.others": (
        "Se dejaron {count} archivos más que no son paquetes.",
        "{count} more files that are not bundles were left alone.",
    ),
    "folder.all_good": ("Sincronización terminada.", "Sync finished."),
    "folder.with_problems": (
        "Sincronización terminada; {count} archivos no se importaron (vea abajo).",
        "Sync finished; {count} files were not imported (see below).",
    ),
    # --- the Sync page's folder box ---------------------------------------------------------
    "folder.box_title": ("Carpeta de sincronización", "Sync folder"),
    "folder.explain": (
        "Una memoria USB o una carpeta que OneDrive, Google Drive o la red del ministerio "
        "mantiene al día. «Sincronizar» deja allí lo que esta instalación envía y trae lo "
        "nuevo que hay para ella.",
        "A USB stick, or a folder that OneDrive, Google Drive or the ministry's network keeps "
        "in step. “Sync” leaves there what this install sends and brings in what is new for it.",
    ),
    "folder.choose": ("Elegir carpeta…", "Choose folder…"),
    "folder.sync_button": ("Sincronizar", "Sync"),
    "folder.not_chosen": ("Ninguna carpeta elegida.", "No folder chosen."),
    "folder.running": ("Sincronizando…", "Syncing…"),
    "folder.task": ("Sincronizar con la carpeta", "Syncing with the folder"),
}
