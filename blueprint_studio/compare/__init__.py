"""Comparing and combining documents: semantic diff, three-way merge, a text form for git. No Qt."""

from blueprint_studio.compare.diff import Change, compare_blueprints, diff

__all__ = ["Change", "compare_blueprints", "diff"]
