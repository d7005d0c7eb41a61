"""GHKExplorer: ion sliders, GHK votes, driving-force gauge and GHK I-V curves on one model."""

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._driving_force_gauge import DrivingForceGauge
from membrane_widgets.widgets._ghk_weight_bars import GHKWeightBars
from membrane_widgets.widgets._ion_slider_panel import IonSliderPanel
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_controls import message_box, show_message
from membrane_widgets.widgets._kit_figure import (
    end_labels,
    figure,
    line_style,
    nice_limits,
    place_end_labels,
    set_axis_limits,
    voltage_axis,
    voltage_limits,
)
from membrane_widgets.widgets._kit_format import (
    HTML_BLOCK,
    describe_error,
    fmt_number,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import IonState, MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["GHKExplorer"]

#: Absolute permeability (cm/s) of relative permeability 1 in the I-V curves.
PERMEABILITY_SCALE = 1e-6
#: Smallest voltage range of the I-V curves, mV.
IV_RANGE = (-150.0, 100.0)
#: Voltage step of the I-V curves, mV (widened on a range wider than MAX_IV_POINTS steps).
IV_STEP = 2.0
#: Most points of an I-V curve, however wide its voltage range.
MAX_IV_POINTS = 1001
#: The Ca2+ that ``include_calcium=True`` adds: (c_in mM, c_out mM, relative permeability).
CALCIUM = (1e-4, 2.0, 0.01)
_CLAMP_GREY = "#777777"


def _default_model_with_calcium():
    preset = physics.get_preset("mammalian_neuron")
    ions = [IonState(i.name, i.c_in, i.c_out, i.permeability) for i in preset.ions]
    ions.append(IonState("Ca", *CALCIUM))
    return MembraneModel(ions, temperature=preset.temperature,
                         title=text("title.with_calcium",
                                    title=text("preset.mammalian_neuron.title")))


class GHKExplorer(ModelView, w.VBox):
    """Everything about the GHK potential on one shared model.

    An :class:`IonSliderPanel` (one ion's concentrations, valence,
    temperature), the :class:`GHKWeightBars` (permeabilities and votes), a
    :class:`DrivingForceGauge` (the chosen ion's driving force, with the V_m
    clamp) and the GHK current-voltage curves of every ion and their total,
    whose zero crossing is V_m.

    Parameters
    ----------
    model : MembraneModel, optional
        The shared model. If omitted, the mammalian neuron (K+, Na+, Cl-).
    include_calcium : bool, optional
        Only without `model`: add Ca2+ to the default model (1e-4 mM inside,
        2 mM outside, relative permeability 0.01). Default False.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    model : MembraneModel
        The one model every part views.
    ion_panel : IonSliderPanel
        Concentrations, valence and temperature of the selected ion.
    weight_bars : GHKWeightBars
        Permeability sliders and the votes.
    gauge : DrivingForceGauge
        Driving force of the selected ion (its ion selector follows the
        ion panel's) and the V_m clamp.
    iv_figure : bqplot.Figure
        The GHK current-voltage figure, built once.
    iv_curves : list of bqplot.Lines
        One mark per ion, then the total (black, thicker): each ion's curve in
        its colour and its own dash pattern (solid, dashed, dotted,
        dash-dotted, ...), so that the curves stay apart without colour; y in
        µA/cm² (outward positive) over x in mV. A move syncs only the curves
        that changed.
    iv_v, iv_currents : numpy.ndarray
        The curves' voltages (mV) and currents, shape (n_ions + 1, n_v).
    iv_labels : bqplot.Label
        The name of each curve at its right-hand end (instead of a legend),
        moved apart so that no two overlap.
    iv_description : LiveDescription
        What the curves show now: where the net current is zero and which ions
        carry the largest outward and inward currents there.
    iv_points : bqplot.Scatter
        The zero crossing of the total at the GHK V_m (black) and, while
        clamped, the clamp current at the clamped V_m (grey).
    iv_caption : ipywidgets.HTML
        What the curves show, including the permeability scale (10⁻⁶ cm/s).
    message : ipywidgets.HTML
        Inline messages of the I-V part (hidden when empty).

    Raises
    ------
    ValueError
        If both `model` and ``include_calcium=True`` are given.

    Examples
    --------
    >>> ex = GHKExplorer(include_calcium=True)
    >>> ex.model.names
    ['K', 'Na', 'Cl', 'Ca']
    """

    def __init__(self, model=None, include_calcium=False, **kwargs):
        if model is not None and include_calcium:
            raise ValueError("include_calcium applies only when no model is given")
        if model is None:
            model = _default_model_with_calcium() if include_calcium else (
                MembraneModel.from_preset())
        self.model = model

        self.ion_panel = IonSliderPanel(model)
        self.weight_bars = GHKWeightBars(model)
        self.gauge = DrivingForceGauge(model, ion=self.ion_panel.ion_select.value)
        w.link((self.ion_panel.ion_select, "value"), (self.gauge.ion_select, "value"))

        names = model.names
        n = len(names)
        colours = [model.ion(name).ion.colour for name in names]
        self._v = self._grid(*IV_RANGE)
        self._iv_x_axis = voltage_axis(IV_RANGE)
        self.iv_x_scale = self._iv_x_axis.scale
        self._iv_y_scale = y_scale = bq.LinearScale(min=-1.0, max=1.0)
        scales = {"x": self.iv_x_scale, "y": y_scale}
        # one mark per ion (bqplot draws a mark's lines in one dash pattern), then the total
        self.iv_curves = [
            bq.Lines(x=self._v, y=np.zeros(self._v.size), colors=[colour],
                     line_style=line_style(i), stroke_width=2.0, scales=scales)
            for i, colour in enumerate(colours)
        ] + [bq.Lines(x=self._v, y=np.zeros(self._v.size), colors=["black"], stroke_width=3.0,
                      scales=scales)]
        self.iv_labels = end_labels([*(ion_label(name) for name in names), text("label.total")],
                                    [*colours, "black"], scales)
        self._zero_line = bq.Lines(x=np.array(IV_RANGE), y=np.zeros(2), colors=["#BBBBBB"],
                                   stroke_width=1.0, scales=scales)
        self.iv_points = bq.Scatter(x=np.zeros(1), y=np.zeros(1), colors=["black", _CLAMP_GREY],
                                    default_size=80, stroke="white", scales=scales)
        self.iv_figure = figure(
            [self._zero_line, *self.iv_curves, self.iv_points, self.iv_labels],
            [self._iv_x_axis,
             bq.Axis(scale=y_scale, side="left", label=text("axis.ghk_current"),
                     label_offset="45px")],
            title=text("chart.iv.title"), width=440, height=320, margin="labelled",
        )
        self.iv_description = LiveDescription(self.iv_figure, width="440px")
        self.iv_caption = w.HTML()
        self.message = message_box()
        self._key = None
        self._range = IV_RANGE
        self._vm_currents = np.zeros(n)

        iv_box = w.VBox([self.iv_figure, self.iv_description, self.iv_caption, self.message],
                        layout=w.Layout(width="450px"))
        super().__init__(
            [w.HBox([self.ion_panel, iv_box]),
             w.HBox([self.weight_bars, self.gauge],
                    layout=w.Layout(grid_gap="10px", align_items="flex-start"))],
            **kwargs,
        )
        self.watch(model, self._redraw, "revision")
        self._redraw()
        accessible_root(self)  # names, values and keys in the page

    @property
    def iv_v(self):
        """The voltages of the I-V curves, mV."""
        return self.iv_curves[0].x

    @property
    def iv_currents(self):
        """The I-V curves, one row per ion then the total, µA/cm² (outward positive)."""
        return np.vstack([curve.y for curve in self.iv_curves])

    @staticmethod
    def _grid(lo, hi):
        """Return the voltages of the I-V curves, mV: every IV_STEP, at most MAX_IV_POINTS."""
        steps = (hi - lo) / IV_STEP
        n = min(int(round(steps)) + 1, MAX_IV_POINTS) if steps < MAX_IV_POINTS else MAX_IV_POINTS
        return np.linspace(lo, hi, n)

    def _redraw(self, change=None):
        model = self.model
        if model.message:
            return  # no permeant ion: the parts show the message; keep the last curves
        clamped = model.vm_mode == "clamp"
        p, c_in, c_out, z = model.arrays()
        p = p * PERMEABILITY_SCALE
        temperature = model.temperature
        vm = model.vm_ghk
        if not np.isfinite([vm, model.vm_clamp]).all():
            show_message(self.message,
                         text("error.invalid", reason=text("error.cannot_compute")))
            return  # the model never holds such a state; keep the last curves
        lo, hi = voltage_limits((vm, model.vm_clamp) if clamped else (vm,), base=IV_RANGE)
        key = (lo, hi, temperature, p.tobytes(), c_in.tobytes(), c_out.tobytes(), z.tobytes())
        # compute everything first: on an error the figure keeps its last curves
        try:
            new_range = (lo, hi) != self._range
            if key != self._key:
                v = self._grid(lo, hi) if new_range else self._v
                # the curves, then each ion's current at the GHK V_m (for the description)
                currents = physics.ghk_current(np.append(v, vm)[:, None], p, c_in, c_out, z,
                                               temperature)
                curves = np.vstack([currents[:-1].T, currents[:-1].sum(axis=-1)])
                if not np.isfinite(currents).all():
                    raise ValueError("the GHK currents must be finite")
            if clamped:
                clamp_current = float(physics.ghk_current(
                    model.vm_clamp, p, c_in, c_out, z, temperature).sum())
                if not np.isfinite(clamp_current):
                    raise ValueError("the clamp current must be finite")
        except (ValueError, TypeError, ArithmeticError) as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        if key != self._key:
            self._vm_currents = currents[-1]
            self._draw_curves(v, curves, new_range)
            if new_range:
                set_axis_limits(self._iv_x_axis, lo, hi)
                with self._zero_line.hold_sync():
                    self._zero_line.x = np.array([lo, hi])
                self._v, self._range = v, (lo, hi)
            self._key = key
        show_message(self.message, "")
        with self.iv_points.hold_sync():
            if clamped:
                self.iv_points.x = np.array([vm, model.vm_clamp])
                self.iv_points.y = np.array([0.0, clamp_current])
            else:
                self.iv_points.x = np.array([vm])
                self.iv_points.y = np.zeros(1)
        caption = text("caption.iv")
        if clamped:
            caption += " " + text("caption.iv_clamp", value=fmt_signed_mv(model.vm_clamp))
        self.iv_caption.value = f"{HTML_BLOCK}<small>{caption}</small></div>"
        self._describe(vm, clamped and (model.vm_clamp, clamp_current))

    def _draw_curves(self, v, curves, new_range):
        """Sync the curves that changed, the y axis if the curves left it, and the end labels."""
        y_lo, y_hi = nice_limits(min(float(curves.min()), 0.0), max(float(curves.max()), 0.0))
        scale = self._iv_y_scale
        if (scale.min, scale.max) != (y_lo, y_hi):
            with scale.hold_sync():
                scale.min, scale.max = y_lo, y_hi
        for curve, y in zip(self.iv_curves, curves, strict=True):
            if new_range:
                with curve.hold_sync():
                    curve.x, curve.y = v, y
            elif not np.array_equal(curve.y, y):  # e.g. a P(Na) move leaves K+ and Cl- alone
                curve.y = y
        # the labels at the curves' right-hand ends, spread so that none overlaps another
        place_end_labels(self.iv_labels, self.iv_figure, v[-1], curves[:, -1].tolist())

    def _describe(self, vm, clamp):
        """Say where the net current is zero and which ions carry most current there."""
        currents = self._vm_currents
        names = self.model.names
        big = float(np.abs(currents).max()) if currents.size else 0.0
        outward = ion_label(names[int(np.argmax(currents))]) if big > 0 else None
        inward = ion_label(names[int(np.argmin(currents))]) if big > 0 else None
        clamp_text = None
        if clamp:
            v, i = clamp
            clamp_text = (fmt_signed_mv(v), f"{fmt_number(i)} {text('unit.ua_per_cm2')}")
        self.iv_description.say((fmt_signed_mv(vm), outward, inward, clamp_text),
                                lambda: _sentence(fmt_signed_mv(vm), outward, inward, clamp_text))


def _sentence(vm, outward, inward, clamp):
    if outward is None or outward == inward:
        sentence = text("chart.iv.no_current", vm=vm)
    else:
        sentence = text("chart.iv.description", vm=vm, outward=outward, inward=inward)
    if clamp is not None:
        sentence += text("chart.iv.clamp", v=clamp[0], i=clamp[1])
    return sentence
