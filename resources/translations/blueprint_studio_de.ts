<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>start from a realistic blueprint of a sector, or a blank one</source>
        <translation>mit einem realistischen Blueprint einer Branche beginnen, oder leer</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>Export Spreads&amp;heet…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>a lane × step grid: every blueprint as a sheet (.xlsx), or this one as .csv</source>
        <translation>ein Raster Spur × Schritt: jeder Blueprint als Blatt (.xlsx), oder dieser als .csv</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <source>a new document from a lane × step grid (.xlsx or .csv)</source>
        <translation>ein neues Dokument aus einem Raster Spur × Schritt (.xlsx oder .csv)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>Kartentext &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>in card texts, notes, owners and facets of every blueprint</source>
        <translation>in Kartentexten, Notizen, Verantwortlichen und Facetten aller Blueprints</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>language, theme, autosave, paper and units</source>
        <translation>Sprache, Erscheinungsbild, automatische Sicherung, Papier und Einheiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>New &amp;Card in Current Cell</source>
        <translation>Neue &amp;Karte in der aktuellen Zelle</translation>
    </message>
    <message>
        <source>Step &amp;Before</source>
        <translation>Schritt &amp;davor</translation>
    </message>
    <message>
        <source>Step &amp;After</source>
        <translation>Schritt d&amp;anach</translation>
    </message>
    <message>
        <source>De&amp;lete Step</source>
        <translation>Schritt &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Lane in This Zone…</source>
        <translation>&amp;Spur in dieser Zone…</translation>
    </message>
    <message>
        <source>Delete La&amp;ne</source>
        <translation>Spur lösche&amp;n</translation>
    </message>
    <message>
        <source>Delete Bluepr&amp;int</source>
        <translation>Blueprint lösch&amp;en</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Spur löschen</translation>
    </message>
    <message>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <source>&amp;To-Be Variant of This Blueprint</source>
        <translation>&amp;Soll-Variante dieses Blueprints</translation>
    </message>
    <message>
        <source>a copy to redesign as the future state, compared with this one</source>
        <translation>eine Kopie, um den Soll-Zustand zu gestalten, verglichen mit diesem</translation>
    </message>
    <message>
        <source>&amp;Rename Blueprint…</source>
        <translation>Blueprint &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Journey Map and &amp;Blueprint</source>
        <translation>Journey Map und &amp;Blueprint</translation>
    </message>
    <message>
        <source>&amp;Journey Map Only</source>
        <translation>Nur &amp;Journey Map</translation>
    </message>
    <message>
        <source>Blueprint &amp;Only</source>
        <translation>Nur Blueprint (&amp;O)</translation>
    </message>
    <message>
        <source>Journey &amp;Rows</source>
        <translation>Journey-&amp;Zeilen</translation>
    </message>
    <message>
        <source>&amp;Next Blueprint</source>
        <translation>&amp;Nächster Blueprint</translation>
    </message>
    <message>
        <source>Pre&amp;vious Blueprint</source>
        <translation>&amp;Vorheriger Blueprint</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>the document as a tree, for the keyboard and screen readers</source>
        <translation>das Dokument als Baum, für Tastatur und Screenreader</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>full screen, stage by stage, for a workshop projector; Esc returns</source>
        <translation>Vollbild, Phase für Phase, für den Workshop-Beamer; Esc kehrt zurück</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>From “{start}” to “{end}”</source>
        <translation>Von „{start}“ bis „{end}“</translation>
    </message>
    <message>
        <source>Customer&apos;s goal: {goal}</source>
        <translation>Ziel der Kundschaft: {goal}</translation>
    </message>
    <message>
        <source>over the acceptable time</source>
        <translation>länger als akzeptabel</translation>
    </message>
    <message>
        <source>within the acceptable time</source>
        <translation>innerhalb der akzeptablen Zeit</translation>
    </message>
    <message>
        <source>Journey time</source>
        <translation>Dauer der Journey</translation>
    </message>
    <message>
        <source>Customer&apos;s own time and waits</source>
        <translation>Zeit und Wartezeit der Kundschaft</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>moments of truth: {count}</source>
        <translation>Momente der Wahrheit: {count}</translation>
    </message>
    <message>
        <source>open: {count}</source>
        <translation>offen: {count}</translation>
    </message>
    <message>
        <source>Encounters · handoffs</source>
        <translation>Begegnungen · Übergaben</translation>
    </message>
    <message>
        <source>customer meets staff · work changes hands</source>
        <translation>Kundschaft trifft Personal · Arbeit wechselt die Hand</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Top fail points (of {count})</source>
        <translation>Wichtigste Fehlerpunkte (von {count})</translation>
    </message>
    <message>
        <source>Fail points: none marked</source>
        <translation>Fehlerpunkte: keine markiert</translation>
    </message>
    <message>
        <source>Where the customer feels worst</source>
        <translation>Wo es der Kundschaft am schlechtesten geht</translation>
    </message>
    <message>
        <source>Executive summary · printed {date} with Blueprint Studio {version}</source>
        <translation>Management-Zusammenfassung · gedruckt {date} mit Blueprint Studio {version}</translation>
    </message>
    <message>
        <source>No stages: name stages in the editor to see the journey in phases.</source>
        <translation>Keine Phasen: Phasen im Editor benennen, um die Journey in Abschnitten zu sehen.</translation>
    </message>
    <message>
        <source>steps: {steps} · fail points: {fails}</source>
        <translation>Schritte: {steps} · Fehlerpunkte: {fails}</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Fehlerpunkt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>eine Persona</translation>
    </message>
    <message>
        <source>{title} — executive summary</source>
        <translation>{title} — Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Fehlerart</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPZ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source> (dismissed)</source>
        <translation> (verworfen)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Fehlerpunkte</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergien</translation>
    </message>
    <message>
        <source>Show the critical path on the canvas</source>
        <translation>Kritischen Pfad auf der Fläche zeigen</translation>
    </message>
    <message>
        <source>Show encounters and handoffs on the lines</source>
        <translation>Begegnungen und Übergaben auf den Linien zeigen</translation>
    </message>
    <message>
        <source>Stage / step</source>
        <translation>Phase / Schritt</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Akzeptabel</translation>
    </message>
    <message>
        <source>Critical path (longest chain along flow arrows):</source>
        <translation>Kritischer Pfad (längste Kette entlang der Flusspfeile):</translation>
    </message>
    <message>
        <source>Rate severity, occurrence and detection 1–10; RPN = S × O × D. Double-click Recovery to choose its cards.</source>
        <translation>Schwere, Auftreten und Entdeckung 1–10 bewerten; RPZ = S × O × D. Doppelklick auf Behebung wählt ihre Karten.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Set this finding aside; the choice is saved with the blueprint</source>
        <translation>Diesen Befund beiseitelegen; die Wahl wird mit dem Blueprint gespeichert</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Verworfene zeigen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Used by steps</source>
        <translation>Genutzt von Schritten</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>Blueprints</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Used by several steps: candidates to share or automate.</source>
        <translation>Von mehreren Schritten genutzt: Kandidaten zum Teilen oder Automatisieren.</translation>
    </message>
    <message>
        <source>Analysis failed: {problem}</source>
        <translation>Analyse fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source> — acceptable {limit}: &lt;b&gt;over&lt;/b&gt;</source>
        <translation> — akzeptabel {limit}: &lt;b&gt;überschritten&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — acceptable {limit}: within</source>
        <translation> — akzeptabel {limit}: eingehalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey:&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Customer&apos;s time and waits:&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;Organisation&apos;s:&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Encounters:&lt;/b&gt; {encounters} · &lt;b&gt;handoffs:&lt;/b&gt; {handoffs}</source>
        <translation>&lt;b&gt;Journey:&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Zeit und Wartezeit der Kundschaft:&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;Der Organisation:&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Begegnungen:&lt;/b&gt; {encounters} · &lt;b&gt;Übergaben:&lt;/b&gt; {handoffs}</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <source>Typically takes longer than its acceptable time</source>
        <translation>Dauert meist länger als akzeptabel</translation>
    </message>
    <message>
        <source>No chain of two or more cards along flow arrows.</source>
        <translation>Keine Kette aus zwei oder mehr Karten entlang der Flusspfeile.</translation>
    </message>
    <message>
        <source>Checks ({count})</source>
        <translation>Prüfungen ({count})</translation>
    </message>
    <message>
        <source>{column}: rate from 1 to 10, or leave empty</source>
        <translation>{column}: von 1 bis 10 bewerten oder leer lassen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>open elsewhere by {holder}</source>
        <translation>anderswo geöffnet von {holder}</translation>
    </message>
    <message>
        <source>it would be {size} MB when saved, more than the {most} MB a .bpx may hold</source>
        <translation>gespeichert wäre es {size} MB groß, mehr als die {most} MB, die eine .bpx-Datei fassen darf</translation>
    </message>
    <message>
        <source>Autosave not restored</source>
        <translation>Automatische Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>{problem}. The snapshot was moved to {folder}.</source>
        <translation>{problem}. Die Sicherung wurde nach {folder} verschoben.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>{kind}: {error}

Your open documents are unchanged and autosaved; details are in {log}.</source>
        <translation>{kind}: {error}

Ihre offenen Dokumente sind unverändert und automatisch gesichert; Details stehen in {log}.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Vorderbühne</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Hinterbühne</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Card and arrow notes</source>
        <translation>Karten- und Pfeilnotizen</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Facet tags (teams, systems…)</source>
        <translation>Facetten-Tags (Teams, Systeme…)</translation>
    </message>
    <message>
        <source>Fail points&apos; register entries</source>
        <translation>Einträge im Fehlerpunkt-Register</translation>
    </message>
    <message>
        <source>Print Audiences</source>
        <translation>Druck-Zielgruppen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>The one-page executive summary instead of the wall</source>
        <translation>Die einseitige Management-Zusammenfassung statt der Wand</translation>
    </message>
    <message>
        <source>Zones shown</source>
        <translation>Gezeigte Zonen</translation>
    </message>
    <message>
        <source>Lanes left out</source>
        <translation>Ausgelassene Spuren</translation>
    </message>
    <message>
        <source>Only these stages</source>
        <translation>Nur diese Phasen</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Ab Schritt</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Bis Schritt</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>(the first)</source>
        <translation>(der erste)</translation>
    </message>
    <message>
        <source>(the last)</source>
        <translation>(der letzte)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Audience {number}</source>
        <translation>Zielgruppe {number}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare this blueprint with:</source>
        <translation>Diesen Blueprint vergleichen mit:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Untitled blueprint</source>
        <translation>Unbenannter Blueprint</translation>
    </message>
    <message>
        <source>Another file: {name}</source>
        <translation>Andere Datei: {name}</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Choose the as-is blueprint, or another file&apos;s version of this one.</source>
        <translation>Den Ist-Blueprint wählen, oder die Fassung dieses Blueprints aus einer anderen Datei.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Cards: {added} added, {removed} removed, {changed} changed, {moved} moved; {count} changes in all.</source>
        <translation>Karten: {added} hinzugefügt, {removed} entfernt, {changed} geändert, {moved} verschoben; {count} Änderungen insgesamt.</translation>
    </message>
    <message>
        <source>Blueprint Studio files (*.bpx);;All files (*)</source>
        <translation>Blueprint-Studio-Dateien (*.bpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open blueprint</source>
        <translation>Blueprint öffnen</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Save blueprint as</source>
        <translation>Blueprint speichern unter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG exportieren</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Auflösung (Punkte pro Zoll):</translation>
    </message>
    <message>
        <source>The diagram only (no title, legend or personas)</source>
        <translation>Nur das Diagramm (ohne Titel, Legende und Personas)</translation>
    </message>
    <message>
        <source>Card notes and owners: a number on each card, the notes listed under the blueprint</source>
        <translation>Kartennotizen und Verantwortliche: eine Nummer auf jeder Karte, die Notizen unter dem Blueprint aufgelistet</translation>
    </message>
    <message>
        <source>Keep the text as text (searchable; embedded fonts show in browsers only)</source>
        <translation>Text als Text behalten (durchsuchbar; eingebettete Schriften zeigen nur Browser)</translation>
    </message>
    <message>
        <source>Check that each lane was read as the kind you meant:</source>
        <translation>Prüfen Sie, ob jede Spur als die gemeinte Art erkannt wurde:</translation>
    </message>
    <message>
        <source>Document already open</source>
        <translation>Dokument bereits geöffnet</translation>
    </message>
    <message>
        <source>“{name}” is already open: {holder}.</source>
        <translation>„{name}“ ist bereits geöffnet: {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only, open a copy to edit separately, or cancel.</source>
        <translation>Schreibgeschützt öffnen, eine Kopie zum getrennten Bearbeiten öffnen, oder abbrechen.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Eine Kopie öffnen</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Blueprint Studio did not close properly. Restore the autosaved work?

{listing}</source>
        <translation>Blueprint Studio wurde nicht ordnungsgemäß beendet. Die automatisch gesicherte Arbeit wiederherstellen?

{listing}</translation>
    </message>
    <message>
        <source>Recovery cards</source>
        <translation>Behebungs-Karten</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Teams and departments</source>
        <translation>Teams und Abteilungen</translation>
    </message>
    <message>
        <source>Systems and software</source>
        <translation>Systeme und Software</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetten</translation>
    </message>
    <message>
        <source>Tick to highlight their cards; tag cards in Properties.</source>
        <translation>Ankreuzen hebt ihre Karten hervor; Karten in den Eigenschaften markieren.</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>new facet, e.g. Licensing team</source>
        <translation>neue Facette, z. B. Lizenzteam</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Hervorhebung aufheben</translation>
    </message>
    <message>
        <source>Colour of {facet}</source>
        <translation>Farbe von {facet}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>{error}. Choose another name.</source>
        <translation>{error}. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>Automatische Sicherung fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>This document is {percent}% of the largest Blueprint Studio can save; move some blueprints into a file of their own</source>
        <translation>Dieses Dokument hat {percent}% der Größe erreicht, die Blueprint Studio speichern kann; verschieben Sie einige Blueprints in eine eigene Datei</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in card texts, notes, owners and facets</source>
        <translation>In Kartentexten, Notizen, Verantwortlichen und Facetten suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Matches: {count} · cards: {cards} · facets: {facets}</source>
        <translation>Treffer: {count} · Karten: {cards} · Facetten: {facets}</translation>
    </message>
    <message>
        <source>Replaced: {count}</source>
        <translation>Ersetzt: {count}</translation>
    </message>
    <message>
        <source>Double-click an empty cell</source>
        <translation>Doppelklick auf eine leere Zelle</translation>
    </message>
    <message>
        <source>a new card there (Enter keeps it, Esc drops it)</source>
        <translation>dort eine neue Karte (Enter behält sie, Esc verwirft sie)</translation>
    </message>
    <message>
        <source>Double-click a card, F2 or Enter</source>
        <translation>Doppelklick auf eine Karte, F2 oder Enter</translation>
    </message>
    <message>
        <source>edit its text (Shift+Enter breaks the line)</source>
        <translation>ihren Text bearbeiten (Umschalt+Enter bricht die Zeile um)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>move the cell cursor</source>
        <translation>den Zellcursor bewegen</translation>
    </message>
    <message>
        <source>Ctrl+arrows</source>
        <translation>Strg+Pfeiltasten</translation>
    </message>
    <message>
        <source>move the selected cards a cell over</source>
        <translation>die gewählten Karten eine Zelle weiter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>the next card in the lane</source>
        <translation>die nächste Karte der Spur</translation>
    </message>
    <message>
        <source>Drag a card&apos;s right-hand handle</source>
        <translation>Den rechten Griff einer Karte ziehen</translation>
    </message>
    <message>
        <source>an arrow to another card</source>
        <translation>ein Pfeil zu einer anderen Karte</translation>
    </message>
    <message>
        <source>Ctrl+wheel, Ctrl+= / Ctrl+-</source>
        <translation>Strg+Mausrad, Strg+= / Strg+-</translation>
    </message>
    <message>
        <source>zoom; Ctrl+0 fits, Ctrl+1 is 100 %</source>
        <translation>Zoom; Strg+0 passt ein, Strg+1 ist 100 %</translation>
    </message>
    <message>
        <source>Wheel, Shift+wheel, middle-drag, Space+drag</source>
        <translation>Mausrad, Umschalt+Mausrad, Mitteltaste ziehen, Leertaste+Ziehen</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>verschieben</translation>
    </message>
    <message>
        <source>+ and − on the Emotions row</source>
        <translation>+ und − in der Emotionszeile</translation>
    </message>
    <message>
        <source>score the cursor&apos;s step; Up/Down move a selected point</source>
        <translation>den Schritt des Cursors bewerten; Auf/Ab bewegen einen gewählten Punkt</translation>
    </message>
    <message>
        <source>the customer meets the organisation: above it, what the customer does</source>
        <translation>Kundschaft trifft Organisation: darüber, was die Kundschaft tut</translation>
    </message>
    <message>
        <source>what the customer can see (above) and what happens out of sight (below)</source>
        <translation>was die Kundschaft sieht (darüber) und was ungesehen geschieht (darunter)</translation>
    </message>
    <message>
        <source>frontline and backstage staff meet the support functions</source>
        <translation>Mitarbeitende an Front und Hinterbühne treffen die Unterstützungsfunktionen</translation>
    </message>
    <message>
        <source>flow: what happens next</source>
        <translation>Fluss: was als Nächstes geschieht</translation>
    </message>
    <message>
        <source>two-way: an exchange (the customer and a member of staff)</source>
        <translation>wechselseitig: ein Austausch (Kundschaft und Mitarbeitende)</translation>
    </message>
    <message>
        <source>information: data or a message passed on</source>
        <translation>Information: Daten oder eine weitergegebene Nachricht</translation>
    </message>
    <message>
        <source>A service blueprint (Shostack 1984; Bitner, Ostrom and Morgan 2008): steps run left to right, lanes hold the cards, and three lines divide the lanes.</source>
        <translation>Ein Service Blueprint (Shostack 1984; Bitner, Ostrom und Morgan 2008): Schritte laufen von links nach rechts, Spuren enthalten die Karten, und drei Linien teilen die Spuren.</translation>
    </message>
    <message>
        <source>★ marks a moment of truth; a step&apos;s time is under its name; the Emotions row plots each persona from −2 to +2 (dashed: the designed to-be curve).</source>
        <translation>★ markiert einen Moment der Wahrheit; die Zeit eines Schritts steht unter seinem Namen; die Emotionszeile zeigt jede Persona von −2 bis +2 (gestrichelt: die gestaltete Soll-Kurve).</translation>
    </message>
    <message>
        <source>An offline editor for service blueprints and customer journey maps. MIT licence.</source>
        <translation>Ein Offline-Editor für Service Blueprints und Customer Journey Maps. MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Python {python}, Qt for Python {pyside}, on {system}.</source>
        <translation>Python {python}, Qt for Python {pyside}, unter {system}.</translation>
    </message>
    <message>
        <source>The fonts&apos; licence texts are installed beside them, in {folder}.</source>
        <translation>Die Lizenztexte der Schriften liegen neben ihnen, in {folder}.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Notation Legend</source>
        <translation>Notationslegende</translation>
    </message>
    <message>
        <source>About Blueprint Studio</source>
        <translation>Über Blueprint Studio</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}) since {when}</source>
        <translation>{user} auf {host} (Prozess {pid}) seit {when}</translation>
    </message>
    <message>
        <source>an unsaved document</source>
        <translation>ein ungespeichertes Dokument</translation>
    </message>
    <message>
        <source>{name}, autosaved {when}</source>
        <translation>{name}, automatisch gesichert {when}</translation>
    </message>
    <message>
        <source>{inches} in</source>
        <translation>{inches} in</translation>
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
        <translation>Wo.</translation>
    </message>
    <message>
        <source>d</source>
        <translation>T.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>Sek.</translation>
    </message>
    <message>
        <source>under 1 s</source>
        <translation>unter 1 Sek.</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source>(+{count} not in numbers)</source>
        <translation>(+{count} ohne Zahlen)</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Touchpoints and channels</source>
        <translation>Kontaktpunkte und Kanäle</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physische Evidenz</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützende Prozesse</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Spur</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linie der internen Interaktion</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>Wartepunkt</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>Entscheidungspunkt</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>Etwas fehlt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>Untitled journey map</source>
        <translation>Unbenannte Journey Map</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Aufmerksam werden</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Stay or leave</source>
        <translation>Bleiben oder gehen</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>P&amp;ersonas</source>
        <translation>P&amp;ersonas</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>F&amp;acetten</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Gliederung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Notation Legend</source>
        <translation>&amp;Notationslegende</translation>
    </message>
    <message>
        <source>&amp;About Blueprint Studio</source>
        <translation>Ü&amp;ber Blueprint Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> New arrows: </source>
        <translation> Neue Pfeile: </translation>
    </message>
    <message>
        <source>New arrows</source>
        <translation>Neue Pfeile</translation>
    </message>
    <message>
        <source> Scores go to: </source>
        <translation> Werte gehen an: </translation>
    </message>
    <message>
        <source>Scores go to</source>
        <translation>Werte gehen an</translation>
    </message>
    <message>
        <source>Whose emotion curve a double-click or + and − in the Emotions row sets</source>
        <translation>Wessen Emotionskurve ein Doppelklick oder + und − in der Emotionszeile setzt</translation>
    </message>
    <message>
        <source>Blueprint canvas</source>
        <translation>Blueprint-Fläche</translation>
    </message>
    <message>
        <source>Arrows move the cell cursor, Enter edits, Ctrl+Return adds a card; View ▸ Outline (Ctrl+Shift+O) reads the same blueprint as a tree.</source>
        <translation>Pfeiltasten bewegen den Zellcursor, Enter bearbeitet, Strg+Enter fügt eine Karte hinzu; Ansicht ▸ Gliederung (Strg+Umschalt+O) liest denselben Blueprint als Baum.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>{document}[*]{read_only} — Blueprint Studio</source>
        <translation>{document}[*]{read_only} — Blueprint Studio</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Unbenannte Persona</translation>
    </message>
    <message>
        <source>{persona} (to-be)</source>
        <translation>{persona} (Soll)</translation>
    </message>
    <message>
        <source>a new persona</source>
        <translation>eine neue Persona</translation>
    </message>
    <message>
        <source>That card is in a row the current view hides.</source>
        <translation>Diese Karte liegt in einer Zeile, die die aktuelle Ansicht ausblendet.</translation>
    </message>
    <message>
        <source>Cards here carrying the facet “{facet}”: {count}</source>
        <translation>Karten hier mit der Facette „{facet}“: {count}</translation>
    </message>
    <message>
        <source>The clipboard holds {count} lines; pasting one card per line would make too many (at most {most}).</source>
        <translation>Die Zwischenablage enthält {count} Zeilen; eine Karte pro Zeile wären zu viele (höchstens {most}).</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Schritt umbenennen</translation>
    </message>
    <message>
        <source>Step name:</source>
        <translation>Name des Schritts:</translation>
    </message>
    <message>
        <source>Note on the line</source>
        <translation>Notiz auf der Linie</translation>
    </message>
    <message>
        <source>Written on the {line} at “{step}”:</source>
        <translation>Auf die {line} bei „{step}“ geschrieben:</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>Befund wiederherstellen</translation>
    </message>
    <message>
        <source>Paste cards</source>
        <translation>Karten einfügen</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Karte einfügen</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Karten löschen</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Karten verschieben</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Karten verbinden</translation>
    </message>
    <message>
        <source>Delete arrows</source>
        <translation>Pfeile löschen</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>Pfeil bearbeiten</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>Schritt einfügen</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Schritt bearbeiten</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Spur umbenennen</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Spur löschen</translation>
    </message>
    <message>
        <source>Add blueprint</source>
        <translation>Blueprint hinzufügen</translation>
    </message>
    <message>
        <source>Delete blueprint</source>
        <translation>Blueprint löschen</translation>
    </message>
    <message>
        <source>Duplicate as to-be</source>
        <translation>Als Soll-Variante duplizieren</translation>
    </message>
    <message>
        <source>Move blueprint</source>
        <translation>Blueprint verschieben</translation>
    </message>
    <message>
        <source>Edit blueprint</source>
        <translation>Blueprint bearbeiten</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Name der Spur:</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Spur hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new lane:</source>
        <translation>Name der neuen Spur:</translation>
    </message>
    <message>
        <source>Insert Step Before</source>
        <translation>Schritt davor einfügen</translation>
    </message>
    <message>
        <source>Insert Step After</source>
        <translation>Schritt danach einfügen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Duration and Stage…</source>
        <translation>Dauer und Phase…</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>Hide Row</source>
        <translation>Zeile ausblenden</translation>
    </message>
    <message>
        <source>Add Lane Above (same zone)</source>
        <translation>Spur darüber hinzufügen (gleiche Zone)</translation>
    </message>
    <message>
        <source>Add Lane Below (same zone)</source>
        <translation>Spur darunter hinzufügen (gleiche Zone)</translation>
    </message>
    <message>
        <source>New Blueprint</source>
        <translation>Neuer Blueprint</translation>
    </message>
    <message>
        <source>Rename blueprint</source>
        <translation>Blueprint umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation>{kind}-Dateien (*{suffix})</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, this blueprint only (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV, nur dieser Blueprint (*.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importiert</translation>
    </message>
    <message>
        <source>Imported {name}: {count} blueprint(s). Save to keep it.</source>
        <translation>{name} importiert: {count} Blueprint(s). Speichern, um es zu behalten.</translation>
    </message>
    <message>
        <source>card, {lane}, step {step}: {text}</source>
        <translation>Karte, {lane}, Schritt {step}: {text}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Marks and time</source>
        <translation>Markierungen und Zeit</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>Gliederung des Dokuments</translation>
    </message>
    <message>
        <source>Blueprints, stages, steps, lanes and cards. F2 edits, Insert adds a card, Delete deletes.</source>
        <translation>Blueprints, Phasen, Schritte, Spuren und Karten. F2 bearbeitet, Einfg fügt eine Karte hinzu, Entf löscht.</translation>
    </message>
    <message>
        <source>blueprint {title}, steps: {steps}, cards: {cards}</source>
        <translation>Blueprint {title}, Schritte: {steps}, Karten: {cards}</translation>
    </message>
    <message>
        <source>Scenario: {start} → {end}</source>
        <translation>Szenario: {start} → {end}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Verantwortlich: {owner}</translation>
    </message>
    <message>
        <source>Notes on the cards</source>
        <translation>Notizen zu den Karten</translation>
    </message>
    <message>
        <source>Printed {date} with Blueprint Studio {version} · {page}</source>
        <translation>Gedruckt {date} mit Blueprint Studio {version} · {page}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>Phase {name}</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>alle Schritte</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>strips: {count}</source>
        <translation>Streifen: {count}</translation>
    </message>
    <message>
        <source>Assembly map — {title}</source>
        <translation>Montageplan — {title}</translation>
    </message>
    <message>
        <source>{rows} × {columns} = {count} pages; finished size {width} × {height} (scale {scale}).</source>
        <translation>{rows} × {columns} = {count} Seiten; fertige Größe {width} × {height} (Maßstab {scale}).</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Neighbouring pages overlap by {overlap}: trim each page along its crop marks on the right and bottom, lay it over the next one matching the registration marks, and tape.</source>
        <translation>Mit 100 % drucken (nicht „an Seite anpassen“). Benachbarte Seiten überlappen um {overlap}: jede Seite rechts und unten an den Schnittmarken beschneiden, passend zu den Passermarken auf die nächste legen und festkleben.</translation>
    </message>
    <message>
        <source>tile {label}</source>
        <translation>Kachel {label}</translation>
    </message>
    <message>
        <source>row {row} of {rows}, column {column} of {columns}</source>
        <translation>Reihe {row} von {rows}, Spalte {column} von {columns}</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>step {name}</source>
        <translation>Schritt {name}</translation>
    </message>
    <message>
        <source>lane {name}, cards: {count}</source>
        <translation>Spur {name}, Karten: {count}</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>The whole blueprint: click or drag to show that part</source>
        <translation>Der ganze Blueprint: klicken oder ziehen, um diesen Teil zu zeigen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Checked personas are followed in this blueprint:</source>
        <translation>Angekreuzte Personas werden in diesem Blueprint verfolgt:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Role or segment</source>
        <translation>Rolle oder Segment</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>eins pro Zeile</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>kein Foto</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Persona verschieben</translation>
    </message>
    <message>
        <source>Follow personas</source>
        <translation>Personas verfolgen</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>Foto der Persona setzen</translation>
    </message>
    <message>
        <source>Clear emotion score</source>
        <translation>Emotionswert löschen</translation>
    </message>
    <message>
        <source>Set emotion score</source>
        <translation>Emotionswert setzen</translation>
    </message>
    <message>
        <source>Change emotion score</source>
        <translation>Emotionswert ändern</translation>
    </message>
    <message>
        <source>Edit emotion reason</source>
        <translation>Grund der Emotion bearbeiten</translation>
    </message>
    <message>
        <source>Show journey map and blueprint</source>
        <translation>Journey Map und Blueprint zeigen</translation>
    </message>
    <message>
        <source>Show journey map only</source>
        <translation>Nur die Journey Map zeigen</translation>
    </message>
    <message>
        <source>Show blueprint only</source>
        <translation>Nur den Blueprint zeigen</translation>
    </message>
    <message>
        <source>Show row</source>
        <translation>Zeile zeigen</translation>
    </message>
    <message>
        <source>Hide row</source>
        <translation>Zeile ausblenden</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Farbe der Persona</translation>
    </message>
    <message>
        <source>Persona photo</source>
        <translation>Foto der Persona</translation>
    </message>
    <message>
        <source>Presenting {title}</source>
        <translation>{title} wird präsentiert</translation>
    </message>
    <message>
        <source>{title} · stage {number} of {count}: {stage}</source>
        <translation>{title} · Phase {number} von {count}: {stage}</translation>
    </message>
    <message>
        <source>{caption}    ·    {number} / {count}    ·    → next   ← back   Esc ends</source>
        <translation>{caption}    ·    {number} / {count}    ·    → weiter   ← zurück   Esc beendet</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>the document&apos;s own audiences: zones, lanes, stages or steps, and what is left out</source>
        <translation>die eigenen Zielgruppen des Dokuments: Zonen, Spuren, Phasen oder Schritte, und was ausgelassen wird</translation>
    </message>
    <message>
        <source>Workshop sheet: the empty grid, cells sized for sticky notes</source>
        <translation>Workshop-Bogen: das leere Raster, Zellen für Haftnotizen bemessen</translation>
    </message>
    <message>
        <source> a cell</source>
        <translation> eine Zelle</translation>
    </message>
    <message>
        <source>One page (plotter or single sheet)</source>
        <translation>Eine Seite (Plotter oder Einzelblatt)</translation>
    </message>
    <message>
        <source>Strips stacked on one page, cut between stages</source>
        <translation>Streifen auf einer Seite gestapelt, zwischen Phasen geschnitten</translation>
    </message>
    <message>
        <source>Tiles on office paper, to tape together</source>
        <translation>Kacheln auf Büropapier, zum Zusammenkleben</translation>
    </message>
    <message>
        <source>A page per stage (handouts), lane names repeated</source>
        <translation>Eine Seite pro Phase (Handouts), Spurnamen wiederholt</translation>
    </message>
    <message>
        <source>as many as print largest</source>
        <translation>so viele, wie am größten drucken</translation>
    </message>
    <message>
        <source>Exactly the chosen size</source>
        <translation>Genau die gewählte Größe</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Fit the paper</source>
        <translation>An Papier anpassen</translation>
    </message>
    <message>
        <source>Overall width</source>
        <translation>Gesamtbreite</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> Zoll</translation>
    </message>
    <message>
        <source>This blueprint ({title})</source>
        <translation>Dieser Blueprint ({title})</translation>
    </message>
    <message>
        <source>All {count} blueprints</source>
        <translation>Alle {count} Blueprints</translation>
    </message>
    <message>
        <source>Scale down to fit</source>
        <translation>Zum Einpassen verkleinern</translation>
    </message>
    <message>
        <source>Wrap into strips</source>
        <translation>In Streifen umbrechen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Haftnotizen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Strips</source>
        <translation>Streifen</translation>
    </message>
    <message>
        <source>Tile paper</source>
        <translation>Kachelpapier</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source> notes</source>
        <translation> Notizen</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Pages of {paper}: {count} ({rows} rows × {columns} columns) and an assembly map; finished size {width} × {height}.</source>
        <translation>Seiten {paper}: {count} ({rows} Reihen × {columns} Spalten) und ein Montageplan; fertige Größe {width} × {height}.</translation>
    </message>
    <message>
        <source>One page of {width} × {height} per stage, {count} in all (the first shown).</source>
        <translation>Eine Seite {width} × {height} pro Phase, {count} insgesamt (die erste gezeigt).</translation>
    </message>
    <message>
        <source>Strips: {count}, on one page of {width} × {height} at scale {scale}.</source>
        <translation>Streifen: {count}, auf einer Seite {width} × {height} im Maßstab {scale}.</translation>
    </message>
    <message>
        <source>One page of {width} × {height} at scale {scale}.</source>
        <translation>Eine Seite {width} × {height} im Maßstab {scale}.</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high.</source>
        <translation>Kartentext wird {size} pt hoch gedruckt.</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high: too small to read on a wall (under {least} pt).</source>
        <translation>Kartentext wird {size} pt hoch gedruckt: zu klein, um ihn an der Wand zu lesen (unter {least} pt).</translation>
    </message>
    <message>
        <source>Larger: {choices}.</source>
        <translation>Größer: {choices}.</translation>
    </message>
    <message>
        <source>One page of {paper} per blueprint: stages, time and the top fail points.</source>
        <translation>Eine Seite {paper} pro Blueprint: Phasen, Zeit und die wichtigsten Fehlerpunkte.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} exportiert.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>{error}. The PDF is at {path}; open it to print.</source>
        <translation>{error}. Das PDF liegt unter {path}; öffnen Sie es zum Drucken.</translation>
    </message>
    <message>
        <source>Printing: {answer}</source>
        <translation>Drucken: {answer}</translation>
    </message>
    <message>
        <source>Flow →</source>
        <translation>Fluss →</translation>
    </message>
    <message>
        <source>Two-way ↔</source>
        <translation>Wechselseitig ↔</translation>
    </message>
    <message>
        <source>Information (dashed)</source>
        <translation>Information (gestrichelt)</translation>
    </message>
    <message>
        <source>e.g. 5 min, 1-25 d, same day</source>
        <translation>z. B. 5 min, 1-25 d, am selben Tag</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>department or role</source>
        <translation>Abteilung oder Rolle</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Farbe der Spur</translation>
    </message>
    <message>
        <source>The journey the customer goes on to when they leave here</source>
        <translation>Die Journey, in die die Kundschaft wechselt, wenn sie hier aussteigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>how long the customer waits</source>
        <translation>wie lange die Kundschaft wartet</translation>
    </message>
    <message>
        <source>how long this takes, e.g. 3-5 min</source>
        <translation>wie lange das dauert, z. B. 3-5 min</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Exit to</source>
        <translation>Ausstieg nach</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Dauert</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>a few words, drawn on the arrow</source>
        <translation>ein paar Worte, auf den Pfeil gezeichnet</translation>
    </message>
    <message>
        <source>what is handed over, how, when: shown when hovering the arrow</source>
        <translation>was übergeben wird, wie, wann: beim Überfahren des Pfeils gezeigt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>the longest it may take</source>
        <translation>die längste erlaubte Dauer</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>A step that decides how the customer judges the whole service</source>
        <translation>Ein Schritt, der entscheidet, wie die Kundschaft den ganzen Service beurteilt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>what happens in this step, shown when hovering its header</source>
        <translation>was in diesem Schritt geschieht, beim Überfahren seines Kopfes gezeigt</translation>
    </message>
    <message>
        <source>the lane&apos;s purpose, shown when hovering its name</source>
        <translation>der Zweck der Spur, beim Überfahren ihres Namens gezeigt</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starts when</source>
        <translation>Beginnt, wenn</translation>
    </message>
    <message>
        <source>Ends when</source>
        <translation>Endet, wenn</translation>
    </message>
    <message>
        <source>Customer&apos;s goal</source>
        <translation>Ziel der Kundschaft</translation>
    </message>
    <message>
        <source>Print lane purposes under their names</source>
        <translation>Zweck der Spuren unter ihren Namen drucken</translation>
    </message>
    <message>
        <source>why they feel this way</source>
        <translation>warum sie sich so fühlen</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Wert löschen</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Score (−2 … +2)</source>
        <translation>Wert (−2 … +2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>{kind} (zone: {zone})</source>
        <translation>{kind} (Zone: {zone})</translation>
    </message>
    <message>
        <source>(no journey named)</source>
        <translation>(keine Journey benannt)</translation>
    </message>
    <message>
        <source>No facets yet: add them in the Facets panel</source>
        <translation>Noch keine Facetten: im Facetten-Bereich hinzufügen</translation>
    </message>
    <message>
        <source>no photo: drop or paste a picture on the card</source>
        <translation>kein Foto: ein Bild auf die Karte ziehen oder einfügen</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(unbenannte Phase)</translation>
    </message>
    <message>
        <source>New stage…</source>
        <translation>Neue Phase…</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Name der Phase:</translation>
    </message>
    <message>
        <source>Photo for the card</source>
        <translation>Foto für die Karte</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Stages: {stages} · steps: {steps} · cards: {cards}</source>
        <translation>Phasen: {stages} · Schritte: {steps} · Karten: {cards}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Persona:&lt;/b&gt; {people}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Persona:&lt;/b&gt; {people}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>{name} is {size} MB; pick a picture under {most} MB</source>
        <translation>{name} ist {size} MB groß; bitte ein Bild unter {most} MB wählen</translation>
    </message>
    <message>
        <source>{name} is not a picture Blueprint Studio can read (PNG, JPEG, WebP, GIF, BMP)</source>
        <translation>{name} ist kein Bild, das Blueprint Studio lesen kann (PNG, JPEG, WebP, GIF, BMP)</translation>
    </message>
    <message>
        <source>Cards with the ticked facets: {count}</source>
        <translation>Karten mit den angekreuzten Facetten: {count}</translation>
    </message>
    <message>
        <source> (to-be)</source>
        <translation> (Soll)</translation>
    </message>
    <message>
        <source>Exit to “{journey}” (double-click to open)</source>
        <translation>Ausstieg nach „{journey}“ (Doppelklick öffnet)</translation>
    </message>
    <message>
        <source>No photo added: {problem}</source>
        <translation>Kein Foto hinzugefügt: {problem}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Millimetres and metres</source>
        <translation>Millimeter und Meter</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Autosave every</source>
        <translation>&amp;Automatisch sichern alle</translation>
    </message>
    <message>
        <source>Default &amp;paper</source>
        <translation>Standard&amp;papier</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <source>The new language shows when Blueprint Studio next starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Blueprint Studio.</translation>
    </message>
    <message>
        <source>The service typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>Der Service dauert typischerweise {typical}, länger als die akzeptablen {acceptable}</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>Schritt „{step}“ dauert typischerweise {typical}, länger als die akzeptablen {acceptable}</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos;: the customer acts, but nothing they see or touch is named (no physical evidence or touchpoint)</source>
        <translation>Schritt &apos;{step}&apos;: Der Kunde handelt, aber nichts, was er sieht oder berührt, ist genannt (kein physischer Beleg und kein Touchpoint)</translation>
    </message>
    <message>
        <source>No arrows yet: draw the flow between the cards to check encounters, handoffs and orphans</source>
        <translation>Noch keine Pfeile: Zeichnen Sie den Ablauf zwischen den Karten, um Begegnungen, Übergaben und verwaiste Karten zu prüfen</translation>
    </message>
    <message>
        <source>{card} is seen by the customer but no arrow links it to a customer action</source>
        <translation>{card} ist für die Kundschaft sichtbar, aber kein Pfeil verbindet es mit einer Kundenaktion</translation>
    </message>
    <message>
        <source>{card} has no arrow to or from it</source>
        <translation>{card} hat keinen Pfeil hin oder weg</translation>
    </message>
    <message>
        <source>{card} leads nowhere the customer sees: no chain of arrows reaches the line of visibility</source>
        <translation>{card} führt nirgends hin, wo die Kundschaft es sieht: keine Pfeilkette erreicht die Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>The arrow from {source} to {target} crosses {count} lines at once: a step in between may be missing</source>
        <translation>Der Pfeil von {source} zu {target} kreuzt {count} Linien auf einmal: vielleicht fehlt ein Schritt dazwischen</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no duration</source>
        <translation>Schritt „{step}“ hat keine Dauer</translation>
    </message>
    <message>
        <source>Wait point {card}: how long is the wait?</source>
        <translation>Wartepunkt {card}: wie lange wird gewartet?</translation>
    </message>
    <message>
        <source>Fail point {card} has no owner</source>
        <translation>Fehlerpunkt {card} hat keine Verantwortlichen</translation>
    </message>
    <message>
        <source>Fail point {card} has no recovery: which card puts it right?</source>
        <translation>Fehlerpunkt {card} hat keine Behebung: welche Karte bringt es in Ordnung?</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no cards</source>
        <translation>Schritt „{step}“ hat keine Karten</translation>
    </message>
    <message>
        <source>&apos;{activity}&apos; is done in {count} lanes ({lanes}): share it or split the work?</source>
        <translation>„{activity}“ wird in {count} Spuren erledigt ({lanes}): teilen oder die Arbeit aufteilen?</translation>
    </message>
    <message>
        <source>Add facet</source>
        <translation>Facette hinzufügen</translation>
    </message>
    <message>
        <source>Edit facet</source>
        <translation>Facette bearbeiten</translation>
    </message>
    <message>
        <source>Delete facet</source>
        <translation>Facette löschen</translation>
    </message>
    <message>
        <source>Tag cards</source>
        <translation>Karten markieren</translation>
    </message>
    <message>
        <source>Untag cards</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Set card photo</source>
        <translation>Kartenfoto setzen</translation>
    </message>
    <message>
        <source>Add line note</source>
        <translation>Notiz auf der Linie hinzufügen</translation>
    </message>
    <message>
        <source>Delete line note</source>
        <translation>Notiz auf der Linie löschen</translation>
    </message>
    <message>
        <source>Edit line note</source>
        <translation>Notiz auf der Linie bearbeiten</translation>
    </message>
    <message>
        <source>Describe lane</source>
        <translation>Spur beschreiben</translation>
    </message>
    <message>
        <source>Set exit</source>
        <translation>Ausstieg setzen</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>Neue Zielgruppe</translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation>Zielgruppe bearbeiten</translation>
    </message>
    <message>
        <source>Delete audience</source>
        <translation>Zielgruppe löschen</translation>
    </message>
    <message>
        <source>Replace matches</source>
        <translation>Treffer ersetzen</translation>
    </message>
    <message>
        <source>Replace match</source>
        <translation>Treffer ersetzen</translation>
    </message>
    <message>
        <source>Blank blueprint</source>
        <translation>Leerer Blueprint</translation>
    </message>
    <message>
        <source>Start from nothing</source>
        <translation>Bei null anfangen</translation>
    </message>
    <message>
        <source>The five standard lanes and four empty steps.</source>
        <translation>Die fünf Standardspuren und vier leere Schritte.</translation>
    </message>
    <message>
        <source>Blank journey map</source>
        <translation>Leere Journey Map</translation>
    </message>
    <message>
        <source>Thoughts, emotions, touchpoints, pain points and opportunities over four stages.</source>
        <translation>Gedanken, Emotionen, Kontaktpunkte, Schmerzpunkte und Chancen über vier Phasen.</translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation>Ein Bankkonto eröffnen</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Finanzdienstleistungen</translation>
    </message>
    <message>
        <source>A newcomer to the country opens a current account online: application, identity check, compliance, card.</source>
        <translation>Eine neu zugezogene Person eröffnet online ein Girokonto: Antrag, Identitätsprüfung, Compliance, Karte.</translation>
    </message>
    <message>
        <source>Hospital outpatient visit</source>
        <translation>Ambulanter Klinikbesuch</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Gesundheitswesen</translation>
    </message>
    <message>
        <source>A patient referred by their GP sees a specialist: booking, arrival, consultation, tests and follow-up.</source>
        <translation>Eine Patientin mit Überweisung der Hausärztin sieht eine Fachärztin: Termin, Ankunft, Gespräch, Untersuchungen und Nachsorge.</translation>
    </message>
    <message>
        <source>Applying for a building permit</source>
        <translation>Eine Baugenehmigung beantragen</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Öffentlicher Sektor</translation>
    </message>
    <message>
        <source>A homeowner applies to the municipality to extend a house: from finding the rules to the decision.</source>
        <translation>Ein Hausbesitzer beantragt bei der Gemeinde einen Anbau: von der Suche nach den Regeln bis zum Bescheid.</translation>
    </message>
    <message>
        <source>A restaurant visit</source>
        <translation>Ein Restaurantbesuch</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Gastgewerbe</translation>
    </message>
    <message>
        <source>A couple books a table for an anniversary dinner: booking, arrival, ordering, the meal, paying.</source>
        <translation>Ein Paar reserviert einen Tisch zum Jahrestag: Reservierung, Ankunft, Bestellung, Essen, Bezahlen.</translation>
    </message>
    <message>
        <source>Returning an online order</source>
        <translation>Eine Online-Bestellung zurücksenden</translation>
    </message>
    <message>
        <source>Retail and e-commerce</source>
        <translation>Handel und E-Commerce</translation>
    </message>
    <message>
        <source>A customer sends back shoes that do not fit: return request, drop-off, warehouse check and refund.</source>
        <translation>Eine Kundin schickt Schuhe zurück, die nicht passen: Rücksendeanfrage, Abgabe, Lagerprüfung und Erstattung.</translation>
    </message>
    <message>
        <source>Onboarding to a software product</source>
        <translation>Einstieg in ein Softwareprodukt</translation>
    </message>
    <message>
        <source>Software and SaaS</source>
        <translation>Software und SaaS</translation>
    </message>
    <message>
        <source>A team lead trials a project-planning product: sign-up, first project, inviting the team, paying.</source>
        <translation>Eine Teamleiterin testet ein Projektplanungsprodukt: Anmeldung, erstes Projekt, Team einladen, bezahlen.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Wechselseitig</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Moment of truth (step)</source>
        <translation>Moment der Wahrheit (Schritt)</translation>
    </message>
    <message>
        <source>{title} — workshop sheet</source>
        <translation>{title} — Workshop-Bogen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Schreibgeschützt: {reason}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. Save a Copy… to make changes of your own.</source>
        <translation>Schreibgeschützt: {reason}. Mit „Kopie speichern…“ können Sie eigene Änderungen machen.</translation>
    </message>
</context>
</TS>
