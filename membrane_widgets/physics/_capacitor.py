"""The membrane as a capacitor: how few ions it takes to make the potential."""

import numpy as _np

from membrane_widgets.physics._constants import AVOGADRO as _NA
from membrane_widgets.physics._constants import ELEMENTARY_CHARGE as _E
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import valence as _valence
from membrane_widgets.physics._validity import warn_above as _warn_above

__all__ = ["ions_to_charge", "fraction_of_cell_ions", "ions_in_cell", "sphere_area",
           "sphere_volume"]


def sphere_area(radius):
    """Return the surface area of a spherical cell, in cm^2.

    Parameters
    ----------
    radius : array_like
        Cell radius, um (positive).

    Returns
    -------
    numpy.ndarray or numpy.float64
        4 pi r^2, cm^2.

    Raises
    ------
    TypeError
        If `radius` is not a real number.
    ValueError
        If `radius` is not positive and finite, or the area is beyond what a
        double can hold (a radius above about 1e150 um).

    Examples
    --------
    >>> print(f"{sphere_area(10.0):.4e}")
    1.2566e-05
    """
    r_cm = _positive("radius", radius) * 1e-4
    with _np.errstate(over="ignore"):
        area = 4.0 * _np.pi * r_cm**2
    return _np.asarray(_finite_result("radius", area))[()]


def sphere_volume(radius):
    """Return the volume of a spherical cell, in litres.

    Parameters
    ----------
    radius : array_like
        Cell radius, um (positive).

    Returns
    -------
    numpy.ndarray or numpy.float64
        4/3 pi r^3, L.

    Raises
    ------
    TypeError
        If `radius` is not a real number.
    ValueError
        If `radius` is not positive and finite, or the volume is beyond what a
        double can hold (a radius above about 1e100 um).

    Examples
    --------
    >>> print(f"{sphere_volume(10.0):.4e}")
    4.1888e-12
    """
    r_dm = _positive("radius", radius) * 1e-5
    with _np.errstate(over="ignore"):
        volume = 4.0 / 3.0 * _np.pi * r_dm**3
    return _np.asarray(_finite_result("radius", volume))[()]


def ions_in_cell(concentration, radius):
    r"""Return how many ions of one kind a spherical cell holds.

    Parameters
    ----------
    concentration : array_like
        Concentration of the ion inside the cell, mM (non-negative, finite).
    radius : array_like
        Cell radius, um (positive).

    Returns
    -------
    numpy.ndarray or numpy.float64
        Number of ions in the cell (a count, not moles); the arguments
        broadcast together.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `concentration` is negative or not finite, `radius` is not positive
        and finite, the arguments do not broadcast, or the count is beyond
        what a double can hold.

    Notes
    -----
    .. math:: N = c \, \tfrac{4}{3}\pi r^3 N_A

    with c in mol/L (1 mM = 1e-3 mol/L) and the volume in litres
    (:func:`sphere_volume`).

    Examples
    --------
    A neuron 10 um in radius with 140 mM K+ holds about 3.5e11 K+ ions:

    >>> print(f"{ions_in_cell(140.0, 10.0):.2e}")
    3.53e+11
    """
    c = _nonnegative("concentration", concentration)
    volume = _np.asarray(sphere_volume(radius))
    _broadcast(("concentration", c), ("radius", volume))
    with _np.errstate(over="ignore"):
        count = c * 1e-3 * volume * _NA
    return _np.asarray(_finite_result(("concentration", "radius"), count))[()]


def ions_to_charge(voltage, radius, specific_capacitance=1.0, z=1):
    r"""Return how many ions must cross to charge a spherical cell to a voltage.

    Parameters
    ----------
    voltage : array_like
        Membrane potential to reach from 0, mV (finite, either sign).
    radius : array_like
        Cell radius, um (positive).
    specific_capacitance : array_like, optional
        Membrane capacitance per area, uF/cm^2 (positive). Default 1.0, the
        usual value for a lipid bilayer.
    z : array_like, optional
        Valence of the ion that carries the charge. Default 1.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Number of ions (a count, not moles).

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `voltage` is not finite, `radius` or `specific_capacitance` is not
        positive, `z` is zero or not whole, the arguments do not broadcast, or
        the count is beyond what a double can hold.

    Notes
    -----
    .. math:: N = \frac{C_m \, 4\pi r^2 \, |V|}{|z| e}

    Examples
    --------
    A neuron 10 um in radius charged to -80 mV needs a few million K+ ions:

    >>> print(f"{ions_to_charge(-80.0, 10.0):.2e}")
    6.27e+06
    """
    v = _finite("voltage", voltage)
    cm = _positive("specific_capacitance", specific_capacitance)
    z = _valence("z", z)
    area = _np.asarray(sphere_area(radius))
    _broadcast(("voltage", v), ("radius", area), ("specific_capacitance", cm), ("z", z))
    n = _ions_for(v, area, cm, z)
    return _np.asarray(_finite_result(("voltage", "radius", "specific_capacitance"), n))[()]


def _ions_for(voltage, area, capacitance, z):
    """Return C_m A |V| / (|z| e) of validated arrays (mV, cm^2, uF/cm^2); inf if it overflows."""
    with _np.errstate(over="ignore", invalid="ignore"):
        charge = capacitance * 1e-6 * area * (_np.abs(voltage) * 1e-3)  # C
        return charge / _E / _np.abs(z)


def fraction_of_cell_ions(voltage, radius, concentration, specific_capacitance=1.0, z=1):
    r"""Return the fraction of a cell's ions that cross to charge its membrane.

    Parameters
    ----------
    voltage : array_like
        Membrane potential, mV (finite).
    radius : array_like
        Cell radius, um (positive).
    concentration : array_like
        Concentration of that ion inside the cell, mM (positive).
    specific_capacitance : array_like, optional
        uF/cm^2 (positive). Default 1.0.
    z : array_like, optional
        Valence of the ion. Default 1.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Ions moved / ions in the cell (unitless).

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        As :func:`ions_to_charge`, or if `concentration` is not positive, or
        the fraction is beyond what a double can hold.

    Warns
    -----
    ValidityRangeWarning
        If the fraction exceeds 1 (``quantity="fraction"``, ``limit=1``):
        charging the membrane would take more of these ions than the cell
        holds, so they alone cannot charge it (and the concentration would
        not stay fixed as the count assumes).

    See Also
    --------
    ions_to_charge : the numerator, ions moved.
    ions_in_cell : the denominator, ions in the cell.

    Notes
    -----
    .. math:: f = \frac{N}{c \, \tfrac{4}{3}\pi r^3 N_A}
                = \frac{3 C_m |V|}{|z| F c r}

    The fraction falls as 1/r: the bigger the cell, the smaller the share.

    Examples
    --------
    The same neuron with 140 mM K+ inside moves about 1e-5 of its K+:

    >>> print(f"{fraction_of_cell_ions(-80.0, 10.0, 140.0):.1e}")
    1.8e-05
    """
    c = _positive("concentration", concentration)
    n = _np.asarray(ions_to_charge(voltage, radius, specific_capacitance, z))
    _broadcast(("voltage, radius, specific_capacitance, z", n), ("concentration", c))
    with _np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        content = ions_in_cell(c, radius)
        fraction = n / content
    _finite_result(("voltage", "radius", "concentration"), fraction)
    _warn_above("fraction_of_cell_ions", "fraction", fraction, 1.0, "",
                "fraction_of_cell_ions: charging the membrane takes {value:.3g} times the ions "
                "of this kind that the cell holds (more than all of them, the limit is 1): these "
                "ions alone cannot charge it, and their concentration would not stay fixed",
                stacklevel=2)
    return _np.asarray(fraction)[()]
