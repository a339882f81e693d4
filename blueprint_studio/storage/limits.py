"""How much a .bpx file may hold. One place, so docs, tests and the reader agree."""

MAX_FILE_BYTES = 200 * 1024 * 1024  # the .bpx on disk
MAX_ENTRIES = 2_000  # document.json, thumbnail.png and assets
MAX_DOCUMENT_BYTES = 24 * 1024 * 1024  # document.json inflated (10,000 cards ≈ 5 MiB)
MAX_ASSET_BYTES = 25 * 1024 * 1024  # one photo
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # everything inflated
MAX_RATIO = 200  # inflated / compressed, for entries larger than RATIO_FLOOR
RATIO_FLOOR = 64 * 1024  # tiny entries compress well legitimately (JSON of blanks)
MAX_JSON_DEPTH = 32
# JSON values (commas) and containers (brackets), counted raw: they bound the memory json.loads
# may take (≤ ~70 B a value). 10,000 cards need about 250,000 values and 30,000 containers.
MAX_JSON_VALUES = 2_000_000
MAX_JSON_CONTAINERS = 1_000_000
MAX_NAME_LENGTH = 255
