"""The ZIP guard: check every entry's metadata before inflating anything. No disk writes.

A .bpx comes from strangers. Sizes, counts, names and ratios are judged from the central
directory first; inflation then reads at most the declared size, so a header that lies
about its size fails its CRC instead of filling memory.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from dataclasses import dataclass

from blueprint_studio.quoting import quoted
from blueprint_studio.storage import limits

DOCUMENT_ENTRY = "document.json"
THUMBNAIL_ENTRY = "thumbnail.png"
ASSET_PREFIX = "assets/"
_ASSET_NAME = re.compile(r"^assets/([0-9a-f]{64}\.(?:png|jpg|jpeg|webp))$")
_ALLOWED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


class ContainerError(ValueError):
    """What is wrong with the container, without the file name (the caller adds it)."""


@dataclass(frozen=True)
class Contents:
    document: bytes
    assets: dict[str, bytes]
    thumbnail: bytes | None


def read(data: bytes) -> Contents:
    """Check the archive in `data` and inflate only what the format knows."""
    if not data:
        raise ContainerError("the file is empty")
    if len(data) > limits.MAX_FILE_BYTES:
        raise ContainerError(f"the file is {len(data):,} bytes; at most {limits.MAX_FILE_BYTES:,} are accepted")
    if not data.startswith(b"PK"):
        raise ContainerError("not a Blueprint Studio file (it is not a ZIP archive)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ContainerError(f"the ZIP archive is damaged or truncated ({quoted(str(error))})") from None
    except NotImplementedError as error:  # a header claiming a ZIP version or feature we do not read
        raise ContainerError(
            f"the ZIP archive uses something Blueprint Studio cannot read ({quoted(str(error))})"
        ) from None
    except Exception as error:  # noqa: BLE001 - struct, Unicode and friends: a damaged directory, never our bug to show
        raise ContainerError(f"the ZIP archive is damaged ({quoted(str(error))})") from None
    with archive:
        entries = _checked_entries(archive)
        document = entries.get(DOCUMENT_ENTRY)
        if document is None:
            raise ContainerError("document.json is missing from the archive")
        return Contents(
            document=_inflate(archive, document),
            assets={
                match.group(1): _inflate(archive, info)
                for name, info in sorted(entries.items())
                if (match := _ASSET_NAME.match(name))
            },
            thumbnail=_inflate(archive, entries[THUMBNAIL_ENTRY]) if THUMBNAIL_ENTRY in entries else None,
        )


def check(data: bytes) -> None:
    """Judge an archive's size and directory as `read` does, without inflating anything: for
    bytes just made, whose entries are known, when only the limits are in question."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise ContainerError(f"the file is {len(data):,} bytes; at most {limits.MAX_FILE_BYTES:,} are accepted")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if DOCUMENT_ENTRY not in _checked_entries(archive):
            raise ContainerError("document.json is missing from the archive")


def _checked_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.MAX_ENTRIES:
        raise ContainerError(f"the archive has {len(infos):,} entries; at most {limits.MAX_ENTRIES:,} are accepted")
    total = 0
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        _check_name(info)
        shown = quoted(name)
        if name in entries:
            raise ContainerError(f"the archive holds '{shown}' twice")
        if info.flag_bits & 0x1:
            raise ContainerError(f"entry '{shown}' is encrypted")
        if info.compress_type not in _ALLOWED_METHODS:
            raise ContainerError(f"entry '{shown}' uses an unsupported compression method ({info.compress_type})")
        limit = limits.MAX_DOCUMENT_BYTES if name == DOCUMENT_ENTRY else limits.MAX_ASSET_BYTES
        if info.file_size > limit:
            raise ContainerError(
                f"entry '{shown}' inflates to {info.file_size:,} bytes; at most {limit:,} are accepted"
            )
        if info.file_size > limits.RATIO_FLOOR and info.file_size > limits.MAX_RATIO * max(info.compress_size, 1):
            raise ContainerError(
                f"entry '{shown}' is compressed {info.file_size // max(info.compress_size, 1):,}:1, "
                f"more than {limits.MAX_RATIO}:1 (a ZIP bomb?)"
            )
        _check_local_name(archive, info)
        total += info.file_size
        if total > limits.MAX_TOTAL_BYTES:
            raise ContainerError(f"the archive inflates to more than {limits.MAX_TOTAL_BYTES:,} bytes")
        entries[name] = info
    return entries


def _check_name(info: zipfile.ZipInfo) -> None:
    # zipfile cuts a name at its first NUL; other ZIP tools do not, so such an archive shows
    # them another file than it shows us: refused on the name as stored.
    if "\x00" in info.orig_filename:
        raise ContainerError(f"an entry name contains a NUL character ('{quoted(info.orig_filename)}')")
    name = info.filename
    shown = quoted(name)
    if len(name) > limits.MAX_NAME_LENGTH:
        raise ContainerError(f"entry name '{shown}' is too long")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise ContainerError(f"entry '{shown}' has an absolute path")
    parts = re.split(r"[\\/]", name)
    if ".." in parts:
        raise ContainerError(f"entry '{shown}' points outside the archive ('..')")


_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature; …; name length, extra length


def _check_local_name(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """The name in the entry's own header must be the directory's: a reader that walks the
    local headers (or repairs the archive) would otherwise find another file."""
    stream = archive.fp
    assert stream is not None  # an archive read from memory stays open
    if info.header_offset < 0:
        raise ContainerError(
            f"entry '{quoted(info.filename)}' is damaged (its header is placed before the file starts)"
        )
    stream.seek(info.header_offset)
    header = stream.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size:
        raise ContainerError(f"entry '{quoted(info.filename)}' is damaged (its header is cut off)")
    signature, name_length, _ = _LOCAL_HEADER.unpack(header)
    if signature != b"PK\x03\x04":
        raise ContainerError(f"entry '{quoted(info.filename)}' is damaged (no header where the directory points)")
    local = stream.read(name_length)
    stored = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437", "replace")
    if local != stored:
        raise ContainerError(
            f"entry '{quoted(info.filename)}' is damaged or disguised: its own header names it "
            f"'{quoted(local.decode('utf-8', 'replace'))}'"
        )


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with archive.open(info) as stream:
            data = stream.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise ContainerError(f"entry '{quoted(info.filename)}' is damaged ({quoted(str(error))})") from None
    except Exception as error:  # zlib.error and friends: a damaged stream, never our bug to show
        raise ContainerError(f"entry '{quoted(info.filename)}' is damaged ({quoted(str(error))})") from None
    if len(data) != info.file_size:
        raise ContainerError(f"entry '{quoted(info.filename)}' does not match its declared size")
    return data
