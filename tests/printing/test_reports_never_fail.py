"""`info`, `check` and `report` on every document the rooms meet — old formats, samples,
templates, long blueprints in several scripts, times written in words, a note longer than a
page, 10,000 cards — never fail, and the report keeps every row (tables run on across pages).
No Qt."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from blueprint_studio.analysis import analyse, check
from blueprint_studio.model import Document
from blueprint_studio.printing.report import report_bytes
from blueprint_studio.storage import save_bpx
from blueprint_studio.summary import describe
from tests.material import documents, word_times

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name, make", list(documents()), ids=[name for name, _ in documents()])
def test_info_check_and_report_never_fail(name: str, make: Callable[[], Document]) -> None:
    document = make()
    assert describe(document, name).startswith(name)
    for blueprint in document.blueprints:
        check(blueprint, facets=document.facets)
    pdf = PdfReader(io.BytesIO(report_bytes(document, document.blueprints, name)))
    assert len(pdf.pages) >= len(document.blueprints)


def test_a_long_report_keeps_every_row_and_repeats_its_headers() -> None:
    document = word_times()
    blueprint = document.blueprints[0]
    analysis = analyse(document, blueprint)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(report_bytes(document, [blueprint]))).pages)
    assert all(step.name.split()[-1] in text for step in blueprint.steps)
    assert text.count("Fail point") >= 2  # the register's header, again on the page it runs on to
    assert len(analysis.register) == len(blueprint.cards[::5])
    assert "night porter explains" in text  # the note longer than a page is there, split inside its row


def test_info_names_times_written_in_words_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "words.bpx"
    save_bpx(word_times(), path)
    for command in (["info"], ["check"], ["report", "-o", str(tmp_path / "r.pdf")]):
        done = subprocess.run(
            [sys.executable, "-m", "blueprint_studio", *command, str(path)], capture_output=True, text=True, cwd=ROOT
        )
        assert "Traceback" not in done.stderr and done.returncode in (0, 1), (command, done.stderr[-800:])
    info = subprocess.run(
        [sys.executable, "-m", "blueprint_studio", "info", str(path)], capture_output=True, text=True, cwd=ROOT
    ).stdout
    assert "not in numbers" in info and "in all" in info
