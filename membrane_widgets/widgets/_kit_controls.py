"""The kit's controls: every slider, described menu and message box of the widgets is made here.

One factory per kind of control, each called with the control's description, its
unit and a sensible step: the one place where controls get their look (one
description style), their readout and, later, their accessible name and value text.
"""

import math

import ipywidgets as w

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import describe_slider
from membrane_widgets.widgets._kit_binding import Binding
from membrane_widgets.widgets._strings import text

__all__ = ["float_slider", "log_slider", "int_slider", "dropdown", "toggle_buttons", "float_text",
           "temperature_slider", "message_box", "show_message", "LABEL_WIDTH", "CONTROL_WIDTH",
           "CONC_EXPONENTS", "PERM_EXPONENTS"]

#: Default slider ranges (exponents of 10), wide enough for every preset: 1e-5 .. 1000 mM.
CONC_EXPONENTS = (-5.0, 3.0)
#: Relative permeability 1e-4 .. 100.
PERM_EXPONENTS = (-4.0, 2.0)
#: Default width of a control's description, and of the whole control (CSS lengths).
LABEL_WIDTH = "9em"
CONTROL_WIDTH = "28em"
#: Readout of a log slider: three significant figures.
LOG_READOUT = ".3g"


def _style(label_width=None, button_width=None):
    """Return the style of a described control: the one place that sets its widths."""
    style = {}
    if label_width is not None:
        style["description_width"] = label_width
    if button_width is not None:
        style["button_width"] = button_width
    return style


def _layout(width):
    return w.Layout(width=width) if width is not None else w.Layout()


def _decimals(step):
    """Decimals that show a value on a grid of `step`: 1 -> 0, 0.5 -> 1, 0.05 -> 2."""
    return max(0, -math.floor(math.log10(step) + 1e-9))


def _arrow_steps(step, span):
    """Slider steps per arrow key: a round tenth-of-a-decade or 1/100-of-the-range move.

    A log slider moves 0.1 decade; a linear one 10**floor(log10(span / 100)) in its unit
    (the clamp's 250 mV range: 1 mV; a 45 °C range: 0.1 °C). Page Up/Down move 10 arrows.
    """
    if step <= 0 or not math.isfinite(span) or span <= 0:
        return 1
    target = 10.0 ** math.floor(math.log10(span / 100.0))
    return max(1, round(target / step))


def _made(control, unit, home, *, log=False):
    """Record what the factory knows about `control` and describe it for the page.

    Its unit and home range serve the Binding; its accessible name (the description),
    value text ("140 mM", "−70.0 mV") and keyboard step serve screen readers and
    keyboards (see ``_accessibility_hook``).
    """
    control._mw_unit = unit  # the unit of the value, for value text ("140 mM")
    control._mw_home = home  # the range a Binding widens and returns to
    if not isinstance(control, (w.FloatSlider, w.FloatLogSlider, w.IntSlider)):
        return control  # a number box: the browser names and steps it
    step = float(control.step)
    template = f"{{}} {unit}" if unit else "{}"
    # the hook's larger arrow steps reach the kernel through continuous updates only
    fixed = not control.continuous_update
    if log:
        describe_slider(control, control.description, template=template, log=True, digits=3,
                        multiplier=1 if fixed else max(1, round(0.1 / step)), page=10)
    else:
        describe_slider(control, control.description, template=template,
                        decimals=_decimals(step), signed=unit == "mV",
                        multiplier=1 if fixed else _arrow_steps(step, control.max - control.min),
                        page=10)
    return control


def float_slider(description, value, limits, step, *, unit, continuous=True, readout=True,
           label_width=LABEL_WIDTH, width=CONTROL_WIDTH):
    """Return a linear slider whose readout shows the decimals of its step.

    Parameters
    ----------
    description : str
        What it sets, in the widgets' language (with the unit if it is shown).
    value : float
        Its value, in `unit`.
    limits : tuple of float
        ``(min, max)``, in `unit` (widened to hold `value`).
    step : float
        Its grid, in `unit`; the readout shows as many decimals (0.05 -> ".2f").
    unit : str
        The unit of the value ("mV", "°C"; "" for a pure number).
    continuous : bool, optional
        Send values while dragging (default) or on release only.
    readout : bool, optional
        Show the slider's own readout.
    label_width, width : str, optional
        CSS widths of the description and of the whole control.

    Returns
    -------
    ipywidgets.FloatSlider

    Examples
    --------
    >>> s = float_slider("V (mV)", -70.0, (-150.0, 100.0), 0.1, unit="mV")
    >>> s.readout_format, s.min, s.max
    ('.1f', -150.0, 100.0)
    """
    lo, hi = limits
    control = w.FloatSlider(
        value=value, min=min(lo, math.floor(value)), max=max(hi, math.ceil(value)), step=step,
        description=description, readout=readout, readout_format=f".{_decimals(step)}f",
        continuous_update=continuous, style=_style(label_width), layout=_layout(width),
    )
    return _made(control, unit, (lo, hi))


def log_slider(description, value, exponents, *, unit, step=0.01, continuous=True,
               readout=True, label_width=LABEL_WIDTH, width=CONTROL_WIDTH):
    """Return a base-10 log slider that can show `value` (its range widens to whole decades).

    Arrow keys move it by `step` decades (0.01 decade = 2.3 %). Bind it to a model
    with :class:`Binding`, which keeps the browser's snapping of the displayed
    value to that grid from changing the model.

    Parameters
    ----------
    description : str
        What it sets, in the widgets' language.
    value : float
        Its value, in `unit` (0 or less shows at the lowest position).
    exponents : tuple of float
        ``(min, max)`` as exponents of 10.
    step : float, optional
        Its grid, decades. Default 0.01.
    unit : str
        The unit of the value ("mM"; "" for a relative quantity).
    continuous, readout, label_width, width
        As for :func:`float_slider`; the readout shows three significant figures.

    Returns
    -------
    ipywidgets.FloatLogSlider

    Examples
    --------
    >>> s = log_slider("[K⁺] out (mM)", 5.0, CONC_EXPONENTS, unit="mM")
    >>> s.min, s.max, s.step
    (-5.0, 3.0, 0.01)
    >>> log_slider("c", 1e-7, CONC_EXPONENTS, unit="mM").min
    -7.0
    """
    lo, hi = exponents
    if value > 0 and math.isfinite(value):
        e = math.log10(value)
        lo, hi = min(lo, math.floor(e)), max(hi, math.ceil(e))
    control = w.FloatLogSlider(
        value=value, base=10, min=lo, max=hi, step=step, description=description,
        readout=readout, readout_format=LOG_READOUT, continuous_update=continuous,
        style=_style(label_width), layout=_layout(width),
    )
    return _made(control, unit, tuple(exponents), log=True)


def int_slider(description, value, limits, *, unit, readout=True, label_width=None,
               width=CONTROL_WIDTH):
    """Return a slider of whole numbers, e.g. the frame of a recorded run.

    Parameters
    ----------
    description : str
        What it sets, in the widgets' language.
    value : int
        Its value.
    limits : tuple of int
        ``(min, max)``.
    unit : str
        The unit of the value ("ms"; "" for a frame number).
    readout, label_width, width
        As for :func:`float_slider` (default: the description's natural width).

    Returns
    -------
    ipywidgets.IntSlider
    """
    lo, hi = limits
    control = w.IntSlider(value=value, min=lo, max=hi, step=1, description=description,
                          readout=readout, style=_style(label_width), layout=_layout(width))
    return _made(control, unit, None)


def dropdown(description, options, value, *, label_width=LABEL_WIDTH, width=None):
    """Return a described dropdown menu.

    Parameters
    ----------
    description : str
        What it chooses, in the widgets' language.
    options : list of tuple
        ``(label, value)`` pairs.
    value : object
        The chosen value.
    label_width, width : str, optional
        CSS widths of the description and of the whole control (default: its
        natural width).

    Returns
    -------
    ipywidgets.Dropdown
    """
    return w.Dropdown(options=options, value=value, description=description,
                      style=_style(label_width), layout=_layout(width))


def toggle_buttons(options, value, *, description="", label_width=None, button_width=None):
    """Return a row of toggle buttons (one choice of a few).

    Parameters
    ----------
    options : list of tuple
        ``(label, value)`` pairs.
    value : object
        The chosen value.
    description : str, optional
        What it chooses.
    label_width, button_width : str, optional
        CSS widths of the description and of each button.

    Returns
    -------
    ipywidgets.ToggleButtons
    """
    return w.ToggleButtons(options=options, value=value, description=description,
                           style=_style(label_width, button_width))


def float_text(description, value, step, *, unit, label_width=LABEL_WIDTH, width=None):
    """Return a described number field.

    Parameters
    ----------
    description : str
        What it sets, in the widgets' language.
    value : float
        Its value, in `unit`.
    step : float
        The arrow keys' step, in `unit`.
    unit : str
        The unit of the value.
    label_width, width : str, optional
        CSS widths of the description and of the whole control.

    Returns
    -------
    ipywidgets.FloatText
    """
    control = w.FloatText(value=value, step=step, description=description,
                          style=_style(label_width), layout=_layout(width))
    return _made(control, unit, None)


#: Range of the temperature sliders, degrees Celsius.
CELSIUS_RANGE = (0.0, 45.0)


def temperature_slider(model, limits=CELSIUS_RANGE, step=0.1, **sizes):
    """Return a slider in degrees Celsius bound to ``model.temperature`` (K).

    Every temperature control of the widgets is this one: the model holds the
    one temperature, the slider shows it in °C.

    Parameters
    ----------
    model : MembraneModel
        The model whose temperature it sets.
    limits : tuple of float, optional
        The slider's home range, °C (default 0-45; widened to show the model's).
    step : float, optional
        Its grid, °C.
    **sizes
        ``label_width`` and ``width``, as for :func:`float_slider`.

    Returns
    -------
    ipywidgets.FloatSlider
    """
    control = float_slider(f"{text('control.temperature')} ({text('unit.celsius')})",
                           physics.kelvin_to_celsius(model.temperature), limits, step,
                           unit=text("unit.celsius"), **sizes)
    Binding(control, model, "temperature",
            to_control=lambda kelvin: kelvin - physics.ZERO_CELSIUS,
            to_model=lambda celsius: celsius + physics.ZERO_CELSIUS)
    return control


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
