"""membrane-widgets: an interactive course on how cells make their membrane potential.

``membrane_widgets.physics`` holds the tested equations (pure numpy/scipy) and imports
nothing from Jupyter; ``membrane_widgets.widgets`` holds the Jupyter widgets built on them
(ipywidgets, bqplot). The widgets are imported on first use, so ``import membrane_widgets``
and ``from membrane_widgets import physics`` work where no widget library is installed.
"""

import importlib

from membrane_widgets import physics

__all__ = [
    "physics",
    "widgets",
    "MembraneModel",
    "IonState",
    "IonSliderPanel",
    "DrivingForceGauge",
    "GHKWeightBars",
    "GHKExplorer",
    "NernstExplorer",
    "ActivityExplorer",
    "CapacitorCounter",
    "PumpExplorer",
    "JunctionPotentialCalculator",
    "DynamicEquilibrium",
    "EntropyOfMixing",
    "PumpLeakRundown",
    "DonnanExplorer",
    "MembraneCharging",
    "ActionPotentialPlayer",
    "AnswerCheck",
    "Prediction",
    "KeyboardHelp",
    "VmSound",
    "MembraneSimulator",
    "set_language",
    "__version__",
]
__version__ = "0.1.0"

#: Names this package re-exports from ``membrane_widgets.widgets``, imported on first use.
_FROM_WIDGETS = frozenset(__all__) - {"physics", "widgets", "__version__"}


def __getattr__(name):
    """Import the widgets (and ipywidgets, bqplot) only when one is asked for (PEP 562)."""
    if name == "widgets" or name in _FROM_WIDGETS:
        widgets = importlib.import_module("membrane_widgets.widgets")
        value = widgets if name == "widgets" else getattr(widgets, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'membrane_widgets' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
