"""Jupyter widgets over the physics core: views of one shared membrane model."""

from membrane_widgets.widgets._ion_panel import IonSliderPanel
from membrane_widgets.widgets._model import SCENARIO_VERSION, IonState, MembraneModel
from membrane_widgets.widgets._strings import set_language, text

__all__ = [
    "IonState",
    "MembraneModel",
    "SCENARIO_VERSION",
    "set_language",
    "text",
    "IonSliderPanel",
]
