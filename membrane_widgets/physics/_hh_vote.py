r"""The action potential as a change of vote: HH conductances seen as GHK permeabilities.

A Hodgkin-Huxley run gives conductances. At each instant they are converted
into GHK permeabilities (:func:`permeability_from_conductance`) for
concentrations that reproduce the model's reversal potentials, and from those
the GHK votes of K+ and Na+ follow. HH's leak (E_L = -54.4 mV) is a mixture;
it is split into a K+ part and a Na+ part in the proportions that give E_L,

.. math:: g_{L,Na} = g_L \frac{E_L - E_K}{E_{Na} - E_K}, \qquad g_{L,K} = g_L - g_{L,Na},

so that at rest P_Na : P_K comes out near the 0.04 Hodgkin & Katz (1949)
measured, and rises far above 1 at the peak of the spike.
"""

import dataclasses as _dc

import numpy as _np

from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._ghk import _log_chord_per_p, _solve_vm, _weights
from membrane_widgets.physics._hodgkin_huxley import HHResult as _HHResult
from membrane_widgets.physics._nernst import nernst_concentration_ratio as _nernst_ratio
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import scalar as _scalar

__all__ = ["HHVote", "hh_vote"]


@_dc.dataclass(frozen=True)
class HHVote:
    """The GHK view of a Hodgkin-Huxley run.

    Attributes
    ----------
    t : numpy.ndarray
        Time, ms.
    v : numpy.ndarray
        Membrane potential of the HH run, mV.
    p_k, p_na : numpy.ndarray
        Permeabilities, cm/s.
    ratio : numpy.ndarray
        P_Na / P_K (unitless).
    weights : numpy.ndarray, shape (n, 2)
        GHK votes of (K+, Na+) at each instant.
    vm_ghk : numpy.ndarray
        The GHK potential the membrane is heading for at each instant, mV.
    e_k, e_na : float
        Reversal potentials, mV.
    c_in, c_out : numpy.ndarray, shape (2,)
        Concentrations of (K+, Na+) inside and outside, mM.
    """

    t: _np.ndarray
    v: _np.ndarray
    p_k: _np.ndarray
    p_na: _np.ndarray
    ratio: _np.ndarray
    weights: _np.ndarray
    vm_ghk: _np.ndarray
    e_k: float
    e_na: float
    c_in: _np.ndarray
    c_out: _np.ndarray


def hh_vote(result, k_in=400.0, na_in=50.0):
    """Convert a Hodgkin-Huxley run into GHK permeabilities and votes over time.

    Parameters
    ----------
    result : HHResult
        A run of :func:`hodgkin_huxley`.
    k_in, na_in : float, optional
        Intracellular K+ and Na+, mM (squid axoplasm: 400 and 50). The outside
        concentrations are the ones that give the run's E_K and E_Na.

    Returns
    -------
    HHVote
        Permeabilities, their ratio, the votes and the GHK potential over time.

    Raises
    ------
    TypeError
        If `result` is not an HHResult or a concentration is not a real
        number.
    ValueError
        If a concentration is not a single positive finite number, E_L does
        not lie between E_K and E_Na (the leak could not be split), the run
        has no K+ conductance at some instant (g_K and the leak's K+ part both
        0, so P_Na/P_K is not finite), its arrays are not finite, or a
        permeability or outside concentration is beyond what a double can
        hold.

    Examples
    --------
    >>> from membrane_widgets.physics import hodgkin_huxley
    >>> vote = hh_vote(hodgkin_huxley(20.0, lambda t: 20.0 if 1 <= t < 2 else 0.0))
    >>> print(f"rest {vote.ratio[0]:.3f}, peak {vote.ratio[vote.v.argmax()]:.0f}")
    rest 0.027, peak 17
    """
    if not isinstance(result, _HHResult):
        raise TypeError(f"result must be an HHResult (a run of hodgkin_huxley), got "
                        f"{type(result).__name__}")
    p = result.parameters
    k_in = _scalar(_positive, "k_in", k_in)
    na_in = _scalar(_positive, "na_in", na_in)
    t = _finite("result.t", result.t)
    v = _finite("result.v", result.v)
    g_k_run = _nonnegative("result.g_k", result.g_k)
    g_na_run = _nonnegative("result.g_na", result.g_na)
    if not p.e_k < p.e_leak < p.e_na:
        raise ValueError(
            f"result has E_L = {p.e_leak} mV outside [E_K, E_Na]: the leak cannot be split"
        )
    c_in = _np.array([k_in, na_in])
    # the outside concentrations that give the run's reversal potentials (inverse Nernst)
    with _np.errstate(over="ignore"):
        c_out = c_in * _nernst_ratio([p.e_k, p.e_na], 1, p.temperature)
    _finite_result(("k_in", "na_in"), c_out)
    leak_na = p.g_leak * (p.e_leak - p.e_k) / (p.e_na - p.e_k)
    g = _np.stack([g_k_run + (p.g_leak - leak_na), g_na_run + leak_na], axis=-1)
    if not _np.all(g[:, 0] > 0):
        raise ValueError("result has no K+ conductance at some instant (g_K and the K+ part "
                         "of the leak are 0): P_Na/P_K is not finite there")
    vt = _np.full(v.shape, float(_thermal_voltage(p.temperature)))
    with _np.errstate(all="ignore"):
        # permeability_from_conductance, on validated arrays (g / chord per unit P, in logs)
        log_per_p = _log_chord_per_p(v[:, None], c_in, c_out, _ONES, vt[:, None])
        perm = _np.exp(_np.log(g) - log_per_p)
        ratio = perm[:, 1] / perm[:, 0]
    _finite_result(("k_in", "na_in"), perm)
    _finite_result(("k_in", "na_in"), ratio)
    arrays = (perm, _np.broadcast_to(c_in, perm.shape), _np.broadcast_to(c_out, perm.shape),
              _np.broadcast_to(_ONES, perm.shape), vt)
    vm = _solve_vm(*arrays)
    return HHVote(
        t=t, v=v, p_k=perm[:, 0], p_na=perm[:, 1], ratio=ratio,
        weights=_weights(*arrays, vm), vm_ghk=vm, e_k=p.e_k, e_na=p.e_na, c_in=c_in, c_out=c_out,
    )


_ONES = _np.ones(2)
