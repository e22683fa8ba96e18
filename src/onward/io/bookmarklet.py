"""The "Save to Onward" bookmarklet: the script itself, and a first guess at role and company from a page title."""

from __future__ import annotations

import re

# Job sites put the site name after one of these; what comes before is the posting.
_SITE_SUFFIX = re.compile(r"\s+[|·–—]\s+[^|·–—]*$")
# Selected text travels in the address, so it is cut to stay within what browsers accept.
MAX_TEXT = 6000


def script(save_url: str) -> str:
    """A javascript: link that opens `save_url` with the page's title, address and selected text."""
    return (
        "javascript:(function(){var s=String(window.getSelection?window.getSelection():'').slice(0,"
        f"{MAX_TEXT});window.open('{save_url}?title='+encodeURIComponent(document.title)+'&url='+"
        "encodeURIComponent(location.href)+'&text='+encodeURIComponent(s),'_blank');})();"
    )


def guess(page_title: str) -> tuple[str, str]:
    """(role, company) from titles like "Data Engineer at Acme | Site" or "Data Engineer - Acme - Site"."""
    text = " ".join(page_title.split())
    text = _SITE_SUFFIX.sub("", text) if _SITE_SUFFIX.search(text) else text
    if " at " in text:
        role, company = text.rsplit(" at ", 1)
        return role.strip(), company.strip()
    parts = [p.strip() for p in text.split(" - ") if p.strip()]
    if len(parts) >= 2:
        return parts[0], parts[1]
    return text, ""
