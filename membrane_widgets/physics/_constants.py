"""Physical constants and temperature conversion, defined once.

Every constant comes from :mod:`scipy.constants`, which carries the CODATA
values and the exact SI 2019 definitions (e, k, N_A exact; F = N_A e and
R = N_A k therefore exact too).
"""

from scipy import constants as _sc

from membrane_widgets.physics._validate import as_float_array as _as_float_array
from membrane_widgets.physics._validate import temperature as _check_temperature

__all__ = [
    "FARADAY",
    "GAS_CONSTANT",
    "BOLTZMANN",
    "ELEMENTARY_CHARGE",
    "AVOGADRO",
    "VACUUM_PERMITTIVITY",
    "ZERO_CELSIUS",
    "BODY_TEMPERATURE",
    "ROOM_TEMPERATURE",
    "celsius_to_kelvin",
    "kelvin_to_celsius",
    "thermal_voltage",
]

#: Faraday constant, C/mol (exact in SI 2019).
FARADAY = _sc.physical_constants["Faraday constant"][0]
#: Molar gas constant, J/(mol K) (exact in SI 2019).
GAS_CONSTANT = _sc.R
#: Boltzmann constant, J/K (exact).
BOLTZMANN = _sc.k
#: Elementary charge, C (exact).
ELEMENTARY_CHARGE = _sc.e
#: Avogadro constant, 1/mol (exact).
AVOGADRO = _sc.N_A
#: Vacuum electric permittivity, F/m (CODATA).
VACUUM_PERMITTIVITY = _sc.epsilon_0
#: 0 degrees Celsius in kelvin.
ZERO_CELSIUS = _sc.zero_Celsius
#: 37 degrees Celsius in kelvin, the default temperature of the course.
BODY_TEMPERATURE = ZERO_CELSIUS + 37.0
#: 25 degrees Celsius in kelvin, the usual reference for solution chemistry.
ROOM_TEMPERATURE = ZERO_CELSIUS + 25.0


def celsius_to_kelvin(celsius):
    """Convert a temperature from degrees Celsius to kelvin.

    Parameters
    ----------
    celsius : array_like
        Temperature, degrees Celsius. Must be above absolute zero.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Temperature, K.

    Examples
    --------
    >>> print(f"{celsius_to_kelvin(37.0):.2f}")
    310.15
    """
    kelvin = _as_float_array("celsius", celsius) + ZERO_CELSIUS
    _check_temperature("celsius", kelvin, shown=celsius, window=False)
    return kelvin[()]


def kelvin_to_celsius(kelvin):
    """Convert a temperature from kelvin to degrees Celsius.

    Parameters
    ----------
    kelvin : array_like
        Temperature, K. Must be positive.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Temperature, degrees Celsius.

    Examples
    --------
    >>> print(f"{kelvin_to_celsius(310.15):.2f}")
    37.00
    """
    kelvin = _check_temperature("kelvin", kelvin, window=False)
    return (kelvin - ZERO_CELSIUS)[()]


def thermal_voltage(temperature=BODY_TEMPERATURE):
    r"""Return RT/F, the thermal voltage, in mV.

    Parameters
    ----------
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K (37 degrees Celsius).

    Returns
    -------
    numpy.ndarray or numpy.float64
        RT/F, mV (about 26.73 mV at 37 degrees Celsius).

    Raises
    ------
    ValueError
        If `temperature` is not positive and finite.

    Notes
    -----
    .. math:: V_T = \frac{R T}{F} \times 1000\ \mathrm{mV/V}

    Examples
    --------
    >>> print(f"{thermal_voltage(310.15):.4f}")
    26.7267
    """
    return _thermal_voltage_of(_check_temperature("temperature", temperature))[()]


def _thermal_voltage_of(kelvin):
    """RT/F in mV of a checked temperature array (K): the one place the formula is written."""
    return GAS_CONSTANT * kelvin / FARADAY * 1e3
