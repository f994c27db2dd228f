"""Element symbols that open a company's name ("Ti metals Ltd", "Al Chemicals Inc."): a supplier, no
substance."""

from __future__ import annotations

import re

_COMPANY_AFTER = re.compile(
    r"(?:[ \u00a0][A-Za-z&\-]{1,20}){1,3}\.?,?[ \u00a0]"
    r"(?:Ltd|Inc|GmbH|Corp|Corporation|LLC|Limited|Co\.|Company|AG|KGaA)\b"
)
SUFFIXES = ("Ltd", "Inc", "GmbH", "Corp", "LLC", "Limited", "Co.", "Company", "AG", "KGaA")


def company_name(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` opens a company's name: one to three words and a company suffix
    (Ltd, Inc, GmbH, Corp, LLC, Limited, Co., Company, AG, KGaA) follow it ("(Ti metals Ltd, UK)"). A suffix
    is looked for in the next 70 characters first; the match is bounded to them.

    Example:
        >>> t = "a Ti sheet (Ti metals Ltd, UK) in Ti powder"
        >>> company_name(t, 4), company_name(t, 14)
        (False, True)
    """
    window = text[end : end + 70]
    if not any(s in window for s in SUFFIXES):
        return False  # the common case, cheaply
    return _COMPANY_AFTER.match(window) is not None
