"""A real git repository: .bpx files diff as text and branches editing different cards merge."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from blueprint_studio.compare.merge import merge
from blueprint_studio.editing import edits
from blueprint_studio.model import problems
from blueprint_studio.storage import open_bpx, save_bpx
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("DISPLAY", None)
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def _edit(path: Path, prefix: str, text: str) -> None:
    document = open_bpx(path)
    blueprint = document.blueprints[0]
    card = next(c for c in blueprint.cards if c.text.startswith(prefix))
    edits.edit_card(blueprint, card.id, "text", text).apply(document)
    save_bpx(document, path)


def test_two_branches_editing_different_cards_merge_into_a_valid_file(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    assert _run("git", "init", "-q", "-b", "main", cwd=repo).returncode == 0
    setup = _run(sys.executable, "-m", "blueprint_studio", "git-setup", cwd=repo)
    assert setup.returncode == 0, setup.stderr
    assert "*.bpx diff=bpx merge=bpx" in (repo / ".gitattributes").read_text()
    shutil.copyfile(ROOT / "resources/samples/hotel-stay.bpx", repo / "hotel.bpx")
    _run("git", "add", ".", cwd=repo)
    assert _run("git", "commit", "-q", "-m", "as-is", cwd=repo).returncode == 0
    _run("git", "checkout", "-q", "-b", "frontdesk", cwd=repo)
    _edit(repo / "hotel.bpx", "Queue at reception", "Queue at reception (two desks open at peak)")
    _run("git", "commit", "-q", "-am", "front desk", cwd=repo)
    shown = _run("git", "show", "--ext-diff", "HEAD", cwd=repo)  # textconv: a readable diff, not "binary files differ"
    assert "+  card" in shown.stdout and "two desks open at peak" in shown.stdout, shown.stdout[-2000:]
    _run("git", "checkout", "-q", "main", cwd=repo)
    _edit(repo / "hotel.bpx", "Kitchen prepares order", "Kitchen prepares order from the night menu")
    _run("git", "commit", "-q", "-am", "kitchen", cwd=repo)
    merged = _run("git", "merge", "-q", "--no-edit", "frontdesk", cwd=repo)
    assert merged.returncode == 0, merged.stderr + merged.stdout
    document = open_bpx(repo / "hotel.bpx")
    texts = {c.text for c in document.blueprints[0].cards}
    assert {"Queue at reception (two desks open at peak)", "Kitchen prepares order from the night menu"} <= texts
    assert problems(document) == []


def test_the_same_card_changed_twice_is_a_conflict_that_keeps_ours(tmp_path: Path) -> None:
    base = open_bpx(ROOT / "resources/samples/hotel-stay.bpx")
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    card = base.blueprints[0].cards[0].id
    edits.edit_card(ours.blueprints[0], card, "text", "ours").apply(ours)
    edits.edit_card(theirs.blueprints[0], card, "text", "theirs").apply(theirs)
    result = merge(base, ours, theirs)
    assert result.document.blueprints[0].card(card).text == "ours"
    assert len(result.conflicts) == 1 and "changed on both sides" in result.conflicts[0]


def test_a_card_added_in_a_step_the_other_side_deleted_is_dropped_and_said(tmp_path: Path) -> None:
    base = open_bpx(ROOT / "resources/samples/hotel-stay.bpx")
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    step = base.blueprints[0].steps[1].id
    lane = next(lane.id for lane in base.blueprints[0].lanes if lane.kind.value == "frontstage")
    edits.add_card(ours.blueprints[0], lane, step, None, "New greeting")[0].apply(ours)
    edits.delete_step(theirs.blueprints[0], step).apply(theirs)
    result = merge(base, ours, theirs)
    assert problems(result.document) == []
    assert all(c.text != "New greeting" for c in result.document.blueprints[0].cards)
    assert any("New greeting" in c for c in result.conflicts)


def test_a_conflicting_merge_names_the_file_and_leaves_no_stray_files(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _run("git", "init", "-q", "-b", "main", cwd=repo)
    assert _run(sys.executable, "-m", "blueprint_studio", "git-setup", cwd=repo).returncode == 0
    assert "*.bpx~" in (repo / ".gitignore").read_text().splitlines()  # each save's backup stays out of the repository
    (repo / "plans").mkdir()
    shutil.copyfile(ROOT / "resources/samples/hotel-stay.bpx", repo / "plans" / "hotel.bpx")
    _run("git", "add", ".", cwd=repo)
    _run("git", "commit", "-q", "-m", "as-is", cwd=repo)
    _run("git", "checkout", "-q", "-b", "other", cwd=repo)
    _edit(repo / "plans" / "hotel.bpx", "Queue at reception", "Queue at reception, theirs")
    _run("git", "commit", "-q", "-am", "theirs", cwd=repo)
    _run("git", "checkout", "-q", "main", cwd=repo)
    _edit(repo / "plans" / "hotel.bpx", "Queue at reception", "Queue at reception, ours")
    _run("git", "commit", "-q", "-am", "ours", cwd=repo)
    merged = _run("git", "merge", "-q", "--no-edit", "other", cwd=repo)
    assert merged.returncode != 0 and "plans/hotel.bpx: conflict:" in merged.stderr + merged.stdout, merged.stderr
    assert ".merge_file" not in merged.stderr + merged.stdout
    status = _run("git", "status", "--porcelain", "--ignored", cwd=repo).stdout
    assert ".merge_file" not in status and "~" not in status.replace("!! plans/hotel.bpx~", ""), status


@pytest.mark.parametrize("case", ["folder", "symlink", "latin-1"])
def test_git_setup_changes_nothing_until_every_check_passed(tmp_path: Path, case: str) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    assert _run("git", "init", "-q", "-b", "main", cwd=repo).returncode == 0
    outside = tmp_path / "outside.txt"
    outside.write_text("someone else's file\n")
    if case == "folder":
        (repo / ".gitattributes").mkdir()
    elif case == "symlink":
        (repo / ".gitattributes").symlink_to(outside)
    else:
        (repo / ".gitignore").write_bytes("café\n".encode("latin-1"))
    done = _run(sys.executable, "-m", "blueprint_studio", "git-setup", cwd=repo)
    assert done.returncode == 2 and "unexpected" not in done.stderr
    assert {"folder": "is not a file", "symlink": "is a symbolic link", "latin-1": "is not UTF-8 text"}[
        case
    ] in done.stderr
    assert _run("git", "config", "--get", "merge.bpx.driver", cwd=repo).stdout == ""  # git's config untouched
    assert outside.read_text() == "someone else's file\n"  # nothing written through the link
    assert not (repo / ".gitignore").exists() or (repo / ".gitignore").read_bytes() == "café\n".encode("latin-1")
