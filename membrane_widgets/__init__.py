"""membrane-widgets: an interactive course on how cells make their membrane potential.

``membrane_widgets.physics`` holds the tested equations (pure numpy/scipy);
``membrane_widgets.widgets`` holds the Jupyter widgets built on them.
"""

from membrane_widgets import physics, widgets
from membrane_widgets.widgets import (
    ActionPotentialPlayer,
    ActivityExplorer,
    AnswerCheck,
    CapacitorCounter,
    DonnanExplorer,
    DrivingForceGauge,
    DynamicEquilibrium,
    EntropyOfMixing,
    GHKExplorer,
    GHKWeightBars,
    IonSliderPanel,
    IonState,
    JunctionPotentialCalculator,
    MembraneCharging,
    MembraneModel,
    MembraneSimulator,
    NernstExplorer,
    Prediction,
    PumpExplorer,
    PumpLeakRundown,
    set_language,
)

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
    "MembraneSimulator",
    "set_language",
    "__version__",
]
__version__ = "0.1.0"
