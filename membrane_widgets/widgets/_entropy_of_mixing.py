"""EntropyOfMixing: particles spread on a lattice because spread-out arrangements are many."""

import math

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_controls import int_slider
from membrane_widgets.widgets._kit_figure import figure
from membrane_widgets.widgets._kit_format import MINUS, fmt_celsius, fmt_energy, fmt_number
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._strings import text

__all__ = ["EntropyOfMixing"]

#: Frames recorded per run (the start and 200 steps of one hop per particle).
N_FRAMES = 201
#: Milliseconds between two frames of the Play control.
PLAY_INTERVAL = 100
#: Temperature of the free-energy readout, K (37 °C).
TEMPERATURE = physics.BODY_TEMPERATURE
_PARTICLE_COLOUR = "#333333"
_HALF_COLOURS = ("#E8E8E8", "#FFFFFF")
_DIVIDER_COLOUR = "#7F7F7F"
_TRACE_COLOUR = "#009E73"
_CELL_PX = 26  # largest lattice cell on screen, px
_LATTICE_PX = (600, 360)  # largest lattice picture (width, height), px


def _fmt_ln(x):
    """Write ln Omega or Delta S / k_B with two decimals, e.g. ``"84.44"``, ``"−0.42"``."""
    s = f"{abs(x):.2f}"
    return (MINUS if x < 0 and float(s) != 0 else "") + s


def _fmt_omega(ln_omega):
    """Write Omega = exp(ln Omega) as ``"4.59×10³⁶"`` (as a power of ten when too large)."""
    if ln_omega < 700.0:
        return fmt_number(math.exp(ln_omega))
    return text("entropy.omega.power", exponent=fmt_number(ln_omega / math.log(10.0)))


class EntropyOfMixing(ModelView, w.VBox):
    """Particles that start in the left half hop at random and spread: S = k_B ln Ω rises.

    A run of :func:`physics.lattice_gas` (201 frames, seeded) is computed once
    per seed; the Play control and the step slider move through its frames.
    The left figure shows the particles on the lattice (the two halves shaded,
    split by a dashed line); the right one S/k_B = ln Ω up to the current step
    (:func:`physics.ln_microstates`) and its maximum (dashed). The readouts give
    the counts, ln Ω, S in J/K, and the link to chemistry: the entropy change
    for moving one more particle from left to right
    (:func:`physics.entropy_change_per_transfer`) compared with ln(c_L/c_R),
    and ΔG = −TΔS per mole at 37 °C.

    Parameters
    ----------
    n_particles : int, optional
        Number of particles (at most half the sites). Default 40.
    shape : tuple of int, optional
        Lattice (rows, columns), columns even. Default (10, 20).
    seed : int, optional
        Seed of the first run; "new run" adds one. Default 0.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Raises
    ------
    ValueError
        If the particles do not fit in the left half or `shape` is not valid
        (from :func:`physics.lattice_gas`).

    Attributes
    ----------
    seed : int
        The seed of the run on screen.
    result : physics.LatticeResult
        The run on screen.
    ln_omega_max : float
        The largest ln Ω over all splits of the particles (unitless).
    delta_s : numpy.ndarray
        ΔS/k_B for moving one more particle left to right at each frame
        (unitless; meaningful only where a particle is on the left).
    play : ipywidgets.Play
        Steps through the frames, one every 100 ms.
    frame : ipywidgets.IntSlider
        The current frame (0-200), linked to `play`.
    new_run_button : ipywidgets.Button
        A new random run (seed + 1).
    particles : bqplot.Scatter
        Particle positions (x: column, y: row) at the current frame.
    halves, divider : bqplot.Lines
        The shaded halves and the dashed line between them.
    trace : bqplot.Lines
        ln Ω (unitless) against the frame, up to the current frame.
    max_line : bqplot.Lines
        The maximum ln Ω (dashed).
    counts, entropy_readout, transfer_readout : ipywidgets.HTML
        Particles left and right; ln Ω, Ω and S = k_B ln Ω (J/K); ΔS/k_B for one
        more transfer, ln(c_L/c_R) and ΔG (kJ/mol).
    explanation : ipywidgets.HTML
        What Ω counts.
    lattice_figure, entropy_figure : bqplot.Figure
        The two plots, with their titles.
    description : LiveDescription
        What both show at the current step, in a sentence (said when the
        player is still: while Play runs, it waits for the stop).
    """

    def __init__(self, n_particles=40, shape=(10, 20), seed=0, **kwargs):
        self.n_particles = int(n_particles)
        self.shape = tuple(int(s) for s in shape)
        self.seed = int(seed)
        rows, cols = self.shape
        self._sites = rows * cols // 2  # sites per half
        cell = min(_CELL_PX, _LATTICE_PX[0] / max(cols, 1), _LATTICE_PX[1] / max(rows, 1))
        self.result = None
        self._run()  # raises ValueError for bad arguments, before any widget is built

        self.play = w.Play(value=0, min=0, max=N_FRAMES - 1, step=1, interval=PLAY_INTERVAL,
                           description=text("entropy.control.play"))
        self.frame = int_slider(text("entropy.control.frame"), 0, (0, N_FRAMES - 1), unit="",
                                label_width="5em", width="26em")
        w.link((self.play, "value"), (self.frame, "value"))
        self.new_run_button = w.Button(description=text("entropy.control.new_run"),
                                       layout=w.Layout(width="9em"))
        self.counts = w.HTML()
        self.entropy_readout = w.HTML()
        self.transfer_readout = w.HTML()
        self.explanation = w.HTML(text("entropy.explain"))

        # --- the lattice ---
        mid = cols / 2.0 - 0.5
        x0, x1, y0, y1 = -0.5, cols - 0.5, -0.5, rows - 0.5
        xs = bq.LinearScale(min=x0, max=x1)
        ys = bq.LinearScale(min=y0, max=y1)
        scales = {"x": xs, "y": ys}
        self.halves = bq.Lines(
            x=np.array([[x0, mid, mid, x0], [mid, x1, x1, mid]]),
            y=np.array([[y0, y0, y1, y1], [y0, y0, y1, y1]]),
            scales=scales, fill="inside", fill_colors=list(_HALF_COLOURS),
            fill_opacities=[1.0, 1.0], colors=list(_HALF_COLOURS), stroke_width=0,
        )
        self.divider = bq.Lines(x=np.array([mid, mid]), y=np.array([y0, y1]), scales=scales,
                                colors=[_DIVIDER_COLOUR], line_style="dashed", stroke_width=2)
        self.particles = bq.Scatter(x=np.zeros(self.n_particles), y=np.zeros(self.n_particles),
                                    scales=scales, colors=[_PARTICLE_COLOUR],
                                    default_size=max(int(0.45 * cell ** 2), 4), stroke="white")
        self.lattice_figure = figure(
            [self.halves, self.divider, self.particles], title=text("chart.entropy.lattice.title"),
            width=round(cols * cell) + 10, height=round(rows * cell) + 10, margin="bare",
        )

        # --- S / k_B against the frame ---
        fx = bq.LinearScale(min=0.0, max=float(N_FRAMES - 1))
        self._fy = bq.LinearScale(min=0.0)
        fscales = {"x": fx, "y": self._fy}
        self.max_line = bq.Lines(x=np.array([0.0, N_FRAMES - 1.0]), y=np.zeros(2),
                                 scales=fscales, colors=[_DIVIDER_COLOUR], line_style="dashed",
                                 stroke_width=2, labels=[text("entropy.label.max")],
                                 display_legend=True)
        self.trace = bq.Lines(x=np.zeros(1), y=np.zeros(1), scales=fscales,
                              colors=[_TRACE_COLOUR], stroke_width=2,
                              labels=[text("entropy.label.trace")], display_legend=True)
        self.entropy_figure = figure(
            [self.max_line, self.trace],
            [bq.Axis(scale=fx, label=text("entropy.axis.frame")),
             bq.Axis(scale=self._fy, side="left", label=text("entropy.axis.ln_omega"),
                     grid_lines="dashed")],
            title=text("chart.entropy.trace.title"), width=420,
            height=max(round(rows * cell) + 10, 260), legend_location="bottom-right",
        )
        self.description = LiveDescription(self.lattice_figure, self.entropy_figure,
                                           width=f"{round(cols * cell) + 430}px")
        self.description.hold_while(self.play)

        super().__init__([
            w.HBox([self.lattice_figure, self.entropy_figure]), self.description,
            w.HBox([self.play, self.frame, self.new_run_button]),
            self.counts, self.entropy_readout, self.transfer_readout, self.explanation,
        ], **kwargs)

        self.frame.observe(self._show_frame, names="value")
        self.new_run_button.on_click(self._on_new_run)
        self._show_run()
        accessible_root(self)  # names, values and keys in the page

    # --- recomputation --------------------------------------------------------------------

    def _run(self):
        """Simulate the run of the present seed and what each frame's readout needs."""
        n, half = self.n_particles, self._sites
        result = physics.lattice_gas(self.n_particles, self.shape, n_frames=N_FRAMES,
                                     seed=self.seed)
        self.result = result
        self.ln_omega_max = float(np.max(physics.ln_microstates(np.arange(n + 1), n, half,
                                                                half)))
        n_left = result.n_left
        # a transfer needs a particle on the left (a free site on the right always exists,
        # as n_particles <= the sites of one half); frames without one get a placeholder
        self._can_move = n_left >= 1
        self.delta_s = physics.entropy_change_per_transfer(
            np.where(self._can_move, n_left, 1), n, half, half)
        self._x_frames = np.arange(N_FRAMES, dtype=float)
        self._t_label = fmt_celsius(physics.kelvin_to_celsius(TEMPERATURE))

    def _on_new_run(self, button=None):
        self.seed += 1
        self._run()
        self._show_run()

    def _show_run(self):
        with self._fy.hold_sync():
            self._fy.min, self._fy.max = 0.0, 1.08 * self.ln_omega_max
        with self.max_line.hold_sync():
            self.max_line.y = np.array([self.ln_omega_max, self.ln_omega_max])
        if self.play.value != 0:
            self.play.value = 0  # redraws through `frame`
        else:
            self._show_frame()

    def _show_frame(self, change=None):
        """Draw the current frame: particles, the ln Ω trace and the readouts."""
        f = self.frame.value
        r = self.result
        pos = r.positions[f]
        with self.particles.hold_sync():
            self.particles.x = pos[:, 1]
            self.particles.y = pos[:, 0]
        with self.trace.hold_sync():
            self.trace.x = self._x_frames[:f + 1]
            self.trace.y = r.ln_omega[:f + 1]
        self._show_readouts(f)

    def _show_readouts(self, f):
        r = self.result
        n_left = int(r.n_left[f])
        n_right = self.n_particles - n_left
        ln_omega = float(r.ln_omega[f])
        self.counts.value = text("entropy.readout.counts", seed=self.seed, frame=f,
                                 n_left=n_left, n_right=n_right)
        percent = fmt_number(100.0 * ln_omega / self.ln_omega_max, 2) \
            if self.ln_omega_max > 0 else "100"
        self.description.say((f, n_left, percent, self.seed), lambda: text(
            "chart.entropy.description", frame=f, n_left=n_left, n_right=n_right,
            ln_omega=_fmt_ln(ln_omega), percent=percent))
        entropy = physics.BOLTZMANN * ln_omega  # S = k_B ln Omega, J/K
        self.entropy_readout.value = text(
            "entropy.readout.omega", ln_omega=_fmt_ln(ln_omega), omega=_fmt_omega(ln_omega),
            ln_max=_fmt_ln(self.ln_omega_max),
            entropy=f"{fmt_number(entropy)} {text('entropy.unit.j_per_k')}")
        if not self._can_move[f]:
            self.transfer_readout.value = text("entropy.readout.no_transfer")
            return
        ds = float(self.delta_s[f])
        if n_right > 0:
            # c = n / sites on each side
            ln_ratio = _fmt_ln(math.log((n_left / self._sites) / (n_right / self._sites)))
        else:
            ln_ratio = text("entropy.readout.ln_ratio_undefined")
        dg = float(physics.free_energy_from_entropy(ds, TEMPERATURE))  # -R T (Delta S / k_B)
        self.transfer_readout.value = "<br>".join([
            text("entropy.readout.transfer", ds=_fmt_ln(ds), ln_ratio=ln_ratio),
            text("entropy.readout.free_energy", dg=fmt_energy(dg), t=self._t_label),
        ])
