"""The answer key of the graded homework, computed with ``membrane_widgets.physics``.

The hidden tests of ``source/*/*.ipynb`` hold their expected values as literal constants: at
grading time they call neither the library nor anything else that a submission could replace.
This module is where those literals come from. It computes every expected value (and every
multiple-choice letter) with the library, from the inputs of the problems.

Run it from the repository root to print the key::

    python homework/answer_key.py

``tests/test_homework.py`` checks that each value appears, written as :func:`literal` writes
it, in the hidden tests of its cell, and that the tolerances below are the ones the problem
text states. After changing a problem, change its inputs here and in the notebook, run this
file and paste the new literals into the hidden test.

Each entry of :data:`KEY` maps a test cell's ``grade_id`` to one of three kinds of problem:

- ``"function"``: the student implements a function; the hidden test calls it at ``cases``
  (argument tuples) and compares with ``expected`` within ``tol`` (absolute, in ``unit``) or
  ``rel`` (relative);
- ``"values"``: named numeric answers, each compared within its ``tol`` (absolute) or ``rel``;
- ``"choice"``: named multiple-choice answers, each a letter.
"""

import math
import warnings

from membrane_widgets import physics

__all__ = ["KEY", "literal", "main"]

_K = physics.celsius_to_kelvin


def literal(value):
    """Return how a hidden test writes an expected value: 10 significant digits.

    Parameters
    ----------
    value : float
        An expected value.

    Returns
    -------
    str
        The literal, e.g. ``-84.12345678``.
    """
    return f"{float(value):.10g}"


def _kelvin(celsius):
    return round(float(_K(celsius)), 2)


def _function(name, cases, reference, tol=None, rel=None, unit=""):
    expected = [float(reference(*case)) for case in cases]
    entry = {"kind": "function", "name": name, "cases": cases, "expected": expected,
             "unit": unit}
    entry.update({"tol": tol} if tol is not None else {"rel": rel})
    return entry


def _values(unit="", **answers):
    """Return a "values" entry; each answer is (value, ("tol" or "rel", size))."""
    return {"kind": "values", "unit": unit,
            "values": {name: float(value) for name, (value, _) in answers.items()},
            "tolerance": {name: tolerance for name, (_, tolerance) in answers.items()}}


def _choice(**answers):
    return {"kind": "choice", "values": answers}


def _letter(options, correct):
    """Return the letter of the one option for which ``correct(option)`` is true."""
    hits = [letter for letter, option in options.items() if correct(option)]
    if len(hits) != 1:
        raise AssertionError(f"expected exactly one right option, got {hits}")
    return hits[0]


# ---------------------------------------------------------------- problem set 1

# An Aplysia (sea slug) neuron in sea water at 15 °C, mM inside / outside
APLYSIA = {"K": (165.0, 10.0), "Na": (45.0, 460.0), "Cl": (60.0, 540.0), "Ca": (2e-4, 11.0)}
T_SEA = _kelvin(15.0)
VM_APLYSIA = -48.0  # mV
CL_LOADED = 90.0  # mM of Cl- inside after loading (problem 6)


def _ps1():
    def nernst(c_out, c_in, z, temperature):
        return physics.nernst_potential(c_out, c_in, z, temperature)

    def delta_g_in(c_out, c_in, z, vm, temperature):
        return physics.transfer_free_energy(c_out, c_in, z, vm, temperature, "in") / 1000.0

    cl_in, cl_out = APLYSIA["Cl"]
    ca_in, ca_out = APLYSIA["Ca"]
    e_cl = nernst(cl_out, cl_in, -1, T_SEA)
    e_ca = nernst(ca_out, ca_in, 2, T_SEA)

    # problem 3: an anion Y2- ten times more concentrated outside, against Cl- at the same ratio
    ratio = nernst(10.0, 1.0, -2, T_SEA) / nernst(10.0, 1.0, -1, T_SEA)
    p3 = _letter({"A": 1.0, "B": 2.0, "C": 0.5, "D": -0.5}, lambda o: math.isclose(o, ratio))

    # problem 6: Cl- loading moves E_Cl above the membrane potential
    e_cl_loaded = nernst(cl_out, CL_LOADED, -1, T_SEA)
    flips = e_cl < VM_APLYSIA < e_cl_loaded
    current = physics.describe_flow(VM_APLYSIA, float(e_cl_loaded), -1)
    p6 = "A" if flips and current["current"] == "inward" and current["ions"] == "outward" else "?"

    # problem 7: V_m - E_K fell by 12 mV at a fixed V_m, so E_K rose; which change raises E_K?
    k_in, k_out, t = 140.0, 4.0, _kelvin(30.0)
    base = nernst(k_out, k_in, 1, t)
    changes = {"A": nernst(k_out, k_in * 1.2, 1, t), "B": nernst(k_out, k_in, 1, t + 5.0),
               "C": nernst(k_out / 1.2, k_in, 1, t), "D": nernst(k_out * 1.2, k_in, 1, t)}
    p7 = _letter(changes, lambda e: e > base)

    return {
        "ps1_p1_test": _function(
            "my_nernst",
            [(3.5, 120.0, 1, 298.15), (150.0, 9.0, 1, 306.15), (125.0, 6.5, -1, 283.15),
             (1.8, 0.00025, 2, 295.15), (0.6, 12.0, -2, 310.15)],
            nernst, tol=0.05, unit="mV"),
        "ps1_p2_test": _values("mV", e_cl=(e_cl, ("tol", 0.1)), e_ca=(e_ca, ("tol", 0.1))),
        "ps1_p3_test": _choice(answer_3=p3),
        "ps1_p4_test": _function(
            "my_delta_g_in",
            [(4.5, 130.0, 1, -62.0, 303.15), (135.0, 18.0, 1, -75.0, 296.15),
             (118.0, 7.5, -1, -58.0, 300.15), (1.5, 0.0003, 2, -40.0, 310.15),
             (20.0, 20.0, 1, 35.0, 293.15)],
            delta_g_in, tol=0.01, unit="kJ/mol"),
        "ps1_p5_test": _values(
            "kJ/mol", dg_ca_in=(delta_g_in(ca_out, ca_in, 2, VM_APLYSIA, T_SEA), ("tol", 0.02))),
        "ps1_p6_test": _choice(answer_6=p6),
        "ps1_p7_test": _choice(answer_7=p7),
    }


# ---------------------------------------------------------------- problem set 2

# A frog sartorius muscle fibre at 20 °C, K+, Na+, Cl- (mM)
MUSCLE_IN = (139.0, 12.0, 3.9)
MUSCLE_OUT = (2.5, 117.0, 120.0)
MUSCLE_P = (1.0, 0.01, 2.0)
T_FROG = _kelvin(20.0)
# A Xenopus oocyte: radius (um), C_m per cm2 of the smooth sphere (uF/cm2), V (mV), z
OOCYTE = (550.0, 5.0, -45.0, -1)


def _ps2():
    z3 = (1, 1, -1)

    def ghk(p, c_in, c_out, temperature):
        return physics.ghk_voltage(list(p), list(c_in), list(c_out), list(z3), temperature)

    def charge(voltage, radius, specific_capacitance, z):
        return physics.ions_to_charge(voltage, radius, specific_capacitance, z)

    def mullins_noda(p_k, p_na, k_in, k_out, na_in, na_out, temperature, r):
        return physics.mullins_noda_potential(p_k, p_na, k_in, k_out, na_in, na_out,
                                              temperature, r)

    vm_muscle = ghk(MUSCLE_P, MUSCLE_IN, MUSCLE_OUT, T_FROG)
    half_k = ghk((0.5, *MUSCLE_P[1:]), MUSCLE_IN, MUSCLE_OUT, T_FROG)
    # problem 3: halving P_K depolarises by a few mV (E_Na and E_Cl gain votes)
    p3 = "B" if 0 < half_k - vm_muscle < 5 else "?"

    # problem 6: ten times the radius, same C_m, V and concentration
    small = physics.fraction_of_cell_ions(-70.0, 5.0, 140.0)
    large = physics.fraction_of_cell_ions(-70.0, 50.0, 140.0)
    p6 = _letter({"A": 10.0, "B": 1.0, "C": 0.01, "D": 0.1},
                 lambda factor: math.isclose(large / small, factor))

    # problem 8: blocking the pump first removes its own (hyperpolarising) share: V_m rises
    share = physics.pump_contribution(1.0, 0.04, 140.0, 5.0, 15.0, 145.0, physics.BODY_TEMPERATURE)
    p8 = "A" if share < 0 else "?"

    radius, cm, voltage, z = OOCYTE
    return {
        "ps2_p1_test": _function(
            "my_ghk_voltage",
            [((1.0, 0.05, 0.45), (135.0, 11.0, 8.0), (4.0, 142.0, 118.0), 303.15),
             ((1.0, 15.0, 0.3), (120.0, 20.0, 12.0), (3.0, 150.0, 130.0), 308.15),
             ((0.4, 0.02, 1.0), (150.0, 9.0, 30.0), (6.0, 130.0, 125.0), 291.15),
             ((2.0, 0.1, 0.0), (100.0, 25.0, 40.0), (10.0, 120.0, 100.0), 298.15)],
            ghk, tol=0.05, unit="mV"),
        "ps2_p2_test": _values("mV", vm_muscle=(vm_muscle, ("tol", 0.1))),
        "ps2_p3_test": _choice(answer_3=p3),
        "ps2_p4_test": _function(
            "my_ions_to_charge",
            [(-65.0, 7.5, 1.0, 1), (30.0, 12.0, 0.9, 1), (-90.0, 40.0, 1.1, 2),
             (-20.0, 3.0, 2.0, -1), (110.0, 25.0, 1.0, -2)],
            charge, rel=0.001),
        "ps2_p5_test": _values(n_oocyte=(charge(voltage, radius, cm, z), ("rel", 0.005))),
        "ps2_p6_test": _choice(answer_6=p6),
        "ps2_p7_test": _function(
            "my_mullins_noda",
            [(1.0, 0.05, 150.0, 4.0, 12.0, 140.0, 303.15, 1.5),
             (1.0, 0.02, 130.0, 5.5, 18.0, 150.0, 310.15, 1.5),
             (1.0, 0.1, 140.0, 3.0, 10.0, 145.0, 296.15, 1.0),
             (0.5, 0.04, 160.0, 8.0, 25.0, 120.0, 308.15, 2.0)],
            mullins_noda, tol=0.05, unit="mV"),
        "ps2_p8_test": _choice(answer_8=p8),
    }


# ---------------------------------------------------------------- problem set 3

# Frog Ringer at 20 °C, made from salts (mM): NaCl, KCl, CaCl2, NaHCO3
RINGER_SALTS = {"NaCl": 111.0, "KCl": 2.5, "CaCl2": 1.8, "NaHCO3": 2.4}
RINGER_IONS = {"Na": 113.4, "K": 2.5, "Ca": 1.8, "Cl": 117.1, "HCO3": 2.4}
# Problem 6: 140 mM of one salt in the pipette against a 150 mM NaCl bath at 22 °C
LJP_SALTS = {"A": ("K", "Cl"), "B": ("K", "acetate"), "C": ("Cs", "Cl"),
             "D": ("K", "methanesulfonate")}
T_LJP_CHOICE = _kelvin(22.0)
# Problem 7: a Cs-methanesulfonate pipette in a HEPES-free saline at 32 °C (both neutral)
CS_PIPETTE = {"Cs": 130.0, "Na": 4.0, "Mg": 2.0, "methanesulfonate": 120.0, "Cl": 18.0}
SALINE = {"Na": 150.0, "K": 3.0, "Ca": 2.0, "Mg": 1.0, "Cl": 159.0}
T_SLICE = _kelvin(32.0)
V_READ = -52.0  # mV
# Problem 8: a K+-selective electrode, 37 °C, calibrant activity (mM), reading step (mV), I (mM)
ISE = (3.2, 9.8, 155.0)


def _ps3():
    def strength(c, z):
        return physics.ionic_strength(list(c), list(z))

    def davies(z, ionic_strength, temperature):
        return physics.activity_coefficient(z, ionic_strength, "davies", temperature)

    def salt_ljp(cation, anion, c_pipette, c_bath, temperature):
        return physics.liquid_junction_potential({cation: c_pipette, anion: c_pipette},
                                                 {cation: c_bath, anion: c_bath}, temperature)

    # problem 2: the student's function gets A itself (the library computes it from T)
    davies_inputs = [(1, 165.0, 310.15), (2, 120.0, 298.15), (-1, 20.0, 283.15),
                     (3, 80.0, 303.15), (-2, 300.0, 310.15)]
    davies_cases = [(z, i, float(f"{physics.debye_huckel_constants(t)[0]:.10g}"))
                    for z, i, t in davies_inputs]
    davies_expected = {case: davies(z, i, t) for case, (z, i, t) in
                       zip(davies_cases, davies_inputs, strict=True)}

    # problem 5: junctions of one 1:1 salt, mobilities from the library's table
    salt_inputs = [("K", "Cl", 150.0, 20.0, 300.15), ("Na", "Cl", 140.0, 300.0, 295.15),
                   ("Li", "Cl", 100.0, 10.0, 293.15), ("K", "gluconate", 120.0, 40.0, 305.15),
                   ("Cs", "F", 50.0, 150.0, 310.15)]
    salt_cases = [(physics.get_ion(cat).mobility, physics.get_ion(an).mobility, cp, cb, t)
                  for cat, an, cp, cb, t in salt_inputs]
    salt_expected = {case: salt_ljp(*inputs) for case, inputs in
                     zip(salt_cases, salt_inputs, strict=True)}

    i_ringer = strength(RINGER_IONS.values(), [physics.get_ion(n).valence for n in RINGER_IONS])
    a_ca = physics.activity(RINGER_IONS["Ca"], 2, i_ringer, "davies", _kelvin(20.0))

    # problem 4: a more crowded cytoplasm (gamma_in < gamma_out) and Cl-
    error_cl = physics.nernst_activity_error(0.78, 0.74, -1, physics.BODY_TEMPERATURE)
    p4 = "C" if error_cl < 0 else "?"

    # problem 6: the largest junction potential of the four pipette salts
    bath = {"Na": 150.0, "Cl": 150.0}
    ljps = {letter: physics.liquid_junction_potential({cat: 140.0, an: 140.0}, bath,
                                                      T_LJP_CHOICE)
            for letter, (cat, an) in LJP_SALTS.items()}
    p6 = _letter(ljps, lambda v: v == max(ljps.values()))

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # both solutions are electroneutral: no notice expected
        ljp_cs = physics.liquid_junction_potential(CS_PIPETTE, SALINE, T_SLICE, "nernst_planck")
    vm_true_cs = physics.correct_for_ljp(V_READ, ljp_cs)

    a_cal, step, i_plasma = ISE
    a_k = a_cal * math.exp(step / physics.thermal_voltage(physics.BODY_TEMPERATURE))
    c_k = a_k / physics.activity_coefficient(1, i_plasma, "davies", physics.BODY_TEMPERATURE)

    return {
        "ps3_p1_test": _function(
            "my_ionic_strength",
            [((150.0, 150.0), (1, -1)), ((10.0, 20.0), (2, -1)),
             ((140.0, 4.0, 2.0, 1.0, 148.0, 3.0), (1, 1, 2, 2, -1, -2)),
             ((25.0, 0.0, 50.0), (3, 1, -1)), ((12.5,), (-2,))],
            strength, tol=0.01, unit="mM"),
        "ps3_p2_test": _function("my_davies_gamma", davies_cases, lambda *c: davies_expected[c],
                                 tol=0.0005),
        "ps3_p3_test": _values("mM", a_ca_ringer=(a_ca, ("tol", 0.005))),
        "ps3_p4_test": _choice(answer_4=p4),
        "ps3_p5_test": _function("my_salt_ljp", salt_cases, lambda *c: salt_expected[c],
                                 tol=0.01, unit="mV"),
        "ps3_p6_test": _choice(answer_6=p6),
        "ps3_p7_test": _values("mV", ljp_cs=(ljp_cs, ("tol", 0.1)),
                               vm_true_cs=(vm_true_cs, ("tol", 0.1))),
        "ps3_p8_test": _values("mM", a_k_plasma=(a_k, ("tol", 0.01)),
                               c_k_plasma=(c_k, ("tol", 0.02))),
    }


#: ``{assignment: {grade_id: entry}}``, every expected answer of the three problem sets.
KEY = {
    "ps1_nernst_driving_force": _ps1(),
    "ps2_ghk_capacitor_pump": _ps2(),
    "ps3_activity_ljp_application": _ps3(),
}


def main():
    """Print the key: each test cell's expected literals, tolerances and letters."""
    for assignment, cells in KEY.items():
        print(f"# {assignment}")
        for grade_id, entry in cells.items():
            if entry["kind"] == "function":
                tolerance = (f"tol = {entry['tol']!r}  # {entry['unit']}" if "tol" in entry
                             else f"rel = {entry['rel']!r}")
                print(f"{grade_id}: {entry['name']}, {tolerance}")
                for case, value in zip(entry["cases"], entry["expected"], strict=True):
                    print(f"    {case!r} -> {literal(value)}")
            elif entry["kind"] == "values":
                for name, value in entry["values"].items():
                    kind, size = entry["tolerance"][name]
                    print(f"{grade_id}: {name} = {literal(value)}  ({kind} = {size!r})")
            else:
                for name, letter in entry["values"].items():
                    print(f"{grade_id}: {name} = {letter!r}")


if __name__ == "__main__":
    main()
