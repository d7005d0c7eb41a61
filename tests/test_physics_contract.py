"""The physics input contract, enforced over every public callable with hostile input.

For any input, a public function or parameter constructor of
``membrane_widgets.physics`` either returns a result whose every number is finite,
or raises ``ValueError`` (or ``TypeError`` for a non-number) whose message names an
argument that was given a hostile value. Never another exception type, never a
RuntimeWarning (the way nan and inf sneak in), never a hang. The contract is written
down in docs/physics_contract.md.

Each example starts from a valid call and replaces one or more arguments with
hostile values: finite floats over the whole double range (subnormals, +-1e300,
the largest double), nan, inf, numpy scalars, 0-d, 1-d and 2-d arrays (empty too,
and of lengths that do not broadcast), huge Python integers, and wrong types
(strings, bools, complex numbers, None, ragged lists, arbitrary objects).
"""

import dataclasses
import math
import os
import re
import warnings
from collections.abc import Mapping

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from membrane_widgets import physics as ph

#: Examples per function are multiplied by this (environment variable PHYSICS_CONTRACT_SCALE,
#: e.g. 20 for a long exploration before a release); 1 keeps the file under a minute.
SCALE = float(os.environ.get("PHYSICS_CONTRACT_SCALE", "1"))

# --- what is covered -----------------------------------------------------------------------

#: Public callables that are not computations: result records, data records, warnings.
NOT_CALLED = {
    "CrossingsResult": "result record of simulate_crossings",
    "DonnanResult": "result record of donnan_equilibrium",
    "ElectrochemicalPotential": "result record of electrochemical_potential",
    "FlowDirection": "result record of flow_direction",
    "GHKSummary": "result record of ghk_summary",
    "HHResult": "result record of hodgkin_huxley",
    "HHVote": "result record of hh_vote",
    "LatticeResult": "result record of lattice_gas",
    "PumpLeakResult": "result record of pump_leak",
    "Ion": "ion-library record (read from ION_LIBRARY, get_ion)",
    "PresetIon": "preset record (read from PRESETS, get_preset)",
    "CellPreset": "preset record (read from PRESETS, get_preset)",
    "ElectroneutralityWarning": "warning class",
    "ValidityRangeWarning": "warning class",
}

#: Every public callable that computes something, with its hostile-input test below.
CALLED = [
    # constants and temperature
    "celsius_to_kelvin", "kelvin_to_celsius", "thermal_voltage",
    # one ion
    "nernst_potential", "nernst_activity_error", "nernst_concentration_ratio",
    "electrochemical_potential", "transfer_free_energy", "free_energy_from_entropy",
    "driving_force", "flow_direction", "describe_flow",
    # activity
    "ionic_strength", "water_permittivity", "debye_huckel_constants",
    "activity_coefficient", "activity",
    # many ions
    "ghk_current", "ghk_voltage", "ghk_chord_conductance", "ghk_weights", "ghk_summary",
    "permeability_from_conductance", "chord_conductance_potential",
    # capacitor, charging, pump, Donnan
    "ions_to_charge", "fraction_of_cell_ions", "ions_in_cell", "sphere_area", "sphere_volume",
    "membrane_time_constant", "membrane_charging", "ions_crossed_while_charging",
    "mullins_noda_potential", "pump_contribution", "donnan_equilibrium",
    # junction potential
    "liquid_junction_potential", "correct_for_ljp",
    # dynamics
    "HHParameters", "Pulse", "hh_rates", "hh_steady_state", "hodgkin_huxley", "hh_vote",
    "pump_leak", "pump_leak_final_state", "rundown_half_time",
    "unidirectional_rates", "simulate_crossings",
    "ln_microstates", "entropy_change_per_transfer", "lattice_gas",
    # data
    "get_ion", "ion_names", "get_preset", "preset_names",
]


def test_every_public_callable_is_registered():
    public = sorted(name for name in ph.__all__ if callable(getattr(ph, name)))
    assert public == sorted([*CALLED, *NOT_CALLED]), (
        "a public callable was added or removed: register it in CALLED (with a SPEC below) "
        "or, for a result/data record, in NOT_CALLED")
    assert len(CALLED) == len(set(CALLED)) == len(SPECS)
    assert set(SPECS) == set(CALLED)


# --- hostile values ------------------------------------------------------------------------

BIG = float(np.finfo(float).max)
EXTREMES = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-30, 1e30,
            1e300, -1e300, BIG, -BIG, math.nan, math.inf, -math.inf]
REAL = st.one_of(st.floats(allow_subnormal=True), st.sampled_from(EXTREMES))
WRONG_TYPES = ["5", "nan", b"5", True, False, np.True_, 1 + 2j, np.complex128(3.0), None,
               [1.0, "2"], [[1.0], [1.0, 2.0]], {"a": 1.0}, object()]


def hostile(*plausible):
    """A hostile value for a numeric argument; `plausible` strategies mix in valid extremes."""
    return st.one_of(
        REAL,
        REAL.map(np.float64),
        st.floats(width=32).map(np.float32),
        st.integers(-(2**63), 2**63 - 1).map(np.int64),
        st.integers(min_value=-(10**400), max_value=10**400),
        REAL.map(np.array),  # 0-d
        st.lists(REAL, max_size=3).map(np.array),  # 1-d, empty too
        st.lists(REAL, max_size=3),
        st.lists(st.lists(REAL, min_size=2, max_size=2), min_size=1, max_size=2).map(np.array),
        st.sampled_from(WRONG_TYPES),
        *plausible,
    )


NUMBER = hostile()
TEMPERATURE = hostile(st.floats(200.0, 500.0), st.sampled_from([200.0, 500.0, 37.0, 6.3]))
VALENCE = hostile(st.sampled_from([1, -1, 2, -2, 3, -3, 1e300, -7.0]))
#: ion arrays of three ions (GHK), valid magnitudes from the smallest to the largest double
POSITIVE = st.floats(5e-324, BIG)
THREE = st.lists(POSITIVE, min_size=3, max_size=3)
IONS = hostile(THREE, THREE.map(np.array))
VALENCES3 = hostile(st.lists(st.sampled_from([1, -1, 2, -2, 3, -3]), min_size=3, max_size=3))
TEXT = st.one_of(st.text(max_size=8), st.sampled_from(WRONG_TYPES), NUMBER)


def concentrations():
    """A solution for liquid_junction_potential: ion names to hostile or valid mM."""
    names = st.sampled_from(["K", "Na", "Cl", "Ca", "gluconate", "H", "SO4", "k", "Zz", "ATP"])
    return st.one_of(
        st.dictionaries(names, st.one_of(POSITIVE, st.just(0.0), NUMBER), max_size=4),
        st.dictionaries(names, POSITIVE, min_size=1, max_size=4),
        st.sampled_from(WRONG_TYPES),
        st.dictionaries(st.one_of(st.integers(), st.none()), POSITIVE, max_size=2),
    )


# --- the calls: a valid call, and a strategy for each argument ---------------------------

def _hh_runs():
    """A few real Hodgkin-Huxley runs for hh_vote, each of 2 ms."""
    return [
        ph.hodgkin_huxley(2.0, ph.Pulse(0.5, 0.5, 40.0)),
        ph.hodgkin_huxley(2.0, 5.0, temperature=500.0, q10=1e-3),
        ph.hodgkin_huxley(2.0, g_k=0.0, g_leak=0.0),
        ph.hodgkin_huxley(2.0, e_leak=-100.0),
    ]


HH_RUNS = _hh_runs()
NAN_RUN = dataclasses.replace(HH_RUNS[0], v=np.full_like(HH_RUNS[0].v, np.nan))

#: A stimulus for hodgkin_huxley: a number, pulses, or a function of time.
STIMULUS = st.one_of(
    NUMBER,
    st.lists(st.builds(ph.Pulse, st.floats(0.0, 3.0), st.floats(1e-6, 2.0),
                       st.floats(-5000.0, 5000.0)), max_size=3),
    REAL.map(lambda x: (lambda t: x)),
    st.sampled_from(WRONG_TYPES).map(lambda x: (lambda t: x)),
    st.just(lambda t: 400.0 if 0.5 <= t < 0.5005 else 0.0),
    st.just([1.0, 2.0]),
)
#: HH durations: hostile, but the valid ones short (a run of up to 5 ms)
HH_DURATION = st.one_of(NUMBER.filter(lambda x: not _is_long_run(x)), st.floats(1e-3, 5.0))
HH_STEP = st.one_of(NUMBER.filter(lambda x: not _is_fine_step(x)), st.floats(1e-3, 1.0))
PUMP_DURATION = st.one_of(NUMBER, st.floats(1e-3, 1e9))
COUNT = hostile(st.integers(0, 50), st.integers(0, 2**62), st.sampled_from([1e300, 2.5, -1]))


def _as_number(x):
    """`x` as a float if it is a single real number (not a bool), else None."""
    if isinstance(x, np.ndarray) and x.ndim == 0 and x.dtype.kind in "iuf":
        x = x[()]
    if not isinstance(x, (int, float, np.integer, np.floating)) or isinstance(x, bool):
        return None
    try:
        return float(x)
    except OverflowError:  # an int beyond the double range
        return None


def _is_long_run(x):
    """A valid Hodgkin-Huxley duration above 5 ms (slow in a test; the short ones are run)."""
    x = _as_number(x)
    return x is not None and 5.0 < x <= 1e4


def _is_fine_step(x):
    """A valid dt or max_step below 1 us (up to a million steps: slow in a test)."""
    x = _as_number(x)
    return x is not None and 0.0 < x < 1e-3


K3 = [1, 0.04, 0.45]
SQUID = dict(permeability=K3, c_in=[400, 50, 40], c_out=[10, 460, 540], z=[1, 1, -1],
             temperature=291.15)
GHK_ARGS = dict(permeability=IONS, c_in=IONS, c_out=IONS, z=VALENCES3, temperature=TEMPERATURE)
NEURON = dict(p_k=1.0, p_na=0.04, k_in=140.0, k_out=5.0, na_in=15.0, na_out=145.0,
              temperature=310.15, coupling_ratio=1.5)
ONE_ION = dict(v=-70.0, permeability=1e-6, c_in=140.0, c_out=5.0, z=1, temperature=310.15)
ONE_ION_ARGS = dict(v=NUMBER, permeability=NUMBER, c_in=NUMBER, c_out=NUMBER, z=VALENCE,
                    temperature=TEMPERATURE)
MODEL = st.sampled_from(["davies", "debye_huckel", "extended_debye_huckel", "Davies", "", None,
                         5, ["davies"], np.array(["davies", "x"])])
SEED = st.one_of(NUMBER, st.integers(0, 2**64), st.just(np.random.default_rng(1)))
PIPETTE = {"K": 145, "Na": 13, "Cl": 10, "gluconate": 145, "Mg": 1, "HEPES": 5}
BATH = {"K": 2.8, "Na": 145, "Cl": 148.8, "Mg": 2, "Ca": 1, "HEPES": 5}
TRACE_T = [0.0, 1.0, 2.0, 3.0, 4.0]
TRACE_C = [140.0, 100.0, 70.0, 50.0, 40.0]


@dataclasses.dataclass
class Spec:
    """A valid call and the strategies for its arguments (default: a hostile number)."""

    valid: dict
    strategies: dict = dataclasses.field(default_factory=dict)
    examples: int = 120

    def strategy(self, name):
        return self.strategies.get(name, NUMBER)


SPECS = {
    "celsius_to_kelvin": Spec(dict(celsius=37.0)),
    "kelvin_to_celsius": Spec(dict(kelvin=310.15), dict(kelvin=TEMPERATURE)),
    "thermal_voltage": Spec(dict(temperature=310.15), dict(temperature=TEMPERATURE)),
    "nernst_potential": Spec(
        dict(c_out=5.0, c_in=140.0, z=1, temperature=310.15, gamma_out=1.0, gamma_in=1.0),
        dict(z=VALENCE, temperature=TEMPERATURE)),
    "nernst_activity_error": Spec(
        dict(gamma_out=0.75, gamma_in=0.7, z=1, temperature=310.15),
        dict(z=VALENCE, temperature=TEMPERATURE)),
    "nernst_concentration_ratio": Spec(
        dict(potential=-89.0, z=1, temperature=310.15), dict(z=VALENCE, temperature=TEMPERATURE)),
    "electrochemical_potential": Spec(
        dict(c=140.0, z=1, psi=-70.0, temperature=310.15, mu0=0.0, gamma=1.0),
        dict(z=VALENCE, temperature=TEMPERATURE)),
    "transfer_free_energy": Spec(
        dict(c_out=4.0, c_in=140.0, z=1, vm=-70.0, temperature=310.15, direction="out"),
        dict(z=VALENCE, temperature=TEMPERATURE, direction=MODEL)),
    "free_energy_from_entropy": Spec(dict(delta_s=2.3, temperature=310.15),
                                     dict(temperature=TEMPERATURE)),
    "driving_force": Spec(dict(vm=-70.0, reversal=55.0)),
    "flow_direction": Spec(dict(vm=-70.0, reversal=-80.0, z=-1), dict(z=VALENCE)),
    "describe_flow": Spec(dict(vm=-70.0, reversal=55.0, z=1), dict(z=VALENCE)),
    "ionic_strength": Spec(dict(c=[150.0, 150.0], z=[1, -1]), dict(z=VALENCE)),
    "water_permittivity": Spec(dict(temperature=298.15), dict(temperature=TEMPERATURE)),
    "debye_huckel_constants": Spec(dict(temperature=298.15), dict(temperature=TEMPERATURE)),
    "activity_coefficient": Spec(
        dict(z=1, ionic_strength=150.0, model="extended_debye_huckel", temperature=298.15,
             ion_size=3.0),
        dict(z=VALENCE, model=MODEL, temperature=TEMPERATURE,
             ion_size=st.one_of(NUMBER, st.none()))),
    "activity": Spec(
        dict(c=2.0, z=2, ionic_strength=150.0, model="davies", temperature=298.15,
             ion_size=6.0),
        dict(z=VALENCE, model=MODEL, temperature=TEMPERATURE,
             ion_size=st.one_of(NUMBER, st.none()))),
    "ghk_current": Spec(ONE_ION, ONE_ION_ARGS),
    "ghk_chord_conductance": Spec(ONE_ION, ONE_ION_ARGS),
    "permeability_from_conductance": Spec(
        dict(g=0.07, v=-70.0, c_in=140.0, c_out=5.0, z=1, temperature=310.15),
        dict(ONE_ION_ARGS, g=NUMBER)),
    "ghk_voltage": Spec(SQUID, GHK_ARGS, 150),
    "ghk_weights": Spec(SQUID, GHK_ARGS, 150),
    "ghk_summary": Spec(SQUID, GHK_ARGS, 150),
    "chord_conductance_potential": Spec(dict(g=[10.0, 0.5], reversal=[-95.0, 55.0]),
                                        dict(g=IONS, reversal=IONS)),
    "ions_to_charge": Spec(dict(voltage=-80.0, radius=10.0, specific_capacitance=1.0, z=1),
                           dict(z=VALENCE)),
    "fraction_of_cell_ions": Spec(
        dict(voltage=-80.0, radius=10.0, concentration=140.0, specific_capacitance=1.0, z=1),
        dict(z=VALENCE)),
    "ions_in_cell": Spec(dict(concentration=140.0, radius=10.0)),
    "sphere_area": Spec(dict(radius=10.0)),
    "sphere_volume": Spec(dict(radius=10.0)),
    "membrane_time_constant": Spec(dict(conductance=0.1, capacitance=1.0)),
    "membrane_charging": Spec(
        dict(t=[0.0, 10.0, 50.0], reversal=-89.0, conductance=0.1, capacitance=1.0, v0=0.0)),
    "ions_crossed_while_charging": Spec(
        dict(t=10.0, reversal=-89.0, conductance=0.1, radius=10.0, capacitance=1.0, v0=0.0,
             z=1), dict(z=VALENCE)),
    "mullins_noda_potential": Spec(NEURON, dict(temperature=TEMPERATURE)),
    "pump_contribution": Spec(NEURON, dict(temperature=TEMPERATURE)),
    "donnan_equilibrium": Spec(
        dict(c_out=[150.0, 150.0], z=[1, -1], impermeant=100.0, impermeant_valence=-1.0,
             temperature=310.15),
        dict(c_out=hostile(st.lists(POSITIVE, min_size=2, max_size=2)),
             z=hostile(st.lists(st.sampled_from([1, -1]), min_size=2, max_size=2)),
             temperature=TEMPERATURE)),
    "liquid_junction_potential": Spec(
        dict(pipette=PIPETTE, bath=BATH, temperature=298.15, method="henderson"),
        dict(pipette=concentrations(), bath=concentrations(), temperature=TEMPERATURE,
             method=st.sampled_from(["henderson", "nernst_planck", "planck", "x", None, 1])),
        80),
    "correct_for_ljp": Spec(dict(v_measured=-60.0, ljp=15.0)),
    "HHParameters": Spec(
        dict(c_m=1.0, g_na=120.0, g_k=36.0, g_leak=0.3, e_na=50.0, e_k=-77.0, e_leak=-54.387,
             temperature=279.45, q10=3.0),
        dict(temperature=TEMPERATURE)),
    "Pulse": Spec(dict(start=1.0, duration=0.5, amplitude=40.0)),
    "hh_rates": Spec(dict(v=-65.0, temperature=279.45, q10=3.0),
                     dict(temperature=TEMPERATURE)),
    "hh_steady_state": Spec(dict(v=-65.0)),
    "hodgkin_huxley": Spec(
        dict(duration=2.0, stimulus=10.0, parameters=None, v0=-65.0, initial_gates=None,
             dt=0.025, rtol=1e-6, atol=1e-8, max_step=0.05, g_na=120.0, temperature=279.45),
        dict(duration=HH_DURATION, stimulus=STIMULUS, dt=HH_STEP, max_step=HH_STEP,
             parameters=st.one_of(st.just(ph.HHParameters(g_na=1e4)), NUMBER),
             initial_gates=st.one_of(st.lists(REAL, max_size=4), NUMBER),
             temperature=TEMPERATURE),
        60),
    "hh_vote": Spec(
        dict(result=HH_RUNS[0], k_in=400.0, na_in=50.0),
        dict(result=st.one_of(st.sampled_from([*HH_RUNS, NAN_RUN]), NUMBER)),
        80),
    "pump_leak": Spec(
        dict(duration=60e3, radius=10.0, na_in=15.0, na_out=145.0, k_in=140.0, k_out=5.0,
             p_na=3e-8, p_k=1e-6, pump_max=None, k_m_na=10.0, block_at=0.0,
             temperature=310.15, n_points=11),
        dict(duration=PUMP_DURATION, temperature=TEMPERATURE,
             pump_max=st.one_of(NUMBER, st.none()), block_at=st.one_of(NUMBER, st.none()),
             n_points=hostile(st.integers(2, 50), st.sampled_from([10**7, 1e300]))),
        60),
    "pump_leak_final_state": Spec(
        dict(na_in=15.0, na_out=145.0, k_in=140.0, k_out=5.0, temperature=310.15),
        dict(temperature=TEMPERATURE)),
    "rundown_half_time": Spec(
        dict(t=TRACE_T, c=TRACE_C, final=20.0, start=0.5),
        dict(t=hostile(st.lists(REAL, min_size=5, max_size=5), st.just(TRACE_T[::-1])),
             c=hostile(st.lists(REAL, min_size=5, max_size=5)),
             start=st.one_of(NUMBER, st.none()))),
    "unidirectional_rates": Spec(
        dict(vm=-89.0, c_in=140.0, c_out=5.0, z=1, temperature=310.15, rate_constant=1.0),
        dict(z=VALENCE, temperature=TEMPERATURE)),
    "simulate_crossings": Spec(
        dict(duration=100.0, vm=-89.0, c_in=140.0, c_out=5.0, z=1, temperature=310.15,
             rate_constant=1.0, n_channels=1, dt=1.0, n_trials=2, seed=1),
        dict(z=VALENCE, temperature=TEMPERATURE, n_channels=COUNT, n_trials=COUNT,
             seed=SEED)),
    "ln_microstates": Spec(dict(n_left=1, n_total=2, sites_left=2, sites_right=2),
                           dict(n_left=COUNT, n_total=COUNT, sites_left=COUNT,
                                sites_right=COUNT)),
    "entropy_change_per_transfer": Spec(
        dict(n_left=100, n_total=110, sites_left=10**6, sites_right=10**6),
        dict(n_left=COUNT, n_total=COUNT, sites_left=COUNT, sites_right=COUNT)),
    "lattice_gas": Spec(
        dict(n_particles=10, shape=(4, 8), n_frames=5, hops_per_frame=None, seed=0),
        dict(n_particles=COUNT, n_frames=COUNT, hops_per_frame=st.one_of(COUNT, st.none()),
             shape=st.one_of(st.tuples(COUNT, COUNT), COUNT), seed=SEED)),
    "get_ion": Spec(dict(name="K"), dict(name=TEXT)),
    "ion_names": Spec({}),
    "get_preset": Spec(dict(name="squid_axon"), dict(name=TEXT)),
    "preset_names": Spec({}),
}


# --- the property --------------------------------------------------------------------------

def assert_all_finite(value, where="result"):
    """Fail unless every number in `value` (recursing into containers and records) is finite."""
    if value is None or isinstance(value, (str, bytes, bool, np.bool_)):
        return
    if isinstance(value, (int, float, np.number)):
        assert math.isfinite(value), f"{where} = {value!r}"
    elif isinstance(value, np.ndarray):
        if value.dtype.kind in "iufc":
            assert np.isfinite(value).all(), f"{where} holds non-finite values: {value!r}"
        elif value.dtype.kind == "O":
            for i, item in enumerate(value.flat):
                assert_all_finite(item, f"{where}[{i}]")
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            assert_all_finite(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            assert_all_finite(item, f"{where}[{key!r}]")
    elif isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            assert_all_finite(item, f"{where}[{i}]")
    else:
        pytest.fail(f"{where} is a {type(value).__name__}, which this test cannot inspect")


def check_call(func, kwargs, hostile_names):
    """Call `func`; it must return finite numbers or raise a named ValueError/TypeError."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the physics' own warnings (validity, charge) are fine
        warnings.simplefilter("error", RuntimeWarning)  # ... but nan/inf must not sneak in
        try:
            result = func(**kwargs)
        except (ValueError, TypeError) as err:
            message = str(err)
            named = [n for n in hostile_names if re.search(rf"(?<![\w.]){re.escape(n)}\b",
                                                           message)]
            assert named, (f"{type(err).__name__} does not name any of {sorted(hostile_names)}: "
                           f"{message!r}")
            return
    assert_all_finite(result)


@pytest.mark.parametrize("name", CALLED)
def test_hostile_input_gives_finite_results_or_named_errors(name):
    func, spec = getattr(ph, name), SPECS[name]
    check_call(func, spec.valid, ())  # the valid call itself is fine
    if not spec.valid:
        return

    @settings(max_examples=max(1, round(spec.examples * SCALE)), deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.filter_too_much])
    @given(data=st.data())
    def run(data):
        # mostly one or two hostile arguments, so that the others' valid values let the call
        # get past validation into the computation
        names = data.draw(st.sets(st.sampled_from(sorted(spec.valid)), min_size=1, max_size=3),
                          "hostile")
        kwargs = dict(spec.valid)
        for n in sorted(names):
            kwargs[n] = data.draw(spec.strategy(n), n)
        check_call(func, kwargs, names)

    run()


# --- known cases: the issue's examples, and the accuracy of the overflow-free forms --------

def _bisected_ghk_voltage(p, c_in, c_out, z, temperature=310.15):
    """GHK potential by 400 bisections in 60-digit mpmath (exact for any magnitudes)."""
    from mpmath import expm1, mp, mpf

    from tests import reference

    def net(v):
        total = mpf(0)
        for pi, ci, co, zi in zip(p, c_in, c_out, z, strict=True):
            u = zi * v / reference.vt(temperature)
            if u == 0:
                total += mpf(pi) * zi * (mpf(ci) - mpf(co))
            else:
                total += mpf(pi) * zi * u * (mpf(ci) - mpf(co) * mp.exp(-u)) / -expm1(-u)
        return total

    with mp.workdps(60):
        es = [reference.nernst(co, ci, zi, temperature)
              for co, ci, zi in zip(c_out, c_in, z, strict=True)]
        lo, hi = mpf(min(es)) - 1, mpf(max(es)) + 1
        for _ in range(400):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if net(mid) < 0 else (lo, mid)
        return float((lo + hi) / 2)


@pytest.mark.parametrize(("p", "c_in", "c_out", "z"), [
    # the issue's example: every sum overflows; both ions give the same ratio, V = 0
    ([1e200, 1e200], [1e200, 1.0], [1.0, 1e200], [1, 1]),
    # monovalent, taken in logs (log-sum-exp)
    ([1.0, 1e-300], [1e300, 1.0], [1e-300, 1e300], [1, -1]),
    # divalent and mixed valences beyond the normal range: the bracketed root
    ([1.0, 1.0], [1e-300, 1e300], [1e300, 1e-300], [2, -2]),
    ([1.0, 1.0], [1e-200, 1.0], [1.0, 1e-200], [3, -1]),
])
def test_ghk_voltage_is_exact_where_its_sums_would_overflow(p, c_in, c_out, z):
    expected = _bisected_ghk_voltage(p, c_in, c_out, z)
    assert ph.ghk_voltage(p, c_in, c_out, z) == pytest.approx(expected, abs=1e-8)


def test_nernst_of_the_extreme_doubles_is_exact():
    from tests import reference

    for c_out, c_in, z in [(1.0, 5e-324, 1), (1e308, 5e-324, -2), (5e-324, 1.7e308, 3)]:
        expected = reference.nernst(c_out, c_in, z)
        assert ph.nernst_potential(c_out, c_in, z) == pytest.approx(expected, rel=1e-14)


def test_the_issue_examples_raise_named_errors():
    # a Kelvin temperature given in Celsius
    with pytest.raises(ValueError, match="temperature.*kelvin"):
        ph.nernst_potential(5, 140, 1, 37)
    with pytest.raises(TypeError, match="c_out"):
        ph.nernst_potential("5", "140", True)
    # a pump the leaks cannot carry back (was "f(a) and f(b) must have different signs")
    with pytest.raises(ValueError, match="pump_max"):
        ph.pump_leak(60e3, pump_max=1e6, block_at=None)
    # a default pump that cannot be finite (was a ZeroDivisionError)
    with pytest.raises(ValueError, match="pump_max.*k_m_na"):
        ph.pump_leak(60e3, k_m_na=1e300)
    # not a run of hodgkin_huxley (was an AttributeError)
    with pytest.raises(TypeError, match="result"):
        ph.hh_vote(5.0)
    # shapes that do not broadcast name the arguments (was numpy's message)
    with pytest.raises(ValueError, match=r"c_out, c_in, .* do not broadcast .* \(2,\), \(3,\)"):
        ph.nernst_potential([1.0, 2.0], [1.0, 2.0, 3.0], 1)
