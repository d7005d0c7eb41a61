"""CapacitorCounter: how few ions it takes to charge the membrane to V_m."""

import math
import re
import warnings

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import Binding, ModelView
from membrane_widgets.widgets._kit_controls import (
    dropdown,
    float_slider,
    log_slider,
    message_box,
    show_message,
)
from membrane_widgets.widgets._kit_figure import figure, worded_ticks
from membrane_widgets.widgets._kit_format import (
    describe_error,
    fmt_count,
    fmt_number,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["CapacitorCounter"]

#: The preset of the model made when none is given.
PRESET = "mammalian_neuron"
RADIUS_EXPONENTS = (0.0, 2.0)  # 1 .. 100 um
CONCENTRATION_EXPONENTS = (-1.0, 3.0)  # 0.1 .. 1000 mM
#: The bar chart's log axis, number of ions.
COUNT_RANGE = (1e2, 1e16)
_UM2_PER_CM2 = 1e8
_PL_PER_L = 1e12
_SIZES = {"label_width": "9em", "width": "30em"}


def _tick_words(count):
    """Write a count on the axis: "1 million", not "1.0 million"."""
    return re.sub(r"\.0(?=\D|$)", "", fmt_count(count))


class CapacitorCounter(ModelView, w.VBox):
    """Count the ions that cross to charge a spherical cell's membrane to V_m.

    The membrane is a capacitor, Q = C_m A V_m; the readouts give the number
    of ions that carry Q (:func:`physics.ions_to_charge`) and their share of
    the ions of that kind in the cell (:func:`physics.fraction_of_cell_ions`),
    as big numbers and on a log-scale bar chart.

    Parameters
    ----------
    ion : str, optional
        The ion that carries the charge, one of the model's ions. Default ``"K"``.
    model : MembraneModel, optional
        The shared model; the concentration slider is the chosen ion's inside
        concentration in it (mM). A new mammalian-neuron model (K⁺ 140 mM inside)
        if omitted.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    radius_slider : ipywidgets.FloatLogSlider
        Cell radius, µm (1-100).
    vm_slider : ipywidgets.FloatSlider
        Membrane potential, mV (−150 to +100).
    capacitance_slider : ipywidgets.FloatSlider
        Specific capacitance, µF/cm² (0.5-2).
    ion_select : ipywidgets.Dropdown
        The ion (sets the valence, the colour and the default concentration).
    concentration_slider : ipywidgets.FloatLogSlider
        The ion's concentration inside the cell, mM (0.1-1000).
    ions_moved : float
        Number of ions that cross.
    fraction : float
        Ions moved / ions of that kind in the cell (unitless).
    cell_content : float
        Number of ions of that kind in the cell.
    count_readout, fraction_readout, detail : ipywidgets.HTML
        The big numbers ("6.3 million K⁺ ions cross ...", "1.8×10⁻⁵ of the
        cell's K⁺ = 1 in 56,000") and the cell's size.
    caption : ipywidgets.HTML
        How to read the log-scale bars.
    bars : bqplot.Bars
        y: ions moved, ions in the cell (log scale).
    message : ipywidgets.HTML
        Inline messages (hidden when empty).
    figure : bqplot.Figure
        The bar chart; its log axis is written in words ("1 million").
    description : LiveDescription
        What the bars show now, in a sentence.
    """

    def __init__(self, ion="K", model=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset(PRESET)
        name = self.model.ion(ion).name
        self.radius_slider = log_slider(text("capacitor.control.radius"), 10.0, RADIUS_EXPONENTS,
                                        unit=text("unit.um"), **_SIZES)
        self.vm_slider = float_slider(text("capacitor.control.vm"), -80.0, (-150.0, 100.0), 1.0,
                                      unit=text("unit.mv"), **_SIZES)
        self.capacitance_slider = float_slider(text("capacitor.control.capacitance"), 1.0,
                                               (0.5, 2.0), 0.05, unit=text("unit.uf_per_cm2"),
                                               **_SIZES)
        self.ion_select = dropdown(text("capacitor.control.ion"),
                                   [(ion_label(n), n) for n in self.model.names], name,
                                   label_width=_SIZES["label_width"])
        self.concentration_slider = log_slider(
            text("capacitor.control.concentration", ion=ion_label(name)),
            self.model.ion(name).c_in, CONCENTRATION_EXPONENTS, unit=text("unit.mm"), **_SIZES)
        # the slider is the model's inside concentration of the chosen ion (rebound on a new ion)
        self._c_binding = Binding(self.concentration_slider, self.model.ion(name), "c_in")
        self.count_readout = w.HTML()
        self.fraction_readout = w.HTML()
        self.detail = w.HTML(layout=w.Layout(width="30em"))
        self.caption = w.HTML(text("capacitor.caption"), layout=w.Layout(width="30em"))
        self.message = message_box()
        self.ions_moved = self.fraction = self.cell_content = math.nan

        x_scale = bq.OrdinalScale()
        y_scale = bq.LogScale(min=COUNT_RANGE[0], max=COUNT_RANGE[1])
        self.bars = bq.Bars(
            x=np.array([text("capacitor.bar.moved"), text("capacitor.bar.content")]),
            y=np.array(COUNT_RANGE), scales={"x": x_scale, "y": y_scale},
            base=COUNT_RANGE[0], padding=0.3, opacities=[1.0, 0.45],
        )
        # every other decade, written in words: "1 million" (Chinese "100 万"), not "1e+6"
        ticks, words = worded_ticks(10.0 ** np.arange(math.log10(COUNT_RANGE[0]),
                                                      math.log10(COUNT_RANGE[1]) + 1, 2),
                                    _tick_words)
        self.figure = figure(
            [self.bars],
            [bq.Axis(scale=x_scale),
             bq.Axis(scale=y_scale, side="left", label=text("capacitor.axis.count"),
                     tick_values=ticks, tick_labels=words, grid_lines="dashed",
                     label_offset="90px")],
            title=text("chart.capacitor.title"), width=360, height=380, margin="worded",
        )
        self.description = LiveDescription(self.figure, width="360px")
        controls = w.VBox([
            self.radius_slider, self.vm_slider, self.capacitance_slider, self.ion_select,
            self.concentration_slider, self.count_readout, self.fraction_readout, self.detail,
            self.caption, self.message,
        ])
        super().__init__([w.HBox([controls, w.VBox([self.figure, self.description])])],
                         **kwargs)

        for slider in (self.radius_slider, self.vm_slider, self.capacitance_slider,
                       self.concentration_slider):
            slider.observe(self._redraw, names="value")
        self.ion_select.observe(self._on_ion, names="value")
        self._set_colour(name)
        self._redraw()
        accessible_root(self)  # names, values and keys in the page

    @property
    def ion(self):
        """The library entry (:class:`membrane_widgets.physics.Ion`) of the chosen ion."""
        return self.model.ion(self.ion_select.value).ion

    def _set_colour(self, name):
        with self.bars.hold_sync():
            self.bars.colors = [physics.get_ion(name).colour]

    def _on_ion(self, change):
        name = change["new"]
        self._set_colour(name)
        with self.concentration_slider.hold_trait_notifications():
            self.concentration_slider.description = text(
                "capacitor.control.concentration", ion=ion_label(name))
        self._c_binding.unlink()
        before = self.concentration_slider.value
        self._c_binding = Binding(self.concentration_slider, self.model.ion(name), "c_in")
        if self.concentration_slider.value == before:
            self._redraw()  # otherwise the new value has redrawn

    def _redraw(self, change=None):
        ion = self.ion
        vm, radius = self.vm_slider.value, self.radius_slider.value
        cm, c = self.capacitance_slider.value, self.concentration_slider.value
        # Two voltages in one call: V_m, and 1 mV to get the cell's content N / f at V_m = 0.
        v = np.array([vm, 1.0])
        try:
            moved = physics.ions_to_charge(v, radius, cm, ion.valence)
            with warnings.catch_warnings():  # more than the cell holds: the readout says so
                warnings.simplefilter("ignore", physics.ValidityRangeWarning)
                fraction = physics.fraction_of_cell_ions(v, radius, c, cm, ion.valence)
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        show_message(self.message, "")
        self.ions_moved, self.fraction = float(moved[0]), float(fraction[0])
        self.cell_content = float(physics.ions_in_cell(c, radius))
        label = ion_label(ion.name)
        if self.ions_moved > 0:
            self.count_readout.value = text("capacitor.readout.ions", count=fmt_count(
                self.ions_moved), ion=label, vm=fmt_signed_mv(vm, 0))
            if self.fraction < 1:
                self.fraction_readout.value = text(
                    "capacitor.readout.fraction", fraction=fmt_number(self.fraction, 2),
                    ion=label, one_in=fmt_count(1.0 / self.fraction))
            else:
                self.fraction_readout.value = text(
                    "capacitor.readout.fraction_over", times=fmt_number(self.fraction, 2),
                    ion=label)
        else:
            self.count_readout.value = text("capacitor.readout.no_ions")
            self.fraction_readout.value = ""
        area = float(physics.sphere_area(radius)) * _UM2_PER_CM2
        volume = float(physics.sphere_volume(radius)) * _PL_PER_L
        self.detail.value = text(
            "capacitor.readout.detail",
            radius=f"{fmt_number(radius)} {text('capacitor.unit.um')}",
            area=f"{fmt_number(area)} {text('capacitor.unit.um2')}",
            volume=f"{fmt_number(volume)} {text('capacitor.unit.pl')}",
            content=fmt_number(self.cell_content, 2), ion=label,
            count_sci=fmt_number(self.ions_moved, 2),
        )
        shown = np.clip([self.ions_moved, self.cell_content], *COUNT_RANGE)
        with self.bars.hold_sync():
            self.bars.y = shown
        words = (fmt_count(self.ions_moved), fmt_count(self.cell_content), label)
        self.description.say(words, lambda: text(
            "chart.capacitor.description" if self.ions_moved > 0 else "chart.capacitor.none",
            count=words[0], content=words[1], ion=words[2]))
