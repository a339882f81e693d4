"""The two error types every layer shares, so the CLI and the window speak to users alike."""


class BpxError(Exception):
    """A document could not be opened, saved or validated.

    `str(error)` is one human line naming the file and what is wrong (and where, for
    schema errors); it is shown as-is, never with a traceback. `problems` keeps every
    individual finding for callers that list them all (``validate``).
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems: list[str] = problems if problems is not None else [message]


def summary(lines: list[str]) -> str:
    """The first of several problems on one line, saying how many more there are."""
    more = len(lines) - 1
    return lines[0] + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


class UsageError(Exception):
    """The user asked for something impossible (bad option, overlap larger than the page)."""
