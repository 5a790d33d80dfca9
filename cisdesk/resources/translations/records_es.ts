<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>Registrar acuerdo</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Editar acuerdo</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>Overdue: it was due on %1 and is still open.</source>
        <extracomment>Overdue rows stand out, except when only overdue rows are listed (all would be red).</extracomment>
        <translation>Vencido: debía cumplirse el %1 y sigue abierto.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>No agreements yet: use New… to add one.</source>
        <translation>Aún no hay acuerdos: use Nuevo… para agregar uno.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Último seguimiento</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Todos los comités</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Solo vencidos</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All three committees</source>
        <translation>Los tres comités</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>With experiences or experts from outside the region</source>
        <translation>Con experiencias o expertos de fuera de la región</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>número de personas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>New capacity-building activity</source>
        <translation>Nueva actividad de formación</translation>
    </message>
    <message>
        <source>Capacity-building activity</source>
        <translation>Actividad de formación</translation>
    </message>
    <message>
        <source>Record activity</source>
        <translation>Registrar actividad</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Editar actividad</translation>
    </message>
</context>
<context>
    <name>CapacityPage</name>
    <message>
        <source>Capacity building</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>No capacity building recorded yet: use New… to add an activity.</source>
        <translation>Aún no hay actividades de formación: use Nuevo… para agregar una.</translation>
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
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Extra-regional</source>
        <translation>Extrarregional</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Todos los comités</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>Todos los semestres</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Country focal point</source>
        <translation>Punto focal del país</translation>
    </message>
    <message>
        <source>New delegate</source>
        <translation>Nuevo delegado</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>Agregar delegado</translation>
    </message>
    <message>
        <source>Edit delegate</source>
        <translation>Editar delegado</translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>No delegates yet: use New… to add one.</source>
        <translation>Aún no hay delegados: use Nuevo… para agregar uno.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Todos los comités</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <extracomment>result id → field → value typed but not saved. result id → (field, reason) of the last refused save.</extracomment>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>file not received yet</source>
        <translation>archivo aún no recibido</translation>
    </message>
    <message>
        <source>Save a status for this result first.</source>
        <translation>Primero guarde un estado para este resultado.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Adjuntar evidencia</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Adjuntar %1</translation>
    </message>
    <message>
        <source>Attaching evidence</source>
        <translation>Adjuntando evidencia</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Guardar una copia de la evidencia</translation>
    </message>
    <message>
        <source>This file has not been received on this install yet.</source>
        <translation>Este archivo aún no se ha recibido en esta instalación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saving evidence</source>
        <translation>Guardando evidencia</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <source>Remove “%1” from this report?</source>
        <translation>¿Quitar «%1» de este avance?</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo realizado</translation>
    </message>
    <message>
        <source>The agreement takes the status of its latest follow-up.</source>
        <translation>El acuerdo toma el estado de su seguimiento más reciente.</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nuevo seguimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>Registrar seguimiento</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Editar seguimiento</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>Agregar seguimiento…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo realizado</translation>
    </message>
    <message>
        <source>Select an agreement first.</source>
        <translation>Seleccione primero un acuerdo.</translation>
    </message>
    <message>
        <source>Only %1 can add follow-up to this agreement.</source>
        <translation>Solo %1 puede agregar seguimiento a este acuerdo.</translation>
    </message>
    <message>
        <source>Select an agreement above to see its follow-up.</source>
        <translation>Seleccione un acuerdo arriba para ver su seguimiento.</translation>
    </message>
    <message>
        <source>No follow-up recorded for this agreement.</source>
        <translation>Este acuerdo no tiene seguimiento registrado.</translation>
    </message>
    <message>
        <source>No follow-up yet: use Add follow-up… to record what was done.</source>
        <translation>Aún no hay seguimiento: use Agregar seguimiento… para registrar lo realizado.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MeetingAgreements</name>
    <message>
        <source>Agreements of the meeting</source>
        <extracomment>Where the selected agreement&apos;s follow-up shows (set by the page holding this panel).</extracomment>
        <translation>Acuerdos de la reunión</translation>
    </message>
    <message>
        <source>Add agreement…</source>
        <translation>Agregar acuerdo…</translation>
    </message>
    <message>
        <source>Select a meeting first.</source>
        <translation>Seleccione primero una reunión.</translation>
    </message>
    <message>
        <source>Only %1 can add agreements to this meeting.</source>
        <translation>Solo %1 puede agregar acuerdos a esta reunión.</translation>
    </message>
    <message>
        <source>Select a meeting above to see its agreements.</source>
        <translation>Seleccione una reunión arriba para ver sus acuerdos.</translation>
    </message>
    <message>
        <source>No agreements recorded for this meeting.</source>
        <translation>Esta reunión no tiene acuerdos registrados.</translation>
    </message>
    <message>
        <source>No agreements in this meeting yet: use Add agreement… to add one.</source>
        <translation>Aún no hay acuerdos en esta reunión: use Agregar acuerdo… para agregar uno.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Virtual meeting</source>
        <translation>Reunión virtual</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Record meeting</source>
        <translation>Registrar reunión</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Save and add agreement</source>
        <extracomment>Set by &quot;Save and add agreement&quot;: the page opens the agreement form next.</extracomment>
        <translation>Guardar y agregar acuerdo</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>No meetings yet: use New… to record one.</source>
        <translation>Aún no hay reuniones: use Nuevo… para registrar una.</translation>
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
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Todos los comités</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>Todos los semestres</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 already has a report for %2 (%3, %4 %). It is shown here to be edited: Save changes that report, nothing else is replaced.</source>
        <extracomment>Set when the chosen result and semester already had a report, opened here.</extracomment>
        <translation>%1 ya tiene un informe de %2 (%3, %4 %). Se muestra aquí para editarlo: Guardar cambia ese informe y no reemplaza nada más.</translation>
    </message>
    <message>
        <source>Progress report (existing)</source>
        <translation>Informe de avance (existente)</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Guardar avances</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Save progress</source>
        <translation>Guardar avances</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avances</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evid.</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>Todos los semestres</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Todos los comités</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Unsaved progress</source>
        <translation>Avances sin guardar</translation>
    </message>
    <message>
        <source>Some progress has not been saved. Save it now?</source>
        <translation>Hay avances sin guardar. ¿Guardarlos ahora?</translation>
    </message>
    <message>
        <source>Progress is reported by the countries; SISCA reads it here.</source>
        <translation>El avance lo informan los países; la SISCA lo consulta aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Save progress of %n result(s)</source>
        <translation>
            <numerusform>Guardar avance de %n resultado</numerusform>
            <numerusform>Guardar avances de %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) with unsaved changes</source>
        <translation>
            <numerusform>%n resultado con cambios sin guardar</numerusform>
            <numerusform>%n resultados con cambios sin guardar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Record proposal</source>
        <translation>Registrar propuesta</translation>
    </message>
    <message>
        <source>Edit proposal</source>
        <translation>Editar propuesta</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Proposals to the CIS agenda</source>
        <translation>Propuestas a la agenda del CIS</translation>
    </message>
    <message>
        <source>No proposals yet: use New… to add one.</source>
        <translation>Aún no hay propuestas: use Nuevo… para agregar una.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>All committees</source>
        <translation>Todos los comités</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>Todos los semestres</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Recorded by %1: you can read it here, only %1 can change it.</source>
        <extracomment>Who recorded a read-only row, said above its fields.</extracomment>
        <translation>Registrado por %1: aquí puede leerlo; solo %1 puede cambiarlo.</translation>
    </message>
    <message>
        <source>another install</source>
        <translation>otra instalación</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and discard it?</source>
        <translation>Lo que escribió no se ha guardado. ¿Cerrar y descartarlo?</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <extracomment>Filter value meaning &quot;no restriction&quot;. Rows looked at when a column is fitted to its content. Tables whose changes this page shows. The model class (subclasses style rows). Embedded panels that take the keys when they have the focus.</extracomment>
        <translation>Filtrar… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Nothing here yet: use %1 to add the first one.</source>
        <translation>Aún no hay nada aquí: use %1 para agregar el primero.</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Choose others to see more.</source>
        <translation>Nada coincide con estos filtros. Elija otros para ver más.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>New rows cannot be added here.</source>
        <translation>Aquí no se pueden agregar filas.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar «%1»? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Seleccione primero una fila.</translation>
    </message>
    <message>
        <source>Recorded by %1: only %1 can delete it.</source>
        <translation>Registrado por %1: solo %1 puede eliminarlo.</translation>
    </message>
    <message>
        <source>Recorded by %1: read-only here.</source>
        <translation>Registrado por %1: solo lectura aquí.</translation>
    </message>
</context>
</TS>
