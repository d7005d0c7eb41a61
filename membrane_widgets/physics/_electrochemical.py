"""Electrochemical potential and the free energy of moving an ion across."""

import typing as _typing

import numpy as _np

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import FARADAY as _F
from membrane_widgets.physics._constants import GAS_CONSTANT as _R
from membrane_widgets.physics._log_ratio import log_ratio as _log_ratio
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import choice as _choice
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import temperature as _temperature
from membrane_widgets.physics._validate import valence as _valence

__all__ = [
    "ElectrochemicalPotential",
    "electrochemical_potential",
    "transfer_free_energy",
    "STANDARD_CONCENTRATION",
]

#: Standard-state concentration, mM (1 mol/L).
STANDARD_CONCENTRATION = 1000.0


class ElectrochemicalPotential(_typing.NamedTuple):
    """An electrochemical potential split into its two parts, each J/mol.

    Attributes
    ----------
    total : numpy.ndarray
        mu~ = chemical + electrical, J/mol.
    chemical : numpy.ndarray
        mu0 + RT ln(a / 1 M), J/mol.
    electrical : numpy.ndarray
        z F psi, J/mol.
    """

    total: _np.ndarray
    chemical: _np.ndarray
    electrical: _np.ndarray


def electrochemical_potential(c, z, psi, temperature=_BODY_T, mu0=0.0, *, gamma=1.0):
    r"""Return the electrochemical potential of an ion and its two parts, J/mol.

    Parameters
    ----------
    c : array_like
        Concentration, mM (positive, finite). The standard state is 1 mol/L
        (1000 mM).
    z : array_like
        Valence (non-zero whole number).
    psi : array_like
        Electrostatic potential where the ion is, mV (finite).
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K.
    mu0 : array_like, optional
        Standard chemical potential, J/mol (finite). Default 0: it cancels in
        every difference across a membrane.
    gamma : array_like, optional
        Activity coefficient (unitless, positive). Default 1.

    Returns
    -------
    ElectrochemicalPotential
        Named tuple ``(total, chemical, electrical)``, each J/mol.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `c` or `gamma` is not positive and finite, `z` is zero or not
        whole, `psi` or `mu0` is not finite, `temperature` is outside
        200-500 K, the arguments do not broadcast, or a part is beyond what
        a double can hold.

    Notes
    -----
    .. math:: \tilde\mu = \mu^0 + RT\ln\frac{\gamma c}{c^\circ} + zF\psi

    Examples
    --------
    K+ inside a cell (140 mM, -70 mV):

    >>> mu = electrochemical_potential(140.0, 1, -70.0)
    >>> print(f"{mu.chemical:.0f} J/mol + {mu.electrical:.0f} J/mol = {mu.total:.0f} J/mol")
    -5070 J/mol + -6754 J/mol = -11824 J/mol
    """
    c = _positive("c", c)
    z = _valence("z", z)
    psi = _finite("psi", psi)
    t = _temperature("temperature", temperature)
    mu0 = _finite("mu0", mu0)
    gamma = _positive("gamma", gamma)
    _broadcast(("c", c), ("z", z), ("psi", psi), ("temperature", t), ("mu0", mu0),
               ("gamma", gamma))
    # logs of each factor: no product that overflows
    log_activity = _np.log(gamma) + _np.log(c) - _np.log(STANDARD_CONCENTRATION)
    with _np.errstate(over="ignore", invalid="ignore"):
        chemical = mu0 + _R * t * log_activity
        electrical = z * _F * psi * 1e-3
        total = chemical + electrical
    _finite_result(("c", "z", "psi", "mu0"), total)
    chemical, electrical, total = _np.broadcast_arrays(chemical, electrical, total)
    return ElectrochemicalPotential(total.copy()[()], chemical.copy()[()],
                                    electrical.copy()[()])


def transfer_free_energy(c_out, c_in, z, vm, temperature=_BODY_T, direction="in"):
    r"""Return the free energy of moving one mole of an ion across the membrane, J/mol.

    Negative means the move is spontaneous; positive means it needs energy
    (a pump). V_m is psi_in - psi_out.

    Parameters
    ----------
    c_out, c_in : array_like
        Concentration outside and inside, mM (positive, finite).
    z : array_like
        Valence (non-zero whole number).
    vm : array_like
        Membrane potential, mV (finite).
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K.
    direction : {"in", "out"}, optional
        ``"in"``: from outside to inside (default); ``"out"``: the reverse.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Delta G, J/mol.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If a concentration is not positive and finite, `z` is zero or not
        whole, `vm` is not finite, `temperature` is outside 200-500 K,
        `direction` is not "in" or "out", the arguments do not broadcast, or
        Delta G is beyond what a double can hold.

    Notes
    -----
    For entry,

    .. math:: \Delta G_{in} = \tilde\mu_{in} - \tilde\mu_{out}
              = RT\ln\frac{c_{in}}{c_{out}} + zFV_m = zF(V_m - E)

    and exit is the same with the opposite sign.

    Examples
    --------
    The K+ leak of a neuron at -70 mV with E_K = -95 mV (140 mM in, 4 mM
    out) runs downhill:

    >>> print(f"{transfer_free_energy(4.0, 140.0, 1, -70.0, direction='out'):.0f}")
    -2414
    """
    c_out = _positive("c_out", c_out)
    c_in = _positive("c_in", c_in)
    z = _valence("z", z)
    vm = _finite("vm", vm)
    t = _temperature("temperature", temperature)
    _choice("direction", direction, ("in", "out"))
    _broadcast(("c_out", c_out), ("c_in", c_in), ("z", z), ("vm", vm), ("temperature", t))
    with _np.errstate(over="ignore", invalid="ignore"):
        dg_in = _R * t * _log_ratio(c_in, c_out) + z * _F * vm * 1e-3
    _finite_result(("z", "vm"), dg_in)
    return _np.asarray(dg_in if direction == "in" else -dg_in)[()]
