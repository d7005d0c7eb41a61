"""NernstExplorer: E against the concentration ratio, for a valence and a temperature."""

import math

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._ion_slider_panel import IonSliderPanel
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_controls import message_box, show_message
from membrane_widgets.widgets._kit_figure import (
    PLAIN_LOG_FORMAT,
    decade_ticks,
    figure,
)
from membrane_widgets.widgets._kit_format import (
    MINUS,
    describe_error,
    fmt_celsius,
    fmt_mv,
    fmt_number,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._strings import text

__all__ = ["NernstExplorer"]

#: Default x range of the figure, as exponents of ten of [out]/[in].
RATIO_EXPONENTS = (-4, 4)
#: Points per curve.
N_POINTS = 201
#: The y axis is sized for this temperature (K) so it stays put while the slider moves.
_AXIS_TEMPERATURE = physics.celsius_to_kelvin(45.0)
_REFERENCE_GREY = "#7F7F7F"


def _fmt_z(z):
    return f"{z:+d}".replace("-", MINUS)


class NernstExplorer(ModelView, w.VBox):
    """The Nernst potential against the concentration ratio [out]/[in] on a log axis.

    The coloured curve is E(ratio) for the ion's valence and the model's
    temperature; a dashed grey curve is z = +1 at the same temperature (a
    divalent ion needs half the voltage) and a faint dotted curve is the same
    ion at 0 °C (warmer means larger). The ratio axis is labelled in plain
    numbers (0.0001 ... 10,000). A marker sits at the ion's present ratio (the
    axis spans 1e-4 to 1e4 and widens to whole decades to keep the marker in
    view). The slope per tenfold change is E(10) − E(1) from
    :func:`physics.nernst_potential`. The concentrations, valence and
    temperature are edited with an embedded :class:`IonSliderPanel` on the
    shared model.

    Parameters
    ----------
    model : MembraneModel, optional
        The shared model; a new mammalian-neuron model if omitted.
    ion : str, optional
        Which ion to show first. Default: the model's first ion.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    model : MembraneModel
        The model this explorer views and edits.
    panel : IonSliderPanel
        The concentration, valence and temperature controls.
    ion_select, valence_select, temperature_slider, c_in_slider, c_out_slider
        The panel's controls (the same widget objects).
    curve, reference_curve, cold_curve : bqplot.Lines
        E(ratio) for the ion (mV); for z = +1 at the same temperature; for the
        ion at 0 °C.
    marker : bqplot.Scatter
        The ion's present ratio and Nernst potential.
    ratios : numpy.ndarray
        The x values of the curves, [out]/[in] (unitless).
    readout : ipywidgets.HTML
        E now, the slope per tenfold change, and what the reference curves show.
    slope : float
        The slope for the present valence and temperature, mV per tenfold change.
    message : ipywidgets.HTML
        Inline messages (hidden when empty).
    figure : bqplot.Figure
        The plot.
    description : LiveDescription
        What the plot shows now: E at the present ratio and the slope.
    """

    def __init__(self, model=None, ion=None, **kwargs):
        self.panel = IonSliderPanel(model, ion)
        self.model = self.panel.model
        self.ion_select = self.panel.ion_select
        self.valence_select = self.panel.valence_select
        self.temperature_slider = self.panel.temperature_slider
        self.c_in_slider = self.panel.c_in_slider
        self.c_out_slider = self.panel.c_out_slider
        self.readout = w.HTML(layout=w.Layout(width="420px"))
        self.message = message_box()
        self.slope = math.nan
        self._slope_text = ""
        self._exponents = self._ion_key = self._temperature = None
        self._t_text = ""
        self.ratios = np.logspace(*RATIO_EXPONENTS, N_POINTS)

        self._x_scale = bq.LogScale(min=10.0 ** RATIO_EXPONENTS[0],
                                    max=10.0 ** RATIO_EXPONENTS[1])
        self._y_scale = bq.LinearScale()
        scales = {"x": self._x_scale, "y": self._y_scale}
        flat = np.zeros(N_POINTS)
        self.cold_curve = bq.Lines(x=self.ratios, y=flat, scales=scales, opacities=[0.5],
                                   line_style="dotted", stroke_width=2, labels=[""],
                                   display_legend=True)
        self.reference_curve = bq.Lines(x=self.ratios, y=flat, scales=scales,
                                        colors=[_REFERENCE_GREY], line_style="dashed",
                                        stroke_width=2, labels=[""], display_legend=True)
        self.curve = bq.Lines(x=self.ratios, y=flat, scales=scales, stroke_width=3,
                              labels=[""], display_legend=True)
        self.marker = bq.Scatter(x=[1.0], y=[0.0], scales=scales, default_size=120,
                                 stroke="black")
        self._x_axis = bq.Axis(scale=self._x_scale, label=text("nernst_explorer.axis.ratio"),
                               tick_values=decade_ticks(*RATIO_EXPONENTS),
                               tick_format=PLAIN_LOG_FORMAT, grid_lines="dashed")
        # the axis reaches half as far again above the curves: the legend's band at the top
        # stays free of them, for cations and anions alike
        self.figure = figure(
            [self.cold_curve, self.reference_curve, self.curve, self.marker],
            [self._x_axis,
             bq.Axis(scale=self._y_scale, side="left", label=text("nernst_explorer.axis.e"),
                     grid_lines="dashed")],
            title=text("chart.nernst.title"), width=560, height=360, legend_location="top-left",
        )
        self.description = LiveDescription(self.figure, width="560px")
        super().__init__(
            [self.panel, w.HBox([w.VBox([self.figure, self.description]),
                                 w.VBox([self.readout, self.message])])],
            **kwargs,
        )
        self.watch(self.model, self._redraw, "revision")
        self.ion_select.observe(self._redraw, names="value")
        self._redraw()
        accessible_root(self)  # names, values and keys in the page

    @property
    def ion(self):
        """The :class:`IonState` currently shown."""
        return self.panel.ion

    def _redraw(self, change=None):
        ion = self.ion
        z, temperature = ion.valence, self.model.temperature
        ratio = ion.c_out / ion.c_in
        try:
            self._update_curves(ion.name, z, temperature, ratio)
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        show_message(self.message, "")
        e = self.model.reversal[ion.name]
        with self.marker.hold_sync():
            if ratio != self.marker.x[0]:
                self.marker.x = np.array([ratio])
            self.marker.y = np.array([e])
        self.readout.value = text(
            "nernst_explorer.readout.e", ion=ion_label(ion.name), value=fmt_signed_mv(e),
            ratio=fmt_number(ratio), z=_fmt_z(z), t=self._t_text,
        ) + "<br>" + self._slope_text
        words = (ion_label(ion.name), fmt_number(ratio), fmt_signed_mv(e),
                 fmt_mv(abs(self.slope)), self.slope < 0)
        self.description.say(words, lambda: text(
            "chart.nernst.falls" if words[4] else "chart.nernst.rises", ion=words[0],
            ratio=words[1], e=words[2], slope=words[3]))

    def _update_curves(self, name, z, temperature, ratio):
        """Recompute only the curves whose inputs (ion, valence, temperature, range) changed."""
        exponents = self._exponents_for(ratio)
        new_range = exponents != self._exponents
        new_ion = (name, z) != self._ion_key
        new_t = temperature != self._temperature
        if not (new_range or new_ion or new_t):
            return
        ratios = np.logspace(*exponents, N_POINTS) if new_range else self.ratios
        # One call: rows are z at T, +1 at T and z at 0 °C; the columns are the curve's
        # ratios, then 10 and 1, whose difference is the slope per tenfold change.
        e = physics.nernst_potential(
            np.concatenate([ratios, [10.0, 1.0]]), 1.0, np.array([[z], [1], [z]]),
            np.array([[temperature], [temperature], [physics.ZERO_CELSIUS]]),
        )
        slopes = (e[:, -2] - e[:, -1]).tolist()
        e = e[:, :-2]
        if new_range:
            y_max = 50.0 * math.ceil(abs(float(physics.nernst_potential(
                10.0 ** max(-exponents[0], exponents[1]), 1.0, 1,
                max(temperature, _AXIS_TEMPERATURE)))) / 50.0)
            with self._x_scale.hold_sync():
                self._x_scale.min, self._x_scale.max = 10.0 ** exponents[0], 10.0 ** exponents[1]
            self._x_axis.tick_values = decade_ticks(*exponents)
            with self._y_scale.hold_sync():
                self._y_scale.min, self._y_scale.max = -y_max, 1.5 * y_max
        if new_t:
            self._t_text = fmt_celsius(physics.kelvin_to_celsius(temperature))
        t = self._t_text
        colour = physics.get_ion(name).colour
        with self.curve.hold_sync():
            if new_range:
                self.curve.x = ratios
            self.curve.y = e[0]
            self.curve.labels = [text("nernst_explorer.curve", ion=ion_label(name), z=_fmt_z(z),
                                      t=t)]
            self.curve.colors = [colour]
        if new_range or new_t:
            with self.reference_curve.hold_sync():
                if new_range:
                    self.reference_curve.x = ratios
                self.reference_curve.y = e[1]
                self.reference_curve.labels = [text("nernst_explorer.curve.reference", t=t)]
        if new_range or new_ion:
            with self.cold_curve.hold_sync():
                if new_range:
                    self.cold_curve.x = ratios
                self.cold_curve.y = e[2]
                self.cold_curve.labels = [text("nernst_explorer.curve.cold", z=_fmt_z(z))]
                self.cold_curve.colors = [colour]
            with self.marker.hold_sync():
                self.marker.colors = [colour]
        self.ratios, self._exponents = ratios, exponents
        self._ion_key, self._temperature = (name, z), temperature
        self.slope = slopes[0]
        self._slope_text = self._explain(z, *slopes, t)

    @staticmethod
    def _exponents_for(ratio):
        lo, hi = RATIO_EXPONENTS
        if ratio > 0 and math.isfinite(ratio):
            e = math.log10(ratio)
            lo, hi = min(lo, math.floor(e)), max(hi, math.ceil(e))
        return lo, hi

    @staticmethod
    def _explain(z, slope, ref, cold, t):
        lines = [text("nernst_explorer.readout.slope", slope=fmt_signed_mv(slope))]
        lines.append(text("nernst_explorer.explain.reference", ref=fmt_signed_mv(ref)))
        n = abs(z)
        if z == 1:
            lines.append(text("nernst_explorer.explain.same"))
        elif n == 2:
            lines.append(text("nernst_explorer.explain.divalent", slope=fmt_signed_mv(slope)))
        elif n > 2:
            lines.append(text("nernst_explorer.explain.multivalent", slope=fmt_signed_mv(slope),
                              z=_fmt_z(z), n=n))
        if z < 0:
            lines.append(text("nernst_explorer.explain.anion"))
        lines.append(text("nernst_explorer.explain.temperature", cold=fmt_signed_mv(cold), t=t,
                          slope=fmt_signed_mv(slope)))
        return "<br>".join(lines)
