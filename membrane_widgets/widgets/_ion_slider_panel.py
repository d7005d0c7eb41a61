"""IonSliderPanel: one ion's concentrations, valence and temperature, and its Nernst potential."""

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import Binding, ModelView
from membrane_widgets.widgets._kit_controls import (
    CONC_EXPONENTS,
    dropdown,
    log_slider,
    message_box,
    show_message,
    temperature_slider,
)
from membrane_widgets.widgets._kit_figure import (
    PLAIN_LOG_FORMAT,
    PLAIN_VALUE_FORMAT,
    decade_limits,
    decade_ticks,
    figure,
)
from membrane_widgets.widgets._kit_format import (
    fmt_mm,
    fmt_number,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["IonSliderPanel"]

VALENCES = (-2, -1, 1, 2, 3)


class IonSliderPanel(ModelView, w.VBox):
    """Sliders for one ion's inside and outside concentration, its valence and the temperature.

    Shows the ion's Nernst potential live, and a picture of the two
    compartments whose bar heights (log scale) follow the concentrations: the
    axis spans whole decades fitted to them (from at least one decade below the
    smaller), labelled in plain numbers (0.1, 1, 10 mM), and each bar carries
    its value.

    Parameters
    ----------
    model : MembraneModel, optional
        The shared model; a new mammalian-neuron model if omitted.
    ion : str, optional
        Which ion to show first. Default: the model's first ion.

    Attributes
    ----------
    model : MembraneModel
        The model this panel views and edits.
    ion_select, c_in_slider, c_out_slider, valence_select, temperature_slider
        The controls (concentrations in mM on log sliders, temperature in °C).
    c_in_value, c_out_value : ipywidgets.HTML
        The model's exact concentrations beside their sliders.
    readout : ipywidgets.HTML
        The Nernst potential, e.g. "E_K = −89.1 mV", and the two concentrations.
    bars : bqplot.Bars
        The compartment picture's mark (y: concentrations inside, outside).
    figure : bqplot.Figure
        The compartment picture, titled with the ion.
    concentration_axis : bqplot.Axis
        Its log axis, mM: ticks at whole decades from ``10**decades[0]`` to
        ``10**decades[1]``.
    decades : tuple of int
        The axis's limits, exponents of 10.
    description : LiveDescription
        What the picture shows now, in a sentence.
    """

    def __init__(self, model=None, ion=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        name = self.model.ion(ion).name if ion is not None else self.model.names[0]
        self._links = []

        self.ion_select = dropdown(text("control.ion"),
                                   [(ion_label(n), n) for n in self.model.names], name,
                                   label_width="7em")
        self.c_in_slider = log_slider("", 1.0, CONC_EXPONENTS, unit=text("unit.mm"),
                                      readout=False)
        self.c_out_slider = log_slider("", 1.0, CONC_EXPONENTS, unit=text("unit.mm"),
                                       readout=False)
        # the model's exact values (a slider's own readout shows only its grid point)
        self.c_in_value = w.HTML(layout=w.Layout(min_width="7em"))
        self.c_out_value = w.HTML(layout=w.Layout(min_width="7em"))
        self.valence_select = dropdown(text("control.valence"),
                                       [(f"{z:+d}", z) for z in VALENCES], 1, label_width="7em")
        self.temperature_slider = temperature_slider(self.model)
        self.readout = w.HTML()
        self.message = message_box()

        self._x = np.array([text("word.inside"), text("word.outside")])
        self.decades = (int(CONC_EXPONENTS[0]), int(CONC_EXPONENTS[1]))
        lo, hi = self.decades
        y_scale = bq.LogScale(min=10.0 ** lo, max=10.0 ** hi)
        x_scale = bq.OrdinalScale()
        # each bar's value is written just above its top (15 px up from bqplot's place)
        self.bars = bq.Bars(
            x=self._x, y=np.ones(2), scales={"x": x_scale, "y": y_scale},
            base=10.0 ** lo, padding=0.3, opacities=[0.85, 0.45], label_display=True,
            label_display_format=PLAIN_VALUE_FORMAT, label_display_vertical_offset=-15.0,
        )
        self.concentration_axis = bq.Axis(
            scale=y_scale, side="left", label=text("axis.concentration"),
            tick_values=decade_ticks(lo, hi), tick_format=PLAIN_LOG_FORMAT, label_offset="58px")
        self.figure = figure(
            [self.bars], [bq.Axis(scale=x_scale), self.concentration_axis],
            title="", width=260, height=220, margin="bars",
        )
        self.description = LiveDescription(self.figure, width="260px")

        controls = w.VBox([self.ion_select, w.HBox([self.c_in_slider, self.c_in_value]),
                           w.HBox([self.c_out_slider, self.c_out_value]),
                           self.valence_select, self.temperature_slider,
                           self.readout, self.message])
        super().__init__([w.HBox([controls, w.VBox([self.figure, self.description])])],
                         **kwargs)

        self.ion_select.observe(self._on_ion_selected, names="value")
        self.watch(self.model, self._redraw, "revision")
        self._bind(name)
        accessible_root(self)  # names, values and keys in the page

    @property
    def ion(self):
        """The :class:`IonState` currently shown."""
        return self.model.ion(self.ion_select.value)

    def _bind(self, name):
        for link in self._links:
            link.unlink()
        ion = self.model.ion(name)
        label = ion_label(name)
        self.c_in_slider.description = text("control.c_in", ion=label)
        self.c_out_slider.description = text("control.c_out", ion=label)
        self._links = [
            Binding(self.c_in_slider, ion, "c_in", label=self.c_in_value, fmt=fmt_mm),
            Binding(self.c_out_slider, ion, "c_out", label=self.c_out_value, fmt=fmt_mm),
            Binding(self.valence_select, ion, "valence", fit=_offer_valence),
        ]
        with self.bars.hold_sync():
            self.bars.colors = [ion.ion.colour]
        self.figure.title = text("chart.concentrations.title", ion=label)
        self._redraw()

    def _on_ion_selected(self, change):
        self._bind(change["new"])

    def _redraw(self, change=None):
        ion = self.ion
        e = self.model.reversal[ion.name]
        label = ion_label(ion.name)
        nernst = text("readout.nernst", ion=label, value=fmt_signed_mv(e))
        detail = text(
            "readout.compartments", ion=label, c_in=fmt_mm(ion.c_in), c_out=fmt_mm(ion.c_out),
            ratio=fmt_number(ion.c_out / ion.c_in),
        )
        self.readout.value = f"{nernst}<br>{detail}"
        decades = decade_limits((ion.c_in, ion.c_out), current=self.decades)
        if decades != self.decades:  # a concentration left the axis: fit it again
            self.decades = lo, hi = decades
            with self.concentration_axis.scale.hold_sync():
                self.concentration_axis.scale.min = 10.0 ** lo
                self.concentration_axis.scale.max = 10.0 ** hi
            self.concentration_axis.tick_values = decade_ticks(lo, hi)
        with self.bars.hold_sync():
            self.bars.base = 10.0 ** self.decades[0]
            self.bars.y = np.array([ion.c_in, ion.c_out])
        self.description.say((label, ion.c_in, ion.c_out),
                             lambda: _describe(label, ion.c_in, ion.c_out))
        show_message(self.message, self.model.message)


def _describe(label, c_in, c_out):
    """Say how much more concentrated the ion is on one side (HTML, one sentence)."""
    fields = {"ion": label, "c_in": fmt_mm(c_in), "c_out": fmt_mm(c_out)}
    if fmt_number(c_in) == fmt_number(c_out):
        return text("chart.concentrations.equal", **fields)
    if c_in > c_out:
        return text("chart.concentrations.more_inside", factor=fmt_number(c_in / c_out, 2),
                    **fields)
    return text("chart.concentrations.more_outside", factor=fmt_number(c_out / c_in, 2),
                **fields)


def _offer_valence(menu, z):
    """Make sure `menu` offers the valence `z` (a model may hold one not in VALENCES)."""
    offered = [value for _, value in menu.options]
    if z not in offered:  # a superset of the options: the selected value stays selected
        menu.options = [(f"{v:+d}", v) for v in sorted({*VALENCES, *offered, z})]
