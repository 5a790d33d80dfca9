"""Keys, the keyring and trust between installs (``cisdesk/sync/keys.py``, ``keyring.py``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "keys.not_protected": (
        "La clave de esta instalación no está protegida con una frase de paso; no escriba ninguna.",
        "This install's key is not protected by a passphrase.",
    ),
    "keys.passphrase_required": (
        "La clave de esta instalación está protegida: escriba su frase de paso.",
        "This install's key is protected: give its passphrase.",
    ),
    "keys.wrong_passphrase": (
        "La frase de paso de la clave de esta instalación no es correcta; inténtelo de nuevo.",
        "The passphrase for this install's key is wrong.",
    ),
    "keys.not_ed25519_private": (
        "La clave de esta instalación no es una clave Ed25519; la base de datos está dañada.",
        "This install's key is not an Ed25519 key.",
    ),
    "keys.not_ed25519_public": (
        "Eso no es una clave pública Ed25519.",
        "That is not an Ed25519 public key.",
    ),
    "keys.no_signing_key": (
        "Esta base de datos no tiene clave de firma; no la creó 'cisdesk init'. Cree una "
        "instalación con 'cisdesk init'.",
        "This database has no signing key; it was not made by 'cisdesk init'.",
    ),
    "keys.no_private_key": (
        "Esta instalación no tiene clave privada, así que no puede firmar.",
        "This install holds no private key, so it cannot sign.",
    ),
    "keys.private_mismatch": (
        "La clave privada de esta instalación no corresponde a su clave pública; restaure "
        "una copia de seguridad.",
        "This install's private key does not match its public key.",
    ),
    "keys.not_initialised": (
        "Esta base de datos no es una instalación de cisdesk inicializada; cree una con "
        "'cisdesk init'.",
        "This database is not an initialised cisdesk install.",
    ),
    "keys.describe.root": (
        "la clave raíz de la SISCA, instalación {site}",
        "SISCA's root key, install {site}",
    ),
    "keys.describe.country": (
        "la clave de {place}, instalación {site}",
        "the key of {place}, install {site}",
    ),
    "keys.file.empty": (
        "El archivo de clave está vacío; pida el archivo de clave pública de nuevo.",
        "The key file is empty.",
    ),
    "keys.file.too_large": (
        "Ese archivo es demasiado grande para ser un archivo de clave pública de cisdesk.",
        "That file is far too large to be a cisdesk public key file.",
    ),
    "keys.file.bad_json": (
        "{reason} No es un archivo de clave pública de cisdesk.",
        "{reason} It is not a cisdesk public key file.",
    ),
    "keys.file.not_key_file": (
        "Ese archivo no es un archivo de clave pública de cisdesk; elija el archivo .key "
        "exportado desde 'Claves'.",
        "That file is not a cisdesk public key file.",
    ),
    "keys.file.lacks_field": (
        "Al archivo de clave le falta el campo {name}; pida que lo exporten de nuevo.",
        "The key file lacks the field {name}.",
    ),
    "keys.file.unknown_field": (
        "El archivo de clave tiene un campo desconocido {name}; quizás lo hizo un cisdesk "
        "más nuevo: actualice cisdesk.",
        "The key file has an unknown field {name}.",
    ),
    "keys.file.key_id": (
        "El identificador de clave del archivo no son 16 dígitos hexadecimales en minúscula; "
        "pida que lo exporten de nuevo.",
        "The key file's key id is not 16 lowercase hex digits.",
    ),
    "keys.file.public_key_base64": (
        "La clave pública del archivo no es una clave Ed25519 de 32 bytes en base64; pida que "
        "lo exporten de nuevo.",
        "The key file's public key is not a 32-byte Ed25519 key in base64.",
    ),
    "keys.file.public_key_invalid": (
        "La clave pública del archivo no es una clave Ed25519 válida; pida que lo exporten de "
        "nuevo.",
        "The key file's public key is not a valid Ed25519 key.",
    ),
    "keys.file.key_id_mismatch": (
        "El archivo de clave fue alterado: su identificador no corresponde a su clave pública. "
        "Pida el archivo de nuevo.",
        "The key file was altered: its key id does not match its public key.",
    ),
    "keys.file.site_id": (
        "El identificador de sitio del archivo de clave no es un UUID; pida que lo exporten "
        "de nuevo.",
        "The key file's site id is not a UUID.",
    ),
    "keys.file.site_name": (
        "El nombre de sitio del archivo de clave debe ser un texto de 1 a 200 caracteres.",
        "The key file's site name must be text of 1 to 200 characters.",
    ),
    "keys.file.country": (
        "El país del archivo de clave no es un código de país miembro ni REG.",
        "The key file's country is not a member country code or REG.",
    ),
    "keys.file.deployment_id": (
        "El identificador de despliegue del archivo de clave no es un UUID.",
        "The key file's deployment id is not a UUID.",
    ),
    "keys.file.is_root": (
        "El campo is_root del archivo de clave debe ser true o false.",
        "The key file's is_root must be true or false.",
    ),
    "keys.file.root_not_sisca": (
        "El archivo de clave fue alterado: solo la clave de la SISCA es una clave raíz. Pida "
        "el archivo de nuevo.",
        "The key file was altered: only SISCA's key is a root key.",
    ),
    "keys.file.root_no_deployment": (
        "El archivo de clave fue alterado: la clave raíz de la SISCA no nombra ningún "
        "despliegue. Pida el archivo de nuevo.",
        "The key file was altered: SISCA's root key names no deployment.",
    ),
    "keys.only_sisca": (
        "Solo la instalación de la SISCA puede {action}; esta es una instalación de {place}.",
        "Only the SISCA install can {action}; this is an install of {place}.",
    ),
    "keys.action.enrol": ("inscribir claves de sitios", "enrol site keys"),
    "keys.action.revoke": ("revocar claves de sitios", "revoke site keys"),
    "keys.action.sign": ("firmar el llavero", "sign the keyring"),
    "keys.enroll.root_key": (
        "Ese archivo contiene la clave raíz de la SISCA; solo se inscriben las claves de las "
        "instalaciones de los países.",
        "That file holds SISCA's root key; only country installs' keys are enrolled.",
    ),
    "keys.unknown_country": (
        "Código de país desconocido {country}; use uno de {codes}.",
        "Unknown country code {country}; use one of {codes}.",
    ),
    "keys.enroll.wrong_country": (
        "Ese archivo de clave viene de una instalación de {place}, no de {expected}; revise el "
        "archivo y el país.",
        "That key file comes from an install of {place}, not {expected}; check the file and "
        "the country.",
    ),
    "keys.enroll.other_deployment": (
        "Ese archivo de clave viene de una instalación de otro despliegue (confía en otra "
        "clave raíz de la SISCA). Pida a esa instalación que confíe en la clave raíz de esta "
        "SISCA.",
        "That key file comes from an install of another deployment (it trusts another SISCA "
        "root key).",
    ),
    "keys.enroll.own_key": (
        "Ese archivo de clave contiene la clave propia de esta instalación; elija el archivo "
        "del país.",
        "That key file holds this install's own key.",
    ),
    "keys.enroll.revoked": (
        "La clave {key_id} fue revocada; una clave revocada no se puede inscribir de nuevo. "
        "Pida al país que cree una clave nueva.",
        "The key {key_id} was revoked; a revoked key cannot be enrolled again.",
    ),
    "keys.enroll.other_site": (
        "La clave {key_id} ya está inscrita para otro sitio de {place}.",
        "The key {key_id} is already enrolled for another site of {place}.",
    ),
    "keys.enroll.site_taken": (
        "Otra clave ({key_id}) ya está inscrita para el sitio {site} de {place}; revóquela "
        "antes de inscribir esta.",
        "Another key ({key_id}) is already enrolled for the site {site} of {place}.",
    ),
    "keys.revoke.negative": (
        "El número de paquete tras el cual se revoca una clave no puede ser negativo.",
        "The bundle number after which a key is revoked cannot be negative.",
    ),
    "keys.revoke.unknown": (
        "No hay ninguna clave {key_id} inscrita; 'cisdesk keys list' las muestra.",
        "No key {key_id} is enrolled; 'cisdesk keys list' shows them.",
    ),
    "keys.revoke.root": (
        "La clave raíz de la SISCA no se puede revocar.",
        "SISCA's root key cannot be revoked.",
    ),
    "keys.revoke.only_earlier": (
        "La clave {key_id} ya está revocada después del paquete {seq}; una revocación solo "
        "puede adelantarse.",
        "The key {key_id} is already revoked after bundle {seq}; a revocation can only move "
        "earlier.",
    ),
    "keys.sign.not_root": (
        "El llavero solo se puede firmar con la clave raíz de esta instalación.",
        "The keyring can only be signed with this install's root key.",
    ),
    "keys.keyring.not_base64": (
        "El llavero del paquete no es texto base64; pida que exporten el paquete de nuevo.",
        "The bundle's keyring is not base64 text.",
    ),
    "keys.root_not_trusted": (
        "Esta instalación aún no confía en la clave raíz de la SISCA; confíe en ella (Claves › "
        "Confiar, o 'cisdesk keys trust') antes de importar un paquete regional.",
        "This install does not trust SISCA's root key yet; trust it with 'cisdesk keys trust' "
        "before importing a regional bundle.",
    ),
    "keys.keyring.not_document": (
        "El llavero no es un documento de llavero de cisdesk.",
        "The keyring is not a cisdesk keyring document.",
    ),
    "keys.keyring.version": (
        "La versión del llavero debe ser un número entero desde 1.",
        "The keyring's version must be a whole number from 1.",
    ),
    "keys.keyring.entries_list": (
        "Las entradas del llavero deben ser una lista.",
        "The keyring's entries must be a list.",
    ),
    "keys.keyring.entries_sorted": (
        "Las entradas del llavero deben estar ordenadas por identificador de clave, sin "
        "repeticiones.",
        "The keyring's entries must be sorted by key id without repeats.",
    ),
    "keys.keyring.entry_fields": (
        "Una entrada del llavero no tiene los campos esperados.",
        "A keyring entry does not have the expected fields.",
    ),
    "keys.keyring.entry_key_id": (
        "El identificador de clave de una entrada del llavero no corresponde a su clave pública.",
        "A keyring entry's key id does not match its public key.",
    ),
    "keys.keyring.entry_country": (
        "Una entrada del llavero nombra un país desconocido.",
        "A keyring entry names an unknown country.",
    ),
    "keys.keyring.entry_site_id": (
        "El identificador de sitio de una entrada del llavero no es un UUID.",
        "A keyring entry's site id is not a UUID.",
    ),
    "keys.keyring.entry_site_name": (
        "El nombre de sitio de una entrada del llavero no es texto.",
        "A keyring entry's site name is not text.",
    ),
    "keys.keyring.entry_revocation": (
        "La revocación de una entrada del llavero no es un número de paquete.",
        "A keyring entry's revocation is not a bundle number.",
    ),
    "keys.keyring.too_large": (
        "El llavero es demasiado grande para ser un llavero de cisdesk.",
        "The keyring is too large to be a cisdesk keyring.",
    ),
    "keys.keyring.signature_length": (
        "La firma del llavero tiene una longitud incorrecta.",
        "The keyring's signature has the wrong length.",
    ),
    "keys.keyring.bad_signature": (
        "El llavero no está firmado por la clave raíz de la SISCA en la que esta instalación "
        "confía ({key_id}); el paquete fue alterado o viene de otra SISCA.",
        "The keyring is not signed by the SISCA root key this install trusts ({key_id}).",
    ),
    "keys.keyring.other_root": (
        "El llavero nombra otra clave raíz que la que esta instalación confía.",
        "The keyring names another root key than the one this install trusts.",
    ),
    "keys.keyring.other_deployment": (
        "El llavero pertenece a otro despliegue.",
        "The keyring belongs to another deployment.",
    ),
    "keys.keyring.rollback": (
        "El llavero de este paquete (versión {version}) es más antiguo que el que se tiene "
        "(versión {held}); se rechaza volver a un llavero anterior. Importe un paquete más "
        "reciente de la SISCA.",
        "The keyring in this bundle (version {version}) is older than the one held (version "
        "{held}); a keyring rollback is refused.",
    ),
    "keys.trust.sisca": (
        "Una instalación de la SISCA tiene ella misma la clave raíz; no confía en ninguna otra.",
        "A SISCA install holds the root key itself; it trusts no other root.",
    ),
    "keys.trust.not_root": (
        "Ese archivo no es la clave raíz de la SISCA: es {key}; pida a la SISCA su archivo de "
        "clave pública.",
        "That file is not SISCA's root key: it is {key}; ask SISCA for its public key file.",
    ),
    "keys.trust.other_root": (
        "Esta instalación ya confía en la clave raíz de la SISCA {key_id}; otra raíz no puede "
        "reemplazarla.",
        "This install already trusts the SISCA root key {key_id}; a different root cannot "
        "replace it.",
    ),
    "keys.trust.other_deployment": (
        "Esta instalación ya pertenece a otro despliegue.",
        "This install already belongs to another deployment.",
    ),
    "keys.signer.unnamed": (
        "El manifiesto del paquete no dice quién lo firmó; pida que lo exporten de nuevo.",
        "The bundle manifest does not say who signed it.",
    ),
    "keys.signer.seq": (
        "El seq del manifiesto del paquete no es un número.",
        "The bundle manifest's seq is not a number.",
    ),
    "keys.signer.other_deployment": (
        "Este paquete viene de otro despliegue (se firmó bajo otra clave raíz de la SISCA); "
        "no se importó nada.",
        "This bundle comes from another deployment (it was signed under another SISCA root key).",
    ),
    "keys.signer.other_country": (
        "La clave {key_id} está inscrita para {place}, no para {where}.",
        "The key {key_id} is enrolled for {place}, not {where}.",
    ),
    "keys.signer.unknown": (
        "La clave {key_id} no está inscrita para {where}: la SISCA aún no inscribió la clave "
        "de esa instalación. Pida a la SISCA que inscriba la clave de esa instalación y vuelva "
        "a importar el paquete.",
        "The key {key_id} is not enrolled for {where}.",
    ),
    "keys.signer.other_site": (
        "La clave {key_id} está inscrita para otro sitio de {place} ({site}).",
        "The key {key_id} is enrolled for another site of {place} ({site}).",
    ),
    "keys.signer.revoked": (
        "La clave {key_id} de {place} fue revocada; pida a ese país que cree una clave nueva "
        "y que la SISCA la inscriba.",
        "The key {key_id} of {place} was revoked.",
    ),
    "keys.signer.revoked_after": (
        "La clave {key_id} de {place} fue revocada después del paquete {after}; este es el "
        "paquete {seq}.",
        "The key {key_id} of {place} was revoked after bundle {after}; this is bundle {seq}.",
    ),
    "keys.signer.not_own_root": (
        "Este paquete regional está firmado por la clave {key_id}, no por la clave raíz de "
        "esta instalación de la SISCA ({root}).",
        "This regional bundle is signed by the key {key_id}, not by this SISCA install's root "
        "key ({root}).",
    ),
    "keys.signer.not_trusted_root": (
        "Este paquete regional está firmado por la clave {key_id}, no por la clave raíz de la "
        "SISCA en la que esta instalación confía ({root}).",
        "This regional bundle is signed by the key {key_id}, not by the SISCA root key this "
        "install trusts ({root}).",
    ),
}
