"""The editor surface: scene, items, view and gestures. Pushes commands; never edits the model."""
