"""The kit's one way to tie a control to a model trait, and views that let go of models.

:class:`Binding` keeps a control (a slider, a checkbox, a dropdown) and a trait of
a model in step; :class:`ModelView` and :func:`close_view` undo every binding and
observer of a view when it closes, so a closed view leaves nothing on a shared
model.
"""

import math

import ipywidgets as w
import traitlets as t

from membrane_widgets.widgets._accessibility_hook import value_class

__all__ = ["Binding", "ModelView", "close_view", "fit_range"]


def _identity(value):
    return value


def fit_range(control, value):
    """Give a slider the range that shows `value`: its home range, widened to hold it.

    The home range is the one the kit's factory gave the slider
    (``control._mw_home``, exponents of 10 for a log slider); it widens to whole
    units (whole decades) around a value beyond it, and returns to it when the
    value does. Controls that are not sliders are left alone.

    Parameters
    ----------
    control : ipywidgets.Widget
        The control.
    value : float
        The value it must show, in the control's units.
    """
    home = getattr(control, "_mw_home", None)
    if home is None or not isinstance(value, int | float) or not math.isfinite(value):
        return
    lo, hi = home
    if isinstance(control, w.FloatLogSlider):
        if value <= 0:
            return  # shown at the slider's lowest position (e.g. an impermeant ion)
        position = math.log(value, control.base)
    else:
        position = value
    lo, hi = min(lo, math.floor(position)), max(hi, math.ceil(position))
    if (control.min, control.max) != (lo, hi):
        with control.hold_sync():
            if lo < control.min:  # order matters: min may never exceed max
                control.min = lo
                control.max = hi
            else:
                control.max = hi
                control.min = lo


class Binding:
    """Keep a control and a model trait in step: the only tie between a control and a model.

    The model always wins. A model change moves the control (a slider's range
    first widens to show the value, see :func:`fit_range`); a control change
    is written to the model, and a value the model refuses puts the control
    back at the model's value (nothing raises).

    A browser shows a slider only at its step grid: when it renders a value
    between grid points it moves the handle to the nearest one and sends that
    value back. Written into the model, that would change a concentration of
    140 mM to 141.25 mM just by displaying it. So a slider value that is the grid
    point nearest to the model's own value (within half a step, in the slider's
    units, in decades for a log slider) is taken as display snapping and
    ignored; any other value is a deliberate move.

    Parameters
    ----------
    control : ipywidgets.ValueWidget
        The control (its ``value`` trait is bound).
    obj : traitlets.HasTraits
        The model object.
    name : str
        The trait of `obj`.
    to_control, to_model : callable, optional
        Conversions model -> control and back (default: identity), e.g. K to °C.
    label : ipywidgets.HTML or ipywidgets.Label, optional
        Shows the model's exact value, formatted by `fmt` (a slider's own
        readout can only show the grid value).
    fmt : callable, optional
        Formats the model value for `label`.
    fit : callable, optional
        ``fit(control, value)`` makes the control able to show `value` (control
        units) before it is set; default :func:`fit_range`. A dropdown of
        valences, for instance, adds the model's valence to its options.

    Examples
    --------
    >>> import ipywidgets as w
    >>> import traitlets as t
    >>> class Settings(t.HasTraits):
    ...     radius = t.Float(10.0)
    >>> settings, slider = Settings(), w.FloatSlider(min=1.0, max=100.0, step=0.5)
    >>> binding = Binding(slider, settings, "radius")
    >>> slider.value
    10.0
    >>> slider.value = 20.0
    >>> settings.radius
    20.0
    >>> slider.value = 20.2  # the browser snapped the shown value: not a move
    >>> settings.radius
    20.0
    >>> binding.unlink()
    """

    def __init__(self, control, obj, name, *, to_control=None, to_model=None, label=None,
                 fmt=None, fit=None):
        self.control, self.obj, self.name = control, obj, name
        self._to = to_control or _identity
        self._from = to_model or _identity
        self.label, self._fmt = label, fmt or str
        self._fit = fit or fit_range
        self._log = isinstance(control, w.FloatLogSlider)
        self._step = getattr(control, "step", None) if isinstance(
            control, w.FloatSlider | w.FloatLogSlider | w.IntSlider) else None
        self._busy = False
        obj.observe(self._model_changed, names=name)
        control.observe(self._control_changed, names="value")
        control._mw_binding = self  # closing the control's view unlinks it (close_view)
        shown_by = value_class(control)
        if label is not None and shown_by is not None:
            label.add_class(shown_by)  # the page says the slider's value as this label shows it
        self._model_changed({"new": getattr(obj, name)})

    def refresh(self):
        """Show the model's value again (after something `to_control` depends on changed)."""
        self._model_changed({"new": getattr(self.obj, self.name)})

    def unlink(self):
        """Stop synchronising."""
        self.obj.unobserve(self._model_changed, names=self.name)
        self.control.unobserve(self._control_changed, names="value")

    def _position(self, value):
        """Where `value` (slider units) sits on the slider's axis (decades for a log slider)."""
        s = self.control
        lo, hi = s.min, s.max
        if self._log:
            pos = math.log(value, s.base) if value > 0 else lo
        else:
            pos = value
        return lo if pos < lo else hi if pos > hi else pos

    def _model_changed(self, change):
        if self.label is not None:
            self.label.value = self._fmt(change["new"])
        if self._busy:
            return  # the change came from the control
        self._busy = True
        try:
            value = self._to(change["new"])
            self._fit(self.control, value)
            self.control.value = value
        finally:
            self._busy = False

    def _control_changed(self, change):
        if self._busy:
            return
        if self._step:
            shown = self._position(self._to(getattr(self.obj, self.name)))
            if abs(self._position(change["new"]) - shown) <= 0.5 * self._step * (1 + 1e-9):
                return  # the browser snapped the displayed value: not a move
        self._busy = True
        try:
            setattr(self.obj, self.name, self._from(change["new"]))
        except (t.TraitError, ValueError):
            # the model refused the value: the control goes back to the model's value
            self.control.value = self._to(getattr(self.obj, self.name))
        finally:
            self._busy = False


def close_view(widget):
    """Close `widget` and every widget inside it, releasing their ties to shared models.

    A view observes a model that outlives it; without this, each closed view would
    stay subscribed (and alive), and every later model change would redraw it.
    Unlinks each :class:`Binding` and each observer registered with
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
    those of every sub-view and bound control inside (see :func:`close_view`).
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
