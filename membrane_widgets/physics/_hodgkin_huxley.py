r"""The Hodgkin-Huxley (1952) squid-axon model, in the modern sign convention.

Hodgkin & Huxley (1952), J Physiol 117:500-544, with V the membrane potential
(inside minus outside) in mV and rest at -65 mV: the convention of Dayan &
Abbott (2001) and of most textbooks. Currents are uA/cm^2 (outward positive),
conductances mS/cm^2, time ms.

The rate functions have removable singularities at V = -40 mV (alpha_m) and
V = -55 mV (alpha_n); they are evaluated through ``exprel`` so the exact
limits are taken (no epsilon).
"""

import dataclasses as _dc
import math

import numpy as _np
from scipy.integrate import solve_ivp as _solve_ivp
from scipy.special import exprel as _exprel

from membrane_widgets.physics._constants import ZERO_CELSIUS as _ZC
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import temperature as _temperature

__all__ = [
    "HH_REFERENCE_TEMPERATURE",
    "HHParameters",
    "HHResult",
    "hodgkin_huxley",
    "hh_rates",
    "hh_steady_state",
]

#: Temperature of the 1952 rate fits, K (6.3 degrees Celsius).
HH_REFERENCE_TEMPERATURE = _ZC + 6.3


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
        Reversal potentials, mV. Defaults 50, -77, -54.387 (the leak value
        that makes -65 mV the resting potential).
    temperature : float
        Temperature, K. Default 279.45 K (6.3 degrees Celsius).
    q10 : float
        Temperature factor of the gating rates per 10 degrees. Default 3.
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
        _positive("c_m", self.c_m)
        for name in ("g_na", "g_k", "g_leak"):
            _nonnegative(name, getattr(self, name))
        for name in ("e_na", "e_k", "e_leak"):
            _finite(name, getattr(self, name))
        _temperature("temperature", self.temperature)
        _positive("q10", self.q10)

    @property
    def phi(self):
        """Rate factor q10^((T - 6.3 C)/10) (unitless)."""
        return self.q10 ** ((self.temperature - HH_REFERENCE_TEMPERATURE) / 10.0)


def hh_rates(v, temperature=HH_REFERENCE_TEMPERATURE, q10=3.0):
    r"""Return the six Hodgkin-Huxley rate constants at membrane potential `v`, in 1/ms.

    Parameters
    ----------
    v : array_like
        Membrane potential, mV (finite).
    temperature : float, optional
        Temperature, K. Default 6.3 degrees Celsius, where the 1952 fits hold.
    q10 : float, optional
        Rate factor per 10 degrees. Default 3.

    Returns
    -------
    dict of numpy.ndarray
        ``alpha_m, beta_m, alpha_h, beta_h, alpha_n, beta_n``, each 1/ms.

    Raises
    ------
    ValueError
        If `v` is not finite, `temperature` <= 0 or `q10` not positive.

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
    phi = HHParameters(temperature=temperature, q10=q10).phi
    return {
        "alpha_m": phi / _exprel(-(v + 40.0) / 10.0),
        "beta_m": phi * 4.0 * _np.exp(-(v + 65.0) / 18.0),
        "alpha_h": phi * 0.07 * _np.exp(-(v + 65.0) / 20.0),
        "beta_h": phi / (1.0 + _np.exp(-(v + 35.0) / 10.0)),
        "alpha_n": phi * 0.1 / _exprel(-(v + 55.0) / 10.0),
        "beta_n": phi * 0.125 * _np.exp(-(v + 65.0) / 80.0),
    }


def hh_steady_state(v):
    """Return the steady-state gating variables m, h, n at a fixed potential.

    Parameters
    ----------
    v : array_like
        Membrane potential, mV.

    Returns
    -------
    tuple of numpy.ndarray
        (m_inf, h_inf, n_inf), unitless in [0, 1]. Temperature does not
        change them (phi scales alpha and beta alike).

    Examples
    --------
    >>> m, h, n = hh_steady_state(-65.0)
    >>> print(f"{m:.4f} {h:.4f} {n:.4f}")
    0.0529 0.5961 0.3177
    """
    r = hh_rates(v)
    return tuple(
        r[f"alpha_{g}"] / (r[f"alpha_{g}"] + r[f"beta_{g}"]) for g in ("m", "h", "n")
    )


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


def _stimulus_function(stimulus):
    if callable(stimulus):
        return stimulus
    amplitude = float(_finite("stimulus", stimulus))
    return lambda t: amplitude


def hodgkin_huxley(duration, stimulus=0.0, *, parameters=None, v0=-65.0, initial_gates=None,
                   dt=0.025, rtol=1e-6, atol=1e-8, max_step=0.05, **overrides):
    r"""Simulate the Hodgkin-Huxley membrane patch.

    Parameters
    ----------
    duration : float
        Simulated time, ms (positive).
    stimulus : float or callable, optional
        Injected current density, uA/cm^2 (positive depolarises): a constant or
        a function of t (ms) returning uA/cm^2. Default 0.
    parameters : HHParameters, optional
        Model parameters; default the 1952 squid values at 6.3 degrees Celsius.
    v0 : float, optional
        Initial membrane potential, mV. Default -65.
    initial_gates : tuple of float, optional
        Initial (m, h, n); default their steady state at `v0`.
    dt : float, optional
        Output sampling interval, ms. Default 0.025.
    rtol, atol : float, optional
        Integrator tolerances (scipy ``solve_ivp``, method LSODA).
    max_step : float, optional
        Largest integration step, ms, so that short stimulus pulses are not
        stepped over. Default 0.05.
    **overrides
        Any :class:`HHParameters` field, e.g. ``g_na=60.0`` or
        ``temperature=291.15``.

    Returns
    -------
    HHResult
        Time course of V, the gates, the conductances and the currents.

    Raises
    ------
    ValueError
        If `duration`, `dt` or a tolerance is not positive, `v0` or a
        constant `stimulus` is not finite, a parameter is invalid, or the
        stimulus function returns a non-finite value.

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
    duration = float(_positive("duration", duration))
    dt = float(_positive("dt", dt))
    _positive("rtol", rtol)
    _positive("atol", atol)
    max_step = float(_positive("max_step", max_step))
    v0 = float(_finite("v0", v0))
    p = parameters if parameters is not None else HHParameters()
    if overrides:
        unknown = set(overrides) - {f.name for f in _dc.fields(HHParameters)}
        if unknown:
            raise ValueError(f"overrides has unknown parameters: {sorted(unknown)}")
        p = _dc.replace(p, **overrides)
    i_stim = _stimulus_function(stimulus)
    gates0 = hh_steady_state(v0) if initial_gates is None else initial_gates
    gates0 = tuple(float(g) for g in gates0)
    for name, g in zip("mhn", gates0, strict=True):
        if not 0.0 <= g <= 1.0:
            raise ValueError(f"initial_gates {name} must lie in [0, 1], got {g!r}")
    phi = p.phi

    def rhs(t, y):
        v, m, h, n = y
        stim = float(i_stim(t))
        if not math.isfinite(stim):
            raise ValueError(f"stimulus must return finite uA/cm^2, got {stim!r} at t = {t} ms")
        a_m = phi / _exprel(-(v + 40.0) / 10.0)
        b_m = phi * 4.0 * _np.exp(-(v + 65.0) / 18.0)
        a_h = phi * 0.07 * _np.exp(-(v + 65.0) / 20.0)
        b_h = phi / (1.0 + _np.exp(-(v + 35.0) / 10.0))
        a_n = phi * 0.1 / _exprel(-(v + 55.0) / 10.0)
        b_n = phi * 0.125 * _np.exp(-(v + 65.0) / 80.0)
        i_ion = (p.g_na * m**3 * h * (v - p.e_na) + p.g_k * n**4 * (v - p.e_k)
                 + p.g_leak * (v - p.e_leak))
        return [
            (stim - i_ion) / p.c_m,
            a_m * (1.0 - m) - b_m * m,
            a_h * (1.0 - h) - b_h * h,
            a_n * (1.0 - n) - b_n * n,
        ]

    n_samples = int(round(duration / dt)) + 1
    t_eval = _np.linspace(0.0, duration, n_samples)
    sol = _solve_ivp(rhs, (0.0, duration), [v0, *gates0], method="LSODA", t_eval=t_eval,
                     rtol=rtol, atol=atol, max_step=max_step)
    if not sol.success:
        raise ValueError(f"the integration failed: {sol.message}")
    v, m, h, n = sol.y
    stim = _np.array([i_stim(ti) for ti in sol.t], dtype=float)
    g_na = p.g_na * m**3 * h
    g_k = p.g_k * n**4
    return HHResult(
        t=sol.t, v=v, m=m, h=h, n=n, g_na=g_na, g_k=g_k,
        i_na=g_na * (v - p.e_na), i_k=g_k * (v - p.e_k), i_leak=p.g_leak * (v - p.e_leak),
        stimulus=stim, parameters=p,
    )
