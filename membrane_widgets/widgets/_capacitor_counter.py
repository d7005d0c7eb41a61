"""CapacitorCounter: how few ions it takes to charge the membrane to V_m."""

import math

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._controls import (
    ModelView,
    describe_error,
    ion_label,
    message_box,
    show_message,
)
from membrane_widgets.widgets._format import fmt_count, fmt_mv, fmt_number
from membrane_widgets.widgets._strings import text

__all__ = ["CapacitorCounter"]

#: The preset that supplies the ions and their default inside concentrations.
PRESET = "mammalian_neuron"
RADIUS_EXPONENTS = (0.0, 2.0)  # 1 .. 100 um
CONCENTRATION_EXPONENTS = (-1.0, 3.0)  # 0.1 .. 1000 mM
#: The bar chart's log axis, number of ions.
COUNT_RANGE = (1e2, 1e16)
_UM2_PER_CM2 = 1e8
_PL_PER_L = 1e12
_STYLE = {"description_width": "9em"}
_LAYOUT = {"width": "30em"}


class CapacitorCounter(ModelView, w.VBox):
    """Count the ions that cross to charge a spherical cell's membrane to V_m.

    The membrane is a capacitor, Q = C_m A V_m; the readouts give the number
    of ions that carry Q (:func:`physics.ions_to_charge`) and their share of
    the ions of that kind in the cell (:func:`physics.fraction_of_cell_ions`),
    as big numbers and on a log-scale bar chart.

    Parameters
    ----------
    ion : str, optional
        The ion that carries the charge, one of the mammalian-neuron preset's
        ions. Default ``"K"`` (140 mM inside).
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
        The bar chart.
    """

    def __init__(self, ion="K", **kwargs):
        preset = physics.get_preset(PRESET)
        self._c_in = {i.name: i.c_in for i in preset.ions}
        name = physics.get_ion(ion).name
        if name not in self._c_in:
            raise ValueError(f"ion {ion!r} is not one of {list(self._c_in)}")
        self.radius_slider = w.FloatLogSlider(
            value=10.0, base=10, min=RADIUS_EXPONENTS[0], max=RADIUS_EXPONENTS[1], step=0.01,
            readout_format=".3g", description=text("capacitor.control.radius"),
            style=_STYLE, layout=w.Layout(**_LAYOUT),
        )
        self.vm_slider = w.FloatSlider(
            value=-80.0, min=-150.0, max=100.0, step=1.0, readout_format=".0f",
            description=text("capacitor.control.vm"), style=_STYLE, layout=w.Layout(**_LAYOUT),
        )
        self.capacitance_slider = w.FloatSlider(
            value=1.0, min=0.5, max=2.0, step=0.05, readout_format=".2f",
            description=text("capacitor.control.capacitance"), style=_STYLE,
            layout=w.Layout(**_LAYOUT),
        )
        self.ion_select = w.Dropdown(
            options=[(ion_label(n), n) for n in self._c_in], value=name,
            description=text("capacitor.control.ion"), style=_STYLE,
        )
        self.concentration_slider = w.FloatLogSlider(
            value=self._c_in[name], base=10, min=CONCENTRATION_EXPONENTS[0],
            max=CONCENTRATION_EXPONENTS[1], step=0.01, readout_format=".3g",
            description=text("capacitor.control.concentration", ion=ion_label(name)),
            style=_STYLE, layout=w.Layout(**_LAYOUT),
        )
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
        self.figure = bq.Figure(
            marks=[self.bars],
            axes=[bq.Axis(scale=x_scale),
                  bq.Axis(scale=y_scale, side="left", label=text("capacitor.axis.count"),
                          tick_format=".0e", grid_lines="dashed")],
            animation_duration=0,
            fig_margin={"top": 10, "bottom": 30, "left": 70, "right": 10},
            layout=w.Layout(width="320px", height="380px"),
        )
        controls = w.VBox([
            self.radius_slider, self.vm_slider, self.capacitance_slider, self.ion_select,
            self.concentration_slider, self.count_readout, self.fraction_readout, self.detail,
            self.caption, self.message,
        ])
        super().__init__([w.HBox([controls, self.figure])], **kwargs)

        for slider in (self.radius_slider, self.vm_slider, self.capacitance_slider,
                       self.concentration_slider):
            slider.observe(self._redraw, names="value")
        self.ion_select.observe(self._on_ion, names="value")
        self._set_colour(name)
        self._redraw()

    @property
    def ion(self):
        """The library entry (:class:`membrane_widgets.physics.Ion`) of the chosen ion."""
        return physics.get_ion(self.ion_select.value)

    def _set_colour(self, name):
        with self.bars.hold_sync():
            self.bars.colors = [physics.get_ion(name).colour]

    def _on_ion(self, change):
        name = change["new"]
        self._set_colour(name)
        with self.concentration_slider.hold_trait_notifications():
            self.concentration_slider.description = text(
                "capacitor.control.concentration", ion=ion_label(name))
        if self.concentration_slider.value != self._c_in[name]:
            self.concentration_slider.value = self._c_in[name]  # redraws
        else:
            self._redraw()

    def _redraw(self, change=None):
        ion = self.ion
        vm, radius = self.vm_slider.value, self.radius_slider.value
        cm, c = self.capacitance_slider.value, self.concentration_slider.value
        # Two voltages in one call: V_m, and 1 mV to get the cell's content N / f at V_m = 0.
        v = np.array([vm, 1.0])
        try:
            moved = physics.ions_to_charge(v, radius, cm, ion.valence)
            fraction = physics.fraction_of_cell_ions(v, radius, c, cm, ion.valence)
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        show_message(self.message, "")
        self.ions_moved, self.fraction = float(moved[0]), float(fraction[0])
        self.cell_content = float(moved[1] / fraction[1])
        label = ion_label(ion.name)
        if self.ions_moved > 0:
            self.count_readout.value = text("capacitor.readout.ions", count=fmt_count(
                self.ions_moved), ion=label, vm=fmt_mv(vm, 0))
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
