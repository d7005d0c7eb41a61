r"""Dynamic equilibrium: single ions crossing open channels as random events.

Each direction is a Poisson process. The unidirectional rates follow the GHK
flux equation, so their ratio is the Ussing flux ratio

.. math:: \frac{J_{in}}{J_{out}} = \frac{c_{out}}{c_{in}} e^{-zFV/RT}
          = e^{zF(E - V)/RT},

equal to 1 exactly at V = E: at equilibrium ions keep crossing both ways at
equal average rates while the net count wanders randomly (the noise of single
crossings). Away from E the rates differ and a net flux appears.
"""

import dataclasses as _dc

import numpy as _np

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._exprel import log_exprel as _log_exprel
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import valence as _valence

__all__ = ["unidirectional_rates", "CrossingsResult", "simulate_crossings"]


def unidirectional_rates(vm, c_in, c_out, z, temperature=_BODY_T, rate_constant=1.0):
    r"""Return the mean influx and efflux rates of an ion through open channels, ions/ms.

    Parameters
    ----------
    vm : array_like
        Membrane potential, mV.
    c_in, c_out : array_like
        Concentrations, mM (positive).
    z : array_like
        Valence (non-zero whole number).
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K.
    rate_constant : array_like, optional
        Crossings per ms per mM at 0 mV (positive): sets the channel's
        throughput. Default 1.

    Returns
    -------
    tuple of numpy.ndarray
        (influx, efflux), ions/ms, each >= 0.

    Raises
    ------
    ValueError
        If an argument is outside its range.

    Notes
    -----
    From the GHK flux equation with :math:`u = zV/V_T` and
    :math:`\mathrm{exprel}(x) = (e^x - 1)/x`:

    .. math:: J_{out} = \frac{k\,c_{in}}{\mathrm{exprel}(-u)}, \qquad
              J_{in} = \frac{k\,c_{out}}{\mathrm{exprel}(u)}

    Examples
    --------
    K+ (140 mM in, 5 mM out) at its Nernst potential crosses both ways equally:

    >>> from membrane_widgets.physics import nernst_potential
    >>> j_in, j_out = unidirectional_rates(nernst_potential(5, 140, 1), 140, 5, 1)
    >>> print(f"{j_in:.4f} {j_out:.4f}")
    17.2781 17.2781
    """
    v = _finite("vm", vm)
    c_in = _positive("c_in", c_in)
    c_out = _positive("c_out", c_out)
    z = _valence("z", z)
    k = _positive("rate_constant", rate_constant)
    u = z * v / _thermal_voltage(temperature)
    efflux = k * c_in * _np.exp(-_log_exprel(-u))
    influx = k * c_out * _np.exp(-_log_exprel(u))
    return _np.asarray(influx)[()], _np.asarray(efflux)[()]


@_dc.dataclass(frozen=True)
class CrossingsResult:
    """Counts of single-ion crossings in time bins, for one or more trials.

    Attributes
    ----------
    t : numpy.ndarray, shape (n_bins,)
        End time of each bin, ms.
    influx, efflux : numpy.ndarray, shape (n_trials, n_bins)
        Ions that crossed inward / outward in each bin (counts).
    net_out : numpy.ndarray, shape (n_trials, n_bins)
        Cumulative net number of ions that left the cell (efflux - influx).
    mean_influx, mean_efflux : float
        The Poisson rates used, ions/ms.
    """

    t: _np.ndarray
    influx: _np.ndarray
    efflux: _np.ndarray
    net_out: _np.ndarray
    mean_influx: float
    mean_efflux: float


def simulate_crossings(duration, vm, c_in, c_out, z, temperature=_BODY_T, *, rate_constant=1.0,
                       n_channels=1, dt=1.0, n_trials=1, seed=None):
    """Simulate random single-ion crossings at a fixed membrane potential.

    Parameters
    ----------
    duration : float
        Simulated time, ms (positive).
    vm : float
        Membrane potential held fixed, mV.
    c_in, c_out : float
        Concentrations, mM (positive); held fixed (the crossings are too few to
        change them).
    z : int
        Valence.
    temperature : float, optional
        Absolute temperature, K. Default 310.15 K.
    rate_constant : float, optional
        Crossings per ms per mM at 0 mV per channel. Default 1.
    n_channels : int, optional
        Number of open channels. Default 1.
    dt : float, optional
        Bin width, ms. Default 1.
    n_trials : int, optional
        Independent repetitions (for a histogram of net crossings). Default 1.
    seed : int or numpy.random.Generator, optional
        Seed for reproducible runs.

    Returns
    -------
    CrossingsResult
        Counts per bin and the cumulative net efflux.

    Raises
    ------
    ValueError
        If an argument is outside its range.

    Examples
    --------
    >>> r = simulate_crossings(100.0, -89.06, 140, 5, 1, n_trials=2, seed=1)
    >>> r.influx.shape
    (2, 100)
    """
    duration = float(_positive("duration", duration))
    dt = float(_positive("dt", dt))
    n_bins = int(round(duration / dt))
    if n_bins < 1:
        raise ValueError(f"dt must not exceed duration, got dt={dt} ms, duration={duration} ms")
    for name, value in (("n_channels", n_channels), ("n_trials", n_trials)):
        if int(value) != value or value < 1:
            raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
    j_in, j_out = unidirectional_rates(vm, c_in, c_out, z, temperature, rate_constant)
    rng = _np.random.default_rng(seed)
    shape = (int(n_trials), n_bins)
    influx = rng.poisson(float(j_in) * n_channels * dt, size=shape)
    efflux = rng.poisson(float(j_out) * n_channels * dt, size=shape)
    return CrossingsResult(
        t=dt * _np.arange(1, n_bins + 1), influx=influx, efflux=efflux,
        net_out=_np.cumsum(efflux - influx, axis=1), mean_influx=float(j_in) * n_channels,
        mean_efflux=float(j_out) * n_channels,
    )
