"""Sheets drafted the way designers draft them, by hand, in other languages and layouts:
labels with arrows or none at all, merged stage rows, titles in A1, lanes named in
Portuguese, German or Japanese with plurals and qualifiers, one card per line, fail points
written as (F). Each imports whole, says what it recognised, and checks and reports cleanly."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from blueprint_studio.analysis import analyse
from blueprint_studio.model import LaneKind, Zone, problems
from blueprint_studio.printing.report import report_bytes
from blueprint_studio.sheets import read_sheets_reporting


def _xlsx(path: Path, rows: list[list[str]], merges: tuple[str, ...] = (), title: str = "Folha1") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def _kinds(document) -> dict[str, tuple[LaneKind, Zone]]:  # type: ignore[no-untyped-def]
    return {lane.name: (lane.kind, lane.zone) for lane in document.blueprints[0].lanes}


def _clean(document) -> None:  # type: ignore[no-untyped-def]
    assert problems(document) == []
    for blueprint in document.blueprints:
        analyse(document, blueprint)
    assert report_bytes(document, document.blueprints).startswith(b"%PDF")


def test_a_portuguese_sheet_with_a_title_merged_stages_and_a_card_per_line(tmp_path: Path) -> None:
    rows = [
        ["Jornada de abertura de conta — versão atual"],
        [],
        ["", "Descobrir", "", "Contratar", "", ""],
        ["Step →", "Pesquisa bancos", "Compara tarifas", "Preenche cadastro", "Envia documentos", "Recebe cartão"],
        [
            "Evidências físicas",
            "Site do banco\nAnúncio no Instagram",
            "Tabela de tarifas",
            "Formulário online",
            "Upload no app",
            "Envelope\nCartão",
        ],
        [
            "Ações do cliente",
            "Busca no Google\nLê avaliações\nPergunta a amigos",
            "Compara 3 bancos",
            "Digita dados pessoais (F)",
            "Fotografa RG e comprovante\nEspera validação (W)",
            "Desbloqueia o cartão",
        ],
        ["Linha de interação", "", "", "", "", ""],
        ["Frontstage (web)", "", "Chat responde dúvidas", "Validação de CPF em tempo real", "App pede nova foto ⚠", ""],
        ["Linha de visibilidade"],
        [
            "Bastidores",
            "",
            "",
            "Análise de crédito automática",
            "Conferência manual dos documentos FP",
            "Emissão do cartão",
        ],
        [
            "Processos de suporte",
            "CRM",
            "",
            "Bureau de crédito\nSistema antifraude",
            "OCR de documentos",
            "Gráfica terceirizada\nCorreios",
        ],
    ]
    path = _xlsx(tmp_path / "abertura.xlsx", rows, merges=("B3:C3", "D3:F3"))
    document, report = read_sheets_reporting(path)
    _clean(document)
    blueprint = document.blueprints[0]
    assert blueprint.title == "Jornada de abertura de conta — versão atual"
    assert [s.name for s in blueprint.steps][:2] == ["Pesquisa bancos", "Compara tarifas"]
    assert [s.name for s in blueprint.stages] == ["Descobrir", "Contratar"]
    assert {blueprint.step(s.id).name for s in blueprint.steps if s.stage == blueprint.stages[1].id} == {
        "Preenche cadastro",
        "Envia documentos",
        "Recebe cartão",
    }
    kinds = _kinds(document)
    assert kinds["Evidências físicas"] == (LaneKind.PHYSICAL_EVIDENCE, Zone.CUSTOMER)
    assert kinds["Ações do cliente"] == (LaneKind.CUSTOMER_ACTIONS, Zone.CUSTOMER)
    assert kinds["Frontstage (web)"] == (LaneKind.FRONTSTAGE, Zone.FRONTSTAGE)
    assert kinds["Bastidores"] == (LaneKind.BACKSTAGE, Zone.BACKSTAGE)
    assert kinds["Processos de suporte"] == (LaneKind.SUPPORT, Zone.SUPPORT)
    assert len(blueprint.lanes) == 5  # no empty standard lane added beside them
    assert len(blueprint.cards) == 27  # one card per short line
    fails = {c.text for c in blueprint.cards if c.marks.fail_point}
    assert fails == {"Digita dados pessoais", "App pede nova foto", "Conferência manual dos documentos"}
    assert {c.text for c in blueprint.cards if c.marks.wait_point} == {"Espera validação"}
    assert blueprint.line_titles  # the lines keep their Portuguese names
    said = "\n".join(report)
    assert "'Frontstage (web)' → frontstage" in said and "27 cards" in said and "3 fail point" in said


def test_a_german_sheet_without_a_step_label_and_long_cards(tmp_path: Path) -> None:
    rows = [
        ["Kfz-Ummeldung"],
        ["", "Termin buchen", "Unterlagen sammeln", "Vorsprache", "Bescheid"],
        [
            "Kundenaktionen",
            "Bucht online einen Termin beim Bürgeramt, weil telefonisch niemand erreichbar ist",
            "Sucht Fahrzeugbrief, Versicherungsnachweis und Personalausweis zusammen",
            "Wartet 40 Minuten im Flur\n[wait 40 min] [pain]",
            "Holt die Plaketten ab",
        ],
        ["Sichtbarkeitslinie"],
        ["Hinterbühne", "", "", "Sachbearbeitung prüft die Unterlagen", "Druck der Zulassung"],
        ["IT-Verfahren", "Terminsystem", "", "Zulassungsregister", "KBA-Abfrage"],
    ]
    document, report = read_sheets_reporting(_xlsx(tmp_path / "ummeldung.xlsx", rows, title="Tabelle1"))
    _clean(document)
    blueprint = document.blueprints[0]
    assert blueprint.title == "Kfz-Ummeldung" and [s.name for s in blueprint.steps] == [
        "Termin buchen",
        "Unterlagen sammeln",
        "Vorsprache",
        "Bescheid",
    ]
    kinds = _kinds(document)
    assert kinds["Kundenaktionen"][0] is LaneKind.CUSTOMER_ACTIONS and kinds["Hinterbühne"][0] is LaneKind.BACKSTAGE
    # A lane of its own, below the line drawn above it.
    assert kinds["IT-Verfahren"] == (
        LaneKind.CUSTOM,
        Zone.BACKSTAGE,
    )
    long = next(c for c in blueprint.cards if c.text.startswith("Bucht online"))
    assert long.text.endswith("erreichbar ist")  # one card, not split
    wait = next(c for c in blueprint.cards if c.text.startswith("Wartet"))
    assert wait.marks.wait_point and wait.marks.pain_point and wait.marks.wait_duration.text() == "40 min"


def test_a_japanese_csv_starting_in_column_b_in_utf16(tmp_path: Path) -> None:
    rows = [
        ["", "", "", ""],
        ["", "ステップ", "予約", "来店", "会計"],
        ["", "所要時間", "5分", "30分", "3分"],
        ["", "顧客の行動", "アプリで予約する", "受付で名前を伝える\n席に案内される", "カードで支払う"],
        ["", "フロントステージ", "", "スタッフが案内", "レジ係"],
        ["", "バックステージ", "予約台帳に記録", "", ""],
    ]
    text = "\r\n".join("\t".join(f'"{cell}"' if "\n" in cell else cell for cell in row) for row in rows)
    path = tmp_path / "来店.csv"
    path.write_bytes(text.encode("utf-16"))
    document, _ = read_sheets_reporting(path)
    _clean(document)
    blueprint = document.blueprints[0]
    assert [s.name for s in blueprint.steps] == ["予約", "来店", "会計"]
    assert [s.duration.text() for s in blueprint.steps] == ["5 min", "30 min", "3 min"]
    kinds = _kinds(document)
    assert kinds["顧客の行動"][0] is LaneKind.CUSTOMER_ACTIONS and kinds["フロントステージ"][0] is LaneKind.FRONTSTAGE
    assert len(blueprint.cards) == 7  # two short lines in one cell: two cards


def test_an_english_sheet_with_the_words_designers_use(tmp_path: Path) -> None:
    rows = [
        ["Steps", "Arrive", "Order", "Eat", "Pay"],
        ["Touchpoints", "Door sign", "Menu QR code", "", "Card terminal"],
        ["Emotion", "curious", "confused by the QR", "happy", "rushed"],  # feelings written as words
        ["User steps", "Walks in", "Scans the code", "Eats", "Pays at the table"],
        ["People", "Host greets", "", "Waiter checks in", ""],
        ["Technology", "", "Ordering app", "", "Payment provider"],
    ]
    path = tmp_path / "diner.csv"
    path.write_text("\n".join(";".join(row) for row in rows), encoding="cp1252")
    document, report = read_sheets_reporting(path)
    _clean(document)
    kinds = _kinds(document)
    assert kinds["Touchpoints"][0] is LaneKind.TOUCHPOINTS and kinds["User steps"][0] is LaneKind.CUSTOMER_ACTIONS
    assert kinds["People"][0] is LaneKind.FRONTSTAGE and kinds["Technology"][0] is LaneKind.SUPPORT
    assert kinds["Emotion"][0] is LaneKind.CUSTOM and not document.blueprints[0].emotions  # words, not scores


def test_retaguarda_is_read_as_the_backstage_lane() -> None:
    """Brazilian service designers call the back office 'retaguarda'; it is no lane of its own."""
    from blueprint_studio.model import LaneKind
    from blueprint_studio.sheets.names import lane_kind

    assert lane_kind("Retaguarda") is LaneKind.BACKSTAGE


def test_an_emotion_curve_kept_under_the_blueprint_is_drawn_with_the_customer(tmp_path: Path) -> None:
    """Many drafts put the emotions row at the bottom, under the support processes; it was refused
    for crossing the lines. It is the customer's curve: it joins the customer's lanes."""
    path = _xlsx(
        tmp_path / "rascunho.xlsx",
        [
            ["Etapa", "Descoberta", "Descoberta", "Cadastro"],
            ["Passo", "Vê anúncio", "Visita agência", "Preenche formulário"],
            ["Ações do cliente", "Clica no anúncio", "Pega senha", "Preenche dados"],
            ["Linha de interação"],
            ["Linha de frente", "", "Atendente recebe", "Atendente confere"],
            ["Retaguarda", "", "", "Analista valida"],
            ["Processos de suporte", "CRM", "Sistema de senhas", "KYC"],
            ["Emoções: Ana", "1", "-1", "-2"],
        ],
    )
    document, report = read_sheets_reporting(path)
    _clean(document)
    blueprint = document.blueprints[0]
    zones = [lane.zone for lane in blueprint.lanes]
    emotions = next(n for n, lane in enumerate(blueprint.lanes) if lane.kind is LaneKind.EMOTIONS)
    assert zones[emotions] is Zone.CUSTOMER and Zone.FRONTSTAGE in zones[emotions + 1 :]
    assert [point.score for point in blueprint.emotions] == [1, -1, -2]
    assert any("emotions row is drawn above the line of interaction" in line for line in report)
