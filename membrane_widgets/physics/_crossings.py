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
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import scalar as _scalar
from membrane_widgets.physics._validate import seed as _seed
from membrane_widgets.physics._validate import valence as _valence
from membrane_widgets.physics._validate import whole_number as _whole_number

__all__ = ["unidirectional_rates", "CrossingsResult", "simulate_crossings"]

# simulate_crossings does bounded work: at most this many bins (all trials together) ...
_MAX_BINS = 10_000_000
# ... and at most this many crossings expected per bin, or in a whole trial (int64 counts)
_MAX_CROSSINGS = 1e15


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
    TypeError
        If an argument is not a real number.
    ValueError
        If an argument is outside its range, the arguments do not broadcast,
        or a rate is beyond what a double can hold.

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
    vt = _np.asarray(_thermal_voltage(temperature))
    _broadcast(("vm", v), ("c_in", c_in), ("c_out", c_out), ("z", z), ("temperature", vt),
               ("rate_constant", k))
    with _np.errstate(all="ignore"):
        u = z * v / vt
        efflux = k * c_in * _np.exp(-_log_exprel(-u))
        influx = k * c_out * _np.exp(-_log_exprel(u))
    names = ("vm", "c_in", "c_out", "z", "rate_constant")
    influx, efflux = _np.broadcast_arrays(_finite_result(names, influx),
                                          _finite_result(names, efflux))
    return influx.copy()[()], efflux.copy()[()]


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
    TypeError
        If a number is not a real number, or `seed` is not None, a whole
        number or a Generator.
    ValueError
        If an argument is not a single number or is outside its range, or the
        run would be too large: more than ten million bins (n_trials x
        duration / dt) or more than 1e15 crossings expected per bin or per
        trial.

    Examples
    --------
    >>> r = simulate_crossings(100.0, -89.06, 140, 5, 1, n_trials=2, seed=1)
    >>> r.influx.shape
    (2, 100)
    """
    duration = _scalar(_positive, "duration", duration)
    dt = _scalar(_positive, "dt", dt)
    n_channels = _whole_number("n_channels", n_channels, minimum=1)
    n_trials = _whole_number("n_trials", n_trials, minimum=1)
    with _np.errstate(over="ignore"):
        bins = duration / dt
    if not bins * n_trials <= _MAX_BINS:
        raise ValueError(f"duration / dt x n_trials must be at most {_MAX_BINS} bins, got "
                         f"duration={duration!r} ms, dt={dt!r} ms, n_trials={n_trials}")
    n_bins = int(round(bins))
    if n_bins < 1:
        raise ValueError(f"dt must not exceed duration, got dt={dt} ms, duration={duration} ms")
    rates = [_scalar(_finite, "vm", vm), _scalar(_positive, "c_in", c_in),
             _scalar(_positive, "c_out", c_out), _scalar(_valence, "z", z)]
    j_in, j_out = (float(j) for j in
                   unidirectional_rates(*rates, _scalar(_finite, "temperature", temperature),
                                        _scalar(_positive, "rate_constant", rate_constant)))
    with _np.errstate(over="ignore"):
        mean_in, mean_out = j_in * n_channels, j_out * n_channels
        per_bin = max(mean_in, mean_out) * dt
    if not (per_bin <= _MAX_CROSSINGS and per_bin * n_bins <= _MAX_CROSSINGS):
        raise ValueError(
            f"more than {_MAX_CROSSINGS:.0e} crossings expected per bin or per trial: these "
            "values of vm, c_in, c_out, z, rate_constant, n_channels, dt and duration make "
            "too many to count one by one")
    rng = _seed("seed", seed)
    shape = (n_trials, n_bins)
    influx = rng.poisson(mean_in * dt, size=shape)
    efflux = rng.poisson(mean_out * dt, size=shape)
    with _np.errstate(over="ignore"):
        t = _finite_result(("duration", "dt"), dt * _np.arange(1, n_bins + 1))
    return CrossingsResult(
        t=t, influx=influx, efflux=efflux,
        net_out=_np.cumsum(efflux - influx, axis=1), mean_influx=mean_in, mean_efflux=mean_out,
    )
