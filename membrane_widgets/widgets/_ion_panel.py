"""IonSliderPanel: one ion's concentrations, valence and temperature, and its Nernst potential."""

import bqplot as bq
import ipywidgets as w
import numpy as np
import traitlets as t

from membrane_widgets.widgets._controls import (
    CONC_EXPONENTS,
    ModelView,
    bind_log_slider,
    ion_label,
    log_slider,
    message_box,
    show_message,
    temperature_slider,
)
from membrane_widgets.widgets._format import fmt_mm, fmt_mv, fmt_number
from membrane_widgets.widgets._model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["IonSliderPanel"]

VALENCES = (-2, -1, 1, 2, 3)


class IonSliderPanel(ModelView, w.VBox):
    """Sliders for one ion's inside and outside concentration, its valence and the temperature.

    Shows the ion's Nernst potential live, and a picture of the two
    compartments whose bar heights (log scale) follow the concentrations.

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
    """

    def __init__(self, model=None, ion=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        name = self.model.ion(ion).name if ion is not None else self.model.names[0]
        self._links = []

        self.ion_select = w.Dropdown(
            options=[(ion_label(n), n) for n in self.model.names], value=name,
            description=text("control.ion"), style={"description_width": "7em"},
        )
        self.c_in_slider = log_slider("", 1.0, readout=False)
        self.c_out_slider = log_slider("", 1.0, readout=False)
        # the model's exact values (a slider's own readout shows only its grid point)
        self.c_in_value = w.HTML(layout=w.Layout(min_width="7em"))
        self.c_out_value = w.HTML(layout=w.Layout(min_width="7em"))
        self.valence_select = w.Dropdown(
            options=[(f"{z:+d}", z) for z in VALENCES], value=1,
            description=text("control.valence"), style={"description_width": "7em"},
        )
        self.temperature_slider = temperature_slider(self.model)
        self.readout = w.HTML()
        self.message = message_box()

        self._x = np.array([text("word.inside"), text("word.outside")])
        y_scale = bq.LogScale(min=10.0 ** CONC_EXPONENTS[0], max=10.0 ** CONC_EXPONENTS[1])
        x_scale = bq.OrdinalScale()
        self.bars = bq.Bars(
            x=self._x, y=np.ones(2), scales={"x": x_scale, "y": y_scale},
            base=10.0 ** CONC_EXPONENTS[0], padding=0.3, opacities=[0.85, 0.45],
        )
        self.figure = bq.Figure(
            marks=[self.bars],
            axes=[bq.Axis(scale=x_scale),
                  bq.Axis(scale=y_scale, side="left", label=text("axis.concentration"),
                          tick_format=".0e")],
            animation_duration=0,
            fig_margin={"top": 10, "bottom": 30, "left": 60, "right": 10},
            layout=w.Layout(width="260px", height="220px"),
        )

        controls = w.VBox([self.ion_select, w.HBox([self.c_in_slider, self.c_in_value]),
                           w.HBox([self.c_out_slider, self.c_out_value]),
                           self.valence_select, self.temperature_slider,
                           self.readout, self.message])
        super().__init__([w.HBox([controls, self.figure])], **kwargs)

        self.ion_select.observe(self._on_ion_selected, names="value")
        self.watch(self.model, self._redraw, "revision")
        self._bind(name)

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
            bind_log_slider(self.c_in_slider, ion, "c_in", label=self.c_in_value, fmt=fmt_mm),
            bind_log_slider(self.c_out_slider, ion, "c_out", label=self.c_out_value, fmt=fmt_mm),
            _ValenceLink(ion, self.valence_select),
        ]
        with self.bars.hold_sync():
            self.bars.colors = [ion.ion.colour]
        self._redraw()

    def _on_ion_selected(self, change):
        self._bind(change["new"])

    def _redraw(self, change=None):
        ion = self.ion
        e = self.model.reversal[ion.name]
        label = ion_label(ion.name)
        nernst = text("readout.nernst", ion=label, value=fmt_mv(e))
        detail = text(
            "readout.compartments", ion=label, c_in=fmt_mm(ion.c_in), c_out=fmt_mm(ion.c_out),
            ratio=fmt_number(ion.c_out / ion.c_in),
        )
        self.readout.value = f"{nernst}<br>{detail}"
        with self.bars.hold_sync():
            self.bars.y = np.array([ion.c_in, ion.c_out])
        show_message(self.message, self.model.message)


def _offer_valence(dropdown, z):
    """Make sure `dropdown` offers the valence `z` (a model may hold one not in VALENCES)."""
    offered = [value for _, value in dropdown.options]
    if z not in offered:  # a superset of the options: the selected value stays selected
        dropdown.options = [(f"{v:+d}", v) for v in sorted({*VALENCES, *offered, z})]


class _ValenceLink:
    """Link an ion's valence and the valence dropdown, adding the model's valence if missing."""

    def __init__(self, ion, dropdown):
        self.ion, self.dropdown = ion, dropdown
        _offer_valence(dropdown, ion.valence)
        # observed before the link, so the option exists when the link sets the value
        ion.observe(self._offer, names="valence")
        self._link = t.link((ion, "valence"), (dropdown, "value"))
        dropdown._mw_binding = self  # unlinked when the view closes (close_view)

    def _offer(self, change):
        _offer_valence(self.dropdown, change["new"])

    def unlink(self):
        """Stop synchronising."""
        self.ion.unobserve(self._offer, names="valence")
        self._link.unlink()
