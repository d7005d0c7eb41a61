"""The kit's figures: every bqplot Figure of the widgets is made here, and its voltage axes.

:func:`figure` gives every figure its title, margins (one of a few named kinds),
size, layout and animation (its text alternative is a
:class:`~membrane_widgets.widgets._live_description.LiveDescription`); the
voltage-axis helpers keep a voltage axis round, wide enough for every potential
shown, and never recreated; the log-axis helpers fit whole decades to the data and
label them in plain numbers; :func:`spread`, :func:`line_labels` and
:func:`end_labels` keep labels apart.
"""

import math
import numbers
import re
import types

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets.widgets._kit_format import text_colour
from membrane_widgets.widgets._strings import text

__all__ = ["MARGINS", "figure", "plot_width", "plot_height", "VOLTAGE_RANGE", "LABEL_MARGIN_MV",
           "voltage_limits", "voltage_ticks", "set_axis_limits", "voltage_axis",
           "TITLE_PX", "LINE_STYLES", "line_style", "PLAIN_LOG_FORMAT",
           "decade_limits", "decade_ticks", "spread", "text_px", "line_labels", "nice_limits",
           "worded_ticks", "PLAIN_VALUE_FORMAT", "LABEL_HEIGHT_PX", "end_labels",
           "end_label_heights", "place_end_labels"]

#: Figure margins (px) by kind of figure.
MARGINS = types.MappingProxyType({
    # x and y axes with labels and numbers (a y tick label such as "−150" and its label)
    "plot": types.MappingProxyType({"top": 15, "bottom": 45, "left": 65, "right": 15}),
    # bars on a category axis and a labelled value axis; room above the bars for their labels
    "bars": types.MappingProxyType({"top": 20, "bottom": 40, "left": 70, "right": 10}),
    # one horizontal axis whose lines are labelled at their right-hand ends
    "axis": types.MappingProxyType({"top": 10, "bottom": 45, "left": 25, "right": 45}),
    # no axes (a picture)
    "bare": types.MappingProxyType({"top": 5, "bottom": 5, "left": 5, "right": 5}),
    # x and y axes, and room on the right for the labels at the curves' ends
    "labelled": types.MappingProxyType({"top": 15, "bottom": 45, "left": 65, "right": 55}),
    # bars on a log axis whose ticks are written in words ("100 million")
    "worded": types.MappingProxyType({"top": 20, "bottom": 40, "left": 105, "right": 10}),
})

#: Height (px) of a figure's title: added above its top margin (and to its height).
TITLE_PX = 26
#: The look of a title: smaller than bqplot's "large", so that it fits a narrow figure.
_TITLE_STYLE = types.MappingProxyType({"font-size": "15px", "font-weight": "bold"})

#: Dash patterns of bqplot lines, in the order ions take them (K⁺, Na⁺, Cl⁻, Ca²⁺, ...):
#: curves stay apart without colour (deuteranopia, tritanopia, a grey printout).
LINE_STYLES = ("solid", "dashed", "dotted", "dash_dotted")


def line_style(index):
    """Return the dash pattern of the `index`-th ion of a chart (cycling through LINE_STYLES)."""
    return LINE_STYLES[index % len(LINE_STYLES)]

#: Smallest voltage range any voltage axis shows, mV.
VOLTAGE_RANGE = (-150.0, 150.0)
#: Room (mV) kept right of the outermost potential for a line's label when the axis widens.
LABEL_MARGIN_MV = 40.0


def figure(marks, axes=(), *, title, width, height, margin="plot", legend_location=None):
    """Return a Figure built once, with its title, the kit's margins, size and no animation.

    Parameters
    ----------
    marks : list of bqplot.Mark
        Its marks, drawn in this order.
    axes : list of bqplot.Axis, optional
        Its axes.
    title : str
        What the figure shows, in the widgets' language: drawn above it, and its
        name for screen readers (with its LiveDescription).
    width, height : int
        Size without the title, px (the title adds :data:`TITLE_PX` on top).
    margin : {"plot", "bars", "axis", "bare", "labelled", "worded"}, optional
        The kind of figure (see :data:`MARGINS`). Default ``"plot"``.
    legend_location : str, optional
        Where the legend goes (bqplot's names, e.g. ``"top-left"``).

    Returns
    -------
    bqplot.Figure

    Examples
    --------
    >>> f = figure([], title="Votes", width=300, height=200, margin="bare")
    >>> f.title, f.fig_margin["top"], f.layout.height, f.animation_duration
    ('Votes', 31, '226px', 0)
    """
    options = {}
    if legend_location is not None:
        options["legend_location"] = legend_location
    fig_margin = dict(MARGINS[margin])
    fig_margin["top"] += TITLE_PX
    return bq.Figure(marks=list(marks), axes=list(axes), title=title,
                     title_style=dict(_TITLE_STYLE), animation_duration=0, fig_margin=fig_margin,
                     layout=w.Layout(width=f"{width}px", height=f"{height + TITLE_PX}px"),
                     **options)


def plot_width(fig):
    """Return the width of `fig`'s plot area (inside its margins), px."""
    margin = fig.fig_margin
    return float(fig.layout.width.removesuffix("px")) - margin["left"] - margin["right"]


def plot_height(fig):
    """Return the height of `fig`'s plot area (inside its margins and title), px."""
    margin = fig.fig_margin
    return float(fig.layout.height.removesuffix("px")) - margin["top"] - margin["bottom"]


def voltage_limits(values, base=VOLTAGE_RANGE, step=50.0, margin=10.0):
    """Return axis limits (mV) that hold `base` and every value with a margin.

    Parameters
    ----------
    values : iterable of float
        Potentials that must be visible, mV (values that are not finite are
        left out).
    base : tuple of float, optional
        The smallest range shown, mV. Default (-150, 150).
    step : float, optional
        Widened limits are rounded outwards to a multiple of this, mV.
    margin : float, optional
        Space kept beyond the outermost value, mV.

    Returns
    -------
    tuple of float
        ``(lo, hi)``, mV.

    Examples
    --------
    >>> voltage_limits([-89.0, 60.0])
    (-150.0, 150.0)
    >>> voltage_limits([-180.0])
    (-200.0, 150.0)
    """
    values = [v for v in values if math.isfinite(v)]  # a view never fails on a bad value
    if not values:
        return float(base[0]), float(base[1])
    lo = min(base[0], math.floor((min(values) - margin) / step) * step)
    hi = max(base[1], math.ceil((max(values) + margin) / step) * step)
    return float(lo), float(hi)


def voltage_ticks(lo, hi):
    """Return round tick positions (mV) for a voltage axis from `lo` to `hi`.

    Parameters
    ----------
    lo, hi : float
        The axis limits, mV.

    Returns
    -------
    numpy.ndarray
        Multiples of 50 mV (100, 200, ... on a wide axis), at most about 8.
    """
    step = 50.0
    while (hi - lo) / step > 8:
        step *= 2
    return np.arange(math.ceil(lo / step), math.floor(hi / step) + 1) * step


def voltage_axis(limits=VOLTAGE_RANGE, **kwargs):
    """Return a horizontal voltage axis (mV) on a new linear scale, with round ticks.

    Parameters
    ----------
    limits : tuple of float, optional
        ``(lo, hi)``, mV. Default (-150, 150).
    **kwargs
        Passed to :class:`bqplot.Axis`.

    Returns
    -------
    bqplot.Axis
        Its scale is ``axis.scale``; change its limits with :func:`set_axis_limits`.
    """
    lo, hi = limits
    return bq.Axis(scale=bq.LinearScale(min=lo, max=hi), label=text("axis.voltage"),
                   tick_values=voltage_ticks(lo, hi), **kwargs)


def set_axis_limits(axis, lo, hi):
    """Set the limits of `axis`'s scale and its round ticks, only if they changed.

    Parameters
    ----------
    axis : bqplot.Axis
        A voltage axis (neither it nor its scale is ever recreated).
    lo, hi : float
        The new limits, mV.
    """
    scale = axis.scale
    if scale.min != lo or scale.max != hi:
        with scale.hold_sync():
            scale.min, scale.max = lo, hi
        axis.tick_values = voltage_ticks(lo, hi)


# --- log axes in plain numbers ----------------------------------------------------------------

#: d3 format of a log axis's ticks and of values on log bars: plain numbers
#: (0.001, 1, 100, 1,000), never "1e+3".
PLAIN_LOG_FORMAT = ",~g"
#: d3 format of a value written on a log bar: four significant figures, plain.
PLAIN_VALUE_FORMAT = ",.4~g"


def decade_limits(values, current=None, *, below=1.0, headroom=0.5):
    """Return whole-decade limits (exponents of 10) of a log axis that shows every value.

    The axis reaches `below` decades under the smallest value (so its bar has a
    height) and at least `headroom` decades above the largest (room for the
    value written above it). The `current` limits are kept while they still
    show every value that way and waste at most 1.5 decades at either end, so
    the axis does not jump at every small move.

    Parameters
    ----------
    values : iterable of float
        Positive values to show (others are left out).
    current : tuple of int, optional
        The axis's present limits, exponents of 10.
    below, headroom : float, optional
        Decades kept under the smallest and over the largest value.

    Returns
    -------
    tuple of int
        ``(lo, hi)``: the axis spans 10**lo .. 10**hi.

    Examples
    --------
    >>> decade_limits([140.0, 5.0])
    (-1, 3)
    >>> decade_limits([140.0, 10.0], current=(-1, 3))
    (-1, 3)
    >>> decade_limits([140.0, 1e-4], current=(-1, 3))
    (-5, 3)
    """
    logs = [math.log10(v) for v in values if v > 0 and math.isfinite(v)]
    if not logs:
        return current if current is not None else (0, 1)
    low, high = min(logs), max(logs)
    if current is not None:
        lo, hi = current
        if lo <= low - below and hi >= high + headroom and low - lo <= below + 1.5 \
                and hi - high <= headroom + 1.5:
            return current
    return math.floor(low - below), math.ceil(high + headroom)


def decade_ticks(lo, hi):
    """Return tick values at whole decades from 10**lo to 10**hi (every other one beyond 7)."""
    step = 1 if hi - lo <= 7 else 2
    return 10.0 ** np.arange(lo, hi + 1, step)


def nice_limits(lo, hi, steps=5):
    """Return round limits around lo..hi: multiples of a 1-2-5 step (about `steps` of them).

    Examples
    --------
    >>> nice_limits(-13.2, 41.0)
    (-20.0, 60.0)
    """
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return float(lo) - 1.0, float(hi) + 1.0
    raw = (hi - lo) / steps
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step


# --- labels that keep apart ------------------------------------------------------------------

#: Estimated widths of a character of the figures' 11 px label font, px: Latin, CJK.
_LATIN_PX, _CJK_PX = 7.0, 12.0
#: Height of a label line, px.
LABEL_HEIGHT_PX = 14.0


def text_px(label):
    """Return the estimated width (px) of `label` in the figures' label font (a little over)."""
    return sum(_CJK_PX if ord(c) >= 0x2E80 else _LATIN_PX for c in label)


def spread(centres, widths, *, pad=4.0, lo=-math.inf, hi=math.inf):
    """Move labels along one line as little as possible so that none overlaps another.

    Each label is an interval of its `width` around its centre; the result keeps
    their order, leaves at least `pad` between neighbours, moves them as little as
    possible (least squares) and keeps them within lo..hi when they fit.

    Parameters
    ----------
    centres : sequence of float
        Where each label would like to be (px).
    widths : sequence of float or float
        Their sizes along the line (px).
    pad : float, optional
        Space between neighbours, px.
    lo, hi : float, optional
        The room the labels have, px.

    Returns
    -------
    list of float
        The new centres, in the order given.

    Examples
    --------
    >>> spread([10.0, 12.0], 10.0, pad=0.0)
    [6.0, 16.0]
    >>> spread([0.0, 50.0], 10.0)
    [0.0, 50.0]
    """
    n = len(centres)
    if n == 0:
        return []
    if isinstance(widths, numbers.Real):  # one width for all (np.ndim of a list costs more)
        widths = [float(widths)] * n
    order = sorted(range(n), key=lambda i: (centres[i], i))
    size = [float(widths[i]) for i in order]
    # offset of the k-th label from the first when all are packed
    offset = [0.0]
    for k in range(1, n):
        offset.append(offset[-1] + 0.5 * (size[k - 1] + size[k]) + pad)
    # the packed positions minus their offsets must not decrease: pool adjacent violators
    blocks = []
    for k, i in enumerate(order):
        blocks.append([float(centres[i]) - offset[k], 1])
        while len(blocks) > 1 and blocks[-2][0] * blocks[-1][1] > blocks[-1][0] * blocks[-2][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    fit = [total / count for total, count in blocks for _ in range(count)]
    first, last = lo + 0.5 * size[0], hi - offset[-1] - 0.5 * size[-1]
    out = [0.0] * n
    for k, i in enumerate(order):
        out[i] = max(min(fit[k], last), first) + offset[k]
    return out


def line_labels(xs, labels, *, x_lo, x_hi, width_px, top=0.72, row=0.9, base=0.0,
                widths=None):
    """Vertical lines with their labels in one row above them, joined by short leaders.

    Each line rises from `base` to `top` (on a 0..1 height scale) at its x, then
    a leader slants to its label in the row at height `row`. The labels are
    spread along the row so that none overlaps another (their order is that of
    the lines, so leaders never cross), and they sit above every line.

    Parameters
    ----------
    xs : sequence of float
        The lines' positions, in the axis's units (e.g. mV).
    labels : sequence of str
        Their labels ("" for none).
    x_lo, x_hi : float
        The axis's limits, in its units.
    width_px : float
        The plot area's width, px.
    top, row, base : float, optional
        Heights (0..1) of the lines' tops, of the label row and of their feet.
    widths : sequence of float, optional
        The labels' widths, px, if known (default: :func:`text_px` of each).

    Returns
    -------
    x, y : numpy.ndarray
        Shape (n, 3): bqplot Lines points of each line (foot, top, label
        anchor); a Lines label is drawn 3 px right of its last point.
    boxes : list of tuple
        Each label's (left, right) extent along the row, px from the plot's
        left edge (empty labels: a zero-width box at the line).
    """
    span = (x_hi - x_lo) or 1.0
    to_px = width_px / span
    centres = [(x - x_lo) * to_px for x in xs]
    if widths is None:
        widths = [text_px(label) for label in labels]
    placed = spread(centres, widths, pad=6.0, lo=0.0, hi=width_px)
    boxes = [(c - 0.5 * wd, c + 0.5 * wd) for c, wd in zip(placed, widths, strict=True)]
    # the label's text starts 3 px right of the anchor
    anchors = [x_lo + (left - 3.0) / to_px for left, _ in boxes]
    x = np.array([[x0, x0, a] for x0, a in zip(xs, anchors, strict=True)], dtype=float)
    y = np.array([(base, top, row)] * len(xs), dtype=float)
    return x, y, boxes


def _js_number(value):
    """Write `value` as JavaScript's String(value) does (the key bqplot looks a tick up by)."""
    if float(value).is_integer() and abs(value) < 1e21:
        return str(int(value))
    return re.sub(r"e([+-])0*(\d)", r"e\1\2", repr(float(value)))


def worded_ticks(values, words):
    """Return an Axis's ``tick_values`` and ``tick_labels`` that write each tick in words.

    Parameters
    ----------
    values : sequence of float
        The ticks, e.g. whole decades of a log axis of counts.
    words : callable
        Writes one tick, e.g. :func:`fmt_count` ("1 million"; in Chinese "100 万").

    Returns
    -------
    tick_values : numpy.ndarray
    tick_labels : dict
        bqplot's map from a tick (as JavaScript writes the number) to its label.

    Examples
    --------
    >>> worded_ticks([100.0, 1e6], lambda v: f"{v:g}")[1]
    {'100': '100', '1000000': '1e+06'}
    """
    values = np.asarray(values, dtype=float)
    return values, {_js_number(v): words(float(v)) for v in values}


def end_labels(texts, colours, scales):
    """Return a Label mark that names curves at their right-hand ends (instead of a legend).

    Place it with :func:`end_label_heights`; it needs a figure margin with room on
    the right (``margin="labelled"``). The text is in the darker shade of each
    colour (>= 4.5:1 on white).

    Parameters
    ----------
    texts : list of str
        The curves' names.
    colours : list of str
        The curves' colours.
    scales : dict
        The curves' x and y scales.

    Returns
    -------
    bqplot.Label
    """
    n = len(texts)
    return bq.Label(x=np.zeros(n), y=np.zeros(n), text=list(texts),
                    colors=[text_colour(c) for c in colours], x_offset=6, y_offset=4,
                    default_size=12.0, font_weight="bold", align="start", scales=scales,
                    apply_clip=False, enable_hover=False)


def end_label_heights(ends, y_lo, y_hi, height_px):
    """Return heights (axis units) for labels at curves' ends, one label height apart at least.

    Parameters
    ----------
    ends : sequence of float
        Where the curves end, in the y axis's units.
    y_lo, y_hi : float
        The y axis's limits.
    height_px : float
        The plot area's height, px.

    Returns
    -------
    numpy.ndarray
        One height per label, each as near its curve's end as the others allow.
    """
    to_px = height_px / ((y_hi - y_lo) or 1.0)
    placed = spread([(float(y) - y_lo) * to_px for y in ends], LABEL_HEIGHT_PX, pad=1.0,
                    lo=0.0, hi=height_px)
    return np.array([y_lo + c / to_px for c in placed])


def place_end_labels(labels, fig, x, ends, texts=None):
    """Put each label of `labels` (from :func:`end_labels`) at its curve's end, none over another.

    Sends nothing when the labels are where they are already.

    Parameters
    ----------
    labels : bqplot.Label
        The labels, one per curve.
    fig : bqplot.Figure
        Their figure (its plot height sets how far apart they must be).
    x : float
        Where the curves end, in the x axis's units.
    ends : sequence of float or None
        Each curve's last y value (axis units); None for a curve not drawn, whose
        label goes to the top of the axis (give it an empty text).
    texts : list of str, optional
        New texts for the labels.
    """
    scale = labels.scales["y"]
    drawn = [i for i, end in enumerate(ends) if end is not None]
    y = np.full(len(ends), float(scale.max))
    y[drawn] = end_label_heights([ends[i] for i in drawn], scale.min, scale.max,
                                 plot_height(fig))
    xs = np.full(len(ends), float(x))
    same_texts = texts is None or list(labels.text) == list(texts)
    if same_texts and np.array_equal(labels.y, y) and np.array_equal(labels.x, xs):
        return
    with labels.hold_sync():
        labels.x, labels.y = xs, y
        if texts is not None:
            labels.text = list(texts)
