"""Every public function refuses bad input with a ValueError naming the argument."""

import math

import numpy as np
import pytest

from membrane_widgets import physics as ph

GOOD_GHK = dict(permeability=[1, 0.04], c_in=[140, 15], c_out=[5, 145], z=[1, 1])

NEURON = dict(k_in=140, k_out=5, na_in=15, na_out=145)

CASES = [
    # (function, kwargs, argument named in the message)
    (ph.nernst_potential, dict(c_out=0.0, c_in=140, z=1), "c_out"),
    (ph.nernst_potential, dict(c_out=5, c_in=-1.0, z=1), "c_in"),
    (ph.nernst_potential, dict(c_out=math.nan, c_in=140, z=1), "c_out"),
    (ph.nernst_potential, dict(c_out=math.inf, c_in=140, z=1), "c_out"),
    (ph.nernst_potential, dict(c_out=[5, 0], c_in=140, z=1), "c_out"),
    (ph.nernst_potential, dict(c_out=5, c_in=140, z=0), "z"),
    (ph.nernst_potential, dict(c_out=5, c_in=140, z=1.5), "z"),
    (ph.nernst_potential, dict(c_out=5, c_in=140, z=1, temperature=0.0), "temperature"),
    (ph.nernst_potential, dict(c_out=5, c_in=140, z=1, temperature=-5.0), "temperature"),
    (ph.nernst_potential, dict(c_out=5, c_in=140, z=1, gamma_in=0.0), "gamma_in"),
    (ph.nernst_potential, dict(c_out="five", c_in=140, z=1), "c_out"),
    (ph.nernst_activity_error, dict(gamma_out=-0.1, gamma_in=0.7, z=1), "gamma_out"),
    (ph.nernst_activity_error, dict(gamma_out=0.7, gamma_in=0.7, z=0), "z"),
    (ph.thermal_voltage, dict(temperature=math.nan), "temperature"),
    (ph.celsius_to_kelvin, dict(celsius=-300.0), "celsius"),
    (ph.electrochemical_potential, dict(c=0.0, z=1, psi=0.0), "c"),
    (ph.electrochemical_potential, dict(c=1.0, z=1, psi=math.inf), "psi"),
    (ph.electrochemical_potential, dict(c=1.0, z=0, psi=0.0), "z"),
    (ph.transfer_free_energy, dict(c_out=1, c_in=1, z=1, vm=0, direction="up"), "direction"),
    (ph.transfer_free_energy, dict(c_out=1, c_in=1, z=1, vm=math.nan), "vm"),
    (ph.driving_force, dict(vm=math.nan, reversal=0.0), "vm"),
    (ph.driving_force, dict(vm=0.0, reversal=math.inf), "reversal"),
    (ph.flow_direction, dict(vm=0.0, reversal=1.0, z=0), "z"),
    (ph.ghk_voltage, {**GOOD_GHK, "permeability": [-1, 0.04]}, "permeability"),
    (ph.ghk_voltage, {**GOOD_GHK, "permeability": [0, 0]}, "permeability"),
    (ph.ghk_voltage, {**GOOD_GHK, "c_in": [140, 0]}, "c_in"),
    (ph.ghk_voltage, {**GOOD_GHK, "c_out": [np.nan, 145]}, "c_out"),
    (ph.ghk_voltage, {**GOOD_GHK, "z": [1, 0]}, "z"),
    (ph.ghk_voltage, {**GOOD_GHK, "temperature": 0}, "temperature"),
    (ph.ghk_voltage, {**GOOD_GHK, "permeability": 1.0, "c_in": 1.0, "c_out": 2.0, "z": 1},
     "permeability"),
    (ph.ghk_weights, {**GOOD_GHK, "permeability": [0, 0]}, "permeability"),
    (ph.ghk_current, dict(v=math.nan, permeability=1e-6, c_in=1, c_out=1, z=1), "v"),
    (ph.ghk_current, dict(v=0, permeability=-1e-6, c_in=1, c_out=1, z=1), "permeability"),
    (ph.ghk_current, dict(v=0, permeability=1e-6, c_in=1, c_out=1, z=0), "z"),
    (ph.ghk_chord_conductance, dict(v=0, permeability=1e-6, c_in=0, c_out=1, z=1), "c_in"),
    (ph.chord_conductance_potential, dict(g=[0, 0], reversal=[1, 2]), "g"),
    (ph.chord_conductance_potential, dict(g=[-1, 2], reversal=[1, 2]), "g"),
    (ph.chord_conductance_potential, dict(g=[1, 2], reversal=[1, np.nan]), "reversal"),
    (ph.ions_to_charge, dict(voltage=-80, radius=0.0), "radius"),
    (ph.ions_to_charge, dict(voltage=np.inf, radius=10.0), "voltage"),
    (ph.ions_to_charge, dict(voltage=-80, radius=10.0, specific_capacitance=-1),
     "specific_capacitance"),
    (ph.ions_to_charge, dict(voltage=-80, radius=10.0, z=0), "z"),
    (ph.fraction_of_cell_ions, dict(voltage=-80, radius=10.0, concentration=0), "concentration"),
    (ph.mullins_noda_potential, dict(p_k=-1, p_na=0.04, **NEURON), "p_k"),
    (ph.mullins_noda_potential, dict(p_k=0, p_na=0, **NEURON), "p_k"),
    (ph.mullins_noda_potential, dict(p_k=1, p_na=0.04, **NEURON, coupling_ratio=0),
     "coupling_ratio"),
    (ph.mullins_noda_potential, dict(p_k=1, p_na=0.04, **{**NEURON, "k_in": 0}), "k_in"),
    (ph.get_ion, dict(name="Zz"), "name"),
    (ph.get_preset, dict(name="zz"), "name"),
]


@pytest.mark.parametrize(("func", "kwargs", "argument"), CASES,
                         ids=[f"{c[0].__name__}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_bad_input_names_the_argument(func, kwargs, argument):
    # a value out of range is a ValueError; a non-number (a string) is a TypeError
    with pytest.raises((ValueError, TypeError), match=rf"\b{argument}\b"):
        func(**kwargs)


@pytest.mark.parametrize("bad", ["5", True, 5 + 0j, None, [1.0, "2"], [[1.0], [1.0, 2.0]]],
                         ids=["string", "bool", "complex", "None", "mixed", "ragged"])
def test_non_numbers_are_refused_not_coerced(bad):
    with pytest.raises(TypeError, match="c_out must be a real number"):
        ph.nernst_potential(bad, 140.0, 1)
    with pytest.raises(TypeError, match="celsius"):
        ph.celsius_to_kelvin(bad)


@pytest.mark.parametrize("func", [
    lambda t: ph.nernst_potential(5.0, 140.0, 1, t),
    lambda t: ph.ghk_voltage([1.0, 0.05], [140.0, 15.0], [5.0, 145.0], [1, 1], temperature=t),
    lambda t: ph.thermal_voltage(t),
])
def test_a_temperature_in_celsius_is_caught_with_the_unit_named(func):
    with pytest.raises(ValueError, match="in kelvin.*celsius_to_kelvin"):
        func(37.0)
    assert np.isfinite(func(310.15))


def test_array_message_summarises_without_dumping_the_array():
    bad = np.full(10_000, 5.0)
    bad[123] = -1.0
    message = r"c_out must be positive and finite, got an array with 1 such entry \(first -1.0\)"
    with pytest.raises(ValueError, match=message):
        ph.nernst_potential(bad, 140.0, 1)


def test_no_nan_or_inf_for_valid_extremes():
    c = np.geomspace(1e-9, 1e6, 31)
    cold = 200.0  # K, the coldest temperature the models accept
    assert np.all(np.isfinite(ph.nernst_potential(c[:, None], c, 2, cold)))
    v = np.linspace(-1e4, 1e4, 201)
    assert np.all(np.isfinite(ph.ghk_current(v, 1.0, 1e6, 1e-9, -2, cold)))
    w = ph.ghk_weights([1, 1e-12, 1e12], [1e-9, 1e6, 1.0], [1e6, 1e-9, 1.0], [2, -1, 1], cold)
    assert np.all(np.isfinite(w))
