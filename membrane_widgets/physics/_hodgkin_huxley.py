r"""The Hodgkin-Huxley (1952) squid-axon model, in the modern sign convention.

Hodgkin & Huxley (1952), J Physiol 117:500-544, with V the membrane potential
(inside minus outside) in mV and rest at -65 mV: the convention of Dayan &
Abbott (2001) and of most textbooks. Currents are uA/cm^2 (outward positive),
conductances mS/cm^2, time ms.

The rate functions have removable singularities at V = -40 mV (alpha_m) and
V = -55 mV (alpha_n); they are evaluated through ``exprel`` so the exact
limits are taken (no epsilon).

A run does bounded work for any input it accepts. Inputs the model cannot mean
are refused with a ``ValueError`` naming the argument (a string, a bool or a
complex number with a ``TypeError``):

- the duration must lie in [0.001, 10 000] ms: from 1 us, far below the
  fastest gate's time constant, to 10 s, hundreds of spikes (a few seconds of
  computing);
- at most a million samples and steps: `dt` and `max_step` must be at least
  duration / 10^6;
- the initial potential and the reversal potentials must lie within
  +-200 mV, the stimulus within +-5000 uA/cm^2;
- a run in which V_m leaves +-1000 mV (where the membrane would break down),
  that needs more evaluations of the equations than 20 000 plus 100 per
  `max_step` of simulated time reached (equations too stiff to integrate),
  or that produces a non-finite value raises ``ValueError`` instead of
  returning.
"""

import dataclasses as _dc
import math

import numpy as _np
from scipy.integrate import solve_ivp as _solve_ivp
from scipy.special import expit as _expit
from scipy.special import exprel as _exprel

from membrane_widgets.physics._constants import ZERO_CELSIUS as _ZC
from membrane_widgets.physics._exprel import log_exprel as _log_exprel
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import scalar as _scalar
from membrane_widgets.physics._validate import temperature as _temperature

__all__ = [
    "HH_REFERENCE_TEMPERATURE",
    "HHParameters",
    "HHResult",
    "Pulse",
    "hodgkin_huxley",
    "hh_rates",
    "hh_steady_state",
]

#: Temperature of the 1952 rate fits, K (6.3 degrees Celsius).
HH_REFERENCE_TEMPERATURE = _ZC + 6.3

_DURATION_RANGE = (1e-3, 1e4)  # ms: 1 us to 10 s
_MAX_SAMPLES = 1_000_000  # samples, and steps of max_step, per run
_V_LIMIT = 200.0  # mV: |v0| and |E| (physiological potentials)
_V_RUNAWAY = 1000.0  # mV: a run that leaves +-1 V is refused (membrane breakdown)
_STIMULUS_LIMIT = 5000.0  # uA/cm^2
_MIN_PULSE = 1e-6  # ms: the shortest Pulse (1 ns)
_SCAN_STEP = 1e-3  # ms: a stimulus function is sampled this finely for its jumps
_EDGE_TOL = 1e-9  # ms: jumps of a stimulus function are located this closely
_MIN_PIECE = 1e-10  # ms: stimulus edges closer than this are merged (LSODA needs room)
_MAX_PIECES = 20_000  # stimulus edges (pieces integrated separately) per run
_CALLS_PER_STEP, _CALLS_BASE, _CALLS_PER_PIECE = 100, 20_000, 100  # work budget
# the arguments that shape a run, named when it cannot be completed
_DYNAMICS = ("stimulus, v0, initial_gates, rtol, atol, max_step, parameters (c_m, g_na, g_k, "
             "g_leak, e_na, e_k, e_leak, temperature, q10)")


def _within(name, value, limit, unit):
    """Return `value` if ``|value| <= limit``, else raise ValueError naming `name`."""
    if not -limit <= value <= limit:
        raise ValueError(f"{name} must lie within +-{limit:g} {unit}, got {value!r}")
    return value


@_dc.dataclass(frozen=True)
class HHParameters:
    """Parameters of the Hodgkin-Huxley model (standard 1952 squid values).

    Attributes
    ----------
    c_m : float
        Membrane capacitance, uF/cm^2. Default 1.0.
    g_na, g_k, g_leak : float
        Maximal conductances, mS/cm^2. Defaults 120, 36, 0.3.
    e_na, e_k, e_leak : float
        Reversal potentials, mV, within +-200. Defaults 50, -77, -54.387 (the
        leak value that makes -65 mV the resting potential).
    temperature : float
        Temperature, K (200-500). Default 279.45 K (6.3 degrees Celsius).
    q10 : float
        Temperature factor of the gating rates per 10 degrees. Default 3.

    Each value is stored as a plain float once validated.

    Raises
    ------
    TypeError
        If a value is not a real number (a string, a bool, a complex number).
    ValueError
        If a value is not a single number or is outside its range, or the
        rate factor q10^((T - 6.3 C)/10) overflows.
    """

    c_m: float = 1.0
    g_na: float = 120.0
    g_k: float = 36.0
    g_leak: float = 0.3
    e_na: float = 50.0
    e_k: float = -77.0
    e_leak: float = -54.387
    temperature: float = HH_REFERENCE_TEMPERATURE
    q10: float = 3.0

    def __post_init__(self):
        # store validated plain floats: raw values (complex, arrays, ...) never reach the solver
        checks = [("c_m", _positive), ("g_na", _nonnegative), ("g_k", _nonnegative),
                  ("g_leak", _nonnegative), ("e_na", _finite), ("e_k", _finite),
                  ("e_leak", _finite), ("temperature", _temperature), ("q10", _positive)]
        for name, check in checks:
            object.__setattr__(self, name, _scalar(check, name, getattr(self, name)))
        for name in ("e_na", "e_k", "e_leak"):
            _within(name, getattr(self, name), _V_LIMIT, "mV")
        phi = _rate_factor(self.q10, self.temperature)
        if not 0.0 < phi < math.inf:
            raise ValueError(f"q10 = {self.q10!r} at {self.temperature!r} K gives a rate factor "
                             f"q10**((T - {HH_REFERENCE_TEMPERATURE:g} K)/10) of {phi!r}; "
                             "it must be positive and finite")

    @property
    def phi(self):
        """Rate factor q10^((T - 6.3 C)/10) (unitless)."""
        return float(_rate_factor(self.q10, self.temperature))


def _rate_factor(q10, temperature):
    """Return q10^((T - 6.3 C)/10); inf where it overflows."""
    with _np.errstate(over="ignore"):
        return _np.asarray(q10, dtype=float) ** ((temperature - HH_REFERENCE_TEMPERATURE) / 10.0)


def hh_rates(v, temperature=HH_REFERENCE_TEMPERATURE, q10=3.0):
    r"""Return the six Hodgkin-Huxley rate constants at membrane potential `v`, in 1/ms.

    Parameters
    ----------
    v : array_like
        Membrane potential, mV (finite).
    temperature : array_like, optional
        Temperature, K (200-500). Default 6.3 degrees Celsius, where the 1952
        fits hold.
    q10 : array_like, optional
        Rate factor per 10 degrees (positive). Default 3.

    Returns
    -------
    dict of numpy.ndarray
        ``alpha_m, beta_m, alpha_h, beta_h, alpha_n, beta_n``, each 1/ms; the
        arguments broadcast together.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `v` is not finite, `temperature` is outside 200-500 K, `q10` is not
        positive, the arguments do not broadcast, or a rate is beyond what a
        double can hold (beta_m overflows below about -12 800 mV).

    Notes
    -----
    .. math::

        \alpha_m = \frac{0.1 (V+40)}{1 - e^{-(V+40)/10}} = \frac{1}{\mathrm{exprel}(-(V+40)/10)},
        \quad \beta_m = 4 e^{-(V+65)/18}

        \alpha_h = 0.07 e^{-(V+65)/20}, \quad \beta_h = \frac{1}{1 + e^{-(V+35)/10}}

        \alpha_n = \frac{0.01 (V+55)}{1 - e^{-(V+55)/10}} = \frac{0.1}{\mathrm{exprel}(-(V+55)/10)},
        \quad \beta_n = 0.125 e^{-(V+65)/80}

    all multiplied by :math:`\phi = Q_{10}^{(T - 6.3^\circ C)/10}`.

    Examples
    --------
    The removable singularity of alpha_m at -40 mV is exactly 1/ms:

    >>> print(f"{hh_rates(-40.0)['alpha_m']:.6f}")
    1.000000
    """
    v = _finite("v", v)
    q10 = _positive("q10", q10)
    temperature = _temperature("temperature", temperature)
    _broadcast(("v", v), ("temperature", temperature), ("q10", q10))
    phi = _rate_factor(q10, temperature)
    with _np.errstate(over="ignore", invalid="ignore"):
        rates = {
            "alpha_m": phi / _exprel(-(v + 40.0) / 10.0),
            "beta_m": phi * 4.0 * _np.exp(-(v + 65.0) / 18.0),
            "alpha_h": phi * 0.07 * _np.exp(-(v + 65.0) / 20.0),
            "beta_h": phi / (1.0 + _np.exp(-(v + 35.0) / 10.0)),
            "alpha_n": phi * 0.1 / _exprel(-(v + 55.0) / 10.0),
            "beta_n": phi * 0.125 * _np.exp(-(v + 65.0) / 80.0),
        }
    for rate in rates.values():
        _finite_result(("v", "temperature", "q10"), rate)
    return rates


def hh_steady_state(v):
    r"""Return the steady-state gating variables m, h, n at a fixed potential.

    Parameters
    ----------
    v : array_like
        Membrane potential, mV (finite).

    Returns
    -------
    tuple of numpy.ndarray
        (m_inf, h_inf, n_inf), unitless in [0, 1]. Temperature does not
        change them (phi scales alpha and beta alike).

    Raises
    ------
    TypeError
        If `v` is not a real number.
    ValueError
        If `v` is not finite.

    Notes
    -----
    :math:`x_\infty = \alpha_x/(\alpha_x + \beta_x)
    = 1/(1 + e^{-(\ln\alpha_x - \ln\beta_x)})`, computed from the log-ratio
    of the rates (the logistic function of it), so that it stays exact where
    the rates themselves would overflow or vanish: any finite `v` works.

    Examples
    --------
    >>> m, h, n = hh_steady_state(-65.0)
    >>> print(f"{m:.4f} {h:.4f} {n:.4f}")
    0.0529 0.5961 0.3177
    """
    v = _finite("v", v)
    # ln(alpha/beta) of each gate (phi cancels); x_inf is the logistic function of it
    log_ratio_m = -_log_exprel(-(v + 40.0) / 10.0) - _np.log(4.0) + (v + 65.0) / 18.0
    log_ratio_h = _np.log(0.07) - (v + 65.0) / 20.0 + _np.logaddexp(0.0, -(v + 35.0) / 10.0)
    log_ratio_n = (-_log_exprel(-(v + 55.0) / 10.0) + _np.log(0.1 / 0.125)
                   + (v + 65.0) / 80.0)
    return tuple(_expit(x)[()] for x in (log_ratio_m, log_ratio_h, log_ratio_n))


@_dc.dataclass(frozen=True)
class HHResult:
    """A Hodgkin-Huxley simulation.

    Attributes
    ----------
    t : numpy.ndarray
        Time, ms.
    v : numpy.ndarray
        Membrane potential, mV.
    m, h, n : numpy.ndarray
        Gating variables (unitless).
    g_na, g_k : numpy.ndarray
        Na+ and K+ conductances, mS/cm^2.
    i_na, i_k, i_leak : numpy.ndarray
        Ionic currents, uA/cm^2 (outward positive).
    stimulus : numpy.ndarray
        Injected current, uA/cm^2 (inward into the cell positive, as usual
        for a stimulus: it depolarises).
    parameters : HHParameters
        The parameters used.
    """

    t: _np.ndarray
    v: _np.ndarray
    m: _np.ndarray
    h: _np.ndarray
    n: _np.ndarray
    g_na: _np.ndarray
    g_k: _np.ndarray
    i_na: _np.ndarray
    i_k: _np.ndarray
    i_leak: _np.ndarray
    stimulus: _np.ndarray
    parameters: HHParameters

    def spike_times(self, threshold=0.0):
        """Return the times (ms) at which V crosses `threshold` (mV) upwards.

        Linear interpolation between samples.

        Parameters
        ----------
        threshold : float, optional
            Crossing level, mV. Default 0.

        Returns
        -------
        numpy.ndarray
            Spike times, ms.
        """
        v, t = self.v, self.t
        up = _np.nonzero((v[:-1] < threshold) & (v[1:] >= threshold))[0]
        frac = (threshold - v[up]) / (v[up + 1] - v[up])
        return t[up] + frac * (t[up + 1] - t[up])


@_dc.dataclass(frozen=True)
class Pulse:
    r"""A rectangular current pulse: a `stimulus` for :func:`hodgkin_huxley`, integrated exactly.

    The pulse injects `amplitude` from `start` (included) to ``start + duration``
    (excluded). Given to :func:`hodgkin_huxley` alone, or several in a list or
    tuple (a pulse train; where pulses overlap, their currents add), its edges
    are where the integration stops and starts again, so a pulse of any width
    from 1 ns is honoured exactly, wherever it starts.

    Parameters
    ----------
    start : float
        Onset, ms (>= 0).
    duration : float
        Length, ms (at least 1e-6 ms, 1 ns).
    amplitude : float
        Current density, uA/cm^2, within +-5000 (positive depolarises).

    Attributes
    ----------
    start, duration, amplitude : float
        As given, validated plain floats.

    Raises
    ------
    TypeError
        If a value is not a real number (a string, a bool, a complex number).
    ValueError
        If a value is outside its range.

    Examples
    --------
    20 us of 400 uA/cm^2 fire a spike:

    >>> r = hodgkin_huxley(20.0, Pulse(start=5.0, duration=0.02, amplitude=400.0))
    >>> len(r.spike_times())
    1

    A train of five 0.5 ms pulses, one every 20 ms:

    >>> train = [Pulse(5.0 + 20.0 * k, 0.5, 40.0) for k in range(5)]
    >>> len(hodgkin_huxley(100.0, train).spike_times())
    5
    """

    start: float
    duration: float
    amplitude: float

    def __post_init__(self):
        start = _scalar(_nonnegative, "start", self.start)
        duration = _scalar(_positive, "duration", self.duration)
        if duration < _MIN_PULSE:
            raise ValueError(f"duration must be at least {_MIN_PULSE:g} ms (1 ns), "
                             f"got {duration!r}")
        amplitude = _within("amplitude", _scalar(_finite, "amplitude", self.amplitude),
                            _STIMULUS_LIMIT, "uA/cm^2")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "duration", duration)
        object.__setattr__(self, "amplitude", amplitude)

    @property
    def end(self):
        """End of the pulse, ms (``start + duration``; the current is off from there)."""
        return self.start + self.duration


def _stimulus_value(value, t):
    """Return a stimulus function's value at `t` (ms) as a float, or raise naming `stimulus`."""
    if type(value) is not float:
        try:
            arr = _np.asarray(value)
        except (TypeError, ValueError):
            arr = None
        if (arr is None or isinstance(value, (bool, _np.bool_)) or arr.dtype.kind not in "iuf"
                or arr.ndim != 0):
            raise TypeError(
                f"stimulus must return a real number (uA/cm^2), got {value!r} at t = {t} ms")
        value = float(arr)
    if not -_STIMULUS_LIMIT <= value <= _STIMULUS_LIMIT:
        if not math.isfinite(value):
            raise ValueError(f"stimulus must return finite uA/cm^2, got {value!r} at t = {t} ms")
        raise ValueError(f"stimulus must return values within +-{_STIMULUS_LIMIT:g} uA/cm^2, "
                         f"got {value!r} at t = {t} ms")
    return value


def _scan(function, times):
    """Return the stimulus function's values at `times` (a list of ms), checked."""
    values = [function(t) for t in times]
    try:
        arr = _np.asarray(values, dtype=None)
    except (TypeError, ValueError):
        arr = None
    if arr is None or arr.ndim != 1 or arr.dtype.kind not in "iuf":
        # one by one: raises for the first value that is not a real number
        arr = _np.array([_stimulus_value(v, t) for v, t in zip(values, times, strict=True)])
    arr = arr.astype(float, copy=False)
    bad = ~(_np.abs(arr) <= _STIMULUS_LIMIT)
    if bad.any():
        i = int(_np.argmax(bad))
        _stimulus_value(float(arr[i]), times[i])
    return arr


def _locate_jump(function, a, fa, b, fb):
    """Bisect [a, b] for a jump of the stimulus function; return its bracket or None.

    A jump keeps (nearly) all of the change in one half at every halving; a
    smooth change splits it between the halves, and is left to the solver.
    """
    change = abs(fb - fa)
    while b - a > _EDGE_TOL:
        m = 0.5 * (a + b)
        if not a < m < b:
            break
        fm = _stimulus_value(function(m), m)
        left, right = abs(fm - fa), abs(fb - fm)
        if max(left, right) < 0.75 * change:
            return None
        if left >= right:
            b, fb, change = m, fm, left
        else:
            a, fa, change = m, fm, right
    return a, b


def _function_pieces(function, duration):
    """Split [0, duration] at the jumps of a stimulus function.

    The function is sampled every ``_SCAN_STEP`` ms; each change between two
    samples that is a jump is located to ``_EDGE_TOL`` ms. Returns the piece
    bounds and, for each piece, the window of times at which the function is
    evaluated (the left side of the jump that ends the piece, the right side of
    the one that starts it).
    """
    n = max(1, math.ceil(duration / _SCAN_STEP))
    step = duration / n
    jumps = []
    t_prev = f_prev = None
    chunk = 100_000
    for i0 in range(0, n + 1, chunk):
        times = _np.arange(i0, min(i0 + chunk, n + 1)) * step
        if i0 + times.size == n + 1:
            times[-1] = duration
        values = _scan(function, times.tolist())
        if t_prev is not None:
            times = _np.concatenate([[t_prev], times])
            values = _np.concatenate([[f_prev], values])
        changed = _np.nonzero(values[1:] != values[:-1])[0]
        if changed.size:
            # one halving, for all changes at once: a jump keeps its change in one half,
            # a smooth change (the usual case) splits it and needs no further look
            fa, fb = values[changed], values[changed + 1]
            fm = _scan(function, (0.5 * (times[changed] + times[changed + 1])).tolist())
            steep = _np.maximum(_np.abs(fm - fa), _np.abs(fb - fm)) >= 0.75 * _np.abs(fb - fa)
            changed = changed[steep]
        for k in changed.tolist():
            bracket = _locate_jump(function, float(times[k]), float(values[k]),
                                   float(times[k + 1]), float(values[k + 1]))
            if bracket is None:
                continue
            if jumps and bracket[1] - jumps[-1][1] < _SCAN_STEP:
                raise ValueError(
                    f"stimulus changes twice within {bracket[1] - jumps[-1][1]:.3g} ms near "
                    f"t = {bracket[1]:.6g} ms, less than the {_SCAN_STEP:g} ms at which a "
                    "stimulus function is sampled, so pulses this short would be caught or "
                    "missed depending on where they fall: describe them with "
                    "Pulse(start, duration, amplitude)")
            jumps.append(bracket)
            if len(jumps) >= _MAX_PIECES:
                raise ValueError(f"stimulus jumps more than {_MAX_PIECES} times within the run")
        t_prev, f_prev = float(times[-1]), float(values[-1])
    jumps = [(a, b) for a, b in jumps if duration - b >= _MIN_PIECE]
    bounds = [0.0, *(b for _, b in jumps), duration]
    windows = [(bounds[i], jumps[i][0] if i < len(jumps) else duration)
               for i in range(len(bounds) - 1)]
    return bounds, windows


def _pulse_pieces(pulses, duration):
    """Split [0, duration] at the pulses' edges; return the bounds and the current in each piece."""
    edges = sorted({e for p in pulses for e in (p.start, p.end) if 0.0 < e < duration})
    bounds = [0.0]
    for e in edges:
        if e - bounds[-1] >= _MIN_PIECE and duration - e >= _MIN_PIECE:
            bounds.append(e)
    bounds.append(duration)
    if len(bounds) - 1 > _MAX_PIECES:
        raise ValueError(f"stimulus has more than {_MAX_PIECES} pulse edges within the run")
    mids = 0.5 * (_np.array(bounds[:-1]) + _np.array(bounds[1:]))
    values = _np.zeros(mids.size)
    for p in pulses:
        i0, i1 = _np.searchsorted(mids, [p.start, p.end], side="left")
        values[i0:i1] += p.amplitude
    bad = ~(_np.abs(values) <= _STIMULUS_LIMIT)
    if bad.any():
        i = int(_np.argmax(bad))
        raise ValueError(f"stimulus: overlapping pulses add up to {values[i]:g} uA/cm^2 at "
                         f"t = {mids[i]:g} ms, beyond +-{_STIMULUS_LIMIT:g} uA/cm^2")
    return bounds, values.tolist()


def _stimulus_pieces(stimulus, duration):
    """Return (bounds, values, windows, function) describing the stimulus piece by piece.

    In piece i (from bounds[i] to bounds[i + 1]) the current is values[i], or,
    where that is None, function(t) with t clipped to windows[i].
    """
    if isinstance(stimulus, Pulse):
        stimulus = (stimulus,)
    if isinstance(stimulus, (list, tuple)):
        if not all(isinstance(p, Pulse) for p in stimulus):
            raise TypeError("stimulus must be a number, a function of t, a Pulse or a list of "
                            f"Pulses, got {stimulus!r}")
        bounds, values = _pulse_pieces(stimulus, duration)
        return bounds, values, [None] * len(values), None
    if callable(stimulus):
        bounds, windows = _function_pieces(stimulus, duration)
        return bounds, [None] * len(windows), windows, stimulus
    amplitude = _within("stimulus", _scalar(_finite, "stimulus", stimulus), _STIMULUS_LIMIT,
                        "uA/cm^2")
    return [0.0, duration], [amplitude], [None], None


def _runaway(v, t, failure=None):
    """Raise the error of a run whose V_m left the window the model describes.

    With `failure` (the solver's message), the solver stopped on the way out, at `v`
    beyond the physiological +-_V_LIMIT, before V_m reached +-_V_RUNAWAY.
    """
    where = (f"beyond +-{_V_RUNAWAY:g} mV where the membrane would break down" if failure is None
             else f"on its way out of +-{_V_RUNAWAY:g} mV, where the equations became too "
                  f"stiff to go on ({failure})")
    raise ValueError(
        f"V_m reached {v:.6g} mV at t = {t:.6g} ms, {where}: the stimulus or the parameters "
        f"drive the model beyond what it describes (check {_DYNAMICS})")


def hodgkin_huxley(duration, stimulus=0.0, *, parameters=None, v0=-65.0, initial_gates=None,
                   dt=0.025, rtol=1e-6, atol=1e-8, max_step=0.05, **overrides):
    r"""Simulate the Hodgkin-Huxley membrane patch.

    Parameters
    ----------
    duration : float
        Simulated time, ms, from 0.001 to 10 000.
    stimulus : float, callable, Pulse or list of Pulse, optional
        Injected current density, uA/cm^2 (positive depolarises), within
        +-5000: a constant; a :class:`Pulse` or a list of them (a pulse
        train), integrated piece by piece between their edges, so every pulse
        counts exactly; or a function of t (ms) returning uA/cm^2. A function
        is sampled every 0.001 ms before the run and every jump seen there is
        located to 1e-9 ms and integrated across exactly; a function that
        changes twice within 0.001 ms (a shorter pulse) is refused, as such a
        pulse could also fall between two samples and be missed: describe
        short pulses with :class:`Pulse`. Default 0.
    parameters : HHParameters, optional
        Model parameters; default the 1952 squid values at 6.3 degrees Celsius.
    v0 : float, optional
        Initial membrane potential, mV, within +-200. Default -65.
    initial_gates : tuple of float, optional
        Initial (m, h, n), each in [0, 1]; default their steady state at `v0`.
    dt : float, optional
        Output sampling interval, ms (at least duration / 10^6). Default 0.025.
    rtol, atol : float, optional
        Integrator tolerances (scipy ``solve_ivp``, method LSODA), each in
        (0, 1). Defaults 1e-6 and 1e-8.
    max_step : float, optional
        Largest integration step, ms (at least duration / 10^6). Default 0.05.
    **overrides
        Any :class:`HHParameters` field, e.g. ``g_na=60.0`` or
        ``temperature=291.15``.

    Returns
    -------
    HHResult
        Time course of V, the gates, the conductances and the currents,
        sampled every `dt` (about) from 0 to `duration`, all finite.

    Raises
    ------
    TypeError
        If a number is given as a string, a bool or a complex number, or the
        stimulus function returns one.
    ValueError
        If an argument is outside the range given above, a parameter is
        invalid, the stimulus function returns a non-finite value or one
        beyond +-5000 uA/cm^2, or the run fails: V_m leaves +-1000 mV (where
        the membrane would break down), the integration needs more
        evaluations of the equations than 20 000 plus 100 per `max_step` of
        simulated time reached (the parameters make the equations too stiff),
        or the solver stops or returns a non-finite value.

    Notes
    -----
    .. math::

        C_m \frac{dV}{dt} = I_{stim} - \bar g_{Na} m^3 h (V - E_{Na})
                             - \bar g_K n^4 (V - E_K) - g_L (V - E_L)

        \frac{dx}{dt} = \alpha_x(V)(1 - x) - \beta_x(V) x, \quad x = m, h, n

    Examples
    --------
    A 10 uA/cm^2 step fires repetitively:

    >>> r = hodgkin_huxley(50.0, stimulus=10.0)
    >>> len(r.spike_times()) >= 3
    True
    """
    duration = _scalar(_positive, "duration", duration)
    lo, hi = _DURATION_RANGE
    if not lo <= duration <= hi:
        raise ValueError(f"duration must lie in [{lo:g}, {hi:g}] ms, got {duration!r}")
    dt = _scalar(_positive, "dt", dt)
    max_step = _scalar(_positive, "max_step", max_step)
    finest = duration / _MAX_SAMPLES
    for name, value in (("dt", dt), ("max_step", max_step)):
        if value < finest:
            raise ValueError(f"{name} must be at least duration / {_MAX_SAMPLES:.0e} = {finest:g} "
                             f"ms (at most a million samples and steps), got {value!r}")
    tolerances = {}
    for name, value in (("rtol", rtol), ("atol", atol)):
        tolerances[name] = _scalar(_positive, name, value)
        if not tolerances[name] < 1.0:
            raise ValueError(f"{name} must lie in (0, 1), got {value!r}")
    v0 = _within("v0", _scalar(_finite, "v0", v0), _V_LIMIT, "mV")
    if parameters is None:
        p = HHParameters()
    elif isinstance(parameters, HHParameters):
        p = parameters
    else:
        raise TypeError(f"parameters must be an HHParameters, got {parameters!r}")
    if overrides:
        unknown = set(overrides) - {f.name for f in _dc.fields(HHParameters)}
        if unknown:
            raise ValueError(f"overrides has unknown parameters: {sorted(unknown)}")
        p = _dc.replace(p, **overrides)
    if initial_gates is None:
        gates0 = tuple(float(g) for g in hh_steady_state(v0))
    else:
        try:
            gates0 = [] if isinstance(initial_gates, (str, bytes)) else list(initial_gates)
        except TypeError:
            gates0 = []
        if len(gates0) != 3:
            raise ValueError(f"initial_gates must be three numbers (m, h, n), "
                             f"got {initial_gates!r}")
        gates0 = tuple(_scalar(_finite, "initial_gates", g) for g in gates0)
    for name, g in zip("mhn", gates0, strict=True):
        if not 0.0 <= g <= 1.0:
            raise ValueError(f"initial_gates {name} must lie in [0, 1], got {g!r}")
    bounds, values, windows, i_stim = _stimulus_pieces(stimulus, duration)
    phi = float(p.phi)
    g_na_max, g_k_max, g_leak = p.g_na, p.g_k, p.g_leak
    e_na, e_k, e_leak, c_m = p.e_na, p.e_k, p.e_leak, p.c_m
    # work budget: evaluations of the equations allowed by the time t reached so far, so that
    # a solver stuck at small steps stops early (and every run stops)
    calls = [0, _CALLS_BASE, _CALLS_PER_STEP / max_step]

    def make_rhs(value, window):
        def rhs(t, y):
            calls[0] += 1
            if calls[0] > calls[1] + calls[2] * t:
                raise ValueError(
                    f"the integration needed {calls[0]} evaluations of the equations to reach "
                    f"t = {t:.6g} ms: they are too stiff to integrate (check {_DYNAMICS})")
            v, m, h, n = y
            if value is None:
                stim = _stimulus_value(i_stim(min(max(t, window[0]), window[1])), t)
            else:
                stim = value
            a_m = phi / _exprel(-(v + 40.0) / 10.0)
            b_m = phi * 4.0 * _np.exp(-(v + 65.0) / 18.0)
            a_h = phi * 0.07 * _np.exp(-(v + 65.0) / 20.0)
            b_h = phi / (1.0 + _np.exp(-(v + 35.0) / 10.0))
            a_n = phi * 0.1 / _exprel(-(v + 55.0) / 10.0)
            b_n = phi * 0.125 * _np.exp(-(v + 65.0) / 80.0)
            i_ion = (g_na_max * m**3 * h * (v - e_na) + g_k_max * n**4 * (v - e_k)
                     + g_leak * (v - e_leak))
            return [
                (stim - i_ion) / c_m,
                a_m * (1.0 - m) - b_m * m,
                a_h * (1.0 - h) - b_h * h,
                a_n * (1.0 - n) - b_n * n,
            ]

        return rhs

    n_samples = max(2, int(round(duration / dt)) + 1)
    t_eval = _np.linspace(0.0, duration, n_samples)
    y = [v0, *gates0]
    ts, ys = [], []
    n_pieces = len(values)
    for k in range(n_pieces):
        a, b = bounds[k], bounds[k + 1]
        last = k == n_pieces - 1
        inside = t_eval[(t_eval >= a) & ((t_eval <= b) if last else (t_eval < b))]
        # always end at b: the next piece starts from that state
        times = inside if inside.size and inside[-1] == b else _np.append(inside, b)
        # the solver's trial states (e.g. its finite-difference Jacobian) may lie far outside
        # the run; overflow there is harmless, and a run that goes there is refused below
        calls[1] += _CALLS_PER_PIECE
        with _np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            sol = _solve_ivp(make_rhs(values[k], windows[k]), (a, b), y, method="LSODA",
                             t_eval=times, rtol=tolerances["rtol"], atol=tolerances["atol"],
                             max_step=max_step)
        if not sol.success:
            done_t, done_y = _np.asarray(sol.t, dtype=float), _np.asarray(sol.y, dtype=float)
            if done_t.size and done_y.ndim == 2 and not abs(done_y[0, -1]) <= _V_LIMIT:
                _runaway(done_y[0, -1], done_t[-1], sol.message)
            raise ValueError(f"the integration failed: {sol.message} (are the equations too "
                             f"stiff, or the tolerances too tight? check {_DYNAMICS})")
        far = ~(_np.abs(sol.y[0]) <= _V_RUNAWAY)
        if far.any():
            i = int(_np.argmax(far))
            _runaway(sol.y[0, i], sol.t[i])
        ts.append(sol.t[:inside.size])
        ys.append(sol.y[:, :inside.size])
        y = sol.y[:, -1].tolist()
    t = _np.concatenate(ts)
    states = _np.concatenate(ys, axis=1)
    if not _np.isfinite(states).all():
        raise ValueError("the integration returned non-finite values: the parameters make the "
                         f"equations too stiff to integrate (check {_DYNAMICS})")
    v, m, h, n = states
    if i_stim is None:
        piece = _np.clip(_np.searchsorted(bounds, t, side="right") - 1, 0, n_pieces - 1)
        stim = _np.asarray(values, dtype=float)[piece]
    else:
        stim = _np.array([_stimulus_value(i_stim(ti), ti) for ti in t.tolist()], dtype=float)
    with _np.errstate(over="ignore", invalid="ignore"):
        g_na = p.g_na * m**3 * h
        g_k = p.g_k * n**4
        currents = g_na * (v - p.e_na), g_k * (v - p.e_k), p.g_leak * (v - p.e_leak)
    for x in (g_na, g_k, *currents):
        _finite_result(("parameters", "g_na", "g_k", "g_leak"), x)
    return HHResult(
        t=t, v=v, m=m, h=h, n=n, g_na=g_na, g_k=g_k, i_na=currents[0], i_k=currents[1],
        i_leak=currents[2], stimulus=stim, parameters=p,
    )
