"""Reading widget text in tests: every HTML/Label value under a widget, tags stripped."""

import re

import ipywidgets as w

#: A readout must never show these ("influx" is fine: whole words only).
BAD_NUMBER = re.compile(r"\bnan\b|\binf\b|infinity|∞", re.IGNORECASE)


def plain(html):
    """`html` without its tags."""
    return re.sub(r"<[^>]+>", "", html)


def html_values(widget):
    """Every HTML/Label value in the widget tree under `widget`."""
    out = []
    stack = [widget]
    while stack:
        node = stack.pop()
        if isinstance(node, (w.HTML, w.Label)):
            out.append(node.value)
        stack.extend(getattr(node, "children", ()))
    return out
