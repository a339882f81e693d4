"""Everything that touches disk: the .bpx container, migrations, recovery and locks. No Qt."""

from blueprint_studio.storage.bpx import from_bytes, open_bpx, save_bpx, to_bytes
from blueprint_studio.storage.migrations import FORMAT_VERSION

__all__ = ["FORMAT_VERSION", "from_bytes", "open_bpx", "save_bpx", "to_bytes"]
