"""PumpExplorer: the Na+/K+ pump's electrogenic share of the resting potential."""

import fractions
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
from membrane_widgets.widgets._format import fmt_mm, fmt_mv, fmt_number, fmt_signed_mv
from membrane_widgets.widgets._model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["PumpExplorer"]

P_RATIO_EXPONENTS = (-3.0, 0.0)  # P_Na/P_K from 0.001 to 1
RATIO_RANGE = (1.0, 3.0)  # Na+ out per K+ in
#: The Na+/K+-ATPase: 3 Na+ out for 2 K+ in.
ATPASE_RATIO = 1.5
N_POINTS = 200
_PUMP_COLOUR = "black"
_PASSIVE_COLOUR = "#7F7F7F"
_STYLE = {"description_width": "7em"}
_LAYOUT = {"width": "26em"}


def _fmt_celsius(kelvin):
    return f"{fmt_number(float(physics.kelvin_to_celsius(kelvin)))} {text('unit.celsius')}"



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
        The plot.
    """

    def __init__(self, model=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        k, na = self.model.ion("K"), self.model.ion("Na")
        start = na.permeability / k.permeability if k.permeability > 0 else math.inf
        lo, hi = 10.0 ** P_RATIO_EXPONENTS[0], 10.0 ** P_RATIO_EXPONENTS[1]
        self.ratio_slider = w.FloatSlider(
            value=ATPASE_RATIO, min=RATIO_RANGE[0], max=RATIO_RANGE[1], step=0.05,
            readout_format=".2f", description=text("pump.control.ratio"), style=_STYLE,
            layout=w.Layout(**_LAYOUT),
        )
        self.ratio_text = w.HTML()
        self.p_ratio_slider = w.FloatLogSlider(
            value=min(max(start, lo), hi), base=10, min=P_RATIO_EXPONENTS[0],
            max=P_RATIO_EXPONENTS[1], step=0.01, readout_format=".3g",
            description=text("pump.control.p_ratio"), style=_STYLE, layout=w.Layout(**_LAYOUT),
        )
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
        self.reversal_lines = bq.Lines(
            x=np.array([[lo, hi], [lo, hi]]), y=np.zeros((2, 2)), scales=scales,
            colors=[physics.get_ion("K").colour, physics.get_ion("Na").colour],
            line_style="dotted", stroke_width=2,
            labels=[text("pump.curve.reversal", ion=ion_label(n)) for n in ("K", "Na")],
            display_legend=True,
        )
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
        self.figure = bq.Figure(
            marks=[self.reversal_lines, self.passive_curve, self.pump_curve, self.markers],
            axes=[bq.Axis(scale=self._x_scale, label=text("pump.axis.p_ratio"),
                          tick_format=".0e", grid_lines="dashed"),
                  bq.Axis(scale=self._y_scale, side="left", label=text("axis.voltage"),
                          grid_lines="dashed")],
            animation_duration=0, legend_location="top-left",
            fig_margin={"top": 10, "bottom": 45, "left": 65, "right": 15},
            layout=w.Layout(width="560px", height="360px"),
        )
        controls = w.VBox([self.ratio_slider, self.ratio_text, self.p_ratio_slider,
                           self.block_toggle, self.readout, self.caption, self.message])
        super().__init__([w.HBox([self.figure, controls])], **kwargs)

        self.watch(self.model, self._on_model, "revision")
        self.ratio_slider.observe(self._on_ratio, names="value")
        self.p_ratio_slider.observe(self._on_p_ratio, names="value")
        self.block_toggle.observe(self._on_block, names="value")
        self._on_model()

    @property
    def blocked(self):
        """True when the pump is blocked (ouabain)."""
        return self.block_toggle.value

    # --- recomputation ----------------------------------------------------------------------

    def _on_model(self, change=None):
        """Recompute what depends on the concentrations and temperature, if they changed."""
        k, na = self.model.ion("K"), self.model.ion("Na")
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
        with self._y_scale.hold_sync():
            self._y_scale.min = 10.0 * math.floor(e_lo / 10.0) - 10.0
            self._y_scale.max = 10.0 * math.ceil(e_hi / 10.0) + 10.0
        with self.reversal_lines.hold_sync():
            self.reversal_lines.y = np.repeat(reversal[:, np.newaxis], 2, axis=1)
        with self.passive_curve.hold_sync():
            self.passive_curve.y = passive[:-1]
        self._caption_model = text(
            "pump.caption.model", k_in=fmt_mm(k.c_in), k_out=fmt_mm(k.c_out),
            na_in=fmt_mm(na.c_in), na_out=fmt_mm(na.c_out), t=_fmt_celsius(temperature))
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
            lines = [text("pump.readout.blocked", value=fmt_mv(self.vm_passive),
                          change=fmt_signed_mv(-contribution), before=fmt_mv(self.vm_pump))]
        else:
            lines = [text("pump.readout.with", r=f"{r:.2f}", value=fmt_mv(self.vm_pump)),
                     text("pump.readout.without", value=fmt_mv(self.vm_passive))]
        lines.append(text("pump.readout.contribution", value=fmt_mv(contribution)))
        self.readout.value = "<br>".join(lines)
        caption = self._caption_model
        if blocked:
            caption = f"{text('pump.caption.blocked')}<br>{caption}"
        self.caption.value = caption
