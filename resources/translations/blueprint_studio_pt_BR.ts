<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Novo a partir de &amp;modelo…</translation>
    </message>
    <message>
        <source>start from a realistic blueprint of a sector, or a blank one</source>
        <translation>comece com um blueprint realista de um setor, ou em branco</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
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
        <translation>Exportar &amp;planilha…</translation>
    </message>
    <message>
        <source>a lane × step grid: every blueprint as a sheet (.xlsx), or this one as .csv</source>
        <translation>uma grade raia × etapa: cada blueprint como uma aba (.xlsx), ou este como .csv</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>&amp;Importar planilha…</translation>
    </message>
    <message>
        <source>a new document from a lane × step grid (.xlsx or .csv)</source>
        <translation>um novo documento a partir de uma grade raia × etapa (.xlsx ou .csv)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>&amp;Editar texto do cartão</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>in card texts, notes, owners and facets of every blueprint</source>
        <translation>em textos de cartões, notas, responsáveis e facetas de todos os blueprints</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Substit&amp;uir…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <source>language, theme, autosave, paper and units</source>
        <translation>idioma, tema, salvamento automático, papel e unidades</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
    </message>
    <message>
        <source>New &amp;Card in Current Cell</source>
        <translation>Novo &amp;cartão na célula atual</translation>
    </message>
    <message>
        <source>Step &amp;Before</source>
        <translation>Etapa &amp;antes</translation>
    </message>
    <message>
        <source>Step &amp;After</source>
        <translation>Etapa &amp;depois</translation>
    </message>
    <message>
        <source>De&amp;lete Step</source>
        <translation>E&amp;xcluir etapa</translation>
    </message>
    <message>
        <source>&amp;Lane in This Zone…</source>
        <translation>&amp;Raia nesta zona…</translation>
    </message>
    <message>
        <source>Delete La&amp;ne</source>
        <translation>Excluir rai&amp;a</translation>
    </message>
    <message>
        <source>Delete Bluepr&amp;int</source>
        <translation>Excluir &amp;blueprint</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Excluir raia</translation>
    </message>
    <message>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <source>&amp;To-Be Variant of This Blueprint</source>
        <translation>Variante &amp;futura deste blueprint</translation>
    </message>
    <message>
        <source>a copy to redesign as the future state, compared with this one</source>
        <translation>uma cópia para redesenhar o estado futuro, comparada com este</translation>
    </message>
    <message>
        <source>&amp;Rename Blueprint…</source>
        <translation>&amp;Renomear blueprint…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar à janela</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Tamanho real (100 %)</translation>
    </message>
    <message>
        <source>Journey Map and &amp;Blueprint</source>
        <translation>Mapa da jornada e &amp;blueprint</translation>
    </message>
    <message>
        <source>&amp;Journey Map Only</source>
        <translation>Só o &amp;mapa da jornada</translation>
    </message>
    <message>
        <source>Blueprint &amp;Only</source>
        <translation>Só o &amp;blueprint</translation>
    </message>
    <message>
        <source>Journey &amp;Rows</source>
        <translation>&amp;Linhas da jornada</translation>
    </message>
    <message>
        <source>&amp;Next Blueprint</source>
        <translation>Pró&amp;ximo blueprint</translation>
    </message>
    <message>
        <source>Pre&amp;vious Blueprint</source>
        <translation>Blueprint a&amp;nterior</translation>
    </message>
    <message>
        <source>O&amp;utline</source>
        <translation>&amp;Estrutura</translation>
    </message>
    <message>
        <source>the document as a tree, for the keyboard and screen readers</source>
        <translation>o documento como árvore, para teclado e leitores de tela</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>A&amp;presentar</translation>
    </message>
    <message>
        <source>full screen, stage by stage, for a workshop projector; Esc returns</source>
        <translation>tela cheia, fase a fase, para o projetor do workshop; Esc volta</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERRO</translation>
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
        <translation>De “{start}” a “{end}”</translation>
    </message>
    <message>
        <source>Customer&apos;s goal: {goal}</source>
        <translation>Objetivo do cliente: {goal}</translation>
    </message>
    <message>
        <source>over the acceptable time</source>
        <translation>acima do tempo aceitável</translation>
    </message>
    <message>
        <source>within the acceptable time</source>
        <translation>dentro do tempo aceitável</translation>
    </message>
    <message>
        <source>Journey time</source>
        <translation>Tempo da jornada</translation>
    </message>
    <message>
        <source>Customer&apos;s own time and waits</source>
        <translation>Tempo e esperas do próprio cliente</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>moments of truth: {count}</source>
        <translation>momentos da verdade: {count}</translation>
    </message>
    <message>
        <source>open: {count}</source>
        <translation>abertos: {count}</translation>
    </message>
    <message>
        <source>Encounters · handoffs</source>
        <translation>Encontros · transferências</translation>
    </message>
    <message>
        <source>customer meets staff · work changes hands</source>
        <translation>cliente encontra a equipe · o trabalho muda de mãos</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Top fail points (of {count})</source>
        <translation>Principais pontos de falha (de {count})</translation>
    </message>
    <message>
        <source>Fail points: none marked</source>
        <translation>Pontos de falha: nenhum marcado</translation>
    </message>
    <message>
        <source>Where the customer feels worst</source>
        <translation>Onde o cliente se sente pior</translation>
    </message>
    <message>
        <source>Executive summary · printed {date} with Blueprint Studio {version}</source>
        <translation>Resumo executivo · impresso em {date} com o Blueprint Studio {version}</translation>
    </message>
    <message>
        <source>No stages: name stages in the editor to see the journey in phases.</source>
        <translation>Sem fases: nomeie fases no editor para ver a jornada em etapas.</translation>
    </message>
    <message>
        <source>steps: {steps} · fail points: {fails}</source>
        <translation>etapas: {steps} · pontos de falha: {fails}</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Ponto de falha</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>a persona</source>
        <translation>uma persona</translation>
    </message>
    <message>
        <source>{title} — executive summary</source>
        <translation>{title} — resumo executivo</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Modo de falha</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efeito</translation>
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
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source> (dismissed)</source>
        <translation> (dispensado)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Pontos de falha</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Sinergias</translation>
    </message>
    <message>
        <source>Show the critical path on the canvas</source>
        <translation>Mostrar o caminho crítico na tela</translation>
    </message>
    <message>
        <source>Show encounters and handoffs on the lines</source>
        <translation>Mostrar encontros e transferências nas linhas</translation>
    </message>
    <message>
        <source>Stage / step</source>
        <translation>Fase / etapa</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aceitável</translation>
    </message>
    <message>
        <source>Critical path (longest chain along flow arrows):</source>
        <translation>Caminho crítico (a cadeia mais longa ao longo das setas de fluxo):</translation>
    </message>
    <message>
        <source>Rate severity, occurrence and detection 1–10; RPN = S × O × D. Double-click Recovery to choose its cards.</source>
        <translation>Avalie severidade, ocorrência e detecção de 1 a 10; NPR = S × O × D. Clique duas vezes em Recuperação para escolher seus cartões.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Set this finding aside; the choice is saved with the blueprint</source>
        <translation>Deixar esta constatação de lado; a escolha é salva com o blueprint</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Mostrar dispensados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Used by steps</source>
        <translation>Usado por etapas</translation>
    </message>
    <message>
        <source>Blueprints</source>
        <translation>Blueprints</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Raias</translation>
    </message>
    <message>
        <source>Used by several steps: candidates to share or automate.</source>
        <translation>Usado por várias etapas: candidatos a compartilhar ou automatizar.</translation>
    </message>
    <message>
        <source>Analysis failed: {problem}</source>
        <translation>A análise falhou: {problem}</translation>
    </message>
    <message>
        <source> — acceptable {limit}: &lt;b&gt;over&lt;/b&gt;</source>
        <translation> — aceitável {limit}: &lt;b&gt;acima&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — acceptable {limit}: within</source>
        <translation> — aceitável {limit}: dentro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journey:&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Customer&apos;s time and waits:&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;Organisation&apos;s:&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Encounters:&lt;/b&gt; {encounters} · &lt;b&gt;handoffs:&lt;/b&gt; {handoffs}</source>
        <translation>&lt;b&gt;Jornada:&lt;/b&gt; {journey}{verdict}&lt;br&gt;&lt;b&gt;Tempo e esperas do cliente:&lt;/b&gt; {customer}&lt;br&gt;&lt;b&gt;Da organização:&lt;/b&gt; {organisation}&lt;br&gt;&lt;b&gt;Encontros:&lt;/b&gt; {encounters} · &lt;b&gt;transferências:&lt;/b&gt; {handoffs}</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>(sem fase)</translation>
    </message>
    <message>
        <source>Typically takes longer than its acceptable time</source>
        <translation>Costuma levar mais que o tempo aceitável</translation>
    </message>
    <message>
        <source>No chain of two or more cards along flow arrows.</source>
        <translation>Nenhuma cadeia de dois ou mais cartões ao longo das setas de fluxo.</translation>
    </message>
    <message>
        <source>Checks ({count})</source>
        <translation>Verificações ({count})</translation>
    </message>
    <message>
        <source>{column}: rate from 1 to 10, or leave empty</source>
        <translation>{column}: avalie de 1 a 10 ou deixe vazio</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Não é possível abrir o arquivo</translation>
    </message>
    <message>
        <source>open elsewhere by {holder}</source>
        <translation>aberto em outro lugar por {holder}</translation>
    </message>
    <message>
        <source>it would be {size} MB when saved, more than the {most} MB a .bpx may hold</source>
        <translation>ao salvar teria {size} MB, mais que os {most} MB que um .bpx pode conter</translation>
    </message>
    <message>
        <source>Autosave not restored</source>
        <translation>Salvamento automático não restaurado</translation>
    </message>
    <message>
        <source>{problem}. The snapshot was moved to {folder}.</source>
        <translation>{problem}. O instantâneo foi movido para {folder}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>{kind}: {error}

Your open documents are unchanged and autosaved; details are in {log}.</source>
        <translation>{kind}: {error}

Seus documentos abertos não foram alterados e estão salvos automaticamente; detalhes em {log}.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Linha de frente</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Bastidores</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Suporte</translation>
    </message>
    <message>
        <source>Card and arrow notes</source>
        <translation>Notas de cartões e setas</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsáveis</translation>
    </message>
    <message>
        <source>Facet tags (teams, systems…)</source>
        <translation>Etiquetas de facetas (equipes, sistemas…)</translation>
    </message>
    <message>
        <source>Fail points&apos; register entries</source>
        <translation>Registro dos pontos de falha</translation>
    </message>
    <message>
        <source>Print Audiences</source>
        <translation>Públicos de impressão</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inserir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
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
        <translation>Adicionar imagem</translation>
    </message>
    <message>
        <source>The one-page executive summary instead of the wall</source>
        <translation>O resumo executivo de uma página em vez da parede</translation>
    </message>
    <message>
        <source>Zones shown</source>
        <translation>Zonas mostradas</translation>
    </message>
    <message>
        <source>Lanes left out</source>
        <translation>Raias omitidas</translation>
    </message>
    <message>
        <source>Only these stages</source>
        <translation>Só estas fases</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Da etapa</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Até a etapa</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>(the first)</source>
        <translation>(a primeira)</translation>
    </message>
    <message>
        <source>(the last)</source>
        <translation>(a última)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
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
        <translation>Comparar este blueprint com:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Untitled blueprint</source>
        <translation>Blueprint sem título</translation>
    </message>
    <message>
        <source>Another file: {name}</source>
        <translation>Outro arquivo: {name}</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Outro arquivo…</translation>
    </message>
    <message>
        <source>Choose the as-is blueprint, or another file&apos;s version of this one.</source>
        <translation>Escolha o blueprint atual, ou a versão deste blueprint em outro arquivo.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Nenhuma diferença.</translation>
    </message>
    <message>
        <source>Cards: {added} added, {removed} removed, {changed} changed, {moved} moved; {count} changes in all.</source>
        <translation>Cartões: {added} adicionados, {removed} removidos, {changed} alterados, {moved} movidos; {count} mudanças no total.</translation>
    </message>
    <message>
        <source>Blueprint Studio files (*.bpx);;All files (*)</source>
        <translation>Arquivos do Blueprint Studio (*.bpx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Salvar as alterações em “{name}” antes de fechar?</translation>
    </message>
    <message>
        <source>Open blueprint</source>
        <translation>Abrir blueprint</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Importar planilha</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Planilhas (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Save blueprint as</source>
        <translation>Salvar blueprint como</translation>
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
        <translation>Resolução (pontos por polegada):</translation>
    </message>
    <message>
        <source>The diagram only (no title, legend or personas)</source>
        <translation>Só o diagrama (sem título, legenda ou personas)</translation>
    </message>
    <message>
        <source>Card notes and owners: a number on each card, the notes listed under the blueprint</source>
        <translation>Notas e responsáveis dos cartões: um número em cada cartão, as notas listadas abaixo do blueprint</translation>
    </message>
    <message>
        <source>Keep the text as text (searchable; embedded fonts show in browsers only)</source>
        <translation>Manter o texto como texto (pesquisável; as fontes embutidas só aparecem em navegadores)</translation>
    </message>
    <message>
        <source>Check that each lane was read as the kind you meant:</source>
        <translation>Confira se cada raia foi lida como o tipo que você queria:</translation>
    </message>
    <message>
        <source>Document already open</source>
        <translation>Documento já aberto</translation>
    </message>
    <message>
        <source>“{name}” is already open: {holder}.</source>
        <translation>“{name}” já está aberto: {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only, open a copy to edit separately, or cancel.</source>
        <translation>Abra somente leitura, abra uma cópia para editar à parte, ou cancele.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir somente leitura</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Abrir uma cópia</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabalho não salvo</translation>
    </message>
    <message>
        <source>Blueprint Studio did not close properly. Restore the autosaved work?

{listing}</source>
        <translation>O Blueprint Studio não foi fechado corretamente. Restaurar o trabalho salvo automaticamente?

{listing}</translation>
    </message>
    <message>
        <source>Recovery cards</source>
        <translation>Cartões de recuperação</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrar cartões</translation>
    </message>
    <message>
        <source>Teams and departments</source>
        <translation>Equipes e departamentos</translation>
    </message>
    <message>
        <source>Systems and software</source>
        <translation>Sistemas e software</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Pontos de contato</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetas</translation>
    </message>
    <message>
        <source>Tick to highlight their cards; tag cards in Properties.</source>
        <translation>Marque para destacar seus cartões; etiquete cartões em Propriedades.</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Faceta</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartões</translation>
    </message>
    <message>
        <source>new facet, e.g. Licensing team</source>
        <translation>nova faceta, p. ex. Equipe de licenças</translation>
    </message>
    <message>
        <source>Clear highlight</source>
        <translation>Limpar destaque</translation>
    </message>
    <message>
        <source>Colour of {facet}</source>
        <translation>Cor de {facet}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Não é possível salvar</translation>
    </message>
    <message>
        <source>{error}. Choose another name.</source>
        <translation>{error}. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} salvo</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Salvando {name}…</translation>
    </message>
    <message>
        <source>Autosave failed: {problem}</source>
        <translation>O salvamento automático falhou: {problem}</translation>
    </message>
    <message>
        <source>This document is {percent}% of the largest Blueprint Studio can save; move some blueprints into a file of their own</source>
        <translation>Este documento ocupa {percent}% do máximo que o Blueprint Studio consegue salvar; mova alguns blueprints para um arquivo próprio</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Find in card texts, notes, owners and facets</source>
        <translation>Localizar em textos de cartões, notas, responsáveis e facetas</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Substituir por</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Palavras inteiras</translation>
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
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>Matches: {count} · cards: {cards} · facets: {facets}</source>
        <translation>Resultados: {count} · cartões: {cards} · facetas: {facets}</translation>
    </message>
    <message>
        <source>Replaced: {count}</source>
        <translation>Substituídos: {count}</translation>
    </message>
    <message>
        <source>Double-click an empty cell</source>
        <translation>Clique duplo em uma célula vazia</translation>
    </message>
    <message>
        <source>a new card there (Enter keeps it, Esc drops it)</source>
        <translation>um novo cartão ali (Enter mantém, Esc descarta)</translation>
    </message>
    <message>
        <source>Double-click a card, F2 or Enter</source>
        <translation>Clique duplo em um cartão, F2 ou Enter</translation>
    </message>
    <message>
        <source>edit its text (Shift+Enter breaks the line)</source>
        <translation>editar o texto (Shift+Enter quebra a linha)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Setas</translation>
    </message>
    <message>
        <source>move the cell cursor</source>
        <translation>mover o cursor de célula</translation>
    </message>
    <message>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+setas</translation>
    </message>
    <message>
        <source>move the selected cards a cell over</source>
        <translation>mover os cartões selecionados uma célula</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>the next card in the lane</source>
        <translation>o próximo cartão da raia</translation>
    </message>
    <message>
        <source>Drag a card&apos;s right-hand handle</source>
        <translation>Arrastar a alça direita de um cartão</translation>
    </message>
    <message>
        <source>an arrow to another card</source>
        <translation>uma seta para outro cartão</translation>
    </message>
    <message>
        <source>Ctrl+wheel, Ctrl+= / Ctrl+-</source>
        <translation>Ctrl+roda, Ctrl+= / Ctrl+-</translation>
    </message>
    <message>
        <source>zoom; Ctrl+0 fits, Ctrl+1 is 100 %</source>
        <translation>zoom; Ctrl+0 ajusta, Ctrl+1 é 100 %</translation>
    </message>
    <message>
        <source>Wheel, Shift+wheel, middle-drag, Space+drag</source>
        <translation>Roda, Shift+roda, arrastar com o botão do meio, Espaço+arrastar</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>deslocar</translation>
    </message>
    <message>
        <source>+ and − on the Emotions row</source>
        <translation>+ e − na linha de emoções</translation>
    </message>
    <message>
        <source>score the cursor&apos;s step; Up/Down move a selected point</source>
        <translation>pontuar a etapa do cursor; Cima/Baixo movem um ponto selecionado</translation>
    </message>
    <message>
        <source>the customer meets the organisation: above it, what the customer does</source>
        <translation>o cliente encontra a organização: acima, o que o cliente faz</translation>
    </message>
    <message>
        <source>what the customer can see (above) and what happens out of sight (below)</source>
        <translation>o que o cliente vê (acima) e o que acontece fora de vista (abaixo)</translation>
    </message>
    <message>
        <source>frontline and backstage staff meet the support functions</source>
        <translation>a equipe de linha de frente e de bastidores encontra as funções de suporte</translation>
    </message>
    <message>
        <source>flow: what happens next</source>
        <translation>fluxo: o que acontece a seguir</translation>
    </message>
    <message>
        <source>two-way: an exchange (the customer and a member of staff)</source>
        <translation>mão dupla: uma troca (o cliente e um membro da equipe)</translation>
    </message>
    <message>
        <source>information: data or a message passed on</source>
        <translation>informação: dados ou uma mensagem repassada</translation>
    </message>
    <message>
        <source>A service blueprint (Shostack 1984; Bitner, Ostrom and Morgan 2008): steps run left to right, lanes hold the cards, and three lines divide the lanes.</source>
        <translation>Um service blueprint (Shostack 1984; Bitner, Ostrom e Morgan 2008): as etapas correm da esquerda para a direita, as raias contêm os cartões e três linhas dividem as raias.</translation>
    </message>
    <message>
        <source>★ marks a moment of truth; a step&apos;s time is under its name; the Emotions row plots each persona from −2 to +2 (dashed: the designed to-be curve).</source>
        <translation>★ marca um momento da verdade; o tempo de uma etapa fica sob o nome; a linha de emoções traça cada persona de −2 a +2 (tracejado: a curva futura projetada).</translation>
    </message>
    <message>
        <source>An offline editor for service blueprints and customer journey maps. MIT licence.</source>
        <translation>Um editor offline de service blueprints e mapas da jornada do cliente. Licença MIT.</translation>
    </message>
    <message>
        <source>Python {python}, Qt for Python {pyside}, on {system}.</source>
        <translation>Python {python}, Qt for Python {pyside}, em {system}.</translation>
    </message>
    <message>
        <source>The fonts&apos; licence texts are installed beside them, in {folder}.</source>
        <translation>Os textos de licença das fontes estão ao lado delas, em {folder}.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Notation Legend</source>
        <translation>Legenda da notação</translation>
    </message>
    <message>
        <source>About Blueprint Studio</source>
        <translation>Sobre o Blueprint Studio</translation>
    </message>
    <message>
        <source>{user} on {host} (process {pid}) since {when}</source>
        <translation>{user} em {host} (processo {pid}) desde {when}</translation>
    </message>
    <message>
        <source>an unsaved document</source>
        <translation>um documento não salvo</translation>
    </message>
    <message>
        <source>{name}, autosaved {when}</source>
        <translation>{name}, salvo automaticamente em {when}</translation>
    </message>
    <message>
        <source>{inches} in</source>
        <translation>{inches} pol</translation>
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
        <translation>não estimado</translation>
    </message>
    <message>
        <source>(+{count} not in numbers)</source>
        <translation>(+{count} sem números)</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamentos</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimentos</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emoções</translation>
    </message>
    <message>
        <source>Touchpoints and channels</source>
        <translation>Pontos de contato e canais</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pontos de dor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Evidência física</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Ações do cliente</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Processos de suporte</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nova raia</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Linha de interação</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Linha de visibilidade</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linha de interação interna</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>Ponto de espera</translation>
    </message>
    <message>
        <source>Decision point</source>
        <translation>Ponto de decisão</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Ponto de dor</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidade</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>Item ausente</translation>
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
        <translation>responsável</translation>
    </message>
    <message>
        <source>facet</source>
        <translation>faceta</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Etapa {number}</translation>
    </message>
    <message>
        <source>Untitled journey map</source>
        <translation>Mapa da jornada sem título</translation>
    </message>
    <message>
        <source>Aware</source>
        <translation>Descobrir</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Escolher</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Stay or leave</source>
        <translation>Ficar ou sair</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Janela</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriedades</translation>
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
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Estrutura</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Notation Legend</source>
        <translation>&amp;Legenda da notação</translation>
    </message>
    <message>
        <source>&amp;About Blueprint Studio</source>
        <translation>&amp;Sobre o Blueprint Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source> New arrows: </source>
        <translation> Novas setas: </translation>
    </message>
    <message>
        <source>New arrows</source>
        <translation>Novas setas</translation>
    </message>
    <message>
        <source> Scores go to: </source>
        <translation> Notas vão para: </translation>
    </message>
    <message>
        <source>Scores go to</source>
        <translation>Notas vão para</translation>
    </message>
    <message>
        <source>Whose emotion curve a double-click or + and − in the Emotions row sets</source>
        <translation>De quem é a curva de emoção que um clique duplo ou + e − na linha de emoções define</translation>
    </message>
    <message>
        <source>Blueprint canvas</source>
        <translation>Tela do blueprint</translation>
    </message>
    <message>
        <source>Arrows move the cell cursor, Enter edits, Ctrl+Return adds a card; View ▸ Outline (Ctrl+Shift+O) reads the same blueprint as a tree.</source>
        <translation>As setas movem o cursor de célula, Enter edita, Ctrl+Enter adiciona um cartão; Exibir ▸ Estrutura (Ctrl+Shift+O) lê o mesmo blueprint como árvore.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (somente leitura)</translation>
    </message>
    <message>
        <source>{document}[*]{read_only} — Blueprint Studio</source>
        <translation>{document}[*]{read_only} — Blueprint Studio</translation>
    </message>
    <message>
        <source>Unnamed persona</source>
        <translation>Persona sem nome</translation>
    </message>
    <message>
        <source>{persona} (to-be)</source>
        <translation>{persona} (futuro)</translation>
    </message>
    <message>
        <source>a new persona</source>
        <translation>uma nova persona</translation>
    </message>
    <message>
        <source>That card is in a row the current view hides.</source>
        <translation>Este cartão está em uma linha que a visão atual oculta.</translation>
    </message>
    <message>
        <source>Cards here carrying the facet “{facet}”: {count}</source>
        <translation>Cartões aqui com a faceta “{facet}”: {count}</translation>
    </message>
    <message>
        <source>The clipboard holds {count} lines; pasting one card per line would make too many (at most {most}).</source>
        <translation>A área de transferência tem {count} linhas; um cartão por linha seriam demais (no máximo {most}).</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Renomear etapa</translation>
    </message>
    <message>
        <source>Step name:</source>
        <translation>Nome da etapa:</translation>
    </message>
    <message>
        <source>Note on the line</source>
        <translation>Nota na linha</translation>
    </message>
    <message>
        <source>Written on the {line} at “{step}”:</source>
        <translation>Escrito na {line} em “{step}”:</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Dispensar constatação</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>Restaurar constatação</translation>
    </message>
    <message>
        <source>Paste cards</source>
        <translation>Colar cartões</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Colar cartão</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Excluir cartões</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Excluir cartão</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Mover cartões</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Editar cartão</translation>
    </message>
    <message>
        <source>Connect cards</source>
        <translation>Ligar cartões</translation>
    </message>
    <message>
        <source>Delete arrows</source>
        <translation>Excluir setas</translation>
    </message>
    <message>
        <source>Edit arrow</source>
        <translation>Editar seta</translation>
    </message>
    <message>
        <source>Insert step</source>
        <translation>Inserir etapa</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Excluir etapa</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover etapa</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Editar etapa</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renomear fase</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Renomear raia</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Excluir raia</translation>
    </message>
    <message>
        <source>Add blueprint</source>
        <translation>Adicionar blueprint</translation>
    </message>
    <message>
        <source>Delete blueprint</source>
        <translation>Excluir blueprint</translation>
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
        <translation>Nome da raia:</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Adicionar raia</translation>
    </message>
    <message>
        <source>Name of the new lane:</source>
        <translation>Nome da nova raia:</translation>
    </message>
    <message>
        <source>Insert Step Before</source>
        <translation>Inserir etapa antes</translation>
    </message>
    <message>
        <source>Insert Step After</source>
        <translation>Inserir etapa depois</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Duration and Stage…</source>
        <translation>Duração e fase…</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Excluir etapa</translation>
    </message>
    <message>
        <source>Hide Row</source>
        <translation>Ocultar linha</translation>
    </message>
    <message>
        <source>Add Lane Above (same zone)</source>
        <translation>Adicionar raia acima (mesma zona)</translation>
    </message>
    <message>
        <source>Add Lane Below (same zone)</source>
        <translation>Adicionar raia abaixo (mesma zona)</translation>
    </message>
    <message>
        <source>New Blueprint</source>
        <translation>Novo blueprint</translation>
    </message>
    <message>
        <source>Rename blueprint</source>
        <translation>Renomear blueprint</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>{kind} files (*{suffix})</source>
        <translation>Arquivos {kind} (*{suffix})</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, this blueprint only (*.csv)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx);;CSV, só este blueprint (*.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Não é possível importar</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>Imported {name}: {count} blueprint(s). Save to keep it.</source>
        <translation>{name} importado: {count} blueprint(s). Salve para mantê-lo.</translation>
    </message>
    <message>
        <source>card, {lane}, step {step}: {text}</source>
        <translation>cartão, {lane}, etapa {step}: {text}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Estrutura</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Marks and time</source>
        <translation>Marcas e tempo</translation>
    </message>
    <message>
        <source>Outline of the document</source>
        <translation>Estrutura do documento</translation>
    </message>
    <message>
        <source>Blueprints, stages, steps, lanes and cards. F2 edits, Insert adds a card, Delete deletes.</source>
        <translation>Blueprints, fases, etapas, raias e cartões. F2 edita, Insert adiciona um cartão, Delete exclui.</translation>
    </message>
    <message>
        <source>blueprint {title}, steps: {steps}, cards: {cards}</source>
        <translation>blueprint {title}, etapas: {steps}, cartões: {cards}</translation>
    </message>
    <message>
        <source>Scenario: {start} → {end}</source>
        <translation>Cenário: {start} → {end}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsável: {owner}</translation>
    </message>
    <message>
        <source>Notes on the cards</source>
        <translation>Notas dos cartões</translation>
    </message>
    <message>
        <source>Printed {date} with Blueprint Studio {version} · {page}</source>
        <translation>Impresso em {date} com o Blueprint Studio {version} · {page}</translation>
    </message>
    <message>
        <source>stage {name}</source>
        <translation>fase {name}</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>todas as etapas</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>página {number} de {count}</translation>
    </message>
    <message>
        <source>strips: {count}</source>
        <translation>faixas: {count}</translation>
    </message>
    <message>
        <source>Assembly map — {title}</source>
        <translation>Mapa de montagem — {title}</translation>
    </message>
    <message>
        <source>{rows} × {columns} = {count} pages; finished size {width} × {height} (scale {scale}).</source>
        <translation>{rows} × {columns} = {count} páginas; tamanho final {width} × {height} (escala {scale}).</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Neighbouring pages overlap by {overlap}: trim each page along its crop marks on the right and bottom, lay it over the next one matching the registration marks, and tape.</source>
        <translation>Imprima a 100 % (sem “ajustar à página”). Páginas vizinhas se sobrepõem em {overlap}: corte cada página pelas marcas de corte à direita e embaixo, sobreponha à seguinte alinhando as marcas de registro e cole com fita.</translation>
    </message>
    <message>
        <source>tile {label}</source>
        <translation>bloco {label}</translation>
    </message>
    <message>
        <source>row {row} of {rows}, column {column} of {columns}</source>
        <translation>linha {row} de {rows}, coluna {column} de {columns}</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momento da verdade</translation>
    </message>
    <message>
        <source>step {name}</source>
        <translation>etapa {name}</translation>
    </message>
    <message>
        <source>lane {name}, cards: {count}</source>
        <translation>raia {name}, cartões: {count}</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Novo cartão</translation>
    </message>
    <message>
        <source>The whole blueprint: click or drag to show that part</source>
        <translation>O blueprint inteiro: clique ou arraste para mostrar essa parte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Checked personas are followed in this blueprint:</source>
        <translation>As personas marcadas são acompanhadas neste blueprint:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Role or segment</source>
        <translation>Papel ou segmento</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necessidades</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrações</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>um por linha</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Cor…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sem foto</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>sem foto</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>não é uma imagem</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nova persona</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Excluir persona</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Mover persona</translation>
    </message>
    <message>
        <source>Follow personas</source>
        <translation>Acompanhar personas</translation>
    </message>
    <message>
        <source>Set persona photo</source>
        <translation>Definir foto da persona</translation>
    </message>
    <message>
        <source>Clear emotion score</source>
        <translation>Limpar nota de emoção</translation>
    </message>
    <message>
        <source>Set emotion score</source>
        <translation>Definir nota de emoção</translation>
    </message>
    <message>
        <source>Change emotion score</source>
        <translation>Alterar nota de emoção</translation>
    </message>
    <message>
        <source>Edit emotion reason</source>
        <translation>Editar motivo da emoção</translation>
    </message>
    <message>
        <source>Show journey map and blueprint</source>
        <translation>Mostrar mapa da jornada e blueprint</translation>
    </message>
    <message>
        <source>Show journey map only</source>
        <translation>Mostrar só o mapa da jornada</translation>
    </message>
    <message>
        <source>Show blueprint only</source>
        <translation>Mostrar só o blueprint</translation>
    </message>
    <message>
        <source>Show row</source>
        <translation>Mostrar linha</translation>
    </message>
    <message>
        <source>Hide row</source>
        <translation>Ocultar linha</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Cor da persona</translation>
    </message>
    <message>
        <source>Persona photo</source>
        <translation>Foto da persona</translation>
    </message>
    <message>
        <source>Presenting {title}</source>
        <translation>Apresentando {title}</translation>
    </message>
    <message>
        <source>{title} · stage {number} of {count}: {stage}</source>
        <translation>{title} · fase {number} de {count}: {stage}</translation>
    </message>
    <message>
        <source>{caption}    ·    {number} / {count}    ·    → next   ← back   Esc ends</source>
        <translation>{caption}    ·    {number} / {count}    ·    → próximo   ← voltar   Esc encerra</translation>
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
        <translation>os públicos do próprio documento: zonas, raias, fases ou etapas, e o que fica de fora</translation>
    </message>
    <message>
        <source>Workshop sheet: the empty grid, cells sized for sticky notes</source>
        <translation>Folha de workshop: a grade vazia, células do tamanho de post-its</translation>
    </message>
    <message>
        <source> a cell</source>
        <translation> uma célula</translation>
    </message>
    <message>
        <source>One page (plotter or single sheet)</source>
        <translation>Uma página (plotter ou folha única)</translation>
    </message>
    <message>
        <source>Strips stacked on one page, cut between stages</source>
        <translation>Faixas empilhadas em uma página, cortadas entre fases</translation>
    </message>
    <message>
        <source>Tiles on office paper, to tape together</source>
        <translation>Blocos em papel comum, para colar juntos</translation>
    </message>
    <message>
        <source>A page per stage (handouts), lane names repeated</source>
        <translation>Uma página por fase (apostilas), nomes das raias repetidos</translation>
    </message>
    <message>
        <source>as many as print largest</source>
        <translation>quantas imprimirem maior</translation>
    </message>
    <message>
        <source>Exactly the chosen size</source>
        <translation>Exatamente o tamanho escolhido</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paisagem</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <source>Fit the paper</source>
        <translation>Ajustar ao papel</translation>
    </message>
    <message>
        <source>Overall width</source>
        <translation>Largura total</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> pol</translation>
    </message>
    <message>
        <source>This blueprint ({title})</source>
        <translation>Este blueprint ({title})</translation>
    </message>
    <message>
        <source>All {count} blueprints</source>
        <translation>Todos os {count} blueprints</translation>
    </message>
    <message>
        <source>Scale down to fit</source>
        <translation>Reduzir para caber</translation>
    </message>
    <message>
        <source>Wrap into strips</source>
        <translation>Quebrar em faixas</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Post-its</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Strips</source>
        <translation>Faixas</translation>
    </message>
    <message>
        <source>Tile paper</source>
        <translation>Papel dos blocos</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Sobreposição</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientação</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Largura</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margens</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Pages of {paper}: {count} ({rows} rows × {columns} columns) and an assembly map; finished size {width} × {height}.</source>
        <translation>Páginas {paper}: {count} ({rows} linhas × {columns} colunas) e um mapa de montagem; tamanho final {width} × {height}.</translation>
    </message>
    <message>
        <source>One page of {width} × {height} per stage, {count} in all (the first shown).</source>
        <translation>Uma página de {width} × {height} por fase, {count} no total (a primeira mostrada).</translation>
    </message>
    <message>
        <source>Strips: {count}, on one page of {width} × {height} at scale {scale}.</source>
        <translation>Faixas: {count}, em uma página de {width} × {height} na escala {scale}.</translation>
    </message>
    <message>
        <source>One page of {width} × {height} at scale {scale}.</source>
        <translation>Uma página de {width} × {height} na escala {scale}.</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high.</source>
        <translation>O texto dos cartões sai com {size} pt de altura.</translation>
    </message>
    <message>
        <source>Card text prints {size} pt high: too small to read on a wall (under {least} pt).</source>
        <translation>O texto dos cartões sai com {size} pt: pequeno demais para ler na parede (menos de {least} pt).</translation>
    </message>
    <message>
        <source>Larger: {choices}.</source>
        <translation>Maior: {choices}.</translation>
    </message>
    <message>
        <source>One page of {paper} per blueprint: stages, time and the top fail points.</source>
        <translation>Uma página {paper} por blueprint: fases, tempo e os principais pontos de falha.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Gravando o PDF…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} exportado.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Não é possível imprimir</translation>
    </message>
    <message>
        <source>{error}. The PDF is at {path}; open it to print.</source>
        <translation>{error}. O PDF está em {path}; abra-o para imprimir.</translation>
    </message>
    <message>
        <source>Printing: {answer}</source>
        <translation>Imprimindo: {answer}</translation>
    </message>
    <message>
        <source>Flow →</source>
        <translation>Fluxo →</translation>
    </message>
    <message>
        <source>Two-way ↔</source>
        <translation>Mão dupla ↔</translation>
    </message>
    <message>
        <source>Information (dashed)</source>
        <translation>Informação (tracejada)</translation>
    </message>
    <message>
        <source>e.g. 5 min, 1-25 d, same day</source>
        <translation>p. ex. 5 min, 1-25 d, no mesmo dia</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>department or role</source>
        <translation>departamento ou função</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Cor da raia</translation>
    </message>
    <message>
        <source>The journey the customer goes on to when they leave here</source>
        <translation>A jornada para a qual o cliente segue quando sai daqui</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>how long the customer waits</source>
        <translation>quanto tempo o cliente espera</translation>
    </message>
    <message>
        <source>how long this takes, e.g. 3-5 min</source>
        <translation>quanto tempo isto leva, p. ex. 3-5 min</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Exit to</source>
        <translation>Saída para</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Leva</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>a few words, drawn on the arrow</source>
        <translation>algumas palavras, desenhadas na seta</translation>
    </message>
    <message>
        <source>what is handed over, how, when: shown when hovering the arrow</source>
        <translation>o que é passado, como, quando: mostrado ao passar sobre a seta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>the longest it may take</source>
        <translation>o máximo que pode levar</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento da verdade</translation>
    </message>
    <message>
        <source>A step that decides how the customer judges the whole service</source>
        <translation>Uma etapa que decide como o cliente julga todo o serviço</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>what happens in this step, shown when hovering its header</source>
        <translation>o que acontece nesta etapa, mostrado ao passar sobre o cabeçalho</translation>
    </message>
    <message>
        <source>the lane&apos;s purpose, shown when hovering its name</source>
        <translation>o propósito da raia, mostrado ao passar sobre o nome</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Raia</translation>
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
        <translation>Começa quando</translation>
    </message>
    <message>
        <source>Ends when</source>
        <translation>Termina quando</translation>
    </message>
    <message>
        <source>Customer&apos;s goal</source>
        <translation>Objetivo do cliente</translation>
    </message>
    <message>
        <source>Print lane purposes under their names</source>
        <translation>Imprimir o propósito das raias sob os nomes</translation>
    </message>
    <message>
        <source>why they feel this way</source>
        <translation>por que se sentem assim</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Limpar nota</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoção</translation>
    </message>
    <message>
        <source>Score (−2 … +2)</source>
        <translation>Nota (−2 … +2)</translation>
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
        <translation>(nenhuma jornada indicada)</translation>
    </message>
    <message>
        <source>No facets yet: add them in the Facets panel</source>
        <translation>Ainda sem facetas: adicione-as no painel Facetas</translation>
    </message>
    <message>
        <source>no photo: drop or paste a picture on the card</source>
        <translation>sem foto: solte ou cole uma imagem no cartão</translation>
    </message>
    <message>
        <source>(unnamed stage)</source>
        <translation>(fase sem nome)</translation>
    </message>
    <message>
        <source>New stage…</source>
        <translation>Nova fase…</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Cor do cartão</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nova fase</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nome da fase:</translation>
    </message>
    <message>
        <source>Photo for the card</source>
        <translation>Foto para o cartão</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Novo a partir de modelo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Stages: {stages} · steps: {steps} · cards: {cards}</source>
        <translation>Fases: {stages} · etapas: {steps} · cartões: {cards}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Persona:&lt;/b&gt; {people}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Persona:&lt;/b&gt; {people}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <source>{name} is {size} MB; pick a picture under {most} MB</source>
        <translation>{name} tem {size} MB; escolha uma imagem com menos de {most} MB</translation>
    </message>
    <message>
        <source>{name} is not a picture Blueprint Studio can read (PNG, JPEG, WebP, GIF, BMP)</source>
        <translation>{name} não é uma imagem que o Blueprint Studio consiga ler (PNG, JPEG, WebP, GIF, BMP)</translation>
    </message>
    <message>
        <source>Cards with the ticked facets: {count}</source>
        <translation>Cartões com as facetas marcadas: {count}</translation>
    </message>
    <message>
        <source> (to-be)</source>
        <translation> (futuro)</translation>
    </message>
    <message>
        <source>Exit to “{journey}” (double-click to open)</source>
        <translation>Saída para “{journey}” (clique duplo para abrir)</translation>
    </message>
    <message>
        <source>No photo added: {problem}</source>
        <translation>Nenhuma foto adicionada: {problem}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como o sistema ({language})</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Millimetres and metres</source>
        <translation>Milímetros e metros</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Polegadas</translation>
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
        <translation>Salvar &amp;automaticamente a cada</translation>
    </message>
    <message>
        <source>Default &amp;paper</source>
        <translation>&amp;Papel padrão</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <source>The new language shows when Blueprint Studio next starts.</source>
        <translation>O novo idioma aparece na próxima vez que o Blueprint Studio iniciar.</translation>
    </message>
    <message>
        <source>The service typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>O serviço costuma levar {typical}, mais que o aceitável de {acceptable}</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; typically takes {typical}, more than the acceptable {acceptable}</source>
        <translation>A etapa “{step}” costuma levar {typical}, mais que o aceitável de {acceptable}</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos;: the customer acts, but nothing they see or touch is named (no physical evidence or touchpoint)</source>
        <translation>Passo &apos;{step}&apos;: o cliente age, mas nada do que ele vê ou toca está nomeado (nenhuma evidência física nem ponto de contato)</translation>
    </message>
    <message>
        <source>No arrows yet: draw the flow between the cards to check encounters, handoffs and orphans</source>
        <translation>Ainda não há setas: desenhe o fluxo entre os cartões para verificar encontros, passagens de bastão e cartões soltos</translation>
    </message>
    <message>
        <source>{card} is seen by the customer but no arrow links it to a customer action</source>
        <translation>{card} é visto pelo cliente, mas nenhuma seta o liga a uma ação do cliente</translation>
    </message>
    <message>
        <source>{card} has no arrow to or from it</source>
        <translation>{card} não tem seta de entrada nem de saída</translation>
    </message>
    <message>
        <source>{card} leads nowhere the customer sees: no chain of arrows reaches the line of visibility</source>
        <translation>{card} não leva a nada que o cliente veja: nenhuma cadeia de setas chega à linha de visibilidade</translation>
    </message>
    <message>
        <source>The arrow from {source} to {target} crosses {count} lines at once: a step in between may be missing</source>
        <translation>A seta de {source} para {target} cruza {count} linhas de uma vez: talvez falte uma etapa no meio</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no duration</source>
        <translation>A etapa “{step}” não tem duração</translation>
    </message>
    <message>
        <source>Wait point {card}: how long is the wait?</source>
        <translation>Ponto de espera {card}: quanto tempo dura a espera?</translation>
    </message>
    <message>
        <source>Fail point {card} has no owner</source>
        <translation>O ponto de falha {card} não tem responsável</translation>
    </message>
    <message>
        <source>Fail point {card} has no recovery: which card puts it right?</source>
        <translation>O ponto de falha {card} não tem recuperação: que cartão o corrige?</translation>
    </message>
    <message>
        <source>Step &apos;{step}&apos; has no cards</source>
        <translation>A etapa “{step}” não tem cartões</translation>
    </message>
    <message>
        <source>&apos;{activity}&apos; is done in {count} lanes ({lanes}): share it or split the work?</source>
        <translation>“{activity}” é feito em {count} raias ({lanes}): compartilhar ou dividir o trabalho?</translation>
    </message>
    <message>
        <source>Add facet</source>
        <translation>Adicionar faceta</translation>
    </message>
    <message>
        <source>Edit facet</source>
        <translation>Editar faceta</translation>
    </message>
    <message>
        <source>Delete facet</source>
        <translation>Excluir faceta</translation>
    </message>
    <message>
        <source>Tag cards</source>
        <translation>Etiquetar cartões</translation>
    </message>
    <message>
        <source>Untag cards</source>
        <translation>Remover etiqueta dos cartões</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remover foto</translation>
    </message>
    <message>
        <source>Set card photo</source>
        <translation>Definir foto do cartão</translation>
    </message>
    <message>
        <source>Add line note</source>
        <translation>Adicionar nota na linha</translation>
    </message>
    <message>
        <source>Delete line note</source>
        <translation>Excluir nota da linha</translation>
    </message>
    <message>
        <source>Edit line note</source>
        <translation>Editar nota da linha</translation>
    </message>
    <message>
        <source>Describe lane</source>
        <translation>Descrever raia</translation>
    </message>
    <message>
        <source>Set exit</source>
        <translation>Definir saída</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>Novo público</translation>
    </message>
    <message>
        <source>Edit audience</source>
        <translation>Editar público</translation>
    </message>
    <message>
        <source>Delete audience</source>
        <translation>Excluir público</translation>
    </message>
    <message>
        <source>Replace matches</source>
        <translation>Substituir resultados</translation>
    </message>
    <message>
        <source>Replace match</source>
        <translation>Substituir resultado</translation>
    </message>
    <message>
        <source>Blank blueprint</source>
        <translation>Blueprint em branco</translation>
    </message>
    <message>
        <source>Start from nothing</source>
        <translation>Começar do zero</translation>
    </message>
    <message>
        <source>The five standard lanes and four empty steps.</source>
        <translation>As cinco raias padrão e quatro etapas vazias.</translation>
    </message>
    <message>
        <source>Blank journey map</source>
        <translation>Mapa da jornada em branco</translation>
    </message>
    <message>
        <source>Thoughts, emotions, touchpoints, pain points and opportunities over four stages.</source>
        <translation>Pensamentos, emoções, pontos de contato, pontos de dor e oportunidades em quatro fases.</translation>
    </message>
    <message>
        <source>Opening a bank account</source>
        <translation>Abrir uma conta bancária</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Serviços financeiros</translation>
    </message>
    <message>
        <source>A newcomer to the country opens a current account online: application, identity check, compliance, card.</source>
        <translation>Um recém-chegado ao país abre uma conta corrente online: pedido, verificação de identidade, compliance, cartão.</translation>
    </message>
    <message>
        <source>Hospital outpatient visit</source>
        <translation>Consulta ambulatória no hospital</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>A patient referred by their GP sees a specialist: booking, arrival, consultation, tests and follow-up.</source>
        <translation>Um paciente encaminhado pelo clínico geral consulta um especialista: agendamento, chegada, consulta, exames e acompanhamento.</translation>
    </message>
    <message>
        <source>Applying for a building permit</source>
        <translation>Pedir uma licença de construção</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Setor público</translation>
    </message>
    <message>
        <source>A homeowner applies to the municipality to extend a house: from finding the rules to the decision.</source>
        <translation>Um proprietário pede à prefeitura para ampliar a casa: de encontrar as regras até a decisão.</translation>
    </message>
    <message>
        <source>A restaurant visit</source>
        <translation>Uma ida ao restaurante</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hotelaria e restaurantes</translation>
    </message>
    <message>
        <source>A couple books a table for an anniversary dinner: booking, arrival, ordering, the meal, paying.</source>
        <translation>Um casal reserva uma mesa para um jantar de aniversário: reserva, chegada, pedido, refeição, pagamento.</translation>
    </message>
    <message>
        <source>Returning an online order</source>
        <translation>Devolver um pedido online</translation>
    </message>
    <message>
        <source>Retail and e-commerce</source>
        <translation>Varejo e comércio eletrônico</translation>
    </message>
    <message>
        <source>A customer sends back shoes that do not fit: return request, drop-off, warehouse check and refund.</source>
        <translation>Uma cliente devolve sapatos que não serviram: pedido de devolução, entrega, conferência no armazém e reembolso.</translation>
    </message>
    <message>
        <source>Onboarding to a software product</source>
        <translation>Começar a usar um produto de software</translation>
    </message>
    <message>
        <source>Software and SaaS</source>
        <translation>Software e SaaS</translation>
    </message>
    <message>
        <source>A team lead trials a project-planning product: sign-up, first project, inviting the team, paying.</source>
        <translation>Uma líder de equipe testa um produto de planejamento de projetos: cadastro, primeiro projeto, convite à equipe, pagamento.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Mão dupla</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipe</translation>
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
        <translation>ponto de contato</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>ator</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Moment of truth (step)</source>
        <translation>Momento da verdade (etapa)</translation>
    </message>
    <message>
        <source>{title} — workshop sheet</source>
        <translation>{title} — folha de workshop</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Somente leitura: {reason}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. Save a Copy… to make changes of your own.</source>
        <translation>Somente leitura: {reason}. Salve uma cópia… para fazer suas próprias alterações.</translation>
    </message>
</context>
</TS>
