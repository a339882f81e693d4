"""The command line in real subprocesses: exit codes, one-line errors, nothing written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    assert schema["properties"]["format_version"] == {"const": 1}
    assert "fail_point" in schema["$defs"]["Marks"]["properties"]


def test_usage_errors_exit_2() -> None:
    assert run("validate").returncode == 2
    assert run("info", "--bogus", "x").returncode == 2
    assert run("--version").stdout.startswith("Blueprint Studio ")
    assert run("--help").returncode == 0
