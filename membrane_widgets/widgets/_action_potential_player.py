"""ActionPotentialPlayer: the Hodgkin-Huxley spike as a change of the K+/Na+ vote."""

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._ghk_weight_bars import GHKWeightBars
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_controls import (
    float_slider,
    int_slider,
    message_box,
    show_message,
)
from membrane_widgets.widgets._kit_figure import (
    end_label_heights,
    end_labels,
    figure,
    plot_height,
    voltage_limits,
)
from membrane_widgets.widgets._kit_format import (
    HTML_BLOCK,
    describe_error,
    fmt_mm,
    fmt_number,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import IonState, MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["ActionPotentialPlayer"]

#: Time of the stimulus pulse's onset, ms.
PULSE_ONSET = 1.0
#: Milliseconds between two frames of the Play control.
PLAY_INTERVAL = 40
#: Duration of one sweep of the Play control, ms (sets its step).
SWEEP_MS = 8000.0
#: Ranges of the controls: stimulus (uA/cm^2), pulse length (ms), temperature (degrees C).
AMPLITUDE_RANGE = (0.0, 50.0)
PULSE_RANGE = (0.1, 5.0)
TEMPERATURE_RANGE = (0.0, 30.0)
#: The smallest voltage range of the trace figure, mV (widened to fit the run).
TRACE_RANGE = (-100.0, 100.0)  # room above E_Na for the legend
_NAMES = ("K", "Na")  # the order of hh_vote's weights, c_in and c_out
_GHK_GREY = "#777777"
_LABEL_WIDTH, _SLIDER_WIDTH = "11em", "34em"
_FIG_WIDTH = 540  # the trace figure, px; with the readout beside it ~850 px wide
_SIDE_WIDTH = 290  # the readout column beside the trace figure, px


def _pulse(amplitude, pulse_ms):
    """Return the stimulus: one rectangular pulse of `amplitude` uA/cm^2 and `pulse_ms` ms."""
    return physics.Pulse(PULSE_ONSET, pulse_ms, amplitude)


class ActionPotentialPlayer(ModelView, w.VBox):
    """The action potential as a change of vote: a Hodgkin-Huxley run played back in time.

    One run of :func:`physics.hodgkin_huxley` (a current pulse at t = 1 ms)
    and its GHK view :func:`physics.hh_vote` are computed per change of a
    control; the Play control and the time slider then step through the
    samples. The left figure shows V_m against time between the fixed
    E_K and E_Na lines, the GHK potential V_GHK(t) (dashed grey: where the
    votes pull V_m at each instant) and a cursor at the current time. The
    right panel is a :class:`GHKWeightBars` (without sliders) whose model the
    player drives: at each frame P_K = 1 and P_Na = P_Na/P_K of the run, so
    the bars, the E lines and the weighted-mean readout follow the trace.

    Parameters
    ----------
    amplitude : float, optional
        Stimulus current density, µA/cm² (0-50). Default 20.
    pulse_ms : float, optional
        Pulse length, ms (0.1-5). Default 1.
    duration : float, optional
        Simulated time, ms (positive). Default 20.
    temperature : float, optional
        Temperature, °C (0-30). Default 6.3 °C, where the 1952 rates hold
        (``physics.HH_REFERENCE_TEMPERATURE``).
    model : MembraneModel, optional
        A model holding exactly the ions K and Na, to share with other views;
        the player sets its concentrations, permeabilities and temperature.
        Default: a new one.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Raises
    ------
    ValueError
        If `duration` is not positive, or `model` does not hold exactly K and
        Na.

    Attributes
    ----------
    result : physics.HHResult
        The run on screen.
    vote : physics.HHVote
        Its GHK view: permeability ratio, votes and V_GHK over time.
    model : MembraneModel
        The K+/Na+ model the vote panel views; relative permeabilities
        (P_K = 1), concentrations ``vote.c_in``/``vote.c_out`` (mM) and the
        run's temperature (K).
    amplitude_slider, pulse_slider, temperature_slider : ipywidgets.FloatSlider
        Stimulus (µA/cm²), pulse length (ms) and temperature (°C); each
        recomputes the run once per release.
    play : ipywidgets.Play
        Steps through the run, one frame every 40 ms (one sweep takes ~8 s).
    frame : ipywidgets.IntSlider
        The current sample (0 to len(t) - 1), linked to `play`.
    trace : bqplot.Lines
        V_m (mV) against t (ms), black.
    ghk_trace : bqplot.Lines
        V_GHK (mV) against t (ms), dashed grey.
    reversal_lines : bqplot.Lines
        E_K and E_Na (mV), horizontal, dotted, in the ion colours.
    reversal_labels : bqplot.Label
        "E(K⁺)" and "E(Na⁺)" at the lines' right-hand ends, beside the plot.
    cursor : bqplot.Lines
        Vertical line at the current time.
    dot : bqplot.Scatter
        V_m at the current time.
    voltage_scale : bqplot.LinearScale
        The trace figure's voltage scale, mV.
    weight_bars : GHKWeightBars
        The votes of K+ and Na+ at the current time.
    readout : ipywidgets.HTML
        t, V_m and V_GHK; P_Na : P_K and which ion dominates the vote; the
        voltage-gated conductances (mS/cm²).
    run_readout : ipywidgets.HTML
        Whether the run fires, and its peak.
    caption : ipywidgets.HTML
        What the player shows, in words.
    message : ipywidgets.HTML
        Inline messages (hidden when empty).
    figure : bqplot.Figure
        The trace figure, built once.
    description : LiveDescription
        What the trace shows at the current time (said when the player is
        still: while Play runs, it waits for the stop).

    Examples
    --------
    >>> player = ActionPotentialPlayer()
    >>> player.frame.value = int(player.vote.v.argmax())
    >>> bool(player.weight_bars.bars.y[1] > 0.5)  # Na+ holds most of the vote at the peak
    True
    """

    def __init__(self, amplitude=20.0, pulse_ms=1.0, duration=20.0, temperature=None,
                 model=None, **kwargs):
        self.duration = float(duration)
        if temperature is None:
            temperature = physics.kelvin_to_celsius(physics.HH_REFERENCE_TEMPERATURE)
        sizes = {"continuous": False, "label_width": _LABEL_WIDTH, "width": _SLIDER_WIDTH}
        self.amplitude_slider = float_slider(text("ap_player.control.amplitude"), amplitude,
                                             AMPLITUDE_RANGE, 0.5, unit=text("unit.ua_per_cm2"),
                                             **sizes)
        self.pulse_slider = float_slider(text("ap_player.control.pulse"), pulse_ms, PULSE_RANGE,
                                         0.1, unit=text("ap_player.unit.ms"), **sizes)
        self.temperature_slider = float_slider(text("ap_player.control.temperature"),
                                               float(temperature), TEMPERATURE_RANGE, 0.1,
                                               unit=text("unit.celsius"), **sizes)
        self.message = message_box()
        self.result = None
        self.vote = None
        error = self._run()
        if error:
            raise ValueError(error)  # bad constructor arguments: nothing to show yet

        self.model = self._make_model(model)
        self._ions = tuple(self.model.ion(n) for n in _NAMES)
        self.weight_bars = GHKWeightBars(self.model, show_sliders=False)
        # the panel's black line sits at V_GHK: grey and labelled so, as in the trace figure
        self.weight_bars.set_vm_line(text("ap_player.label.vm_ghk"), _GHK_GREY)

        n = self.result.t.size
        self.play = w.Play(value=0, min=0, max=n - 1, step=1, interval=PLAY_INTERVAL,
                           description=text("ap_player.control.play"))
        self.frame = int_slider(text("ap_player.control.frame"), 0, (0, n - 1), unit="",
                                readout=False, label_width="4em", width="22em")
        w.link((self.play, "value"), (self.frame, "value"))

        # --- the trace figure ---
        self._t_scale = bq.LinearScale(min=0.0, max=self.duration)
        self.voltage_scale = bq.LinearScale(min=TRACE_RANGE[0], max=TRACE_RANGE[1])
        scales = {"x": self._t_scale, "y": self.voltage_scale}
        k, na = (physics.get_ion(name) for name in _NAMES)
        self.reversal_lines = bq.Lines(
            x=np.zeros((2, 2)), y=np.zeros((2, 2)), scales=scales, colors=[k.colour, na.colour],
            labels=[text("ap_player.label.reversal", ion=ion_label(name)) for name in _NAMES],
            stroke_width=2.0, line_style="dotted",
        )
        # named at their right-hand ends, beside the plot (not written over the lines)
        self.reversal_labels = end_labels(list(self.reversal_lines.labels),
                                          [k.colour, na.colour], scales)
        self.ghk_trace = bq.Lines(
            x=np.zeros(1), y=np.zeros(1), scales=scales, colors=[_GHK_GREY],
            line_style="dashed", stroke_width=1.5, labels=[text("ap_player.label.vm_ghk")],
            display_legend=True,
        )
        self.trace = bq.Lines(
            x=np.zeros(1), y=np.zeros(1), scales=scales, colors=["black"], stroke_width=2.0,
            labels=[text("ap_player.label.vm")], display_legend=True,
        )
        self.cursor = bq.Lines(x=np.zeros(2), y=np.array(TRACE_RANGE), scales=scales,
                               colors=["#999999"], stroke_width=1.0)
        self.dot = bq.Scatter(x=np.zeros(1), y=np.zeros(1), scales=scales, colors=["black"],
                              default_size=48)
        self.figure = figure(
            [self.reversal_lines, self.ghk_trace, self.trace, self.cursor, self.dot,
             self.reversal_labels],
            [bq.Axis(scale=self._t_scale, label=text("ap_player.axis.time")),
             bq.Axis(scale=self.voltage_scale, side="left", label=text("ap_player.axis.voltage"),
                     grid_lines="dashed")],
            title=text("chart.ap.title"), width=_FIG_WIDTH, height=290, legend_location="top",
            margin="labelled",
        )
        self.description = LiveDescription(self.figure, width=f"{_FIG_WIDTH}px")
        self.description.hold_while(self.play)
        self.weight_bars.description.hold_while(self.play)

        self.readout = w.HTML()
        self.run_readout = w.HTML()
        p = self.result.parameters
        self.caption = w.HTML(
            f"{HTML_BLOCK}<small>"
            + text("ap_player.caption", e_k=fmt_signed_mv(p.e_k), e_na=fmt_signed_mv(p.e_na),
                   e_leak=fmt_signed_mv(p.e_leak), k_in=fmt_mm(self.vote.c_in[0]),
                   na_in=fmt_mm(self.vote.c_in[1]))
            + "</small></div>",
            layout=w.Layout(width=f"{_FIG_WIDTH + _SIDE_WIDTH}px"),
        )
        side = w.VBox([self.readout, self.run_readout],
                      layout=w.Layout(width=f"{_SIDE_WIDTH}px", padding="10px 0 0 10px"))
        # one column, ~850 px wide: trace and readout, the Play control, the vote, the controls
        super().__init__([
            w.HBox([w.VBox([self.figure, self.description]), side]),
            w.HBox([self.play, self.frame]), self.weight_bars,
            self.amplitude_slider, self.pulse_slider, self.temperature_slider,
            self.message, self.caption,
        ], **kwargs)

        for slider in (self.amplitude_slider, self.pulse_slider, self.temperature_slider):
            slider.observe(self._on_control, names="value")
        self.frame.observe(self._show_frame, names="value")
        self._show_run()
        accessible_root(self)  # names, values and keys in the page

    # --- the run --------------------------------------------------------------------------

    def _make_model(self, model):
        vote = self.vote
        if model is None:
            ions = [IonState(name, c_in, c_out, 1.0)
                    for name, c_in, c_out in zip(_NAMES, vote.c_in, vote.c_out, strict=True)]
            return MembraneModel(ions, temperature=self.result.parameters.temperature)
        if sorted(model.names) != sorted(_NAMES):
            raise ValueError(f"model must hold exactly the ions K and Na, got {model.names}")
        return model

    def _run(self):
        """Simulate the controls' settings; return an error in words, or "" on success."""
        temperature = physics.celsius_to_kelvin(self.temperature_slider.value)
        stimulus = _pulse(self.amplitude_slider.value, self.pulse_slider.value)
        try:
            result = physics.hodgkin_huxley(self.duration, stimulus,
                                            temperature=float(temperature))
            vote = physics.hh_vote(result)
        except ValueError as exc:
            return text("ap_player.error.physics", reason=describe_error(exc))
        self.result, self.vote = result, vote
        return ""

    def _on_control(self, change=None):
        error = self._run()
        show_message(self.message, error)
        if not error:
            self._show_run()

    def _show_run(self):
        """Draw the whole run (once per recomputation) and then the current frame."""
        r, vote = self.result, self.vote
        t = r.t
        lo, hi = voltage_limits([r.v.min(), r.v.max(), vote.vm_ghk.min(), vote.vm_ghk.max(),
                                 vote.e_k, vote.e_na], base=TRACE_RANGE, step=25.0)
        with self.voltage_scale.hold_sync():
            self.voltage_scale.min, self.voltage_scale.max = lo, hi
        with self._t_scale.hold_sync():
            self._t_scale.min, self._t_scale.max = float(t[0]), float(t[-1])
        with self.trace.hold_sync():
            self.trace.x, self.trace.y = t, r.v
        with self.ghk_trace.hold_sync():
            self.ghk_trace.x, self.ghk_trace.y = t, vote.vm_ghk
        with self.reversal_lines.hold_sync():
            self.reversal_lines.x = np.array([[t[0], t[-1]], [t[0], t[-1]]])
            self.reversal_lines.y = np.array([[vote.e_k] * 2, [vote.e_na] * 2])
        with self.reversal_labels.hold_sync():
            self.reversal_labels.x = np.full(2, float(t[-1]))
            self.reversal_labels.y = end_label_heights((vote.e_k, vote.e_na), lo, hi,
                                                       plot_height(self.figure))
        with self.cursor.hold_sync():
            self.cursor.y = np.array([lo, hi])

        n = t.size
        step = max(1, round(n * PLAY_INTERVAL / SWEEP_MS))
        last = n - 1
        with self.play.hold_trait_notifications():
            self.play.max, self.play.step = last, step
        self.frame.max = last

        peak = int(np.argmax(r.v))
        if r.spike_times().size:
            self.run_readout.value = text("ap_player.readout.spike", peak=fmt_signed_mv(r.v[peak]),
                                          t=self._fmt_ms(t[peak]))
        else:
            self.run_readout.value = text("ap_player.readout.no_spike",
                                          peak=fmt_signed_mv(r.v[peak]))
        with self.model.batch():  # one recomputation of the vote panel per run
            for ion, c_in, c_out in zip(self._ions, vote.c_in, vote.c_out, strict=True):
                ion.c_in, ion.c_out = float(c_in), float(c_out)
            self.model.temperature = r.parameters.temperature
            self._ions[0].permeability = 1.0  # permeabilities relative to K+
            self._show_frame()

    # --- one frame ------------------------------------------------------------------------

    def _show_frame(self, change=None):
        """Move the cursor and set the vote of the current sample (the trace stays)."""
        f = self.frame.value
        r, vote = self.result, self.vote
        t, v = float(r.t[f]), float(r.v[f])
        ratio = float(vote.ratio[f])
        with self.model.batch():
            self._ions[1].permeability = ratio  # P_Na / P_K, with P_K = 1
        self.cursor.x = np.array([t, t])  # one trait: one message
        with self.dot.hold_sync():
            self.dot.x, self.dot.y = np.array([t]), np.array([v])

        w_k, w_na = (float(x) for x in vote.weights[f])
        winner = ion_label("Na" if w_na > w_k else "K")
        vm_ghk = float(vote.vm_ghk[f])
        self.description.say(
            (f, winner),
            lambda: text("chart.ap.description", t=self._fmt_ms(t), vm=fmt_signed_mv(v),
                         vm_ghk=fmt_signed_mv(vm_ghk), ion=winner))
        g_unit = text("ap_player.unit.conductance")
        self.readout.value = (
            HTML_BLOCK
            + text("ap_player.readout.time", t=self._fmt_ms(t), vm=fmt_signed_mv(v),
                   vm_ghk=fmt_signed_mv(float(vote.vm_ghk[f])))
            + "<br>"
            + text("ap_player.readout.ratio", ratio=fmt_number(ratio, 2),
                   winner=text("ap_player.readout.dominates", ion=winner),
                   w_k=f"{w_k:.2f}", w_na=f"{w_na:.2f}")
            + "<br>"
            + text("ap_player.readout.conductance",
                   g_na=f"{fmt_number(float(r.g_na[f]))} {g_unit}",
                   g_k=f"{fmt_number(float(r.g_k[f]))} {g_unit}")
            + "</div>"
        )

    @staticmethod
    def _fmt_ms(t):
        return f"{fmt_number(t)} {text('ap_player.unit.ms')}"
