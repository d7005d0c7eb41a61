"""PumpLeakRundown: block the Na+/K+ pump and watch the gradients and V_m run down."""

import math

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_controls import (
    float_slider,
    log_slider,
    message_box,
    show_message,
)
from membrane_widgets.widgets._kit_figure import (
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

__all__ = ["PumpLeakRundown"]

#: Milliseconds per minute (the sliders are in minutes, the physics in ms).
MS_PER_MINUTE = 60e3
#: Absolute K+ permeability, cm/s, that the model's relative permeabilities scale.
P_K_ABSOLUTE = 1e-6
RADIUS_EXPONENTS = (0.0, math.log10(500.0))  # 1 .. 500 um
DURATION_EXPONENTS = (0.0, math.log10(600.0))  # 1 .. 600 min
BLOCK_RANGE = (0.0, 600.0)  # min
#: Output samples of a run.
N_POINTS = 121
_VM_COLOUR = "black"
_BLOCK_COLOUR = "#7F7F7F"
_SIZES = {"continuous": False, "label_width": "19em", "width": "39em"}


def _fmt_minutes(x):
    return f"{fmt_number(x)} {text('pump_leak.unit.min')}"


class PumpLeakRundown(ModelView, w.VBox):
    """Simulate a cell whose Na⁺/K⁺ pump is blocked by ouabain: the gradients run down.

    "Run" calls :func:`physics.pump_leak` (a 3 Na⁺ : 2 K⁺ pump against GHK
    leaks of Na⁺ and K⁺, starting at steady state) for a spherical cell of the
    chosen radius; a progress bar shows while it runs. The left figure draws
    Na⁺ and K⁺ inside against minutes, the right one V_m, E_K and E_Na. The
    readouts give the half-time of the K⁺ rundown and the instantaneous loss
    of the pump's electrogenic contribution at the block
    (:func:`physics.pump_contribution`). The sliders only take effect on
    "Run" (they never start a simulation while dragged); the widget runs once
    when it is built.

    Parameters
    ----------
    radius : float, optional
        Cell radius, µm (1-500). Default 10.
    duration : float, optional
        Simulated time, min (1-600). Default 60.
    block_at : float, optional
        Time at which ouabain blocks the pump, min (0-600). Default 0.
    model : MembraneModel, optional
        The shared model, which supplies the Na⁺ and K⁺ concentrations (mM),
        P_Na/P_K (P_K = 10⁻⁶ cm/s) and the temperature; a new mammalian-neuron
        model if omitted. The widget does not change the model.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Raises
    ------
    ValueError
        If the model has no K⁺ or no Na⁺.

    Attributes
    ----------
    model : MembraneModel
        The model this widget reads.
    radius_slider, duration_slider : ipywidgets.FloatLogSlider
        Cell radius (µm) and simulated time (min).
    block_slider : ipywidgets.FloatSlider
        When ouabain blocks the pump, min.
    run_button : ipywidgets.Button
        Runs the simulation with the present settings.
    progress : ipywidgets.FloatProgress
        Fraction of the run done (0-1); shown only while a run is going on.
    result : physics.PumpLeakResult or None
        The run on screen.
    half_time : float or None
        Minutes after the block for K⁺ inside to fall halfway to its final
        value; None if not reached in the run (or no block, or no rundown).
    k_final : float
        K⁺ inside of the blocked cell at its final steady state, mM.
    vm_before, vm_after, contribution : float
        V_m just before and just after the block, and their difference (the
        pump's electrogenic contribution, negative), mV.
    na_line, k_line : bqplot.Lines
        Na⁺ and K⁺ inside (mM) against time (min).
    vm_line, e_k_line, e_na_line : bqplot.Lines
        V_m, E_K and E_Na (mV) against time (min).
    block_lines : tuple of bqplot.Lines
        The time of the block in each figure (hidden when after the run).
    half_time_readout, jump_readout, end_readout : ipywidgets.HTML
        The readouts.
    stale : ipywidgets.HTML
        Says "press Run" when the settings differ from the run on screen.
    caption, model_caption, message : ipywidgets.HTML
        Why bigger cells run down more slowly; the model in use; inline messages.
    concentration_figure, voltage_figure : bqplot.Figure
        The two plots, with their titles. Each curve has its own dash pattern
        and its name at its right-hand end (no legend).
    end_labels : tuple of bqplot.Label
        The curves' names in each figure: Na⁺, K⁺; Vₘ, E(K⁺), E(Na⁺).
    description : LiveDescription
        What the run on screen shows, in a sentence.
    """

    def __init__(self, radius=10.0, duration=60.0, block_at=0.0, model=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        for name in ("K", "Na"):
            self.model.ion(name)  # ValueError if missing
        self.result = None
        self.half_time = None
        self.k_final = self.vm_before = self.vm_after = self.contribution = math.nan
        self._last = None

        self.radius_slider = log_slider(text("pump_leak.control.radius"), radius,
                                        RADIUS_EXPONENTS, unit=text("unit.um"), **_SIZES)
        self.duration_slider = log_slider(text("pump_leak.control.duration"), duration,
                                          DURATION_EXPONENTS, unit=text("unit.min"), **_SIZES)
        self.block_slider = float_slider(text("pump_leak.control.block"), block_at, BLOCK_RANGE,
                                         1.0, unit=text("unit.min"), **_SIZES)
        self.run_button = w.Button(description=text("pump_leak.control.run"),
                                   button_style="primary", layout=w.Layout(width="9em"))
        self.progress = w.FloatProgress(value=0.0, min=0.0, max=1.0,
                                        layout=w.Layout(width="20em", display="none"))
        self.stale = message_box()
        self.half_time_readout = w.HTML()
        self.jump_readout = w.HTML()
        self.end_readout = w.HTML()
        self.caption = w.HTML(text("pump_leak.caption"))
        self.model_caption = w.HTML()
        self.message = message_box()

        na_colour, k_colour = physics.get_ion("Na").colour, physics.get_ion("K").colour
        one = np.zeros(2)
        # --- concentrations ---
        self._x_c = bq.LinearScale(min=0.0, max=float(duration))
        self._y_c = bq.LinearScale(min=0.0, max=160.0)
        scales = {"x": self._x_c, "y": self._y_c}
        self.na_line = bq.Lines(x=one, y=one, scales=scales, colors=[na_colour], stroke_width=3,
                                line_style="dashed",
                                labels=[text("pump_leak.label.conc", ion=ion_label("Na"))])
        self.k_line = bq.Lines(x=one, y=one, scales=scales, colors=[k_colour], stroke_width=3,
                               labels=[text("pump_leak.label.conc", ion=ion_label("K"))])
        # --- potentials ---
        self._x_v = bq.LinearScale(min=0.0, max=float(duration))
        self._y_v = bq.LinearScale(min=-100.0, max=70.0)
        vscales = {"x": self._x_v, "y": self._y_v}
        self.e_k_line = bq.Lines(x=one, y=one, scales=vscales, colors=[k_colour],
                                 line_style="dashed", stroke_width=2,
                                 labels=[text("pump_leak.label.reversal", ion=ion_label("K"))])
        self.e_na_line = bq.Lines(x=one, y=one, scales=vscales, colors=[na_colour],
                                  line_style="dash_dotted", stroke_width=2,
                                  labels=[text("pump_leak.label.reversal", ion=ion_label("Na"))])
        self.vm_line = bq.Lines(x=one, y=one, scales=vscales, colors=[_VM_COLOUR], stroke_width=3,
                                labels=[text("pump_leak.label.vm")])
        # each curve named at its right-hand end (a legend would sit on a curve)
        self.end_labels = (
            end_labels([ion_label("Na"), ion_label("K")], [na_colour, k_colour], scales),
            end_labels([text("pump_leak.label.vm"), *(text("pump_leak.label.reversal",
                                                           ion=ion_label(n)) for n in ("K", "Na"))],
                       [_VM_COLOUR, k_colour, na_colour], vscales))
        # the block, a vertical line over the full height of each figure
        self.block_lines = tuple(
            bq.Lines(x=one, y=np.array([0.0, 1.0]),
                     scales={"x": xs, "y": bq.LinearScale(min=0.0, max=1.0)},
                     colors=[_BLOCK_COLOUR], line_style="dotted", stroke_width=2)
            for xs in (self._x_c, self._x_v))
        self.concentration_figure = figure(
            [self.block_lines[0], self.na_line, self.k_line, self.end_labels[0]],
            [bq.Axis(scale=self._x_c, label=text("pump_leak.axis.minutes")),
             bq.Axis(scale=self._y_c, side="left", label=text("pump_leak.axis.concentration"),
                     grid_lines="dashed")],
            title=text("chart.pump_leak.concentrations.title"), width=520, height=320,
            margin="labelled")
        self.voltage_figure = figure(
            [self.block_lines[1], self.e_k_line, self.e_na_line, self.vm_line, self.end_labels[1]],
            [bq.Axis(scale=self._x_v, label=text("pump_leak.axis.minutes")),
             bq.Axis(scale=self._y_v, side="left", label=text("axis.voltage"),
                     grid_lines="dashed")],
            title=text("chart.pump_leak.potentials.title"), width=520, height=320,
            margin="labelled")
        self.description = LiveDescription(self.concentration_figure, self.voltage_figure,
                                           width="1040px")

        controls = w.VBox([self.radius_slider, self.duration_slider, self.block_slider,
                           w.HBox([self.run_button, self.progress]), self.stale])
        super().__init__([
            controls,
            w.HBox([self.concentration_figure, self.voltage_figure]), self.description,
            self.half_time_readout, self.jump_readout, self.end_readout, self.message,
            self.caption, self.model_caption,
        ], **kwargs)

        self.run_button.on_click(self._on_run)
        for slider in (self.radius_slider, self.duration_slider, self.block_slider):
            slider.observe(self._update_stale, names="value")
        self.watch(self.model, self._update_stale, "revision")
        self.run()
        accessible_root(self)  # names, values and keys in the page

    # --- settings -------------------------------------------------------------------------

    def _settings(self):
        """Return the keyword arguments of :func:`physics.pump_leak` for the present settings."""
        k, na = self.model.ion("K"), self.model.ion("Na")
        return {
            "duration": self.duration_slider.value * MS_PER_MINUTE,
            "radius": self.radius_slider.value,
            "na_in": na.c_in, "na_out": na.c_out, "k_in": k.c_in, "k_out": k.c_out,
            "p_na": P_K_ABSOLUTE * na.permeability, "p_k": P_K_ABSOLUTE * k.permeability,
            "block_at": self.block_slider.value * MS_PER_MINUTE,
            "temperature": self.model.temperature,
        }

    def _update_stale(self, change=None):
        show_message(self.stale, "" if self._settings() == self._last else text("pump_leak.stale"))

    # --- running --------------------------------------------------------------------------

    def _on_run(self, button=None):
        self.run()

    def _on_progress(self, fraction):
        self.progress.value = fraction

    def run(self):
        """Simulate with the present settings and redraw the figures and readouts.

        The progress bar shows during the run and is hidden after it. A
        simulation that fails shows its reason inline and keeps the last
        result on screen.
        """
        settings = self._settings()
        self.run_button.disabled = True
        self.progress.layout.display = None
        self.progress.value = 0.0
        try:
            result = physics.pump_leak(n_points=N_POINTS, progress=self._on_progress, **settings)
            k_final = self._final_k(settings)
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        finally:
            self.progress.layout.display = "none"
            self.run_button.disabled = False
        show_message(self.message, "")
        self._last = settings
        self.result, self.k_final = result, k_final
        self._update_stale()
        self._draw(settings)

    def _final_k(self, settings):
        """Return K⁺ inside at the final steady state of the blocked cell, mM.

        Before the block the cell is at steady state, so where it ends does not
        depend on when the pump stops: ``physics.pump_leak_final_state``.
        """
        keys = ("na_in", "na_out", "k_in", "k_out", "temperature")
        return physics.pump_leak_final_state(**{k: settings[k] for k in keys if k in settings})[1]

    # --- drawing --------------------------------------------------------------------------

    def _draw(self, settings):
        r = self.result
        minutes = r.minutes
        end = float(minutes[-1])
        block = settings["block_at"] / MS_PER_MINUTE
        blocked = block < end
        for xs in (self._x_c, self._x_v):
            with xs.hold_sync():
                xs.min, xs.max = 0.0, end
        with self._y_c.hold_sync():
            self._y_c.min = 0.0
            self._y_c.max = 1.1 * float(max(r.na_in.max(), r.k_in.max()))
        v_lo = float(min(r.vm.min(), r.e_k.min(), r.e_na.min()))
        v_hi = float(max(r.vm.max(), r.e_k.max(), r.e_na.max()))
        with self._y_v.hold_sync():
            self._y_v.min = 10.0 * math.floor(v_lo / 10.0) - 10.0
            self._y_v.max = 10.0 * math.ceil(v_hi / 10.0) + 10.0
        for line, y in ((self.na_line, r.na_in), (self.k_line, r.k_in), (self.vm_line, r.vm),
                        (self.e_k_line, r.e_k), (self.e_na_line, r.e_na)):
            with line.hold_sync():
                line.x, line.y = minutes, y
        for line in self.block_lines:
            with line.hold_sync():
                line.x = np.array([block, block])
                line.visible = blocked
        for label, fig, scale, ends in (
                (self.end_labels[0], self.concentration_figure, self._y_c,
                 (r.na_in[-1], r.k_in[-1])),
                (self.end_labels[1], self.voltage_figure, self._y_v,
                 (r.vm[-1], r.e_k[-1], r.e_na[-1]))):
            with label.hold_sync():
                label.x = np.full(len(ends), end)
                label.y = end_label_heights(ends, scale.min, scale.max, plot_height(fig))
        words = (_fmt_minutes(end), fmt_mm(float(r.k_in[0])), fmt_mm(float(r.k_in[-1])),
                 fmt_mm(float(r.na_in[0])), fmt_mm(float(r.na_in[-1])),
                 fmt_signed_mv(float(r.vm[0])), fmt_signed_mv(float(r.vm[-1])))
        self.description.say(words, lambda: text(
            "chart.pump_leak.description", t=words[0], k0=words[1], k1=words[2], na0=words[3],
            na1=words[4], vm0=words[5], vm1=words[6]))

        self.end_readout.value = text(
            "pump_leak.readout.end", t=_fmt_minutes(end), na=fmt_mm(float(r.na_in[-1])),
            k=fmt_mm(float(r.k_in[-1])), vm=fmt_signed_mv(float(r.vm[-1])))
        na_ion, k_ion = self.model.ion("Na"), self.model.ion("K")
        t_c = fmt_celsius(physics.kelvin_to_celsius(settings["temperature"]))
        ratio = (fmt_number(na_ion.permeability / k_ion.permeability)
                 if k_ion.permeability > 0 else "—")
        self.model_caption.value = text("pump_leak.caption.model",
                                        p_k=fmt_number(settings["p_k"]), p_ratio=ratio, t=t_c)
        self.half_time = None
        if not blocked:
            self.vm_before = self.vm_after = self.contribution = math.nan
            self.half_time_readout.value = text("pump_leak.readout.not_blocked")
            self.jump_readout.value = ""
            return
        self._show_jump(settings, block)
        self._show_half_time(block)

    def _show_jump(self, settings, block):
        """Show the pump's electrogenic contribution, lost at once when ouabain blocks it."""
        r = self.result
        na_b = float(np.interp(block, r.minutes, r.na_in))
        k_b = float(np.interp(block, r.minutes, r.k_in))
        args = (settings["p_k"], settings["p_na"], k_b, settings["k_out"], na_b,
                settings["na_out"], settings["temperature"])
        try:
            before = float(physics.mullins_noda_potential(*args))
            contribution = float(physics.pump_contribution(*args))
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            self.jump_readout.value = ""
            return
        self.vm_before, self.contribution = before, contribution
        self.vm_after = before - contribution
        self.jump_readout.value = text(
            "pump_leak.readout.jump", t=_fmt_minutes(block), before=fmt_signed_mv(before),
            after=fmt_signed_mv(self.vm_after), contribution=fmt_signed_mv(contribution))

    def _show_half_time(self, block):
        """Show the minutes after the block for K⁺ inside to fall halfway to its final value."""
        r = self.result
        k0 = float(np.interp(block, r.minutes, r.k_in))
        final = self.k_final
        if not math.isfinite(final):
            self.half_time_readout.value = text("pump_leak.readout.no_final")
            return
        if k0 - final <= 1e-3 * k0:
            self.half_time_readout.value = text("pump_leak.readout.no_rundown",
                                                start=fmt_mm(k0))
            return
        half = 0.5 * (k0 + final)
        fields = {"start": fmt_mm(k0), "final": fmt_mm(final)}
        half_time = physics.rundown_half_time(r.minutes, r.k_in, final, start=block)
        if half_time is None:
            self.half_time_readout.value = text(
                "pump_leak.readout.half_time_long", end=fmt_mm(float(r.k_in[-1])),
                half=fmt_mm(half), **fields)
            return
        self.half_time = half_time
        self.half_time_readout.value = text("pump_leak.readout.half_time",
                                            value=_fmt_minutes(self.half_time), **fields)
