"""DonnanExplorer: KCl outside, impermeant anions inside, and the Donnan equilibrium they reach."""

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_controls import float_slider, message_box, show_message
from membrane_widgets.widgets._kit_figure import figure, nice_limits
from membrane_widgets.widgets._kit_format import (
    describe_error,
    fmt_mm,
    fmt_number,
    fmt_signed_mv,
)
from membrane_widgets.widgets._live_description import LiveDescription
from membrane_widgets.widgets._strings import text

__all__ = ["DonnanExplorer"]

#: Bar colours: inside (dark) and outside (light), as in the ion panel.
_INSIDE, _OUTSIDE = "#0072B2", "#9CC3E0"
_SIZES = {"label_width": "12em", "width": "30em"}


class DonnanExplorer(ModelView, w.VBox):
    """Donnan equilibrium: permeant K⁺ and Cl⁻, impermeant anions A trapped inside, no pump.

    Sliders set the KCl of the bath and the concentration and mean charge of
    the impermeant anions inside. The widget shows the inside and outside
    concentrations (bars), the Donnan potential, the product rule
    [K⁺]ᵢ[Cl⁻]ᵢ = [K⁺]ₒ[Cl⁻]ₒ, and the osmotic excess that would make the cell
    swell without a pump. Every number comes from
    :func:`membrane_widgets.physics.donnan_equilibrium`.

    Parameters
    ----------
    kcl : float, optional
        KCl of the bath, mM. Default 150.
    impermeant : float, optional
        Impermeant anions inside, mM. Default 100.
    impermeant_valence : float, optional
        Their mean charge (negative). Default -1.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    kcl_slider, impermeant_slider, valence_slider : ipywidgets.FloatSlider
        The three controls.
    result : DonnanResult
        The last valid equilibrium.
    bars : bqplot.Bars
        ``y`` has shape (2, 3): inside and outside concentrations of K⁺, Cl⁻, A.
    readout, osmotic_readout : ipywidgets.HTML
        The Donnan potential and product rule; the osmotic balance.
    figure : bqplot.Figure
        The bars, with their title.
    description : LiveDescription
        What the bars show now, in a sentence.

    Examples
    --------
    >>> d = DonnanExplorer()
    >>> round(float(d.result.vm), 1)
    -8.8
    >>> d.impermeant_slider.value = 0.0
    >>> float(d.result.vm)
    0.0
    """

    def __init__(self, kcl=150.0, impermeant=100.0, impermeant_valence=-1.0, **kwargs):
        mm = text("unit.mm")
        self.kcl_slider = float_slider(text("donnan.control.kcl"), kcl, (10.0, 300.0), 1.0,
                                       unit=mm, **_SIZES)
        self.impermeant_slider = float_slider(text("donnan.control.impermeant"), impermeant,
                                              (0.0, 300.0), 1.0, unit=mm, **_SIZES)
        self.valence_slider = float_slider(text("donnan.control.valence"), impermeant_valence,
                                           (-3.0, -0.5), 0.1, unit="", **_SIZES)
        self.readout = w.HTML()
        self.osmotic_readout = w.HTML()
        self.message = message_box()
        self.result = None

        # both limits given: bqplot leaves a grouped-bar axis with only a minimum undrawn
        x_scale = bq.OrdinalScale()
        self._y_scale = y_scale = bq.LinearScale(min=0.0, max=1.0)
        self._names = [physics.get_ion("K").label, physics.get_ion("Cl").label,
                       text("donnan.label.impermeant")]
        self.bars = bq.Bars(x=self._names, y=np.zeros((2, 3)), type="grouped",
                            scales={"x": x_scale, "y": y_scale}, colors=[_INSIDE, _OUTSIDE],
                            labels=[text("word.inside"), text("word.outside")],
                            display_legend=True, padding=0.25)
        self.figure = figure(
            [self.bars],
            [bq.Axis(scale=x_scale),
             bq.Axis(scale=y_scale, side="left", label=text("axis.concentration"),
                     grid_lines="dashed")],
            title=text("chart.donnan.title"), width=380, height=280, margin="bars",
            legend_location="top-right",
        )
        self.description = LiveDescription(self.figure, width="380px")
        controls = w.VBox([self.kcl_slider, self.impermeant_slider, self.valence_slider,
                           self.readout, self.osmotic_readout, self.message])
        super().__init__([w.HBox([controls, w.VBox([self.figure, self.description])]),
                          w.HTML(text("donnan.caption"))], **kwargs)
        for slider in (self.kcl_slider, self.impermeant_slider, self.valence_slider):
            slider.observe(self._redraw, names="value")
        self._redraw()
        accessible_root(self)  # names, values and keys in the page

    def _redraw(self, change=None):
        kcl, x, zx = (self.kcl_slider.value, self.impermeant_slider.value,
                      self.valence_slider.value)
        try:
            result = physics.donnan_equilibrium([kcl, kcl], [1, -1], x, zx)
        except ValueError as exc:
            show_message(self.message, text("error.invalid", reason=describe_error(exc)))
            return
        show_message(self.message, "")
        self.result = result
        k_in, cl_in = (float(c) for c in result.c_in)
        y = np.array([[k_in, cl_in, x], [kcl, kcl, 0.0]])
        top = nice_limits(0.0, 1.15 * float(y.max()))[1]  # room above for the legend
        if self._y_scale.max != top:
            self._y_scale.max = top
        with self.bars.hold_sync():
            self.bars.y = y
        self.readout.value = text(
            "donnan.readout.main", vm=fmt_signed_mv(float(result.vm)), k_in=fmt_mm(k_in),
            cl_in=fmt_mm(cl_in), product_in=fmt_number(k_in * cl_in),
            product_out=fmt_number(kcl * kcl), ratio=fmt_number(float(result.ratio)))
        excess = float(result.osmotic_excess)
        inside = k_in + cl_in + x
        key = "donnan.readout.swells" if excess > 0.05 else "donnan.readout.balanced"
        self.osmotic_readout.value = text(key, inside=fmt_mm(inside), outside=fmt_mm(2 * kcl),
                                          excess=fmt_mm(excess))
        words = (fmt_mm(k_in), fmt_mm(cl_in), fmt_mm(kcl), fmt_signed_mv(float(result.vm)),
                 x > 0)
        self.description.say(words, lambda: text(
            "chart.donnan.description" if words[4] else "chart.donnan.none",
            k_in=words[0], cl_in=words[1], kcl=words[2], vm=words[3]))
