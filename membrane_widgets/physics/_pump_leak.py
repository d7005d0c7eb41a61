r"""The pump-leak model: a 3:2 Na+/K+ pump against GHK leaks, and what ouabain does.

The cell is a sphere of radius r. Its Na+ and K+ contents change through GHK
leak currents and the pump; V_m is the potential of zero total current at each
instant (the membrane charges in well under a millisecond, while the
concentrations change over minutes, so V_m follows them quasi-statically).
Concentrations mM, potentials mV, currents uA/cm^2 (outward positive), time
ms (the results also give minutes), radius um.
"""

import dataclasses as _dc
import math as _math

import numpy as _np
from scipy.integrate import solve_ivp as _solve_ivp
from scipy.optimize import brentq as _brentq

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import FARADAY as _F
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._nernst import nernst_potential as _nernst_potential
from membrane_widgets.physics._pump import _mullins_noda_vm
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import scalar as _scalar
from membrane_widgets.physics._validate import temperature as _temperature
from membrane_widgets.physics._validate import whole_number as _whole_number

__all__ = ["PumpLeakResult", "pump_leak", "pump_leak_final_state", "rundown_half_time"]

_COUPLING = 1.5  # 3 Na+ out : 2 K+ in
_V_LIMIT = 1000.0  # mV: a zero-current potential beyond +-1 V is refused (membrane breakdown)
_MAX_POINTS = 100_000  # output samples per run
_DURATION_RANGE = (1e-3, 1e12)  # ms: 1 us to about 30 years
_MIN_PIECE = 1e-9  # ms: the shortest piece integrated (a block closer to an end moves there)
_MAX_CALLS = 20_000  # evaluations of the equations per run (bounded work: a few seconds)
# the arguments that shape the equations, named when they cannot be solved
_ARGUMENTS = "radius, na_in, na_out, k_in, k_out, p_na, p_k, pump_max, k_m_na, temperature"


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
        Simulated time, ms, from 0.001 to 1e12 (about 30 years); a rundown
        takes minutes, i.e. ~1e5-1e7 ms.
    radius : float, optional
        Cell radius, um (positive). Default 10. Bigger cells run down more
        slowly (volume/area grows as r).
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
        Time at which ouabain blocks the pump completely, ms (>= 0). Default 0
        (from the start); None for never. A block within 1e-9 ms of the start
        counts as at the start (the integrator needs room), one within 1e-9 ms
        of the end as at the end.
    temperature : float, optional
        Absolute temperature, K. Default 310.15 K.
    n_points : int, optional
        Number of output samples, 2 to 100 000. Default 201.
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
        (non-positive concentrations, radius or permeability of K+, a duration
        outside 0.001-1e12 ms, negative p_na or pump_max, a temperature
        outside 200-500 K, `n_points` not a whole number in 2-100 000), or the
        run cannot be completed: the default pump current is not finite, the
        pump current cannot be carried back by the leaks within +-1000 mV,
        the currents are beyond what a double can hold, or the integration
        needs more than 20 000 evaluations of the equations (too stiff; a
        typical run needs a few hundred) or fails. The message names the
        arguments involved.

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
    if not _DURATION_RANGE[0] <= duration <= _DURATION_RANGE[1]:
        raise ValueError(f"duration must lie in [{_DURATION_RANGE[0]:g}, {_DURATION_RANGE[1]:g}] "
                         f"ms (1 us to about 30 years; a rundown takes minutes to days), got "
                         f"{duration!r}")
    radius = _scalar(_positive, "radius", radius)
    na_in, na_out, k_in, k_out, p_k, k_m_na = (
        _scalar(_positive, name, value)
        for name, value in (("na_in", na_in), ("na_out", na_out), ("k_in", k_in),
                            ("k_out", k_out), ("p_k", p_k), ("k_m_na", k_m_na)))
    p_na = _scalar(_nonnegative, "p_na", p_na)
    t_k = _scalar(_temperature, "temperature", temperature)
    n_points = _whole_number("n_points", n_points, minimum=2, maximum=_MAX_POINTS)
    if block_at is not None:
        block_at = _scalar(_nonnegative, "block_at", block_at)
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a function of the fraction done, got {progress!r}")
    if pump_max is not None:
        pump_max = _scalar(_nonnegative, "pump_max", pump_max)

    vt = float(_thermal_voltage(t_k))
    p = (p_na, p_k)
    c_out = (na_out, k_out)
    # uA/cm^2 -> mM/ms: I * 1e-6 A/cm^2 * A(cm^2) / (F * W(L)) mol/(L s) = mM/ms, with
    # A/W = 3 r_cm^2 / r_dm^3 = 3e7/r cm^2/L for a sphere of r um; finite for any radius
    flux_scale = 1e-6 * (3e7 / radius) / _F
    if pump_max is None:
        with _np.errstate(all="ignore"):
            v_ss = _mullins_noda_vm(p_k, p_na, k_in, k_out, na_in, na_out, vt, _COUPLING)
            i_k = _current(float(v_ss) / vt, p_k, k_in, k_out)
            activation = _pump_activation(na_in, k_m_na)
            pump_max = (i_k / 2.0) / activation if activation > 0.0 else _math.inf
        if not 0.0 <= pump_max < _np.inf:
            raise ValueError(
                f"pump_max was not given, and its default (the pump current that holds these "
                f"values of {_ARGUMENTS} steady) is not a finite current: give pump_max, or "
                "values of a physical size")
    calls = [0]

    def pumping_at(t):
        return block_at is None or t < block_at

    def pump_current(na, pumping):
        return pump_max * _pump_activation(na, k_m_na) if pumping else 0.0

    def rhs(t, y, pumping):
        calls[0] += 1
        if calls[0] > _MAX_CALLS:
            raise ValueError(
                f"the integration needed more than {_MAX_CALLS} evaluations of the equations: "
                f"these values of duration, block_at, {_ARGUMENTS} make them too stiff to "
                "integrate")
        na, k = float(y[0]), float(y[1])
        i_p = pump_current(na, pumping)
        u = _zero_current_vm(p, (na, k), c_out, vt, i_p) / vt
        i_na, i_k = _current(u, p_na, na, na_out), _current(u, p_k, k, k_out)
        return [-flux_scale * (i_na + 3 * i_p), -flux_scale * (i_k - 2 * i_p)]

    # Integrate piecewise: before and after the block (the right-hand side jumps
    # there), each in chunks so that progress is reported steadily.
    t_eval = _np.linspace(0.0, duration, n_points)
    if block_at is not None and block_at < _MIN_PIECE:
        block_at = 0.0  # the solver needs room: a block this close to the start is at the start
    splits = block_at is not None and _MIN_PIECE <= block_at <= duration - _MIN_PIECE
    bounds = [0.0, block_at, duration] if splits else [0.0, duration]
    pieces = [(a, b, pumping_at(a)) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    n_chunks = 20
    y = [na_in, k_in]
    ts, ys = [], []
    for t0, t1, pumping in pieces:
        edges = _np.linspace(t0, t1, n_chunks + 1)
        for a, b in zip(edges[:-1], edges[1:], strict=True):
            last = b == duration
            inside = t_eval[(t_eval >= a) & ((t_eval < b) | (last & (t_eval <= b)))]
            # always end at b: the next chunk starts from that state
            times = inside if inside.size and inside[-1] == b else _np.append(inside, b)
            with _np.errstate(all="ignore"):  # trial states of the solver may overflow
                sol = _solve_ivp(rhs, (a, b), y, method="LSODA", t_eval=times,
                                 args=(pumping,), rtol=1e-8, atol=1e-10)
            if not sol.success or not _np.all(sol.y > 0):
                reason = sol.message if not sol.success else "a concentration fell to 0 or below"
                raise ValueError(f"the integration failed ({reason}): these values of "
                                 f"{_ARGUMENTS} make the equations too stiff to integrate")
            keep = inside.size
            ts.append(sol.t[:keep])
            ys.append(sol.y[:, :keep])
            y = list(sol.y[:, -1])
            if progress is not None:
                progress(float(b / duration))
    t = _np.concatenate(ts)
    na, k = _np.concatenate(ys, axis=1)
    i_p = _np.array([pump_current(ni, pumping_at(ti)) for ti, ni in zip(t, na, strict=True)])
    vm = _np.array([_zero_current_vm(p, (ni, ki), c_out, vt, ip)
                    for ni, ki, ip in zip(na.tolist(), k.tolist(), i_p.tolist(), strict=True)])
    return PumpLeakResult(
        t=t, minutes=t / 60e3, na_in=na, k_in=k, vm=vm,
        e_na=_nernst_potential(na_out, na, 1, t_k), e_k=_nernst_potential(k_out, k, 1, t_k),
        i_pump=i_p, pump_max=pump_max,
    )


def _current(u, p, c_in, c_out):
    """Return the GHK current (uA/cm^2) of a monovalent cation at u = V/V_T, plain floats.

    As :func:`ghk_current` (each branch exponentiates only a non-positive number),
    in scalar arithmetic: it runs dozens of times per step of the integration.
    An overflow gives inf (or nan), which the callers refuse.
    """
    if u > 0.0:
        return p * _F * (c_in - c_out * _math.exp(-u)) * (u / -_math.expm1(-u))
    if u < 0.0:
        return p * _F * (c_in * _math.exp(u) - c_out) * (u / _math.expm1(u))
    return p * _F * (c_in - c_out)


def _zero_current_vm(p, c_in, c_out, vt, i_pump):
    """V_m (mV) at which the leak currents carry the pump current back; refused beyond +-1 V."""
    (p_na, p_k), (na, k), (na_out, k_out) = p, c_in, c_out

    def net(v):
        u = v / vt
        return _current(u, p_na, na, na_out) + _current(u, p_k, k, k_out) + i_pump

    lo, hi = -_V_LIMIT, _V_LIMIT
    f_lo, f_hi = net(lo), net(hi)
    if not (_math.isfinite(f_lo) and _math.isfinite(f_hi)):
        raise ValueError(f"the currents at these values of {_ARGUMENTS} are not finite numbers: "
                         "they lie outside what a double can hold")
    if not f_lo <= 0.0 <= f_hi:
        raise ValueError(
            f"pump_max ({_pump_text(i_pump)}) is too large for the leaks p_na and p_k: the "
            f"membrane potential that carries it back lies beyond +-{_V_LIMIT:g} mV, where the "
            f"membrane would break down (check {_ARGUMENTS})")
    if f_lo == 0.0:
        return lo
    if f_hi == 0.0:
        return hi
    return _brentq(net, lo, hi, xtol=1e-9)


def _pump_text(i_pump):
    """Describe the pump current for an error message."""
    return f"a pump current of {i_pump:.6g} uA/cm^2"


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
    names = ("na_in", "na_out", "k_in", "k_out")
    na_in, na_out, k_in, k_out = (_scalar(_positive, name, value) for name, value in
                                  zip(names, (na_in, na_out, k_in, k_out), strict=True))
    t_k = _scalar(_temperature, "temperature", temperature)
    # ln x from logs (no sum or ratio that overflows), then each final concentration
    log_x = _np.logaddexp(_np.log(na_in), _np.log(k_in)) - _np.logaddexp(_np.log(na_out),
                                                                          _np.log(k_out))
    with _np.errstate(over="ignore", under="ignore"):
        final = _np.exp(_np.log([na_out, k_out]) + log_x)
    if not _np.all((final > 0) & (final < _np.inf)):
        raise ValueError(f"the final concentrations for these values of {', '.join(names)} lie "
                         "outside what a double can hold")
    na, k = final.tolist()
    # both ions end at equilibrium: V_m is the Nernst potential of either
    return na, k, float(_nernst_potential(na_out, na, 1, t_k))


def rundown_half_time(t, c, final, start=None):
    r"""Return how long a concentration takes to cover half the way to its final value, ms.

    After the pump is blocked, the cell's K+ runs down (and its Na+ up)
    towards the values of :func:`pump_leak_final_state`; the half-time is the
    time from `start` until the trace first reaches the halfway mark between
    its value at `start` and `final`, interpolated linearly between samples.

    Parameters
    ----------
    t : array_like, shape (n,)
        Sample times, ms (finite, strictly increasing, n >= 2), e.g.
        :attr:`PumpLeakResult.t`. Any unit of time will do: the half-time
        comes in the same unit (:attr:`PumpLeakResult.minutes` gives minutes).
    c : array_like, shape (n,)
        The concentration at those times, mM (finite), e.g.
        :attr:`PumpLeakResult.k_in`.
    final : float
        The value it runs towards, mM (finite), e.g. from
        :func:`pump_leak_final_state`. Above or below the start: a trace that
        rises works as well as one that falls.
    start : float, optional
        When the run-down starts (e.g. the pump is blocked), ms, within the
        trace; the value there is interpolated. Default: the first sample.

    Returns
    -------
    float or None
        The half-time, ms (the unit of `t`); 0.0 if the trace already stands
        at `final` at `start`; None if it does not reach halfway within the
        trace.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `t` is not a strictly increasing 1-d array of at least two
        finite times, `c` does not have one finite value per time, `final`
        is not finite, `start` lies outside the trace, or the half-time is
        beyond what a double can hold.

    Notes
    -----
    With :math:`c_0 = c(t_{start})`, the half-time is the first
    :math:`t_{1/2} - t_{start}` at which :math:`c(t_{1/2}) = (c_0 + c_\infty)/2`.
    An exponential run-down with time constant :math:`\tau` gives
    :math:`\tau \ln 2`.

    Examples
    --------
    An exponential fall from 140 to 5 mM with tau = 10 min, sampled every minute:

    >>> import numpy as np
    >>> minutes = np.arange(0.0, 61.0)
    >>> k = 5.0 + 135.0 * np.exp(-minutes / 10.0)
    >>> print(f"{rundown_half_time(minutes, k, 5.0):.2f} min (10 ln 2 = 6.93)")
    6.93 min (10 ln 2 = 6.93)
    """
    t = _finite("t", t)
    c = _finite("c", c)
    if t.ndim != 1 or t.size < 2 or not _np.all(t[1:] > t[:-1]):
        raise ValueError(f"t must be a strictly increasing 1-d array of at least 2 times, got "
                         f"shape {t.shape}")
    if c.shape != t.shape:
        raise ValueError(f"c must have one value per time in t: shapes {c.shape} and {t.shape}")
    final = _scalar(_finite, "final", final)
    start = float(t[0]) if start is None else _scalar(_finite, "start", start)
    if not t[0] <= start <= t[-1]:
        raise ValueError(f"start must lie within the trace, [{t[0]:g}, {t[-1]:g}], got {start!r}")
    i = min(int(_np.searchsorted(t, start, side="right")) - 1, t.size - 2)
    c0 = _between(c[i], c[i + 1], _fraction(start, t[i], t[i + 1]))
    if c0 == final:
        return 0.0
    half = 0.5 * c0 + 0.5 * final  # halves: no overflow
    # the side of the halfway mark, by comparison (a difference could overflow)
    side = (c > half).astype(int) - (c < half).astype(int)
    start_side = int(c0 > half) - int(c0 < half)
    later = _np.flatnonzero((t > start) & (side != start_side))
    if later.size == 0:
        return None
    j = int(later[0])
    t_a, c_a = (start, c0) if t[j - 1] <= start else (t[j - 1], c[j - 1])
    t_half = _between(t_a, t[j], _fraction(half, c_a, c[j]))
    with _np.errstate(over="ignore"):
        elapsed = t_half - start
    return float(_finite_result(("t", "start"), elapsed))


def _fraction(x, a, b):
    """Return (x - a)/(b - a) for a != b and x between them; in halves if b - a overflows."""
    a, b, x = float(a), float(b), float(x)
    d = b - a
    if _math.isinf(d):
        return (0.5 * x - 0.5 * a) / (0.5 * b - 0.5 * a)
    return (x - a) / d


def _between(a, b, fraction):
    """Return a + fraction (b - a) for fraction in [0, 1], without forming b - a."""
    return float(a * (1.0 - fraction) + b * fraction)
