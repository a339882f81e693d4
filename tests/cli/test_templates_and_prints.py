"""Templates from the command line, and prints that say when their text is too small."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from benchmarks.synthetic import blueprint_with
from blueprint_studio.model import LaneKind
from blueprint_studio.storage import open_bpx, save_bpx
from tests.audience.test_audiences import squeezed
from tests.cli.test_cli import run


def test_every_template_is_listed_created_and_valid(tmp_path: Path) -> None:
    names = run("templates", "--names").stdout.split()
    assert len(names) >= 8 and "blank-blueprint" in names and "blank-journey-map" in names
    described = run("templates").stdout
    assert "Healthcare" in described and "Public sector" in described
    for name in names:
        out = tmp_path / f"{name}.bpx"
        made = run("new", "--template", name, "-o", str(out))
        assert made.returncode == 0, made.stderr
        assert run("validate", str(out)).returncode == 0
        blueprint = open_bpx(out).blueprints[0]
        if name.startswith("blank"):
            assert not blueprint.cards
            continue
        document = open_bpx(out)
        journey_rows = {blueprint.lane(card.lane).kind for card in blueprint.cards} & {
            LaneKind.THOUGHTS,
            LaneKind.PAIN_POINTS,
            LaneKind.OPPORTUNITIES,
        }
        assert document.personas and blueprint.emotions and journey_rows, name
        assert sum(1 for card in blueprint.cards if card.marks.fail_point) >= 2, name
        assert any(card.failure is not None and card.failure.rpn for card in blueprint.cards), name
        assert all(step.duration is not None for step in blueprint.steps), name
        assert len(blueprint.stages) >= 3 and len(blueprint.steps) >= 7 and len(blueprint.cards) >= 40, name


def test_new_refuses_to_overwrite_and_names_unknown_templates(tmp_path: Path) -> None:
    out = tmp_path / "mine.bpx"
    out.write_bytes(b"precious")
    refused = run("new", "--template", "restaurant-visit", "-o", str(out))
    assert refused.returncode == 2 and "--force" in refused.stderr and out.read_bytes() == b"precious"
    unknown = run("new", "--template", "space-station", "-o", str(tmp_path / "x.bpx"))
    assert unknown.returncode == 2 and "restaurant-visit" in unknown.stderr and not (tmp_path / "x.bpx").exists()


def test_a_wall_too_small_to_read_is_said_with_what_fits_and_strips_fit(tmp_path: Path) -> None:
    wide = tmp_path / "wide.bpx"
    document = blueprint_with(330)  # 41 steps
    save_bpx(document, wide)
    fitted = run("export", str(wide), "-o", str(tmp_path / "a0.pdf"), "--paper", "A0")
    assert fitted.returncode == 0 and "(card text 4." in fitted.stdout
    assert "card text prints 4." in fitted.stderr and "--strips 2" in fitted.stderr and "--tile A4" in fitted.stderr
    stripped = run("export", str(wide), "-o", str(tmp_path / "strips.pdf"), "--paper", "A0", "--strips", "auto")
    assert stripped.returncode == 0 and "warning" not in stripped.stderr
    printed = squeezed(PdfReader(tmp_path / "strips.pdf").pages[0].extract_text())
    lane = squeezed(document.blueprints[0].lanes[0].name)
    assert printed.count(lane) == 2  # the lane names again at the start of the second strip
    assert all(squeezed(step.name) in printed for step in document.blueprints[0].steps)
    assert run("export", str(wide), "-o", str(tmp_path / "x.pdf"), "--strips", "2", "--tile", "A4").returncode == 2


def test_a_page_per_stage_repeats_the_lane_names(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    hotel = ROOT / "resources" / "samples" / "hotel-stay.bpx"
    out = tmp_path / "handouts.pdf"
    assert run("export", str(hotel), "-o", str(out), "--per-stage").returncode == 0
    blueprint = open_bpx(hotel).blueprints[0]
    pages = PdfReader(out).pages
    assert len(pages) == len(blueprint.stages)
    for page, stage in zip(pages, blueprint.stages, strict=True):
        printed = squeezed(page.extract_text())
        assert squeezed(stage.name) in printed and squeezed(blueprint.lanes[-1].name) in printed
        others = [s for s in blueprint.steps if s.stage != stage.id and len(s.name) > 8]
        assert not any(squeezed(step.name) in printed for step in others)  # only this stage's steps
    assert float(pages[0].mediabox.width) < 900  # A3, unless a paper is named
    assert run("export", str(hotel), "-o", str(out), "--per-stage", "--tile", "A4").returncode == 2
