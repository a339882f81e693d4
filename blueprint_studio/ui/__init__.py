"""The application shell: main window, documents, dialogs. Everything Qt lives at or above here."""
