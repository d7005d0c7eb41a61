"""DonnanExplorer: KCl outside, impermeant anions inside, and the Donnan equilibrium they reach."""

import bqplot as bq
import ipywidgets as w
import numpy as np

from membrane_widgets import physics
from membrane_widgets.widgets._controls import ModelView, describe_error, message_box, show_message
from membrane_widgets.widgets._format import fmt_mm, fmt_mv, fmt_number
from membrane_widgets.widgets._strings import text

__all__ = ["DonnanExplorer"]

#: Bar colours: inside (dark) and outside (light), as in the ion panel.
_INSIDE, _OUTSIDE = "#0072B2", "#9CC3E0"
_STYLE = {"description_width": "12em"}
_LAYOUT = {"width": "30em"}


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
        self.kcl_slider = w.FloatSlider(value=kcl, min=10.0, max=300.0, step=1.0,
                                        description=text("donnan.control.kcl"),
                                        readout_format=".0f", style=_STYLE,
                                        layout=w.Layout(**_LAYOUT))
        self.impermeant_slider = w.FloatSlider(value=impermeant, min=0.0, max=300.0, step=1.0,
                                               description=text("donnan.control.impermeant"),
                                               readout_format=".0f", style=_STYLE,
                                               layout=w.Layout(**_LAYOUT))
        self.valence_slider = w.FloatSlider(value=impermeant_valence, min=-3.0, max=-0.5,
                                            step=0.1, description=text("donnan.control.valence"),
                                            readout_format=".1f", style=_STYLE,
                                            layout=w.Layout(**_LAYOUT))
        self.readout = w.HTML()
        self.osmotic_readout = w.HTML()
        self.message = message_box()
        self.result = None

        x_scale, y_scale = bq.OrdinalScale(), bq.LinearScale(min=0.0)
        self._names = [physics.get_ion("K").label, physics.get_ion("Cl").label,
                       text("donnan.label.impermeant")]
        self.bars = bq.Bars(x=self._names, y=np.zeros((2, 3)), type="grouped",
                            scales={"x": x_scale, "y": y_scale}, colors=[_INSIDE, _OUTSIDE],
                            labels=[text("word.inside"), text("word.outside")],
                            display_legend=True, padding=0.25)
        self.figure = bq.Figure(
            marks=[self.bars],
            axes=[bq.Axis(scale=x_scale),
                  bq.Axis(scale=y_scale, side="left",
                          label=text("axis.concentration"), grid_lines="dashed")],
            animation_duration=0, legend_location="top-right",
            fig_margin={"top": 15, "bottom": 30, "left": 60, "right": 10},
            layout=w.Layout(width="380px", height="280px"),
        )
        controls = w.VBox([self.kcl_slider, self.impermeant_slider, self.valence_slider,
                           self.readout, self.osmotic_readout, self.message])
        super().__init__([w.HBox([controls, self.figure]),
                          w.HTML(text("donnan.caption"))], **kwargs)
        for slider in (self.kcl_slider, self.impermeant_slider, self.valence_slider):
            slider.observe(self._redraw, names="value")
        self._redraw()

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
        with self.bars.hold_sync():
            self.bars.y = np.array([[k_in, cl_in, x], [kcl, kcl, 0.0]])
        self.readout.value = text(
            "donnan.readout.main", vm=fmt_mv(float(result.vm)), k_in=fmt_mm(k_in),
            cl_in=fmt_mm(cl_in), product_in=fmt_number(k_in * cl_in),
            product_out=fmt_number(kcl * kcl), ratio=fmt_number(float(result.ratio)))
        excess = float(result.osmotic_excess)
        inside = k_in + cl_in + x
        key = "donnan.readout.swells" if excess > 0.05 else "donnan.readout.balanced"
        self.osmotic_readout.value = text(key, inside=fmt_mm(inside), outside=fmt_mm(2 * kcl),
                                          excess=fmt_mm(excess))
