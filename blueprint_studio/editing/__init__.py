"""Undoable edits of the document: pure commands built by small factories. Depends on model only."""

from blueprint_studio.editing.command import Change, Command, Composite, EditGate

__all__ = ["Change", "Command", "EditGate", "Composite"]
