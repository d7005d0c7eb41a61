"""AnswerCheck: a self-check question whose answer is a number or one of a few choices."""

import html
import math
import numbers

import ipywidgets as w
import traitlets as t

from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_format import FEEDBACK, describe_error, fmt_number
from membrane_widgets.widgets._strings import text

__all__ = ["AnswerCheck"]

#: Wrong attempts after which the "Show answer" button appears.
REVEAL_AFTER = 2
#: Up to this many choices are shown as radio buttons, more as a dropdown.
MAX_RADIO_CHOICES = 6
#: A unit slip (V for mV, J for kJ) makes a number off by this factor.
_UNIT_FACTOR = 1000.0
#: Slack on the tolerance bound for floating-point rounding (relative to the numbers compared).
_ROUNDING = 1e-12
#: Significant figures of a revealed numeric answer.
_ANSWER_DIGITS = 4

_GREEN, _RED, _AMBER, _GREY = (FEEDBACK[k] for k in ("right", "wrong", "almost", "aside"))


class AnswerCheck(ModelView, w.VBox):
    """A question the student answers and checks: a number (with a unit) or one of a few choices.

    The student types a number (or picks a choice) and clicks "Check"; the
    feedback line says "✓ Correct" or "✗ Not yet — ..." followed by the hint
    and, for numbers, advice on a wrong sign or a factor of 1000 (a unit
    slip), and it counts the attempts. The expected answer is never shown,
    and never sent to the browser, until the student clicks "Show answer",
    a button that appears only after :data:`REVEAL_AFTER` (2) wrong attempts.

    Parameters
    ----------
    question : str
        The question, as HTML (e.g. ``"E<sub>K</sub> at 37 °C?"``).
    answer : float, choice or callable
        The expected answer: a number (in `unit`) or, when `choices` is given,
        the correct choice (its value, or its label). May be a zero-argument
        callable returning either, e.g. ``lambda: physics.nernst_potential(5, 140, 1)``:
        it is called once, at the first valid "Check", and its result kept.
    unit : str, optional
        Unit shown beside the number box and with the revealed answer, e.g.
        ``"mV"``. Ignored with `choices`.
    tolerance : float, optional
        How far a number may lie from the expected one and still count as
        correct (inclusive). With ``relative=True`` (default) a fraction of
        the expected value: the default 0.01 accepts ±1 %. With
        ``relative=False`` an absolute distance in `unit`, e.g. 0.5 for
        ±0.5 mV. Use an absolute tolerance for values that are zero or near
        zero (a relative tolerance of 0 accepts only exactly 0). Ignored
        with `choices`.
    relative : bool, optional
        Whether `tolerance` is relative (default) or absolute.
    hint : str, optional
        HTML shown after every wrong attempt.
    choices : sequence, optional
        The possible answers: strings, or ``(label, value)`` pairs (as
        ipywidgets ``options``). Up to :data:`MAX_RADIO_CHOICES` (6) are shown
        as radio buttons, more as a dropdown; none is selected at first.
        Numeric values match to 1e-9 (relative), anything else by equality.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Raises
    ------
    ValueError
        If `question` is not a string; `answer` is not a finite number (number
        mode) or not one of the `choices` (callables are checked when called);
        `tolerance` is negative or not finite; a relative tolerance is given
        with an expected value of exactly 0; `choices` is empty or repeats a
        value.

    Attributes
    ----------
    prompt : ipywidgets.HTML
        The question.
    input : ipywidgets.FloatText or ipywidgets.RadioButtons or ipywidgets.Dropdown
        Where the student answers (a FloatText for numbers).
    unit_label : ipywidgets.HTML
        The unit beside the number box (empty with `choices`).
    tolerance_note : ipywidgets.HTML
        How close a number must be, e.g. "accepted within ±1 %" (empty with `choices`).
    check_button : ipywidgets.Button
        "Check": calls :meth:`check`.
    feedback : ipywidgets.HTML
        "✓ Correct", "✗ Not yet — ..." with the hint, the number of attempts,
        or the inline "Enter a number" message.
    show_button : ipywidgets.Button
        "Show answer": hidden until :data:`REVEAL_AFTER` wrong attempts; calls
        :meth:`show_answer`.
    answer_box : ipywidgets.HTML
        The expected answer, empty until "Show answer" is clicked.
    attempts : int
        Answers checked so far (an empty or invalid input, the untouched
        default 0 of the number box, or the same answer checked again, does
        not count; a second click on the untouched box checks 0).
    wrong_attempts : int
        How many of them were wrong.
    correct : bool
        Whether the last checked answer was correct.
    revealed : bool
        Whether the expected answer has been shown.

    Notes
    -----
    A number ``x`` is correct when ``|x - expected| <= tolerance * |expected|``
    (relative) or ``|x - expected| <= tolerance`` (absolute), up to
    floating-point rounding. A value that is not finite counts as no
    number ("Enter a number"); in a browser the number box itself puts back
    its last value when its text is not a number.

    Examples
    --------
    >>> q = AnswerCheck("2 + 2 = ?", 4)
    >>> q.input.value = 5.0
    >>> q.check_button.click()
    >>> q.correct, q.attempts
    (False, 1)
    >>> q.input.value = 4.0
    >>> q.check_button.click()
    >>> q.feedback.value.count("✓ Correct"), q.correct
    (1, True)
    """

    attempts = t.Int(0, help="Answers checked so far.")
    wrong_attempts = t.Int(0, help="Wrong answers checked so far.")
    correct = t.Bool(False, help="Whether the last checked answer was correct.")
    revealed = t.Bool(False, help="Whether the expected answer has been shown.")

    def __init__(self, question, answer, unit="", tolerance=0.01, relative=True, hint="",
                 choices=None, **kwargs):
        if not isinstance(question, str):
            raise ValueError(f"question must be a string (HTML), got {question!r}")
        if not (isinstance(tolerance, numbers.Real) and math.isfinite(tolerance)
                and tolerance >= 0):
            raise ValueError(f"tolerance must be a finite number >= 0, got {tolerance!r}")
        self._unit = unit
        self._tolerance = float(tolerance)
        self._relative = bool(relative)
        self._hint = hint
        self._options = None if choices is None else _normalise_choices(choices)
        self._answer = answer
        self._expected = None  # the validated expected answer, once known
        self._last_given = None  # the last answer checked
        self._verdict = ""  # the feedback on it
        self._touched = False  # whether the student has changed the number box
        self._asked_to_type = False  # whether "type your answer first" was said
        if not callable(answer):
            self._expected = self._validate(answer, "answer")

        self.prompt = w.HTML(value=question)
        self.check_button = w.Button(description=text("answer_check.check"),
                                     button_style="primary", layout=w.Layout(width="8em"))
        self.feedback = w.HTML(value="")
        self.show_button = w.Button(description=text("answer_check.show_answer"),
                                    layout=w.Layout(width="10em", display="none"))
        self.answer_box = w.HTML(value="", layout=w.Layout(margin="0 0 0 1em"))
        self.unit_label = w.HTML(value="", layout=w.Layout(margin="0 0.8em 0 0.2em"))
        self.tolerance_note = w.HTML(value="")
        if self._options is None:
            self.input = w.FloatText(value=0.0, layout=w.Layout(width="12em"))
            self.unit_label.value = unit
            self.tolerance_note.value = (
                f'<span style="color:{_GREY}"><small>{self._tolerance_text()}</small></span>'
            )
            answer_row = [w.HBox([self.input, self.unit_label, self.check_button,
                                  self.tolerance_note], layout=w.Layout(align_items="center"))]
        else:
            selector = w.RadioButtons if len(self._options) <= MAX_RADIO_CHOICES else w.Dropdown
            self.input = selector(options=self._options, value=None,
                                  layout=w.Layout(width="auto"))
            answer_row = [self.input, self.check_button]

        kwargs.setdefault("layout", w.Layout(border="1px solid #DDDDDD", padding="0.4em 0.8em",
                                             margin="0.3em 0", max_width="1100px"))
        super().__init__([
            self.prompt, *answer_row, self.feedback,
            w.HBox([self.show_button, self.answer_box], layout=w.Layout(align_items="center")),
        ], **kwargs)  # fmt: skip

        self.check_button.on_click(self.check)
        self.show_button.on_click(self.show_answer)
        self.input.observe(self._on_input, names="value")
        accessible_root(self)  # names, values and keys in the page

    # --- actions -------------------------------------------------------------------------------

    def check(self, _button=None):
        """Check the answer in :attr:`input` and update the feedback.

        An empty or invalid input shows an inline message and does not count
        as an attempt, nor does checking the same answer twice in a row (in a
        browser an emptied number box falls back to its last value). Nor does
        a click before anything was typed in the number box: it asks for an
        answer first; a second such click checks the 0 in the box (typing 0
        over it changes nothing the widget could notice). After
        :data:`REVEAL_AFTER` wrong attempts the "Show answer" button appears.

        Parameters
        ----------
        _button : ipywidgets.Button, optional
            The button that was clicked (ignored).
        """
        given = self.input.value
        if self._options is not None and given is None:
            self._say(_AMBER, f"⚠ {text('answer_check.choose')}")
            return
        if self._options is None and not _is_finite_number(given):
            key = "answer_check.enter_number_unit" if self._unit else "answer_check.enter_number"
            self._say(_AMBER, f"⚠ {text(key, unit=self._unit)}")
            return
        if self._options is None and not self._touched and not self._asked_to_type:
            # the box still holds its default 0: not an answer yet (a second click,
            # still without typing, checks 0: typing 0 into the box changes nothing)
            self._asked_to_type = True
            self._say(_AMBER, f"⚠ {text('answer_check.enter_first')}")
            return
        try:
            expected = self._expected_value()
        except ValueError as err:
            reason = html.escape(describe_error(err))
            self._say(_RED, f"⚠ {text('answer_check.error.answer', reason=reason)}")
            return

        if self.attempts and given == self._last_given:
            self.feedback.value = self._verdict  # the same answer again: not a new attempt
            return
        self._last_given = given
        ok = self._matches(given, expected)
        self.attempts += 1
        self.correct = ok
        if ok:
            self._say(_GREEN, f"<b>{text('answer_check.correct')}</b>")
        else:
            self.wrong_attempts += 1
            advice = [self._advice(given, expected)] if self._options is None else []
            advice.append(text("answer_check.hint", hint=self._hint) if self._hint
                          else text("answer_check.try_again"))
            self._say(_RED, text("answer_check.wrong", advice=" ".join(a for a in advice if a)))
            if self.wrong_attempts >= REVEAL_AFTER and not self.revealed:
                self.show_button.layout.display = None
        self._verdict = self.feedback.value

    def show_answer(self, _button=None):
        """Show the expected answer in :attr:`answer_box` (and hide the button).

        Does nothing before :data:`REVEAL_AFTER` wrong attempts.

        Parameters
        ----------
        _button : ipywidgets.Button, optional
            The button that was clicked (ignored).
        """
        if self.wrong_attempts < REVEAL_AFTER:
            return
        try:
            expected = self._expected_value()
        except ValueError as err:
            reason = html.escape(describe_error(err))
            self.answer_box.value = text("answer_check.error.answer", reason=reason)
            return
        self.answer_box.value = text("answer_check.answer", answer=self._format(expected))
        self.revealed = True
        self.show_button.layout.display = "none"

    # --- helpers -------------------------------------------------------------------------------

    def _on_input(self, change):
        self._touched = True

    def _say(self, colour, message):
        attempts = text("answer_check.attempts", n=self.attempts)
        self.feedback.value = (
            f'<span style="color:{colour}">{message}</span> '
            f'<span style="color:{_GREY}"><small>({attempts})</small></span>'
        )

    def _expected_value(self):
        if self._expected is None:
            self._expected = self._validate(self._answer(), "the answer's callable")
        return self._expected

    def _validate(self, value, source):
        """Return `value` as the expected answer, or raise ValueError naming `source`."""
        if self._options is not None:
            for label, option in self._options:
                if _same_choice(value, option) or (isinstance(value, str) and value == label):
                    return option
            labels = ", ".join(repr(label) for label, _ in self._options)
            raise ValueError(f"{source} gave {value!r}, which is not one of the choices {labels}")
        if isinstance(value, bool) or not _is_finite_number(value):
            raise ValueError(f"{source} must give a finite number, got {value!r}")
        value = float(value)
        if self._relative and value == 0 and self._tolerance > 0:
            raise ValueError(
                f"{source} gave 0, where a relative tolerance accepts only exactly 0: "
                "use relative=False with an absolute tolerance"
            )
        return value

    def _within(self, x, expected):
        bound = self._tolerance * abs(expected) if self._relative else self._tolerance
        return abs(x - expected) <= bound + _ROUNDING * max(abs(x), abs(expected), bound)

    def _matches(self, given, expected):
        if self._options is not None:
            return _same_choice(given, expected)
        return self._within(float(given), expected)

    def _advice(self, given, expected):
        """Say what a wrong number most likely got wrong: the sign or the unit."""
        given = float(given)
        if given != 0 and self._within(-given, expected):
            return text("answer_check.advice.sign")
        factor = _UNIT_FACTOR
        if self._within(given * factor, expected) or self._within(given / factor, expected):
            return text("answer_check.advice.units", factor=fmt_number(factor, 1))
        return ""

    def _tolerance_text(self):
        if self._relative:
            return text("answer_check.tolerance.relative", percent=_plain(self._tolerance * 100))
        value = f"{_plain(self._tolerance)} {self._unit}".strip()
        return text("answer_check.tolerance.absolute", value=value)

    def _format(self, expected):
        if self._options is not None:
            return next(label for label, option in self._options
                        if _same_choice(expected, option))
        return f"{fmt_number(expected, _ANSWER_DIGITS)} {self._unit}".strip()


def _normalise_choices(choices):
    """Return ``[(label, value), ...]`` from strings or (label, value) pairs."""
    if isinstance(choices, str | bytes) or not hasattr(choices, "__iter__"):
        raise ValueError(f"choices must be a sequence of strings or (label, value) pairs, "
                         f"got {choices!r}")
    options = []
    for choice in choices:
        if isinstance(choice, tuple) and len(choice) == 2:
            label, value = choice
        else:
            label, value = choice, choice
        options.append((str(label), value))
    if not options:
        raise ValueError("choices must not be empty")
    for i, (_, value) in enumerate(options):
        if any(_same_choice(value, other) for _, other in options[:i]):
            raise ValueError(f"choices repeats the value {value!r}")
    return options


def _is_number(x):
    return isinstance(x, numbers.Real) and not isinstance(x, bool)


def _is_finite_number(x):
    return _is_number(x) and math.isfinite(x)


def _same_choice(a, b):
    if _is_number(a) and _is_number(b):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    try:
        return bool(a == b)
    except (TypeError, ValueError):  # e.g. arrays, whose == is elementwise
        return False


def _plain(x):
    """Format a tolerance briefly: ``1``, ``0.5``, ``2.5``; large or tiny in powers of ten."""
    s = f"{x:.3g}"
    return s if "e" not in s else fmt_number(x)
