"""JunctionPotentialCalculator: the liquid junction potential of a pipette in a bath.

Two editable solutions (one "ion, mM" per line), Henderson or Nernst-Planck,
a temperature, and a converter from the measured to the true membrane
potential. The physics is :func:`physics.liquid_junction_potential` and
:func:`physics.correct_for_ljp`, the recipes are
:data:`physics.PIPETTE_SOLUTIONS` and :data:`physics.BATH_SOLUTIONS` (with
their sources), the text is read by :func:`._solution_parser.parse_solution`;
this module only calls them and shows the result.
"""

import html
import math
import warnings
from collections.abc import Mapping

import ipywidgets as w

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_controls import (
    dropdown,
    float_text,
    message_box,
    show_message,
    temperature_slider,
    toggle_buttons,
)
from membrane_widgets.widgets._kit_format import (
    describe_error,
    fmt_celsius,
    fmt_mm,
    fmt_mv,
    fmt_signed_mv,
    ion_label,
)
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._solution_parser import parse_solution, solution_text
from membrane_widgets.widgets._strings import text

__all__ = ["JunctionPotentialCalculator"]
_CUSTOM = "custom"
_METHODS = ("henderson", "nernst_planck")
_TEMPERATURE_RANGE = (0.0, 40.0)  # degrees Celsius
_ERROR_BORDER = "4px solid #B00020"
_LABEL_WIDTH = "5em"
_COLUMN = "29em"


def _initial_text(value, presets, default, argument):
    """Return (preset key or custom, text) for a constructor argument."""
    if value is None:
        value = default
    if isinstance(value, str):
        if value in presets:
            return value, solution_text(presets[value])
        return _CUSTOM, value
    if isinstance(value, Mapping):
        return _CUSTOM, "\n".join(f"{name}, {conc}" for name, conc in value.items())
    raise ValueError(
        f"{argument} must be a preset name ({', '.join(presets)}), the text of a solution "
        f"or a mapping from ion name to mM, got {type(value).__name__}"
    )


class JunctionPotentialCalculator(ModelView, w.VBox):
    """Liquid junction potential (LJP) between a pipette solution and the bath.

    Each solution is edited as text, one ``ion, mM`` per line, or filled from
    a preset. The LJP, the potential of the bath relative to the pipette (the
    JPCalc/LJPcalc convention), is shown for the chosen method, with the other
    method's value beside it; a converter gives the true membrane potential
    V_true = V_measured - LJP. A line that cannot be read is named in an inline
    message and the last valid result stays on screen, labelled as such; a
    solution that is not electroneutral gets a notice and still a value.

    Parameters
    ----------
    pipette : str or mapping, optional
        A key of :data:`physics.PIPETTE_SOLUTIONS` (default ``"k_gluconate"``), the text
        of a solution (lines such as ``"K, 140"``) or a mapping ion name -> mM.
    bath : str or mapping, optional
        Likewise, with :data:`physics.BATH_SOLUTIONS` (default ``"acsf"``).
    temperature_c : float, optional
        Temperature, degrees Celsius, 0 to 40. Default 25; with a `model`, the
        model's temperature is used unless `temperature_c` is given.
    method : {"nernst_planck", "henderson"}, optional
        The method shown large. Default ``"nernst_planck"`` (as LJPcalc);
        ``"henderson"`` is what JPCalc computes.
    model : MembraneModel, optional
        The shared model, which holds the temperature (K) the slider shows and
        sets; a new model (at `temperature_c`) if omitted.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Raises
    ------
    ValueError
        If `pipette` or `bath` is of the wrong type, `temperature_c` is not
        within 0 to 40 degrees Celsius, or `method` is unknown.

    Attributes
    ----------
    pipette_preset, bath_preset : ipywidgets.Dropdown
        Presets; choosing one fills the text area (an edited text shows
        "(edited)").
    pipette_text, bath_text : ipywidgets.Textarea
        The solutions, one ``ion, mM`` per line (read when the area loses focus).
    pipette_source, bath_source : ipywidgets.HTML
        Where the chosen preset's recipe comes from.
    method_toggle : ipywidgets.ToggleButtons
        Henderson or Nernst-Planck.
    temperature_slider : ipywidgets.FloatSlider
        Temperature, degrees Celsius.
    readout : ipywidgets.HTML
        The LJP, large, and the other method's value and the difference.
    notice : ipywidgets.HTML
        Warnings from the physics (net charge of a solution), hidden if none.
    message : ipywidgets.HTML
        Errors in the input (line number and what is wrong), hidden if none.
    measured_vm : ipywidgets.FloatText
        Measured membrane potential, mV.
    corrected : ipywidgets.HTML
        ``True V_m = V_measured - LJP = ...``.
    caption : ipywidgets.HTML
        The sign convention.

    Examples
    --------
    >>> calc = JunctionPotentialCalculator()
    >>> round(float(calc.ljp), 2)
    13.45
    >>> calc.measured_vm.value = -60.0
    >>> round(float(calc.corrected_vm), 2)
    -73.45
    """

    def __init__(self, pipette=None, bath=None, temperature_c=None, method="nernst_planck",
                 model=None, **kwargs):
        lo, hi = _TEMPERATURE_RANGE
        given = temperature_c is not None or model is None
        if temperature_c is None:
            temperature_c = 25.0 if model is None else physics.kelvin_to_celsius(model.temperature)
        if not (isinstance(temperature_c, int | float) and lo <= temperature_c <= hi):
            raise ValueError(
                f"temperature_c must be a number from {lo:g} to {hi:g} degrees Celsius, "
                f"got {temperature_c!r}"
            )
        method = "nernst_planck" if method == "planck" else method
        if method not in _METHODS:
            raise ValueError(f"method must be one of {', '.join(_METHODS)}, got {method!r}")
        pip_key, pip_text = _initial_text(pipette, physics.PIPETTE_SOLUTIONS, "k_gluconate",
                                          "pipette")
        bath_key, bath_text = _initial_text(bath, physics.BATH_SOLUTIONS, "acsf", "bath")

        self._result = None  # the last valid result (a dict), None before the first
        self._valid = False  # whether the inputs on screen gave that result
        self._filling = False  # a preset is being written into a text area

        self.pipette_preset = self._preset_dropdown("pipette", physics.PIPETTE_SOLUTIONS, pip_key)
        self.bath_preset = self._preset_dropdown("bath", physics.BATH_SOLUTIONS, bath_key)
        self.pipette_text = self._text_area(pip_text)
        self.bath_text = self._text_area(bath_text)
        self.pipette_source = w.HTML(layout=w.Layout(width=_COLUMN))
        self.bath_source = w.HTML(layout=w.Layout(width=_COLUMN))
        self.method_toggle = toggle_buttons(
            [(text(f"ljp.method.{m}"), m) for m in _METHODS], method,
            description=text("ljp.control.method"), label_width=_LABEL_WIDTH,
        )
        # one temperature: the model's (a new model when none is given)
        self.model = model if model is not None else MembraneModel.from_preset()
        if given:
            self.model.temperature = physics.celsius_to_kelvin(temperature_c)
        self.temperature_slider = temperature_slider(self.model, (lo, hi), 0.5, width="30em")
        self.readout = w.HTML()
        self.notice = w.HTML(value="", layout=w.Layout(display="none"))
        self.message = message_box()
        self.measured_vm = float_text(text("ljp.control.measured_vm"), -70.0, 0.1,
                                      unit=text("unit.mv"), label_width="11em", width="19em")
        self.corrected = w.HTML(layout=w.Layout(margin="0 0 0 1em"))
        self.caption = w.HTML(value=text("ljp.caption.convention"))

        columns = w.HBox([
            w.VBox([w.HTML(text("ljp.title.pipette")), self.pipette_preset, self.pipette_text,
                    self.pipette_source]),
            w.VBox([w.HTML(text("ljp.title.bath")), self.bath_preset, self.bath_text,
                    self.bath_source], layout=w.Layout(margin="0 0 0 1.5em")),
        ])  # fmt: skip
        super().__init__([
            columns,
            w.HTML(text("ljp.hint.format")),
            w.HBox([self.method_toggle, self.temperature_slider]),
            self.readout, self.notice, self.message,
            w.HBox([self.measured_vm, self.corrected], layout=w.Layout(align_items="center")),
            self.caption,
        ], **kwargs)  # fmt: skip

        self._show_source("pipette")
        self._show_source("bath")
        self.pipette_preset.observe(self._on_preset, names="value")
        self.bath_preset.observe(self._on_preset, names="value")
        self.pipette_text.observe(self._on_text, names="value")
        self.bath_text.observe(self._on_text, names="value")
        self.temperature_slider.observe(self._recompute, names="value")
        self.method_toggle.observe(self._render, names="value")
        self.measured_vm.observe(self._render_converter, names="value")
        self._recompute()
        accessible_root(self)  # names, values and keys in the page

    # --- public read-outs ------------------------------------------------------------------

    @property
    def valid(self):
        """Whether the solutions on screen are valid (the result shown is current)."""
        return self._valid

    @property
    def ljp_values(self):
        """Last valid LJP by method, mV: ``{"henderson": ..., "nernst_planck": ...}`` or None.

        Nernst-Planck is None if its solver could not compute the solutions
        (the Henderson value is then kept and shown, with a notice).
        """
        return None if self._result is None else dict(self._result["ljp"])

    @property
    def ljp_method(self):
        """The method of :attr:`ljp`: the chosen one, or Henderson if Nernst-Planck failed."""
        if self._result is None:
            return None
        chosen = self.method_toggle.value
        if self._result["ljp"][chosen] is not None:
            return chosen
        return _METHODS[1 - _METHODS.index(chosen)]

    @property
    def ljp(self):
        """Last valid LJP, mV (bath relative to pipette), or None.

        The chosen method's value; if the Nernst-Planck solver could not
        compute these solutions, the Henderson value, and a notice says so
        (see :attr:`ljp_method`).
        """
        method = self.ljp_method
        return None if method is None else self._result["ljp"][method]

    @property
    def pipette(self):
        """Pipette solution of the last valid result, ion name -> mM, or None."""
        return None if self._result is None else dict(self._result["pipette"])

    @property
    def bath(self):
        """Bath solution of the last valid result, ion name -> mM, or None."""
        return None if self._result is None else dict(self._result["bath"])

    @property
    def notices(self):
        """The physics' warnings for the last valid result (e.g. net charge), a tuple of str."""
        return () if self._result is None else self._result["notices"]

    @property
    def corrected_vm(self):
        """V_measured - LJP, mV, with the last valid LJP of the chosen method, or None."""
        ljp = self.ljp
        v = self.measured_vm.value
        if ljp is None or not math.isfinite(v):
            return None
        return float(physics.correct_for_ljp(v, ljp))

    # --- construction helpers ----------------------------------------------------------------

    @staticmethod
    def _preset_dropdown(side, presets, value):
        options = [(text(f"ljp.preset.{side}.{key}"), key) for key in presets]
        options.append((text("ljp.preset.custom"), _CUSTOM))
        return dropdown(text("ljp.control.preset"), options, value, label_width=_LABEL_WIDTH,
                        width=_COLUMN)

    @staticmethod
    def _text_area(value):
        return w.Textarea(value=value, rows=9, continuous_update=False,
                          placeholder=text("ljp.placeholder"),
                          layout=w.Layout(width=_COLUMN, border_left="4px solid transparent")
                          ).add_class("mw-apply-on-enter")  # Enter applies (accessibility hook)

    def _side(self, side):
        if side == "pipette":
            return (self.pipette_preset, self.pipette_text, self.pipette_source,
                    physics.PIPETTE_SOLUTIONS)
        return self.bath_preset, self.bath_text, self.bath_source, physics.BATH_SOLUTIONS

    def _show_source(self, side):
        dropdown, _, source, _ = self._side(side)
        key = dropdown.value
        source.value = (
            f'<small>{text(f"ljp.source.{side}.{key}")}</small>' if key != _CUSTOM else ""
        )

    # --- observers -------------------------------------------------------------------------

    def _on_preset(self, change):
        side = "pipette" if change["owner"] is self.pipette_preset else "bath"
        dropdown, area, _, presets = self._side(side)
        self._show_source(side)
        if self._filling or change["new"] == _CUSTOM:
            return  # the text area already holds the text
        self._filling = True
        try:
            area.value = solution_text(presets[change["new"]])  # -> _on_text -> _recompute
        finally:
            self._filling = False

    def _on_text(self, change):
        side = "pipette" if change["owner"] is self.pipette_text else "bath"
        dropdown, area, _, presets = self._side(side)
        if not self._filling:
            match = next((k for k, rows in presets.items() if solution_text(rows) == area.value),
                         _CUSTOM)
            if match != dropdown.value:
                self._filling = True  # the text is already there: do not rewrite it
                try:
                    dropdown.value = match
                finally:
                    self._filling = False
        self._recompute()

    def _recompute(self, change=None):
        """Read both solutions and compute the LJP by both methods; keep the last good one."""
        pipette, pip_errors = parse_solution(self.pipette_text.value, text("ljp.side.pipette"))
        bath, bath_errors = parse_solution(self.bath_text.value, text("ljp.side.bath"))
        for area, errors in ((self.pipette_text, pip_errors), (self.bath_text, bath_errors)):
            border = _ERROR_BORDER if errors else "4px solid transparent"
            if area.layout.border_left != border:
                area.layout.border_left = border
        errors = pip_errors + bath_errors
        if not errors:
            values, notices, errors = self._compute(pipette, bath)
        if errors:
            self._valid = False
            show_message(self.message, text("ljp.error.keep", errors="<br>".join(errors)))
        else:
            self._valid = True
            self._result = {
                "ljp": values, "pipette": pipette, "bath": bath, "notices": tuple(notices),
                "celsius": self.temperature_slider.value,
            }
            show_message(self.message, "")
        self._show_notices()
        self._render()

    def _compute(self, pipette, bath):
        """Return ({method: LJP mV or None}, [notice], [error]) for readable solutions.

        Henderson's closed form comes first: if it fails, the solutions cannot
        be used (an error). If then only the Nernst-Planck solver fails (or gives
        no finite value), the Henderson value is kept, with a notice that says so.
        """
        temperature = physics.celsius_to_kelvin(self.temperature_slider.value)
        values, notices = {}, []
        with warnings.catch_warnings(record=True) as record:
            warnings.simplefilter("always")
            try:
                values["henderson"] = float(physics.liquid_junction_potential(
                    pipette, bath, temperature=temperature, method="henderson"))
            except (ValueError, RuntimeError, TypeError, ArithmeticError) as err:
                reason = html.escape(describe_error(err))
                return values, notices, [text("ljp.error.physics", reason=reason)]
            if not math.isfinite(values["henderson"]):
                return values, notices, [text("ljp.error.not_finite")]
            failure = None
            try:
                value = float(physics.liquid_junction_potential(
                    pipette, bath, temperature=temperature, method="nernst_planck"))
            except (ValueError, RuntimeError, TypeError, ArithmeticError) as err:
                value, failure = None, html.escape(describe_error(err))
            if value is not None and not math.isfinite(value):
                value, failure = None, text("ljp.error.not_finite")
            values["nernst_planck"] = value
        for item in record:
            note = _notice(item.message)
            if note and note not in notices:
                notices.append(note)
        if failure is not None:
            notices.append(text("ljp.notice.method_failed",
                                method=text("ljp.method.nernst_planck"),
                                other=text("ljp.method.henderson"), reason=failure))
        return values, notices, []

    def _show_notices(self):
        notices = self.notices if self._valid else ()
        value = (text("ljp.notice", notes="<br>".join(notices)) if notices else "")
        if self.notice.value != value:
            self.notice.value = value
            self.notice.layout.display = None if value else "none"

    def _render(self, change=None):
        """Write the LJP readout for the chosen method (no recomputation)."""
        if self._result is None:
            self.readout.value = text("ljp.readout.none")
            self._render_converter()
            return
        chosen = self.ljp_method  # the chosen method, or the other if it failed
        other = _METHODS[1 - _METHODS.index(chosen)]
        ljp = self._result["ljp"]
        big = text("ljp.readout.main", method=text(f"ljp.method.{chosen}"),
                   value=fmt_signed_mv(ljp[chosen], 2))
        celsius = fmt_celsius(self._result["celsius"], decimals=1)
        if ljp[other] is None:
            small = text("ljp.readout.other_failed", other=text(f"ljp.method.{other}"),
                         t=celsius)
        else:
            small = text(
                "ljp.readout.other", other=text(f"ljp.method.{other}"),
                other_value=fmt_signed_mv(ljp[other], 2), method=text(f"ljp.method.{chosen}"),
                difference=fmt_signed_mv(ljp[chosen] - ljp[other], 2), t=celsius,
            )
        if round(ljp[chosen], 1) > 0:
            meaning = text("ljp.readout.positive", value=fmt_mv(abs(ljp[chosen]), 1))
        elif round(ljp[chosen], 1) < 0:
            meaning = text("ljp.readout.negative", value=fmt_mv(abs(ljp[chosen]), 1))
        else:
            meaning = text("ljp.readout.zero")
        body = f"{big} {small}<br>{meaning}"
        if not self._valid:
            body = f"{text('ljp.readout.stale')}<div style=\"opacity:0.6\">{body}</div>"
        self.readout.value = body
        self._render_converter()

    def _render_converter(self, change=None):
        """Write V_true = V_measured - LJP (no recomputation of the LJP)."""
        v = self.measured_vm.value
        ljp = self.ljp
        if ljp is None:
            value = text("ljp.converter.none")
        elif not math.isfinite(v):
            value = text("ljp.converter.bad_input")
        else:
            value = text(
                "ljp.converter.result", measured=fmt_signed_mv(v, 1), ljp=fmt_signed_mv(ljp, 1),
                true=fmt_signed_mv(float(physics.correct_for_ljp(v, ljp)), 1),
            )
            if not self._valid:
                value = f"{value} {text('ljp.converter.stale')}"
        if self.corrected.value != value:
            self.corrected.value = value


def _notice(warning):
    """Say a physics warning about electroneutrality in the widgets' language (HTML)."""
    if not isinstance(warning, physics.ElectroneutralityWarning):
        return html.escape(str(warning)) if isinstance(warning, UserWarning) else ""
    details = dict(warning.details)
    if "side" in details:
        details["side"] = text(f"ljp.side.{details['side']}")
    if "ion" in details:
        details["ion"] = ion_label(details["ion"])
    for key in ("pipette", "bath"):
        if key in details:
            details[key] = fmt_mm(details[key])
    if "net" in details:  # a charge: always signed
        details["net"] = ("+" if details["net"] > 0 else "") + fmt_mm(details["net"])
    return text(f"ljp.notice.{warning.kind}", **details)
