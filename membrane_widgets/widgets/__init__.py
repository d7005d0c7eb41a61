"""Jupyter widgets over the physics core: views of one shared membrane model."""

from membrane_widgets.widgets._action_potential_player import ActionPotentialPlayer
from membrane_widgets.widgets._activity_explorer import ActivityExplorer
from membrane_widgets.widgets._answer_check import AnswerCheck
from membrane_widgets.widgets._capacitor_counter import CapacitorCounter
from membrane_widgets.widgets._donnan_explorer import DonnanExplorer
from membrane_widgets.widgets._driving_force_gauge import DrivingForceGauge
from membrane_widgets.widgets._dynamic_equilibrium import DynamicEquilibrium
from membrane_widgets.widgets._entropy_of_mixing import EntropyOfMixing
from membrane_widgets.widgets._ghk_explorer import GHKExplorer
from membrane_widgets.widgets._ghk_weight_bars import GHKWeightBars
from membrane_widgets.widgets._ion_slider_panel import IonSliderPanel
from membrane_widgets.widgets._junction_potential_calculator import JunctionPotentialCalculator
from membrane_widgets.widgets._keyboard_help import KeyboardHelp
from membrane_widgets.widgets._kit_format import (
    flow_words,
    fmt_mm,
    fmt_mv,
    fmt_number,
    fmt_signed_mv,
)
from membrane_widgets.widgets._membrane_charging import MembraneCharging
from membrane_widgets.widgets._membrane_model import SCENARIO_VERSION, IonState, MembraneModel
from membrane_widgets.widgets._membrane_simulator import MembraneSimulator, language_from_query
from membrane_widgets.widgets._nernst_explorer import NernstExplorer
from membrane_widgets.widgets._prediction import Prediction
from membrane_widgets.widgets._pump_explorer import PumpExplorer
from membrane_widgets.widgets._pump_leak_rundown import PumpLeakRundown
from membrane_widgets.widgets._strings import language, set_language, text, use_language
from membrane_widgets.widgets._vm_sound import VmSound

__all__ = [
    "IonState",
    "MembraneModel",
    "SCENARIO_VERSION",
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
    "language_from_query",
    "set_language",
    "use_language",
    "language",
    "text",
    "fmt_mv",
    "fmt_signed_mv",
    "fmt_mm",
    "fmt_number",
    "flow_words",
]
