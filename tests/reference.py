"""Independent high-precision reference formulas (mpmath, 40 digits) for the tests.

Written from the textbook equations, not from the package, so a slip in the
package cannot be copied into its own check.
"""

from mpmath import exp, expm1, log, mp, mpf
from scipy import constants

mp.dps = 40
F = mpf(constants.physical_constants["Faraday constant"][0])
R = mpf(constants.R)


def vt(temperature):
    """RT/F in mV."""
    return R * mpf(temperature) / F * 1000


def nernst(c_out, c_in, z, temperature=310.15):
    return float(vt(temperature) / z * log(mpf(c_out) / mpf(c_in)))


def ghk_current(v, p, c_in, c_out, z, temperature=310.15):
    """uA/cm^2 with p in cm/s, c in mM (mM = 1e-6 mol/cm^3; A -> uA cancels)."""
    v = mpf(v)
    if v == 0:
        return float(mpf(p) * z * F * (mpf(c_in) - mpf(c_out)))
    u = z * v / vt(temperature)
    return float(mpf(p) * z * F * u * (mpf(c_in) - mpf(c_out) * exp(-u)) / -expm1(-u))


def ghk_voltage(p, c_in, c_out, z, temperature=310.15):
    """Root of the summed GHK currents (float, mV)."""
    return float(_ghk_root(list(zip(p, c_in, c_out, z, strict=True)), temperature))


def _current(v, p, c_in, c_out, z, temperature):
    u = z * v / vt(temperature)
    if u == 0:
        return mpf(p) * z * (mpf(c_in) - mpf(c_out))
    return mpf(p) * z * u * (mpf(c_in) - mpf(c_out) * exp(-u)) / -expm1(-u)


def _ghk_root(ions, temperature):
    """The GHK potential to 40 digits: bisection between the lowest and highest Nernst
    potentials of the permeant ions (the net current increases with V)."""
    es = [vt(temperature) / zi * log(mpf(co) / mpf(ci)) for pi, ci, co, zi in ions if pi > 0]
    lo, hi = min(es), max(es)
    for _ in range(200):
        mid = (lo + hi) / 2
        net = sum(_current(mid, *ion, temperature) for ion in ions if ion[0] > 0)
        lo, hi = (mid, hi) if net < 0 else (lo, mid)
    return (lo + hi) / 2


def ghk_weights(p, c_in, c_out, z, temperature=310.15):
    """Chord conductances I_i / (V - E_i) at the GHK potential, normalised to sum 1.

    The potential is the 40-digit root itself (not the rounded double), so no
    ion's V - E_i is a difference of rounded numbers.
    """
    ions = list(zip(p, c_in, c_out, z, strict=True))
    if sum(1 for ion in ions if ion[0] > 0) == 1:  # V is its E: all the vote
        return [1.0 if ion[0] > 0 else 0.0 for ion in ions]
    v = _ghk_root(ions, temperature)
    g = [_current(v, *ion, temperature)
         / (v - vt(temperature) / ion[3] * log(mpf(ion[2]) / mpf(ion[1])))
         if ion[0] > 0 else mpf(0) for ion in ions]
    return [float(gi / sum(g)) for gi in g]
