"""ActivityExplorer: activity coefficients against ionic strength, and the Nernst error."""

import warnings

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_controls import (
    dropdown,
    log_slider,
    message_box,
    show_message,
    temperature_slider,
)
from membrane_widgets.widgets._kit_figure import (
    PLAIN_LOG_FORMAT,
    decade_ticks,
    end_labels,
    figure,
    line_style,
    place_end_labels,
)
from membrane_widgets.widgets._kit_format import (
    fmt_celsius,
    fmt_mm,
    fmt_number,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["ActivityExplorer"]

#: The activity-coefficient laws of :func:`physics.activity_coefficient`, in menu order.
LAWS = ("debye_huckel", "extended_debye_huckel", "davies")
#: Approximate upper limits of validity, mM, as stated in the docstring of
#: :func:`physics.activity_coefficient` ("a few mM", "about 100 mM", "about 0.5 M").
VALID_UP_TO = {"debye_huckel": 5.0, "extended_debye_huckel": 100.0, "davies": 500.0}
#: The curves: (valence, ion of the library that supplies the ion size, or None).
SPECIES = ((1, "K"), (2, "Ca"), (3, None))
#: The ions of the Nernst-error table: the species of the curves that are library ions.
ERROR_SPECIES = tuple((z, name) for z, name in SPECIES if name is not None)
#: Salts of the ionic-strength calculator: key -> ((ion, ions per formula unit), ...).
SALTS = {
    "NaCl": (("Na", 1), ("Cl", 1)),
    "KCl": (("K", 1), ("Cl", 1)),
    "CaCl2": (("Ca", 1), ("Cl", 2)),
    "MgCl2": (("Mg", 1), ("Cl", 2)),
    "MgSO4": (("Mg", 1), ("SO4", 1)),
}
I_EXPONENTS = (-1.0, 3.0)  # 0.1 .. 1000 mM
N_POINTS = 200
_NO_ION_COLOUR = "#333333"  # the z = 3 curve stands for no ion of the library
_SIZES = {"label_width": "10em", "width": "30em"}


def _i_slider(description, value):
    return log_slider(description, value, I_EXPONENTS, unit=text("unit.mm"), **_SIZES)


class ActivityExplorer(ModelView, w.VBox):
    """Activity coefficients γ against ionic strength, and the error they make in E.

    The figure draws γ against the ionic strength I (log axis, 0.1-1000 mM)
    for z = 1, 2 and 3 under the chosen law, with a vertical marker at the
    chosen I and a dashed line where the law stops being reliable. Below, two
    ionic strengths (outside and inside the cell) give γ on each side and the
    error ΔE = E_true − E_approx of a Nernst potential computed from
    concentrations, for K⁺ and Ca²⁺.

    Parameters
    ----------
    model : MembraneModel, optional
        The shared model, whose temperature (K) the temperature slider shows and
        sets; a new mammalian-neuron model if omitted.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    law_select : ipywidgets.Dropdown
        The law: ``"debye_huckel"``, ``"extended_debye_huckel"`` or ``"davies"``.
    ionic_strength_slider : ipywidgets.FloatLogSlider
        The chosen ionic strength, mM (0.1-1000).
    temperature_slider : ipywidgets.FloatSlider
        Temperature, °C (0-100, the range of the Debye-Hückel constants).
    i_out_slider, i_in_slider : ipywidgets.FloatLogSlider
        Ionic strength outside and inside the cell, mM (illustrative defaults
        150 and 170).
    salt_select, salt_slider, use_salt_button, salt_readout
        A calculator: the ionic strength of a salt solution, with a button that
        copies it to `ionic_strength_slider`.
    curves : list of bqplot.Lines
        γ(I), one mark per valence z = 1, 2, 3, each in its own dash pattern
        (solid, dashed, dotted: apart without colour); the z = 3 mark is hidden
        for the extended law, which needs an ion size that the library does not
        have for z = 3. Each mark's ``labels`` names its curve, with the ion size
        under the extended law (e.g. "z = 1 (K⁺, a = 3.0 Å)").
    curve_labels : bqplot.Label
        "z = 1", "z = 2", "z = 3" at the curves' right-hand ends (no legend).
    i_marker : bqplot.Lines
        Vertical line at the chosen I.
    points : bqplot.Scatter
        γ of each drawn valence at the chosen I.
    validity_line : bqplot.Lines
        Vertical dashed line at the law's approximate limit of validity.
    ionic_strengths : numpy.ndarray
        The x values of the curves, mM.
    readout : ipywidgets.HTML
        γ at the chosen I, by valence.
    validity : ipywidgets.HTML
        The law's range of validity, shown when an ionic strength exceeds it.
    error_table : ipywidgets.HTML
        γ outside, γ inside and ΔE (mV) for K⁺ and Ca²⁺.
    caption : ipywidgets.HTML
        Says that the default inside and outside ionic strengths are illustrative.
    gammas : numpy.ndarray
        γ at the chosen I, one per drawn valence.
    delta_e : dict
        Ion name -> ΔE, mV.
    message : ipywidgets.HTML
        Inline messages (hidden when empty).
    figure : bqplot.Figure
        The plot; its ionic-strength axis is labelled in plain numbers (0.1 ... 1,000 mM).
    description : LiveDescription
        What the plot shows now: γ at the chosen I, and the law's range.
    """

    def __init__(self, model=None, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        self.law_select = dropdown(text("activity.control.law"),
                                   [(text(f"activity.law.{law}"), law) for law in LAWS], "davies",
                                   **_SIZES)
        self.ionic_strength_slider = _i_slider(text("activity.control.ionic_strength"), 150.0)
        self.temperature_slider = temperature_slider(self.model, (0.0, 100.0), 0.5, **_SIZES)
        self.i_out_slider = _i_slider(text("activity.control.i_out"), 150.0)
        self.i_in_slider = _i_slider(text("activity.control.i_in"), 170.0)
        self.salt_select = dropdown(text("activity.control.salt"),
                                    [(text(f"activity.salt.{key}"), key) for key in SALTS], "NaCl",
                                    label_width=_SIZES["label_width"], width="18em")
        self.salt_slider = _i_slider(text("activity.control.salt_concentration"), 150.0)
        self.use_salt_button = w.Button(description=text("activity.control.use_salt"))
        self.salt_readout = w.HTML()
        self.readout = w.HTML(layout=w.Layout(width="30em"))
        self.validity = w.HTML(layout=w.Layout(width="30em", display="none"))
        self.error_table = w.HTML()
        self.caption = w.HTML(text("activity.caption.illustrative"),
                              layout=w.Layout(width="560px"))
        self.message = message_box()
        self.gammas = np.ones(len(SPECIES))
        self.delta_e = {}
        self._curve_key = self._i_key = self._sides_key = None
        self._salt_i = 0.0

        self.ionic_strengths = np.logspace(*I_EXPONENTS, N_POINTS)
        self._x_scale = bq.LogScale(min=10.0 ** I_EXPONENTS[0], max=10.0 ** I_EXPONENTS[1])
        self._y_scale = bq.LinearScale(min=0.0, max=1.05)
        scales = {"x": self._x_scale, "y": self._y_scale}
        self._colours = [physics.get_ion(name).colour if name else _NO_ION_COLOUR
                         for _, name in SPECIES]
        # one mark per valence: bqplot draws all the lines of a mark in one dash pattern
        self.curves = [
            bq.Lines(x=self.ionic_strengths, y=np.ones(N_POINTS), scales=scales,
                     colors=[colour], line_style=line_style(k), stroke_width=3, labels=[""])
            for k, colour in enumerate(self._colours)
        ]
        self.curve_labels = end_labels([text("activity.curve.valence", z=z) for z, _ in SPECIES],
                                       self._colours, scales)
        self.validity_line = bq.Lines(x=[1.0, 1.0], y=[0.0, 1.05], scales=scales,
                                      colors=["#7F7F7F"], line_style="dashed", stroke_width=1)
        self.i_marker = bq.Lines(x=[1.0, 1.0], y=[0.0, 1.05], scales=scales,
                                 colors=["black"], stroke_width=1)
        self.points = bq.Scatter(x=[1.0] * len(SPECIES), y=[1.0] * len(SPECIES), scales=scales,
                                 colors=self._colours, default_size=80, stroke="black")
        self.figure = figure(
            [self.validity_line, *self.curves, self.i_marker, self.points, self.curve_labels],
            [bq.Axis(scale=self._x_scale, label=text("activity.axis.ionic_strength"),
                     tick_values=decade_ticks(*I_EXPONENTS), tick_format=PLAIN_LOG_FORMAT,
                     grid_lines="dashed"),
             bq.Axis(scale=self._y_scale, side="left", label=text("activity.axis.gamma"),
                     grid_lines="dashed")],
            title=text("chart.activity.title"), width=560, height=340, margin="labelled",
        )
        self.description = LiveDescription(self.figure, width="560px")

        controls = w.VBox([self.law_select, self.ionic_strength_slider, self.temperature_slider,
                           self.readout, self.validity, self.message])
        salt = w.HBox([self.salt_select, self.salt_slider, self.use_salt_button])
        error = w.VBox([self.i_out_slider, self.i_in_slider, self.error_table])
        super().__init__(
            [w.HBox([w.VBox([self.figure, self.description]), controls]), salt,
             self.salt_readout,
             w.HBox([error, self.caption])],
            **kwargs,
        )
        for widget in (self.law_select, self.temperature_slider, self.ionic_strength_slider,
                       self.i_out_slider, self.i_in_slider):
            widget.observe(self._update, names="value")
        for widget in (self.salt_select, self.salt_slider):
            widget.observe(self._on_salt, names="value")
        self.use_salt_button.on_click(self._use_salt)
        self._on_salt()
        self._update()
        accessible_root(self)  # names, values and keys in the page

    @property
    def law(self):
        """The chosen law, a ``model`` of :func:`physics.activity_coefficient`."""
        return self.law_select.value

    @property
    def temperature(self):
        """The temperature, K."""
        return physics.celsius_to_kelvin(self.temperature_slider.value)

    # --- recomputation ----------------------------------------------------------------------

    @staticmethod
    def _drawn(law):
        """Return the species of :data:`SPECIES` that `law` can draw (extended: needs a size)."""
        if law == "extended_debye_huckel":
            return [(z, name) for z, name in SPECIES
                    if name is not None and physics.get_ion(name).ion_size is not None]
        return list(SPECIES)

    def _compute(self, law, drawn, sizes, celsius, i, i_out, i_in):
        """Return (gamma, sides, sides_key, delta_e) from one physics call, or None if refused."""
        delta_e = None
        try:
            temperature = physics.celsius_to_kelvin(celsius)
            # rows: the curve's ionic strengths, then the chosen I, I outside, I inside
            gamma = physics.activity_coefficient(
                np.array([z for z, _ in drawn]),
                np.concatenate([self.ionic_strengths, [i, i_out, i_in]])[:, np.newaxis],
                model=law, temperature=temperature, ion_size=sizes,
            )
            columns = [drawn.index(species) for species in ERROR_SPECIES]
            sides = gamma[-2:, columns]  # rows: outside, inside
            sides_key = (law, celsius, i_out, i_in)
            if sides_key != self._sides_key:
                delta_e = physics.nernst_activity_error(
                    sides[0], sides[1], np.array([z for z, _ in ERROR_SPECIES]), temperature)
        except ValueError:
            return None
        return gamma, sides, sides_key, delta_e

    def _update(self, change=None):
        """Recompute γ with one physics call; redraw only what changed."""
        law, celsius = self.law, self.temperature_slider.value
        i, i_out, i_in = (self.ionic_strength_slider.value, self.i_out_slider.value,
                          self.i_in_slider.value)
        drawn = self._drawn(law)
        sizes = None
        if law == "extended_debye_huckel":
            sizes = np.array([physics.get_ion(name).ion_size for _, name in drawn])
        with warnings.catch_warnings():
            # the curves run past each law's limit on purpose; the dashed line and the
            # validity caption say so in the widgets' language
            warnings.simplefilter("ignore", physics.ValidityRangeWarning)
            result = self._compute(law, drawn, sizes, celsius, i, i_out, i_in)
        if result is None:
            show_message(self.message, text("error.invalid",
                                            reason=text("activity.error.temperature")))
            return
        gamma, sides, sides_key, delta_e = result
        show_message(self.message, "")
        law_text, t_text = text(f"activity.law.{law}"), fmt_celsius(celsius)
        curves_key = (law, celsius)
        if curves_key != self._curve_key:
            self._draw_curves(law, drawn, gamma[:-3])
            self._curve_key = curves_key
        if (law, celsius, i) != self._i_key:
            self._draw_point(law, drawn, i, gamma[-3], law_text, t_text)
            self._i_key = (law, celsius, i)
        if sides_key != self._sides_key:
            self._fill_table(sides, delta_e, law_text, t_text)
            self._sides_key = sides_key
        self._show_validity()

    @property
    def gamma_curves(self):
        """γ(I) of the drawn valences, one row each (shape (n drawn, N_POINTS))."""
        return np.vstack([curve.y for curve in self.curves if curve.visible])

    def _draw_curves(self, law, drawn, gamma):
        colours = [self._colours[SPECIES.index(species)] for species in drawn]
        ends = {}
        for species, curve in zip(SPECIES, self.curves, strict=True):
            shown = species in drawn
            with curve.hold_sync():
                curve.visible = shown
                if shown:
                    column = gamma[:, drawn.index(species)]
                    curve.y = column
                    curve.labels = [self._curve_label(law, *species)]
                    ends[species] = float(column[-1])
        self._place_curve_labels(ends)
        with self.points.hold_sync():
            self.points.colors = colours
        limit = VALID_UP_TO[law]
        with self.validity_line.hold_sync():
            self.validity_line.x = np.array([limit, limit])

    def _place_curve_labels(self, ends):
        """Write each drawn curve's valence at its right-hand end, none over another."""
        texts = [text("activity.curve.valence", z=z) if (z, name) in ends else ""
                 for z, name in SPECIES]
        place_end_labels(self.curve_labels, self.figure, self.ionic_strengths[-1],
                         [ends.get(species) for species in SPECIES], texts)

    @staticmethod
    def _curve_label(law, z, name):
        if law == "extended_debye_huckel":
            size = physics.get_ion(name).ion_size
            return text("activity.curve.ion", z=z, ion=ion_label(name), size=fmt_number(size, 2))
        return text("activity.curve.valence", z=z)

    def _draw_point(self, law, drawn, i, gamma, law_text, t_text):
        self.gammas = gamma
        with self.i_marker.hold_sync():
            self.i_marker.x = np.array([i, i])
        with self.points.hold_sync():
            self.points.x = np.full(gamma.shape, i)
            self.points.y = gamma
        values = ", ".join(text("activity.readout.gamma_item", z=z, gamma=fmt_number(g))
                           for (z, _), g in zip(drawn, gamma.tolist(), strict=True))
        value = text("activity.readout.gamma", i=fmt_mm(i), law=law_text, t=t_text,
                     values=values)
        if law == "extended_debye_huckel":  # the curves' ion sizes (the labels say only z)
            value += "<br>" + text("activity.readout.curves", curves=", ".join(
                self._curve_label(law, *species) for species in drawn))
        if len(drawn) < len(SPECIES):
            value += "<br>" + text("activity.no_ion_size")
        self.readout.value = value
        limit = f"{fmt_number(VALID_UP_TO[law], 1)} {text('unit.mm')}"
        self.description.say((values, law, i), lambda: text(
            "chart.activity.description", i=fmt_mm(i), values=values, law=law_text, limit=limit))

    def _fill_table(self, sides, delta_e, law_text, t_text):
        names = [name for _, name in ERROR_SPECIES]
        self.delta_e = dict(zip(names, delta_e.tolist(), strict=True))
        head = "".join(f"<th style='padding:0 0.8em'>{text(k)}</th>" for k in (
            "activity.table.ion", "activity.table.gamma_out", "activity.table.gamma_in",
            "activity.table.delta_e"))
        rows = "".join(
            f"<tr><td>{ion_label(name)}</td><td>{fmt_number(g_out)}</td>"
            f"<td>{fmt_number(g_in)}</td><td><b>{fmt_signed_mv(de, 2)}</b></td></tr>"
            for name, g_out, g_in, de in zip(names, sides[0].tolist(), sides[1].tolist(),
                                             delta_e.tolist(), strict=True)
        )
        section = text("activity.section.error", law=law_text, t=t_text)
        self.error_table.value = (f"{section}<table style='text-align:right'><tr>{head}</tr>"
                                  f"{rows}</table>")

    def _show_validity(self):
        limit = VALID_UP_TO[self.law]
        beyond = [
            text(f"activity.validity.{where}", i=fmt_mm(slider.value))
            for where, slider in (("chosen", self.ionic_strength_slider),
                                  ("outside", self.i_out_slider), ("inside", self.i_in_slider))
            if slider.value > limit
        ]
        value = ""
        if beyond:
            value = text(f"activity.validity.{self.law}",
                         limit=f"{fmt_number(limit, 1)} {text('unit.mm')}",
                         which=text("activity.validity.separator").join(beyond))
        if self.validity.value != value:
            self.validity.value = value
            self.validity.layout.display = None if value else "none"

    # --- the salt calculator ----------------------------------------------------------------

    def _on_salt(self, change=None):
        key, c = self.salt_select.value, self.salt_slider.value
        ions = SALTS[key]
        conc = np.array([c * n for _, n in ions])
        z = np.array([physics.get_ion(name).valence for name, _ in ions])
        self._salt_i = float(physics.ionic_strength(conc, z))
        self.salt_readout.value = text("activity.readout.salt", c=fmt_mm(c),
                                       salt=text(f"activity.salt.{key}"),
                                       i=fmt_mm(self._salt_i))

    def _use_salt(self, button=None):
        """Copy the salt's ionic strength to the ionic-strength slider (clipped to its range)."""
        lo, hi = 10.0 ** I_EXPONENTS[0], 10.0 ** I_EXPONENTS[1]
        self.ionic_strength_slider.value = min(max(self._salt_i, lo), hi)
