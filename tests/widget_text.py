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


def visible_texts(widget):
    """Every piece of text a student can see or hear in the tree under `widget`, as HTML.

    Values of HTML/Label widgets, descriptions, option labels, button texts,
    tooltips, placeholders, tab titles, the label and hint of an anywidget button,
    and in bqplot figures the title, axis labels, mark labels and the names on
    ordinal (category) axes.
    """
    import bqplot as bq

    out, stack, seen = [], [widget], set()
    while stack:
        node = stack.pop()
        if id(node) in seen or node is None:
            continue
        seen.add(id(node))
        if isinstance(node, (w.HTML, w.Label, w.HTMLMath)):
            out.append(node.value)
        for attr in ("description", "tooltip", "placeholder", "title", "label", "hint"):
            value = getattr(node, attr, None)
            if isinstance(value, str):
                out.append(value)
        if isinstance(node, w.widgets.widget_selection._Selection):
            out.extend(str(label) for label in node._options_labels)
        if isinstance(node, w.Tab):
            out.extend(node.titles)
        if isinstance(node, bq.Axis):
            out.append(node.label or "")
        if isinstance(node, bq.Mark):
            out.extend(str(label) for label in (node.labels or []))
            if isinstance(node.scales.get("x"), bq.OrdinalScale):
                out.extend(str(x) for x in node.x)
            if isinstance(node, bq.Label):
                out.extend(str(t) for t in node.text)
        stack.extend(getattr(node, "children", ()))
        stack.extend(getattr(node, "marks", ()))
        stack.extend(getattr(node, "axes", ()))
    return [t for t in out if t and t.strip()]
