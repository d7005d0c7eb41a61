"""DrivingForceGauge: V_m, one ion's E and the driving force V_m - E on one voltage axis."""

import math

import bqplot as bq
import ipywidgets as w
import numpy as np
import traitlets as t

from membrane_widgets import physics
from membrane_widgets.widgets._controls import (
    ModelView,
    describe_error,
    ion_label,
    message_box,
    show_message,
)
from membrane_widgets.widgets._format import FLOW_WORD_KEYS, fmt_energy, fmt_mv, fmt_signed_mv
from membrane_widgets.widgets._model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["DrivingForceGauge"]

#: Smallest voltage range any voltage axis shows, mV.
VOLTAGE_RANGE = (-150.0, 150.0)
#: Range of the V_m clamp slider, mV.
CLAMP_RANGE = (-150.0, 100.0)
# |V_m - E| below this shows as 0.0 mV, so it is called equilibrium: half the last digit shown.
_EQUILIBRIUM_MV = 0.05
# Heights (0..1 on the hidden y scale) of the parts of the gauge. Each line of the
# Lines mark has three points; a line's label is drawn at its last point.
_ARROW_Y = 0.45
_DF_LABEL_Y = 0.6
_LINES_Y = np.array([
    [0.05, 0.5, 0.88],  # V_m, bottom to top: "Vₘ" at the top
    [0.95, 0.5, 0.1],  # E, top to bottom: "E(ion)" at the bottom
    [_ARROW_Y, _ARROW_Y, _ARROW_Y],  # the arrow's shaft, from E to V_m
    [_ARROW_Y + 0.07, _ARROW_Y, _ARROW_Y - 0.07],  # the arrowhead's two barbs
    [_DF_LABEL_Y, _DF_LABEL_Y, _DF_LABEL_Y],  # a point that carries the driving-force label
])
# Figure size (px) and margins: the arrowhead's barbs reach 10 px back from the tip.
_FIG_WIDTH, _FIG_HEIGHT = 440, 170
_MARGIN = {"top": 10, "bottom": 45, "left": 25, "right": 45}
_BARB_PX = 10.0
# A line label starts 3 px right of its point; half a character's width (px) centres it.
_HALF_CHAR_PX = 3.6
#: Room (mV) kept right of the outermost potential for a line's label when the axis widens.
LABEL_MARGIN_MV = 40.0
#: Opening tag of readout and caption text: compact lines.
HTML_BLOCK = '<div style="line-height: 1.5">'


def voltage_limits(values, base=VOLTAGE_RANGE, step=50.0, margin=10.0):
    """Return axis limits (mV) that hold `base` and every value with a margin.

    Parameters
    ----------
    values : iterable of float
        Potentials that must be visible, mV (values that are not finite are
        left out).
    base : tuple of float, optional
        The smallest range shown, mV. Default (-150, 150).
    step : float, optional
        Widened limits are rounded outwards to a multiple of this, mV.
    margin : float, optional
        Space kept beyond the outermost value, mV.

    Returns
    -------
    tuple of float
        ``(lo, hi)``, mV.
    """
    values = [v for v in values if math.isfinite(v)]  # a view never fails on a bad value
    if not values:
        return float(base[0]), float(base[1])
    lo = min(base[0], math.floor((min(values) - margin) / step) * step)
    hi = max(base[1], math.ceil((max(values) + margin) / step) * step)
    return float(lo), float(hi)


def voltage_ticks(lo, hi):
    """Return round tick positions (mV) for a voltage axis from `lo` to `hi`.

    Parameters
    ----------
    lo, hi : float
        The axis limits, mV.

    Returns
    -------
    numpy.ndarray
        Multiples of 50 mV (100, 200, ... on a wide axis), at most about 8.
    """
    step = 50.0
    while (hi - lo) / step > 8:
        step *= 2
    return np.arange(math.ceil(lo / step), math.floor(hi / step) + 1) * step


def set_axis_limits(axis, lo, hi):
    """Set the limits of `axis`'s scale and its round ticks, only if they changed.

    Parameters
    ----------
    axis : bqplot.Axis
        A voltage axis (neither it nor its scale is ever recreated).
    lo, hi : float
        The new limits, mV.
    """
    scale = axis.scale
    if scale.min != lo or scale.max != hi:
        with scale.hold_sync():
            scale.min, scale.max = lo, hi
        axis.tick_values = voltage_ticks(lo, hi)



class DrivingForceGauge(ModelView, w.VBox):
    """V_m, one ion's Nernst potential and the driving force V_m - E between them.

    A single horizontal voltage axis shows V_m (black line), E of the chosen
    ion (a line in the ion's colour) and an arrow from E to V_m labelled with
    the driving force. The readout says which way the ions move, which way
    the current flows (opposite for an anion) and the free energy of moving
    one mole of the ion in or out. A clamp lets the student set V_m by hand.

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
        The model this gauge views (and whose clamp it sets).
    ion_select : ipywidgets.Dropdown
        The ion shown.
    clamp_checkbox : ipywidgets.Checkbox
        Checked when V_m is clamped (``model.vm_mode == "clamp"``).
    vm_slider : ipywidgets.FloatSlider
        The clamped V_m, mV (``model.vm_clamp``); enabled while clamped.
    direction_select : ipywidgets.ToggleButtons
        Whether the free energy is for moving the ion ``"in"`` or ``"out"``.
    readout : ipywidgets.HTML
        V_m, E, the driving force, the direction of ion movement and of the
        current, and the free energy with its verdict.
    message : ipywidgets.HTML
        Inline messages (hidden when empty).
    figure : bqplot.Figure
        The gauge, built once.
    voltage_axis : bqplot.Axis
        The one (horizontal) voltage axis, ticks every 50 mV.
    voltage_scale : bqplot.LinearScale
        Its scale, mV: at least -150..150, widened to show E and V_m.
    lines : bqplot.Lines
        Five lines of three points each (``lines.x`` has shape (5, 3), mV):
        V_m (black, labelled "Vₘ"), E (ion colour, labelled "E(ion)"), the
        arrow's shaft from E to V_m, the arrowhead (two barbs meeting at V_m;
        collapsed to a point at equilibrium) and a point above the middle of
        the arrow whose label is the driving force: ``lines.labels[4]``, e.g.
        "−125.0 mV". One mark, so a move sends one message.

    Examples
    --------
    >>> g = DrivingForceGauge(ion="Na")
    >>> g.clamp_checkbox.value = True
    >>> g.vm_slider.value = -50.0
    >>> g.model.vm
    -50.0
    """

    def __init__(self, model=None, ion=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        name = self.model.ion(ion).name if ion is not None else self.model.names[0]
        self._ion = self.model.ion(name)

        self.ion_select = w.Dropdown(
            options=[(ion_label(n), n) for n in self.model.names], value=name,
            description=text("control.ion"), style={"description_width": "7em"},
            layout=w.Layout(width="16em"),
        )
        self.clamp_checkbox = w.Checkbox(
            value=self.model.vm_mode == "clamp", description=text("control.vm_clamp"),
            indent=False, layout=w.Layout(width="8em"),
        )
        lo = min(CLAMP_RANGE[0], math.floor(self.model.vm_clamp))
        hi = max(CLAMP_RANGE[1], math.ceil(self.model.vm_clamp))
        self.vm_slider = w.FloatSlider(
            value=self.model.vm_clamp, min=lo, max=hi, step=0.1, readout_format=".1f",
            description=text("control.vm_value"), continuous_update=True,
            style={"description_width": "4.5em"}, layout=w.Layout(width="21em"),
        )
        self.direction_select = w.ToggleButtons(
            options=[(text("control.direction.in"), "in"), (text("control.direction.out"), "out")],
            value="in", style={"button_width": "4em"},
        )
        self.readout = w.HTML()
        self.message = message_box()

        self.voltage_scale = bq.LinearScale(min=VOLTAGE_RANGE[0], max=VOLTAGE_RANGE[1])
        self.voltage_axis = bq.Axis(scale=self.voltage_scale, label=text("axis.voltage"),
                                    tick_values=voltage_ticks(*VOLTAGE_RANGE))
        y_scale = bq.LinearScale(min=0.0, max=1.0)
        scales = {"x": self.voltage_scale, "y": y_scale}
        self.lines = bq.Lines(
            x=np.zeros((5, 3)), y=_LINES_Y, colors=["black", "grey", "grey", "grey", "grey"],
            labels=[text("label.vm"), "", "", "", ""], labels_visibility="label",
            stroke_width=3.0, scales=scales,
        )
        self.figure = bq.Figure(
            marks=[self.lines],
            axes=[self.voltage_axis],
            animation_duration=0, fig_margin=_MARGIN,
            layout=w.Layout(width=f"{_FIG_WIDTH}px", height=f"{_FIG_HEIGHT}px"),
        )

        super().__init__(
            [self.ion_select, self.figure, w.HBox([self.clamp_checkbox, self.vm_slider]),
             w.HBox([w.Label(text("control.direction")), self.direction_select]),
             self.readout, self.message],
            **kwargs,
        )

        # links to the model are undone when the view closes (close_view)
        self.clamp_checkbox._mw_binding = t.link(
            (self.model, "vm_mode"), (self.clamp_checkbox, "value"),
            transform=(lambda mode: mode == "clamp", lambda on: "clamp" if on else "ghk"))
        _ClampLink(self.model, self.vm_slider)
        self.vm_slider.disabled = self.model.vm_mode != "clamp"
        self.watch(self.model, self._on_vm_mode, "vm_mode")
        self.ion_select.observe(self._on_ion_selected, names="value")
        self.direction_select.observe(self._redraw, names="value")
        self.watch(self.model, self._redraw, "revision")
        self._shown = None  # what the marks show now, to skip unchanged updates
        self._bind(name)

    @property
    def ion(self):
        """The :class:`IonState` currently shown."""
        return self._ion

    def _on_vm_mode(self, change):
        self.vm_slider.disabled = change["new"] != "clamp"

    def _on_ion_selected(self, change):
        self._bind(change["new"])

    def _bind(self, name):
        self._ion = self.model.ion(name)
        colour = self._ion.ion.colour
        self._label = ion_label(name)
        self._line_labels = [text("label.vm"), text("label.reversal", ion=self._label), "", ""]
        with self.lines.hold_sync():
            self.lines.colors = ["black", colour, colour, colour, colour]
        self._shown = None
        self._redraw()

    def _redraw(self, change=None):
        model = self.model
        show_message(self.message, model.message)
        if model.message and model.vm_mode == "ghk":
            return  # no valid V_m: keep the last result on screen
        ion = self._ion
        vm = model.vm
        e = model.reversal[ion.name]
        direction = self.direction_select.value
        try:
            df = float(physics.driving_force(vm, e))
            if abs(df) < _EQUILIBRIUM_MV:
                moves = (0, 0)
            else:
                d = physics.flow_direction(vm, e, ion.valence)
                moves = (int(d.ions), int(d.current))
            dg = float(physics.transfer_free_energy(
                ion.c_out, ion.c_in, ion.valence, vm, model.temperature, direction=direction))
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        self.readout.value = f"{HTML_BLOCK}{self._readout(vm, e, df, moves, dg, direction)}</div>"
        self._draw(vm, e, df)

    def _readout(self, vm, e, df, moves, dg, direction):
        label = self._label
        source = text(f"control.vm_mode.{self.model.vm_mode}")
        lines = [
            text("readout.vm_with_source", value=fmt_mv(vm), source=source),
            text("readout.nernst", ion=label, value=fmt_mv(e)),
            text("readout.driving_force", ion=label, value=fmt_signed_mv(df)),
        ]
        ions, current = moves
        if ions == 0:
            lines.append(text("readout.flow_none", ion=label))
            verdict = text("readout.equilibrium")
        else:
            key = "readout.flow" if ions == current else "readout.flow_anion"
            lines.append(text(key, ion=label, ions=text(FLOW_WORD_KEYS[ions]),
                              current=text(FLOW_WORD_KEYS[current])))
            verdict = text("readout.spontaneous" if dg < 0 else "readout.needs_energy")
        lines.append(text(
            "readout.free_energy_ion", ion=label, direction=text(f"control.direction.{direction}"),
            value=fmt_energy(dg), verdict=verdict,
        ))
        return "<br>".join(lines)

    def _draw(self, vm, e, df):
        shown = (vm, e)
        if shown == self._shown:
            return
        self._shown = shown
        lo, hi = voltage_limits((vm, e), margin=LABEL_MARGIN_MV)
        set_axis_limits(self.voltage_axis, lo, hi)
        # barb length in mV for _BARB_PX pixels; pointing from E towards V_m
        plot_px = _FIG_WIDTH - _MARGIN["left"] - _MARGIN["right"]
        barb = _BARB_PX * (hi - lo) / plot_px
        barb = 0.0 if abs(df) < _EQUILIBRIUM_MV else math.copysign(barb, df)
        value = fmt_signed_mv(df)
        mid = 0.5 * (e + vm)
        at = mid - (3.0 + _HALF_CHAR_PX * len(value)) * (hi - lo) / plot_px
        with self.lines.hold_sync():
            self.lines.x = np.array([
                [vm, vm, vm], [e, e, e], [e, mid, vm], [vm - barb, vm, vm - barb], [at, at, at],
            ])
            self.lines.labels = [*self._line_labels, value]


class _ClampLink:
    """Keep the clamp slider and ``model.vm_clamp`` in step.

    The slider widens to show any clamp the model holds; a slider value the
    model refuses (beyond a range widened by hand) puts the slider back.
    """

    def __init__(self, model, slider):
        self.model, self.slider = model, slider
        self._busy = False
        model.observe(self._to_slider, names="vm_clamp")
        slider.observe(self._to_model, names="value")
        slider._mw_binding = self  # unlinked when the view closes (close_view)
        self._to_slider({"new": model.vm_clamp})

    def _to_slider(self, change):
        value = change["new"]
        slider = self.slider
        self._busy = True
        try:
            if value < slider.min:
                slider.min = math.floor(value)
            if value > slider.max:
                slider.max = math.ceil(value)
            slider.value = value
        finally:
            self._busy = False

    def _to_model(self, change):
        if self._busy:
            return
        self._busy = True
        try:
            self.model.vm_clamp = change["new"]
        except (t.TraitError, ValueError):
            self.slider.value = self.model.vm_clamp  # refused: the model keeps its clamp
        finally:
            self._busy = False

    def unlink(self):
        """Stop synchronising."""
        self.model.unobserve(self._to_slider, names="vm_clamp")
        self.slider.unobserve(self._to_model, names="value")
