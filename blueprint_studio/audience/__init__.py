"""Who a print is for: the built-in audiences, the document's own, and the redacted copy of
a document that each of them is given. Pure and headless.

Hiding is done to the data, before anything is laid out or drawn: a customer-facing PDF is
made from a document that no longer holds the backstage cards, the notes or the register, so
none of it can reach the file (not as text, not as a shape, not in the title block).
"""

from blueprint_studio.audience.profiles import (
    BUILT_IN,
    CUSTOMER_FACING,
    EXECUTIVE,
    FULL,
    TEAM,
    audience_named,
    audiences_of,
)
from blueprint_studio.audience.redact import for_audience, hides_anything

__all__ = [
    "BUILT_IN",
    "CUSTOMER_FACING",
    "EXECUTIVE",
    "FULL",
    "TEAM",
    "audience_named",
    "audiences_of",
    "for_audience",
    "hides_anything",
]
