<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArrestForm</name>
    <message>
        <location filename="../../clinic_app/ui/intake/record_pages.py" line="+367"/>
        <source>&amp;Arrest date</source>
        <translation>&amp;Fecha del arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code section</source>
        <translation>Sección del &amp;código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel</source>
        <translation>Ni&amp;vel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it &amp;ended</source>
        <translation>Cómo ter&amp;minó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date it ended</source>
        <translation>Fecha en que &amp;terminó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Felony</source>
        <translation>Delito grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misdemeanor</source>
        <translation>Delito menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infraction</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No charges were filed</source>
        <translation>No se presentaron cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges were dismissed</source>
        <translation>Se desestimaron los cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found not guilty</source>
        <translation>Se le declaró no culpable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diversion completed</source>
        <translation>Programa de desvío completado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The arrest date</source>
        <translation>La fecha del arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date it ended</source>
        <translation>La fecha en que terminó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the arrest date</source>
        <translation>la fecha del arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code section</source>
        <translation>la sección del código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the level</source>
        <translation>el nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how it ended</source>
        <translation>cómo terminó</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still needed: {facts}.</source>
        <translation>Falta: {facts}.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../clinic_app/ui/intake/person_pages.py" line="+111"/>
        <source>Who is the client? Write names as the court papers do.</source>
        <translation>¿Quién es el cliente? Escriba los nombres como aparecen en los documentos del tribunal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name(s)</source>
        <translation>A&amp;pellido(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other names used (separate with commas)</source>
        <translation>&amp;Otros nombres usados (sepárelos con comas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mailing address</source>
        <translation>&amp;Dirección postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred lan&amp;guage</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client agrees to be &amp;contacted about the case</source>
        <translation>El cliente acepta que lo &amp;contacten sobre el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the &amp;record came from</source>
        <translation>Fuente del &amp;registro de antecedentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client&apos;s memory</source>
        <translation>La memoria del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOJ record review (rap sheet)</source>
        <translation>Revisión del registro del DOJ (rap sheet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court printout</source>
        <translation>Copia impresa del tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the client&apos;s first and last name to go on.</source>
        <translation>Escriba el nombre y el apellido del cliente para continuar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is not a date: write it as 04/02/1990.</source>
        <translation>La fecha de nacimiento no es una fecha: escríbala así: 04/02/1990.</translation>
    </message>
</context>
<context>
    <name>ClientStatus</name>
    <message>
        <location filename="../../clinic_app/ui/status_words.py" line="+12"/>
        <source>Intake</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents printed</source>
        <translation>Documentos impresos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../clinic_app/ui/main_window.py" line="+108"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convictions</source>
        <translation>Condenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Date of birth not recorded</source>
        <translation>Fecha de nacimiento sin registrar</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../clinic_app/ui/client_view.py" line="+52"/>
        <location line="+41"/>
        <location line="+522"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location line="-557"/>
        <source>Unknown</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Felony</source>
        <translation>Delito grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misdemeanor</source>
        <translation>Delito menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infraction</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{level} (now {current})</source>
        <translation>{level} (ahora {current})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client&apos;s memory</source>
        <translation>Memoria del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOJ record review</source>
        <translation>Revisión del registro del DOJ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court printout</source>
        <translation>Copia impresa del tribunal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No charges filed</source>
        <translation>No se presentaron cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Desestimado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquitted</source>
        <translation>Absuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diversion completed</source>
        <translation>Programa de desvío completado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convicted</source>
        <translation>Condenado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{disposition} on {date}</source>
        <translation>{disposition} el {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 day in jail</source>
        <translation>1 día en la cárcel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days in jail</source>
        <translation>{days} días en la cárcel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sentence}, completion not recorded</source>
        <translation>{sentence}, sin fecha de cumplimiento registrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sentence}, completed {date}</source>
        <translation>{sentence}, pena cumplida el {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Probation revoked</source>
        <translation>Libertad condicional revocada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probation, end date not recorded</source>
        <translation>Libertad condicional, sin fecha de fin registrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probation ended early on {date}</source>
        <translation>Libertad condicional terminada antes de tiempo el {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Probation until {date}</source>
        <translation>Libertad condicional hasta el {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>violation recorded</source>
        <translation>se registró una violación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State prison</source>
        <translation>Prisión estatal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County jail, PC 1170(h) full term</source>
        <translation>Cárcel del condado, PC 1170(h) condena completa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>County jail, PC 1170(h) split sentence</source>
        <translation>Cárcel del condado, PC 1170(h) condena dividida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sentenced without probation</source>
        <translation>Sentencia sin libertad condicional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>supervision until {date}</source>
        <translation>supervisión hasta el {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Must register under PC 290</source>
        <translation>Debe registrarse según PC 290</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prior conviction requiring PC 290(c) registration</source>
        <translation>Condena anterior que exige registro según PC 290(c)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending charges</source>
        <translation>Cargos pendientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currently serving a sentence</source>
        <translation>Cumple una condena actualmente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On probation, parole or supervision</source>
        <translation>En libertad condicional, libertad bajo palabra o supervisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prior “super strike” conviction</source>
        <translation>Condena anterior por un “super strike”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trafficking survivor</source>
        <translation>Sobreviviente de trata de personas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Immigration concern</source>
        <translation>Preocupación migratoria</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Offense {date}</source>
        <translation>Delito: {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Convicted {date}</source>
        <translation>Condena: {date}</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>{caption}:</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Client record</source>
        <translation>Expediente del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No client selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Select a client in the list to see their record.</source>
        <translation>Seleccione un cliente en la lista para ver su expediente.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts about the person</source>
        <translation>Datos sobre la persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sentence</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convictions</source>
        <translation>Condenas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No convictions recorded.</source>
        <translation>No hay condenas registradas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrest date</source>
        <translation>Fecha de arresto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrests</source>
        <translation>Arrestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No arrests recorded.</source>
        <translation>No hay arrestos registrados.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Record of {name}</source>
        <translation>Expediente de {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also known as: {names}</source>
        <translation>Otros nombres: {names}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to contact</source>
        <translation>Autoriza que lo contacten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record source</source>
        <translation>Fuente de los antecedentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Convictions ({count})</source>
        <translation>Condenas ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrests ({count})</source>
        <translation>Arrestos ({count})</translation>
    </message>
</context>
<context>
    <name>ConvictionForm</name>
    <message>
        <location filename="../../clinic_app/ui/intake/record_pages.py" line="-188"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code section (e.g. HS 11358, PC 459)</source>
        <translation>Sección del &amp;código (p. ej., HS 11358, PC 459)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vel when convicted</source>
        <translation>Ni&amp;vel de la condena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offense date</source>
        <translation>Fecha del de&amp;lito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;viction date</source>
        <translation>Fecha de la cond&amp;ena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&amp;tence date (if different)</source>
        <translation>Fecha de la &amp;sentencia (si es otra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probation granted?</source>
        <translation>¿Se otorgó libertad condicional (&amp;probation)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probation &amp;end date</source>
        <translation>Fecha de &amp;fin de la libertad condicional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probation viol&amp;ated?</source>
        <translation>¿Violó la libertad cond&amp;icional?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probation &amp;revoked?</source>
        <translation>¿Se &amp;revocó la libertad condicional?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probation ended ear&amp;ly?</source>
        <translation>¿La libertad condicional terminó antes de &amp;tiempo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jail days</source>
        <translation>Dí&amp;as en la cárcel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustody</source>
        <translation>C&amp;ustodia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence &amp;finished on</source>
        <translation>Pena cu&amp;mplida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parole or supervision ende&amp;d on</source>
        <translation>Libertad &amp;bajo palabra o supervisión terminada el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Felony</source>
        <translation>Delito grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misdemeanor</source>
        <translation>Delito menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infraction</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{code} has subdivisions the law treats differently: type the one on the court papers ({choices}).</source>
        <translation>{code} tiene subdivisiones que la ley trata de forma distinta: escriba la que aparece en los documentos del tribunal ({choices}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is not in the offense table: the rules will ask an attorney.</source>
        <translation>{code} no está en la tabla de delitos: las reglas le pedirán a un abogado que lo revise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the case number</source>
        <translation>el número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the county</source>
        <translation>el condado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code section</source>
        <translation>la sección del código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the level</source>
        <translation>el nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the offense date</source>
        <translation>la fecha del delito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the conviction date</source>
        <translation>la fecha de la condena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whether probation was granted</source>
        <translation>si se otorgó libertad condicional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still needed: {facts}.</source>
        <translation>Falta: {facts}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Jail days must be a whole number.</source>
        <translation>Los días en la cárcel deben ser un número entero.</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../clinic_app/ui/decisions_view.py" line="+108"/>
        <source>Not reviewed; nothing to file, so no review is needed</source>
        <translation>Sin revisar; no hay nada que presentar, así que no hace falta revisarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reviewed yet</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewed by {name} on {date}, but the facts or the decision changed since: review it again</source>
        <translation>Revisada por {name} el {date}, pero los datos o la decisión cambiaron desde entonces: revísela de nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved by {name} on {date}</source>
        <translation>Aprobada por {name} el {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected by {name} on {date}: {note}</source>
        <translation>Rechazada por {name} el {date}: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed to “{status}” by {name} on {date}: {note}</source>
        <translation>Cambiada a “{status}” por {name} el {date}: {note}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approved now; saved when you sign off</source>
        <translation>Aprobada ahora; se guarda cuando usted firme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected now; saved when you sign off: {note}</source>
        <translation>Rechazada ahora; se guarda cuando usted firme: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed to “{status}” now; saved when you sign off: {note}</source>
        <translation>Cambiada a “{status}” ahora; se guarda cuando usted firme: {note}</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Law: {citations}</source>
        <translation>Ley: {citations}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forms: {forms}</source>
        <translation>Formularios: {forms}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{remedy}: {status}</source>
        <translation>{remedy}: {status}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve: {remedy}</source>
        <translation>Aprobar: {remedy}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject: {remedy}</source>
        <translation>Rechazar: {remedy}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override: {remedy}</source>
        <translation>Cambiar: {remedy}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions to show.</source>
        <translation>No hay decisiones que mostrar.</translation>
    </message>
</context>
<context>
    <name>FilingDetailsDialog</name>
    <message>
        <location filename="../../clinic_app/ui/filing_details_dialog.py" line="+168"/>
        <source>Filing details for {name}</source>
        <translation>Datos para presentar: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No attorney: the client files in pro per</source>
        <translation>Sin abogado: el cliente presenta por su cuenta (in pro per)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attorney of record</source>
        <translation>&amp;Abogado a cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name as in the court case</source>
        <translation>&amp;Nombre como aparece en el caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client&apos;s &amp;statement (MC-031)</source>
        <translation>&amp;Declaración del cliente (MC-031)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter language (CR-409)</source>
        <translation>Idioma del &amp;intérprete (CR-409)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up the right to the original sentencing judge (CR-400 item 3)</source>
        <translation>Renunciar al derecho a que lo vea el juez que dictó la sentencia (CR-400, punto 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up the right to be at the hearing (CR-400 item 4)</source>
        <translation>Renunciar al derecho a estar en la audiencia (CR-400, punto 4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held in county jail or prison (Prop 47)</source>
        <translation>Detenido en la cárcel del condado o en prisión (Prop. 47)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a hearing (Prop 47)</source>
        <translation>Pedir una audiencia (Prop. 47)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who serves the papers (an adult who is not the client)</source>
        <translation>Quién entrega los documentos (un adulto que no sea el cliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor served</source>
        <translation>Fiscal a quien se notifica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As it stands, each case is served on its own county&apos;s district attorney. A prosecutor typed below is served on every case instead.</source>
        <translation>Tal como está, cada caso se notifica al fiscal de distrito de su propio condado. Un fiscal escrito abajo recibe en cambio la notificación de todos los casos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>County of the arrest</source>
        <translation>Condado del arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arresting agency</source>
        <translation>Agencia que hizo el arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the arrest</source>
        <translation>Lugar del arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency report number</source>
        <translation>Número de informe de la agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking number</source>
        <translation>Número de fichaje (booking)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prosecutor&apos;s number</source>
        <translation>Número de la fiscalía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court case number, if charges were filed</source>
        <translation>Número de caso en la corte, si se presentaron cargos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrest of {date}: {code}</source>
        <translation>Arresto del {date}: {code}</translation>
    </message>
</context>
<context>
    <name>ImportTable</name>
    <message>
        <location filename="../../clinic_app/ui/intake/import_table.py" line="+59"/>
        <source>Felony</source>
        <translation>Delito grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misdemeanor</source>
        <translation>Delito menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infraction</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismissed</source>
        <translation>Desestimado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found not guilty</source>
        <translation>Declarado no culpable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No charges filed (prosecutor declined)</source>
        <translation>No se presentaron cargos (el fiscal los rechazó)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detained only, no charges</source>
        <translation>Solo detenido, sin cargos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diversion completed</source>
        <translation>Programa de desvío (diversion) completado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Offense date</source>
        <translation>Fecha del delito</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Convicted on</source>
        <translation>Fecha de la condena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Probation?</source>
        <translation>¿Libertad condicional?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Probation ends</source>
        <translation>Fin de la libertad condicional</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jail days</source>
        <translation>Días de cárcel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custody</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arrest date</source>
        <translation>Fecha del arresto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ended on</source>
        <translation>Terminó el</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add to the intake</source>
        <translation>Agregar a la entrevista</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Corrected by hand. The record printed: {raw}</source>
        <translation>Corregido a mano. El historial decía: {raw}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record does not show this, and the rules need it: type it in.</source>
        <translation>El historial no muestra este dato y las reglas lo necesitan: escríbalo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record does not show this.</source>
        <translation>El historial no muestra este dato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As printed: {raw}</source>
        <translation>Tal como aparece: {raw}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“{text}” is not a date (MM/DD/YYYY).</source>
        <translation>“{text}” no es una fecha (MM/DD/AAAA).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}” no es un número entero.</translation>
    </message>
</context>
<context>
    <name>InlineError</name>
    <message>
        <location filename="../../clinic_app/ui/unlock_dialog.py" line="+78"/>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <location filename="../../clinic_app/ui/intake/fields.py" line="+25"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../clinic_app/ui/intake/wizard.py" line="+187"/>
        <source>Intake interview</source>
        <translation>Entrevista de admisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Client</source>
        <translation>1. Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Today</source>
        <translation>2. Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Convictions</source>
        <translation>3. Condenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Arrests</source>
        <translation>4. Arrestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Summary</source>
        <translation>5. Resumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steps of the interview</source>
        <translation>Pasos de la entrevista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the interview&apos;s language (Ctrl+Shift+L)</source>
        <translation>Cambiar el idioma de la entrevista (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt</source>
        <translation>Sig&amp;uiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and &amp;close</source>
        <translation>&amp;Guardar y cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import record…</source>
        <translation>&amp;Importar historial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the client&apos;s DOJ record (PDF, photo or text) instead of typing it</source>
        <translation>Leer el historial del DOJ del cliente (PDF, foto o texto) en lugar de escribirlo</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>All answers saved.</source>
        <translation>Todas las respuestas están guardadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: see the message.</source>
        <translation>No se guardó: vea el mensaje.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clinic_app/ui/main_window.py" line="+101"/>
        <source>Loading the record…</source>
        <translation>Cargando el expediente…</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Clean Slate Desk — {name}</source>
        <translation>Clean Slate Desk — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients by name…</source>
        <translation>Buscar clientes por nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients by name</source>
        <translation>Buscar clientes por nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of clients</source>
        <translation>Número de clientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find client…</source>
        <translation>&amp;Buscar cliente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients by name ({shortcut})</source>
        <translation>Buscar clientes por nombre ({shortcut})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New intake…</source>
        <translation>&amp;Nueva entrevista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the intake or &amp;edit the record…</source>
        <translation>Continuar la entrevista o &amp;editar el historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents and printing…</source>
        <translation>&amp;Documentos e impresión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney &amp;review…</source>
        <translation>&amp;Revisión del abogado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;filed</source>
        <translation>Marcar como &amp;presentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;granted</source>
        <translation>Marcar como &amp;concedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as de&amp;nied</source>
        <translation>Marcar como de&amp;negado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New intake (Ctrl+N)</source>
        <translation>Nueva entrevista (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show clients whose status is</source>
        <translation>Mostrar clientes con el estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Clean Slate Desk</source>
        <translation>&amp;Acerca de Clean Slate Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading clients…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Sent to an attorney for review. Ctrl+R opens the review queue.</source>
        <translation>Enviado a un abogado para revisión. Ctrl+R abre la lista de revisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was sent to an attorney for review. Ctrl+R opens the review queue.</source>
        <translation>{name} fue enviado(a) a un abogado para revisión. Ctrl+R abre la lista de revisión.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client&apos;s name starts with “{query}”. Check the spelling, or try another name the client uses.</source>
        <translation>Ningún nombre de cliente empieza por “{query}”. Revise la ortografía o pruebe con otro nombre que use el cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no clients in this database yet.</source>
        <translation>Todavía no hay clientes en esta base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown} of {total} clients match “{query}”</source>
        <translation>{shown} de {total} clientes coinciden con “{query}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{total} clients — showing the first {shown}; search to find others</source>
        <translation>{total} clientes — se muestran los primeros {shown}; busque para encontrar a los demás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} clients</source>
        <translation>{total} clientes</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>About Clean Slate Desk</source>
        <translation>Acerca de Clean Slate Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean Slate Desk helps legal-aid clinics in California find and prepare record-clearance remedies. Client records stay encrypted on this computer.</source>
        <translation>Clean Slate Desk ayuda a las clínicas de asistencia legal de California a encontrar y preparar los recursos para limpiar antecedentes penales. Los expedientes de los clientes se guardan cifrados en esta computadora.</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../clinic_app/ui/packet_dialog.py" line="+105"/>
        <location line="+82"/>
        <source>Documents for {name}</source>
        <translation>Documentos de {name}</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Petitions, proposed orders, proofs of service, and a letter and handout for the client in their language.</source>
        <translation>Peticiones, órdenes propuestas, constancias de notificación, y una carta y una hoja informativa para el cliente en su idioma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filing packet: only decisions an attorney approved</source>
        <translation>&amp;Paquete para presentar: solo las decisiones que aprobó un abogado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Draft: everything that could be filed, every page marked DRAFT</source>
        <translation>&amp;Borrador: todo lo que se podría presentar, con la marca DRAFT (borrador) en cada página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Vista previa e impresión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;Word files…</source>
        <translation>Guardar como archivos de &amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing de&amp;tails: attorney, statement, service…</source>
        <translation>Da&amp;tos para presentar: abogado, declaración, entrega…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save the documents</source>
        <translation>Elija dónde guardar los documentos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filling in the documents…</source>
        <translation>Llenando los documentos…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved {count} files in {folder}. They are not encrypted: keep them safe and delete them when the case is done.</source>
        <translation>Se guardaron {count} archivos en {folder}. No están cifrados: guárdelos en un lugar seguro y bórrelos cuando termine el caso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making PDFs with LibreOffice…</source>
        <translation>Creando los PDF con LibreOffice…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Stopped. Nothing was saved.</source>
        <translation>Se detuvo. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>PacketPreview</name>
    <message>
        <location filename="../../clinic_app/ui/packet_preview.py" line="+88"/>
        <source>Documents in the packet</source>
        <translation>Documentos del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page preview</source>
        <translation>Vista previa de la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print this document…</source>
        <translation>&amp;Imprimir este documento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;all…</source>
        <translation>Imprimir &amp;todo…</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../clinic_app/ui/intake/record_pages.py" line="+182"/>
        <source>The rules need to know</source>
        <translation>Las reglas necesitan saber</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Already answered (you can change an answer):</source>
        <translation>Ya respondidas (puede cambiar una respuesta):</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not understood: check what was typed.</source>
        <translation>No se entendió: revise lo que escribió.</translation>
    </message>
</context>
<context>
    <name>RecordImportDialog</name>
    <message>
        <location filename="../../clinic_app/ui/intake/record_import.py" line="+256"/>
        <source>Import the client&apos;s record</source>
        <translation>Importar el historial del cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the client&apos;s California DOJ record (rap sheet) instead of typing it: open the PDF, a scan or a phone photo of its pages, or paste its text below. Nothing leaves this computer. You check everything before it is added.</source>
        <translation>Lea el historial del DOJ de California del cliente (rap sheet) en lugar de escribirlo: abra el PDF, un escaneo o una foto de sus páginas tomada con el teléfono, o pegue su texto abajo. Nada sale de esta computadora. Usted revisa todo antes de agregarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open a file (PDF, photo, scan or text)…</source>
        <translation>&amp;Abrir un archivo (PDF, foto, escaneo o texto)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or &amp;paste the record&apos;s text here:</source>
        <translation>O &amp;pegue aquí el texto del historial:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the pasted text</source>
        <translation>&amp;Leer el texto pegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the intake</source>
        <translation>A&amp;gregar a la entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;record as read (Ctrl+L):</source>
        <translation>El &amp;historial tal como se leyó (Ctrl+L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines that could not be read (&amp;unread):</source>
        <translation>Líneas que no se pudieron leer (&amp;sin leer):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines that could not be read</source>
        <translation>Líneas que no se pudieron leer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Convictions ({count})</source>
        <translation>Condenas ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrests ({count})</source>
        <translation>Arrestos ({count})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Read from {source}: {convictions} convictions and {arrests} arrests without a conviction. Check each row against the record: selecting a cell shows its line on the right. Red cells are facts the record does not show: type them in only if you know them (F2 edits a cell), or untick the row. Orange lines could not be read: many are specks; a real entry among them must be entered by hand after the import.</source>
        <translation>Leído de {source}: {convictions} condenas y {arrests} arrestos sin condena. Compare cada fila con el historial: al elegir una celda se ve su línea a la derecha. Las celdas rojas son datos que el historial no muestra: escríbalos solo si los conoce (F2 edita una celda), o desmarque la fila. Las líneas naranjas no se pudieron leer: muchas son manchas; una entrada real entre ellas debe ingresarse a mano después de importar.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open the client&apos;s record (select every page)</source>
        <translation>Abrir el historial del cliente (elija todas las páginas)</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Convictions read from the record</source>
        <translation>Condenas leídas del historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrests read from the record</source>
        <translation>Arrestos leídos del historial</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(to fill: {count})</source>
        <translation>(por completar: {count})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close without adding?</source>
        <translation>¿Cerrar sin agregar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The corrections you typed are lost if you close now. Close anyway?</source>
        <translation>Las correcciones que escribió se pierden si cierra ahora. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The record shows a PC 290 registration (line {line}): adding it also answers Yes to the registration question of step 2.</source>
        <translation>El historial muestra un registro según el PC 290 (línea {line}): al agregarlo, también se responde Sí a la pregunta de registro del paso 2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record&apos;s date of birth is {record}, but the client&apos;s is {client}. Make sure this is the client&apos;s own record before adding it.</source>
        <translation>La fecha de nacimiento del historial es {record}, pero la del cliente es {client}. Asegúrese de que sea el historial del propio cliente antes de agregarlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line {line}: {text} ({reason})</source>
        <translation>Línea {line}: {text} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None: every line was read.</source>
        <translation>Ninguna: se leyeron todas las líneas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records (PDF, photos, scans, text) ({patterns})</source>
        <translation>Historiales (PDF, fotos, escaneos, texto) ({patterns})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste the record&apos;s text first.</source>
        <translation>Primero pegue el texto del historial.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the record…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped. Nothing was read.</source>
        <translation>Detenido. No se leyó nada.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Conviction</source>
        <translation>Condena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{kind} {number} (line {line}) still needs: {facts}.</source>
        <translation>{kind} {number} (línea {line}) todavía necesita: {facts}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{kind} {number} (line {line}): {problem}</source>
        <translation>{kind} {number} (línea {line}): {problem}</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../clinic_app/ui/intake/record_pages.py" line="+110"/>
        <source>&amp;New conviction</source>
        <translation>&amp;Nueva condena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New arrest</source>
        <translation>&amp;Nuevo arresto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save conviction (Enter)</source>
        <translation>&amp;Guardar condena (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save arrest (Enter)</source>
        <translation>&amp;Guardar arresto (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convictions entered</source>
        <translation>Condenas ingresadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrests entered</source>
        <translation>Arrestos ingresados</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Conviction {number}: changes replace it when you save</source>
        <translation>Condena {number}: al guardar, los cambios la reemplazan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrest {number}: changes replace it when you save</source>
        <translation>Arresto {number}: al guardar, los cambios lo reemplazan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New conviction</source>
        <translation>Nueva condena</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New arrest</source>
        <translation>Nuevo arresto</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {record} from this intake?</source>
        <translation>¿Quitar {record} de esta entrevista?</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../clinic_app/ui/review_screen.py" line="+615"/>
        <source>Verdicts not signed off</source>
        <translation>Decisiones sin firmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You gave verdicts that are not signed off yet (unsigned: {count}). They are lost if you close now. Close anyway?</source>
        <translation>Dio decisiones que todavía no firmó (sin firmar: {count}). Se pierden si cierra ahora. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attorney review</source>
        <translation>Revisión del abogado</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location line="-143"/>
        <source>Review at least one decision before signing off.</source>
        <translation>Revise al menos una decisión antes de firmar.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Signed off: {name} is approved, and the documents can be made.</source>
        <translation>Firmado: {name} está aprobado y ya se pueden preparar los documentos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed off, but decisions with forms still need review (left: {remaining}), so {name} stays in the queue.</source>
        <translation>Firmado, pero aún quedan decisiones con formularios por revisar (faltan: {remaining}), así que {name} sigue en la lista.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Clients waiting for review:</source>
        <translation>&amp;Clientes en espera de revisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients waiting for review</source>
        <translation>Clientes en espera de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clients are waiting for review.</source>
        <translation>No hay clientes en espera de revisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the queue again (F5)</source>
        <translation>Volver a leer la cola (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign off…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a client on the left.</source>
        <translation>Elija un cliente a la izquierda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only decisions that file forms need your verdict. Still to review: {remaining} of {total}.</source>
        <translation>Solo las decisiones que presentan formularios necesitan su decisión. Faltan por revisar: {remaining} de {total}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../clinic_app/ui/settings_dialog.py" line="+332"/>
        <source>Settings — Clean Slate Desk</source>
        <translation>Configuración — Clean Slate Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clinic</source>
        <translation>&amp;Clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttorneys</source>
        <translation>&amp;Abogados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language and security</source>
        <translation>&amp;Idioma y seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourts</source>
        <translation>&amp;Tribunales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clinic&apos;s name and address print on petitions and on letters to clients.</source>
        <translation>El nombre y la dirección de la clínica se imprimen en las peticiones y en las cartas a los clientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street:</source>
        <translation>&amp;Domicilio (calle):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity, state, ZIP:</source>
        <translation>Ci&amp;udad, estado, código postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attorne&amp;ys who review decisions and sign petitions:</source>
        <translation>Abo&amp;gados que revisan las decisiones y firman las peticiones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State Bar number</source>
        <translation>Número del State Bar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attorneys</source>
        <translation>Abogados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add attorney</source>
        <translation>Ag&amp;regar abogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove attorney</source>
        <translation>&amp;Quitar abogado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name and State Bar number are required; the number is digits only. Arrow keys move between cells, typing edits a cell, Enter finishes it.</source>
        <translation>El nombre y el número del State Bar son obligatorios; el número lleva solo dígitos. Las flechas mueven entre las celdas, al escribir se edita una celda y Enter termina la edición.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default lan&amp;guage:</source>
        <translation>Idioma &amp;predeterminado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k after this many minutes idle:</source>
        <translation>&amp;Bloquear tras estos minutos sin uso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after this many minutes idle</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When nobody uses the app for this long it locks, so a client&apos;s record is not left open on an unattended screen. The passphrase unlocks it.</source>
        <translation>Si nadie usa la aplicación durante este tiempo, se bloquea, para que el expediente de un cliente no quede abierto en una pantalla sin vigilancia. La contraseña la desbloquea.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each county&apos;s superior court address prints on forms CR-409 and CR-410 and in pleading captions. A blank address prints as a blank line, to fill in by hand. These addresses are saved on this computer, in the file courts.csv in the app&apos;s data folder, not in the client database.</source>
        <translation>La dirección del tribunal superior de cada condado se imprime en los formularios CR-409 y CR-410 y en el encabezado de los escritos. Una dirección en blanco se imprime como una línea en blanco, para llenarla a mano. Estas direcciones se guardan en esta computadora, en el archivo courts.csv de la carpeta de datos de la aplicación, no en la base de datos de clientes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Court a&amp;ddresses:</source>
        <translation>&amp;Direcciones de los tribunales:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City, state, ZIP</source>
        <translation>Ciudad, estado, código postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court addresses</source>
        <translation>Direcciones de los tribunales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a county&apos;s first letters in the County column to jump to it. Arrow keys move between cells, typing edits a cell, Enter finishes it.</source>
        <translation>Escriba las primeras letras de un condado en la columna Condado para ir a él. Las flechas mueven entre las celdas, al escribir se edita una celda y Enter termina la edición.</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Attorney {row}: type the attorney&apos;s name.</source>
        <translation>Abogado {row}: escriba el nombre del abogado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attorney {row}: type the State Bar number.</source>
        <translation>Abogado {row}: escriba el número del State Bar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attorney {row}: a State Bar number has digits only, no letters, spaces or dashes.</source>
        <translation>Abogado {row}: un número del State Bar lleva solo dígitos, sin letras, espacios ni guiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attorneys {first} and {row} have the same State Bar number. Each attorney needs their own.</source>
        <translation>Los abogados {first} y {row} tienen el mismo número del State Bar. Cada abogado necesita el suyo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The clinic&apos;s courts.csv could not be read, so these addresses cannot be changed here and OK leaves the file as it is. Correct or delete the file, then open Settings again.</source>
        <translation>No se pudo leer el archivo courts.csv de la clínica, así que estas direcciones no se pueden cambiar aquí y Aceptar deja el archivo como está. Corrija o borre el archivo y vuelva a abrir la Configuración.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings could not be loaded.</source>
        <translation>No se pudo cargar la configuración.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../clinic_app/ui/review_screen.py" line="-344"/>
        <source>Sign off</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No attorney is set up for this clinic yet, so nobody can sign off. Add the clinic&apos;s attorneys, with their State Bar numbers, in Settings on the Attorneys page, then sign off again.</source>
        <translation>Todavía no hay ningún abogado configurado para esta clínica, así que nadie puede firmar. Agregue los abogados de la clínica, con sus números del State Bar, en la página Abogados de la Configuración, y vuelva a firmar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign off the decisions you reviewed for {name} (reviewed now: {count}). The attorney&apos;s name and State Bar number are saved with each one.</source>
        <translation>Firme las decisiones que revisó para {name} (revisadas ahora: {count}). El nombre del abogado y su número del Colegio de Abogados se guardan con cada una.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attorney signing:</source>
        <translation>&amp;Abogado que firma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (Bar No. {bar_number})</source>
        <translation>{name} (n.º del State Bar {bar_number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Firmar</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../clinic_app/ui/intake/person_pages.py" line="+70"/>
        <source>A few questions about today. They apply to every case on the record.</source>
        <translation>Unas preguntas sobre su situación de hoy. Se aplican a todos los casos de sus antecedentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is any criminal case open against you right now?</source>
        <translation>¿Tiene algún caso penal abierto en su contra en este momento?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you serving a jail or prison sentence right now?</source>
        <translation>¿Está cumpliendo una condena en la cárcel o en prisión en este momento?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you on probation, parole or supervision right now, in any case?</source>
        <translation>¿Está en libertad condicional, libertad bajo palabra o supervisión en este momento, en cualquier caso?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you have to register as a sex offender (PC 290)?</source>
        <translation>¿Tiene que registrarse como delincuente sexual (PC 290)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Were you ever convicted of an offense that requires registration (PC 290(c))?</source>
        <translation>¿Alguna vez lo condenaron por un delito que exige registrarse (PC 290(c))?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Were you ever convicted of a very serious offense such as murder, attempted murder or a sexually violent offense (a “super strike”)?</source>
        <translation>¿Alguna vez lo condenaron por un delito muy grave, como asesinato, intento de asesinato o un delito sexual violento (un “super strike”)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Were any of these convictions connected to being a victim of human trafficking?</source>
        <translation>¿Alguna de estas condenas tuvo que ver con haber sido víctima de trata de personas?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could a conviction affect your immigration status (you are not a U.S. citizen)?</source>
        <translation>¿Una condena podría afectar su situación migratoria (usted no es ciudadano de EE. UU.)?</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <location line="+16"/>
        <source>Answer every question to go on (%n left).</source>
        <translation>
            <numerusform>Conteste todas las preguntas para continuar (falta %n).</numerusform>
            <numerusform>Conteste todas las preguntas para continuar (faltan %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../clinic_app/ui/intake/wizard.py" line="-335"/>
        <source>What the law allows for each conviction and arrest, as of today. Read the reasons to the client; an attorney reviews everything before anything is filed.</source>
        <translation>Lo que permite la ley para cada condena y arresto, a la fecha de hoy. Léale las razones al cliente; un abogado revisa todo antes de presentar cualquier cosa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to an &amp;attorney for review</source>
        <translation>Enviar a un &amp;abogado para que lo revise</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../clinic_app/ui/task_progress.py" line="+24"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../clinic_app/ui/unlock_dialog.py" line="+96"/>
        <source>Unlock — Clean Slate Desk</source>
        <translation>Desbloquear — Clean Slate Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the client database</source>
        <translation>Desbloquear la base de datos de clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Contraseña o clave de recuperación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase or recovery key</source>
        <translation>Contraseña o clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en esta computadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps the key in this computer&apos;s password store, so you do not type it next time. Use only on a computer that only you use.</source>
        <translation>Guarda la clave en el almacén de contraseñas de esta computadora, para que no tenga que escribirla la próxima vez. Úselo solo en una computadora que nadie más use.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Escriba la contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Checking the key…</source>
        <translation>Comprobando la clave…</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../clinic_app/ui/review_screen.py" line="-119"/>
        <source>Choose the status you give this decision.</source>
        <translation>Elija el estado que le da a esta decisión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a note saying why: it is saved with your sign-off.</source>
        <translation>Escriba una nota que explique por qué: se guarda con su firma.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reject a decision</source>
        <translation>Rechazar una decisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject “{remedy}” (the rules say: {status}). Nothing is filed for it.</source>
        <translation>Rechazar “{remedy}” (según las reglas: {status}). No se presenta nada para esto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override a decision</source>
        <translation>Cambiar una decisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Override “{remedy}” (the rules say: {status}) with your own status.</source>
        <translation>Cambiar “{remedy}” (según las reglas: {status}) por el estado que usted elija.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Override</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New status:</source>
        <translation>&amp;Nuevo estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a status</source>
        <translation>Elija un estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Why (required, saved with your sign-off):</source>
        <translation>&amp;Por qué (obligatorio; se guarda con su firma):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../../clinic_app/ui/intake/person_pages.py" line="-183"/>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
</context>
<context>
    <name>_PartyBox</name>
    <message>
        <location filename="../../clinic_app/ui/filing_details_dialog.py" line="-145"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City, state, ZIP</source>
        <translation>Ciudad, estado, código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>_RecordForm</name>
    <message>
        <location filename="../../clinic_app/ui/intake/record_pages.py" line="-599"/>
        <source>{field} is not a date: write it as 09/15/2014.</source>
        <translation>{field} no es una fecha: escríbala así: 09/15/2014.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../clinic_app/ui/app.py" line="+145"/>
        <source>This computer&apos;s password store did not keep the key: type the passphrase next time.</source>
        <translation>El almacén de contraseñas de esta computadora no guardó la clave: escriba la contraseña la próxima vez.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../clinic_app/ui/errors.py" line="+45"/>
        <source>If this happens again, tell your clinic&apos;s technical contact and give them this reference: {reference}</source>
        <translation>Si vuelve a pasar, avise al contacto técnico de su clínica y dele esta referencia: {reference}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
</TS>
