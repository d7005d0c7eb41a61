r"""The pump-leak model: a 3:2 Na+/K+ pump against GHK leaks, and what ouabain does.

The cell is a sphere of radius r. Its Na+ and K+ contents change through GHK
leak currents and the pump; V_m is the potential of zero total current at each
instant (the membrane charges in well under a millisecond, while the
concentrations change over minutes, so V_m follows them quasi-statically).
Concentrations mM, potentials mV, currents uA/cm^2 (outward positive), time
ms (the results also give minutes), radius um.
"""

import dataclasses as _dc

import numpy as _np
from scipy.integrate import solve_ivp as _solve_ivp
from scipy.optimize import brentq as _brentq

from membrane_widgets.physics._capacitor import sphere_area as _sphere_area
from membrane_widgets.physics._capacitor import sphere_volume as _sphere_volume
from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import FARADAY as _F
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._ghk import ghk_current as _ghk_current
from membrane_widgets.physics._pump import mullins_noda_potential as _mullins_noda
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import scalar as _scalar
from membrane_widgets.physics._validate import temperature as _temperature

__all__ = ["PumpLeakResult", "pump_leak", "pump_leak_final_state"]

_COUPLING = 1.5  # 3 Na+ out : 2 K+ in
_V_BRACKET = (-400.0, 400.0)  # mV; the zero-current potential always lies inside


@_dc.dataclass(frozen=True)
class PumpLeakResult:
    """A pump-leak simulation.

    Attributes
    ----------
    t : numpy.ndarray
        Time, ms.
    minutes : numpy.ndarray
        The same time in minutes.
    na_in, k_in : numpy.ndarray
        Intracellular Na+ and K+, mM.
    vm : numpy.ndarray
        Membrane potential, mV.
    e_na, e_k : numpy.ndarray
        Nernst potentials, mV.
    i_pump : numpy.ndarray
        Pump current, uA/cm^2 (outward: one net charge out per cycle).
    pump_max : float
        Maximal pump current used, uA/cm^2.
    """

    t: _np.ndarray
    minutes: _np.ndarray
    na_in: _np.ndarray
    k_in: _np.ndarray
    vm: _np.ndarray
    e_na: _np.ndarray
    e_k: _np.ndarray
    i_pump: _np.ndarray
    pump_max: float


def _pump_activation(na_in, k_m):
    """Fraction of the maximal pump rate: three Na+ sites, Michaelis-Menten each."""
    return (na_in / (na_in + k_m)) ** 3


def pump_leak(duration, radius=10.0, *, na_in=15.0, na_out=145.0, k_in=140.0, k_out=5.0,
              p_na=3e-8, p_k=1e-6, pump_max=None, k_m_na=10.0, block_at=0.0,
              temperature=_BODY_T, n_points=201, progress=None):
    r"""Simulate intracellular Na+, K+ and V_m of a cell with a 3:2 pump and GHK leaks.

    Parameters
    ----------
    duration : float
        Simulated time, ms (positive); a rundown takes minutes, i.e. ~1e5-1e7 ms.
    radius : float, optional
        Cell radius, um. Default 10. Bigger cells run down more slowly
        (volume/area grows as r).
    na_in, na_out, k_in, k_out : float, optional
        Initial intracellular and fixed extracellular concentrations, mM.
    p_na, p_k : float, optional
        Leak permeabilities, cm/s. Defaults 3e-8 and 1e-6.
    pump_max : float, optional
        Maximal pump current, uA/cm^2. Default: the value that makes the
        initial state a steady state (then nothing changes until the pump is
        blocked).
    k_m_na : float, optional
        Intracellular Na+ for half activation of each of the pump's three Na+
        sites, mM. Default 10.
    block_at : float or None, optional
        Time at which ouabain blocks the pump completely, ms. Default 0 (from
        the start); None for never.
    temperature : float, optional
        Absolute temperature, K. Default 310.15 K.
    n_points : int, optional
        Number of output samples. Default 201.
    progress : callable, optional
        Called as ``progress(fraction)`` with the fraction of `duration`
        simulated so far (0 to 1, increasing, at most ~100 calls), e.g. to drive
        a progress bar.

    Returns
    -------
    PumpLeakResult
        Time courses of Na+, K+, V_m, E_Na, E_K and the pump current.

    Raises
    ------
    TypeError
        If a number is given as a string, a bool or a complex number, or
        `progress` is not callable.
    ValueError
        If an argument is not a single number or is outside its range
        (non-positive concentrations, radius, duration or permeability of K+,
        negative p_na or pump_max, a temperature outside 200-500 K, `n_points`
        not a whole number >= 2).

    Notes
    -----
    With area A, volume W and pump current :math:`I_p` (one net charge per
    3 Na+ out and 2 K+ in):

    .. math::

        \frac{d[Na]_i}{dt} = -\frac{A}{F W}(I_{Na} + 3 I_p), \qquad
        \frac{d[K]_i}{dt} = -\frac{A}{F W}(I_K - 2 I_p)

        I_{Na}(V) + I_K(V) + I_p = 0 \quad\text{(fixes } V_m\text{)}

    At steady state the two balances give :math:`I_{Na} / I_K = -3/2`, which
    is the Mullins-Noda potential; the default `pump_max` is chosen so that
    the initial concentrations satisfy it.

    Examples
    --------
    Block the pump of a 10 um neuron and watch for 30 minutes:

    >>> r = pump_leak(30 * 60e3, radius=10.0)
    >>> print(f"Na+ {r.na_in[0]:.0f} -> {r.na_in[-1]:.0f} mM")
    Na+ 15 -> 76 mM
    """
    # validated plain floats from here on: raw values (complex, arrays, ...) never reach the solver
    duration = _scalar(_positive, "duration", duration)
    radius = _scalar(_positive, "radius", radius)
    na_in, na_out, k_in, k_out, p_k, k_m_na = (
        _scalar(_positive, name, value)
        for name, value in (("na_in", na_in), ("na_out", na_out), ("k_in", k_in),
                            ("k_out", k_out), ("p_k", p_k), ("k_m_na", k_m_na)))
    p_na = _scalar(_nonnegative, "p_na", p_na)
    t_k = _scalar(_temperature, "temperature", temperature)
    n = _scalar(_finite, "n_points", n_points)
    if not (n >= 2 and n == int(n)):
        raise ValueError(f"n_points must be a whole number, at least 2, got {n_points!r}")
    n_points = int(n)
    if block_at is not None:
        block_at = _scalar(_nonnegative, "block_at", block_at)
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a function of the fraction done, got {progress!r}")

    p = _np.array([p_na, p_k])
    z = _np.array([1.0, 1.0])
    c_out = _np.array([na_out, k_out])

    if pump_max is None:
        v_ss = _mullins_noda(p_k, p_na, k_in, k_out, na_in, na_out, t_k, _COUPLING)
        i_k = _ghk_current(v_ss, p_k, k_in, k_out, 1, t_k)
        pump_max = (i_k / 2.0) / _pump_activation(na_in, k_m_na)
        pump_max = float(pump_max)
    pump_max = _scalar(_nonnegative, "pump_max", pump_max)

    # uA/cm^2 -> mM/ms: I * 1e-6 A/cm^2 * A(cm^2) / (F * W(L)) mol/(L s) = mM/ms
    flux_scale = 1e-6 * float(_sphere_area(radius)) / (_F * float(_sphere_volume(radius)))

    def pumping_at(t):
        return block_at is None or t < block_at

    def pump_current(na, pumping):
        return pump_max * _pump_activation(na, k_m_na) if pumping else 0.0

    def vm_of(na, k, i_p):
        c_in = _np.array([na, k])

        def net(v):
            return float(_np.sum(_ghk_current(v, p, c_in, c_out, z, t_k))) + i_p

        return _brentq(net, *_V_BRACKET, xtol=1e-9)

    def rhs(t, y, pumping):
        na, k = y
        i_p = pump_current(na, pumping)
        v = vm_of(na, k, i_p)
        i_na, i_k = _ghk_current(v, p, _np.array([na, k]), c_out, z, t_k)
        return [-flux_scale * (i_na + 3 * i_p), -flux_scale * (i_k - 2 * i_p)]

    # Integrate piecewise: before and after the block (the right-hand side jumps
    # there), each in chunks so that progress is reported steadily.
    t_eval = _np.linspace(0.0, duration, int(n_points))
    splits = block_at is not None and 0.0 < block_at < duration
    bounds = [0.0, block_at, duration] if splits else [0.0, duration]
    pieces = [(a, b, pumping_at(a)) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    n_chunks = 20
    y = [float(na_in), float(k_in)]
    ts, ys = [], []
    for t0, t1, pumping in pieces:
        edges = _np.linspace(t0, t1, n_chunks + 1)
        for a, b in zip(edges[:-1], edges[1:], strict=True):
            last = b == duration
            inside = t_eval[(t_eval >= a) & ((t_eval < b) | (last & (t_eval <= b)))]
            # always end at b: the next chunk starts from that state
            times = inside if inside.size and inside[-1] == b else _np.append(inside, b)
            sol = _solve_ivp(rhs, (a, b), y, method="LSODA", t_eval=times, args=(pumping,),
                             rtol=1e-8, atol=1e-10)
            if not sol.success:
                raise ValueError(f"the integration failed: {sol.message}")
            keep = inside.size
            ts.append(sol.t[:keep])
            ys.append(sol.y[:, :keep])
            y = list(sol.y[:, -1])
            if progress is not None:
                progress(float(b / duration))
    t = _np.concatenate(ts)
    na, k = _np.concatenate(ys, axis=1)
    i_p = _np.array([pump_current(ni, pumping_at(ti)) for ti, ni in zip(t, na, strict=True)])
    vm = _np.array([vm_of(ni, ki, ip) for ni, ki, ip in zip(na, k, i_p, strict=True)])
    vt = _thermal_voltage(t_k)
    return PumpLeakResult(
        t=t, minutes=t / 60e3, na_in=na, k_in=k, vm=vm,
        e_na=vt * _np.log(na_out / na), e_k=vt * _np.log(k_out / k), i_pump=i_p,
        pump_max=pump_max,
    )


def pump_leak_final_state(na_in=15.0, na_out=145.0, k_in=140.0, k_out=5.0,
                          temperature=_BODY_T):
    r"""Return where a cell with a blocked pump ends up: (Na_in, K_in, V_m) in mM, mM, mV.

    With the pump off, the leaks exchange Na+ for K+ one for one (zero net
    current), so Na_in + K_in stays constant; the run-down stops only when both
    ions are at equilibrium at the same V_m.

    Parameters
    ----------
    na_in, k_in : float
        Intracellular Na+ and K+ when the pump stops, mM (positive).
    na_out, k_out : float
        Extracellular Na+ and K+, mM (positive, fixed).
    temperature : float, optional
        Absolute temperature, K. Default 310.15 K.

    Returns
    -------
    tuple of float
        (Na_in, K_in, V_m) at the end of the run-down, mM, mM, mV.

    Raises
    ------
    ValueError
        If a concentration is not positive or the temperature <= 0.

    Notes
    -----
    Both ions at equilibrium at one V_m means
    :math:`[Na]_i/[Na]_o = [K]_i/[K]_o = x`, and conservation gives

    .. math:: x = \frac{[Na]_{i,0} + [K]_{i,0}}{[Na]_o + [K]_o}, \qquad
              V_m = -\frac{RT}{F}\ln x

    Examples
    --------
    >>> na, k, v = pump_leak_final_state()
    >>> print(f"Na+ {na:.1f} mM, K+ {k:.2f} mM, V_m {v:.2f} mV")
    Na+ 149.8 mM, K+ 5.17 mM, V_m -0.88 mV
    """
    for name, value in (("na_in", na_in), ("na_out", na_out), ("k_in", k_in), ("k_out", k_out)):
        _positive(name, value)
    x = (float(na_in) + float(k_in)) / (float(na_out) + float(k_out))
    return float(na_out) * x, float(k_out) * x, float(-_thermal_voltage(temperature) * _np.log(x))
