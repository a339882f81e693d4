<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nuevo desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>start from a realistic blueprint of a sector, or a blank one</source>
        <translation>empezar con un blueprint realista de un sector, o en blanco</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exportar P&amp;NG…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>Exportar S&amp;VG…</translation>
    </message>
    <message>
        <source>Export Spreads&amp;heet…</source>
        <translation>Exportar &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>a lane × step grid: every blueprint as a sheet (.xlsx), or this one as .csv</source>
        <translation>una cuadrícula carril × paso: cada blueprint como hoja (.xlsx), o este como .csv</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>&amp;Importar hoja de cálculo…</translation>
    </message>
    <message>
        <source>a new document from a lane × step grid (.xlsx or .csv)</source>
        <translation>un documento nuevo a partir de una cuadrícula carril × paso (.xlsx o .csv)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
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
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>&amp;Editar texto de la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>in card texts, notes, owners and facets of every blueprint</source>
        <translation>en textos de tarjetas, notas, responsables y facetas de todos los blueprints</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>language, theme, autosave, paper and units</source>
        <translation>idioma, tema, guardado automático, papel y unidades</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>New &amp;Card in Current Cell</source>
        <translation>Nueva &amp;tarjeta en la celda actual</translation>
    </message>
    <message>
        <source>Step &amp;Before</source>
        <translation>Paso &amp;antes</translation>
    </message>
    <message>
        <source>Step &amp;After</source>
        <translation>Paso &amp;después</translation>
    </message>
    <message>
        <source>De&amp;lete Step</source>
        <translation>E&amp;liminar paso</translation>
    </message>
    <message>
        <source>&amp;Lane in This Zone…</source>
        <translation>&amp;Carril en esta zona…</translation>
    </message>
    <message>
        <source>Delete La&amp;ne</source>
        <translation>Eliminar carri&amp;l</translation>
    </message>
    <message>
        <source>Delete Bluepr&amp;int</source>
        <translation>Eliminar bluepr&amp;int</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Eliminar carril</translation>
    </message>
    <message>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <source>&amp;To-Be Variant of This Blueprint</source>
        <translation>Variante &amp;futura de este blueprint</translation>
    </message>
    <message>
        <source>a copy to redesign as the future state, compared with this one</source>
        <translation>una copia para rediseñar el estado futuro, comparada con este</translation>
    </message>
    <message>
        <source>&amp;Rename Blueprint…</source>
        <translation>&amp;Renombrar blueprint…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Tamaño real (100 %)</translation>
    </message>
    <message>
        <source>Journey Map and &amp;Blueprint</source>
        <translation>Mapa del recorrido y &amp;blueprint</translation>
    </message>
    <message>
        <source>&amp;Journey Map Only</source>
        <translation>Solo el &amp;mapa del recorrido</translation>
    </message>
    <message>
        <source>Blueprint &amp;Only</source>
        <translation>Solo el &amp;blueprint</translation>
    </message>
    <message>
        <source>Journey &amp;Rows</source>
        <translation>&amp;Filas del recorrido</translation>
    </message>
    <message>
        <source>&amp;Next Blueprint</source>
        <translation>Blueprint &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Blueprint</source>
        <translation>Blueprint &amp;anterior</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <source>the document as a tree, for the keyboard and screen readers</source>
        <translation>el documento como árbol, para el teclado y los lectores de pantalla</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>full screen, stage by stage, for a workshop projector; Esc returns</source>
        <translation>pantalla completa, etapa a etapa, para el proyector del taller; Esc vuelve</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>From “{start}” to “{end}”</source>
        <translation>De «{start}» a «{end}»</translation>
    </message>
    <message>
        <source>Customer&apos;s goal: {goal}</source>
        <translation>Objetivo del cliente: {goal}</translation>
    </message>
    <message>
        <source>over the acceptable time</source>
        <translation>por encima del tiempo aceptable</translation>
    </message>
    <message>
        <source>within the acceptable time</source>
        <translation>dentro del tiempo aceptable</translation>
    </message>
    <message>
        <source>Journey time</source>
        <translation>Duración del recorrido</translation>
    </message>
    <message>
        <source>Customer&apos;s own time and waits</source>
        <translation>Tiempo y esperas del propio cliente</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>moments of truth: {count}</source>
        <translation>momentos de la verdad: {count}</translation>
    </message>
    <message>
        <source>open: {count}</source>
        <translation>abiertos: {count}</translation>
    </message>
    <message>
        <source>Encounters · handoffs</source>
        <translation>Encuentros · traspasos</translation>
    </message>
    <message>
        <source>customer meets staff · work changes hands</source>
        <translation>el cliente se encuentra con el personal · el trabajo cambia de manos</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Top fail points (of {count})</source>
        <translation>Principales puntos de fallo (de {count})</translation>
    </message>
    <message>
        <source>Fail points: none marked</source>
        <translation>Puntos de fallo: ninguno marcado</translation>
    </message>
    <message>
        <source>Where the customer feels worst</source>
        <translation>Donde el cliente se siente peor</translation>
    </message>
    <message>
        <source>Executive summary · printed {date} with Blueprint Studio {version}</source>
        <translation>Resumen ejecutivo · impreso el {date} con Blueprint Studio {version}</translation>
    </message>
    <message>
        <source>No stages: name stages in the editor to see the journey in phases.</source>
        <translation>Sin etapas: nombre etapas en el editor para ver el recorrido por fases.</translation>
    </message>
    <message>
        <source>steps: {steps} · fail points: {fails}</source>
        <translation>pasos: {steps} · puntos de fallo: {fails}</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Punto de fallo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>una persona</translation>
    </message>
    <message>
        <source>{title} — executive summary</source>
        <translation>{title} — resumen ejecutivo</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Modo de fallo</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>NPR</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source> (dismissed)</source>
        <translation> (descartado)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Puntos de fallo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Sinergias</translation>
    </message>
    <message>
        <source>Show the critical path on the canvas</source>
        <translation>Mostrar la ruta crítica en el lienzo</translation>
    </message>
    <message>
        <source>Show encounters and handoffs on the lines</source>
        <translation>Mostrar encuentros y traspasos en las líneas</translation>
    </message>
    <message>
        <source>Stage / step</source>
        <translation>Etapa / paso</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Critical path (longest chain along flow arrows):</source>
        <translation>Ruta crítica (la cadena más larga a lo largo de las flechas de flujo):</translation>
    </message>
    <message>
        <source>Rate severity, occurrence and detection 1–10; RPN = S × O × D. Double-click Recovery to choose its cards.</source>
        <translation>Valore gravedad, ocurrencia y detección de 1 a 10; NPR = S × O × D. Doble clic en Recuperación para elegir sus tarjetas.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Set this finding aside; the choice is saved with the blueprint</source>
        <translation>Apartar este hallazgo; la elección se guarda con el blueprint</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Mostrar descartados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Used by steps</source>
        <translation>Usado por pasos</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>Blueprints</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <source>Used by several steps: candidates to share or automate.</source>
        <translation>Usado por varios pasos: candidatos a compartir o automatizar.</translation>
    </message>
    <message>
        <source>Analysis failed: {problem}</source>
        <translation>El análisis falló: {problem}</translation>
    </message>
    <message>
        <source> — acceptable {limit}: &lt;b&gt;over&lt;/b&gt;</source>
        <translation> — aceptable {limit}: &lt;b&gt;excedido&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — acceptable {limit}: within</source>
        <translation> — aceptable {limit}: dentro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey:&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Customer&apos;s time and waits:&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;Organisation&apos;s:&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Encounters:&lt;/b&gt; {encounters} · &lt;b&gt;handoffs:&lt;/b&gt; {handoffs}</source>
        <translation>&lt;b&gt;Recorrido:&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Tiempo y esperas del cliente:&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;De la organización:&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Encuentros:&lt;/b&gt; {encounters} · &lt;b&gt;traspasos:&lt;/b&gt; {handoffs}</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sin etapa)</translation>
    </message>
    <message>
        <source>Typically takes longer than its acceptable time</source>
        <translation>Suele tardar más que el tiempo aceptable</translation>
    </message>
    <message>
        <source>No chain of two or more cards along flow arrows.</source>
        <translation>Ninguna cadena de dos o más tarjetas a lo largo de las flechas de flujo.</translation>
    </message>
    <message>
        <source>Checks ({count})</source>
        <translation>Comprobaciones ({count})</translation>
    </message>
    <message>
        <source>{column}: rate from 1 to 10, or leave empty</source>
        <translation>{column}: valore de 1 a 10 o deje vacío</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>open elsewhere by {holder}</source>
        <translation>abierto en otro lugar por {holder}</translation>
    </message>
    <message>
        <source>it would be {size} MB when saved, more than the {most} MB a .bpx may hold</source>
        <translation>al guardarlo ocuparía {size} MB, más de los {most} MB que puede contener un .bpx</translation>
    </message>
    <message>
        <source>Autosave not restored</source>
        <translation>Copia automática no restaurada</translation>
    </message>
    <message>
        <source>{problem}. The snapshot was moved to {folder}.</source>
        <translation>{problem}. La copia se ha movido a {folder}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>{kind}: {error}

Your open documents are unchanged and autosaved; details are in {log}.</source>
        <translation>{kind}: {error}

Sus documentos abiertos no han cambiado y están guardados automáticamente; detalles en {log}.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Card and arrow notes</source>
        <translation>Notas de tarjetas y flechas</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Facet tags (teams, systems…)</source>
        <translation>Etiquetas de facetas (equipos, sistemas…)</translation>
    </message>
    <message>
        <source>Fail points&apos; register entries</source>
        <translation>Registro de puntos de fallo</translation>
    </message>
    <message>
        <source>Print Audiences</source>
        <translation>Públicos de impresión</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Añadir imagen</translation>
    </message>
    <message>
        <source>The one-page executive summary instead of the wall</source>
        <translation>El resumen ejecutivo de una página en lugar de la pared</translation>
    </message>
    <message>
        <source>Zones shown</source>
        <translation>Zonas mostradas</translation>
    </message>
    <message>
        <source>Lanes left out</source>
        <translation>Carriles omitidos</translation>
    </message>
    <message>
        <source>Only these stages</source>
        <translation>Solo estas etapas</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Desde el paso</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Hasta el paso</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>(the first)</source>
        <translation>(el primero)</translation>
    </message>
    <message>
        <source>(the last)</source>
        <translation>(el último)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Audience {number}</source>
        <translation>Público {number}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare this blueprint with:</source>
        <translation>Comparar este blueprint con:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Untitled blueprint</source>
        <translation>Blueprint sin título</translation>
    </message>
    <message>
        <source>Another file: {name}</source>
        <translation>Otro archivo: {name}</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Choose the as-is blueprint, or another file&apos;s version of this one.</source>
        <translation>Elija el blueprint actual, o la versión de este en otro archivo.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
    <message>
        <source>Cards: {added} added, {removed} removed, {changed} changed, {moved} moved; {count} changes in all.</source>
        <translation>Tarjetas: {added} añadidas, {removed} quitadas, {changed} cambiadas, {moved} movidas; {count} cambios en total.</translation>
    </message>
    <message>
        <source>Blueprint Studio files (*.bpx);;All files (*)</source>
        <translation>Archivos de Blueprint Studio (*.bpx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrar?</translation>
    </message>
    <message>
        <source>Open blueprint</source>
        <translation>Abrir blueprint</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importar hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Save blueprint as</source>
        <translation>Guardar blueprint como</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Exportar SVG</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Resolución (puntos por pulgada):</translation>
    </message>
    <message>
        <source>The diagram only (no title, legend or personas)</source>
        <translation>Solo el diagrama (sin título, leyenda ni personas)</translation>
    </message>
    <message>
        <source>Card notes and owners: a number on each card, the notes listed under the blueprint</source>
        <translation>Notas y responsables de las tarjetas: un número en cada tarjeta, las notas listadas bajo el blueprint</translation>
    </message>
    <message>
        <source>Keep the text as text (searchable; embedded fonts show in browsers only)</source>
        <translation>Mantener el texto como texto (se puede buscar; las fuentes incrustadas solo se ven en navegadores)</translation>
    </message>
    <message>
        <source>Check that each lane was read as the kind you meant:</source>
        <translation>Compruebe que cada carril se leyó como el tipo que quería:</translation>
    </message>
    <message>
        <source>Document already open</source>
        <translation>Documento ya abierto</translation>
    </message>
    <message>
        <source>“{name}” is already open: {holder}.</source>
        <translation>«{name}» ya está abierto: {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only, open a copy to edit separately, or cancel.</source>
        <translation>Ábralo en solo lectura, abra una copia para editar aparte, o cancele.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Abrir una copia</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <source>Blueprint Studio did not close properly. Restore the autosaved work?

{listing}</source>
        <translation>Blueprint Studio no se cerró correctamente. ¿Restaurar el trabajo guardado automáticamente?

{listing}</translation>
    </message>
    <message>
        <source>Recovery cards</source>
        <translation>Tarjetas de recuperación</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrar tarjetas</translation>
    </message>
    <message>
        <source>Teams and departments</source>
        <translation>Equipos y departamentos</translation>
    </message>
    <message>
        <source>Systems and software</source>
        <translation>Sistemas y software</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetas</translation>
    </message>
    <message>
        <source>Tick to highlight their cards; tag cards in Properties.</source>
        <translation>Marque para resaltar sus tarjetas; etiquete tarjetas en Propiedades.</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Faceta</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>new facet, e.g. Licensing team</source>
        <translation>nueva faceta, p. ej. Equipo de licencias</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Quitar resaltado</translation>
    </message>
    <message>
        <source>Colour of {facet}</source>
        <translation>Color de {facet}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>{error}. Choose another name.</source>
        <translation>{error}. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>El guardado automático falló: {problem}</translation>
    </message>
    <message>
        <source>This document is {percent}% of the largest Blueprint Studio can save; move some blueprints into a file of their own</source>
        <translation>Este documento ocupa el {percent}% del máximo que Blueprint Studio puede guardar; mueva algunos blueprints a un archivo propio</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find in card texts, notes, owners and facets</source>
        <translation>Buscar en textos de tarjetas, notas, responsables y facetas</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Coincidir mayúsculas</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Palabras completas</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Matches: {count} · cards: {cards} · facets: {facets}</source>
        <translation>Coincidencias: {count} · tarjetas: {cards} · facetas: {facets}</translation>
    </message>
    <message>
        <source>Replaced: {count}</source>
        <translation>Reemplazados: {count}</translation>
    </message>
    <message>
        <source>Double-click an empty cell</source>
        <translation>Doble clic en una celda vacía</translation>
    </message>
    <message>
        <source>a new card there (Enter keeps it, Esc drops it)</source>
        <translation>una tarjeta nueva ahí (Intro la guarda, Esc la descarta)</translation>
    </message>
    <message>
        <source>Double-click a card, F2 or Enter</source>
        <translation>Doble clic en una tarjeta, F2 o Intro</translation>
    </message>
    <message>
        <source>edit its text (Shift+Enter breaks the line)</source>
        <translation>editar su texto (Mayús+Intro parte la línea)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>move the cell cursor</source>
        <translation>mover el cursor de celda</translation>
    </message>
    <message>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+flechas</translation>
    </message>
    <message>
        <source>move the selected cards a cell over</source>
        <translation>mover las tarjetas seleccionadas una celda</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>the next card in the lane</source>
        <translation>la siguiente tarjeta del carril</translation>
    </message>
    <message>
        <source>Drag a card&apos;s right-hand handle</source>
        <translation>Arrastrar el asa derecha de una tarjeta</translation>
    </message>
    <message>
        <source>an arrow to another card</source>
        <translation>una flecha a otra tarjeta</translation>
    </message>
    <message>
        <source>Ctrl+wheel, Ctrl+= / Ctrl+-</source>
        <translation>Ctrl+rueda, Ctrl+= / Ctrl+-</translation>
    </message>
    <message>
        <source>zoom; Ctrl+0 fits, Ctrl+1 is 100 %</source>
        <translation>zoom; Ctrl+0 ajusta, Ctrl+1 es 100 %</translation>
    </message>
    <message>
        <source>Wheel, Shift+wheel, middle-drag, Space+drag</source>
        <translation>Rueda, Mayús+rueda, arrastrar con el botón central, Espacio+arrastrar</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>desplazar</translation>
    </message>
    <message>
        <source>+ and − on the Emotions row</source>
        <translation>+ y − en la fila de emociones</translation>
    </message>
    <message>
        <source>score the cursor&apos;s step; Up/Down move a selected point</source>
        <translation>puntuar el paso del cursor; Arriba/Abajo mueven un punto seleccionado</translation>
    </message>
    <message>
        <source>the customer meets the organisation: above it, what the customer does</source>
        <translation>el cliente se encuentra con la organización: encima, lo que hace el cliente</translation>
    </message>
    <message>
        <source>what the customer can see (above) and what happens out of sight (below)</source>
        <translation>lo que el cliente ve (encima) y lo que ocurre fuera de su vista (debajo)</translation>
    </message>
    <message>
        <source>frontline and backstage staff meet the support functions</source>
        <translation>el personal de frontstage y backstage se encuentra con las funciones de soporte</translation>
    </message>
    <message>
        <source>flow: what happens next</source>
        <translation>flujo: lo que ocurre después</translation>
    </message>
    <message>
        <source>two-way: an exchange (the customer and a member of staff)</source>
        <translation>en ambos sentidos: un intercambio (el cliente y un miembro del personal)</translation>
    </message>
    <message>
        <source>information: data or a message passed on</source>
        <translation>información: datos o un mensaje transmitido</translation>
    </message>
    <message>
        <source>A service blueprint (Shostack 1984; Bitner, Ostrom and Morgan 2008): steps run left to right, lanes hold the cards, and three lines divide the lanes.</source>
        <translation>Un service blueprint (Shostack 1984; Bitner, Ostrom y Morgan 2008): los pasos van de izquierda a derecha, los carriles contienen las tarjetas y tres líneas dividen los carriles.</translation>
    </message>
    <message>
        <source>★ marks a moment of truth; a step&apos;s time is under its name; the Emotions row plots each persona from −2 to +2 (dashed: the designed to-be curve).</source>
        <translation>★ marca un momento de la verdad; el tiempo de un paso va bajo su nombre; la fila de emociones traza cada persona de −2 a +2 (discontinua: la curva futura diseñada).</translation>
    </message>
    <message>
        <source>An offline editor for service blueprints and customer journey maps. MIT licence.</source>
        <translation>Un editor sin conexión de service blueprints y mapas del recorrido del cliente. Licencia MIT.</translation>
    </message>
    <message>
        <source>Python {python}, Qt for Python {pyside}, on {system}.</source>
        <translation>Python {python}, Qt for Python {pyside}, en {system}.</translation>
    </message>
    <message>
        <source>The fonts&apos; licence texts are installed beside them, in {folder}.</source>
        <translation>Los textos de licencia de las fuentes están junto a ellas, en {folder}.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Notation Legend</source>
        <translation>Leyenda de la notación</translation>
    </message>
    <message>
        <source>About Blueprint Studio</source>
        <translation>Acerca de Blueprint Studio</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}) since {when}</source>
        <translation>{user} en {host} (proceso {pid}) desde {when}</translation>
    </message>
    <message>
        <source>an unsaved document</source>
        <translation>un documento sin guardar</translation>
    </message>
    <message>
        <source>{name}, autosaved {when}</source>
        <translation>{name}, guardado automáticamente el {when}</translation>
    </message>
    <message>
        <source>{inches} in</source>
        <translation>{inches} pulg</translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation>{metres} m</translation>
    </message>
    <message>
        <source>{millimetres} mm</source>
        <translation>{millimetres} mm</translation>
    </message>
    <message>
        <source>wk</source>
        <translation>sem</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>under 1 s</source>
        <translation>menos de 1 s</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>sin estimar</translation>
    </message>
    <message>
        <source>(+{count} not in numbers)</source>
        <translation>(+{count} sin cifras)</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <source>Touchpoints and channels</source>
        <translation>Puntos de contacto y canales</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Evidencia física</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Acciones del cliente</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Procesos de soporte</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nuevo carril</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Línea de interacción</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Línea de visibilidad</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Línea de interacción interna</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>Punto de espera</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>Punto de decisión</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>Falta algo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>facet</source>
        <translation>faceta</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
    <message>
        <source>Untitled journey map</source>
        <translation>Mapa del recorrido sin título</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Descubrir</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Stay or leave</source>
        <translation>Quedarse o irse</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Ventana</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propiedades</translation>
    </message>
    <message>
        <source>P&amp;ersonas</source>
        <translation>P&amp;ersonas</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>F&amp;acetas</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Vista general</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Esquema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Notation Legend</source>
        <translation>&amp;Leyenda de la notación</translation>
    </message>
    <message>
        <source>&amp;About Blueprint Studio</source>
        <translation>A&amp;cerca de Blueprint Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source> New arrows: </source>
        <translation> Flechas nuevas: </translation>
    </message>
    <message>
        <source>New arrows</source>
        <translation>Flechas nuevas</translation>
    </message>
    <message>
        <source> Scores go to: </source>
        <translation> Las puntuaciones van a: </translation>
    </message>
    <message>
        <source>Scores go to</source>
        <translation>Las puntuaciones van a</translation>
    </message>
    <message>
        <source>Whose emotion curve a double-click or + and − in the Emotions row sets</source>
        <translation>De quién es la curva de emoción que fijan un doble clic o + y − en la fila de emociones</translation>
    </message>
    <message>
        <source>Blueprint canvas</source>
        <translation>Lienzo del blueprint</translation>
    </message>
    <message>
        <source>Arrows move the cell cursor, Enter edits, Ctrl+Return adds a card; View ▸ Outline (Ctrl+Shift+O) reads the same blueprint as a tree.</source>
        <translation>Las flechas mueven el cursor de celda, Intro edita, Ctrl+Intro añade una tarjeta; Ver ▸ Esquema (Ctrl+Mayús+O) lee el mismo blueprint como árbol.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>{document}[*]{read_only} — Blueprint Studio</source>
        <translation>{document}[*]{read_only} — Blueprint Studio</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sin nombre</translation>
    </message>
    <message>
        <source>{persona} (to-be)</source>
        <translation>{persona} (futuro)</translation>
    </message>
    <message>
        <source>a new persona</source>
        <translation>una persona nueva</translation>
    </message>
    <message>
        <source>That card is in a row the current view hides.</source>
        <translation>Esta tarjeta está en una fila que la vista actual oculta.</translation>
    </message>
    <message>
        <source>Cards here carrying the facet “{facet}”: {count}</source>
        <translation>Tarjetas aquí con la faceta «{facet}»: {count}</translation>
    </message>
    <message>
        <source>The clipboard holds {count} lines; pasting one card per line would make too many (at most {most}).</source>
        <translation>El portapapeles tiene {count} líneas; una tarjeta por línea serían demasiadas (como mucho {most}).</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Renombrar paso</translation>
    </message>
    <message>
        <source>Step name:</source>
        <translation>Nombre del paso:</translation>
    </message>
    <message>
        <source>Note on the line</source>
        <translation>Nota en la línea</translation>
    </message>
    <message>
        <source>Written on the {line} at “{step}”:</source>
        <translation>Escrito en la {line} en «{step}»:</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Descartar hallazgo</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>Restaurar hallazgo</translation>
    </message>
    <message>
        <source>Paste cards</source>
        <translation>Pegar tarjetas</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Pegar tarjeta</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Eliminar tarjetas</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Eliminar tarjeta</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Mover tarjetas</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Conectar tarjetas</translation>
    </message>
    <message>
        <source>Delete arrows</source>
        <translation>Eliminar flechas</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>Editar flecha</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>Insertar paso</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Editar paso</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renombrar etapa</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renombrar carril</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Eliminar carril</translation>
    </message>
    <message>
        <source>Add blueprint</source>
        <translation>Añadir blueprint</translation>
    </message>
    <message>
        <source>Delete blueprint</source>
        <translation>Eliminar blueprint</translation>
    </message>
    <message>
        <source>Duplicate as to-be</source>
        <translation>Duplicar como futuro</translation>
    </message>
    <message>
        <source>Move blueprint</source>
        <translation>Mover blueprint</translation>
    </message>
    <message>
        <source>Edit blueprint</source>
        <translation>Editar blueprint</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Nombre del carril:</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <source>Name of the new lane:</source>
        <translation>Nombre del carril nuevo:</translation>
    </message>
    <message>
        <source>Insert Step Before</source>
        <translation>Insertar paso antes</translation>
    </message>
    <message>
        <source>Insert Step After</source>
        <translation>Insertar paso después</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Duration and Stage…</source>
        <translation>Duración y etapa…</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>Hide Row</source>
        <translation>Ocultar fila</translation>
    </message>
    <message>
        <source>Add Lane Above (same zone)</source>
        <translation>Añadir carril encima (misma zona)</translation>
    </message>
    <message>
        <source>Add Lane Below (same zone)</source>
        <translation>Añadir carril debajo (misma zona)</translation>
    </message>
    <message>
        <source>New Blueprint</source>
        <translation>Nuevo blueprint</translation>
    </message>
    <message>
        <source>Rename blueprint</source>
        <translation>Renombrar blueprint</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation>Archivos {kind} (*{suffix})</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, this blueprint only (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, solo este blueprint (*.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>Imported {name}: {count} blueprint(s). Save to keep it.</source>
        <translation>{name} importado: {count} blueprint(s). Guarde para conservarlo.</translation>
    </message>
    <message>
        <source>card, {lane}, step {step}: {text}</source>
        <translation>tarjeta, {lane}, paso {step}: {text}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Marks and time</source>
        <translation>Marcas y tiempo</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>Esquema del documento</translation>
    </message>
    <message>
        <source>Blueprints, stages, steps, lanes and cards. F2 edits, Insert adds a card, Delete deletes.</source>
        <translation>Blueprints, etapas, pasos, carriles y tarjetas. F2 edita, Insert añade una tarjeta, Supr elimina.</translation>
    </message>
    <message>
        <source>blueprint {title}, steps: {steps}, cards: {cards}</source>
        <translation>blueprint {title}, pasos: {steps}, tarjetas: {cards}</translation>
    </message>
    <message>
        <source>Scenario: {start} → {end}</source>
        <translation>Escenario: {start} → {end}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable: {owner}</translation>
    </message>
    <message>
        <source>Notes on the cards</source>
        <translation>Notas de las tarjetas</translation>
    </message>
    <message>
        <source>Printed {date} with Blueprint Studio {version} · {page}</source>
        <translation>Impreso el {date} con Blueprint Studio {version} · {page}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>etapa {name}</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>todos los pasos</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>página {number} de {count}</translation>
    </message>
    <message>
        <source>strips: {count}</source>
        <translation>franjas: {count}</translation>
    </message>
    <message>
        <source>Assembly map — {title}</source>
        <translation>Plano de montaje — {title}</translation>
    </message>
    <message>
        <source>{rows} × {columns} = {count} pages; finished size {width} × {height} (scale {scale}).</source>
        <translation>{rows} × {columns} = {count} páginas; tamaño final {width} × {height} (escala {scale}).</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Neighbouring pages overlap by {overlap}: trim each page along its crop marks on the right and bottom, lay it over the next one matching the registration marks, and tape.</source>
        <translation>Imprima al 100 % (sin «ajustar a la página»). Las páginas vecinas se solapan {overlap}: recorte cada página por sus marcas de corte a la derecha y abajo, póngala sobre la siguiente haciendo coincidir las marcas de registro y péguela con cinta.</translation>
    </message>
    <message>
        <source>tile {label}</source>
        <translation>hoja {label}</translation>
    </message>
    <message>
        <source>row {row} of {rows}, column {column} of {columns}</source>
        <translation>fila {row} de {rows}, columna {column} de {columns}</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message>
        <source>step {name}</source>
        <translation>paso {name}</translation>
    </message>
    <message>
        <source>lane {name}, cards: {count}</source>
        <translation>carril {name}, tarjetas: {count}</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nueva tarjeta</translation>
    </message>
    <message>
        <source>The whole blueprint: click or drag to show that part</source>
        <translation>El blueprint entero: haga clic o arrastre para mostrar esa parte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Checked personas are followed in this blueprint:</source>
        <translation>Las personas marcadas se siguen en este blueprint:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Role or segment</source>
        <translation>Rol o segmento</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>uno por línea</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>sin foto</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Mover persona</translation>
    </message>
    <message>
        <source>Follow personas</source>
        <translation>Seguir personas</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>Poner foto de la persona</translation>
    </message>
    <message>
        <source>Clear emotion score</source>
        <translation>Borrar puntuación de emoción</translation>
    </message>
    <message>
        <source>Set emotion score</source>
        <translation>Poner puntuación de emoción</translation>
    </message>
    <message>
        <source>Change emotion score</source>
        <translation>Cambiar puntuación de emoción</translation>
    </message>
    <message>
        <source>Edit emotion reason</source>
        <translation>Editar motivo de la emoción</translation>
    </message>
    <message>
        <source>Show journey map and blueprint</source>
        <translation>Mostrar mapa del recorrido y blueprint</translation>
    </message>
    <message>
        <source>Show journey map only</source>
        <translation>Mostrar solo el mapa del recorrido</translation>
    </message>
    <message>
        <source>Show blueprint only</source>
        <translation>Mostrar solo el blueprint</translation>
    </message>
    <message>
        <source>Show row</source>
        <translation>Mostrar fila</translation>
    </message>
    <message>
        <source>Hide row</source>
        <translation>Ocultar fila</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Color de la persona</translation>
    </message>
    <message>
        <source>Persona photo</source>
        <translation>Foto de la persona</translation>
    </message>
    <message>
        <source>Presenting {title}</source>
        <translation>Presentando {title}</translation>
    </message>
    <message>
        <source>{title} · stage {number} of {count}: {stage}</source>
        <translation>{title} · etapa {number} de {count}: {stage}</translation>
    </message>
    <message>
        <source>{caption}    ·    {number} / {count}    ·    → next   ← back   Esc ends</source>
        <translation>{caption}    ·    {number} / {count}    ·    → siguiente   ← atrás   Esc termina</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>the document&apos;s own audiences: zones, lanes, stages or steps, and what is left out</source>
        <translation>los públicos propios del documento: zonas, carriles, etapas o pasos, y lo que se omite</translation>
    </message>
    <message>
        <source>Workshop sheet: the empty grid, cells sized for sticky notes</source>
        <translation>Hoja de taller: la cuadrícula vacía, celdas del tamaño de notas adhesivas</translation>
    </message>
    <message>
        <source> a cell</source>
        <translation> una celda</translation>
    </message>
    <message>
        <source>One page (plotter or single sheet)</source>
        <translation>Una página (plóter u hoja única)</translation>
    </message>
    <message>
        <source>Strips stacked on one page, cut between stages</source>
        <translation>Franjas apiladas en una página, cortadas entre etapas</translation>
    </message>
    <message>
        <source>Tiles on office paper, to tape together</source>
        <translation>Mosaico en papel de oficina, para unir con cinta</translation>
    </message>
    <message>
        <source>A page per stage (handouts), lane names repeated</source>
        <translation>Una página por etapa (folletos), nombres de carriles repetidos</translation>
    </message>
    <message>
        <source>as many as print largest</source>
        <translation>tantas como impriman más grande</translation>
    </message>
    <message>
        <source>Exactly the chosen size</source>
        <translation>Exactamente el tamaño elegido</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Fit the paper</source>
        <translation>Ajustar al papel</translation>
    </message>
    <message>
        <source>Overall width</source>
        <translation>Ancho total</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> pulg</translation>
    </message>
    <message>
        <source>This blueprint ({title})</source>
        <translation>Este blueprint ({title})</translation>
    </message>
    <message>
        <source>All {count} blueprints</source>
        <translation>Los {count} blueprints</translation>
    </message>
    <message>
        <source>Scale down to fit</source>
        <translation>Reducir para que quepa</translation>
    </message>
    <message>
        <source>Wrap into strips</source>
        <translation>Partir en franjas</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Notas adhesivas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Strips</source>
        <translation>Franjas</translation>
    </message>
    <message>
        <source>Tile paper</source>
        <translation>Papel del mosaico</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source> notes</source>
        <translation> notas</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Márgenes</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Pages of {paper}: {count} ({rows} rows × {columns} columns) and an assembly map; finished size {width} × {height}.</source>
        <translation>Páginas {paper}: {count} ({rows} filas × {columns} columnas) y un plano de montaje; tamaño final {width} × {height}.</translation>
    </message>
    <message>
        <source>One page of {width} × {height} per stage, {count} in all (the first shown).</source>
        <translation>Una página de {width} × {height} por etapa, {count} en total (se muestra la primera).</translation>
    </message>
    <message>
        <source>Strips: {count}, on one page of {width} × {height} at scale {scale}.</source>
        <translation>Franjas: {count}, en una página de {width} × {height} a escala {scale}.</translation>
    </message>
    <message>
        <source>One page of {width} × {height} at scale {scale}.</source>
        <translation>Una página de {width} × {height} a escala {scale}.</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high.</source>
        <translation>El texto de las tarjetas se imprime con {size} pt de alto.</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high: too small to read on a wall (under {least} pt).</source>
        <translation>El texto de las tarjetas se imprime con {size} pt: demasiado pequeño para leerlo en la pared (menos de {least} pt).</translation>
    </message>
    <message>
        <source>Larger: {choices}.</source>
        <translation>Más grande: {choices}.</translation>
    </message>
    <message>
        <source>One page of {paper} per blueprint: stages, time and the top fail points.</source>
        <translation>Una página {paper} por blueprint: etapas, tiempo y los principales puntos de fallo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} exportado.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>{error}. The PDF is at {path}; open it to print.</source>
        <translation>{error}. El PDF está en {path}; ábralo para imprimir.</translation>
    </message>
    <message>
        <source>Printing: {answer}</source>
        <translation>Imprimiendo: {answer}</translation>
    </message>
    <message>
        <source>Flow →</source>
        <translation>Flujo →</translation>
    </message>
    <message>
        <source>Two-way ↔</source>
        <translation>En ambos sentidos ↔</translation>
    </message>
    <message>
        <source>Information (dashed)</source>
        <translation>Información (discontinua)</translation>
    </message>
    <message>
        <source>e.g. 5 min, 1-25 d, same day</source>
        <translation>p. ej. 5 min, 1-25 d, same day</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>department or role</source>
        <translation>departamento o rol</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Color del carril</translation>
    </message>
    <message>
        <source>The journey the customer goes on to when they leave here</source>
        <translation>El recorrido al que pasa el cliente cuando sale aquí</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>how long the customer waits</source>
        <translation>cuánto espera el cliente</translation>
    </message>
    <message>
        <source>how long this takes, e.g. 3-5 min</source>
        <translation>cuánto tarda, p. ej. 3-5 min</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Exit to</source>
        <translation>Salida a</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Tarda</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>a few words, drawn on the arrow</source>
        <translation>unas palabras, dibujadas en la flecha</translation>
    </message>
    <message>
        <source>what is handed over, how, when: shown when hovering the arrow</source>
        <translation>qué se entrega, cómo, cuándo: se muestra al pasar sobre la flecha</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>the longest it may take</source>
        <translation>lo máximo que puede tardar</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>A step that decides how the customer judges the whole service</source>
        <translation>Un paso que decide cómo juzga el cliente todo el servicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>what happens in this step, shown when hovering its header</source>
        <translation>lo que ocurre en este paso, se muestra al pasar sobre su cabecera</translation>
    </message>
    <message>
        <source>the lane&apos;s purpose, shown when hovering its name</source>
        <translation>el propósito del carril, se muestra al pasar sobre su nombre</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Starts when</source>
        <translation>Empieza cuando</translation>
    </message>
    <message>
        <source>Ends when</source>
        <translation>Termina cuando</translation>
    </message>
    <message>
        <source>Customer&apos;s goal</source>
        <translation>Objetivo del cliente</translation>
    </message>
    <message>
        <source>Print lane purposes under their names</source>
        <translation>Imprimir el propósito de los carriles bajo su nombre</translation>
    </message>
    <message>
        <source>why they feel this way</source>
        <translation>por qué se sienten así</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Borrar puntuación</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Score (−2 … +2)</source>
        <translation>Puntuación (−2 … +2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{kind} (zone: {zone})</source>
        <translation>{kind} (zona: {zone})</translation>
    </message>
    <message>
        <source>(no journey named)</source>
        <translation>(ningún recorrido indicado)</translation>
    </message>
    <message>
        <source>No facets yet: add them in the Facets panel</source>
        <translation>Aún no hay facetas: añádalas en el panel Facetas</translation>
    </message>
    <message>
        <source>no photo: drop or paste a picture on the card</source>
        <translation>sin foto: suelte o pegue una imagen en la tarjeta</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(etapa sin nombre)</translation>
    </message>
    <message>
        <source>New stage…</source>
        <translation>Nueva etapa…</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Color de la tarjeta</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nombre de la etapa:</translation>
    </message>
    <message>
        <source>Photo for the card</source>
        <translation>Foto para la tarjeta</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nuevo desde plantilla</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Stages: {stages} · steps: {steps} · cards: {cards}</source>
        <translation>Etapas: {stages} · pasos: {steps} · tarjetas: {cards}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Persona:&lt;/b&gt; {people}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Persona:&lt;/b&gt; {people}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>{name} is {size} MB; pick a picture under {most} MB</source>
        <translation>{name} ocupa {size} MB; elija una imagen de menos de {most} MB</translation>
    </message>
    <message>
        <source>{name} is not a picture Blueprint Studio can read (PNG, JPEG, WebP, GIF, BMP)</source>
        <translation>{name} no es una imagen que Blueprint Studio pueda leer (PNG, JPEG, WebP, GIF, BMP)</translation>
    </message>
    <message>
        <source>Cards with the ticked facets: {count}</source>
        <translation>Tarjetas con las facetas marcadas: {count}</translation>
    </message>
    <message>
        <source> (to-be)</source>
        <translation> (futuro)</translation>
    </message>
    <message>
        <source>Exit to “{journey}” (double-click to open)</source>
        <translation>Salida a «{journey}» (doble clic para abrir)</translation>
    </message>
    <message>
        <source>No photo added: {problem}</source>
        <translation>No se añadió la foto: {problem}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Millimetres and metres</source>
        <translation>Milímetros y metros</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pulgadas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Autosave every</source>
        <translation>Guardar &amp;automáticamente cada</translation>
    </message>
    <message>
        <source>Default &amp;paper</source>
        <translation>&amp;Papel predeterminado</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>The new language shows when Blueprint Studio next starts.</source>
        <translation>El nuevo idioma aparece la próxima vez que se inicie Blueprint Studio.</translation>
    </message>
    <message>
        <source>The service typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>El servicio suele tardar {typical}, más que el aceptable de {acceptable}</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>El paso «{step}» suele tardar {typical}, más que el aceptable de {acceptable}</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos;: the customer acts, but nothing they see or touch is named (no physical evidence or touchpoint)</source>
        <translation>Paso &apos;{step}&apos;: el cliente actúa, pero no se nombra nada que vea o toque (ni evidencia física ni punto de contacto)</translation>
    </message>
    <message>
        <source>No arrows yet: draw the flow between the cards to check encounters, handoffs and orphans</source>
        <translation>Aún no hay flechas: dibuje el flujo entre las tarjetas para comprobar encuentros, traspasos y tarjetas sueltas</translation>
    </message>
    <message>
        <source>{card} is seen by the customer but no arrow links it to a customer action</source>
        <translation>{card} lo ve el cliente, pero ninguna flecha lo une a una acción del cliente</translation>
    </message>
    <message>
        <source>{card} has no arrow to or from it</source>
        <translation>{card} no tiene ninguna flecha de entrada ni de salida</translation>
    </message>
    <message>
        <source>{card} leads nowhere the customer sees: no chain of arrows reaches the line of visibility</source>
        <translation>{card} no lleva a nada que el cliente vea: ninguna cadena de flechas llega a la línea de visibilidad</translation>
    </message>
    <message>
        <source>The arrow from {source} to {target} crosses {count} lines at once: a step in between may be missing</source>
        <translation>La flecha de {source} a {target} cruza {count} líneas a la vez: quizá falte un paso intermedio</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no duration</source>
        <translation>El paso «{step}» no tiene duración</translation>
    </message>
    <message>
        <source>Wait point {card}: how long is the wait?</source>
        <translation>Punto de espera {card}: ¿cuánto dura la espera?</translation>
    </message>
    <message>
        <source>Fail point {card} has no owner</source>
        <translation>El punto de fallo {card} no tiene responsable</translation>
    </message>
    <message>
        <source>Fail point {card} has no recovery: which card puts it right?</source>
        <translation>El punto de fallo {card} no tiene recuperación: ¿qué tarjeta lo arregla?</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no cards</source>
        <translation>El paso «{step}» no tiene tarjetas</translation>
    </message>
    <message>
        <source>&apos;{activity}&apos; is done in {count} lanes ({lanes}): share it or split the work?</source>
        <translation>«{activity}» se hace en {count} carriles ({lanes}): ¿compartirlo o repartir el trabajo?</translation>
    </message>
    <message>
        <source>Add facet</source>
        <translation>Añadir faceta</translation>
    </message>
    <message>
        <source>Edit facet</source>
        <translation>Editar faceta</translation>
    </message>
    <message>
        <source>Delete facet</source>
        <translation>Eliminar faceta</translation>
    </message>
    <message>
        <source>Tag cards</source>
        <translation>Etiquetar tarjetas</translation>
    </message>
    <message>
        <source>Untag cards</source>
        <translation>Quitar etiqueta de las tarjetas</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Set card photo</source>
        <translation>Poner foto de la tarjeta</translation>
    </message>
    <message>
        <source>Add line note</source>
        <translation>Añadir nota en la línea</translation>
    </message>
    <message>
        <source>Delete line note</source>
        <translation>Eliminar nota de la línea</translation>
    </message>
    <message>
        <source>Edit line note</source>
        <translation>Editar nota de la línea</translation>
    </message>
    <message>
        <source>Describe lane</source>
        <translation>Describir carril</translation>
    </message>
    <message>
        <source>Set exit</source>
        <translation>Definir salida</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>Nuevo público</translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation>Editar público</translation>
    </message>
    <message>
        <source>Delete audience</source>
        <translation>Eliminar público</translation>
    </message>
    <message>
        <source>Replace matches</source>
        <translation>Reemplazar coincidencias</translation>
    </message>
    <message>
        <source>Replace match</source>
        <translation>Reemplazar coincidencia</translation>
    </message>
    <message>
        <source>Blank blueprint</source>
        <translation>Blueprint en blanco</translation>
    </message>
    <message>
        <source>Start from nothing</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <source>The five standard lanes and four empty steps.</source>
        <translation>Los cinco carriles estándar y cuatro pasos vacíos.</translation>
    </message>
    <message>
        <source>Blank journey map</source>
        <translation>Mapa del recorrido en blanco</translation>
    </message>
    <message>
        <source>Thoughts, emotions, touchpoints, pain points and opportunities over four stages.</source>
        <translation>Pensamientos, emociones, puntos de contacto, puntos de dolor y oportunidades en cuatro etapas.</translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation>Abrir una cuenta bancaria</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Servicios financieros</translation>
    </message>
    <message>
        <source>A newcomer to the country opens a current account online: application, identity check, compliance, card.</source>
        <translation>Una persona recién llegada al país abre una cuenta corriente en línea: solicitud, verificación de identidad, cumplimiento, tarjeta.</translation>
    </message>
    <message>
        <source>Hospital outpatient visit</source>
        <translation>Consulta externa en el hospital</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>A patient referred by their GP sees a specialist: booking, arrival, consultation, tests and follow-up.</source>
        <translation>Un paciente derivado por su médico de cabecera ve a un especialista: cita, llegada, consulta, pruebas y seguimiento.</translation>
    </message>
    <message>
        <source>Applying for a building permit</source>
        <translation>Solicitar una licencia de obra</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <source>A homeowner applies to the municipality to extend a house: from finding the rules to the decision.</source>
        <translation>Un propietario solicita al ayuntamiento ampliar su casa: desde buscar las normas hasta la resolución.</translation>
    </message>
    <message>
        <source>A restaurant visit</source>
        <translation>Una visita al restaurante</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hostelería</translation>
    </message>
    <message>
        <source>A couple books a table for an anniversary dinner: booking, arrival, ordering, the meal, paying.</source>
        <translation>Una pareja reserva mesa para una cena de aniversario: reserva, llegada, pedido, comida, pago.</translation>
    </message>
    <message>
        <source>Returning an online order</source>
        <translation>Devolver un pedido en línea</translation>
    </message>
    <message>
        <source>Retail and e-commerce</source>
        <translation>Comercio y comercio electrónico</translation>
    </message>
    <message>
        <source>A customer sends back shoes that do not fit: return request, drop-off, warehouse check and refund.</source>
        <translation>Una clienta devuelve unos zapatos que no le quedan bien: solicitud de devolución, entrega, revisión en el almacén y reembolso.</translation>
    </message>
    <message>
        <source>Onboarding to a software product</source>
        <translation>Incorporación a un producto de software</translation>
    </message>
    <message>
        <source>Software and SaaS</source>
        <translation>Software y SaaS</translation>
    </message>
    <message>
        <source>A team lead trials a project-planning product: sign-up, first project, inviting the team, paying.</source>
        <translation>Una jefa de equipo prueba un producto de planificación de proyectos: registro, primer proyecto, invitar al equipo, pagar.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>En ambos sentidos</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>punto de contacto</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Moment of truth (step)</source>
        <translation>Momento de la verdad (paso)</translation>
    </message>
    <message>
        <source>{title} — workshop sheet</source>
        <translation>{title} — hoja de taller</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Solo lectura: {reason}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. Save a Copy… to make changes of your own.</source>
        <translation>Solo lectura: {reason}. Guarde una copia… para hacer sus propios cambios.</translation>
    </message>
</context>
</TS>
