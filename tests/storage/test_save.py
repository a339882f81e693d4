"""Saving is atomic, keeps a backup, verifies itself, and fails without touching the old file."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from blueprint_studio.errors import BpxError
from blueprint_studio.model import Document
from blueprint_studio.storage import atomic, open_bpx, save_bpx
from blueprint_studio.storage.bpx import Frozen, write_frozen
from blueprint_studio.storage.lock import lock_path
from blueprint_studio.storage.pieces import Dumps
from blueprint_studio.storage.proving import Proofs
from tests.bpx_files import blank_document, sample_document


def test_save_then_open_is_equal_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "journey.bpx"
    first = blank_document()
    save_bpx(first, path)
    second = blank_document()
    second.blueprints[0].title = "Renamed"
    save_bpx(second, path)
    assert open_bpx(path) == second
    assert open_bpx(tmp_path / "journey.bpx~") == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journey.bpx", "journey.bpx~"]


def test_saving_twice_gives_identical_files(tmp_path: Path) -> None:
    document = blank_document()
    save_bpx(document, tmp_path / "a.bpx")
    save_bpx(open_bpx(tmp_path / "a.bpx"), tmp_path / "b.bpx")
    assert (tmp_path / "a.bpx").read_bytes() == (tmp_path / "b.bpx").read_bytes()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_failed_write_leaves_the_old_file_and_no_litter(tmp_path: Path, monkeypatch, code: int) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "journey.bpx"
    save_bpx(blank_document(), path)
    before = path.read_bytes()

    def failing_fsync(descriptor: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    changed = blank_document()
    changed.blueprints[0].title = "Changed"
    with pytest.raises(BpxError) as caught:
        save_bpx(changed, path)
    assert str(caught.value) == f"journey.bpx: not saved: {os.strerror(code)}; the previous file is unchanged"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journey.bpx"]


def test_save_into_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(BpxError, match=r"^journey.bpx: not saved: No such file or directory"):
        save_bpx(blank_document(), tmp_path / "gone" / "journey.bpx")


def test_a_save_killed_half_way_leaves_the_old_file(tmp_path: Path) -> None:
    """A real process is killed while it writes; the file on disk still opens as before."""
    path = tmp_path / "journey.bpx"
    save_bpx(blank_document(), path)
    before = path.read_bytes()
    script = textwrap.dedent(
        f"""
        import os, signal
        from blueprint_studio.storage import atomic, save_bpx
        from tests.bpx_files import blank_document
        real = atomic._write_synced
        def dying(target, data):
            with open(target, "xb") as stream:
                stream.write(data[: len(data) // 2])
                stream.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        atomic._write_synced = dying
        doc = blank_document(); doc.blueprints[0].title = "Half-written"
        save_bpx(doc, {str(path)!r})
        """
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True)
    assert result.returncode == -9
    assert path.read_bytes() == before
    assert open_bpx(path) == blank_document()
    (left,) = [p for p in tmp_path.iterdir() if p.name.endswith(".bpx-part")]  # named for what it is…
    assert left.name.startswith(".journey.bpx.")
    save_bpx(blank_document(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journey.bpx", "journey.bpx~"]  # …and gone at the next save


# ------------------------------------------------------------ what a save keeps


def test_a_private_file_stays_private_and_so_does_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "private.bpx"
    save_bpx(blank_document(), path)
    path.chmod(0o600)
    save_bpx(sample_document(), path)
    save_bpx(blank_document(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "private.bpx~").stat().st_mode) == 0o600


@pytest.mark.skipif(not hasattr(os, "chown") or os.geteuid() != 0, reason="only root may give a file away")
def test_owner_and_group_carry_over(tmp_path: Path) -> None:
    path = tmp_path / "shared.bpx"
    save_bpx(blank_document(), path)
    os.chown(path, 4321, 4322)
    save_bpx(sample_document(), path)
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4322)


def test_extended_attributes_carry_over(tmp_path: Path) -> None:
    path = tmp_path / "tagged.bpx"
    save_bpx(blank_document(), path)
    try:
        os.setxattr(path, "user.project", b"harbour")
    except (AttributeError, OSError):
        pytest.skip("no user extended attributes here")
    save_bpx(sample_document(), path)
    assert os.getxattr(path, "user.project") == b"harbour"


def test_a_read_only_file_is_refused_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "signed-off.bpx"
    save_bpx(blank_document(), path)
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(
        BpxError, match=r"^signed-off.bpx: not saved: the file is read-only; save it under another name"
    ):
        save_bpx(sample_document(), path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["signed-off.bpx"]


def test_a_save_through_a_symlink_writes_the_file_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "journey.bpx"
    save_bpx(blank_document(), target)
    link = tmp_path / "journey.bpx"
    link.symlink_to(target)
    save_bpx(sample_document(), link)
    assert link.is_symlink() and open_bpx(target) == sample_document()
    assert (tmp_path / "real" / "journey.bpx~").exists() and not (tmp_path / "journey.bpx~").exists()
    assert lock_path(link) == lock_path(target)  # both names, one lock


# ------------------------------------------------------------ proving only what changed


def _window_saves(tmp_path: Path) -> tuple[Document, Callable[[], None]]:
    """A document and its save as the window makes it: the snapshot from kept dumps, proved
    against what its last save proved."""
    document = sample_document()
    dumps, proofs = Dumps(), Proofs()

    def save(touched: frozenset[tuple[str, str]] | None = None) -> None:
        dumps.forget(document.blueprints[0].id, touched)
        write_frozen(Frozen(dumps.snapshot(document), dict(document.assets)), tmp_path / "kept.bpx", proofs=proofs)

    save()
    return document, save


def test_a_saved_item_edited_past_the_rules_is_proved_again(tmp_path: Path) -> None:
    document, save = _window_saves(tmp_path)
    card = document.blueprints[0].cards[0]
    card.order = -1  # an edit that slipped past validation
    with pytest.raises(BpxError, match="did not survive being read back"):
        save(frozenset({("cards", card.id)}))
    card.order = 3
    save(frozenset({("cards", card.id)}))
    assert open_bpx(tmp_path / "kept.bpx") == document


def test_a_changed_frame_is_proved_again(tmp_path: Path) -> None:
    document, save = _window_saves(tmp_path)
    step = document.blueprints[0].steps[0]
    step.stage = "no-such-stage"
    with pytest.raises(BpxError, match="kept.bpx: not saved: .*unknown stage 'no-such-stage'"):
        save(frozenset({("steps", step.id)}))
    assert open_bpx(tmp_path / "kept.bpx").blueprints[0].steps[0].stage != "no-such-stage"  # the last good file stays


def test_an_arrow_to_a_deleted_card_is_refused_by_name(tmp_path: Path) -> None:
    document, save = _window_saves(tmp_path)
    blueprint = document.blueprints[0]
    arrow = blueprint.connectors[0]
    blueprint.cards = [card for card in blueprint.cards if card.id != arrow.target]
    with pytest.raises(BpxError, match=f"connector {arrow.id}: target card '{arrow.target}' does not exist"):
        save(frozenset({("cards", arrow.target)}))


def test_proved_saves_write_what_a_cold_save_writes(tmp_path: Path) -> None:
    document, save = _window_saves(tmp_path)
    for card in document.blueprints[0].cards[:5]:
        card.text += " (checked)"
        save(frozenset({("cards", card.id)}))
        save_bpx(document, tmp_path / "cold.bpx", backup=False)
        assert (tmp_path / "kept.bpx").read_bytes() == (tmp_path / "cold.bpx").read_bytes()


def test_a_document_too_large_to_save_says_its_size_and_what_to_do(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.storage import proving

    monkeypatch.setattr(proving, "MAX_DOCUMENT_BYTES", 20_000)
    with pytest.raises(
        BpxError,
        match=r"^big.bpx: not saved: the document is too large to save: 0\.\d MB of text, at most 0 MB .*move some "
        r"blueprints",
    ):
        save_bpx(sample_document(), tmp_path / "big.bpx")
    assert not (tmp_path / "big.bpx").exists()
