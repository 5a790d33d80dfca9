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
        <source>Meeting title</source>
        <translation>Título de la reunión</translation>
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
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Raised to the CIS</source>
        <translation>Elevada al CIS</translation>
    </message>
    <message>
        <source>On the CIS agenda</source>
        <translation>En la agenda del CIS</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>No adoptada</translation>
    </message>
    <message>
        <source>Exchange of experiences</source>
        <translation>Intercambio de experiencias</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Expert conference</source>
        <translation>Conferencia de experto</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Sin reportar</translation>
    </message>
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
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>⚠ Longer than the 3.5 hours the guidelines recommend for a virtual meeting.</source>
        <translation>⚠ Dura más de las 3,5 horas que los lineamientos recomiendan para una reunión virtual.</translation>
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
</context>
<context>
    <name>MeetingModel</name>
    <message>
        <source>This virtual meeting lasted longer than the 3.5 hours the guidelines recommend.</source>
        <translation>Esta reunión virtual duró más de las 3,5 horas que recomiendan los lineamientos.</translation>
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
        <extracomment>Filter value meaning &quot;no restriction&quot;. Tables whose changes this page shows. The model class (subclasses style rows). Embedded panels that take the keys when they have the focus.</extracomment>
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
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
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
        <source>Recorded by %1: read-only here.</source>
        <translation>Registrado por %1: solo lectura aquí.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This record belongs to {country} and is read-only on this install.</source>
        <extracomment>The core&apos;s refusal messages, as the translation catalogue knows them (by code).</extracomment>
        <translation>Este registro pertenece a {country} y es de solo lectura en esta instalación.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted.</source>
        <translation>Este registro ya no existe; puede haber sido eliminado.</translation>
    </message>
    <message>
        <source>Progress is reported by the countries; SISCA cannot record it.</source>
        <translation>Los avances los reportan los países; la SISCA no puede registrarlos.</translation>
    </message>
    <message>
        <source>Choose a committee.</source>
        <translation>Elija un comité.</translation>
    </message>
    <message>
        <source>The chosen committee does not exist.</source>
        <translation>El comité elegido no existe.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Escriba un título.</translation>
    </message>
    <message>
        <source>This text is too long (at most {limit} characters).</source>
        <translation>Este texto es demasiado largo (máximo {limit} caracteres).</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Indique una fecha.</translation>
    </message>
    <message>
        <source>The date cannot be before {earliest}.</source>
        <translation>La fecha no puede ser anterior al {earliest}.</translation>
    </message>
    <message>
        <source>The date cannot be later than {latest}, a year from today.</source>
        <translation>La fecha no puede ser posterior al {latest}, un año a partir de hoy.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>Choose a valid status.</source>
        <translation>Elija un estado válido.</translation>
    </message>
    <message>
        <source>Choose a valid kind.</source>
        <translation>Elija un tipo válido.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Responda sí o no.</translation>
    </message>
    <message>
        <source>Choose a result of the plan.</source>
        <translation>Elija un resultado del plan.</translation>
    </message>
    <message>
        <source>The semester must look like 2018-I or 2018-II.</source>
        <translation>El semestre debe escribirse como 2018-I o 2018-II.</translation>
    </message>
    <message>
        <source>This result starts in {start}; the semester cannot be earlier.</source>
        <translation>Este resultado inicia en {start}; el semestre no puede ser anterior.</translation>
    </message>
    <message>
        <source>The semester cannot be after the current one ({current}).</source>
        <translation>El semestre no puede ser posterior al actual ({current}).</translation>
    </message>
    <message>
        <source>The percentage must be a whole number from 0 to 100.</source>
        <translation>El porcentaje debe ser un número entero entre 0 y 100.</translation>
    </message>
    <message>
        <source>A completed result must be at 100%.</source>
        <translation>Un resultado completado debe estar al 100 %.</translation>
    </message>
    <message>
        <source>A result not yet started must be at 0%.</source>
        <translation>Un resultado sin iniciar debe estar al 0 %.</translation>
    </message>
    <message>
        <source>There is already a progress report for this result in {semester}; edit that one.</source>
        <translation>Ya hay un avance de este resultado en {semester}; edite ese.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB; attach a smaller one.</source>
        <translation>El archivo pesa más de {limit} MB; adjunte uno más pequeño.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo ({reason}).</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes from 1 to 1440.</source>
        <translation>La duración debe ser un número entero de minutos entre 1 y 1440.</translation>
    </message>
    <message>
        <source>A joint meeting brings the three committees together; leave the committee empty.</source>
        <translation>Una reunión conjunta reúne a los tres comités; deje el comité vacío.</translation>
    </message>
    <message>
        <source>Choose the meeting where the agreement was taken.</source>
        <translation>Elija la reunión en que se tomó el acuerdo.</translation>
    </message>
    <message>
        <source>Only {country} can record agreements of this meeting.</source>
        <translation>Solo {country} puede registrar acuerdos de esta reunión.</translation>
    </message>
    <message>
        <source>Enter the text of the agreement.</source>
        <translation>Escriba el texto del acuerdo.</translation>
    </message>
    <message>
        <source>Choose the responsible country.</source>
        <translation>Elija el país responsable.</translation>
    </message>
    <message>
        <source>The due date cannot be before the meeting ({meeting_date}).</source>
        <translation>La fecha límite no puede ser anterior a la reunión ({meeting_date}).</translation>
    </message>
    <message>
        <source>An agreement of this meeting is due on {due_date}; the meeting cannot be later.</source>
        <translation>Un acuerdo de esta reunión vence el {due_date}; la reunión no puede ser posterior.</translation>
    </message>
    <message>
        <source>Choose the agreement this follow-up reports on.</source>
        <translation>Elija el acuerdo al que corresponde este seguimiento.</translation>
    </message>
    <message>
        <source>The follow-up cannot be dated before the meeting ({meeting_date}).</source>
        <translation>El seguimiento no puede tener fecha anterior a la reunión ({meeting_date}).</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>Escriba lo realizado.</translation>
    </message>
    <message>
        <source>Enter the delegate&apos;s name.</source>
        <translation>Escriba el nombre del delegado.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right (name@example.org).</source>
        <translation>La dirección de correo no parece correcta (nombre@ejemplo.org).</translation>
    </message>
    <message>
        <source>A phone number holds only digits, spaces and + - ( ) .</source>
        <translation>Un número de teléfono solo lleva dígitos, espacios y + - ( ) .</translation>
    </message>
    <message>
        <source>The number of participants must be a whole number from 0 to 10000.</source>
        <translation>El número de participantes debe ser un número entero entre 0 y 10000.</translation>
    </message>
</context>
</TS>
