"""GHKWeightBars: each ion's vote in V_m, and V_m as the weighted mean of the E_i."""

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets.widgets._controls import (
    PERM_EXPONENTS,
    ModelView,
    bind_log_slider,
    ion_label,
    log_slider,
    message_box,
    show_message,
)
from membrane_widgets.widgets._format import fmt_mv, fmt_number, fmt_signed_mv
from membrane_widgets.widgets._gauge import (
    HTML_BLOCK,
    LABEL_MARGIN_MV,
    VOLTAGE_RANGE,
    set_axis_limits,
    voltage_limits,
    voltage_ticks,
)
from membrane_widgets.widgets._model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["GHKWeightBars"]

_CLAMP_GREY = "#777777"


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
        (n_ions + 1, 2). Their tops are staggered so close labels stay apart.
    clamp_line : bqplot.Lines
        Dashed grey line at the clamped V_m ("Vₘ (clamp)"), visible only while
        clamped.
    readout : ipywidgets.HTML
        V_m as the weighted mean, e.g.
        "V_m = 0.802×(−89.1 mV) + 0.099×(+60.6 mV) + 0.099×(−64.1 mV) = −71.7 mV".
    message : ipywidgets.HTML
        Inline messages (hidden when empty).
    bar_figure, voltage_figure : bqplot.Figure
        The two figures, built once.

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
                                    readout=False)
                value = w.HTML(layout=w.Layout(min_width="4em"))
                bind_log_slider(slider, self.model.ion(name), "permeability", PERM_EXPONENTS,
                                label=value, fmt=fmt_number)
                self.values[name] = value
                note = w.HTML(f"<i>{text('readout.impermeant')}</i>",
                              layout=w.Layout(display="none"))
                self.sliders[name] = slider
                self.impermeant_labels[name] = note
                rows.append(w.HBox([slider, value, note]))
        self._impermeant_shown = dict.fromkeys(self.impermeant_labels, False)

        x_scale = bq.OrdinalScale()
        y_scale = bq.LinearScale(min=0.0, max=1.0)
        self.bars = bq.Bars(
            x=np.array(labels), y=np.zeros(n), scales={"x": x_scale, "y": y_scale},
            colors=self._colours, color_mode="group", padding=0.3,
            label_display=True, label_display_format=".2f",
        )
        self.bar_figure = bq.Figure(
            marks=[self.bars],
            axes=[bq.Axis(scale=x_scale, label=text("axis.ion")),
                  bq.Axis(scale=y_scale, side="left", label=text("axis.vote"),
                          tick_values=np.linspace(0.0, 1.0, 6), tick_format=".1f")],
            animation_duration=0,
            fig_margin={"top": 20, "bottom": 40, "left": 55, "right": 10},
            layout=w.Layout(width="220px", height="230px"),
        )

        self.voltage_scale = bq.LinearScale(min=VOLTAGE_RANGE[0], max=VOLTAGE_RANGE[1])
        self.voltage_axis = bq.Axis(scale=self.voltage_scale, label=text("axis.voltage"),
                                    tick_values=voltage_ticks(*VOLTAGE_RANGE))
        level = bq.LinearScale(min=0.0, max=1.0)
        scales = {"x": self.voltage_scale, "y": level}
        # each line's label sits at its top end: staggered tops keep close labels apart
        tops = [0.93 - 0.11 * (i % 4) for i in range(n)] + [0.42]
        self.potential_lines = bq.Lines(
            x=np.zeros((n + 1, 2)), y=np.array([[0.0, top] for top in tops]),
            colors=[*self._colours, "black"], labels=[*labels, text("label.vm")],
            labels_visibility="label", stroke_width=3.0, scales=scales,
        )
        self.clamp_line = bq.Lines(
            x=np.zeros(2), y=np.array([0.0, 0.3]), colors=[_CLAMP_GREY], line_style="dashed",
            labels=[text("label.vm_clamp")], labels_visibility="label",
            stroke_width=2.0, visible=False, scales=scales,
        )
        self.voltage_figure = bq.Figure(
            marks=[self.potential_lines, self.clamp_line],
            axes=[self.voltage_axis],
            animation_duration=0,
            fig_margin={"top": 10, "bottom": 45, "left": 20, "right": 45},
            layout=w.Layout(width="340px", height="230px"),
        )

        self.readout = w.HTML()
        self.message = message_box()
        caption_key = "caption.weight_bars" if show_sliders else "caption.weight_bars.no_sliders"
        caption = w.HTML(f"{HTML_BLOCK}<small>{text(caption_key)}</small></div>")
        super().__init__(
            [w.HBox([self.bar_figure, self.voltage_figure]), caption, *rows,
             self.readout, self.message],
            **kwargs,
        )
        self._clamp_shown = None
        self.watch(self.model, self._redraw, "revision")
        self._redraw()

    def _redraw(self, change=None):
        model = self.model
        self._show_impermeant()
        show_message(self.message, model.message)
        if model.message:
            return  # no valid votes: keep the last bars on screen
        names = self._names
        weights = [model.weights[n] for n in names]
        reversal = [model.reversal[n] for n in names]
        vm_ghk = model.vm_ghk
        clamped = model.vm_mode == "clamp"
        shown = [*reversal, vm_ghk]
        if clamped:
            shown.append(model.vm_clamp)
        set_axis_limits(self.voltage_axis, *voltage_limits(shown, margin=LABEL_MARGIN_MV))

        with self.bars.hold_sync():
            self.bars.y = np.array(weights)
        positions = np.array([*reversal, vm_ghk])
        with self.potential_lines.hold_sync():
            self.potential_lines.x = np.repeat(positions, 2).reshape(-1, 2)
        self._draw_clamp(clamped)

        terms = " + ".join(
            f'<span style="color:{c}">{text("readout.weight_term", weight=wt, e=fmt_signed_mv(e))}'
            "</span>"
            for wt, e, c in zip(weights, reversal, self._colours, strict=True)
        )
        if clamped:
            value = (text("readout.weighted_mean_ghk", terms=terms, value=fmt_mv(vm_ghk)) + "<br>"
                     + text("readout.clamped", value=fmt_mv(model.vm_clamp)))
        else:
            value = text("readout.weighted_mean", terms=terms, value=fmt_mv(vm_ghk))
        self.readout.value = f"{HTML_BLOCK}{value}</div>"

    def _draw_clamp(self, clamped):
        vm = self.model.vm_clamp
        state = (clamped, vm if clamped else None)
        if state == self._clamp_shown:
            return
        self._clamp_shown = state
        with self.clamp_line.hold_sync():
            self.clamp_line.x = np.array([vm, vm])
            self.clamp_line.visible = clamped

    def _show_impermeant(self):
        for name, ion in zip(self._names, self.model.ions, strict=True):
            if name not in self.impermeant_labels:
                continue  # no slider for this ion (show_sliders=False)
            impermeant = ion.permeability == 0.0
            if impermeant != self._impermeant_shown[name]:
                self._impermeant_shown[name] = impermeant
                self.impermeant_labels[name].layout.display = None if impermeant else "none"
