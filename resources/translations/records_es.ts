<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AgreementDialog</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="34" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="37" />
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="47" />
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="40" />
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="43" />
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="44" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="47" />
            <source>New agreement</source>
            <translation>Nuevo acuerdo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="50" />
            <source>Record agreement</source>
            <translation>Registrar acuerdo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/agreement_dialog.py" line="50" />
            <source>Edit agreement</source>
            <translation>Editar acuerdo</translation>
        </message>
    </context>
    <context>
        <name>AgreementModel</name>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="47" />
            <source>Overdue: it was due on %1 and is still open.</source>
            <translation>Vencido: debía cumplirse el %1 y sigue abierto.</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="133" />
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="140" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="141" />
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="142" />
            <location filename="../../cisdesk/ui/views/agreements.py" line="173" />
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="145" />
            <location filename="../../cisdesk/ui/views/agreements.py" line="168" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="149" />
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="150" />
            <source>Last follow-up</source>
            <translation>Último seguimiento</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="154" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="155" />
            <source>Meeting title</source>
            <translation>Título de la reunión</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="156" />
            <location filename="../../cisdesk/ui/views/agreements.py" line="164" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="157" />
            <source>Recorded by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="164" />
            <source>All committees</source>
            <translation>Todos los comités</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="169" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="174" />
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="176" />
            <source>Only overdue</source>
            <translation>Solo vencidos</translation>
        </message>
    </context>
    <context>
        <name>CapacityDialog</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="18" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="20" />
            <source>All three committees</source>
            <translation>Los tres comités</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="22" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="23" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="24" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="27" />
            <source>Scope</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="28" />
            <source>With experiences or experts from outside the region</source>
            <translation>Con experiencias o expertos de fuera de la región</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="30" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="32" />
            <source>number of people</source>
            <translation>número de personas</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="33" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="37" />
            <source>New capacity-building activity</source>
            <translation>Nueva actividad de formación</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="39" />
            <source>Capacity-building activity</source>
            <translation>Actividad de formación</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="43" />
            <source>Record activity</source>
            <translation>Registrar actividad</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/capacity_dialog.py" line="43" />
            <source>Edit activity</source>
            <translation>Editar actividad</translation>
        </message>
    </context>
    <context>
        <name>CapacityPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="29" />
            <source>Capacity building</source>
            <translation>Formación</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="33" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="35" />
            <location filename="../../cisdesk/ui/views/capacity.py" line="51" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="37" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="38" />
            <location filename="../../cisdesk/ui/views/capacity.py" line="47" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="39" />
            <source>Extra-regional</source>
            <translation>Extrarregional</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="40" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="41" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="47" />
            <source>All committees</source>
            <translation>Todos los comités</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="52" />
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="56" />
            <source>Semester</source>
            <translation>Semestre</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/capacity.py" line="56" />
            <source>All semesters</source>
            <translation>Todos los semestres</translation>
        </message>
    </context>
    <context>
        <name>DelegateDialog</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="17" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="18" />
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="19" />
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="21" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="22" />
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="25" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="27" />
            <source>Focal point</source>
            <translation>Punto focal</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="27" />
            <source>Country focal point</source>
            <translation>Punto focal del país</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="31" />
            <source>New delegate</source>
            <translation>Nuevo delegado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="31" />
            <source>Delegate</source>
            <translation>Delegado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="34" />
            <source>Add delegate</source>
            <translation>Agregar delegado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/delegate_dialog.py" line="34" />
            <source>Edit delegate</source>
            <translation>Editar delegado</translation>
        </message>
    </context>
    <context>
        <name>DelegatesPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="25" />
            <source>Delegates</source>
            <translation>Delegados</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="29" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="30" />
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="31" />
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="32" />
            <location filename="../../cisdesk/ui/views/delegates.py" line="42" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="33" />
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="34" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="35" />
            <source>Focal point</source>
            <translation>Punto focal</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="36" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/delegates.py" line="42" />
            <source>All committees</source>
            <translation>Todos los comités</translation>
        </message>
    </context>
    <context>
        <name>EvidencePanel</name>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="181" />
            <source>Evidence</source>
            <extracomment>result id → field → value typed but not saved. result id → (field, reason) of the last refused save.</extracomment>
            <translation>Evidencias</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="192" />
            <source>Attach file…</source>
            <translation>Adjuntar archivo…</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="193" />
            <source>Save a copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="194" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="213" />
            <source>file not received yet</source>
            <translation>archivo aún no recibido</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="222" />
            <source>Save a status for this result first.</source>
            <translation>Primero guarde un estado para este resultado.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="234" />
            <source>Attach evidence</source>
            <translation>Adjuntar evidencia</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="250" />
            <source>Attach %1</source>
            <translation>Adjuntar %1</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="258" />
            <source>Attaching evidence</source>
            <translation>Adjuntando evidencia</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="265" />
            <source>Save a copy of the evidence</source>
            <translation>Guardar una copia de la evidencia</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="277" />
            <source>This file has not been received on this install yet.</source>
            <translation>Este archivo aún no se ha recibido en esta instalación.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="282" />
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="288" />
            <source>Saving evidence</source>
            <translation>Guardando evidencia</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="296" />
            <source>Remove evidence</source>
            <translation>Quitar evidencia</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="297" />
            <source>Remove “%1” from this report?</source>
            <translation>¿Quitar «%1» de este avance?</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="303" />
            <source>Remove %1</source>
            <translation>Quitar %1</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="34" />
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="35" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="36" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="37" />
            <source>What was done</source>
            <translation>Lo realizado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="38" />
            <source>The agreement takes the status of its latest follow-up.</source>
            <translation>El acuerdo toma el estado de su seguimiento más reciente.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="43" />
            <source>New follow-up</source>
            <translation>Nuevo seguimiento</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="43" />
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="46" />
            <source>Record follow-up</source>
            <translation>Registrar seguimiento</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/followup_dialog.py" line="46" />
            <source>Edit follow-up</source>
            <translation>Editar seguimiento</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPanel</name>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="63" />
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="66" />
            <source>Add follow-up…</source>
            <translation>Agregar seguimiento…</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="70" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="73" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="77" />
            <source>What was done</source>
            <translation>Lo realizado</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="18" />
            <source>Not started</source>
            <translation>Sin iniciar</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="19" />
            <location filename="../../cisdesk/ui/labels.py" line="31" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="20" />
            <source>Completed</source>
            <translation>Completado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="21" />
            <source>Delayed</source>
            <translation>Retrasado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="22" />
            <location filename="../../cisdesk/ui/labels.py" line="33" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="25" />
            <source>Joint meeting</source>
            <translation>Reunión conjunta</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="26" />
            <source>Committee session</source>
            <translation>Sesión de comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="27" />
            <source>Urgent consultation</source>
            <translation>Consulta urgente</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="30" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="32" />
            <source>Fulfilled</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="36" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="37" />
            <source>Raised to the CIS</source>
            <translation>Elevada al CIS</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="38" />
            <source>On the CIS agenda</source>
            <translation>En la agenda del CIS</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="39" />
            <source>Adopted</source>
            <translation>Adoptada</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="40" />
            <source>Declined</source>
            <translation>No adoptada</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="43" />
            <source>Exchange of experiences</source>
            <translation>Intercambio de experiencias</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="44" />
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="45" />
            <source>Expert conference</source>
            <translation>Conferencia de experto</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="47" />
            <source>Not reported</source>
            <translation>Sin reportar</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="48" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="49" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="50" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="51" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/labels.py" line="52" />
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>MeetingAgreements</name>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="243" />
            <source>Agreements of the meeting</source>
            <extracomment>Where the selected agreement's follow-up shows (set by the page holding this panel).</extracomment>
            <translation>Acuerdos de la reunión</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/agreements.py" line="246" />
            <source>Add agreement…</source>
            <translation>Agregar acuerdo…</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="32" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="34" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="35" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="36" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="40" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="41" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="42" />
            <source>Virtual meeting</source>
            <translation>Reunión virtual</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="43" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="48" />
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="49" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="50" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="51" />
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="57" />
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="57" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="60" />
            <source>Record meeting</source>
            <translation>Registrar reunión</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/meeting_dialog.py" line="60" />
            <source>Edit meeting</source>
            <translation>Editar reunión</translation>
        </message>
    </context>
    <context>
        <name>MeetingModel</name>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="30" />
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="31" />
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="56" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="60" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="63" />
            <location filename="../../cisdesk/ui/views/meetings.py" line="84" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="68" />
            <location filename="../../cisdesk/ui/views/meetings.py" line="80" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="69" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="70" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="71" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="72" />
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="73" />
            <source>Open</source>
            <translation>Abiertos</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="74" />
            <source>Recorded by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="80" />
            <source>All committees</source>
            <translation>Todos los comités</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="85" />
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="89" />
            <source>Semester</source>
            <translation>Semestre</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/meetings.py" line="89" />
            <source>All semesters</source>
            <translation>Todos los semestres</translation>
        </message>
    </context>
    <context>
        <name>ProgressDialog</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/progress_dialog.py" line="45" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/progress_dialog.py" line="49" />
            <source>Semester</source>
            <translation>Semestre</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/progress_dialog.py" line="52" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/progress_dialog.py" line="57" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/progress_dialog.py" line="58" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/progress_dialog.py" line="75" />
            <source>Progress report</source>
            <translation>Informe de avance</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/progress_dialog.py" line="78" />
            <source>Save progress</source>
            <translation>Guardar avances</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="326" />
            <source>Save progress</source>
            <translation>Guardar avances</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="336" />
            <location filename="../../cisdesk/ui/views/progress.py" line="346" />
            <source>Progress</source>
            <translation>Avances</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="346" />
            <source>Percent</source>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="340" />
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="341" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="342" />
            <source>Starts</source>
            <translation>Inicia</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="343" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="344" />
            <location filename="../../cisdesk/ui/views/progress.py" line="355" />
            <source>Semester</source>
            <translation>Semestre</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="345" />
            <location filename="../../cisdesk/ui/views/progress.py" line="366" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="347" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="348" />
            <source>Evidence</source>
            <translation>Evid.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="356" />
            <source>All semesters</source>
            <translation>Todos los semestres</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="361" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="361" />
            <source>All committees</source>
            <translation>Todos los comités</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="363" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="383" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="384" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="451" />
            <source>Unsaved progress</source>
            <translation>Avances sin guardar</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/progress.py" line="452" />
            <source>Some progress has not been saved. Save it now?</source>
            <translation>Hay avances sin guardar. ¿Guardarlos ahora?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cisdesk/ui/views/progress.py" line="502" />
            <source>Save progress of %n result(s)</source>
            <translation>
                <numerusform>Guardar avance de %n resultado</numerusform>
                <numerusform>Guardar avances de %n resultados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cisdesk/ui/views/progress.py" line="520" />
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
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="19" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="20" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="21" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="22" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="23" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="26" />
            <source>New proposal</source>
            <translation>Nueva propuesta</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="26" />
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="29" />
            <source>Record proposal</source>
            <translation>Registrar propuesta</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/proposal_dialog.py" line="29" />
            <source>Edit proposal</source>
            <translation>Editar propuesta</translation>
        </message>
    </context>
    <context>
        <name>ProposalsPage</name>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="21" />
            <source>Proposals to the CIS agenda</source>
            <translation>Propuestas a la agenda del CIS</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="25" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="26" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="27" />
            <location filename="../../cisdesk/ui/views/proposals.py" line="41" />
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="30" />
            <location filename="../../cisdesk/ui/views/proposals.py" line="45" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="34" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="35" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="41" />
            <source>All committees</source>
            <translation>Todos los comités</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="46" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="50" />
            <source>Semester</source>
            <translation>Semestre</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/views/proposals.py" line="50" />
            <source>All semesters</source>
            <translation>Todos los semestres</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../cisdesk/ui/dialogs/record_dialog.py" line="125" />
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/dialogs/record_dialog.py" line="126" />
            <source>What you typed has not been saved. Close and discard it?</source>
            <translation>Lo que escribió no se ha guardado. ¿Cerrar y descartarlo?</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="98" />
            <source>Filter… (Ctrl+F)</source>
            <extracomment>Filter value meaning "no restriction". Tables whose changes this page shows. The model class (subclasses style rows). Embedded panels that take the keys when they have the focus.</extracomment>
            <translation>Filtrar… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="105" />
            <location filename="../../cisdesk/ui/record_page.py" line="351" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="106" />
            <location filename="../../cisdesk/ui/record_page.py" line="328" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="137" />
            <source>New…</source>
            <translation>Nuevo…</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="199" />
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="202" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="329" />
            <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar «%1»? Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="335" />
            <source>Delete “%1”</source>
            <translation>Eliminar «%1»</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="351" />
            <source>View…</source>
            <translation>Ver…</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/record_page.py" line="355" />
            <source>Recorded by %1: read-only here.</source>
            <translation>Registrado por %1: solo lectura aquí.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="32" />
            <source>This record belongs to {country} and is read-only on this install.</source>
            <extracomment>The core's refusal messages, as the translation catalogue knows them (by code).</extracomment>
            <translation>Este registro pertenece a {country} y es de solo lectura en esta instalación.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="35" />
            <source>This record no longer exists; it may have been deleted.</source>
            <translation>Este registro ya no existe; puede haber sido eliminado.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="38" />
            <source>Progress is reported by the countries; SISCA cannot record it.</source>
            <translation>Los avances los reportan los países; la SISCA no puede registrarlos.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="41" />
            <source>Choose a committee.</source>
            <translation>Elija un comité.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="42" />
            <source>The chosen committee does not exist.</source>
            <translation>El comité elegido no existe.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="43" />
            <source>Enter a title.</source>
            <translation>Escriba un título.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="44" />
            <source>This text is too long (at most {limit} characters).</source>
            <translation>Este texto es demasiado largo (máximo {limit} caracteres).</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="47" />
            <source>Enter a date.</source>
            <translation>Indique una fecha.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="48" />
            <source>The date cannot be before {earliest}.</source>
            <translation>La fecha no puede ser anterior al {earliest}.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="49" />
            <source>The date cannot be later than {latest}, a year from today.</source>
            <translation>La fecha no puede ser posterior al {latest}, un año a partir de hoy.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="52" />
            <source>The date cannot be in the future.</source>
            <translation>La fecha no puede ser futura.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="53" />
            <source>Choose a valid status.</source>
            <translation>Elija un estado válido.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="54" />
            <source>Choose a valid kind.</source>
            <translation>Elija un tipo válido.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="55" />
            <source>Answer yes or no.</source>
            <translation>Responda sí o no.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="56" />
            <source>Choose a result of the plan.</source>
            <translation>Elija un resultado del plan.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="57" />
            <source>The semester must look like 2018-I or 2018-II.</source>
            <translation>El semestre debe escribirse como 2018-I o 2018-II.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="60" />
            <source>This result starts in {start}; the semester cannot be earlier.</source>
            <translation>Este resultado inicia en {start}; el semestre no puede ser anterior.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="63" />
            <source>The semester cannot be after the current one ({current}).</source>
            <translation>El semestre no puede ser posterior al actual ({current}).</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="66" />
            <source>The percentage must be a whole number from 0 to 100.</source>
            <translation>El porcentaje debe ser un número entero entre 0 y 100.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="69" />
            <source>A completed result must be at 100%.</source>
            <translation>Un resultado completado debe estar al 100 %.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="70" />
            <source>A result not yet started must be at 0%.</source>
            <translation>Un resultado sin iniciar debe estar al 0 %.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="71" />
            <source>There is already a progress report for this result in {semester}; edit that one.</source>
            <translation>Ya hay un avance de este resultado en {semester}; edite ese.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="75" />
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="76" />
            <source>The file is larger than {limit} MB; attach a smaller one.</source>
            <translation>El archivo pesa más de {limit} MB; adjunte uno más pequeño.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="79" />
            <source>The file cannot be read ({reason}).</source>
            <translation>No se puede leer el archivo ({reason}).</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="80" />
            <source>The duration must be a whole number of minutes from 1 to 1440.</source>
            <translation>La duración debe ser un número entero de minutos entre 1 y 1440.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="83" />
            <source>A joint meeting brings the three committees together; leave the committee empty.</source>
            <translation>Una reunión conjunta reúne a los tres comités; deje el comité vacío.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="87" />
            <source>Choose the meeting where the agreement was taken.</source>
            <translation>Elija la reunión en que se tomó el acuerdo.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="90" />
            <source>Only {country} can record agreements of this meeting.</source>
            <translation>Solo {country} puede registrar acuerdos de esta reunión.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="93" />
            <source>Enter the text of the agreement.</source>
            <translation>Escriba el texto del acuerdo.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="94" />
            <source>Choose the responsible country.</source>
            <translation>Elija el país responsable.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="95" />
            <source>The due date cannot be before the meeting ({meeting_date}).</source>
            <translation>La fecha límite no puede ser anterior a la reunión ({meeting_date}).</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="98" />
            <source>An agreement of this meeting is due on {due_date}; the meeting cannot be later.</source>
            <translation>Un acuerdo de esta reunión vence el {due_date}; la reunión no puede ser posterior.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="102" />
            <source>Choose the agreement this follow-up reports on.</source>
            <translation>Elija el acuerdo al que corresponde este seguimiento.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="105" />
            <source>The follow-up cannot be dated before the meeting ({meeting_date}).</source>
            <translation>El seguimiento no puede tener fecha anterior a la reunión ({meeting_date}).</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="108" />
            <source>Write what was done.</source>
            <translation>Escriba lo realizado.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="109" />
            <source>Enter the delegate's name.</source>
            <translation>Escriba el nombre del delegado.</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="110" />
            <source>The e-mail address does not look right (name@example.org).</source>
            <translation>La dirección de correo no parece correcta (nombre@ejemplo.org).</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="113" />
            <source>A phone number holds only digits, spaces and + - ( ) .</source>
            <translation>Un número de teléfono solo lleva dígitos, espacios y + - ( ) .</translation>
        </message>
        <message>
            <location filename="../../cisdesk/ui/forms.py" line="116" />
            <source>The number of participants must be a whole number from 0 to 10000.</source>
            <translation>El número de participantes debe ser un número entero entre 0 y 10000.</translation>
        </message>
    </context>
</TS>
