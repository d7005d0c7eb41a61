"""DynamicEquilibrium: single ions crossing both ways, and why V = E is a balance, not a stop."""

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
    int_slider,
    message_box,
    show_message,
)
from membrane_widgets.widgets._kit_figure import figure
from membrane_widgets.widgets._kit_format import (
    MINUS,
    describe_error,
    fmt_number,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["DynamicEquilibrium"]

#: Crossings per ms per mM at 0 mV: slowed down ~10^4-fold from a real channel so
#: that K+ at E_K crosses about once per ms each way.
RATE_CONSTANT = 0.05
#: Time bins of one run, and their width (ms).
N_BINS = 200
DT = 1.0
#: Repeats of the run for the histogram of net crossings.
N_TRIALS = 500
#: Range of the held potential V, mV.
VM_RANGE = (-150.0, 100.0)
#: Milliseconds between two frames of the Play control.
PLAY_INTERVAL = 100
_N_HIST_BINS = 30
_TRACE_COLOUR = "black"
_EXPECTED_COLOUR = "#7F7F7F"
_SIZES = {"label_width": "7em", "width": "24em"}


def _fmt_count(n):
    """Write a whole number with a true minus sign, e.g. ``"−7"``."""
    return f"{MINUS if n < 0 else ''}{abs(int(n))}"


def _fmt_net(n):
    """Write a net count in words: ``"5 out"``, ``"3 in"``, ``"0"``."""
    if n > 0:
        return text("crossings.net.out", n=int(n))
    if n < 0:
        return text("crossings.net.in", n=-int(n))
    return text("crossings.net.zero")


def _fmt_rate(x):
    return f"{fmt_number(x)} {text('crossings.unit.rate')}"


def _fmt_ratio(x):
    """Write a flux ratio with two decimals where it is readable so, e.g. ``"1.00"``."""
    return f"{x:.2f}" if 0.1 <= x < 1e3 else fmt_number(x)


def _fmt_ms(x):
    """Write a time in ms, whole numbers without decimals, e.g. ``"150 ms"``."""
    value = f"{x:.0f}" if float(x).is_integer() else fmt_number(x)
    return f"{value} {text('crossings.unit.ms')}"


class DynamicEquilibrium(ModelView, w.VBox):
    """Watch single ions cross an open channel both ways at a held potential V.

    A seeded run of :func:`physics.simulate_crossings` (200 bins of 1 ms,
    500 repeats) is computed when V, the ion or the concentrations
    change; the Play control then steps through the first repeat, drawing the
    cumulative net number of ions that left the cell, while live counters
    add up the ions that went in and out. The histogram shows the net count at
    the end of all repeats: centred on 0 at V = E, shifted away from E. The
    readout gives the mean rates from :func:`physics.unidirectional_rates` and
    their ratio (the Ussing flux ratio), 1.00 : 1 at V = E.

    Parameters
    ----------
    ion : str, optional
        The ion shown first (a name of the model's ions). Default ``"K"``.
    seed : int, optional
        Seed of the first run; "new run" adds one. Default 0.
    model : MembraneModel, optional
        The shared model, which supplies the concentrations (mM), valences and
        temperature; a new mammalian-neuron model (K⁺ 140/5 mM) if omitted. The
        widget holds the membrane at V: V is the model's clamp potential
        (``vm_clamp``, mV), and the widget puts the model in clamp mode at E of the
        chosen ion when it starts.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    model : MembraneModel
        The model this widget reads (and clamps).
    seed : int
        The seed of the run on screen.
    ion_select : ipywidgets.Dropdown
        The ion.
    vm_slider : ipywidgets.FloatSlider
        The held potential V, mV (-150 to +100); starts at the ion's E.
    equilibrium_button : ipywidgets.Button
        "set V = E": puts V at the ion's Nernst potential.
    new_run_button : ipywidgets.Button
        A new random run (seed + 1).
    play : ipywidgets.Play
        Steps through the run, one 1-ms bin per frame every 100 ms.
    frame : ipywidgets.IntSlider
        The current frame (ms since the start, 0-200), linked to `play`.
    counters : ipywidgets.HTML
        Ions in, ions out and the net count since the start.
    rates_readout : ipywidgets.HTML
        Mean influx and efflux (ions/ms) and their ratio, "influx : efflux = 1.00 : 1".
    histogram_readout : ipywidgets.HTML
        Mean net count over the repeats, and the expected value.
    trace, expected : bqplot.Lines
        Cumulative net ions out (count) against time (ms) for this run up to the
        current frame, and the expected mean for the whole run.
    bars : bqplot.Bars
        Histogram of the net count at the end of the run over the repeats.
    zero_line, mean_line : bqplot.Lines
        The histogram's 0 and the mean of the repeats.
    result : physics.CrossingsResult
        The run on screen.
    e_rev : float
        The ion's Nernst potential, mV.
    caption, message : ipywidgets.HTML
        What to look for; inline messages (hidden when empty).
    trace_figure, histogram_figure : bqplot.Figure
        The two plots, with their titles.
    description : LiveDescription
        What the two plots show for the run on screen, in a sentence (said
        once per run, not per frame).
    """

    def __init__(self, ion="K", seed=0, model=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        name = self.model.ion(ion).name
        self.seed = int(seed)
        self.result = None
        self.e_rev = math.nan
        self._key = None
        self._frame_x = self._frame_y = None
        self._cum_in = self._cum_out = None

        self.ion_select = dropdown(text("crossings.control.ion"),
                                   [(ion_label(n), n) for n in self.model.names], name,
                                   label_width=_SIZES["label_width"], width="15em")
        self.vm_slider = float_slider(text("crossings.control.vm"), 0.0, VM_RANGE, 0.1,
                                      unit=text("unit.mv"), continuous=False, **_SIZES)
        self.equilibrium_button = w.Button(description=text("crossings.control.set_e"),
                                           layout=w.Layout(width="9em"))
        self.new_run_button = w.Button(description=text("crossings.control.new_run"),
                                       layout=w.Layout(width="9em"))
        self.play = w.Play(value=0, min=0, max=N_BINS, step=1, interval=PLAY_INTERVAL,
                           description=text("crossings.control.play"))
        self.frame = int_slider(text("crossings.control.time"), 0, (0, N_BINS),
                                unit=text("unit.ms"), **_SIZES)
        w.link((self.play, "value"), (self.frame, "value"))
        self.counters = w.HTML()
        self.rates_readout = w.HTML()
        self.histogram_readout = w.HTML()
        self.caption = w.HTML(text("crossings.caption", k=f"{RATE_CONSTANT:g}"))
        self.message = message_box()

        # --- trace of the cumulative net count ---
        duration = N_BINS * DT
        self._tx = bq.LinearScale(min=0.0, max=duration)
        self._ty = bq.LinearScale(min=-20.0, max=20.0)
        scales = {"x": self._tx, "y": self._ty}
        self.expected = bq.Lines(x=np.array([0.0, duration]), y=np.zeros(2), scales=scales,
                                 colors=[_EXPECTED_COLOUR], line_style="dashed", stroke_width=2,
                                 labels=[text("crossings.label.expected")], display_legend=True)
        self.trace = bq.Lines(x=np.zeros(1), y=np.zeros(1), scales=scales,
                              colors=[_TRACE_COLOUR], stroke_width=2, interpolation="step-after",
                              labels=[text("crossings.label.trace")], display_legend=True)
        self.trace_figure = figure(
            [self.expected, self.trace],
            [bq.Axis(scale=self._tx, label=text("crossings.axis.time")),
             bq.Axis(scale=self._ty, side="left", label=text("crossings.axis.net"),
                     grid_lines="dashed")],
            title=text("chart.crossings.trace.title"), width=540, height=320,
            legend_location="top-left",
        )

        # --- histogram over the repeats ---
        self._hx = bq.LinearScale(min=-50.0, max=50.0)
        self._hy = bq.LinearScale(min=0.0)
        hscales = {"x": self._hx, "y": self._hy}
        self.bars = bq.Bars(x=np.zeros(1), y=np.zeros(1), scales=hscales, padding=0.05,
                            opacities=[0.8])
        self.zero_line = bq.Lines(x=np.zeros(2), y=np.array([0.0, 1.0]),
                                  scales={"x": self._hx, "y": bq.LinearScale(min=0.0, max=1.0)},
                                  colors=[_EXPECTED_COLOUR], line_style="dashed")
        self.mean_line = bq.Lines(x=np.zeros(2), y=np.array([0.0, 1.0]),
                                  scales={"x": self._hx, "y": self.zero_line.scales["y"]},
                                  colors=[_TRACE_COLOUR], stroke_width=2)
        self.histogram_figure = figure(
            [self.bars, self.zero_line, self.mean_line],
            [bq.Axis(scale=self._hx, label=text("crossings.axis.net_final", t=_fmt_ms(duration))),
             bq.Axis(scale=self._hy, side="left", label=text("crossings.axis.trials"))],
            title=text("chart.crossings.histogram.title", t=_fmt_ms(duration), n=N_TRIALS),
            width=400, height=320,
        )
        self.description = LiveDescription(self.trace_figure, self.histogram_figure,
                                           width="940px")

        super().__init__([
            w.HBox([self.ion_select, self.vm_slider, self.equilibrium_button]),
            w.HBox([self.play, self.frame, self.new_run_button]),
            self.message, self.rates_readout, self.counters,
            w.HBox([self.trace_figure, self.histogram_figure]), self.description,
            self.histogram_readout, self.caption,
        ], **kwargs)

        # V is the shared model's clamp: this widget holds the membrane at V (a voltage clamp)
        self._v_binding = Binding(self.vm_slider, self.model, "vm_clamp")
        self.model.vm_mode = "clamp"
        self._set_e(show=False)
        self.ion_select.observe(self._on_ion, names="value")
        self.vm_slider.observe(self._simulate, names="value")
        self.equilibrium_button.on_click(self._on_set_e)
        self.new_run_button.on_click(self._on_new_run)
        self.frame.observe(self._show_frame, names="value")
        self.watch(self.model, self._on_model, "revision")
        self._simulate()
        accessible_root(self)  # names, values and keys in the page

    @property
    def ion(self):
        """The :class:`IonState` shown."""
        return self.model.ion(self.ion_select.value)

    # --- controls -------------------------------------------------------------------------

    def _set_e(self, show=True):
        """Compute E of the ion and put V there (clamped to the slider's range)."""
        ion = self.ion
        try:
            e = float(physics.nernst_potential(ion.c_out, ion.c_in, ion.valence,
                                               self.model.temperature))
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        self.e_rev = e
        v = min(max(e, VM_RANGE[0]), VM_RANGE[1])
        if show:
            show_message(self.message, "" if v == e else text(
                "crossings.error.e_outside", ion=ion_label(ion.name), e=fmt_signed_mv(e)))
        self.vm_slider.value = v

    def _on_set_e(self, button=None):
        self._set_e()

    def _on_ion(self, change=None):
        self._simulate()

    def _on_new_run(self, button=None):
        self.seed += 1
        self._simulate()

    def _on_model(self, change=None):
        self._simulate()

    # --- recomputation --------------------------------------------------------------------

    def _simulate(self, change=None):
        """Run the seeded simulation for the present V, ion and concentrations, if they changed."""
        ion = self.ion
        vm, temperature = self.vm_slider.value, self.model.temperature
        key = (ion.name, ion.c_in, ion.c_out, ion.valence, temperature, vm, self.seed)
        if key == self._key:
            return
        try:
            e = float(physics.nernst_potential(ion.c_out, ion.c_in, ion.valence, temperature))
            result = physics.simulate_crossings(
                N_BINS * DT, vm, ion.c_in, ion.c_out, ion.valence, temperature,
                rate_constant=RATE_CONSTANT, dt=DT, n_trials=N_TRIALS, seed=self.seed)
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        show_message(self.message, "")
        self._key, self.result, self.e_rev = key, result, e
        colour = ion.ion.colour

        # the trace: frame f shows the first f bins, starting at (0, 0)
        self._frame_x = np.concatenate(([0.0], result.t))
        self._frame_y = np.concatenate(([0], result.net_out[0]))
        self._cum_in = np.concatenate(([0], np.cumsum(result.influx[0])))
        self._cum_out = np.concatenate(([0], np.cumsum(result.efflux[0])))
        drift = result.mean_efflux - result.mean_influx  # ions/ms, outward +
        duration = N_BINS * DT
        expected_end = drift * duration
        lo = min(float(self._frame_y.min()), expected_end, -20.0)
        hi = max(float(self._frame_y.max()), expected_end, 20.0)
        pad = 0.1 * (hi - lo)
        with self._ty.hold_sync():
            self._ty.min, self._ty.max = lo - pad, hi + pad
        with self.expected.hold_sync():
            self.expected.y = np.array([0.0, expected_end])
        with self.trace.hold_sync():
            self.trace.colors = [colour]

        # the histogram of the final net count over the repeats
        final = result.net_out[:, -1]
        f_lo, f_hi = int(final.min()), int(final.max())
        width = max(1, math.ceil((f_hi - f_lo + 1) / _N_HIST_BINS))
        edges = np.arange(f_lo - 0.5, f_hi + width + 0.5, width)
        counts, edges = np.histogram(final, bins=edges)
        centres = 0.5 * (edges[:-1] + edges[1:])
        span = 1.1 * max(abs(edges[0]), abs(edges[-1]), 40.0)
        mean = float(final.mean())
        with self._hx.hold_sync():
            self._hx.min, self._hx.max = -span, span
        with self.bars.hold_sync():
            self.bars.x, self.bars.y = centres, counts
            self.bars.colors = [colour]
        with self.mean_line.hold_sync():
            self.mean_line.x = np.array([mean, mean])
            self.mean_line.colors = [colour]
        sem = float(final.std(ddof=1)) / math.sqrt(N_TRIALS)
        self.histogram_readout.value = text(
            "crossings.readout.histogram", t=_fmt_ms(duration), n=N_TRIALS, seed=self.seed,
            mean=fmt_number(mean, 2), sem=fmt_number(sem, 2),
            expected=fmt_number(round(expected_end, 1), 2))

        fields = {"vm": fmt_signed_mv(vm), "influx": _fmt_rate(result.mean_influx),
                  "efflux": _fmt_rate(result.mean_efflux), "ion": ion_label(ion.name),
                  "e": fmt_signed_mv(e)}
        if result.mean_efflux > 0:
            self.rates_readout.value = text(
                "crossings.readout.rates",
                ratio=_fmt_ratio(result.mean_influx / result.mean_efflux), **fields)
        else:
            self.rates_readout.value = text("crossings.readout.rates_no_efflux", **fields)

        final_net = int(result.net_out[0, -1])
        words = (fmt_signed_mv(vm), fmt_signed_mv(e), ion_label(ion.name), _fmt_net(final_net),
                 fmt_number(mean, 2), fmt_number(round(expected_end, 1), 2))
        self.description.say(words, lambda: text(
            "chart.crossings.description", vm=words[0], e=words[1], ion=words[2], net=words[3],
            n=N_TRIALS, mean=words[4], expected=words[5]))

        if self.play.value != 0:
            self.play.value = 0  # a new experiment starts at t = 0 (redraws via `frame`)
        else:
            self._show_frame()

    def _show_frame(self, change=None):
        """Draw the run up to the current frame: the trace and the counters."""
        if self.result is None:
            return
        f = self.frame.value
        with self.trace.hold_sync():
            self.trace.x = self._frame_x[:f + 1]
            self.trace.y = self._frame_y[:f + 1]
        n_in, n_out = int(self._cum_in[f]), int(self._cum_out[f])
        self.counters.value = text(
            "crossings.readout.counters", t=_fmt_ms(self._frame_x[f]), n_in=_fmt_count(n_in),
            n_out=_fmt_count(n_out), net=_fmt_net(n_out - n_in))
