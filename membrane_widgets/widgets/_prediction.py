"""Prediction: the student commits a prediction before anything shows the answer."""

import html
import math
import numbers

import ipywidgets as w
import traitlets as t

from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._kit_format import FEEDBACK, fmt_number
from membrane_widgets.widgets._strings import text

__all__ = ["Prediction"]

_GREEN, _RED, _AMBER, _GREY = (FEEDBACK[k] for k in ("right", "wrong", "almost", "aside"))


class Prediction(ModelView, w.VBox):
    """A prediction the student commits before the lesson shows the answer.

    Multiple choice (pick one option) or a number (within a tolerance). The
    student picks or types, then clicks "Commit my prediction"; only then does
    the widget lock the input, repeat the prediction, and show the verdict and
    a one-line explanation. Nothing about the answer - not the right option,
    not the number, not the explanation - is in the widget's synced state
    before the commit: it stays in the kernel.

    Parameters
    ----------
    question : str
        The prompt, as HTML.
    answer : int, str or float
        With `choices`: the right choice, by its index or its label. Without:
        the expected number (in `unit`).
    choices : sequence of str, optional
        The options (HTML is not interpreted: plain text).
    tolerance : float, optional
        Numbers only: how far (absolute, in `unit`) a prediction may lie from
        `answer` and still count as right. Default 0 (exact).
    unit : str, optional
        Numbers only: the unit beside the box, e.g. ``"mV"``.
    why : str, optional
        One line of HTML that explains the answer, shown after the commit.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Raises
    ------
    ValueError
        If `question` or `why` is not a string, `choices` is empty or repeats
        an option, `answer` is not one of the choices (by index or label), a
        numeric `answer` or `tolerance` is not a finite number (`tolerance`
        must be >= 0), or `unit`/`tolerance` is given with `choices`.

    Attributes
    ----------
    prompt : ipywidgets.HTML
        The question.
    input : ipywidgets.RadioButtons or ipywidgets.Text
        Where the student predicts: no option is selected at first; a number is
        typed (a typographic minus and a decimal comma are understood).
    commit_button : ipywidgets.Button
        "Commit my prediction": calls :meth:`commit`.
    feedback : ipywidgets.HTML
        Empty until the commit (or an inline "choose first" message); then the
        prediction, the verdict and the explanation.
    committed : bool
        Whether a prediction has been committed (it cannot be changed).
    correct : bool
        Whether the committed prediction was right.

    Examples
    --------
    >>> p = Prediction("Which way do K⁺ ions move at rest?", answer="out",
    ...                choices=["in", "out"], why="V<sub>m</sub> is above E<sub>K</sub>.")
    >>> p.feedback.value
    ''
    >>> p.input.value = "out"
    >>> p.commit_button.click()
    >>> p.committed, p.correct, p.input.disabled
    (True, True, True)
    """

    committed = t.Bool(False, help="Whether a prediction has been committed.")
    correct = t.Bool(False, help="Whether the committed prediction was right.")

    def __init__(self, question, answer, choices=None, tolerance=None, unit="", why="",
                 **kwargs):
        for name, value in (("question", question), ("why", why), ("unit", unit)):
            if not isinstance(value, str):
                raise ValueError(f"{name} must be a string, got {value!r}")
        self._why = why
        self._unit = unit
        if choices is not None:
            if tolerance is not None or unit:
                raise ValueError("tolerance and unit are for numeric predictions, not choices")
            self._choices = _check_choices(choices)
            self._answer = _choice_index(answer, self._choices)
            self.input = w.RadioButtons(options=list(self._choices), value=None,
                                        layout=w.Layout(width="auto"))
        else:
            self._choices = None
            self._answer = _finite(answer, "answer")
            self._tolerance = 0.0 if tolerance is None else _finite(tolerance, "tolerance")
            if self._tolerance < 0:
                raise ValueError(f"tolerance must be >= 0, got {tolerance!r}")
            self.input = w.Text(value="", placeholder=text("prediction.placeholder"),
                                layout=w.Layout(width="10em"))
        self.prompt = w.HTML(value=f"<b>{text('prediction.label')}</b> {question}")
        self.commit_button = w.Button(description=text("prediction.commit"),
                                      button_style="primary", layout=w.Layout(width="auto"))
        self.feedback = w.HTML(value="")
        row = [self.input]
        if self._choices is None:
            row = [w.HBox([self.input, w.HTML(value=html.escape(unit))],
                          layout=w.Layout(align_items="center"))]
        kwargs.setdefault("layout", w.Layout(border="1px solid #DDDDDD", padding="0.4em 0.8em",
                                             margin="0.3em 0", max_width="1100px"))
        super().__init__([self.prompt, *row, self.commit_button, self.feedback], **kwargs)
        self.commit_button.on_click(self.commit)
        accessible_root(self)  # names, values and keys in the page

    def commit(self, _button=None):
        """Commit the prediction in :attr:`input`, lock it, and show the verdict.

        Without a choice (or a number) it only asks for one. After the first
        commit it does nothing: a prediction cannot be changed.

        Parameters
        ----------
        _button : ipywidgets.Button, optional
            The button that was clicked (ignored).
        """
        if self.committed:
            return
        given = self.input.value
        if self._choices is not None:
            if given is None:
                self._say(_AMBER, f"⚠ {text('prediction.choose')}")
                return
            shown = html.escape(given)
            right = self._choices.index(given) == self._answer
            answer = html.escape(self._choices[self._answer])
        else:
            given = _parse_number(given)
            if given is None:
                self._say(_AMBER, f"⚠ {text('prediction.enter_number')}")
                return
            shown = f"{fmt_number(given)} {html.escape(self._unit)}".strip()
            right = abs(given - self._answer) <= self._tolerance * (1 + 1e-12)
            answer = f"{fmt_number(self._answer)} {html.escape(self._unit)}".strip()
        self.committed, self.correct = True, right
        self.input.disabled = True
        self.commit_button.disabled = True
        verdict = (f'<span style="color:{_GREEN}">{text("prediction.right")}</span>' if right
                   else f'<span style="color:{_RED}">'
                        f'{text("prediction.wrong", answer=answer)}</span>')
        lines = [text("prediction.yours", prediction=shown), verdict]
        if self._why:
            lines.append(f'<span style="color:{_GREY}">{self._why}</span>')
        self.feedback.value = "<br>".join(lines)

    def _say(self, colour, message):
        self.feedback.value = f'<span style="color:{colour}">{message}</span>'


def _parse_number(typed):
    """Return the finite number in `typed` ("−89", "-89.5", "3,5"), or None."""
    cleaned = typed.strip().replace("\u2212", "-").replace(",", ".").replace(" ", "")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _finite(value, name):
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _check_choices(choices):
    if isinstance(choices, str) or not all(isinstance(c, str) for c in choices):
        raise ValueError(f"choices must be a sequence of strings, got {choices!r}")
    choices = tuple(choices)
    if len(choices) < 2:
        raise ValueError(f"choices must hold at least two options, got {choices!r}")
    if len(set(choices)) != len(choices):
        raise ValueError(f"choices repeats an option: {choices!r}")
    return choices


def _choice_index(answer, choices):
    if isinstance(answer, str) and answer in choices:
        return choices.index(answer)
    if isinstance(answer, numbers.Integral) and not isinstance(answer, bool) \
            and 0 <= answer < len(choices):
        return int(answer)
    raise ValueError(f"answer must be one of the choices (a label or an index), got {answer!r}")
