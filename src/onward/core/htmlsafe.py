"""Guarding the HTML parser against pathological nesting.

lexbor (selectolax), like most HTML tree builders, takes time that grows with the square of the nesting depth:
50,000 nested <div> take about a minute, a 2 MB mail of them hours. Browsers cap the depth at 512; Onward
estimates it with one cheap scan first and, for HTML nested deeper than that, reads the text with the tags
removed instead of building a tree.
"""

from __future__ import annotations

import html as html_lib
import re

MAX_DEPTH = 512
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
# Elements that never nest (void) or that the parser closes on its own when the next one starts.
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li td th tr dt dd option optgroup thead tbody tfoot colgroup rb rt rp".split()
)


def too_deep(html: str, limit: int = MAX_DEPTH) -> bool:
    """Whether the tags in `html` open more than `limit` levels deep (an estimate that never undercounts
    nesting built from ordinary container elements)."""
    depth = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _FLAT or m.group(0).endswith("/>"):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > limit:
                return True
    return False


_BLOCK = re.compile(r"</?(?:p|div|br|li|tr|h[1-6]|ul|ol|table|section|article|blockquote)\b[^>]*>", re.IGNORECASE)
_DROP = re.compile(r"<(script|style|head|title|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def strip_tags(html: str) -> str:
    """Text of HTML without building a tree: scripts and styles dropped, block tags as line breaks."""
    html = _DROP.sub(" ", html)
    html = _BLOCK.sub("\n", html)
    return html_lib.unescape(_TAG.sub("", html))
