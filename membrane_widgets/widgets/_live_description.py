"""LiveDescription: a figure's text alternative, what it shows now, announced when it changes."""

import itertools

import ipywidgets as w

from membrane_widgets.widgets._accessibility_hook import LIVE_CLASS, SAY_CLASS
from membrane_widgets.widgets._kit_format import HTML_BLOCK
from membrane_widgets.widgets._strings import language

__all__ = ["LiveDescription"]

_KEYS = itertools.count()
_UNSAID = object()


class LiveDescription(w.HTML):
    """The text alternative of one or more figures: what they show now, in a sentence or two.

    Shown under its figures in small type. The page announces it when it changes
    (a polite live region: DOM class ``mw-live``), and the accessibility hook makes
    each figure an image for screen readers, named by its title and this text
    (the figure and this widget share a DOM key, ``mw-f-<n>`` / ``mw-d-<n>``).

    A view calls :meth:`say` where it updates its marks, with the inputs the
    sentence depends on: the sentence is rebuilt, and sent, only when they
    changed. While a Play control given to :meth:`hold_while` plays, nothing is
    said (a sentence per frame would talk over itself); the last frame's is said
    when it stops.

    A view may show a readout in the same widget, above the sentence (the
    ``lead`` of :meth:`say`): one message per move instead of two. The page
    announces only the sentence: the accessibility hook keeps a copy of it in a
    live region of its own (``mw-sr-live``), so a new readout under an unchanged
    sentence is not read out again.

    Parameters
    ----------
    *figures : bqplot.Figure
        The figures it describes.
    width : str, optional
        CSS maximum width (e.g. the figure's ``"440px"``), so the text wraps
        under its figure.

    Examples
    --------
    >>> d = LiveDescription()
    >>> d.say(("K", 0.8), lambda: "K⁺ has the largest vote (0.80).")
    True
    >>> d.say(("K", 0.8), lambda: "never built")
    False
    >>> d.text
    'K⁺ has the largest vote (0.80).'
    >>> d.say(("K", 0.8), lambda: "never built", lead="Vₘ = −71.7 mV")
    False
    >>> d.value.startswith("Vₘ = −71.7 mV")
    True
    """

    def __init__(self, *figures, width=None):
        super().__init__(value="", layout=w.Layout(max_width=width) if width else w.Layout())
        key = next(_KEYS)
        self.add_class(LIVE_CLASS)
        self.add_class(f"mw-d-{key}")
        for fig in figures:
            fig.add_class(f"mw-f-{key}")
        self.text = ""
        self.lead = ""  # HTML shown above the sentence (a readout), not announced
        self._said = _UNSAID
        self._play = None
        self._pending = None

    def say(self, inputs, words, lead=None):
        """Say ``words()`` unless `inputs` are those of the sentence shown.

        Parameters
        ----------
        inputs : hashable
            What the sentence depends on (rounded as it is written).
        words : callable
            Returns the sentence (HTML), in the widgets' language.
        lead : str, optional
            HTML to show above the sentence, e.g. a readout (default: keep the
            last one). It is shown at once, also while the sentence is held.

        Returns
        -------
        bool
            Whether the sentence was rebuilt.
        """
        if lead is not None:
            self.lead = lead
        rebuilt = False
        if self._play is not None and self._play.playing:
            self._pending = (inputs, words)
        else:
            inputs = (language(), inputs)
            if inputs != self._said:
                self._said = inputs
                self.text = words()
                rebuilt = True
        value = f'{self.lead}{HTML_BLOCK}<small class="{SAY_CLASS}">{self.text}</small></div>'
        if value != self.value:
            self.value = value
        return rebuilt

    def hold_while(self, play):
        """Say nothing while `play` (an ipywidgets.Play) plays; say the last frame's at its stop."""
        self._play = play
        play.observe(self._on_playing, names="playing")

    def _on_playing(self, change):
        if not change["new"] and self._pending is not None:
            inputs, words = self._pending
            self._pending = None
            self.say(inputs, words)
