"""The membrane as a capacitor: how few ions it takes to make the potential."""

import numpy as _np

from membrane_widgets.physics._constants import AVOGADRO as _NA
from membrane_widgets.physics._constants import ELEMENTARY_CHARGE as _E
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import valence as _valence

__all__ = ["ions_to_charge", "fraction_of_cell_ions", "sphere_area", "sphere_volume"]


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
    ValueError
        If `radius` is not positive and finite.

    Examples
    --------
    >>> print(f"{sphere_area(10.0):.4e}")
    1.2566e-05
    """
    r_cm = _positive("radius", radius) * 1e-4
    return _np.asarray(4.0 * _np.pi * r_cm**2)[()]


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
    ValueError
        If `radius` is not positive and finite.

    Examples
    --------
    >>> print(f"{sphere_volume(10.0):.4e}")
    4.1888e-12
    """
    r_dm = _positive("radius", radius) * 1e-5
    return _np.asarray(4.0 / 3.0 * _np.pi * r_dm**3)[()]


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
    ValueError
        If `voltage` is not finite, `radius` or `specific_capacitance` is not
        positive, or `z` is zero or not whole.

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
    area = sphere_area(radius)
    charge = cm * 1e-6 * area * _np.abs(v) * 1e-3  # C
    return _np.asarray(charge / (_np.abs(z) * _E))[()]


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
    ValueError
        As :func:`ions_to_charge`, or if `concentration` is not positive.

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
    n = ions_to_charge(voltage, radius, specific_capacitance, z)
    content = c * 1e-3 * sphere_volume(radius) * _NA
    return _np.asarray(n / content)[()]
