"""Every rule docs/bpx-format.md states has a hostile file that breaks it, and is stated once."""

from __future__ import annotations

import re
from pathlib import Path

from tests.storage import test_hostile_files as hostile

FORMAT = Path(__file__).resolve().parents[2] / "docs" / "bpx-format.md"

# Each rule of the table "What the reader refuses" → the hostile tests that break it.
FIXTURES = {
    "file-size": ["test_a_file_over_the_size_limit_is_refused_before_it_is_read"],
    "not-a-zip": ["test_empty_file", "test_not_a_zip", "test_truncated_zip"],
    "entries": ["test_too_many_entries"],
    "entry-name": ["test_path_traversal", "test_an_entry_name_with_a_nul_is_refused"],
    "local-name": ["test_an_entry_named_otherwise_in_its_own_header_is_refused"],
    "encrypted": ["test_encrypted_entry_is_refused"],
    "compression": ["test_an_unknown_compression_method_is_refused"],
    "entry-size": [
        "test_document_json_over_its_size_limit_is_refused_before_it_is_parsed",
        "test_an_asset_over_its_size_limit_is_refused",
        "test_zip_bomb_beyond_total_size",
        "test_zip_bomb_by_ratio",
    ],
    "declared-size": ["test_header_that_lies_about_its_size", "test_corrupted_deflate_stream"],
    "no-document": ["test_no_document_json"],
    "json-text": ["test_bad_utf8", "test_bad_json", "test_json_not_an_object"],
    "json-counts": ["test_more_json_values_than_a_document_needs_are_refused_by_count"],
    "json-depth": ["test_deep_nesting"],
    "json-keys": ["test_duplicate_json_keys"],
    "json-numbers": ["test_nan_is_refused", "test_numbers_no_field_can_hold_are_refused_by_name"],
    "top-level": ["test_unknown_keys_at_the_top_level_are_refused", "test_app_version_is_a_short_line_of_text"],
    "version": ["test_newer_version", "test_missing_or_odd_version"],
    "fields": ["test_unknown_field_is_an_error_not_silently_dropped", "test_score_off_the_scale_and_negative_duration"],
    "ids": ["test_duplicate_id"],
    "text": [
        "test_huge_text",
        "test_lone_surrogate_in_text",
        "test_every_control_but_tab_and_newline_is_refused_in_text",
    ],
    "references": ["test_dangling_reference", "test_connector_to_missing_card"],
    "placement": ["test_lane_across_a_line"],
    "asset-hash": ["test_asset_whose_hash_does_not_match"],
    "asset-format": ["test_an_asset_that_is_not_its_declared_format_is_refused"],
}


def stated_rules() -> list[str]:
    text = FORMAT.read_text(encoding="utf-8")
    table = text[text.index("## What the reader refuses") : text.index("## Versions and migration")]
    return re.findall(r"^\| `([a-z-]+)` \|", table, flags=re.M)


def test_every_stated_rule_has_a_hostile_file() -> None:
    rules = stated_rules()
    assert len(rules) == len(set(rules)), "a rule is stated twice"
    assert sorted(rules) == sorted(FIXTURES), "the table and the fixtures name different rules"
    missing = [name for names in FIXTURES.values() for name in names if not callable(getattr(hostile, name, None))]
    assert missing == []
