"""GHKWeightBars: each ion's vote in V_m, and V_m as the weighted mean of the E_i."""

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import Binding, ModelView
from membrane_widgets.widgets._kit_controls import (
    PERM_EXPONENTS,
    log_slider,
    message_box,
    show_message,
)
from membrane_widgets.widgets._kit_figure import (
    LABEL_MARGIN_MV,
    figure,
    line_labels,
    plot_width,
    set_axis_limits,
    text_px,
    voltage_axis,
    voltage_limits,
)
from membrane_widgets.widgets._kit_format import (
    HTML_BLOCK,
    fmt_number,
    fmt_signed_mv,
    ion_label,
    text_colour,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import language, text

__all__ = ["GHKWeightBars"]

_CLAMP_GREY = "#777777"
#: The votes' axis reaches a little above 1, so the value above a full bar stays inside.
_VOTE_AXIS_MAX = 1.15


class GHKWeightBars(ModelView, w.VBox):
    """The GHK vote of each ion as bars, and V_m among the Nernst potentials.

    One bar per ion (its colour, height = its GHK weight, 0..1). Beside it a
    voltage axis shows each ion's Nernst potential E_i (a line in the ion's
    colour) and V_m (black): V_m sits at the weighted mean of the E_i, which
    the readout writes out term by term. One log slider per ion sets its
    permeability (relative to K+, 1e-4..1e2), unless `show_sliders` is false.

    Parameters
    ----------
    model : MembraneModel, optional
        The shared model; a new mammalian-neuron model if omitted.
    show_sliders : bool, optional
        Show the permeability sliders (default). False for a panel that
        something else drives (e.g. :class:`ActionPotentialPlayer`): no
        sliders are made or linked to the model, and `sliders`, `values`
        and `impermeant_labels` are empty.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    model : MembraneModel
        The model this panel views and edits.
    sliders : dict
        Ion name -> :class:`ipywidgets.FloatLogSlider` of its relative
        permeability (bound to ``IonState.permeability``).
    values : dict
        Ion name -> :class:`ipywidgets.HTML` showing the model's exact
        permeability beside its slider.
    impermeant_labels : dict
        Ion name -> :class:`ipywidgets.HTML` "impermeant", shown next to the
        slider while the ion's permeability is exactly 0 (the slider then
        rests at its lowest position without changing the model).
    bars : bqplot.Bars
        The votes: ``bars.y`` holds ``model.weights`` in display order.
    voltage_axis : bqplot.Axis
        The one voltage axis of the second figure (ticks every 50 mV).
    voltage_scale : bqplot.LinearScale
        Its scale, mV: at least -150..150, widened to show every E_i and V_m.
    potential_lines : bqplot.Lines
        Vertical lines at each E_i (ion colours, labelled with the ion) and,
        last, at V_m from GHK (black, "Vₘ"); ``potential_lines.x`` has shape
        (n_ions + 1, 3): each line's foot and top (at its potential), then a
        short leader to its label in a row above all the lines, where the
        labels are spread so that none overlaps another (:func:`line_labels`).
    clamp_line : bqplot.Lines
        Dashed grey line at the clamped V_m ("Vₘ (clamp)"), visible only while
        clamped; its label joins the row.
    label_boxes : list of tuple
        The (left, right) extent (px) of each label in the row: ions, Vₘ and,
        while clamped, the clamp.
    readout : LiveDescription
        The same widget as `description`: V_m as the weighted mean, e.g.
        "V_m = 0.802×(−89.1 mV) + 0.099×(+60.6 mV) + 0.099×(−64.1 mV) = −71.7 mV"
        (its ``lead``), above the sentence (one message per move, not two).
    message : ipywidgets.HTML
        Inline messages (hidden when empty).
    bar_figure, voltage_figure : bqplot.Figure
        The two figures, built once, with their titles.
    description : LiveDescription
        What both figures show now: the largest vote and where V_m lies (the
        sentence the page announces), under the weighted mean.

    Examples
    --------
    >>> bars = GHKWeightBars()
    >>> bars.sliders["Na"].value = 1.0
    >>> bars.model.ion("Na").permeability
    1.0
    """

    def __init__(self, model=None, show_sliders=True, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        self._names = self.model.names
        self._colours = [self.model.ion(n).ion.colour for n in self._names]
        labels = [ion_label(n) for n in self._names]
        n = len(self._names)

        self.sliders = {}
        self.values = {}
        self.impermeant_labels = {}
        rows = []
        if show_sliders:
            for name, label in zip(self._names, labels, strict=True):
                slider = log_slider(text("control.permeability", ion=label), 1.0, PERM_EXPONENTS,
                                    unit="", readout=False)
                value = w.HTML(layout=w.Layout(min_width="4em"))
                Binding(slider, self.model.ion(name), "permeability", label=value,
                        fmt=fmt_number)
                self.values[name] = value
                note = w.HTML(f"<i>{text('readout.impermeant')}</i>",
                              layout=w.Layout(display="none"))
                self.sliders[name] = slider
                self.impermeant_labels[name] = note
                rows.append(w.HBox([slider, value, note]))
        self._impermeant_shown = dict.fromkeys(self.impermeant_labels, False)

        x_scale = bq.OrdinalScale()
        y_scale = bq.LinearScale(min=0.0, max=_VOTE_AXIS_MAX)
        # each vote is written just above its bar (15 px up), never on the axis
        self.bars = bq.Bars(
            x=np.array(labels), y=np.zeros(n), scales={"x": x_scale, "y": y_scale},
            colors=self._colours, color_mode="group", padding=0.3,
            label_display=True, label_display_format=".2f", label_display_vertical_offset=-15.0,
        )
        self.bar_figure = figure(
            [self.bars],
            [bq.Axis(scale=x_scale, label=text("axis.ion")),
             bq.Axis(scale=y_scale, side="left", label=text("axis.vote"),
                     tick_values=np.linspace(0.0, 1.0, 6), tick_format=".1f")],
            title=text("chart.votes.title"), width=220, height=230, margin="bars",
        )

        self.voltage_axis = voltage_axis()
        self.voltage_scale = self.voltage_axis.scale
        level = bq.LinearScale(min=0.0, max=1.0)
        scales = {"x": self.voltage_scale, "y": level}
        # each line rises to the same height; a leader joins it to its label in the row
        # above, where the labels are spread apart (line_labels): no label over a line
        self._line_texts = [*labels, text("label.vm")]
        self.label_boxes = []
        self.potential_lines = bq.Lines(
            x=np.zeros((n + 1, 3)), y=np.zeros((n + 1, 3)),
            colors=[*self._colours, "black"], labels=list(self._line_texts),
            labels_visibility="label", stroke_width=3.0, scales=scales, apply_clip=False,
        )
        self.clamp_line = bq.Lines(
            x=np.zeros(3), y=np.zeros(3), colors=[_CLAMP_GREY], line_style="dashed",
            labels=[text("label.vm_clamp")], labels_visibility="label",
            stroke_width=2.0, visible=False, scales=scales, apply_clip=False,
        )
        self.voltage_figure = figure([self.potential_lines, self.clamp_line],
                                     [self.voltage_axis], title=text("chart.potentials.title"),
                                     width=340, height=230, margin="axis")
        self.description = LiveDescription(self.bar_figure, self.voltage_figure, width="560px")

        self.readout = self.description  # the weighted mean, above the sentence
        self.message = message_box()
        caption_key = "caption.weight_bars" if show_sliders else "caption.weight_bars.no_sliders"
        caption = w.HTML(f"{HTML_BLOCK}<small>{text(caption_key)}</small></div>")
        super().__init__(
            [w.HBox([self.bar_figure, self.voltage_figure]), self.description, caption, *rows,
             self.message],
            **kwargs,
        )
        self._clamp_shown = None
        self._lines_shown = None  # the potentials and limits the lines show now
        self._label_widths = ((), [])  # the labels of the lines, and their widths (px)
        self._written = ((), [])  # the E_i, and as the description writes them
        self._terms_key = None  # the E_i (and language) of the cached readout terms
        self._reversal_names = (None, [])  # the language and the names "E(K⁺)", ... in it
        self.watch(self.model, self._redraw, "revision")
        self._redraw()
        accessible_root(self)  # names, values and keys in the page

    def _redraw(self, change=None):
        model = self.model
        if self.impermeant_labels:
            self._show_impermeant()
        show_message(self.message, model.message)
        if model.message:
            return  # no valid votes: keep the last bars on screen
        names = self._names
        weights = [model.weights[n] for n in names]
        reversal = tuple(model.reversal[n] for n in names)
        vm_ghk = model.vm_ghk
        clamped = model.vm_mode == "clamp"
        shown = [*reversal, vm_ghk]
        if clamped:
            shown.append(model.vm_clamp)
        limits = voltage_limits(shown, margin=LABEL_MARGIN_MV)
        set_axis_limits(self.voltage_axis, *limits)
        # one trait per mark, so no hold_sync: each assignment is one message already
        self.bars.y = np.array(weights)
        self._draw_lines(shown, limits, clamped)
        vm = fmt_signed_mv(vm_ghk)  # as the readout and the sentence write it
        self._describe(weights, reversal, vm_ghk, vm, clamped,
                       self._readout(weights, reversal, vm, clamped))

    def set_vm_line(self, label, colour):
        """Relabel and recolour the V_m line (a view that drives the model, e.g. to V_GHK)."""
        self._line_texts[-1] = label
        with self.potential_lines.hold_sync():
            self.potential_lines.colors = [*self.potential_lines.colors[:-1], colour]
            self.potential_lines.labels = list(self._line_texts)
        self._lines_shown = None
        self._redraw()

    def _draw_lines(self, shown, limits, clamped):
        """Put each line at its potential and its label in the row, apart from the others."""
        state = (tuple(shown), limits, clamped)
        if state == self._lines_shown:
            return
        self._lines_shown = state
        texts = tuple(self._line_texts) + ((text("label.vm_clamp"),) if clamped else ())
        if texts != self._label_widths[0]:  # measured once per set of labels
            self._label_widths = (texts, [text_px(t) for t in texts])
        x, y, self.label_boxes = line_labels(
            shown, texts, x_lo=limits[0], x_hi=limits[1], widths=self._label_widths[1],
            width_px=plot_width(self.voltage_figure))
        n = len(self._line_texts)
        if self._clamp_shown is None:  # the first drawing: the heights never change
            with self.potential_lines.hold_sync():
                self.potential_lines.y = y[:n]
                self.potential_lines.x = x[:n]
            self.clamp_line.y = y[0]
        else:
            self.potential_lines.x = x[:n]
        self._draw_clamp(clamped, x[n] if clamped else None)

    def _describe(self, weights, reversal, vm_ghk, vm, clamped, readout):
        """Say which ion has the largest vote and where V_m (written `vm`) lies among the E_i.

        The sentence goes under `readout`, in one widget.
        """
        top = max(range(len(weights)), key=weights.__getitem__)  # the first of equal votes
        weight = f"{weights[top]:.2f}"
        # the nearest Nernst potentials below and above V_m (as they are written)
        if reversal != self._written[0]:  # a permeability move leaves the E_i as they were
            self._written = (reversal, [fmt_signed_mv(e) for e in reversal])
        written = self._written[1]
        below = [(e, i) for i, e in enumerate(reversal) if written[i] != vm and e < vm_ghk]
        above = [(e, i) for i, e in enumerate(reversal) if written[i] != vm and e > vm_ghk]
        at = [i for i, e in enumerate(written) if e == vm]
        low = max(below)[1] if below else None
        high = min(above)[1] if above else None
        clamp = fmt_signed_mv(self.model.vm_clamp) if clamped else None
        self.description.say((top, weight, vm, low, high, at[:1], clamp, self._line_texts[-1]),
                             lambda: self._sentence(top, weight, vm, low, high, at, clamp),
                             lead=readout)

    def _sentence(self, top, weight, vm, low, high, at, clamp):
        ion, name = ion_label(self._names[top]), self._line_texts[-1]
        if self._reversal_names[0] != language():  # the names of the E_i, once per language
            self._reversal_names = (language(), [text("label.reversal", ion=ion_label(n))
                                                 for n in self._names])
        reversal = self._reversal_names[1]
        if at or low is None or high is None:
            index = at[0] if at else (high if low is None else low)
            sentence = text("chart.votes.at", ion=ion, weight=weight, name=name, vm=vm,
                            e=reversal[index])
        else:
            sentence = text("chart.votes.between", ion=ion, weight=weight, name=name, vm=vm,
                            low=reversal[low], high=reversal[high])
        if clamp is not None:
            sentence += text("chart.votes.clamped", value=clamp)
        return sentence

    def _readout(self, weights, reversal, vm, clamped):
        """Write V_m (written `vm`) as the weighted mean of the E_i (HTML)."""
        key = (reversal, language())
        if key != self._terms_key:  # a permeability move leaves the E_i as they were
            self._terms_key = key
            # each term's template with its E_i written in: only the weight is left to fill
            term = text("readout.weight_term")
            self._term_formats = [
                f'<span style="color:{text_colour(c)}">'
                + term.replace("{e}", fmt_signed_mv(e)) + "</span>"
                for e, c in zip(reversal, self._colours, strict=True)]
        terms = " + ".join(f.format(weight=wt)
                           for f, wt in zip(self._term_formats, weights, strict=True))
        if clamped:
            value = (text("readout.weighted_mean_ghk", terms=terms, value=vm) + "<br>"
                     + text("readout.clamped", value=fmt_signed_mv(self.model.vm_clamp)))
        else:
            value = text("readout.weighted_mean", terms=terms, value=vm)
        return f"{HTML_BLOCK}{value}</div>"

    def _draw_clamp(self, clamped, x):
        state = (clamped, None if x is None else tuple(x))
        if state == self._clamp_shown:
            return
        self._clamp_shown = state
        with self.clamp_line.hold_sync():
            if x is not None:
                self.clamp_line.x = x
            self.clamp_line.visible = clamped

    def _show_impermeant(self):
        for name, ion in zip(self._names, self.model.ions, strict=True):
            if name not in self.impermeant_labels:
                continue  # no slider for this ion (show_sliders=False)
            impermeant = ion.permeability == 0.0
            if impermeant != self._impermeant_shown[name]:
                self._impermeant_shown[name] = impermeant
                self.impermeant_labels[name].layout.display = None if impermeant else "none"
