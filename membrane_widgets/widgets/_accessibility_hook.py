"""Accessible names, human values and keyboard steps for the widgets' controls.

ipywidgets gives a slider's handle no accessible name and announces its raw value
("2.1500000000000004" for 140 mM on a log slider); Play buttons are bare icons and
toggle buttons expose no pressed state. :class:`AccessibilityHook` is a small
anywidget (an ES module shipped in ``static/``, no build step) that every view
carries, hidden. It holds, per registered control, a name, how to say its value and a
keyboard step multiplier; its script applies them in the page (JupyterLab, Voila,
Binder) and keeps them applied as values change. Controls are described with
:func:`describe_slider`; a view's root gets its hook from :func:`accessible_root`.
"""

import itertools
import pathlib

import anywidget
import traitlets

from membrane_widgets.widgets._strings import text

__all__: list[str] = []

_STATIC = pathlib.Path(__file__).resolve().parent / "static"
_KEYS = itertools.count()
ROOT_CLASS = "mw-root"
LIVE_CLASS = "mw-live"
#: DOM class of a live description's sentence (the part the page announces).
SAY_CLASS = "mw-say"


class AccessibilityHook(anywidget.AnyWidget):
    """The page-side helper (hidden) that names controls and says their values.

    Attributes
    ----------
    controls : dict
        DOM class of a control -> its description: ``kind`` ("slider"), ``name``,
        ``log`` (the slider moves over log10 of the value), ``template`` ("{} mM"),
        ``digits`` (significant figures) or ``decimals``, ``signed``, ``multiplier``
        (arrow-key step in slider steps) and ``page`` (Page Up/Down in arrow steps).
    texts : dict
        Names of the Play widget's buttons in the widgets' language.
    """

    _esm = _STATIC / "accessibility_hook.js"
    _css = _STATIC / "accessibility_hook.css"
    controls = traitlets.Dict().tag(sync=True)
    texts = traitlets.Dict().tag(sync=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.texts = {**{key: text(f"a11y.button.{key}")
                         for key in ("play", "pause", "stop", "repeat")},
                      "pending": text("a11y.pending")}


def describe_slider(slider, name, *, template="{}", log=False, digits=3, decimals=None,
                    signed=False, scale=1.0, multiplier=1, page=5):
    """Give `slider` an accessible name, a human value and a keyboard step.

    Parameters
    ----------
    slider : ipywidgets.FloatSlider or IntSlider
        The control. It gets a DOM class that the hook finds it by.
    name : str
        Its accessible name (what a screen reader says for the control).
    template : str
        How to say the value, ``{}`` standing for the number ("{} mM", "P = {}").
    log : bool
        The slider moves over log10 of the value.
    digits : int
        Significant figures of the number (when `decimals` is None).
    decimals : int or None
        Fixed decimals instead of significant figures.
    signed : bool
        Positive values get a "+" sign.
    scale : float
        Factor from the slider's value to the number said (linear sliders).
    multiplier : int
        Arrow keys move this many slider steps (e.g. 10 steps of 0.01 decade).
    page : int
        Page Up/Down move this many arrow steps.

    Returns
    -------
    slider
        The same control, for chaining.
    """
    described = getattr(slider, "_mw_a11y", None)
    if described is not None:
        key = described[0]
    else:
        key = f"mw-c-{next(_KEYS)}"
        slider.add_class(key)
    spec = {"kind": "slider", "name": name, "template": template, "log": bool(log),
            "digits": int(digits), "decimals": decimals, "signed": bool(signed),
            "scale": float(scale), "multiplier": int(multiplier), "page": int(page)}
    slider._mw_a11y = (key, spec)
    return slider


def value_class(control):
    """Return the DOM class for the text that shows `control`'s value (None if undescribed).

    A label with this class beside a described slider is what the page says as the
    slider's value ("140 mM"), rather than the slider's own position.
    """
    described = getattr(control, "_mw_a11y", None)
    return described[0].replace("mw-c-", "mw-v-") if described is not None else None


def _descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from _descendants(child)


def accessible_root(box):
    """Mark `box` as a view's root and give it a hook (hidden) for its described controls.

    Call it once the view's controls exist; the hook is the box's last child, so it
    is closed with the view (one hook per view: nothing accumulates in the kernel).

    Returns
    -------
    AccessibilityHook
        The view's hook.
    """
    box.add_class(ROOT_CLASS)
    controls = dict(getattr(w, "_mw_a11y", None) for w in _descendants(box)
                    if getattr(w, "_mw_a11y", None))
    previous = next((c for c in box.children if isinstance(c, AccessibilityHook)), None)
    if previous is not None:
        previous.controls = controls
        return previous
    target = AccessibilityHook(controls=controls)
    box.children = (*box.children, target)
    return target
