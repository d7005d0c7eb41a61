"""Small building blocks shared by the widgets: sliders bound to model traits."""

import math

import ipywidgets as w
import traitlets as t

from membrane_widgets import physics
from membrane_widgets.widgets._strings import text

__all__ = ["log_slider", "bind_log_slider", "temperature_slider", "ion_label", "message_box",
           "show_message"]

# Default slider ranges (exponents of 10), wide enough for every preset.
CONC_EXPONENTS = (-5.0, 3.0)  # 1e-5 .. 1000 mM
PERM_EXPONENTS = (-4.0, 2.0)  # relative permeability 1e-4 .. 100

_STYLE = {"description_width": "7em"}
_LAYOUT = {"width": "26em"}


def ion_label(name):
    """Return the display label of an ion, e.g. ``"K⁺"``."""
    return physics.get_ion(name).label


def log_slider(description, value, exponents=CONC_EXPONENTS, readout_format=".3g"):
    """Return a base-10 FloatLogSlider that can show `value` (its range widens to fit)."""
    lo, hi = _range_for(value, exponents)
    return w.FloatLogSlider(
        value=value, base=10, min=lo, max=hi, step=0.01, description=description,
        readout_format=readout_format, continuous_update=True,
        style=_STYLE, layout=w.Layout(**_LAYOUT),
    )


def _range_for(value, exponents):
    lo, hi = exponents
    if value > 0 and math.isfinite(value):
        e = math.log10(value)
        lo, hi = min(lo, math.floor(e)), max(hi, math.ceil(e))
    return lo, hi


def bind_log_slider(slider, obj, name, exponents=CONC_EXPONENTS):
    """Keep `slider.value` and ``obj.<name>`` equal in both directions.

    The slider's range widens when the trait holds a value outside it, so a
    slider never clamps (and so silently changes) a model value.

    Returns
    -------
    traitlets.link
        The link; call ``.unlink()`` to release it.
    """
    lo, hi = _range_for(getattr(obj, name), exponents)
    with slider.hold_trait_notifications():
        slider.min, slider.max = lo, hi
    return t.link((obj, name), (slider, "value"))


def temperature_slider(model):
    """Return a slider in degrees Celsius linked to ``model.temperature`` (K)."""
    slider = w.FloatSlider(
        value=physics.kelvin_to_celsius(model.temperature), min=0.0, max=45.0, step=0.5,
        description=f"{text('control.temperature')} ({text('unit.celsius')})",
        readout_format=".1f", continuous_update=True,
        style=_STYLE, layout=w.Layout(**_LAYOUT),
    )
    t.link(
        (model, "temperature"), (slider, "value"),
        transform=(lambda k: k - physics.ZERO_CELSIUS, lambda c: c + physics.ZERO_CELSIUS),
    )
    return slider


def message_box():
    """Return the HTML widget that shows inline messages (hidden when empty)."""
    return w.HTML(value="", layout=w.Layout(display="none"))


def show_message(box, message):
    """Show `message` in `box` (an HTML from :func:`message_box`), or hide it if empty."""
    value = f'<span style="color:#B00020">⚠ {message}</span>' if message else ""
    if box.value == value:
        return  # nothing to send to the browser
    box.value = value
    box.layout.display = None if message else "none"
