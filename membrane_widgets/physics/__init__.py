"""Physics core of membrane-widgets: pure numpy/scipy, no widget code.

Units throughout: concentration mM, potential mV (V_m = inside - outside),
temperature K, time ms, length um, specific capacitance uF/cm^2, permeability
relative (unitless) or cm/s where a current is computed, current density
uA/cm^2 (outward positive), free energy J/mol. Functions broadcast over arrays;
where a function takes several ions, the ions run along the last axis.

Every public function keeps one input contract (docs/physics_contract.md): a
finite result, or a ValueError (TypeError for a non-number) naming the argument.
"""

from membrane_widgets.physics._activity import (
    activity,
    activity_coefficient,
    debye_huckel_constants,
    ionic_strength,
    water_permittivity,
)
from membrane_widgets.physics._capacitor import (
    fraction_of_cell_ions,
    ions_in_cell,
    ions_to_charge,
    sphere_area,
    sphere_volume,
)
from membrane_widgets.physics._charging import (
    ions_crossed_while_charging,
    membrane_charging,
    membrane_time_constant,
)
from membrane_widgets.physics._chord import chord_conductance_potential
from membrane_widgets.physics._constants import (
    AVOGADRO,
    BODY_TEMPERATURE,
    BOLTZMANN,
    ELEMENTARY_CHARGE,
    FARADAY,
    GAS_CONSTANT,
    ROOM_TEMPERATURE,
    VACUUM_PERMITTIVITY,
    ZERO_CELSIUS,
    celsius_to_kelvin,
    kelvin_to_celsius,
    thermal_voltage,
)
from membrane_widgets.physics._crossings import (
    CrossingsResult,
    simulate_crossings,
    unidirectional_rates,
)
from membrane_widgets.physics._donnan import DonnanResult, donnan_equilibrium
from membrane_widgets.physics._driving_force import (
    FlowDirection,
    describe_flow,
    driving_force,
    flow_direction,
)
from membrane_widgets.physics._electrochemical import (
    STANDARD_CONCENTRATION,
    ElectrochemicalPotential,
    electrochemical_potential,
    transfer_free_energy,
)
from membrane_widgets.physics._entropy import (
    LatticeResult,
    entropy_change_per_transfer,
    free_energy_from_entropy,
    lattice_gas,
    ln_microstates,
)
from membrane_widgets.physics._ghk import (
    GHKSummary,
    ghk_chord_conductance,
    ghk_current,
    ghk_summary,
    ghk_voltage,
    ghk_weights,
    permeability_from_conductance,
)
from membrane_widgets.physics._hh_vote import HHVote, hh_vote
from membrane_widgets.physics._hodgkin_huxley import (
    HH_REFERENCE_TEMPERATURE,
    HHParameters,
    HHResult,
    Pulse,
    hh_rates,
    hh_steady_state,
    hodgkin_huxley,
)
from membrane_widgets.physics._ions import ION_LIBRARY, Ion, get_ion, ion_names
from membrane_widgets.physics._ljp import (
    ElectroneutralityWarning,
    correct_for_ljp,
    liquid_junction_potential,
)
from membrane_widgets.physics._nernst import (
    nernst_activity_error,
    nernst_concentration_ratio,
    nernst_potential,
)
from membrane_widgets.physics._presets import (
    PRESETS,
    CellPreset,
    PresetIon,
    get_preset,
    preset_names,
)
from membrane_widgets.physics._pump import mullins_noda_potential, pump_contribution
from membrane_widgets.physics._pump_leak import (
    PumpLeakResult,
    pump_leak,
    pump_leak_final_state,
    rundown_half_time,
)
from membrane_widgets.physics._solutions import BATH_SOLUTIONS, PIPETTE_SOLUTIONS
from membrane_widgets.physics._validity import ValidityRangeWarning

__all__ = [
    "membrane_time_constant",
    "membrane_charging",
    "ions_crossed_while_charging",
    "DonnanResult",
    "donnan_equilibrium",
    # constants and temperature
    "AVOGADRO",
    "BODY_TEMPERATURE",
    "BOLTZMANN",
    "ELEMENTARY_CHARGE",
    "FARADAY",
    "GAS_CONSTANT",
    "ROOM_TEMPERATURE",
    "VACUUM_PERMITTIVITY",
    "ZERO_CELSIUS",
    "celsius_to_kelvin",
    "kelvin_to_celsius",
    "thermal_voltage",
    # one ion
    "nernst_potential",
    "nernst_activity_error",
    "nernst_concentration_ratio",
    "STANDARD_CONCENTRATION",
    "ElectrochemicalPotential",
    "electrochemical_potential",
    "transfer_free_energy",
    "driving_force",
    "FlowDirection",
    "flow_direction",
    "describe_flow",
    # activity
    "ionic_strength",
    "water_permittivity",
    "debye_huckel_constants",
    "activity_coefficient",
    "activity",
    "ValidityRangeWarning",
    # many ions
    "ghk_current",
    "ghk_voltage",
    "ghk_chord_conductance",
    "ghk_weights",
    "GHKSummary",
    "ghk_summary",
    "permeability_from_conductance",
    "chord_conductance_potential",
    # capacitor and pump
    "ions_to_charge",
    "fraction_of_cell_ions",
    "ions_in_cell",
    "sphere_area",
    "sphere_volume",
    "mullins_noda_potential",
    "pump_contribution",
    # junction potential
    "liquid_junction_potential",
    "ElectroneutralityWarning",
    "correct_for_ljp",
    # dynamics
    "HH_REFERENCE_TEMPERATURE",
    "HHParameters",
    "HHResult",
    "Pulse",
    "hh_rates",
    "hh_steady_state",
    "hodgkin_huxley",
    "HHVote",
    "hh_vote",
    "PumpLeakResult",
    "pump_leak",
    "pump_leak_final_state",
    "rundown_half_time",
    "unidirectional_rates",
    "CrossingsResult",
    "simulate_crossings",
    "ln_microstates",
    "entropy_change_per_transfer",
    "free_energy_from_entropy",
    "LatticeResult",
    "lattice_gas",
    # data
    "Ion",
    "ION_LIBRARY",
    "get_ion",
    "ion_names",
    "PresetIon",
    "CellPreset",
    "PRESETS",
    "get_preset",
    "preset_names",
    "PIPETTE_SOLUTIONS",
    "BATH_SOLUTIONS",
]
