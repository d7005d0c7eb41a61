"""Independent high-precision reference formulas (mpmath, 40 digits) for the tests.

Written from the textbook equations, not from the package, so a slip in the
package cannot be copied into its own check.
"""

from mpmath import exp, expm1, findroot, log, mp, mpf
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
    """Root of the summed GHK currents, bracketed by the Nernst potentials."""
    ions = zip(c_out, c_in, z, p, strict=True)
    es = [nernst(co, ci, zi, temperature) for co, ci, zi, pi in ions if pi > 0]
    lo, hi = min(es), max(es)
    if hi - lo < 1e-12:
        return lo

    def net(v):
        total = mpf(0)
        for pi, ci, co, zi in zip(p, c_in, c_out, z, strict=True):
            if pi == 0:
                continue
            u = zi * v / vt(temperature)
            if u == 0:
                total += mpf(pi) * zi * (mpf(ci) - mpf(co))
            else:
                total += mpf(pi) * zi * u * (mpf(ci) - mpf(co) * exp(-u)) / -expm1(-u)
        return total

    return float(findroot(net, (mpf(lo), mpf(hi)), solver="anderson"))
