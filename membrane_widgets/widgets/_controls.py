"""Small building blocks shared by the widgets: sliders bound to model traits."""

import math
import re

import ipywidgets as w
import traitlets as t

from membrane_widgets import physics
from membrane_widgets.widgets._strings import language, text

__all__ = ["SliderBinding", "ModelView", "close_view", "describe_error", "log_slider",
           "bind_log_slider", "temperature_slider", "ion_label", "message_box", "show_message"]

# Default slider ranges (exponents of 10), wide enough for every preset.
CONC_EXPONENTS = (-5.0, 3.0)  # 1e-5 .. 1000 mM
PERM_EXPONENTS = (-4.0, 2.0)  # relative permeability 1e-4 .. 100

_STYLE = {"description_width": "9em"}
_LAYOUT = {"width": "28em"}


def ion_label(name):
    """Return the display label of an ion, e.g. ``"K⁺"``."""
    return physics.get_ion(name).label


def log_slider(description, value, exponents=CONC_EXPONENTS, readout_format=".3g",
               readout=True):
    """Return a base-10 FloatLogSlider that can show `value` (its range widens to fit).

    Arrow keys move it by 0.01 decade (2.3 %). A slider bound to a model should
    be bound with :class:`SliderBinding`, which keeps the browser's snapping of
    the displayed value to that grid from changing the model.
    """
    lo, hi = _range_for(value, exponents)
    return w.FloatLogSlider(
        value=value, base=10, min=lo, max=hi, step=0.01, description=description,
        readout_format=readout_format, readout=readout, continuous_update=True,
        style=_STYLE, layout=w.Layout(**_LAYOUT),
    )


def _range_for(value, exponents):
    lo, hi = exponents
    if value > 0 and math.isfinite(value):
        e = math.log10(value)
        lo, hi = min(lo, math.floor(e)), max(hi, math.ceil(e))
    return lo, hi


class SliderBinding:
    """Keep a slider and a model trait in step, without display snapping leaking into the model.

    A browser shows a slider only at its step grid: when it renders a value
    that lies between grid points it moves the handle to the nearest one and
    sends that value back. Written into the model, that would change a
    concentration of 140 mM to 141.25 mM just by displaying it. So a value
    from the slider that is the grid point nearest to the model's own value
    (within half a step, in the slider's units, measured in decades for a log
    slider) is taken as display snapping and ignored; any other value is a
    deliberate move and is written to the model. The model always wins: a
    value it refuses puts the slider back at the model's value.

    Parameters
    ----------
    slider : ipywidgets.FloatSlider or ipywidgets.FloatLogSlider
        The control.
    obj : traitlets.HasTraits
        The model object.
    name : str
        The trait of `obj`.
    to_slider, from_slider : callable, optional
        Unit conversions model -> slider and back (default: identity).
    label : ipywidgets.HTML or ipywidgets.Label, optional
        Shows the model's exact value, formatted by `fmt` (the slider's own
        readout can only show the snapped grid value).
    fmt : callable, optional
        Formats the model value for `label`.
    """

    def __init__(self, slider, obj, name, *, to_slider=None, from_slider=None, label=None,
                 fmt=None):
        self.slider, self.obj, self.name = slider, obj, name
        self._to = to_slider or (lambda v: v)
        self._from = from_slider or (lambda v: v)
        self.label, self._fmt = label, fmt or str
        self._log = isinstance(slider, w.FloatLogSlider)
        self._busy = False
        obj.observe(self._model_changed, names=name)
        slider.observe(self._slider_changed, names="value")
        slider._mw_binding = self  # closing the slider's view unlinks it (close_view)
        self._model_changed({"new": getattr(obj, name)})

    def unlink(self):
        """Stop synchronising."""
        self.obj.unobserve(self._model_changed, names=self.name)
        self.slider.unobserve(self._slider_changed, names="value")

    def _position(self, value):
        """Where `value` (slider units) sits on the slider's axis (decades for a log slider)."""
        s = self.slider
        if self._log:
            pos = math.log(value, s.base) if value > 0 else s.min
        else:
            pos = value
        return min(max(pos, s.min), s.max)

    def _model_changed(self, change):
        if self.label is not None:
            self.label.value = self._fmt(change["new"])
        if self._busy:
            return
        self._busy = True
        try:
            self.slider.value = self._to(change["new"])
        finally:
            self._busy = False

    def _slider_changed(self, change):
        if self._busy:
            return
        step = self.slider.step
        shown = self._position(self._to(getattr(self.obj, self.name)))
        if step and abs(self._position(change["new"]) - shown) <= 0.5 * step * (1 + 1e-9):
            return  # the browser snapped the displayed value: not a move
        self._busy = True
        try:
            setattr(self.obj, self.name, self._from(change["new"]))
        except (t.TraitError, ValueError):
            # the model refused the value (e.g. a slider widened beyond the model's range):
            # the slider goes back to the model's value and nothing raises
            self.slider.value = self._to(getattr(self.obj, self.name))
        finally:
            self._busy = False


def close_view(widget):
    """Close `widget` and every widget inside it, releasing their ties to shared models.

    A view observes a model that outlives it; without this, each closed view would
    stay subscribed (and alive), and every later model change would redraw it.
    Unlinks each :class:`SliderBinding` and each observer registered with
    :meth:`ModelView.watch` in the tree, then closes the widgets.

    Parameters
    ----------
    widget : ipywidgets.Widget
        The root of the tree.
    """
    for part in (*getattr(widget, "children", ()), *getattr(widget, "marks", ()),
                 *getattr(widget, "axes", ())):
        close_view(part)  # boxes hold children; a bqplot Figure holds marks and axes
    binding = widget.__dict__.pop("_mw_binding", None)
    if binding is not None:
        binding.unlink()
    for obj, handler, names in widget.__dict__.pop("_mw_watches", []):
        obj.unobserve(handler, names=names)
    w.Widget.close(widget)


class ModelView:
    """Mixin for a view (a box widget) that observes objects which outlive it.

    Register such observers with :meth:`watch`; ``close()`` then removes them, and
    those of every sub-view and bound slider inside (see :func:`close_view`).
    """

    def watch(self, obj, handler, names):
        """Call ``obj.observe(handler, names=names)`` and undo it when the view closes.

        Parameters
        ----------
        obj : traitlets.HasTraits
            The observed object (usually the shared model).
        handler : callable
            The observer.
        names : str or list of str
            The traits to observe.
        """
        obj.observe(handler, names=names)
        self.__dict__.setdefault("_mw_watches", []).append((obj, handler, names))

    def close(self):
        """Close the view and everything in it, and stop observing shared objects."""
        close_view(self)


def bind_log_slider(slider, obj, name, exponents=CONC_EXPONENTS, label=None, fmt=None):
    """Bind a log slider to ``obj.<name>`` (see :class:`SliderBinding`).

    The slider's range first widens to hold the trait's value, so a slider
    never clamps a model value either.

    Returns
    -------
    SliderBinding
        The binding; call ``.unlink()`` to release it.
    """
    lo, hi = _range_for(getattr(obj, name), exponents)
    with slider.hold_trait_notifications():
        slider.min, slider.max = lo, hi
    return SliderBinding(slider, obj, name, label=label, fmt=fmt)


def temperature_slider(model):
    """Return a slider in degrees Celsius bound to ``model.temperature`` (K)."""
    slider = w.FloatSlider(
        value=physics.kelvin_to_celsius(model.temperature), min=0.0, max=45.0, step=0.1,
        description=f"{text('control.temperature')} ({text('unit.celsius')})",
        readout_format=".1f", continuous_update=True,
        style=_STYLE, layout=w.Layout(**_LAYOUT),
    )
    slider._binding = SliderBinding(
        slider, model, "temperature",
        to_slider=lambda kelvin: kelvin - physics.ZERO_CELSIUS,
        from_slider=lambda celsius: celsius + physics.ZERO_CELSIUS,
    )
    return slider


def describe_error(exc):
    """Say in the widgets' language why the physics refused an input.

    The physics layer's messages are English and start with the argument they
    are about (``"c_in must be positive, got 0.0"``). In English they are shown
    as they are; in another language the argument is named in that language's
    words (the detail stays in the English message).

    Parameters
    ----------
    exc : Exception
        The error raised by the physics layer.

    Returns
    -------
    str
        Plain text for a message box.
    """
    message = str(exc)
    if language() == "en":
        return message
    match = re.match(r"([A-Za-z_]\w*) must\b", message)
    if match:
        return text("error.argument", argument=match.group(1))
    return text("error.cannot_compute")


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
