<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ChoicePage</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/wizard.py" line="+126" />
            <source>Welcome to cisdesk</source>
            <translation>Le damos la bienvenida a cisdesk</translation>
        </message>
        <message>
            <location line="+3" />
            <source>cisdesk keeps the record of the CIS specialised committees' work. Choose how to start.</source>
            <translation>cisdesk lleva el registro del trabajo de los comités especializados del CIS. Elija cómo empezar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create a new install on this computer</source>
            <translation>Crear una instalación nueva en esta computadora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open an existing database</source>
            <translation>Abrir una base de datos existente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a demo database to explore</source>
            <translation>Crear una base de datos de demostración para explorar</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <location line="+18" />
            <source>New install</source>
            <translation>Instalación nueva</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Each laptop is an install of a country (or of SISCA) with its own signing key.</source>
            <translation>Cada computadora es una instalación de un país (o de la SISCA) con su propia clave de firma.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Ministerio de Desarrollo Social</source>
            <translation>p. ej. Ministerio de Desarrollo Social</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Site name:</source>
            <translation>Nombre de la sede:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key passphrase (optional):</source>
            <translation>Frase de contraseña de la clave (opcional):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat the passphrase:</source>
            <translation>Repita la frase de contraseña:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database file:</source>
            <translation>Archivo de la base de datos:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>With a passphrase the private key is stored encrypted, and cisdesk asks for it when signing a bundle. Without one, anyone with the file can sign.</source>
            <translation>Con una frase de contraseña, la clave privada se guarda cifrada y cisdesk la pide al firmar un paquete. Sin ella, cualquiera que tenga el archivo puede firmar.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The two passphrases differ; type them again.</source>
            <translation>Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>DemoPage</name>
        <message>
            <location line="+41" />
            <source>Demo database</source>
            <translation>Base de datos de demostración</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A new install filled with realistic generated activity, to explore cisdesk without touching real data.</source>
            <translation>Una instalación nueva con actividad generada realista, para explorar cisdesk sin tocar datos reales.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Database file:</source>
            <translation>Archivo de la base de datos:</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location line="+24" />
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The database %1 is ready.</source>
            <translation>La base de datos %1 está lista.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Key %1
Fingerprint: %2</source>
            <translation>Clave %1
Huella digital: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This is SISCA's root key. Countries compare this fingerprint by phone before they trust it.</source>
            <translation>Esta es la clave raíz de la SISCA. Los países comparan esta huella digital por teléfono antes de confiar en ella.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Send this install's public key to SISCA and read them this fingerprint by phone so they can enrol it; until then SISCA will not accept its bundles.</source>
            <translation>Envíe la clave pública de esta instalación a la SISCA y léales esta huella digital por teléfono para que la inscriban; hasta entonces la SISCA no aceptará sus paquetes.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../cisdesk/ui/views/home.py" line="+91" />
            <source>Semester:</source>
            <extracomment>Asks the window to show another page, by key ("sync", ...).</extracomment>
            <translation>Semestre:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days late</source>
            <translation>Días de atraso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Go to Sync</source>
            <translation>Ir a Sincronización</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Progress by committee</source>
            <translation>Avance por comité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Progress by priority nucleus</source>
            <translation>Avance por núcleo prioritario</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Latest status by country and result</source>
            <translation>Último estado por país y resultado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Results starting this semester</source>
            <translation>Resultados que inician este semestre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue agreements</source>
            <translation>Acuerdos vencidos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Meetings this semester</source>
            <translation>Reuniones de este semestre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not yet exported</source>
            <translation>Aún sin exportar</translation>
        </message>
        <message>
            <location line="+33" />
            <source>%1 (current)</source>
            <translation>%1 (actual)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Updating…</source>
            <translation>Actualizando…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Updating the dashboard</source>
            <translation>Actualizando el panel</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The dashboard could not be computed: %1</source>
            <translation>No se pudo calcular el panel: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SISCA — the region</source>
            <translation>SISCA — la región</translation>
        </message>
        <message>
            <location line="+4" />
            <source>PPT: %1</source>
            <translation>PPT: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Field changes made here and not exported yet: %1.</source>
            <translation>Cambios de campos hechos aquí y aún sin exportar: %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Everything made here has been exported.</source>
            <translation>Todo lo registrado aquí ya fue exportado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>progress reports</source>
            <translation>reportes de avance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>evidence</source>
            <translation>evidencias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>meetings</source>
            <translation>reuniones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>agreements</source>
            <translation>acuerdos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>follow-ups</source>
            <translation>seguimientos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>proposals</source>
            <translation>propuestas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>delegates</source>
            <translation>delegados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>capacity building</source>
            <translation>formación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>strategies</source>
            <translation>estrategias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>milestones</source>
            <translation>hitos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>results</source>
            <translation>resultados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PPT calendar</source>
            <translation>calendario de la PPT</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+14" />
            <source>Average progress: %1 %</source>
            <translation>Avance promedio: %1 %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 completed</source>
            <translation>%1 de %2 completados</translation>
        </message>
        <message>
            <location line="+39" />
            <source>completed in %1 of %2 countries</source>
            <translation>completado en %1 de %2 países</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Results starting in %1 (%2)</source>
            <translation>Resultados que inician en %1 (%2)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Overdue agreements (%1)</source>
            <translation>Acuerdos vencidos (%1)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Joint meeting</source>
            <translation>Reunión conjunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Committee session</source>
            <translation>Sesión de comité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgent consultation</source>
            <translation>Consulta urgente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>virtual</source>
            <translation>virtual</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meetings in %1 (%2)</source>
            <translation>Reuniones en %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cisdesk/ui/main_window.py" line="+126" />
            <source>This page could not be opened: %1</source>
            <extracomment>Object name of the label shown in place of a page that failed to build. The person asked for another database (path), a new install, or a restore.</extracomment>
            <translation>No se pudo abrir esta página: %1</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>These pages have changes that are not saved: %1. Discard them?</source>
            <translation>Estas páginas tienen cambios sin guardar: %1. ¿Descartarlos?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New install…</source>
            <translation>&amp;Instalación nueva…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer una copia de respaldo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>R&amp;estore a backup…</source>
            <translation>R&amp;establecer una copia de respaldo…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About cisdesk</source>
            <translation>A&amp;cerca de cisdesk</translation>
        </message>
        <message>
            <location line="+13" />
            <source>SISCA</source>
            <translation>SISCA</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open a cisdesk database</source>
            <translation>Abrir una base de datos de cisdesk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cisdesk databases (*.db);;All files (*)</source>
            <translation>Bases de datos de cisdesk (*.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Backup</source>
            <translation>Copia de respaldo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A copy of the database was saved as %1.</source>
            <translation>Se guardó una copia de la base de datos como %1.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the backup to restore</source>
            <translation>Elija la copia de respaldo que desea restablecer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cisdesk databases (*.db)</source>
            <translation>Bases de datos de cisdesk (*.db)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Restore a backup</source>
            <translation>Restablecer una copia de respaldo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database will be replaced by %1 (a copy of the current one is kept in the backups folder). Continue?</source>
            <translation>La base de datos será reemplazada por %1 (se guarda una copia de la actual en la carpeta de respaldos). ¿Continuar?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Switch the language when the running import, export or report ends.</source>
            <translation>Cambie el idioma cuando termine la importación, exportación o informe en curso.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>SISCA (regional)</source>
            <translation>SISCA (regional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;h3&gt;cisdesk %1&lt;/h3&gt;&lt;p&gt;Record of the CIS specialised committees' work under the Regional Action Plan on Poverty and Social Protection.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;cisdesk %1&lt;/h3&gt;&lt;p&gt;Registro del trabajo de los comités especializados del CIS en el marco del Plan de Acción Regional sobre Pobreza y Protección Social.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Install: %1 · %2</source>
            <translation>Instalación: %1 · %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Database: %1</source>
            <translation>Base de datos: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key id and fingerprint:</source>
            <translation>Identificador y huella digital de la clave:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>About cisdesk</source>
            <translation>Acerca de cisdesk</translation>
        </message>
        <message>
            <location line="-60" />
            <location line="+96" />
            <source>Work in progress</source>
            <translation>Trabajo en curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An import, export or report is still running. Wait for it to finish?</source>
            <translation>Todavía se está ejecutando una importación, exportación o informe. ¿Esperar a que termine?</translation>
        </message>
    </context>
    <context>
        <name>OpenPage</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/wizard.py" line="-102" />
            <source>Open a database</source>
            <translation>Abrir una base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a cisdesk database file made on this computer or copied.</source>
            <translation>Elija un archivo de base de datos de cisdesk creado en esta computadora o copiado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Database file:</source>
            <translation>Archivo de la base de datos:</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../cisdesk/ui/views/__init__.py" line="+34" />
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Progress</source>
            <translation>Avances</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delegates</source>
            <translation>Delegados</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Proposals</source>
            <translation>Propuestas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Capacity building</source>
            <translation>Formación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/plan.py" line="+120" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The plan is maintained by SISCA; this install holds it read-only.</source>
            <translation>La SISCA mantiene el plan; esta instalación lo tiene solo para consulta.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Semester</source>
            <translation>Semestre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PPT</source>
            <translation>PPT</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The pro tempore presidency rotates every semester; the committees are led by the delegates of the country holding it.</source>
            <translation>La Presidencia Pro Tempore rota cada semestre; los comités son liderados por los delegados del país que la ejerce.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add the next semester</source>
            <translation>Agregar el semestre siguiente</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Strategies and milestones</source>
            <translation>Estrategias e hitos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PPT calendar</source>
            <translation>Calendario de la PPT</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Strategy %1</source>
            <translation>Estrategia %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thematic combos</source>
            <translation>Combos temáticos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Combo %1. %2</source>
            <translation>Combo temático %1. %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>nuclei %1</source>
            <translation>núcleos %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Milestone %1. %2</source>
            <translation>Hito %1. %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Result %1.%2 %3</source>
            <translation>Resultado %1.%2 %3</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+152" />
            <source>Validated by the CT-CIS</source>
            <translation>Validada por los CT-CIS</translation>
        </message>
        <message>
            <location line="-151" />
            <location line="+152" />
            <source>Approved by the CIS</source>
            <translation>Aprobada por el CIS</translation>
        </message>
        <message>
            <location line="-91" />
            <source>Choose an element of the plan to see its details.</source>
            <translation>Elija un elemento del plan para ver sus detalles.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This element no longer exists.</source>
            <translation>Este elemento ya no existe.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Revert</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period from (YYYY-MM)</source>
            <translation>Período desde (AAAA-MM)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period to (YYYY-MM)</source>
            <translation>Período hasta (AAAA-MM)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period as written</source>
            <translation>Período tal como se redactó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Priority nuclei (e.g. 1,5)</source>
            <translation>Núcleos prioritarios (p. ej. 1,5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Specific objectives (e.g. 1,4)</source>
            <translation>Objetivos específicos (p. ej. 1,4)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start semester (e.g. 2018-II)</source>
            <translation>Semestre de inicio (p. ej. 2018-II)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Validated by the CT-CIS on %1</source>
            <translation>Validada por los CT-CIS el %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Approved by the CIS on %1</source>
            <translation>Aprobada por el CIS el %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Return to draft</source>
            <translation>Devolver a borrador</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Edit the plan</source>
            <translation>Editar el plan</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Change the strategy's status</source>
            <translation>Cambiar el estado de la estrategia</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Change the PPT</source>
            <translation>Cambiar la PPT</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Add a semester to the PPT calendar</source>
            <translation>Agregar un semestre al calendario de la PPT</translation>
        </message>
    </context>
    <context>
        <name>QWidget</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/crash.py" line="+40" />
            <location filename="../../cisdesk/ui/dialogs/errors.py" line="+21" />
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Something went wrong. Your data is safe: every change is saved as soon as it is made. Please send SISCA support the details below (Show Details…), and the log file %1 if you can.</source>
            <translation>Algo salió mal. Sus datos están a salvo: cada cambio se guarda en cuanto se hace. Envíe al soporte de la SISCA los detalles de abajo (Mostrar detalles…) y, si puede, el archivo de registro %1.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/errors.py" line="-6" />
            <source>cisdesk</source>
            <translation>cisdesk</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Something went wrong. Nothing was lost; please send the details below to SISCA support.</source>
            <translation>Algo salió mal. No se perdió nada; envíe los detalles de abajo al soporte de la SISCA.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/passphrase.py" line="+9" />
            <source>The passphrase was wrong. Type the passphrase of this install's key:</source>
            <translation>La frase de contraseña no es correcta. Escriba la frase de contraseña de la clave de esta instalación:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This install's key is protected. Type its passphrase to sign:</source>
            <translation>La clave de esta instalación está protegida. Escriba su frase de contraseña para firmar:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>RecordStatusBar</name>
        <message>
            <location filename="../../cisdesk/ui/status_bar.py" line="+60" />
            <source>SISCA (regional)</source>
            <extracomment>How often the clock check runs again while the window stays open (ms).</extracomment>
            <translation>SISCA (regional)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Changes not exported: %1</source>
            <translation>Cambios sin exportar: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All changes exported</source>
            <translation>Todos los cambios exportados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last export: %1 · Last import: %2</source>
            <translation>Última exportación: %1 · Última importación: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The computer's clock is earlier than changes already recorded; check the date.</source>
            <translation>El reloj de la computadora marca una hora anterior a cambios ya registrados; revise la fecha.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The computer's date is wrong (before 2018); correct it before editing.</source>
            <translation>La fecha de la computadora es incorrecta (anterior a 2018); corríjala antes de editar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/reports.py" line="+55" />
            <source>PDF reports are not available in this version.</source>
            <extracomment>Year spin box value meaning "every year". The last file written or imported, and what the core said about it.</extracomment>
            <translation>Los informes en PDF no están disponibles en esta versión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Excel workbooks are not available in this version.</source>
            <translation>Los libros de Excel no están disponibles en esta versión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open the file</source>
            <translation>Abrir el archivo</translation>
        </message>
        <message>
            <location line="+33" />
            <source>PDF report</source>
            <translation>Informe en PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Annual report on the committees' work</source>
            <translation>Informe anual del trabajo de los comités</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country summary</source>
            <translation>Resumen por país</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Committee summary</source>
            <translation>Resumen por comité</translation>
        </message>
        <message>
            <location line="+4" />
            <source>all years</source>
            <translation>todos los años</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write the PDF…</source>
            <translation>Generar el PDF…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Report:</source>
            <translation>Informe:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year:</source>
            <translation>Año:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country:</source>
            <translation>País:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Committee:</source>
            <translation>Comité:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language:</source>
            <translation>Idioma:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the whole record to Excel…</source>
            <translation>Exportar todo el registro a Excel…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write a progress template…</source>
            <translation>Generar una plantilla de avances…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>for</source>
            <translation>para</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import a filled template…</source>
            <translation>Importar una plantilla llenada…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A template is checked whole before anything is recorded; every problem names its sheet, row and column.</source>
            <translation>La plantilla se revisa completa antes de registrar nada; cada problema indica su hoja, fila y columna.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Template not imported</source>
            <translation>Plantilla no importada</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Write the PDF report</source>
            <translation>Generar el informe en PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Wrote %1 (%2, %3 pages).</source>
            <translation>Se generó %1 (%2, %3 páginas).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Writing the PDF report</source>
            <translation>Generando el informe en PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export to Excel</source>
            <translation>Exportar a Excel</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+31" />
            <location line="+35" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Wrote %1: %2 rows in %3 sheets.</source>
            <translation>Se generó %1: %2 filas en %3 hojas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Exporting to Excel</source>
            <translation>Exportando a Excel</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Write a progress template</source>
            <translation>Generar una plantilla de avances</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Wrote %1: %2 rows for %3.</source>
            <translation>Se generó %1: %2 filas para %3.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Writing the template</source>
            <translation>Generando la plantilla</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Import a filled template</source>
            <translation>Importar una plantilla llenada</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1: %2 progress reports created, %3 updated.</source>
            <translation>%1: %2 reportes de avance creados, %3 actualizados.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: nothing changed.</source>
            <translation>%1: no cambió nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Importing the template</source>
            <translation>Importando la plantilla</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/wizard.py" line="+108" />
            <source>cisdesk — first steps</source>
            <translation>cisdesk — primeros pasos</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Choose where to save the database.</source>
            <translation>Elija dónde guardar la base de datos.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose the database file to open.</source>
            <translation>Elija el archivo de base de datos que desea abrir.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../cisdesk/ui/status_bar.py" line="+35" />
            <source>Opening the record…</source>
            <translation>Abriendo el registro…</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../cisdesk/ui/widgets/status.py" line="+25" />
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delayed</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not started</source>
            <translation>No iniciado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No report</source>
            <translation>Sin reporte</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/sync.py" line="+117" />
            <source>Export and import</source>
            <extracomment>Rows of the import history shown (the newest ones). Outcomes of the last import (what the person saw), and the last export.</extracomment>
            <translation>Exportar e importar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+63" />
            <location line="+23" />
            <location line="+226" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="-311" />
            <source>Keys</source>
            <translation>Claves</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export</source>
            <translation>Exportación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The regional bundle carries the whole record and the keyring, signed with SISCA's root key. Send it to every country.</source>
            <translation>El paquete regional lleva todo el registro y el llavero, firmados con la clave raíz de la SISCA. Envíelo a todos los países.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The bundle carries every change made here that SISCA has not acknowledged yet, signed with this install's key. Send it to SISCA by e-mail or USB stick.</source>
            <translation>El paquete lleva todos los cambios hechos aquí que la SISCA aún no ha confirmado, firmados con la clave de esta instalación. Envíelo a la SISCA por correo electrónico o memoria USB.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export a bundle…</source>
            <translation>Exportar un paquete…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Everything, not only what SISCA has not acknowledged</source>
            <translation>Todo, no solo lo que la SISCA no ha confirmado</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+466" />
            <source>Import</source>
            <translation>Importación</translation>
        </message>
        <message>
            <location line="-462" />
            <source>Choose bundle files (.cisb) or drop them on the window. Each file is checked completely and imported whole or not at all.</source>
            <translation>Elija archivos de paquete (.cisb) o arrástrelos a la ventana. Cada archivo se revisa por completo y se importa entero o no se importa.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import bundles…</source>
            <translation>Importar paquetes…</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+22" />
            <location line="+20" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="-41" />
            <location line="+24" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="-23" />
            <location line="+21" />
            <source>From</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="-20" />
            <location line="+23" />
            <location line="+14" />
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+23" />
            <source>Applied</source>
            <translation>Aplicados</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+18" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+14" />
            <source>Bundle</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Reason or warnings</source>
            <translation>Motivo o advertencias</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Full</source>
            <translation>Completo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Bundles offered for import, newest first:</source>
            <translation>Paquetes presentados para importar, del más reciente al más antiguo:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bundles exported from this install:</source>
            <translation>Paquetes exportados desde esta instalación:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>When a field was changed on two installs at the same time, every install keeps the later change and lists the other here. Choose which value should stay; choosing the other value records it as a new change of this install.</source>
            <translation>Cuando un campo se cambió en dos instalaciones al mismo tiempo, todas conservan el cambio más reciente y muestran el otro aquí. Elija qué valor debe quedar; elegir el otro valor lo registra como un cambio nuevo de esta instalación.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owner</source>
            <translation>Propietario</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+11" />
            <source>Kept value</source>
            <translation>Valor conservado</translation>
        </message>
        <message>
            <location line="-10" />
            <location line="+11" />
            <source>Other value</source>
            <translation>Otro valor</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Detected</source>
            <translation>Detectado</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Keep this value</source>
            <translation>Conservar este valor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Use this value instead</source>
            <translation>Usar este valor</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Save this install's public key…</source>
            <translation>Guardar la clave pública de esta instalación…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This install's key</source>
            <translation>Clave de esta instalación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Install</source>
            <translation>Instalación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key id</source>
            <translation>Identificador de la clave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fingerprint</source>
            <translation>Huella digital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Situación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keyring: keys allowed to sign bundles</source>
            <translation>Llavero: claves autorizadas para firmar paquetes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enrol a country's key…</source>
            <translation>Inscribir la clave de un país…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Revoke the selected key…</source>
            <translation>Revocar la clave seleccionada…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Trust SISCA's root key…</source>
            <translation>Confiar en la clave raíz de la SISCA…</translation>
        </message>
        <message>
            <location line="+51" />
            <source>%1: bundles %2 to %3 never arrived.</source>
            <translation>%1: los paquetes %2 a %3 nunca llegaron.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Missing bundles:</source>
            <translation>Paquetes faltantes:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No bundle is missing from any site.</source>
            <translation>No falta ningún paquete de ninguna sede.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>imported</source>
            <translation>importado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already imported</source>
            <translation>ya importado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rejected</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>quarantined</source>
            <translation>en cuarentena</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Conflicts (%1)</source>
            <translation>Conflictos (%1)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Kept value, by %1 at %2</source>
            <translation>Valor conservado, de %1 el %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Other value, by %1 at %2</source>
            <translation>Otro valor, de %1 el %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only an install of %1 may change this record; it can choose the other value.</source>
            <translation>Solo una instalación de %1 puede cambiar este registro; ella puede elegir el otro valor.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Key %1
Fingerprint: %2
Protected by a passphrase: %3</source>
            <translation>Clave %1
Huella digital: %2
Protegida con frase de contraseña: %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+25" />
            <source>SISCA's root key is not trusted yet: regional bundles cannot be imported.</source>
            <translation>Aún no se confía en la clave raíz de la SISCA: no se pueden importar paquetes regionales.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Trusted SISCA root key: %1 (%2)</source>
            <translation>Clave raíz de la SISCA de confianza: %1 (%2)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>valid</source>
            <translation>válida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>revoked</source>
            <translation>revocada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>revoked after bundle %1</source>
            <translation>revocada después del paquete %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export a bundle</source>
            <translation>Exportar un paquete</translation>
        </message>
        <message>
            <location line="+0" />
            <source>cisdesk bundles (*.cisb)</source>
            <translation>Paquetes de cisdesk (*.cisb)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Exporting a bundle</source>
            <translation>Exportando un paquete</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved bundle %1 to %2: %3 field changes in %4 records, %5 evidence files.</source>
            <translation>Se guardó el paquete %1 en %2: %3 cambios de campos en %4 registros, %5 archivos de evidencia.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Import bundles</source>
            <translation>Importar paquetes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cisdesk bundles (*.cisb);;All files (*)</source>
            <translation>Paquetes de cisdesk (*.cisb);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>An import is already running; drop the files again when it ends.</source>
            <translation>Ya hay una importación en curso; vuelva a arrastrar los archivos cuando termine.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Importing bundles</source>
            <translation>Importando paquetes</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Bundles not imported</source>
            <translation>Paquetes no importados</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Cannot read %1: %2.</source>
            <translation>No se puede leer %1: %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+107" />
            <source>cisdesk public keys (*.pub)</source>
            <translation>Claves públicas de cisdesk (*.pub)</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Enrol a country's key</source>
            <translation>Inscribir la clave de un país</translation>
        </message>
        <message>
            <location line="+14" />
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
            <location line="+8" />
            <location line="+63" />
            <source>Compare the fingerprint</source>
            <translation>Compare la huella digital</translation>
        </message>
        <message>
            <location line="-47" />
            <location line="+6" />
            <source>Revoke a key</source>
            <translation>Revocar una clave</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Select the key to revoke first.</source>
            <translation>Primero seleccione la clave que desea revocar.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Accept this key's bundles up to number (0 refuses all of them, for a stolen laptop):</source>
            <translation>Aceptar los paquetes de esta clave hasta el número (0 los rechaza todos, para una computadora robada):</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Trust SISCA's root key</source>
            <translation>Confiar en la clave raíz de la SISCA</translation>
        </message>
        <message>
            <location line="+13" />
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
            <location line="+20" />
            <source>Save the public key</source>
            <translation>Guardar la clave pública</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Public key saved</source>
            <translation>Clave pública guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved to %1. Send it to SISCA and compare the fingerprint by phone.</source>
            <translation>Se guardó en %1. Envíela a la SISCA y compare la huella digital por teléfono.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../../cisdesk/ui/tasks.py" line="+79" />
            <source>Cancel</source>
            <extracomment>Emitted with the number of running tasks when it changes.</extracomment>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>_PathField</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/wizard.py" line="-347" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>cisdesk databases (*.db);;All files (*)</source>
            <translation>Bases de datos de cisdesk (*.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New database</source>
            <translation>Base de datos nueva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
    </context>
    <context>
        <name>_WhoFields</name>
        <message>
            <location line="+13" />
            <source>A country install (ministry staff)</source>
            <translation>Una instalación de país (personal del ministerio)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The SISCA install (regional secretariat)</source>
            <translation>La instalación de la SISCA (secretaría regional)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Country:</source>
            <translation>País:</translation>
        </message>
    </context>
</TS>
