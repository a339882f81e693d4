<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>start from a realistic blueprint of a sector, or a blank one</source>
        <translation>partir d&apos;un blueprint réaliste d&apos;un secteur, ou d&apos;une page vierge</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>Exporter en S&amp;VG…</translation>
    </message>
    <message>
        <source>Export Spreads&amp;heet…</source>
        <translation>Exporter en &amp;tableur…</translation>
    </message>
    <message>
        <source>a lane × step grid: every blueprint as a sheet (.xlsx), or this one as .csv</source>
        <translation>une grille couloir × étape : chaque blueprint en feuille (.xlsx), ou celui-ci en .csv</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>&amp;Importer un tableur…</translation>
    </message>
    <message>
        <source>a new document from a lane × step grid (.xlsx or .csv)</source>
        <translation>un nouveau document depuis une grille couloir × étape (.xlsx ou .csv)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>&amp;Modifier le texte de la carte</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>in card texts, notes, owners and facets of every blueprint</source>
        <translation>dans les textes des cartes, les notes, les responsables et les facettes de tous les blueprints</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>language, theme, autosave, paper and units</source>
        <translation>langue, thème, sauvegarde automatique, papier et unités</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>New &amp;Card in Current Cell</source>
        <translation>Nouvelle &amp;carte dans la cellule</translation>
    </message>
    <message>
        <source>Step &amp;Before</source>
        <translation>Étape &amp;avant</translation>
    </message>
    <message>
        <source>Step &amp;After</source>
        <translation>Étape a&amp;près</translation>
    </message>
    <message>
        <source>De&amp;lete Step</source>
        <translation>&amp;Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Lane in This Zone…</source>
        <translation>&amp;Couloir dans cette zone…</translation>
    </message>
    <message>
        <source>Delete La&amp;ne</source>
        <translation>Supprimer le coulo&amp;ir</translation>
    </message>
    <message>
        <source>Delete Bluepr&amp;int</source>
        <translation>Supprimer le bluepr&amp;int</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <source>&amp;To-Be Variant of This Blueprint</source>
        <translation>Variante &amp;cible de ce blueprint</translation>
    </message>
    <message>
        <source>a copy to redesign as the future state, compared with this one</source>
        <translation>une copie pour concevoir l&apos;état cible, comparée à celui-ci</translation>
    </message>
    <message>
        <source>&amp;Rename Blueprint…</source>
        <translation>&amp;Renommer le blueprint…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <source>Journey Map and &amp;Blueprint</source>
        <translation>Carte du parcours et &amp;blueprint</translation>
    </message>
    <message>
        <source>&amp;Journey Map Only</source>
        <translation>&amp;Carte du parcours seule</translation>
    </message>
    <message>
        <source>Blueprint &amp;Only</source>
        <translation>Blueprint &amp;seul</translation>
    </message>
    <message>
        <source>Journey &amp;Rows</source>
        <translation>&amp;Lignes du parcours</translation>
    </message>
    <message>
        <source>&amp;Next Blueprint</source>
        <translation>Blueprint &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Blueprint</source>
        <translation>Blueprint &amp;précédent</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>the document as a tree, for the keyboard and screen readers</source>
        <translation>le document en arbre, pour le clavier et les lecteurs d&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>full screen, stage by stage, for a workshop projector; Esc returns</source>
        <translation>plein écran, phase par phase, pour le projecteur de l&apos;atelier ; Échap revient</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>From “{start}” to “{end}”</source>
        <translation>De « {start} » à « {end} »</translation>
    </message>
    <message>
        <source>Customer&apos;s goal: {goal}</source>
        <translation>Objectif du client : {goal}</translation>
    </message>
    <message>
        <source>over the acceptable time</source>
        <translation>au-delà du temps acceptable</translation>
    </message>
    <message>
        <source>within the acceptable time</source>
        <translation>dans le temps acceptable</translation>
    </message>
    <message>
        <source>Journey time</source>
        <translation>Durée du parcours</translation>
    </message>
    <message>
        <source>Customer&apos;s own time and waits</source>
        <translation>Temps et attentes du client</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>moments of truth: {count}</source>
        <translation>moments de vérité : {count}</translation>
    </message>
    <message>
        <source>open: {count}</source>
        <translation>ouverts : {count}</translation>
    </message>
    <message>
        <source>Encounters · handoffs</source>
        <translation>Rencontres · transferts</translation>
    </message>
    <message>
        <source>customer meets staff · work changes hands</source>
        <translation>le client rencontre le personnel · le travail change de mains</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Top fail points (of {count})</source>
        <translation>Principaux points de défaillance (sur {count})</translation>
    </message>
    <message>
        <source>Fail points: none marked</source>
        <translation>Points de défaillance : aucun marqué</translation>
    </message>
    <message>
        <source>Where the customer feels worst</source>
        <translation>Là où le client se sent le plus mal</translation>
    </message>
    <message>
        <source>Executive summary · printed {date} with Blueprint Studio {version}</source>
        <translation>Synthèse pour la direction · imprimée le {date} avec Blueprint Studio {version}</translation>
    </message>
    <message>
        <source>No stages: name stages in the editor to see the journey in phases.</source>
        <translation>Pas de phases : nommez des phases dans l&apos;éditeur pour voir le parcours par étapes.</translation>
    </message>
    <message>
        <source>steps: {steps} · fail points: {fails}</source>
        <translation>étapes : {steps} · points de défaillance : {fails}</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Point de défaillance</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>une persona</translation>
    </message>
    <message>
        <source>{title} — executive summary</source>
        <translation>{title} — synthèse pour la direction</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Mode de défaillance</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>IPR</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source> (dismissed)</source>
        <translation> (écarté)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Points de défaillance</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergies</translation>
    </message>
    <message>
        <source>Show the critical path on the canvas</source>
        <translation>Montrer le chemin critique sur le canevas</translation>
    </message>
    <message>
        <source>Show encounters and handoffs on the lines</source>
        <translation>Montrer rencontres et transferts sur les lignes</translation>
    </message>
    <message>
        <source>Stage / step</source>
        <translation>Phase / étape</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Critical path (longest chain along flow arrows):</source>
        <translation>Chemin critique (la plus longue chaîne le long des flèches de flux) :</translation>
    </message>
    <message>
        <source>Rate severity, occurrence and detection 1–10; RPN = S × O × D. Double-click Recovery to choose its cards.</source>
        <translation>Notez gravité, occurrence et détection de 1 à 10 ; IPR = S × O × D. Double-cliquez sur Reprise pour choisir ses cartes.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Set this finding aside; the choice is saved with the blueprint</source>
        <translation>Mettre ce constat de côté ; le choix est enregistré avec le blueprint</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Montrer les écartés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Used by steps</source>
        <translation>Utilisé par les étapes</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>Blueprints</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Used by several steps: candidates to share or automate.</source>
        <translation>Utilisé par plusieurs étapes : à partager ou automatiser.</translation>
    </message>
    <message>
        <source>Analysis failed: {problem}</source>
        <translation>L&apos;analyse a échoué : {problem}</translation>
    </message>
    <message>
        <source> — acceptable {limit}: &lt;b&gt;over&lt;/b&gt;</source>
        <translation> — acceptable {limit} : &lt;b&gt;dépassé&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — acceptable {limit}: within</source>
        <translation> — acceptable {limit} : respecté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey:&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Customer&apos;s time and waits:&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;Organisation&apos;s:&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Encounters:&lt;/b&gt; {encounters} · &lt;b&gt;handoffs:&lt;/b&gt; {handoffs}</source>
        <translation>&lt;b&gt;Parcours :&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Temps et attentes du client :&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;De l&apos;organisation :&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Rencontres :&lt;/b&gt; {encounters} · &lt;b&gt;transferts :&lt;/b&gt; {handoffs}</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sans phase)</translation>
    </message>
    <message>
        <source>Typically takes longer than its acceptable time</source>
        <translation>Dure souvent plus que le temps acceptable</translation>
    </message>
    <message>
        <source>No chain of two or more cards along flow arrows.</source>
        <translation>Aucune chaîne de deux cartes ou plus le long des flèches de flux.</translation>
    </message>
    <message>
        <source>Checks ({count})</source>
        <translation>Vérifications ({count})</translation>
    </message>
    <message>
        <source>{column}: rate from 1 to 10, or leave empty</source>
        <translation>{column} : notez de 1 à 10 ou laissez vide</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>open elsewhere by {holder}</source>
        <translation>ouvert ailleurs par {holder}</translation>
    </message>
    <message>
        <source>it would be {size} MB when saved, more than the {most} MB a .bpx may hold</source>
        <translation>enregistré, il ferait {size} Mo, plus que les {most} Mo qu’un .bpx peut contenir</translation>
    </message>
    <message>
        <source>Autosave not restored</source>
        <translation>Sauvegarde automatique non restaurée</translation>
    </message>
    <message>
        <source>{problem}. The snapshot was moved to {folder}.</source>
        <translation>{problem}. La sauvegarde a été déplacée dans {folder}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>{kind}: {error}

Your open documents are unchanged and autosaved; details are in {log}.</source>
        <translation>{kind} : {error}

Vos documents ouverts sont intacts et sauvegardés automatiquement ; détails dans {log}.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Front-office</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Card and arrow notes</source>
        <translation>Notes des cartes et des flèches</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Facet tags (teams, systems…)</source>
        <translation>Étiquettes de facettes (équipes, systèmes…)</translation>
    </message>
    <message>
        <source>Fail points&apos; register entries</source>
        <translation>Registre des points de défaillance</translation>
    </message>
    <message>
        <source>Print Audiences</source>
        <translation>Publics d&apos;impression</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>The one-page executive summary instead of the wall</source>
        <translation>La synthèse d&apos;une page pour la direction au lieu du mur</translation>
    </message>
    <message>
        <source>Zones shown</source>
        <translation>Zones montrées</translation>
    </message>
    <message>
        <source>Lanes left out</source>
        <translation>Couloirs omis</translation>
    </message>
    <message>
        <source>Only these stages</source>
        <translation>Seulement ces phases</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>De l&apos;étape</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>À l&apos;étape</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>(the first)</source>
        <translation>(la première)</translation>
    </message>
    <message>
        <source>(the last)</source>
        <translation>(la dernière)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Audience {number}</source>
        <translation>Public {number}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare this blueprint with:</source>
        <translation>Comparer ce blueprint avec :</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Untitled blueprint</source>
        <translation>Blueprint sans titre</translation>
    </message>
    <message>
        <source>Another file: {name}</source>
        <translation>Autre fichier : {name}</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>Choose the as-is blueprint, or another file&apos;s version of this one.</source>
        <translation>Choisissez le blueprint actuel, ou la version de celui-ci dans un autre fichier.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Cards: {added} added, {removed} removed, {changed} changed, {moved} moved; {count} changes in all.</source>
        <translation>Cartes : {added} ajoutées, {removed} retirées, {changed} modifiées, {moved} déplacées ; {count} changements en tout.</translation>
    </message>
    <message>
        <source>Blueprint Studio files (*.bpx);;All files (*)</source>
        <translation>Fichiers Blueprint Studio (*.bpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de « {name} » avant de fermer ?</translation>
    </message>
    <message>
        <source>Open blueprint</source>
        <translation>Ouvrir un blueprint</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tableurs (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Save blueprint as</source>
        <translation>Enregistrer le blueprint sous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>Exporter en SVG</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Résolution (points par pouce) :</translation>
    </message>
    <message>
        <source>The diagram only (no title, legend or personas)</source>
        <translation>Le diagramme seul (sans titre, légende ni personas)</translation>
    </message>
    <message>
        <source>Card notes and owners: a number on each card, the notes listed under the blueprint</source>
        <translation>Notes et responsables des cartes : un numéro sur chaque carte, les notes listées sous le blueprint</translation>
    </message>
    <message>
        <source>Keep the text as text (searchable; embedded fonts show in browsers only)</source>
        <translation>Garder le texte comme texte (cherchable ; les polices intégrées ne s’affichent que dans les navigateurs)</translation>
    </message>
    <message>
        <source>Check that each lane was read as the kind you meant:</source>
        <translation>Vérifiez que chaque couloir a été lu comme le type voulu :</translation>
    </message>
    <message>
        <source>Document already open</source>
        <translation>Document déjà ouvert</translation>
    </message>
    <message>
        <source>“{name}” is already open: {holder}.</source>
        <translation>« {name} » est déjà ouvert : {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only, open a copy to edit separately, or cancel.</source>
        <translation>Ouvrez-le en lecture seule, ouvrez une copie à modifier à part, ou annulez.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Ouvrir une copie</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Blueprint Studio did not close properly. Restore the autosaved work?

{listing}</source>
        <translation>Blueprint Studio ne s&apos;est pas fermé correctement. Restaurer le travail sauvegardé automatiquement ?

{listing}</translation>
    </message>
    <message>
        <source>Recovery cards</source>
        <translation>Cartes de reprise</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>Teams and departments</source>
        <translation>Équipes et services</translation>
    </message>
    <message>
        <source>Systems and software</source>
        <translation>Systèmes et logiciels</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <source>Tick to highlight their cards; tag cards in Properties.</source>
        <translation>Cochez pour mettre leurs cartes en évidence ; étiquetez les cartes dans Propriétés.</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>new facet, e.g. Licensing team</source>
        <translation>nouvelle facette, p. ex. Équipe licences</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Effacer la mise en évidence</translation>
    </message>
    <message>
        <source>Colour of {facet}</source>
        <translation>Couleur de {facet}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>{error}. Choose another name.</source>
        <translation>{error}. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Enregistrement de {name}…</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>La sauvegarde automatique a échoué : {problem}</translation>
    </message>
    <message>
        <source>This document is {percent}% of the largest Blueprint Studio can save; move some blueprints into a file of their own</source>
        <translation>Ce document atteint {percent} % de la taille maximale que Blueprint Studio peut enregistrer ; déplacez quelques blueprints dans un fichier à part</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find in card texts, notes, owners and facets</source>
        <translation>Rechercher dans les textes des cartes, les notes, les responsables et les facettes</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Matches: {count} · cards: {cards} · facets: {facets}</source>
        <translation>Résultats : {count} · cartes : {cards} · facettes : {facets}</translation>
    </message>
    <message>
        <source>Replaced: {count}</source>
        <translation>Remplacés : {count}</translation>
    </message>
    <message>
        <source>Double-click an empty cell</source>
        <translation>Double-clic sur une cellule vide</translation>
    </message>
    <message>
        <source>a new card there (Enter keeps it, Esc drops it)</source>
        <translation>une nouvelle carte ici (Entrée la garde, Échap l&apos;abandonne)</translation>
    </message>
    <message>
        <source>Double-click a card, F2 or Enter</source>
        <translation>Double-clic sur une carte, F2 ou Entrée</translation>
    </message>
    <message>
        <source>edit its text (Shift+Enter breaks the line)</source>
        <translation>modifier son texte (Maj+Entrée passe à la ligne)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>move the cell cursor</source>
        <translation>déplacer le curseur de cellule</translation>
    </message>
    <message>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+flèches</translation>
    </message>
    <message>
        <source>move the selected cards a cell over</source>
        <translation>déplacer les cartes choisies d&apos;une cellule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>the next card in the lane</source>
        <translation>la carte suivante du couloir</translation>
    </message>
    <message>
        <source>Drag a card&apos;s right-hand handle</source>
        <translation>Glisser la poignée droite d&apos;une carte</translation>
    </message>
    <message>
        <source>an arrow to another card</source>
        <translation>une flèche vers une autre carte</translation>
    </message>
    <message>
        <source>Ctrl+wheel, Ctrl+= / Ctrl+-</source>
        <translation>Ctrl+molette, Ctrl+= / Ctrl+-</translation>
    </message>
    <message>
        <source>zoom; Ctrl+0 fits, Ctrl+1 is 100 %</source>
        <translation>zoom ; Ctrl+0 ajuste, Ctrl+1 est 100 %</translation>
    </message>
    <message>
        <source>Wheel, Shift+wheel, middle-drag, Space+drag</source>
        <translation>Molette, Maj+molette, glisser avec le bouton du milieu, Espace+glisser</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>faire défiler</translation>
    </message>
    <message>
        <source>+ and − on the Emotions row</source>
        <translation>+ et − sur la ligne des émotions</translation>
    </message>
    <message>
        <source>score the cursor&apos;s step; Up/Down move a selected point</source>
        <translation>noter l&apos;étape du curseur ; Haut/Bas déplacent un point choisi</translation>
    </message>
    <message>
        <source>the customer meets the organisation: above it, what the customer does</source>
        <translation>le client rencontre l&apos;organisation : au-dessus, ce que fait le client</translation>
    </message>
    <message>
        <source>what the customer can see (above) and what happens out of sight (below)</source>
        <translation>ce que le client voit (au-dessus) et ce qui se passe hors de sa vue (en dessous)</translation>
    </message>
    <message>
        <source>frontline and backstage staff meet the support functions</source>
        <translation>le personnel du front-office et du back-office rencontre les fonctions support</translation>
    </message>
    <message>
        <source>flow: what happens next</source>
        <translation>flux : ce qui se passe ensuite</translation>
    </message>
    <message>
        <source>two-way: an exchange (the customer and a member of staff)</source>
        <translation>dans les deux sens : un échange (le client et un membre du personnel)</translation>
    </message>
    <message>
        <source>information: data or a message passed on</source>
        <translation>information : des données ou un message transmis</translation>
    </message>
    <message>
        <source>A service blueprint (Shostack 1984; Bitner, Ostrom and Morgan 2008): steps run left to right, lanes hold the cards, and three lines divide the lanes.</source>
        <translation>Un service blueprint (Shostack 1984 ; Bitner, Ostrom et Morgan 2008) : les étapes vont de gauche à droite, les couloirs portent les cartes et trois lignes séparent les couloirs.</translation>
    </message>
    <message>
        <source>★ marks a moment of truth; a step&apos;s time is under its name; the Emotions row plots each persona from −2 to +2 (dashed: the designed to-be curve).</source>
        <translation>★ marque un moment de vérité ; la durée d&apos;une étape est sous son nom ; la ligne des émotions trace chaque persona de −2 à +2 (en tirets : la courbe cible conçue).</translation>
    </message>
    <message>
        <source>An offline editor for service blueprints and customer journey maps. MIT licence.</source>
        <translation>Un éditeur hors ligne de service blueprints et de cartes du parcours client. Licence MIT.</translation>
    </message>
    <message>
        <source>Python {python}, Qt for Python {pyside}, on {system}.</source>
        <translation>Python {python}, Qt for Python {pyside}, sous {system}.</translation>
    </message>
    <message>
        <source>The fonts&apos; licence texts are installed beside them, in {folder}.</source>
        <translation>Les textes de licence des polices sont installés à côté d&apos;elles, dans {folder}.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Notation Legend</source>
        <translation>Légende de la notation</translation>
    </message>
    <message>
        <source>About Blueprint Studio</source>
        <translation>À propos de Blueprint Studio</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}) since {when}</source>
        <translation>{user} sur {host} (processus {pid}) depuis {when}</translation>
    </message>
    <message>
        <source>an unsaved document</source>
        <translation>un document non enregistré</translation>
    </message>
    <message>
        <source>{name}, autosaved {when}</source>
        <translation>{name}, sauvegardé automatiquement le {when}</translation>
    </message>
    <message>
        <source>{inches} in</source>
        <translation>{inches} po</translation>
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
        <translation>j</translation>
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
        <translation>moins de 1 s</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimé</translation>
    </message>
    <message>
        <source>(+{count} not in numbers)</source>
        <translation>(+{count} sans chiffres)</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentiments</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Touchpoints and channels</source>
        <translation>Points de contact et canaux</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Preuves physiques</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Processus support</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nouveau couloir</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Ligne d&apos;interaction</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Ligne d&apos;interaction interne</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>Point d&apos;attente</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>Point de décision</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Point de friction</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>Élément manquant</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>facet</source>
        <translation>facette</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Étape {number}</translation>
    </message>
    <message>
        <source>Untitled journey map</source>
        <translation>Carte du parcours sans titre</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Stay or leave</source>
        <translation>Rester ou partir</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>P&amp;ersonas</source>
        <translation>P&amp;ersonas</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>F&amp;acettes</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Notation Legend</source>
        <translation>&amp;Légende de la notation</translation>
    </message>
    <message>
        <source>&amp;About Blueprint Studio</source>
        <translation>À &amp;propos de Blueprint Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> New arrows: </source>
        <translation> Nouvelles flèches : </translation>
    </message>
    <message>
        <source>New arrows</source>
        <translation>Nouvelles flèches</translation>
    </message>
    <message>
        <source> Scores go to: </source>
        <translation> Les notes vont à : </translation>
    </message>
    <message>
        <source>Scores go to</source>
        <translation>Les notes vont à</translation>
    </message>
    <message>
        <source>Whose emotion curve a double-click or + and − in the Emotions row sets</source>
        <translation>La courbe d&apos;émotion que règlent un double-clic ou + et − sur la ligne des émotions</translation>
    </message>
    <message>
        <source>Blueprint canvas</source>
        <translation>Canevas du blueprint</translation>
    </message>
    <message>
        <source>Arrows move the cell cursor, Enter edits, Ctrl+Return adds a card; View ▸ Outline (Ctrl+Shift+O) reads the same blueprint as a tree.</source>
        <translation>Les flèches déplacent le curseur de cellule, Entrée modifie, Ctrl+Entrée ajoute une carte ; Affichage ▸ Plan (Ctrl+Maj+O) lit le même blueprint en arbre.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>{document}[*]{read_only} — Blueprint Studio</source>
        <translation>{document}[*]{read_only} — Blueprint Studio</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sans nom</translation>
    </message>
    <message>
        <source>{persona} (to-be)</source>
        <translation>{persona} (cible)</translation>
    </message>
    <message>
        <source>a new persona</source>
        <translation>une nouvelle persona</translation>
    </message>
    <message>
        <source>That card is in a row the current view hides.</source>
        <translation>Cette carte est sur une ligne que la vue actuelle masque.</translation>
    </message>
    <message>
        <source>Cards here carrying the facet “{facet}”: {count}</source>
        <translation>Cartes ici portant la facette « {facet} » : {count}</translation>
    </message>
    <message>
        <source>The clipboard holds {count} lines; pasting one card per line would make too many (at most {most}).</source>
        <translation>Le presse-papiers contient {count} lignes ; une carte par ligne en ferait trop (au plus {most}).</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Renommer l&apos;étape</translation>
    </message>
    <message>
        <source>Step name:</source>
        <translation>Nom de l&apos;étape :</translation>
    </message>
    <message>
        <source>Note on the line</source>
        <translation>Note sur la ligne</translation>
    </message>
    <message>
        <source>Written on the {line} at “{step}”:</source>
        <translation>Écrit sur la {line} à « {step} » :</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Écarter le constat</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>Rétablir le constat</translation>
    </message>
    <message>
        <source>Paste cards</source>
        <translation>Coller les cartes</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Coller la carte</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Supprimer les cartes</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Supprimer la carte</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Déplacer les cartes</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Relier les cartes</translation>
    </message>
    <message>
        <source>Delete arrows</source>
        <translation>Supprimer les flèches</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>Modifier la flèche</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>Insérer une étape</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Déplacer l&apos;étape</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renommer la phase</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renommer le couloir</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Supprimer le couloir</translation>
    </message>
    <message>
        <source>Add blueprint</source>
        <translation>Ajouter un blueprint</translation>
    </message>
    <message>
        <source>Delete blueprint</source>
        <translation>Supprimer le blueprint</translation>
    </message>
    <message>
        <source>Duplicate as to-be</source>
        <translation>Dupliquer en cible</translation>
    </message>
    <message>
        <source>Move blueprint</source>
        <translation>Déplacer le blueprint</translation>
    </message>
    <message>
        <source>Edit blueprint</source>
        <translation>Modifier le blueprint</translation>
    </message>
    <message>
        <source>Lane name:</source>
        <translation>Nom du couloir :</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajouter un couloir</translation>
    </message>
    <message>
        <source>Name of the new lane:</source>
        <translation>Nom du nouveau couloir :</translation>
    </message>
    <message>
        <source>Insert Step Before</source>
        <translation>Insérer une étape avant</translation>
    </message>
    <message>
        <source>Insert Step After</source>
        <translation>Insérer une étape après</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Duration and Stage…</source>
        <translation>Durée et phase…</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Hide Row</source>
        <translation>Masquer la ligne</translation>
    </message>
    <message>
        <source>Add Lane Above (same zone)</source>
        <translation>Ajouter un couloir au-dessus (même zone)</translation>
    </message>
    <message>
        <source>Add Lane Below (same zone)</source>
        <translation>Ajouter un couloir en dessous (même zone)</translation>
    </message>
    <message>
        <source>New Blueprint</source>
        <translation>Nouveau blueprint</translation>
    </message>
    <message>
        <source>Rename blueprint</source>
        <translation>Renommer le blueprint</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation>Fichiers {kind} (*{suffix})</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, this blueprint only (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, ce blueprint seulement (*.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Impossible d&apos;importer</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>Imported {name}: {count} blueprint(s). Save to keep it.</source>
        <translation>{name} importé : {count} blueprint(s). Enregistrez pour le garder.</translation>
    </message>
    <message>
        <source>card, {lane}, step {step}: {text}</source>
        <translation>carte, {lane}, étape {step} : {text}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Marks and time</source>
        <translation>Marques et temps</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>Plan du document</translation>
    </message>
    <message>
        <source>Blueprints, stages, steps, lanes and cards. F2 edits, Insert adds a card, Delete deletes.</source>
        <translation>Blueprints, phases, étapes, couloirs et cartes. F2 modifie, Inser ajoute une carte, Suppr supprime.</translation>
    </message>
    <message>
        <source>blueprint {title}, steps: {steps}, cards: {cards}</source>
        <translation>blueprint {title}, étapes : {steps}, cartes : {cards}</translation>
    </message>
    <message>
        <source>Scenario: {start} → {end}</source>
        <translation>Scénario : {start} → {end}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable : {owner}</translation>
    </message>
    <message>
        <source>Notes on the cards</source>
        <translation>Notes sur les cartes</translation>
    </message>
    <message>
        <source>Printed {date} with Blueprint Studio {version} · {page}</source>
        <translation>Imprimé le {date} avec Blueprint Studio {version} · {page}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>phase {name}</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>toutes les étapes</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>page {number} sur {count}</translation>
    </message>
    <message>
        <source>strips: {count}</source>
        <translation>bandes : {count}</translation>
    </message>
    <message>
        <source>Assembly map — {title}</source>
        <translation>Plan d&apos;assemblage — {title}</translation>
    </message>
    <message>
        <source>{rows} × {columns} = {count} pages; finished size {width} × {height} (scale {scale}).</source>
        <translation>{rows} × {columns} = {count} pages ; taille finale {width} × {height} (échelle {scale}).</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Neighbouring pages overlap by {overlap}: trim each page along its crop marks on the right and bottom, lay it over the next one matching the registration marks, and tape.</source>
        <translation>Imprimez à 100 % (sans « ajuster à la page »). Les pages voisines se chevauchent de {overlap} : coupez chaque page le long de ses traits de coupe à droite et en bas, posez-la sur la suivante en faisant coïncider les repères, et scotchez.</translation>
    </message>
    <message>
        <source>tile {label}</source>
        <translation>tuile {label}</translation>
    </message>
    <message>
        <source>row {row} of {rows}, column {column} of {columns}</source>
        <translation>rangée {row} sur {rows}, colonne {column} sur {columns}</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <source>step {name}</source>
        <translation>étape {name}</translation>
    </message>
    <message>
        <source>lane {name}, cards: {count}</source>
        <translation>couloir {name}, cartes : {count}</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>The whole blueprint: click or drag to show that part</source>
        <translation>Le blueprint entier : cliquez ou glissez pour montrer cette partie</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Checked personas are followed in this blueprint:</source>
        <translation>Les personas cochées sont suivies dans ce blueprint :</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Role or segment</source>
        <translation>Rôle ou segment</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>un par ligne</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>pas une image</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouvelle persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Modifier la persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer la persona</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Déplacer la persona</translation>
    </message>
    <message>
        <source>Follow personas</source>
        <translation>Suivre des personas</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>Choisir la photo de la persona</translation>
    </message>
    <message>
        <source>Clear emotion score</source>
        <translation>Effacer la note d&apos;émotion</translation>
    </message>
    <message>
        <source>Set emotion score</source>
        <translation>Noter l&apos;émotion</translation>
    </message>
    <message>
        <source>Change emotion score</source>
        <translation>Changer la note d&apos;émotion</translation>
    </message>
    <message>
        <source>Edit emotion reason</source>
        <translation>Modifier la raison de l&apos;émotion</translation>
    </message>
    <message>
        <source>Show journey map and blueprint</source>
        <translation>Montrer la carte du parcours et le blueprint</translation>
    </message>
    <message>
        <source>Show journey map only</source>
        <translation>Montrer seulement la carte du parcours</translation>
    </message>
    <message>
        <source>Show blueprint only</source>
        <translation>Montrer seulement le blueprint</translation>
    </message>
    <message>
        <source>Show row</source>
        <translation>Montrer la ligne</translation>
    </message>
    <message>
        <source>Hide row</source>
        <translation>Masquer la ligne</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter la ligne</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Couleur de la persona</translation>
    </message>
    <message>
        <source>Persona photo</source>
        <translation>Photo de la persona</translation>
    </message>
    <message>
        <source>Presenting {title}</source>
        <translation>Présentation de {title}</translation>
    </message>
    <message>
        <source>{title} · stage {number} of {count}: {stage}</source>
        <translation>{title} · phase {number} sur {count} : {stage}</translation>
    </message>
    <message>
        <source>{caption}    ·    {number} / {count}    ·    → next   ← back   Esc ends</source>
        <translation>{caption}    ·    {number} / {count}    ·    → suivant   ← retour   Échap termine</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>the document&apos;s own audiences: zones, lanes, stages or steps, and what is left out</source>
        <translation>les publics propres au document : zones, couloirs, phases ou étapes, et ce qui est omis</translation>
    </message>
    <message>
        <source>Workshop sheet: the empty grid, cells sized for sticky notes</source>
        <translation>Feuille d&apos;atelier : la grille vide, cellules à la taille des post-it</translation>
    </message>
    <message>
        <source> a cell</source>
        <translation> une cellule</translation>
    </message>
    <message>
        <source>One page (plotter or single sheet)</source>
        <translation>Une page (traceur ou feuille unique)</translation>
    </message>
    <message>
        <source>Strips stacked on one page, cut between stages</source>
        <translation>Bandes empilées sur une page, coupées entre les phases</translation>
    </message>
    <message>
        <source>Tiles on office paper, to tape together</source>
        <translation>Tuiles sur papier de bureau, à assembler</translation>
    </message>
    <message>
        <source>A page per stage (handouts), lane names repeated</source>
        <translation>Une page par phase (documents), noms des couloirs répétés</translation>
    </message>
    <message>
        <source>as many as print largest</source>
        <translation>autant que pour imprimer le plus grand</translation>
    </message>
    <message>
        <source>Exactly the chosen size</source>
        <translation>Exactement la taille choisie</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Fit the paper</source>
        <translation>Ajuster au papier</translation>
    </message>
    <message>
        <source>Overall width</source>
        <translation>Largeur totale</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> po</translation>
    </message>
    <message>
        <source>This blueprint ({title})</source>
        <translation>Ce blueprint ({title})</translation>
    </message>
    <message>
        <source>All {count} blueprints</source>
        <translation>Les {count} blueprints</translation>
    </message>
    <message>
        <source>Scale down to fit</source>
        <translation>Réduire pour tenir</translation>
    </message>
    <message>
        <source>Wrap into strips</source>
        <translation>Couper en bandes</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Strips</source>
        <translation>Bandes</translation>
    </message>
    <message>
        <source>Tile paper</source>
        <translation>Papier des tuiles</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source> notes</source>
        <translation> notes</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Pages of {paper}: {count} ({rows} rows × {columns} columns) and an assembly map; finished size {width} × {height}.</source>
        <translation>Pages {paper} : {count} ({rows} rangées × {columns} colonnes) et un plan d&apos;assemblage ; taille finale {width} × {height}.</translation>
    </message>
    <message>
        <source>One page of {width} × {height} per stage, {count} in all (the first shown).</source>
        <translation>Une page de {width} × {height} par phase, {count} en tout (la première montrée).</translation>
    </message>
    <message>
        <source>Strips: {count}, on one page of {width} × {height} at scale {scale}.</source>
        <translation>Bandes : {count}, sur une page de {width} × {height} à l&apos;échelle {scale}.</translation>
    </message>
    <message>
        <source>One page of {width} × {height} at scale {scale}.</source>
        <translation>Une page de {width} × {height} à l&apos;échelle {scale}.</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high.</source>
        <translation>Le texte des cartes s&apos;imprime à {size} pt de haut.</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high: too small to read on a wall (under {least} pt).</source>
        <translation>Le texte des cartes s&apos;imprime à {size} pt : trop petit pour être lu au mur (moins de {least} pt).</translation>
    </message>
    <message>
        <source>Larger: {choices}.</source>
        <translation>Plus grand : {choices}.</translation>
    </message>
    <message>
        <source>One page of {paper} per blueprint: stages, time and the top fail points.</source>
        <translation>Une page {paper} par blueprint : phases, temps et principaux points de défaillance.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} exporté.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
    <message>
        <source>{error}. The PDF is at {path}; open it to print.</source>
        <translation>{error}. Le PDF est dans {path} ; ouvrez-le pour l&apos;imprimer.</translation>
    </message>
    <message>
        <source>Printing: {answer}</source>
        <translation>Impression : {answer}</translation>
    </message>
    <message>
        <source>Flow →</source>
        <translation>Flux →</translation>
    </message>
    <message>
        <source>Two-way ↔</source>
        <translation>Dans les deux sens ↔</translation>
    </message>
    <message>
        <source>Information (dashed)</source>
        <translation>Information (tirets)</translation>
    </message>
    <message>
        <source>e.g. 5 min, 1-25 d, same day</source>
        <translation>p. ex. 5 min, 1-25 d, same day</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>department or role</source>
        <translation>service ou rôle</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Couleur du couloir</translation>
    </message>
    <message>
        <source>The journey the customer goes on to when they leave here</source>
        <translation>Le parcours que le client rejoint quand il sort ici</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>how long the customer waits</source>
        <translation>combien de temps le client attend</translation>
    </message>
    <message>
        <source>how long this takes, e.g. 3-5 min</source>
        <translation>combien de temps cela prend, p. ex. 3-5 min</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Exit to</source>
        <translation>Sortie vers</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>a few words, drawn on the arrow</source>
        <translation>quelques mots, dessinés sur la flèche</translation>
    </message>
    <message>
        <source>what is handed over, how, when: shown when hovering the arrow</source>
        <translation>ce qui est transmis, comment, quand : montré au survol de la flèche</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>the longest it may take</source>
        <translation>le plus long qu&apos;elle puisse prendre</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>A step that decides how the customer judges the whole service</source>
        <translation>Une étape qui décide du jugement du client sur tout le service</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>what happens in this step, shown when hovering its header</source>
        <translation>ce qui se passe dans cette étape, montré au survol de son en-tête</translation>
    </message>
    <message>
        <source>the lane&apos;s purpose, shown when hovering its name</source>
        <translation>le rôle du couloir, montré au survol de son nom</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Starts when</source>
        <translation>Commence quand</translation>
    </message>
    <message>
        <source>Ends when</source>
        <translation>Finit quand</translation>
    </message>
    <message>
        <source>Customer&apos;s goal</source>
        <translation>Objectif du client</translation>
    </message>
    <message>
        <source>Print lane purposes under their names</source>
        <translation>Imprimer le rôle des couloirs sous leur nom</translation>
    </message>
    <message>
        <source>why they feel this way</source>
        <translation>pourquoi ils ressentent cela</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Effacer la note</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Score (−2 … +2)</source>
        <translation>Note (−2 … +2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>{kind} (zone: {zone})</source>
        <translation>{kind} (zone : {zone})</translation>
    </message>
    <message>
        <source>(no journey named)</source>
        <translation>(aucun parcours désigné)</translation>
    </message>
    <message>
        <source>No facets yet: add them in the Facets panel</source>
        <translation>Pas encore de facettes : ajoutez-les dans le panneau Facettes</translation>
    </message>
    <message>
        <source>no photo: drop or paste a picture on the card</source>
        <translation>pas de photo : déposez ou collez une image sur la carte</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(phase sans nom)</translation>
    </message>
    <message>
        <source>New stage…</source>
        <translation>Nouvelle phase…</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Couleur de la carte</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nom de la phase :</translation>
    </message>
    <message>
        <source>Photo for the card</source>
        <translation>Photo pour la carte</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nouveau depuis un modèle</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Stages: {stages} · steps: {steps} · cards: {cards}</source>
        <translation>Phases : {stages} · étapes : {steps} · cartes : {cards}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Persona:&lt;/b&gt; {people}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Persona :&lt;/b&gt; {people}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>{name} is {size} MB; pick a picture under {most} MB</source>
        <translation>{name} fait {size} Mo ; choisissez une image de moins de {most} Mo</translation>
    </message>
    <message>
        <source>{name} is not a picture Blueprint Studio can read (PNG, JPEG, WebP, GIF, BMP)</source>
        <translation>{name} n&apos;est pas une image que Blueprint Studio sait lire (PNG, JPEG, WebP, GIF, BMP)</translation>
    </message>
    <message>
        <source>Cards with the ticked facets: {count}</source>
        <translation>Cartes portant les facettes cochées : {count}</translation>
    </message>
    <message>
        <source> (to-be)</source>
        <translation> (cible)</translation>
    </message>
    <message>
        <source>Exit to “{journey}” (double-click to open)</source>
        <translation>Sortie vers « {journey} » (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>No photo added: {problem}</source>
        <translation>Aucune photo ajoutée : {problem}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Millimetres and metres</source>
        <translation>Millimètres et mètres</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Autosave every</source>
        <translation>&amp;Sauvegarde automatique toutes les</translation>
    </message>
    <message>
        <source>Default &amp;paper</source>
        <translation>&amp;Papier par défaut</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <source>The new language shows when Blueprint Studio next starts.</source>
        <translation>La nouvelle langue s&apos;affiche au prochain démarrage de Blueprint Studio.</translation>
    </message>
    <message>
        <source>The service typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>Le service prend en général {typical}, plus que l&apos;acceptable {acceptable}</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>L&apos;étape « {step} » prend en général {typical}, plus que l&apos;acceptable {acceptable}</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos;: the customer acts, but nothing they see or touch is named (no physical evidence or touchpoint)</source>
        <translation>Étape &apos;{step}&apos; : le client agit, mais rien de ce qu&apos;il voit ou touche n&apos;est nommé (ni preuve physique ni point de contact)</translation>
    </message>
    <message>
        <source>No arrows yet: draw the flow between the cards to check encounters, handoffs and orphans</source>
        <translation>Pas encore de flèches : tracez le flux entre les cartes pour vérifier les rencontres, les passages de relais et les cartes isolées</translation>
    </message>
    <message>
        <source>{card} is seen by the customer but no arrow links it to a customer action</source>
        <translation>{card} est vu par le client mais aucune flèche ne le relie à une action du client</translation>
    </message>
    <message>
        <source>{card} has no arrow to or from it</source>
        <translation>{card} n&apos;a aucune flèche entrante ni sortante</translation>
    </message>
    <message>
        <source>{card} leads nowhere the customer sees: no chain of arrows reaches the line of visibility</source>
        <translation>{card} ne mène à rien que le client voie : aucune chaîne de flèches n&apos;atteint la ligne de visibilité</translation>
    </message>
    <message>
        <source>The arrow from {source} to {target} crosses {count} lines at once: a step in between may be missing</source>
        <translation>La flèche de {source} à {target} traverse {count} lignes d&apos;un coup : il manque peut-être une étape entre les deux</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no duration</source>
        <translation>L&apos;étape « {step} » n&apos;a pas de durée</translation>
    </message>
    <message>
        <source>Wait point {card}: how long is the wait?</source>
        <translation>Point d&apos;attente {card} : combien de temps dure l&apos;attente ?</translation>
    </message>
    <message>
        <source>Fail point {card} has no owner</source>
        <translation>Le point de défaillance {card} n&apos;a pas de responsable</translation>
    </message>
    <message>
        <source>Fail point {card} has no recovery: which card puts it right?</source>
        <translation>Le point de défaillance {card} n&apos;a pas de reprise : quelle carte le corrige ?</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no cards</source>
        <translation>L&apos;étape « {step} » n&apos;a pas de cartes</translation>
    </message>
    <message>
        <source>&apos;{activity}&apos; is done in {count} lanes ({lanes}): share it or split the work?</source>
        <translation>« {activity} » est fait dans {count} couloirs ({lanes}) : le partager ou répartir le travail ?</translation>
    </message>
    <message>
        <source>Add facet</source>
        <translation>Ajouter une facette</translation>
    </message>
    <message>
        <source>Edit facet</source>
        <translation>Modifier la facette</translation>
    </message>
    <message>
        <source>Delete facet</source>
        <translation>Supprimer la facette</translation>
    </message>
    <message>
        <source>Tag cards</source>
        <translation>Étiqueter les cartes</translation>
    </message>
    <message>
        <source>Untag cards</source>
        <translation>Retirer l&apos;étiquette des cartes</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Set card photo</source>
        <translation>Choisir la photo de la carte</translation>
    </message>
    <message>
        <source>Add line note</source>
        <translation>Ajouter une note sur la ligne</translation>
    </message>
    <message>
        <source>Delete line note</source>
        <translation>Supprimer la note de la ligne</translation>
    </message>
    <message>
        <source>Edit line note</source>
        <translation>Modifier la note de la ligne</translation>
    </message>
    <message>
        <source>Describe lane</source>
        <translation>Décrire le couloir</translation>
    </message>
    <message>
        <source>Set exit</source>
        <translation>Définir la sortie</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>Nouveau public</translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation>Modifier le public</translation>
    </message>
    <message>
        <source>Delete audience</source>
        <translation>Supprimer le public</translation>
    </message>
    <message>
        <source>Replace matches</source>
        <translation>Remplacer les résultats</translation>
    </message>
    <message>
        <source>Replace match</source>
        <translation>Remplacer le résultat</translation>
    </message>
    <message>
        <source>Blank blueprint</source>
        <translation>Blueprint vierge</translation>
    </message>
    <message>
        <source>Start from nothing</source>
        <translation>Partir de rien</translation>
    </message>
    <message>
        <source>The five standard lanes and four empty steps.</source>
        <translation>Les cinq couloirs standard et quatre étapes vides.</translation>
    </message>
    <message>
        <source>Blank journey map</source>
        <translation>Carte du parcours vierge</translation>
    </message>
    <message>
        <source>Thoughts, emotions, touchpoints, pain points and opportunities over four stages.</source>
        <translation>Pensées, émotions, points de contact, points de friction et opportunités sur quatre phases.</translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation>Ouvrir un compte bancaire</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Services financiers</translation>
    </message>
    <message>
        <source>A newcomer to the country opens a current account online: application, identity check, compliance, card.</source>
        <translation>Un nouvel arrivant dans le pays ouvre un compte courant en ligne : demande, vérification d&apos;identité, conformité, carte.</translation>
    </message>
    <message>
        <source>Hospital outpatient visit</source>
        <translation>Consultation externe à l&apos;hôpital</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>A patient referred by their GP sees a specialist: booking, arrival, consultation, tests and follow-up.</source>
        <translation>Un patient adressé par son médecin traitant voit un spécialiste : rendez-vous, arrivée, consultation, examens et suivi.</translation>
    </message>
    <message>
        <source>Applying for a building permit</source>
        <translation>Demander un permis de construire</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Secteur public</translation>
    </message>
    <message>
        <source>A homeowner applies to the municipality to extend a house: from finding the rules to the decision.</source>
        <translation>Un propriétaire demande à la mairie d&apos;agrandir sa maison : de la recherche des règles à la décision.</translation>
    </message>
    <message>
        <source>A restaurant visit</source>
        <translation>Un repas au restaurant</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hôtellerie-restauration</translation>
    </message>
    <message>
        <source>A couple books a table for an anniversary dinner: booking, arrival, ordering, the meal, paying.</source>
        <translation>Un couple réserve une table pour un dîner d&apos;anniversaire : réservation, arrivée, commande, repas, paiement.</translation>
    </message>
    <message>
        <source>Returning an online order</source>
        <translation>Retourner une commande en ligne</translation>
    </message>
    <message>
        <source>Retail and e-commerce</source>
        <translation>Commerce et e-commerce</translation>
    </message>
    <message>
        <source>A customer sends back shoes that do not fit: return request, drop-off, warehouse check and refund.</source>
        <translation>Une cliente renvoie des chaussures qui ne vont pas : demande de retour, dépôt, contrôle à l&apos;entrepôt et remboursement.</translation>
    </message>
    <message>
        <source>Onboarding to a software product</source>
        <translation>Prise en main d&apos;un logiciel</translation>
    </message>
    <message>
        <source>Software and SaaS</source>
        <translation>Logiciel et SaaS</translation>
    </message>
    <message>
        <source>A team lead trials a project-planning product: sign-up, first project, inviting the team, paying.</source>
        <translation>Une cheffe d&apos;équipe essaie un logiciel de planification : inscription, premier projet, invitation de l&apos;équipe, paiement.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Dans les deux sens</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>point de contact</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Moment of truth (step)</source>
        <translation>Moment de vérité (étape)</translation>
    </message>
    <message>
        <source>{title} — workshop sheet</source>
        <translation>{title} — feuille d&apos;atelier</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule : {reason}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. Save a Copy… to make changes of your own.</source>
        <translation>Lecture seule : {reason}. Enregistrez une copie… pour faire vos propres modifications.</translation>
    </message>
</context>
</TS>
