<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to cisdesk</source>
        <translation>Le damos la bienvenida a cisdesk</translation>
    </message>
    <message>
        <source>cisdesk keeps the record of the CIS specialised committees&apos; work. Choose how to start.</source>
        <translation>cisdesk lleva el registro del trabajo de los comités especializados del CIS. Elija cómo empezar.</translation>
    </message>
    <message>
        <source>Create a new install on this computer</source>
        <translation>Crear una instalación nueva en esta computadora</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>Abrir una base de datos existente</translation>
    </message>
    <message>
        <source>Create a demo database to explore</source>
        <translation>Crear una base de datos de demostración para explorar</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>When a field was changed on two installs at the same time, every install keeps the later change and lists the other here. Choose which value should stay; choosing the other value records it as a new change of this install.</source>
        <extracomment>The number of open conflicts after a refresh (the page shows it on the tab).</extracomment>
        <translation>Cuando un campo se cambió en dos instalaciones al mismo tiempo, todas conservan el cambio más reciente y muestran el otro aquí. Elija qué valor debe quedar; elegir el otro valor lo registra como un cambio nuevo de esta instalación.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Conservar este valor</translation>
    </message>
    <message>
        <source>Use this value instead</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <source>Kept value, by %1 at %2</source>
        <translation>Valor conservado, de %1 el %2</translation>
    </message>
    <message>
        <source>Other value, by %1 at %2</source>
        <translation>Otro valor, de %1 el %2</translation>
    </message>
    <message>
        <source>Only an install of %1 may change this record; it can choose the other value.</source>
        <translation>Solo una instalación de %1 puede cambiar este registro; ella puede elegir el otro valor.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>New install</source>
        <translation>Instalación nueva</translation>
    </message>
    <message>
        <source>Each laptop is an install of a country (or of SISCA) with its own signing key.</source>
        <translation>Cada computadora es una instalación de un país (o de la SISCA) con su propia clave de firma.</translation>
    </message>
    <message>
        <source>e.g. Ministerio de Desarrollo Social</source>
        <translation>p. ej. Ministerio de Desarrollo Social</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Nombre de la sede:</translation>
    </message>
    <message>
        <source>Key passphrase (optional):</source>
        <translation>Frase de contraseña de la clave (opcional):</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Repita la frase de contraseña:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Archivo de la base de datos:</translation>
    </message>
    <message>
        <source>With a passphrase the private key is stored encrypted, and cisdesk asks for it when signing a bundle. Without one, anyone with the file can sign.</source>
        <translation>Con una frase de contraseña, la clave privada se guarda cifrada y cisdesk la pide al firmar un paquete. Sin ella, cualquiera que tenga el archivo puede firmar.</translation>
    </message>
    <message>
        <source>Choose the country of this install.</source>
        <translation>Elija el país de esta instalación.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo database</source>
        <translation>Base de datos de demostración</translation>
    </message>
    <message>
        <source>A new install filled with realistic generated activity, to explore cisdesk without touching real data.</source>
        <translation>Una instalación nueva con actividad generada realista, para explorar cisdesk sin tocar datos reales.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Archivo de la base de datos:</translation>
    </message>
    <message>
        <source>Choose the country of this install.</source>
        <translation>Elija el país de esta instalación.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation>Guardar clave pública…</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Guardar la clave pública</translation>
    </message>
    <message>
        <source>cisdesk public keys (*.pub)</source>
        <translation>Claves públicas de cisdesk (*.pub)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
    <message>
        <source>The database %1 is ready.</source>
        <translation>La base de datos %1 está lista.</translation>
    </message>
    <message>
        <source>Key %1
Fingerprint: %2</source>
        <translation>Clave %1
Huella digital: %2</translation>
    </message>
    <message>
        <source>This is SISCA&apos;s root key. Save the public key and send it to every country; they compare this fingerprint by phone before they trust it.</source>
        <translation>Esta es la clave raíz de la SISCA. Guarde la clave pública y envíela a cada país; la huella se compara por teléfono antes de confiar en ella.</translation>
    </message>
    <message>
        <source>Then enrol each country&apos;s key (Sync page, Keys tab) after comparing its fingerprint by phone.</source>
        <translation>Después inscriba la clave de cada país (Sincronización, pestaña Claves) tras comparar su huella por teléfono.</translation>
    </message>
    <message>
        <source>Save this install&apos;s public key and send it to SISCA; read them this fingerprint by phone so they can enrol it. Until then SISCA will not accept its bundles.</source>
        <translation>Guarde la clave pública de esta instalación y envíela a la SISCA; léales esta huella por teléfono para que la inscriban. Hasta entonces la SISCA no aceptará sus paquetes.</translation>
    </message>
    <message>
        <source>SISCA sends you its own public key: trust it on the Sync page (Keys tab, “Trust SISCA&apos;s root key…”) after comparing its fingerprint by phone. Until then this install cannot import SISCA&apos;s bundles.</source>
        <translation>La SISCA le envía su propia clave pública: confíe en ella en Sincronización (pestaña Claves, «Confiar en la clave raíz de la SISCA…») tras comparar su huella por teléfono. Hasta entonces esta instalación no puede importar los paquetes de la SISCA.</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Export</source>
        <extracomment>An import started: the page brings this tab to the front. Outcomes of the last import (what the person saw), and the last export.</extracomment>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>The regional bundle carries what the countries do not hold yet, and the keyring, signed with SISCA&apos;s root key; a large one is split into files of at most 20 MB. Send them to every country.</source>
        <translation>El paquete regional lleva lo que los países aún no tienen y el llavero, firmados con la clave raíz de la SISCA; si es grande, se divide en archivos de 20 MB como máximo. Envíelos a todos los países.</translation>
    </message>
    <message>
        <source>The bundle carries every change to this country&apos;s records that SISCA has not acknowledged yet, whichever laptop made it, signed with this install&apos;s key; a large one is split into files of at most 20 MB. Send them to SISCA by e-mail or USB stick.</source>
        <translation>El paquete lleva todos los cambios a los registros de este país que la SISCA aún no ha confirmado, de cualquier computadora del país, firmados con la clave de esta instalación; si es grande, se divide en archivos de 20 MB como máximo. Envíelos a la SISCA por correo electrónico o memoria USB.</translation>
    </message>
    <message>
        <source>Export a bundle…</source>
        <translation>Exportar un paquete…</translation>
    </message>
    <message>
        <source>Everything, not only what SISCA has not acknowledged</source>
        <translation>Todo, no solo lo que la SISCA no ha confirmado</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Choose bundle files (.cisb) or drop them on the window. Each file is checked completely and imported whole or not at all.</source>
        <translation>Elija archivos de paquete (.cisb) o arrástrelos a la ventana. Cada archivo se revisa por completo y se importa entero o no se importa.</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importar paquetes…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>cisdesk bundles (*.cisb)</source>
        <translation>Paquetes de cisdesk (*.cisb)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>Exportando un paquete</translation>
    </message>
    <message>
        <source>Saved bundle %1 to %2: %3 field changes in %4 records, %5 evidence files.</source>
        <translation>Se guardó el paquete %1 en %2: %3 cambios de campos en %4 registros, %5 archivos de evidencia.</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>cisdesk bundles (*.cisb);;All files (*)</source>
        <translation>Paquetes de cisdesk (*.cisb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>An import is already running; drop the files again when it ends.</source>
        <translation>Ya hay una importación en curso; vuelva a arrastrar los archivos cuando termine.</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Importando paquetes</translation>
    </message>
    <message>
        <source>Bundles not imported</source>
        <translation>Paquetes no importados</translation>
    </message>
</context>
<context>
    <name>FirstStepsBox</name>
    <message>
        <source>First steps</source>
        <extracomment>A step asks for a page (&quot;sync/keys&quot;, &quot;progress&quot;, ...).</extracomment>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Save public key…</source>
        <translation>Guardar clave pública…</translation>
    </message>
    <message>
        <source>Open Keys</source>
        <translation>Abrir Claves</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <source>Record a meeting</source>
        <translation>Registrar reunión</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save SISCA&apos;s public key and send it to every country.</source>
        <translation>Guardar la clave pública de la SISCA y enviarla a cada país.</translation>
    </message>
    <message>
        <source>Enrol a country&apos;s key, after comparing its fingerprint by phone.</source>
        <translation>Inscribir la clave de un país, tras comparar su huella por teléfono.</translation>
    </message>
    <message>
        <source>Record a meeting or an agreement of the region.</source>
        <translation>Registrar una reunión o un acuerdo de la región.</translation>
    </message>
    <message>
        <source>Export the regional bundle for the countries.</source>
        <translation>Exportar el paquete regional para los países.</translation>
    </message>
    <message>
        <source>Save this install&apos;s public key and send it to SISCA.</source>
        <translation>Guardar la clave pública de esta instalación y enviarla a la SISCA.</translation>
    </message>
    <message>
        <source>Trust SISCA&apos;s key, after comparing its fingerprint by phone.</source>
        <translation>Confiar en la clave de la SISCA, tras comparar su huella por teléfono.</translation>
    </message>
    <message>
        <source>Record the first progress report or meeting.</source>
        <translation>Registrar el primer avance o la primera reunión.</translation>
    </message>
    <message>
        <source>Export for SISCA and send the bundle.</source>
        <translation>Exportar para la SISCA y enviar el paquete.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>cisdesk user guide</source>
        <translation>Guía de uso de cisdesk</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Reason or warnings</source>
        <translation>Motivo o advertencias</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Bundles offered for import, newest first:</source>
        <translation>Paquetes presentados para importar, del más reciente al más antiguo:</translation>
    </message>
    <message>
        <source>Bundles exported from this install:</source>
        <translation>Paquetes exportados desde esta instalación:</translation>
    </message>
    <message>
        <source>%1: bundles %2 to %3 never arrived.</source>
        <translation>%1: los paquetes %2 a %3 nunca llegaron.</translation>
    </message>
    <message>
        <source>Missing bundles:</source>
        <translation>Paquetes faltantes:</translation>
    </message>
    <message>
        <source>No bundle is missing from any site.</source>
        <translation>No falta ningún paquete de ninguna sede.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Semester:</source>
        <extracomment>What the background work hands back: the figures, the parts redone, conflicts, first steps. How many rows of a table its columns are fitted to (Qt&apos;s default: 1,000). Asks the window to show another page, by key (&quot;sync&quot;, ...). What changed since the figures shown were computed (None: nothing known). The parts redrawn by the last update (for tests and the status line). Conflicts waiting for a person, named as people know their rows.</extracomment>
        <translation>Semestre:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Go to Sync</source>
        <translation>Ir a Sincronización</translation>
    </message>
    <message>
        <source>Review them on the Sync page</source>
        <translation>Revisarlos en Sincronización</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>Beside each committee: its average progress. At the end of each bar: how many of its results the bar counts. The colours split them by status.</source>
        <translation>Junto a cada comité: su avance medio. Al final de cada barra: cuántos resultados cuenta la barra. Los colores los reparten por estado.</translation>
    </message>
    <message>
        <source>Progress by committee</source>
        <translation>Avance por comité</translation>
    </message>
    <message>
        <source>Progress by priority nucleus</source>
        <translation>Avance por núcleo prioritario</translation>
    </message>
    <message>
        <source>Latest status by country and result</source>
        <translation>Último estado por país y resultado</translation>
    </message>
    <message>
        <source>Results starting this semester</source>
        <translation>Resultados que inician este semestre</translation>
    </message>
    <message>
        <source>Overdue agreements</source>
        <translation>Acuerdos vencidos</translation>
    </message>
    <message>
        <source>Meetings this semester</source>
        <translation>Reuniones de este semestre</translation>
    </message>
    <message>
        <source>Not yet exported</source>
        <translation>Aún sin exportar</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>The cached figures drawn while the record opened, until the record&apos;s are drawn.</extracomment>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Updating the dashboard</source>
        <translation>Actualizando el panel</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>No se pudo calcular el panel: %1</translation>
    </message>
    <message>
        <source>SISCA — the region</source>
        <translation>SISCA — la región</translation>
    </message>
    <message>
        <source>PPT: %1</source>
        <translation>PPT: %1</translation>
    </message>
    <message>
        <source>Field changes made here and not exported yet: %1.</source>
        <translation>Cambios de campos hechos aquí y aún sin exportar: %1.</translation>
    </message>
    <message>
        <source>Everything made here has been exported.</source>
        <translation>Todo lo registrado aquí ya fue exportado.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Guardar la clave pública</translation>
    </message>
    <message>
        <source>cisdesk public keys (*.pub)</source>
        <translation>Claves públicas de cisdesk (*.pub)</translation>
    </message>
    <message>
        <source>Conflicts to review (%1)</source>
        <translation>Conflictos por revisar (%1)</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>progress reports</source>
        <translation>reportes de avance</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencias</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>acuerdos</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>seguimientos</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>propuestas</translation>
    </message>
    <message>
        <source>delegates</source>
        <translation>delegados</translation>
    </message>
    <message>
        <source>capacity building</source>
        <translation>formación</translation>
    </message>
    <message>
        <source>strategies</source>
        <translation>estrategias</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>hitos</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>PPT calendar</source>
        <translation>calendario de la PPT</translation>
    </message>
    <message>
        <source>Average progress: %1 %</source>
        <translation>Avance promedio: %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 de %2 completados</translation>
    </message>
    <message>
        <source>completed in %1 of %2 countries</source>
        <translation>completado en %1 de %2 países</translation>
    </message>
    <message>
        <source>Results starting in %1 (%2)</source>
        <translation>Resultados que inician en %1 (%2)</translation>
    </message>
    <message>
        <source>Overdue agreements (%1)</source>
        <translation>Acuerdos vencidos (%1)</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>Reunión conjunta</translation>
    </message>
    <message>
        <source>Committee session</source>
        <translation>Sesión de comité</translation>
    </message>
    <message>
        <source>Urgent consultation</source>
        <translation>Consulta urgente</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <source>Meetings in %1 (%2)</source>
        <translation>Reuniones en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Save this install&apos;s public key…</source>
        <translation>Guardar la clave pública de esta instalación…</translation>
    </message>
    <message>
        <source>This install&apos;s key</source>
        <translation>Clave de esta instalación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Identificador de la clave</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Keyring: keys allowed to sign bundles</source>
        <translation>Llavero: claves autorizadas para firmar paquetes</translation>
    </message>
    <message>
        <source>Enrol a country&apos;s key…</source>
        <translation>Inscribir la clave de un país…</translation>
    </message>
    <message>
        <source>Revoke the selected key…</source>
        <translation>Revocar la clave seleccionada…</translation>
    </message>
    <message>
        <source>Trust SISCA&apos;s root key…</source>
        <translation>Confiar en la clave raíz de la SISCA…</translation>
    </message>
    <message>
        <source>Key %1
Fingerprint: %2
Protected by a passphrase: %3</source>
        <translation>Clave %1
Huella digital: %2
Protegida con frase de contraseña: %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>SISCA&apos;s root key is not trusted yet: regional bundles cannot be imported.</source>
        <translation>Aún no se confía en la clave raíz de la SISCA: no se pueden importar paquetes regionales.</translation>
    </message>
    <message>
        <source>Trusted SISCA root key: %1 (%2)</source>
        <translation>Clave raíz de la SISCA de confianza: %1 (%2)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>revoked after bundle %1</source>
        <translation>revocada después del paquete %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>cisdesk public keys (*.pub)</source>
        <translation>Claves públicas de cisdesk (*.pub)</translation>
    </message>
    <message>
        <source>Enrol a country&apos;s key</source>
        <translation>Inscribir la clave de un país</translation>
    </message>
    <message>
        <source>Enrol the key of %1, install “%2”?

Fingerprint:
%3

Read it aloud with the person at that install by phone. Did it match, group by group?</source>
        <translation>¿Inscribir la clave de %1, instalación «%2»?

Huella digital:
%3

Léala en voz alta por teléfono con la persona de esa instalación. ¿Coincidió, grupo por grupo?</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Compare la huella digital</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Revocar una clave</translation>
    </message>
    <message>
        <source>Select the key to revoke first.</source>
        <translation>Primero seleccione la clave que desea revocar.</translation>
    </message>
    <message>
        <source>Accept this key&apos;s bundles up to number (0 refuses all of them, for a stolen laptop):</source>
        <translation>Aceptar los paquetes de esta clave hasta el número (0 los rechaza todos, para una computadora robada):</translation>
    </message>
    <message>
        <source>Trust SISCA&apos;s root key</source>
        <translation>Confiar en la clave raíz de la SISCA</translation>
    </message>
    <message>
        <source>Trust this SISCA root key?

Fingerprint:
%1

Compare it with SISCA by phone, group by group. Did it match?</source>
        <translation>¿Confiar en esta clave raíz de la SISCA?

Huella digital:
%1

Compárela con la SISCA por teléfono, grupo por grupo. ¿Coincidió?</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Guardar la clave pública</translation>
    </message>
    <message>
        <source>Public key saved</source>
        <translation>Clave pública guardada</translation>
    </message>
    <message>
        <source>Saved to %1. Send it to SISCA and compare the fingerprint by phone.</source>
        <translation>Se guardó en %1. Envíela a la SISCA y compare la huella digital por teléfono.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This page could not be opened: %1</source>
        <extracomment>Object name of the label shown in place of a page that failed to build. Object name of the message the frame shows while its record is being opened. The size the first window asks for: the usual ministry laptop&apos;s whole screen. The person asked for another database (path), a new install, or a restore. Emitted once, when the frame has painted its &quot;Opening the record…&quot; message. The database the frame is opening, named in its title until the record is attached. Home filled from its cached figures while the record opens (phase one), if shown. The widget whose first paint is the frame&apos;s (``frame_painted``).</extracomment>
        <translation>No se pudo abrir esta página: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>These pages have changes that are not saved: %1. Discard them?</source>
        <translation>Estas páginas tienen cambios sin guardar: %1. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New install…</source>
        <translation>&amp;Instalación nueva…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia de respaldo</translation>
    </message>
    <message>
        <source>R&amp;estore a backup…</source>
        <translation>R&amp;establecer una copia de respaldo…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;About cisdesk</source>
        <translation>A&amp;cerca de cisdesk</translation>
    </message>
    <message>
        <source>SISCA</source>
        <translation>SISCA</translation>
    </message>
    <message>
        <source>Open a cisdesk database</source>
        <translation>Abrir una base de datos de cisdesk</translation>
    </message>
    <message>
        <source>cisdesk databases (*.db);;All files (*)</source>
        <translation>Bases de datos de cisdesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de respaldo</translation>
    </message>
    <message>
        <source>A copy of the database was saved as %1.</source>
        <translation>Se guardó una copia de la base de datos como %1.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia de respaldo que desea restablecer</translation>
    </message>
    <message>
        <source>cisdesk databases (*.db)</source>
        <translation>Bases de datos de cisdesk (*.db)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restablecer una copia de respaldo</translation>
    </message>
    <message>
        <source>The database will be replaced by %1 (a copy of the current one is kept in the backups folder). Continue?</source>
        <translation>La base de datos será reemplazada por %1 (se guarda una copia de la actual en la carpeta de respaldos). ¿Continuar?</translation>
    </message>
    <message>
        <source>Switch the language when the running import, export or report ends.</source>
        <translation>Cambie el idioma cuando termine la importación, exportación o informe en curso.</translation>
    </message>
    <message>
        <source>SISCA (regional)</source>
        <translation>SISCA (regional)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cisdesk %1&lt;/h3&gt;&lt;p&gt;Record of the CIS specialised committees&apos; work under the Regional Action Plan on Poverty and Social Protection.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cisdesk %1&lt;/h3&gt;&lt;p&gt;Registro del trabajo de los comités especializados del CIS en el marco del Plan de Acción Regional sobre Pobreza y Protección Social.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Install: %1 · %2</source>
        <translation>Instalación: %1 · %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Key id and fingerprint:</source>
        <translation>Identificador y huella digital de la clave:</translation>
    </message>
    <message>
        <source>About cisdesk</source>
        <translation>Acerca de cisdesk</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>An import, export or report is still running. Wait for it to finish?</source>
        <translation>Todavía se está ejecutando una importación, exportación o informe. ¿Esperar a que termine?</translation>
    </message>
</context>
<context>
    <name>OpenPage</name>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Choose a cisdesk database file made on this computer or copied.</source>
        <translation>Elija un archivo de base de datos de cisdesk creado en esta computadora o copiado.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Archivo de la base de datos:</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avances</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>PlanDetail</name>
    <message>
        <source>Choose an element of the plan to see its details.</source>
        <translation>Elija un elemento del plan para ver sus detalles.</translation>
    </message>
    <message>
        <source>This element no longer exists.</source>
        <translation>Este elemento ya no existe.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Period from (YYYY-MM)</source>
        <translation>Período desde (AAAA-MM)</translation>
    </message>
    <message>
        <source>Period to (YYYY-MM)</source>
        <translation>Período hasta (AAAA-MM)</translation>
    </message>
    <message>
        <source>Period as written</source>
        <translation>Período tal como se redactó</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Priority nuclei (e.g. 1,5)</source>
        <translation>Núcleos prioritarios (p. ej. 1,5)</translation>
    </message>
    <message>
        <source>Specific objectives (e.g. 1,4)</source>
        <translation>Objetivos específicos (p. ej. 1,4)</translation>
    </message>
    <message>
        <source>Start semester (e.g. 2018-II)</source>
        <translation>Semestre de inicio (p. ej. 2018-II)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Record validation by the CT-CIS</source>
        <translation>Registrar la validación por los CT-CIS</translation>
    </message>
    <message>
        <source>Record approval by the CIS</source>
        <translation>Registrar la aprobación por el CIS</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>Editar el plan</translation>
    </message>
    <message>
        <source>Change the strategy&apos;s status</source>
        <translation>Cambiar el estado de la estrategia</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>The plan is maintained by SISCA; this install holds it read-only.</source>
        <translation>La SISCA mantiene el plan; esta instalación lo tiene solo para consulta.</translation>
    </message>
    <message>
        <source>Strategies and milestones</source>
        <translation>Estrategias e hitos</translation>
    </message>
    <message>
        <source>PPT calendar</source>
        <translation>Calendario de la PPT</translation>
    </message>
    <message>
        <source>nucleus %1</source>
        <translation>núcleo %1</translation>
    </message>
    <message>
        <source>nuclei %1</source>
        <translation>núcleos %1</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Strategy %1</source>
        <translation>Estrategia %1</translation>
    </message>
    <message>
        <source>Thematic combos</source>
        <translation>Combos temáticos</translation>
    </message>
    <message>
        <source>Combo %1. %2</source>
        <translation>Combo temático %1. %2</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Milestone %1. %2</source>
        <translation>Hito %1. %2</translation>
    </message>
    <message>
        <source>Result %1.%2 %3</source>
        <translation>Resultado %1.%2 %3</translation>
    </message>
</context>
<context>
    <name>PptCalendar</name>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>PPT</source>
        <translation>PPT</translation>
    </message>
    <message>
        <source>The pro tempore presidency rotates every semester; the committees are led by the delegates of the country holding it.</source>
        <translation>La Presidencia Pro Tempore rota cada semestre; los comités son liderados por los delegados del país que la ejerce.</translation>
    </message>
    <message>
        <source>Add the next semester</source>
        <translation>Agregar el semestre siguiente</translation>
    </message>
    <message>
        <source>Change the PPT</source>
        <translation>Cambiar la PPT</translation>
    </message>
    <message>
        <source>Add a semester to the PPT calendar</source>
        <translation>Agregar un semestre al calendario de la PPT</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved as soon as it is made. Please send SISCA support the details below (Show Details…), and the log file %1 if you can.</source>
        <translation>Algo salió mal. Sus datos están a salvo: cada cambio se guarda en cuanto se hace. Envíe al soporte de la SISCA los detalles de abajo (Mostrar detalles…) y, si puede, el archivo de registro %1.</translation>
    </message>
    <message>
        <source>cisdesk</source>
        <translation>cisdesk</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please send the details below to SISCA support.</source>
        <translation>Algo salió mal. No se perdió nada; envíe los detalles de abajo al soporte de la SISCA.</translation>
    </message>
    <message>
        <source>The passphrase was wrong. Type the passphrase of this install&apos;s key:</source>
        <translation>La frase de contraseña no es correcta. Escriba la frase de contraseña de la clave de esta instalación:</translation>
    </message>
    <message>
        <source>This install&apos;s key is protected. Type its passphrase to sign:</source>
        <translation>La clave de esta instalación está protegida. Escriba su frase de contraseña para firmar:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>RecordStatusBar</name>
    <message>
        <source>SISCA (regional)</source>
        <translation>SISCA (regional)</translation>
    </message>
    <message>
        <source>Changes not exported: %1</source>
        <translation>Cambios sin exportar: %1</translation>
    </message>
    <message>
        <source>All changes exported</source>
        <translation>Todos los cambios exportados</translation>
    </message>
    <message>
        <source>Last export: %1 · Last import: %2</source>
        <translation>Última exportación: %1 · Última importación: %2</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is earlier than changes already recorded; check the date.</source>
        <translation>El reloj de la computadora marca una hora anterior a cambios ya registrados; revise la fecha.</translation>
    </message>
    <message>
        <source>The computer&apos;s date is wrong (before 2018); correct it before editing.</source>
        <translation>La fecha de la computadora es incorrecta (anterior a 2018); corríjala antes de editar.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>PDF reports are not available in this version.</source>
        <extracomment>Year spin box value meaning &quot;every year&quot;. The last file written or imported, and what the core said about it.</extracomment>
        <translation>Los informes en PDF no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Excel workbooks are not available in this version.</source>
        <translation>Los libros de Excel no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Informe en PDF</translation>
    </message>
    <message>
        <source>Annual report on the committees&apos; work</source>
        <translation>Informe anual del trabajo de los comités</translation>
    </message>
    <message>
        <source>Country summary</source>
        <translation>Resumen por país</translation>
    </message>
    <message>
        <source>Committee summary</source>
        <translation>Resumen por comité</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>todos los años</translation>
    </message>
    <message>
        <source>Write the PDF…</source>
        <translation>Generar el PDF…</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Committee:</source>
        <translation>Comité:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export the whole record to Excel…</source>
        <translation>Exportar todo el registro a Excel…</translation>
    </message>
    <message>
        <source>Write a progress template…</source>
        <translation>Generar una plantilla de avances…</translation>
    </message>
    <message>
        <source>for</source>
        <translation>para</translation>
    </message>
    <message>
        <source>Import a filled template…</source>
        <translation>Importar una plantilla llenada…</translation>
    </message>
    <message>
        <source>A template is checked whole before anything is recorded; every problem names its sheet, row and column.</source>
        <translation>La plantilla se revisa completa antes de registrar nada; cada problema indica su hoja, fila y columna.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Template not imported</source>
        <translation>Plantilla no importada</translation>
    </message>
    <message>
        <source>Write the PDF report</source>
        <translation>Generar el informe en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 pages).</source>
        <translation>Se generó %1 (%2, %3 páginas).</translation>
    </message>
    <message>
        <source>Writing the PDF report</source>
        <translation>Generando el informe en PDF</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows in %3 sheets.</source>
        <translation>Se generó %1: %2 filas en %3 hojas.</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Exportando a Excel</translation>
    </message>
    <message>
        <source>Write a progress template</source>
        <translation>Generar una plantilla de avances</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows for %3.</source>
        <translation>Se generó %1: %2 filas para %3.</translation>
    </message>
    <message>
        <source>Writing the template</source>
        <translation>Generando la plantilla</translation>
    </message>
    <message>
        <source>Import a filled template</source>
        <translation>Importar una plantilla llenada</translation>
    </message>
    <message>
        <source>%1: %2 progress reports created, %3 updated.</source>
        <translation>%1: %2 reportes de avance creados, %3 actualizados.</translation>
    </message>
    <message>
        <source>%1: nothing changed.</source>
        <translation>%1: no cambió nada.</translation>
    </message>
    <message>
        <source>Importing the template</source>
        <translation>Importando la plantilla</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>cisdesk — first steps</source>
        <translation>cisdesk — primeros pasos</translation>
    </message>
    <message>
        <source>Choose where to save the database.</source>
        <translation>Elija dónde guardar la base de datos.</translation>
    </message>
    <message>
        <source>Choose the database file to open.</source>
        <translation>Elija el archivo de base de datos que desea abrir.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opening the record…</source>
        <extracomment>How often the clock check runs again while the window stays open (ms).</extracomment>
        <translation>Abriendo el registro…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Export and import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>Widest a column of these tables grows to fit its content (a fingerprint fits whole).</extracomment>
        <translation>importado</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>ya importado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted with the number of running tasks when it changes.</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>cisdesk databases (*.db);;All files (*)</source>
        <translation>Bases de datos de cisdesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Base de datos nueva</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
</context>
<context>
    <name>_WhoFields</name>
    <message>
        <source>A country install (ministry staff)</source>
        <translation>Una instalación de país (personal del ministerio)</translation>
    </message>
    <message>
        <source>The SISCA install (regional secretariat)</source>
        <translation>La instalación de la SISCA (secretaría regional)</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>Elija el país…</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
</context>
</TS>
