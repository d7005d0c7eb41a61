"""KeyboardHelp: which keys work the widgets, in a panel that opens and closes."""

import ipywidgets as w

from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._kit_format import HTML_BLOCK
from membrane_widgets.widgets._strings import text

__all__ = ["KeyboardHelp"]

#: The rows of the help, in order: each is a string key for the keys and one for what they do.
ROWS = ("tab", "arrows", "page", "home", "button", "menu", "text", "reader")


class KeyboardHelp(w.VBox):
    """A closed "Keyboard help" panel that lists the keys every widget of the course answers.

    Like the keyboard-shortcuts dialog of a PhET simulation: a student who
    works without a mouse (or with a screen reader) opens it to learn that
    arrows move a slider one step (a tenth of a decade on a logarithmic
    slider), Page Up/Down ten steps, Home/End to either end, and so on. It is
    an HTML ``<details>`` element, which every browser opens and closes with
    Enter or Space; it holds no state of its own.

    Parameters
    ----------
    open : bool, optional
        Show the list from the start (default: closed, one line).
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    panel : ipywidgets.HTML
        The ``<details>`` element, in the widgets' language.

    Examples
    --------
    >>> help_ = KeyboardHelp()
    >>> "Page Up" in help_.panel.value and "<details" in help_.panel.value
    True
    """

    def __init__(self, open=False, **kwargs):
        self._open = open
        self.panel = w.HTML(self.html(open=open))
        super().__init__([self.panel], **kwargs)
        accessible_root(self)  # names, values and keys in the page

    def relabel(self):
        """Write the help again in the current language (as it was built: open or closed)."""
        self.panel.value = self.html(open=self._open)

    @staticmethod
    def html(open=False):
        """Return the help as one HTML ``<details>`` element, in the current language.

        Parameters
        ----------
        open : bool, optional
            Whether the element starts open.

        Returns
        -------
        str
        """
        items = "".join(
            f"<dt>{text(f'keyboard.{row}.keys')}</dt><dd>{text(f'keyboard.{row}.does')}</dd>"
            for row in ROWS)
        return (f'{HTML_BLOCK}<details class="mw-keyboard-help"{" open" if open else ""}>'
                f"<summary>{text('keyboard.title')}</summary>"
                f"<p>{text('keyboard.intro')}</p><dl>{items}</dl></details></div>")
