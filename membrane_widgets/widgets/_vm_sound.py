"""VmSound: hear the membrane potential, a tone whose pitch follows V_m."""

import anywidget
import ipywidgets as w
import traitlets

from membrane_widgets.widgets._accessibility_hook import _STATIC, accessible_root
from membrane_widgets.widgets._kit_binding import ModelView
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import text

__all__ = ["VmSound", "pitch"]

#: The pitch of 0 mV, Hz, and the potential change that raises it one octave, mV.
REFERENCE_HZ, OCTAVE_MV = 440.0, 60.0
#: The lowest and highest pitch played, Hz.
PITCH_RANGE = (110.0, 1760.0)


def pitch(vm):
    """Return the pitch (Hz) at which :class:`VmSound` plays `vm` (mV).

    440 Hz at 0 mV and one octave per 60 mV, about one Nernst decade (a
    tenfold concentration change moves E by 61.5 mV at 37 °C), within
    110-1760 Hz. The page computes the same (``static/vm_sound.js``).

    Parameters
    ----------
    vm : float
        Membrane potential, mV.

    Returns
    -------
    float
        Frequency, Hz.

    Examples
    --------
    >>> pitch(0.0), pitch(60.0), round(pitch(-89.1))
    (440.0, 880.0, 157)
    """
    f = REFERENCE_HZ * 2.0 ** (vm / OCTAVE_MV)
    return min(PITCH_RANGE[1], max(PITCH_RANGE[0], f))


class _ToneButton(anywidget.AnyWidget):
    """The page side of :class:`VmSound`: a toggle button that plays the tones it is sent."""

    _esm = _STATIC / "vm_sound.js"
    enabled = traitlets.Bool(False).tag(sync=True)
    label = traitlets.Unicode("").tag(sync=True)
    hint = traitlets.Unicode("").tag(sync=True)


class VmSound(ModelView, w.HBox):
    """A "Hear Vₘ" toggle: while it is on, every change of V_m plays a short tone.

    Sound where it helps, as in PhET's simulations: a student who cannot see
    the plots (or is watching the sliders) hears V_m rise and fall as a P(Na⁺)
    or a concentration slider moves, one octave per 60 mV (see :func:`pitch`).
    Off until the student presses it (a real ``<button>`` with
    ``aria-pressed``); nothing is sent to the page while it is off.

    Parameters
    ----------
    model : MembraneModel, optional
        The membrane whose V_m it plays (default: a new mammalian-neuron model).
    enabled : bool, optional
        Start switched on (the page plays sound only after the student has
        interacted with it, as browsers require).
    **kwargs
        Passed to :class:`ipywidgets.HBox`.

    Attributes
    ----------
    button : anywidget.AnyWidget
        The toggle button (an ES module in ``static/vm_sound.js``); its
        ``enabled`` is this widget's.
    model : MembraneModel
        The model it listens to.

    Examples
    --------
    >>> sound = VmSound()
    >>> sound.enabled
    False
    """

    def __init__(self, model=None, enabled=False, **kwargs):
        self.model = model if model is not None else MembraneModel.from_preset()
        self.button = _ToneButton()
        super().__init__([self.button], **kwargs)
        self.relabel()
        self.add_class("mw-sound")
        self.button.observe(self._on_enabled, names="enabled")
        self.watch(self.model, self._on_model, "revision")
        self.enabled = enabled
        accessible_root(self)  # names, values and keys in the page

    @property
    def enabled(self):
        """Whether each change of V_m is played (the button is pressed)."""
        return self.button.enabled

    @enabled.setter
    def enabled(self, value):
        self.button.enabled = bool(value)

    @property
    def label(self):
        """The button's words."""
        return self.button.label

    @property
    def hint(self):
        """The button's tooltip: what the pitch means."""
        return self.button.hint

    def relabel(self):
        """Write the button's words in the current language."""
        self.button.label = text("sound.toggle")
        self.button.hint = text("sound.hint")

    def _on_enabled(self, change):
        if change["new"]:
            self._play()

    def _on_model(self, change):
        if self.enabled:
            self._play()

    def _play(self):
        self.button.send({"tone": float(self.model.vm)})
