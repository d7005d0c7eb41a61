"""DrivingForceGauge: V_m, one ion's E and the driving force V_m - E on one voltage axis."""

import math

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import Binding, ModelView
from membrane_widgets.widgets._kit_controls import (
    dropdown,
    float_slider,
    message_box,
    show_message,
    toggle_buttons,
)
from membrane_widgets.widgets._kit_figure import (
    LABEL_MARGIN_MV,
    figure,
    line_labels,
    plot_width,
    set_axis_limits,
    text_px,
    voltage_axis,
    voltage_limits,
)
from membrane_widgets.widgets._kit_format import (
    FLOW_WORD_KEYS,
    HTML_BLOCK,
    describe_error,
    fmt_energy,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["DrivingForceGauge"]

#: Range of the V_m clamp slider, mV.
CLAMP_RANGE = (-150.0, 100.0)
# |V_m - E| below this shows as 0.0 mV: no net movement at all.
_ZERO_MV = 0.05
#: |V_m - E| below this (mV) is drawn as equilibrium: no arrow, the words "at equilibrium"
#: (an arrow of a few pixels cannot be read, and the potentials are within a reading).
EQUILIBRIUM_MV = 1.0
# Heights (0..1 on the hidden y scale) of the parts of the gauge, bottom to top: the
# arrow's label, the feet of the V_m and E lines, the arrow, their tops, their labels.
_ARROW_LABEL_Y = 0.1
_LINE_FOOT_Y, _ARROW_Y, _LINE_TOP_Y, _LABEL_ROW_Y = 0.24, 0.43, 0.64, 0.86
_BARB_DY = 0.08
# Figure size (px, without its title); the arrowhead's barbs reach 10 px back from the tip.
_FIG_WIDTH, _FIG_HEIGHT = 440, 190
_BARB_PX = 10.0


class DrivingForceGauge(ModelView, w.VBox):
    """V_m, one ion's Nernst potential and the driving force V_m - E between them.

    A single horizontal voltage axis shows V_m (black line), E of the chosen
    ion (a line in the ion's colour) and an arrow from E to V_m, labelled
    "driving force Vₘ − E" under it (it is the driving force, not the ions'
    path). Within 1 mV of equilibrium there is no arrow: the figure says "at
    equilibrium". The labels sit in rows apart from each other and from the
    lines; the numbers are in the readout beside the figure: V_m, E and the
    driving force, each signed, which way the ions move, which way the current
    flows (opposite for an anion) and the free energy of moving one mole of
    the ion in or out. A clamp lets the student set V_m by hand.

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
        V_m (black, labelled "Vₘ") and E (ion colour, labelled "E(ion)"), each
        rising to a leader that ends at its label in the top row; the arrow's
        shaft from E to V_m; the arrowhead (two barbs meeting at V_m; collapsed
        to a point within 1 mV of equilibrium) and a point under the arrow
        whose label names it: ``lines.labels[4]``, "driving force Vₘ − E" or
        "at equilibrium". One mark, so a move sends one message.
    label_boxes : dict
        ``"vm"``, ``"e"``, ``"arrow"`` -> (left, right, height): each label's
        extent in px from the plot's left edge, and its row (0..1).
    description : LiveDescription
        What the gauge shows now, in a sentence.

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

        self.ion_select = dropdown(
            text("gauge.control.ion"), [(ion_label(n), n) for n in self.model.names], name,
            label_width="7em", width="16em",
        )
        self.clamp_checkbox = w.Checkbox(
            value=self.model.vm_mode == "clamp", description=text("control.vm_clamp"),
            indent=False, layout=w.Layout(width="8em"),
        )
        self.vm_slider = float_slider(text("control.vm_value"), self.model.vm_clamp,
                                      CLAMP_RANGE, 0.1, unit=text("unit.mv"),
                                      label_width="4.5em", width="21em")
        self.direction_select = toggle_buttons(
            [(text("control.direction.in"), "in"), (text("control.direction.out"), "out")], "in",
            button_width="4em",
        )
        self.readout = w.HTML()
        self.message = message_box()

        self.voltage_axis = voltage_axis()
        self.voltage_scale = self.voltage_axis.scale
        scales = {"x": self.voltage_scale, "y": bq.LinearScale(min=0.0, max=1.0)}
        self.lines = bq.Lines(
            x=np.zeros((5, 3)), y=np.zeros((5, 3)),
            colors=["black", "grey", "grey", "grey", "grey"],
            labels=[text("label.vm"), "", "", "", ""], labels_visibility="label",
            stroke_width=3.0, scales=scales, apply_clip=False,
        )
        self.label_boxes = {}
        self.figure = figure([self.lines], [self.voltage_axis], title="", width=_FIG_WIDTH,
                             height=_FIG_HEIGHT, margin="axis")
        self.description = LiveDescription(self.figure, width=f"{_FIG_WIDTH}px")
        self.readout.layout = w.Layout(min_width="16em", max_width="24em", padding="0 0 0 8px")

        super().__init__(
            [self.ion_select,
             w.HBox([w.VBox([self.figure, self.description]), self.readout]),
             w.HBox([self.clamp_checkbox, self.vm_slider]),
             w.HBox([w.Label(text("control.direction")), self.direction_select]),
             self.message],
            **kwargs,
        )

        # bindings to the model are undone when the view closes (close_view)
        Binding(self.clamp_checkbox, self.model, "vm_mode",
                to_control=lambda mode: mode == "clamp",
                to_model=lambda on: "clamp" if on else "ghk")
        Binding(self.vm_slider, self.model, "vm_clamp")
        self.vm_slider.disabled = self.model.vm_mode != "clamp"
        self.watch(self.model, self._on_vm_mode, "vm_mode")
        self.ion_select.observe(self._on_ion_selected, names="value")
        self.direction_select.observe(self._redraw, names="value")
        self.watch(self.model, self._redraw, "revision")
        self._shown = None  # what the marks show now, to skip unchanged updates
        self._bind(name)
        accessible_root(self)  # names, values and keys in the page

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
        self._line_labels = [text("label.vm"), text("label.reversal", ion=self._label)]
        with self.lines.hold_sync():
            self.lines.colors = ["black", colour, colour, colour, colour]
        self.figure.title = text("chart.gauge.title", ion=self._label)
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
            if abs(df) < _ZERO_MV:
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
        self.description.say(
            (self._label, fmt_signed_mv(vm), fmt_signed_mv(e), fmt_signed_mv(df), moves[0]),
            lambda: self._sentence(vm, e, df, moves[0]))

    def _sentence(self, vm, e, df, ions):
        fields = {"ion": self._label, "vm": fmt_signed_mv(vm), "e": fmt_signed_mv(e)}
        if abs(df) < EQUILIBRIUM_MV:
            return text("chart.gauge.equilibrium", **fields)
        return text("chart.gauge.description", df=fmt_signed_mv(df),
                    ions=text(FLOW_WORD_KEYS[ions]), **fields)

    def _readout(self, vm, e, df, moves, dg, direction):
        label = self._label
        source = text(f"control.vm_mode.{self.model.vm_mode}")
        lines = [
            text("readout.vm_with_source", value=fmt_signed_mv(vm), source=source),
            text("readout.nernst", ion=label, value=fmt_signed_mv(e)),
            text("readout.driving_force", ion=label, value=fmt_signed_mv(df)),
        ]
        ions, current = moves
        if ions == 0:
            lines.append(text("readout.flow_none", ion=label))
            verdict = text("readout.equilibrium")
        elif abs(df) < EQUILIBRIUM_MV:
            lines.append(text("readout.flow_near", ion=label))
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
        """Draw V_m, E, the arrow and the labels, each label apart from the others and the lines.

        The labels' positions are computed here, in px of the plot area
        (:attr:`label_boxes`): V_m and E in the top row, the arrow's under it.
        """
        shown = (vm, e)
        if shown == self._shown:
            return
        self._shown = shown
        lo, hi = voltage_limits((vm, e), margin=LABEL_MARGIN_MV)
        set_axis_limits(self.voltage_axis, lo, hi)
        plot_px = plot_width(self.figure)
        mv_per_px = (hi - lo) / plot_px
        # V_m and E: lines with leaders to their labels in the top row
        x, y, boxes = line_labels((vm, e), self._line_labels, x_lo=lo, x_hi=hi,
                                  width_px=plot_px, base=_LINE_FOOT_Y, top=_LINE_TOP_Y,
                                  row=_LABEL_ROW_Y)
        # the arrow from E to V_m, barbs _BARB_PX back from the tip; none near equilibrium
        at_rest = abs(df) < EQUILIBRIUM_MV
        barb = 0.0 if at_rest else math.copysign(_BARB_PX * mv_per_px, df)
        mid = vm if at_rest else 0.5 * (e + vm)
        # its label in the bottom row, under the arrow (below the lines' feet), kept inside
        label = text("chart.gauge.at_equilibrium" if at_rest else "chart.gauge.arrow")
        width = text_px(label)
        left = min(max((mid - lo) / mv_per_px - 0.5 * width, 0.0), plot_px - width)
        anchor = lo + (left - 3.0) * mv_per_px
        self.label_boxes = {"vm": (*boxes[0], _LABEL_ROW_Y), "e": (*boxes[1], _LABEL_ROW_Y),
                            "arrow": (left, left + width, _ARROW_LABEL_Y)}
        arrow_y = [_ARROW_Y, _ARROW_Y, _ARROW_Y]
        with self.lines.hold_sync():
            self.lines.x = np.array([
                x[0], x[1], [e, mid, vm] if not at_rest else [vm, vm, vm],
                [vm - barb, vm, vm - barb], [anchor, anchor, anchor],
            ])
            if not self.lines.y.any():  # the heights never change: sent once
                self.lines.y = np.array([
                    y[0], y[1], arrow_y, [_ARROW_Y + _BARB_DY, _ARROW_Y, _ARROW_Y - _BARB_DY],
                    [_ARROW_LABEL_Y] * 3,
                ])
            self.lines.labels = [*self._line_labels, "", "", label]
