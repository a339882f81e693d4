"""Every script draws: fallback faces, right-to-left order, CJK line breaks. No Qt."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from blueprint_studio.layout.fonts import BOLD, CJK, EMOJI, REGULAR, metrics, runs
from blueprint_studio.layout.scripts import break_pieces, visual
from blueprint_studio.layout.text import wrap

# One card's worth of each script real blueprints were written in.
SCRIPTS = {
    "Japanese": "顧客はウェブサイトで部屋を予約し、確認メールを受け取る。「予約番号は？」ー々 10時〜12時",
    "Chinese": "预订系统发送确认邮件，顾客到达酒店。繁體中文",
    "Korean": "고객이 앱에서 예약을 확인합니다",
    "German": "Gäste prüfen die Bestätigung – „Zimmer“ ß",
    "Portuguese": "O cliente recebe a confirmação 📄 e avalia ⭐ 🧑‍💼 🏠 👤 📝 ☕️ ✅ 🧹 🫠",
    "Greek": "Ο υπάλληλος δίνει το κλειδί",
    "Cyrillic": "Ресепшн проверяет паспорт",
    "Hebrew": "הפקיד מאשר את ההזמנה",
    "Arabic": "الضيف يطلب المساعدة",
}


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("chain", [REGULAR, BOLD])
def test_every_character_has_a_glyph_in_the_face_that_draws_it(script: str, chain: str) -> None:
    text = SCRIPTS[script]
    assert metrics(chain).missing(text) == set()
    for face, part in runs(text, chain):
        widths = pdfmetrics.getFont(face).face.charWidths
        assert all(ord(ch) in widths for ch in part if not ch.isspace() or ch == " "), (face, part)


def test_runs_pick_the_face_by_script_and_measure_as_their_sum() -> None:
    text = "Kunde 顧客 🏠 ok"
    found = runs(text)
    assert [face for face, _ in found] == [REGULAR, CJK, REGULAR, EMOJI, REGULAR]
    measure = metrics(REGULAR)
    assert measure.width(text, 10) == pytest.approx(sum(measure.width(part, 10) for _, part in found))


def test_right_to_left_text_is_drawn_in_visual_order_and_arabic_is_joined() -> None:
    assert visual("שלום") == "םולש"
    assert visual("abc שלום 12")[:4] == "abc "
    arabic = visual("مرحبا")
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in arabic)  # presentation (joined) forms
    assert visual("a\u200db\ufe0f") == "ab"  # joiners and variation selectors draw nothing


def test_japanese_breaks_between_characters_but_not_before_closing_marks() -> None:
    lines = wrap(SCRIPTS["Japanese"], 60, 9)
    assert len(lines) > 3
    assert "".join(lines) == SCRIPTS["Japanese"]  # nothing lost, no spaces invented
    for line in lines[1:]:
        assert line[0] not in "、。」？ーっゃゅょ々", lines
    for line in lines[:-1]:
        assert line[-1] not in "「（", lines
    assert all(metrics().width(line, 9) <= 60 for line in lines)


def test_latin_words_still_wrap_at_spaces_and_mixed_text_keeps_its_spaces() -> None:
    assert break_pieces("Bestätigung") == ("Bestätigung",)
    assert wrap("Der Kunde wartet auf die Bestätigung", 80, 9) == ("Der Kunde wartet", "auf die", "Bestätigung")
    assert " ".join(wrap("Check-in 受付 done", 1000, 9)) == "Check-in 受付 done"
