"""MembraneCharging: a K⁺-only membrane charging from 0 mV towards E_K, played in time."""

import bqplot as bq
import ipywidgets as w
import numpy as np
import traitlets as t

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import Binding, ModelView
from membrane_widgets.widgets._kit_controls import (
    float_slider,
    int_slider,
    log_slider,
    message_box,
    show_message,
)
from membrane_widgets.widgets._kit_figure import figure
from membrane_widgets.widgets._kit_format import (
    describe_error,
    fmt_count,
    fmt_number,
    fmt_signed_mv,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._strings import text

__all__ = ["MembraneCharging"]

#: The time axis spans this many time constants, in N_FRAMES frames (one τ = 25 frames).
SPAN_TAU = 8
N_FRAMES = 201
#: Milliseconds between frames when playing.
PLAY_INTERVAL = 60
#: The K⁺ concentrations (mM) and temperature of the course's neuron give E_K.
_PRESET = "mammalian_neuron"
_VM_COLOUR, _COUNT_COLOUR, _GREY = "#000000", "#0072B2", "#777777"
_SIZES = {"label_width": "11em", "width": "28em"}


class MembraneCharging(ModelView, w.VBox):
    """A membrane that only K⁺ crosses, starting at 0 mV: it charges towards E_K with τ = C_m/g.

    Sliders set the K⁺ conductance, the membrane capacitance and the cell
    radius; Play (or the time slider) runs the clock. The left figure shows
    V_m(t) with E_K and the time constant; the right one counts the K⁺ ions
    that have crossed, which is all the charge the capacitor holds. The
    readout compares that count with the cell's K⁺ content. Physics:
    :func:`membrane_widgets.physics.membrane_charging`,
    :func:`~membrane_widgets.physics.ions_crossed_while_charging`,
    :func:`~membrane_widgets.physics.fraction_of_cell_ions`.

    Parameters
    ----------
    conductance : float, optional
        K⁺ conductance, mS/cm². Default 0.073 (the resting K⁺ chord conductance
        of the course's neuron, lesson 12).
    capacitance : float, optional
        Membrane capacitance, µF/cm². Default 1.
    radius : float, optional
        Cell radius, µm. Default 10.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    e_k : float
        E_K of the course's neuron at 37 °C, mV.
    settings : traitlets.HasTraits
        The present ``conductance`` (mS/cm²), ``capacitance`` (µF/cm²) and
        ``radius`` (µm). The sliders are bound to it, so that a slider's display
        grid never changes a value (0.073 is not on the log grid).
    t : numpy.ndarray
        The time axis, ms: eight time constants, so every run ends at E_K.
    vm, ions : numpy.ndarray
        V_m(t), mV, and the ions crossed by each time, for the present settings.
    tau : float
        The time constant, ms.
    play, frame : ipywidgets.Play, ipywidgets.IntSlider
        The clock (linked).
    readout : ipywidgets.HTML
        t, V_m, τ, the ions crossed and their share of the cell's K⁺.
    vm_figure, count_figure : bqplot.Figure
        V_m(t) and the ions crossed, with their titles.
    description : LiveDescription
        What both show at the current time, in a sentence (said when the
        clock is still: while Play runs, it waits for the stop).

    Examples
    --------
    >>> m = MembraneCharging(conductance=0.1)
    >>> round(m.tau, 1)
    10.0
    >>> m.frame.value = 25  # t = one time constant
    >>> round(float(m.vm[25] / m.e_k), 3)  # 63 % of the way to E_K
    0.632
    """

    def __init__(self, conductance=0.073, capacitance=1.0, radius=10.0, **kwargs):
        preset = physics.get_preset(_PRESET)
        k = next(ion for ion in preset.ions if ion.name == "K")
        self._k_in = k.c_in
        self.e_k = float(physics.nernst_potential(k.c_out, k.c_in, 1, preset.temperature))
        self.settings = _Settings(conductance=conductance, capacitance=capacitance,
                                  radius=radius)
        self.t = np.zeros(N_FRAMES)
        self.conductance_slider = log_slider(
            text("charging.control.conductance"), conductance, (-2.0, 0.0),
            unit=text("unit.ms_per_cm2"), step=0.05, **_SIZES)
        self.capacitance_slider = float_slider(
            text("charging.control.capacitance"), capacitance, (0.5, 2.0), 0.1,
            unit=text("unit.uf_per_cm2"), **_SIZES)
        self.radius_slider = log_slider(text("charging.control.radius"), radius, (0.0, 2.0),
                                        unit=text("unit.um"), step=0.05, **_SIZES)
        self.play = w.Play(value=0, min=0, max=N_FRAMES - 1, step=1, interval=PLAY_INTERVAL,
                           description=text("charging.control.play"))
        self.frame = int_slider(text("charging.control.time"), 0, (0, N_FRAMES - 1), unit="",
                                readout=False, width="24em")
        w.link((self.play, "value"), (self.frame, "value"))
        self.readout = w.HTML()
        self.message = message_box()

        self._tx = tx = bq.LinearScale(min=0.0, max=1.0)
        vy = bq.LinearScale(min=min(self.e_k, 0.0) - 10.0, max=10.0)
        self.vm_line = bq.Lines(x=self.t, y=np.zeros(N_FRAMES), scales={"x": tx, "y": vy},
                                colors=[_VM_COLOUR], stroke_width=2,
                                labels=[text("charging.label.vm")], display_legend=True)
        self.e_k_line = bq.Lines(x=np.array([0.0, 1e9]), y=np.full(2, self.e_k),
                                 scales={"x": tx, "y": vy}, colors=[physics.get_ion("K").colour],
                                 line_style="dashed", labels=[text("charging.label.e_k")],
                                 display_legend=True)
        self.tau_line = bq.Lines(x=np.zeros(2), y=np.array([self.e_k - 10.0, 10.0]),
                                 scales={"x": tx, "y": vy}, colors=[_GREY], line_style="dotted",
                                 labels=[text("charging.label.tau")], display_legend=True)
        self.vm_cursor = bq.Scatter(x=np.zeros(1), y=np.zeros(1), scales={"x": tx, "y": vy},
                                    colors=[_VM_COLOUR], default_size=60)
        self.vm_figure = figure(
            [self.e_k_line, self.tau_line, self.vm_line, self.vm_cursor],
            [bq.Axis(scale=tx, label=text("charging.axis.time")),
             bq.Axis(scale=vy, side="left", label=text("axis.voltage"), grid_lines="dashed")],
            title=text("chart.charging.vm.title"), width=400, height=280,
            legend_location="top-right")
        ny = bq.LinearScale(min=0.0)
        self.count_line = bq.Lines(x=self.t, y=np.zeros(N_FRAMES), scales={"x": tx, "y": ny},
                                   colors=[_COUNT_COLOUR], stroke_width=2)
        self.count_cursor = bq.Scatter(x=np.zeros(1), y=np.zeros(1), scales={"x": tx, "y": ny},
                                       colors=[_COUNT_COLOUR], default_size=60)
        self.count_figure = figure(
            [self.count_line, self.count_cursor],
            [bq.Axis(scale=tx, label=text("charging.axis.time")),
             bq.Axis(scale=ny, side="left", label=text("charging.axis.ions"),
                     tick_format=".2s", grid_lines="dashed")],
            title=text("chart.charging.ions.title"), width=400, height=280)
        self.description = LiveDescription(self.vm_figure, self.count_figure, width="800px")
        self.description.hold_while(self.play)

        super().__init__([
            w.VBox([self.conductance_slider, self.capacitance_slider, self.radius_slider]),
            w.HBox([self.play, self.frame]),
            w.HBox([self.vm_figure, self.count_figure]), self.description,
            self.readout, self.message, w.HTML(text("charging.caption")),
        ], **kwargs)
        for slider, name in ((self.conductance_slider, "conductance"),
                             (self.capacitance_slider, "capacitance"),
                             (self.radius_slider, "radius")):
            Binding(slider, self.settings, name)
        self.settings.observe(self._recompute, names=["conductance", "capacitance", "radius"])
        self.frame.observe(self._show_frame, names="value")
        self._recompute()
        accessible_root(self)  # names, values and keys in the page

    def _recompute(self, change=None):
        """Recompute the whole run for the sliders' settings, then show the present frame."""
        g, c, r = self.settings.conductance, self.settings.capacitance, self.settings.radius
        try:
            tau = float(physics.membrane_time_constant(g, c))
            times = np.linspace(0.0, SPAN_TAU * tau, N_FRAMES)
            vm = physics.membrane_charging(times, self.e_k, g, c)
            ions = physics.ions_crossed_while_charging(times, self.e_k, g, r, c)
            total = float(physics.ions_to_charge(self.e_k, r, c))
            fraction = float(physics.fraction_of_cell_ions(self.e_k, r, self._k_in, c))
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        show_message(self.message, "")
        self.tau, self.t, self.vm, self.ions = tau, times, vm, ions
        self._total, self._fraction = total, fraction
        self._tx.max = float(times[-1])
        with self.vm_line.hold_sync():
            self.vm_line.x, self.vm_line.y = times, vm
        with self.tau_line.hold_sync():
            self.tau_line.x = np.full(2, tau)
        with self.count_line.hold_sync():
            self.count_line.x, self.count_line.y = times, ions
        self._show_frame()

    def _show_frame(self, change=None):
        i = self.frame.value
        with self.vm_cursor.hold_sync():
            self.vm_cursor.x, self.vm_cursor.y = self.t[i:i + 1], self.vm[i:i + 1]
        with self.count_cursor.hold_sync():
            self.count_cursor.x, self.count_cursor.y = self.t[i:i + 1], self.ions[i:i + 1]
        share = float(self.ions[i]) / self._total if self._total > 0 else 0.0
        words = (fmt_number(float(self.t[i])), fmt_signed_mv(float(self.vm[i])),
                 fmt_number(100.0 * float(self.vm[i]) / self.e_k, 2),
                 fmt_count(float(self.ions[i])), fmt_number(self.tau))
        self.description.say(words, lambda: text(
            "chart.charging.description", t=words[0], vm=words[1], percent=words[2],
            e_k=fmt_signed_mv(self.e_k), ions=words[3], tau=words[4]))
        self.readout.value = text(
            "charging.readout", t=fmt_number(float(self.t[i])), vm=fmt_signed_mv(float(self.vm[i])),
            e_k=fmt_signed_mv(self.e_k), tau=fmt_number(self.tau),
            ions=fmt_count(float(self.ions[i])), percent=fmt_number(100.0 * share, 2),
            fraction=fmt_number(self._fraction * share, 2))


class _Settings(t.HasTraits):
    """The values the charging sliders set (their model: the sliders only display them)."""

    conductance = t.Float(0.073)
    capacitance = t.Float(1.0)
    radius = t.Float(10.0)
