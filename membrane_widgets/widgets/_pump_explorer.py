"""PumpExplorer: the Na+/K+ pump's electrogenic share of the resting potential."""

import fractions
import math

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import Binding, ModelView
from membrane_widgets.widgets._kit_controls import (
    float_slider,
    log_slider,
    message_box,
    show_message,
)
from membrane_widgets.widgets._kit_figure import (
    PLAIN_LOG_FORMAT,
    decade_ticks,
    end_label_heights,
    end_labels,
    figure,
    plot_height,
)
from membrane_widgets.widgets._kit_format import (
    describe_error,
    fmt_celsius,
    fmt_mm,
    fmt_number,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["PumpExplorer"]

P_RATIO_EXPONENTS = (-3.0, 0.0)  # P_Na/P_K from 0.001 to 1
RATIO_RANGE = (1.0, 3.0)  # Na+ out per K+ in
#: The Na+/K+-ATPase: 3 Na+ out for 2 K+ in.
ATPASE_RATIO = 1.5
N_POINTS = 200
_PUMP_COLOUR = "black"
_PASSIVE_COLOUR = "#7F7F7F"
_SIZES = {"label_width": "7em", "width": "26em"}


def _ratio_label(r):
    """Return the stoichiometry of a coupling ratio in words.

    Parameters
    ----------
    r : float
        Na⁺ pumped out per K⁺ pumped in (unitless, positive).

    Returns
    -------
    str
        E.g. ``"3 Na⁺ : 2 K⁺ (the Na⁺/K⁺-ATPase)"`` for 1.5, ``"1.05 Na⁺ per K⁺"``
        for a ratio that is not a small fraction.
    """
    frac = fractions.Fraction(r).limit_denominator(4)
    if abs(float(frac) - r) < 1e-9:
        label = text("pump.ratio.fraction", na=frac.numerator, k=frac.denominator)
    else:
        label = text("pump.ratio.decimal", r=f"{r:.2f}")
    if abs(r - ATPASE_RATIO) < 1e-9:
        label += text("pump.ratio.atpase")
    elif abs(r - 1.0) < 1e-9:
        label += text("pump.ratio.neutral")
    return label


class PumpExplorer(ModelView, w.VBox):
    """The resting potential with and without the electrogenic Na⁺/K⁺ pump.

    The figure draws V_m against P_Na/P_K (log axis) from the Mullins-Noda
    equation with the pump's coupling ratio r (black) and with r = 1, the GHK
    potential (dashed grey), between E_K and E_Na; markers sit at the chosen
    P_Na/P_K. The readouts give both potentials and the pump's contribution.
    "Block the pump (ouabain)" drops the electrogenic term at once.

    Parameters
    ----------
    model : MembraneModel, optional
        The shared model, which supplies the K⁺ and Na⁺ concentrations and the
        temperature (and the first P_Na/P_K); a new mammalian-neuron model if
        omitted. The explorer does not change the model.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Raises
    ------
    ValueError
        If the model has no K⁺ or no Na⁺.

    Attributes
    ----------
    model : MembraneModel
        The model this explorer reads.
    ratio_slider : ipywidgets.FloatSlider
        Coupling ratio r, Na⁺ out per K⁺ in (1-3, default 1.5).
    ratio_text : ipywidgets.HTML
        The ratio as a stoichiometry, e.g. "3 Na⁺ : 2 K⁺".
    p_ratio_slider : ipywidgets.FloatLogSlider
        P_Na/P_K (0.001-1).
    block_toggle : ipywidgets.ToggleButton
        Block the pump (ouabain): V_m without the electrogenic term.
    pump_curve, passive_curve : bqplot.Lines
        V_m (mV) against P_Na/P_K with the pump (ratio r) and without (r = 1).
    reversal_lines : bqplot.Lines
        E_K and E_Na, mV.
    markers : bqplot.Scatter
        V_m with and without the pump at the chosen P_Na/P_K.
    p_ratios : numpy.ndarray
        The x values of the curves (unitless).
    vm_pump, vm_passive, contribution, vm : float
        V_m with the pump, without it, their difference
        (:func:`physics.pump_contribution`) and the V_m in force (without the
        pump when it is blocked), mV.
    readout : ipywidgets.HTML
        The potentials and the contribution.
    caption : ipywidgets.HTML
        The concentrations in use; when blocked, what would follow.
    message : ipywidgets.HTML
        Inline messages (hidden when empty).
    figure : bqplot.Figure
        The plot; E_K and E_Na (dotted) are named at their right-hand ends
        (``reversal_labels``), the curves in the legend at the top left.
    description : LiveDescription
        What the plot shows now: V_m with and without the pump at the chosen
        P_Na/P_K.
    """

    def __init__(self, model=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        k, na = self.model.ion("K"), self.model.ion("Na")
        start = na.permeability / k.permeability if k.permeability > 0 else math.inf
        lo, hi = 10.0 ** P_RATIO_EXPONENTS[0], 10.0 ** P_RATIO_EXPONENTS[1]
        self.ratio_slider = float_slider(text("pump.control.ratio"), ATPASE_RATIO, RATIO_RANGE,
                                         0.05, unit="", **_SIZES)
        self.ratio_text = w.HTML()
        self.p_ratio_slider = log_slider(text("pump.control.p_ratio"), min(max(start, lo), hi),
                                         P_RATIO_EXPONENTS, unit="", **_SIZES)
        self.block_toggle = w.ToggleButton(value=False, description=text("pump.control.block"),
                                           layout=w.Layout(width="16em"))
        self.readout = w.HTML(layout=w.Layout(width="26em"))
        self.caption = w.HTML(layout=w.Layout(width="26em"))
        self.message = message_box()
        self.vm_pump = self.vm_passive = self.contribution = self.vm = math.nan
        self._args = None
        self._caption_model = ""

        self.p_ratios = np.logspace(*P_RATIO_EXPONENTS, N_POINTS)
        self._x_scale = bq.LogScale(min=lo, max=hi)
        self._y_scale = bq.LinearScale()
        scales = {"x": self._x_scale, "y": self._y_scale}
        flat = np.zeros(N_POINTS)
        colours = [physics.get_ion("K").colour, physics.get_ion("Na").colour]
        self.reversal_lines = bq.Lines(
            x=np.array([[lo, hi], [lo, hi]]), y=np.zeros((2, 2)), scales=scales,
            colors=colours, line_style="dotted", stroke_width=2,
            labels=[text("pump.curve.reversal", ion=ion_label(n)) for n in ("K", "Na")],
        )
        # named at their right-hand ends, beside the plot (not written over the lines)
        self.reversal_labels = end_labels(list(self.reversal_lines.labels), colours, scales)
        self.passive_curve = bq.Lines(x=self.p_ratios, y=flat, scales=scales,
                                      colors=[_PASSIVE_COLOUR], line_style="dashed",
                                      stroke_width=2, labels=[text("pump.curve.without")],
                                      display_legend=True)
        self.pump_curve = bq.Lines(x=self.p_ratios, y=flat, scales=scales,
                                   colors=[_PUMP_COLOUR], stroke_width=3, labels=[""],
                                   display_legend=True)
        self.markers = bq.Scatter(x=np.ones(2), y=np.zeros(2), scales=scales,
                                  colors=[_PUMP_COLOUR, _PASSIVE_COLOUR], default_size=90,
                                  stroke="white")
        # the axis reaches above E_Na: the legend's band at the top left stays free
        self.figure = figure(
            [self.reversal_lines, self.passive_curve, self.pump_curve, self.markers,
             self.reversal_labels],
            [bq.Axis(scale=self._x_scale, label=text("pump.axis.p_ratio"),
                     tick_values=decade_ticks(*P_RATIO_EXPONENTS), tick_format=PLAIN_LOG_FORMAT,
                     grid_lines="dashed"),
             bq.Axis(scale=self._y_scale, side="left", label=text("axis.voltage"),
                     grid_lines="dashed")],
            title=text("chart.pump.title"), width=560, height=360, margin="labelled",
            legend_location="top-left",
        )
        self.description = LiveDescription(self.figure, width="560px")
        controls = w.VBox([self.ratio_slider, self.ratio_text, self.p_ratio_slider,
                           self.block_toggle, self.readout, self.caption, self.message])
        super().__init__([w.HBox([w.VBox([self.figure, self.description]), controls])],
                         **kwargs)

        # the P_Na/P_K slider sets the shared model's P_Na (relative to its P_K): no copy here
        self._p_k = k.permeability
        self._p_binding = Binding(self.p_ratio_slider, na, "permeability",
                                  to_control=self._ratio_from_p_na, to_model=self._p_na_from_ratio)
        self.watch(self.model, self._on_model, "revision")
        self.ratio_slider.observe(self._on_ratio, names="value")
        self.p_ratio_slider.observe(self._on_p_ratio, names="value")
        self.block_toggle.observe(self._on_block, names="value")
        self._on_model()
        accessible_root(self)  # names, values and keys in the page

    @property
    def blocked(self):
        """True when the pump is blocked (ouabain)."""
        return self.block_toggle.value

    def _ratio_from_p_na(self, p_na):
        """P_Na/P_K of the model, kept on the slider's range (P_K = 0: the top of it)."""
        p_k = self.model.ion("K").permeability
        lo, hi = 10.0 ** P_RATIO_EXPONENTS[0], 10.0 ** P_RATIO_EXPONENTS[1]
        ratio = p_na / p_k if p_k > 0 else hi
        return min(max(ratio, lo), hi)

    def _p_na_from_ratio(self, ratio):
        return ratio * self.model.ion("K").permeability

    # --- recomputation ----------------------------------------------------------------------

    def _on_model(self, change=None):
        """Recompute what depends on the concentrations and temperature, if they changed."""
        k, na = self.model.ion("K"), self.model.ion("Na")
        if k.permeability != self._p_k:  # P_K moved: the same P_Na is another ratio
            self._p_k = k.permeability
            self._p_binding.refresh()
        temperature = self.model.temperature
        args = (k.c_in, k.c_out, na.c_in, na.c_out, temperature)
        if args == self._args:
            return
        try:
            reversal = physics.nernst_potential(
                np.array([k.c_out, na.c_out]), np.array([k.c_in, na.c_in]),
                np.array([k.ion.valence, na.ion.valence]), temperature)
            # the curve's P_Na/P_K values, then the chosen one
            passive = physics.mullins_noda_potential(
                1.0, np.append(self.p_ratios, self.p_ratio_slider.value), *args,
                coupling_ratio=1.0)
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        self._args = args
        self.vm_passive = float(passive[-1])
        e_lo, e_hi = float(reversal.min()), float(reversal.max())
        y_lo = 10.0 * math.floor(e_lo / 10.0) - 10.0
        y_hi = 10.0 * math.ceil((e_hi + 0.35 * (e_hi - e_lo)) / 10.0) + 10.0
        with self._y_scale.hold_sync():
            self._y_scale.min, self._y_scale.max = y_lo, y_hi
        with self.reversal_lines.hold_sync():
            self.reversal_lines.y = np.repeat(reversal[:, np.newaxis], 2, axis=1)
        with self.reversal_labels.hold_sync():
            self.reversal_labels.x = np.full(2, 10.0 ** P_RATIO_EXPONENTS[1])
            self.reversal_labels.y = end_label_heights(reversal, y_lo, y_hi,
                                                       plot_height(self.figure))
        with self.passive_curve.hold_sync():
            self.passive_curve.y = passive[:-1]
        self._caption_model = text(
            "pump.caption.model", k_in=fmt_mm(k.c_in), k_out=fmt_mm(k.c_out),
            na_in=fmt_mm(na.c_in), na_out=fmt_mm(na.c_out),
            t=fmt_celsius(physics.kelvin_to_celsius(temperature)))
        self._on_ratio()

    def _on_ratio(self, change=None):
        """Redraw the pump curve for the present coupling ratio, and the point."""
        r = self.ratio_slider.value
        self.ratio_text.value = _ratio_label(r)
        if self._args is None:
            return
        try:
            # the curve's P_Na/P_K values, then the chosen one
            pump = physics.mullins_noda_potential(
                1.0, np.append(self.p_ratios, self.p_ratio_slider.value), *self._args,
                coupling_ratio=r)
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        with self.pump_curve.hold_sync():
            self.pump_curve.y = pump[:-1]
            self.pump_curve.labels = [text("pump.curve.with", r=f"{r:.2f}")]
        self.vm_pump = float(pump[-1])
        self._show_point()

    def _on_p_ratio(self, change=None):
        """Recompute V_m with and without the pump at the chosen P_Na/P_K."""
        if self._args is None:
            return
        try:
            vm = physics.mullins_noda_potential(
                1.0, self.p_ratio_slider.value, *self._args,
                coupling_ratio=np.array([self.ratio_slider.value, 1.0]))
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        self.vm_pump, self.vm_passive = float(vm[0]), float(vm[1])
        self._show_point()

    def _on_block(self, change=None):
        blocked = self.blocked
        self.ratio_slider.disabled = blocked
        with self.pump_curve.hold_sync():
            self.pump_curve.opacities = [0.2 if blocked else 1.0]
        self._show_point()

    def _show_point(self):
        """Show `vm_pump` and `vm_passive` (markers, readouts) and the pump's contribution."""
        x, r = self.p_ratio_slider.value, self.ratio_slider.value
        try:
            contribution = float(physics.pump_contribution(1.0, x, *self._args,
                                                           coupling_ratio=r))
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        show_message(self.message, "")
        self.contribution = contribution
        blocked = self.blocked
        self.vm = self.vm_passive if blocked else self.vm_pump
        with self.markers.hold_sync():
            self.markers.x = np.array([x, x])
            self.markers.y = np.array([self.vm_pump, self.vm_passive])
            self.markers.opacities = [0.2 if blocked else 1.0, 1.0]
        if blocked:
            lines = [text("pump.readout.blocked", value=fmt_signed_mv(self.vm_passive),
                          change=fmt_signed_mv(-contribution), before=fmt_signed_mv(self.vm_pump))]
        else:
            lines = [text("pump.readout.with", r=f"{r:.2f}", value=fmt_signed_mv(self.vm_pump)),
                     text("pump.readout.without", value=fmt_signed_mv(self.vm_passive))]
        lines.append(text("pump.readout.contribution", value=fmt_signed_mv(contribution)))
        self.readout.value = "<br>".join(lines)
        caption = self._caption_model
        if blocked:
            caption = f"{text('pump.caption.blocked')}<br>{caption}"
        self.caption.value = caption
        words = (fmt_number(x), fmt_signed_mv(contribution), fmt_signed_mv(self.vm_pump),
                 fmt_signed_mv(self.vm_passive), blocked)
        self.description.say(words, lambda: text(
            "chart.pump.blocked" if blocked else "chart.pump.description", x=words[0],
            contribution=words[1], with_pump=words[2], without=words[3]))
