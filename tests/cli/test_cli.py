"""The command line in real subprocesses: exit codes, one-line errors, nothing written."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from blueprint_studio.storage import FORMAT_VERSION
from tests.bpx_files import zip_bytes
from tests.conftest import ROOT, SAMPLES


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60
    )


def test_validate_samples() -> None:
    result = run("validate", *map(str, SAMPLES))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": valid") == len(SAMPLES) >= 2


def test_validate_reports_each_problem_on_its_own_line(tmp_path: Path) -> None:
    (tmp_path / "empty.bpx").write_bytes(b"")
    (tmp_path / "junk.bpx").write_bytes(b"not a zip")
    (tmp_path / "bad.bpx").write_bytes(zip_bytes({"document.json": b"{"}))
    before = sorted(tmp_path.iterdir())
    result = run("validate", str(SAMPLES[0]), *(str(p) for p in before), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert [line.split(":")[0] for line in lines] == ["bad.bpx", "empty.bpx", "junk.bpx"]
    assert "Traceback" not in result.stderr
    assert sorted(tmp_path.iterdir()) == before  # nothing written anywhere near


def test_info_describes_the_hotel_sample() -> None:
    result = run("info", str(ROOT / "resources/samples/hotel-stay.bpx"))
    assert result.returncode == 0
    assert "Hotel overnight stay (persona: Ana Müller)" in result.stdout
    assert "    emotion (Ana Müller): 0 +1 -1 -2 0 -1 -1 +2 -1 +1\n" in result.stdout
    assert "moments of truth: Check in" in result.stdout
    assert "steps: 10 in 4 stages, 10 h 50 min in all" in result.stdout
    assert "added: Partners" in result.stdout
    assert "5 fail points" in result.stdout


def test_info_on_a_bad_file_exits_1_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "x.bpx").write_bytes(b"PK\x03\x04 broken")
    result = run("info", str(tmp_path / "x.bpx"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("x.bpx: ")


def test_schema_is_json_and_describes_cards() -> None:
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["properties"]["format_version"] == {"const": FORMAT_VERSION}
    assert "score" in schema["$defs"]["EmotionPoint"]["properties"]
    assert {"fail_point", "start", "end", "exit", "item_missing"} <= set(schema["$defs"]["Marks"]["properties"])
    assert {"facets", "exit_to", "image"} <= set(schema["$defs"]["Card"]["properties"])


def test_usage_errors_exit_2() -> None:
    assert run("validate").returncode == 2
    assert run("info", "--bogus", "x").returncode == 2
    assert run("--version").stdout.startswith("Blueprint Studio ")
    assert run("--help").returncode == 0


def test_export_pdf_png_svg_headless(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ElementTree

    from pypdf import PdfReader

    sample = str(ROOT / "resources/samples/coffee-order-ahead.bpx")
    assert run("export", sample, "-o", str(tmp_path / "wall.pdf"), "--tile", "A4", "--width", "1.5m").returncode == 0
    assert len(PdfReader(tmp_path / "wall.pdf").pages) > 2
    assert (
        run(
            "export", sample, "-o", str(tmp_path / "one.pdf"), "--paper", "ARCH-D", "--orientation", "landscape"
        ).returncode
        == 0
    )
    result = run("export", sample, "-o", str(tmp_path / "board.png"), "--dpi", "60")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "board.png").read_bytes().startswith(b"\x89PNG")
    assert run("export", sample, "-o", str(tmp_path / "board.svg")).returncode == 0
    svg = ElementTree.parse(tmp_path / "board.svg").getroot()  # text as outlines: the words are their labels
    labels = " ".join(element.get("aria-label", "") for element in svg.iter())
    assert "Walk to the store" in labels and "Order coffee ahead in the app" in labels  # a card, and the title block
    assert run("export", sample, "-o", str(tmp_path / "live.svg"), "--live-text", "--bare").returncode == 0
    live = ElementTree.parse(tmp_path / "live.svg").getroot()
    assert "Walk to the store" in "".join(live.itertext()) and "@font-face" in "".join(live.itertext())


def test_export_refuses_impossible_requests_with_exit_2(tmp_path: Path) -> None:
    sample = str(ROOT / "resources/samples/hotel-stay.bpx")
    for extra, words in (
        (["--tile", "A4", "--overlap", "200mm"], "overlap of 200 mm is too large"),
        (["--paper", "A4", "--scale", "3"], "larger than A4"),
        (["--width", "9m"], "200 in"),
        (["--paper", "Z9"], "unknown paper"),
        (["--tile", "A4", "--paper", "A0"], "either --paper"),
        (["--blueprint", "7"], "there is no blueprint 7"),
    ):
        result = run("export", sample, "-o", str(tmp_path / "x.pdf"), *extra)
        assert result.returncode == 2, (extra, result.stderr)
        assert words in result.stderr and result.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_info_lists_personas_and_every_curve_of_the_journey_sample() -> None:
    result = run("info", str(ROOT / "resources/samples/broadband-journey.bpx"))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "  personas: Leila Haddad (Remote worker, 34), Henrik Larsen (Retired, 71, first fibre contract)" in lines
    assert "    emotion (Leila Haddad): -1 0 +1 -1.5 -1 +0.5 +2 -1 -2" in lines
    assert "    emotion to-be (Leila Haddad): -1 +0.5 +1 +0.5 +1 +1 +2 +1 +1" in lines
    assert "    emotion (Henrik Larsen): 0 -1 -0.5 0 +1 -2 +1.5 -1 +0.5" in lines


def test_export_prints_what_the_view_shows(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from blueprint_studio.editing import journey
    from blueprint_studio.model import View
    from blueprint_studio.storage import open_bpx, save_bpx

    document = open_bpx(ROOT / "resources/samples/broadband-journey.bpx")
    journey.set_view(document.blueprints[0], View.JOURNEY).apply(document)  # type: ignore[union-attr]
    save_bpx(document, tmp_path / "map.bpx")
    assert run("export", str(tmp_path / "map.bpx"), "-o", str(tmp_path / "map.pdf"), "--paper", "A1").returncode == 0
    text = " ".join(PdfReader(tmp_path / "map.pdf").pages[0].extract_text().split())
    assert "Run a speed test at the desk" in text and "Calls freeze" in text and "Leila Haddad" in text
    assert "Credit note issued" not in text and "Line of visibility" not in text


def test_check_prints_findings_and_exits_1_on_an_error(tmp_path: Path) -> None:
    journey_map = str(ROOT / "resources/samples/broadband-journey.bpx")
    result = run("check", journey_map)
    assert result.returncode == 1  # the service takes longer than its acceptable 3 weeks
    assert ": error: over-time: The service typically takes" in result.stdout
    hotel = run("check", str(ROOT / "resources/samples/hotel-stay.bpx"))
    assert hotel.returncode == 0 and hotel.stdout.splitlines()[-1].endswith(": Hotel overnight stay: 17 findings")
    data = json.loads(run("check", journey_map, "--format", "json").stdout)
    first = data["findings"][0]
    assert set(first) >= {"id", "severity", "message", "cards"} and first["id"] == "over-time"
    assert run("check", journey_map, "--format", "xml").returncode == 2


def test_report_writes_the_pdf_and_the_register(tmp_path: Path) -> None:
    from pypdf import PdfReader

    hotel = str(ROOT / "resources/samples/hotel-stay.bpx")
    assert run("report", hotel, "-o", str(tmp_path / "report.pdf")).returncode == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "report.pdf").pages)
    for words in (
        "Critical path",
        "Fail-point register",
        "Room shown as clean while it is not",
        "Encounters and handoffs",
        "Payment gateway",
    ):
        assert words in text, words
    assert run("report", hotel, "-o", str(tmp_path / "register.csv")).returncode == 0
    lines = (tmp_path / "register.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Card,Lane,Step,Failure mode") and len(lines) == 6
    bad = run("report", hotel, "-o", str(tmp_path / "x.docx"))
    assert bad.returncode == 2 and not (tmp_path / "x.docx").exists()


def test_thumbnail_uses_the_saved_preview_or_draws_one(tmp_path: Path) -> None:
    from PIL import Image

    from blueprint_studio.storage import open_bpx, save_bpx
    from blueprint_studio.storage.bpx import read_thumbnail

    plain = tmp_path / "plain.bpx"  # the samples are written without a preview
    shutil.copyfile(ROOT / "resources/samples/hotel-stay.bpx", plain)
    assert read_thumbnail(plain) is None
    drawn = run("thumbnail", str(plain), str(tmp_path / "drawn.png"), "--size", "200")
    assert drawn.returncode == 0, drawn.stderr
    assert max(Image.open(tmp_path / "drawn.png").size) == 200
    marked = tmp_path / "marked.bpx"
    red = io.BytesIO()
    Image.new("RGB", (400, 300), "#ff0000").save(red, "PNG")
    save_bpx(open_bpx(plain), marked, red.getvalue())
    stored = run("thumbnail", str(marked), str(tmp_path / "stored.png"), "--size", "100")
    assert stored.returncode == 0, stored.stderr
    picture = Image.open(tmp_path / "stored.png").convert("RGB")
    assert picture.size == (100, 75) and picture.getpixel((50, 37)) == (255, 0, 0)
    hostile = tmp_path / "hostile.bpx"
    hostile.write_bytes(b"PK\x03\x04 not really")
    refused = run("thumbnail", str(hostile), str(tmp_path / "no.png"))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr and not (tmp_path / "no.png").exists()


def test_export_import_and_diff_through_a_spreadsheet(tmp_path: Path) -> None:
    sample = str(ROOT / "resources" / "samples" / "hotel-stay.bpx")
    assert run("export", sample, "-o", str(tmp_path / "hotel.xlsx")).returncode == 0
    imported = run("import", str(tmp_path / "hotel.xlsx"), "-o", str(tmp_path / "back.bpx"))
    assert imported.returncode == 0, imported.stderr
    same = run("diff", sample, str(tmp_path / "back.bpx"))  # lossless: the same ids, notes, photos and register
    assert same.returncode == 0 and "no differences" in same.stdout, same.stdout
    assert "    'Physical evidence' → physical evidence" in imported.stdout  # what was recognised is said
    (tmp_path / "edited.csv").write_text((tmp_path / "hotel.xlsx").name)  # not a sheet of ours
    refused = run("import", str(tmp_path / "edited.csv"), "-o", str(tmp_path / "x.bpx"))
    assert (
        refused.returncode == 1
        and refused.stderr.startswith("edited.csv: no row of steps")
        and not (tmp_path / "x.bpx").exists()
    )
    assert run("diff", sample, sample).returncode == 0
    changed = run("diff", "--format", "json", sample, str(ROOT / "resources" / "samples" / "coffee-order-ahead.bpx"))
    assert changed.returncode == 1 and json.loads(changed.stdout)["equal"] is False


def test_a_mistyped_command_is_refused_with_a_suggestion_and_opens_nothing(tmp_path: Path) -> None:
    result = run("exprot", str(SAMPLES[0]), cwd=tmp_path)
    assert result.returncode == 2 and "unknown command 'exprot' (did you mean 'export'?)" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert run("frobnicate", cwd=tmp_path).returncode == 2


def test_help_lists_every_command_and_the_self_test() -> None:
    from blueprint_studio.cli import COMMANDS

    shown = run("--help").stdout
    assert all(f"    {name} " in shown or f"    {name}\n" in shown for name in COMMANDS) and "--self-test" in shown


def test_a_reader_that_stops_early_gets_no_traceback_and_the_status_stays(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["PYTHONPATH"] = str(ROOT)
    for args, status in ((["schema"], 0), (["diff", str(SAMPLES[0]), str(SAMPLES[1])], 1)):
        writer = subprocess.Popen(
            [sys.executable, "-m", "blueprint_studio", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
        )
        assert writer.stdout is not None
        writer.stdout.read(10)  # like `| head -c 10`
        writer.stdout.close()
        assert writer.wait(timeout=60) == status
        said = writer.stderr.read()  # type: ignore[union-attr]
        assert b"Traceback" not in said and b"BrokenPipe" not in said, said
