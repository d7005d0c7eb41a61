"""Goldman-Hodgkin-Katz (GHK) current and voltage equations, and each ion's vote.

Ions run along the last axis wherever a function takes several ions; all
other axes are independent conditions and broadcast.
"""

import typing as _typing

import numpy as _np
from scipy.special import exprel as _exprel
from scipy.special import logsumexp as _logsumexp

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import FARADAY as _F
from membrane_widgets.physics._constants import _thermal_voltage_of
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._exprel import log_exprel as _log_exprel
from membrane_widgets.physics._log_ratio import log_ratio as _log_ratio
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import valence as _valence

__all__ = [
    "ghk_current",
    "ghk_voltage",
    "ghk_chord_conductance",
    "ghk_weights",
    "GHKSummary",
    "ghk_summary",
    "permeability_from_conductance",
]

# Convergence target of the mixed-valence root, mV (the root is bracketed, so
# this is a guaranteed bound, far below anything a measurement resolves).
_ROOT_TOL_MV = 1e-10
_ROOT_MAX_ITER = 200
# the smallest normal double: sums below it have lost digits to underflow
_TINY = float(_np.finfo(float).tiny)
_ION_NAMES = ("permeability", "c_in", "c_out", "z")


def _check_ions(permeability, c_in, c_out, z):
    p = _nonnegative("permeability", permeability)
    c_in = _positive("c_in", c_in)
    c_out = _positive("c_out", c_out)
    z = _valence("z", z)
    return p, c_in, c_out, z


def _unit_current(u, c_in, c_out):
    """Return u (c_in - c_out e^-u) / (1 - e^-u), stable for any finite u.

    This is the GHK flux factor, with the limit c_in - c_out at u = 0. Each
    branch only ever exponentiates a non-positive number.
    """
    u = _np.asarray(u, dtype=float)
    up = _np.maximum(u, 0.0)  # u >= 0: divide through by u
    un = _np.minimum(u, 0.0)  # u < 0: multiply through by e^u first
    pos = (c_in - c_out * _np.exp(-up)) * _np.exp(-_log_exprel(-up))
    neg = (c_in * _np.exp(un) - c_out) * _np.exp(-_log_exprel(un))
    return _np.where(u >= 0, pos, neg)


def ghk_current(v, permeability, c_in, c_out, z, temperature=_BODY_T):
    r"""Return the GHK current density of one ion species, in uA/cm^2.

    All arguments broadcast element by element. For an I-V curve of several
    ions, give `v` a trailing axis (``v[:, None]``) and the ions arrays of
    shape ``(n_ions,)``; sum over the last axis for the total current.

    Parameters
    ----------
    v : array_like
        Membrane potential (inside minus outside), mV.
    permeability : array_like
        Permeability, cm/s (non-negative).
    c_in, c_out : array_like
        Concentration inside and outside, mM (positive, finite).
    z : array_like
        Valence (non-zero whole number).
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Current density, uA/cm^2, outward positive.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `v` is not finite, a permeability is negative, a concentration is
        not positive and finite, `z` is zero or not whole, `temperature` is
        outside 200-500 K, the arguments do not broadcast, or the current is
        beyond what a double can hold.

    Notes
    -----
    With :math:`u = zV/V_T` and :math:`V_T = RT/F`,

    .. math:: I = P z F u \frac{c_{in} - c_{out} e^{-u}}{1 - e^{-u}}

    and at :math:`V = 0` the exact limit :math:`I = P z F (c_{in} - c_{out})`
    (no epsilon). With P in cm/s and c in mM, P F c is directly uA/cm^2.

    Examples
    --------
    >>> print(f"{ghk_current(0.0, 1e-6, 140.0, 5.0, 1):.2f}")
    13.03

    At the Nernst potential the current vanishes:

    >>> from membrane_widgets.physics import nernst_potential
    >>> bool(abs(ghk_current(nernst_potential(5.0, 140.0, 1), 1e-6, 140.0, 5.0, 1)) < 1e-12)
    True
    """
    v, p, c_in, c_out, z, vt = _one_ion(v, permeability, c_in, c_out, z, temperature)
    with _np.errstate(all="ignore"):
        current = p * z * _F * _unit_current(z * v / vt, c_in, c_out)
    return _np.asarray(_finite_result(("v", *_ION_NAMES), current))[()]


def _one_ion(v, permeability, c_in, c_out, z, temperature):
    """Validate the arguments of a one-ion GHK function; V_T (mV) as an array."""
    v = _finite("v", v)
    p, c_in, c_out, z = _check_ions(permeability, c_in, c_out, z)
    vt = _np.asarray(_thermal_voltage(temperature))
    _broadcast(("v", v), *zip(_ION_NAMES, (p, c_in, c_out, z), strict=True),
               ("temperature", vt))
    return v, p, c_in, c_out, z, vt


def _ion_arrays(permeability, c_in, c_out, z, temperature):
    """Validate and broadcast GHK inputs to (..., n_ions) plus V_T of shape (...)."""
    p, c_in, c_out, z = _check_ions(permeability, c_in, c_out, z)
    vt = _np.asarray(_thermal_voltage(temperature))
    arrays = (p, c_in, c_out, z)
    for name, arr in zip(("permeability", "c_in", "c_out", "z"), arrays, strict=True):
        if arr.ndim == 0:
            raise ValueError(f"{name} must have an ions axis (last axis), got a scalar {arr!r}")
    ion_shape = _broadcast(*zip(_ION_NAMES, arrays, strict=True))
    try:
        cond_shape = _np.broadcast_shapes(ion_shape[:-1], vt.shape)
    except ValueError:
        raise ValueError(f"the shape of temperature {vt.shape} does not broadcast with the "
                         f"conditions {ion_shape[:-1]} of the ion arrays (the ions run along the "
                         "last axis)") from None
    full = (*cond_shape, ion_shape[-1])
    # broadcast only what needs it: this runs on every slider move
    p, c_in, c_out, z = (a if a.shape == full else _np.broadcast_to(a, full) for a in arrays)
    if vt.shape != cond_shape:
        vt = _np.broadcast_to(vt, cond_shape)
    if not _np.all(_np.any(p > 0, axis=-1)):
        raise ValueError("permeability must be positive for at least one ion in each condition")
    return p, c_in, c_out, z, vt


def _sum_ions(x):
    """Sum over the ions (last) axis."""
    return _np.add.reduce(x, axis=-1)


def _nernst(c_in, c_out, z, vt, u_e=None):
    # finite for any positive finite concentrations; u_e is ln(c_out / c_in) if known
    return vt[..., None] / z * (_log_ratio(c_out, c_in) if u_e is None else u_e)


def _mixed_valence_root(p, c_in, c_out, z, vt):
    """Solve sum_i I_i(V) = 0 for rows of (M, n_ions) arrays; returns V (M,), mV.

    A bracketed Illinois (modified regula falsi) iteration, vectorized; rows
    that have converged drop out of the working set. Each ion's current is
    scaled first (its concentrations by their larger value, its permeability
    up by the same factor, then all permeabilities of a row by the largest
    product, in logs), which changes no root but keeps every current of the
    iteration within a few thousand: any positive finite inputs work.
    """
    e = _nernst(c_in, c_out, z, vt)
    active = p > 0
    size = _np.maximum(c_in, c_out)
    with _np.errstate(divide="ignore"):
        log_q = _np.log(p) + _np.log(size)
    log_q = log_q - _np.max(log_q, axis=-1, keepdims=True)
    p = _np.exp(log_q)
    c_in, c_out = c_in / size, c_out / size
    lo = _np.where(active, e, _np.inf).min(axis=-1)
    hi = _np.where(active, e, -_np.inf).max(axis=-1)

    def net(v, rows):
        with _np.errstate(all="ignore"):
            u = z[rows] * (v / vt[rows])[:, None]
            current = _np.sum(p[rows] * z[rows] * _unit_current(u, c_in[rows], c_out[rows]),
                              axis=-1)
        if not _np.isfinite(current).all():
            raise ValueError("z: the GHK currents of these valences are not finite numbers near "
                             "the potential (|z V / (RT/F)| beyond what a double can hold)")
        return current

    everything = _np.arange(len(lo))
    # The net current is strictly increasing in V, <= 0 at the lowest and
    # >= 0 at the highest Nernst potential of the permeant ions.
    a, b = lo, hi.copy()
    fa, fb = net(a, everything), net(b, everything)
    # Mathematically fa <= 0 <= fb. When the root sits within rounding of an
    # end, the computed value there can have the wrong sign: that end is then
    # the root to within rounding, and no sign change is left to iterate on.
    root = _np.where(fa >= 0, a, b)
    open_ = (fa < 0) & (fb > 0) & (b - a > _ROOT_TOL_MV)
    rows = everything[open_]
    a, b, fa, fb = a[open_], b[open_], fa[open_], fb[open_]
    iterations = 0
    while rows.size and iterations < _ROOT_MAX_ITER:
        iterations += 1
        with _np.errstate(all="ignore"):  # fb - fa may overflow: then c is bisected
            c = b - fb * (b - a) / (fb - fa)
        # keep the secant point strictly inside the bracket; else bisect
        inside = (c > _np.minimum(a, b)) & (c < _np.maximum(a, b))
        c = _np.where(inside, c, 0.5 * (a + b))
        fc = net(c, rows)
        same = _np.sign(fc) == _np.sign(fb)
        # Illinois: halve the retained end's value when the sign repeats
        a = _np.where(same, a, b)
        fa = _np.where(same, fa * 0.5, fb)
        b, fb = c, fc
        root[rows] = c
        keep = (fc != 0) & (_np.abs(b - a) > _ROOT_TOL_MV)
        rows, a, b, fa, fb = rows[keep], a[keep], b[keep], fa[keep], fb[keep]
    return root


def ghk_voltage(permeability, c_in, c_out, z, temperature=_BODY_T):
    r"""Return the GHK steady-state membrane potential (zero net current), in mV.

    Parameters
    ----------
    permeability : array_like, shape (..., n_ions)
        Permeabilities, relative (unitless) or cm/s: only ratios matter.
        Non-negative, at least one positive per condition.
    c_in, c_out : array_like, shape (..., n_ions)
        Concentrations inside and outside, mM (positive, finite).
    z : array_like, shape (..., n_ions)
        Valences (non-zero whole numbers).
    temperature : array_like, shape (...), optional
        Absolute temperature, K. Default 310.15 K.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Membrane potential V_m, mV, one per condition (shape ``...``).

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If a permeability is negative or all are zero in a condition, a
        concentration is not positive and finite, a valence is zero or not
        whole, `temperature` is outside 200-500 K, an argument has no ions
        axis, or the arguments do not broadcast.

    Notes
    -----
    For monovalent ions the closed form is used:

    .. math:: V_m = \frac{RT}{F}\ln\frac{\sum_{cat} P_i c_{i,out} + \sum_{an} P_j c_{j,in}}
                                         {\sum_{cat} P_i c_{i,in} + \sum_{an} P_j c_{j,out}}

    With divalent ions too (Ca2+, Mg2+, SO4 2-), zero net current becomes a
    quadratic in :math:`y = e^{-FV/RT}` after multiplying by
    :math:`1 - y^2`; its one positive root gives V exactly. For any other
    valence the potential is the root of :math:`\sum_i I_i(V) = 0` (GHK
    currents as in :func:`ghk_current`): the net current is strictly
    increasing in V and changes sign between the lowest and highest Nernst
    potential of the permeant ions, so the root is unique and bracketed; it
    is found to 1e-10 mV by an Illinois (modified regula falsi) iteration,
    vectorized over conditions.

    Any positive finite inputs give a finite potential: where a sum of the
    closed forms would overflow or underflow (concentrations or
    permeabilities near the ends of the double range), the monovalent form is
    taken in logs (log-sum-exp) and the others by the bracketed iteration on
    scaled currents.

    Examples
    --------
    Squid axon at rest and at the spike peak (Hodgkin & Katz 1949):

    >>> c_in, c_out, z = [400, 50, 40], [10, 460, 540], [1, 1, -1]
    >>> print(f"{ghk_voltage([1, 0.04, 0.45], c_in, c_out, z, 291.15):.1f}")
    -66.0
    >>> print(f"{ghk_voltage([1, 20, 0.45], c_in, c_out, z, 291.15):.1f}")
    43.3
    """
    arrays = _ion_arrays(permeability, c_in, c_out, z, temperature)
    return _np.asarray(_solve_vm(*arrays))[()]


def _solve_vm(p, c_in, c_out, z, vt):
    """GHK potential (mV) of validated arrays (..., n_ions), V_T (...) in mV."""
    # ufunc methods rather than np.sum/np.all: a few ions, on every slider move
    monovalent = bool((_np.abs(z) == 1).all())
    with _np.errstate(all="ignore"):
        if monovalent:
            cation = z > 0
            num = _sum_ions(p * _np.where(cation, c_out, c_in))
            den = _sum_ions(p * _np.where(cation, c_in, c_out))
            ratio = num / den
            vm = vt * _np.log(ratio)
            # sums and ratio within the normal range of doubles: the closed form has all its
            # digits (an infinite or nan sum makes the ratio inf, nan or 0, which fails here)
            ok = (_np.minimum(_np.minimum(num, den), ratio) >= _TINY) & (ratio < _np.inf)
        elif (_np.abs(z) <= 2).all():
            vm, ok = _quadratic_vm(p, c_in, c_out, z, vt)
        else:
            vm, ok = _np.zeros(vt.shape), _np.zeros(vt.shape, dtype=bool)
    if ok.all():
        return vm
    # the rest, in forms free of overflow: log-sum-exp, or the bracketed root
    vm = _np.array(vm, dtype=float)
    n = p.shape[-1]
    bad = ~_np.broadcast_to(ok, vt.shape)
    rows = [a[bad].reshape(-1, n) for a in (p, c_in, c_out, z)]
    if monovalent:
        vm[bad] = _log_monovalent_vm(*rows, vt[bad])
    else:
        vm[bad] = _mixed_valence_root(*rows, vt[bad])
    return vm


def _log_monovalent_vm(p, c_in, c_out, z, vt):
    """Return the monovalent closed form in logs (log-sum-exp), rows (M, n_ions); mV."""
    cation = z > 0
    with _np.errstate(divide="ignore"):
        log_p = _np.log(p)  # -inf for an impermeant ion: it drops out of the sums
    log_num = _logsumexp(log_p + _np.log(_np.where(cation, c_out, c_in)), axis=-1)
    log_den = _logsumexp(log_p + _np.log(_np.where(cation, c_in, c_out)), axis=-1)
    return vt * (log_num - log_den)


def _quadratic_vm(p, c_in, c_out, z, vt):
    """Exact GHK potential when every valence is +-1 or +-2.

    With y = exp(-V/V_T), zero net current times (1 - y^2) is the quadratic
    a y^2 + b y + c = 0, where (per ion, P its permeability)

    - z = +1: P (c_in - c_out y)(1 + y),   z = -1: P (c_out - c_in y)(1 + y),
    - z = +2: 4P (c_in - c_out y^2),       z = -2: 4P (c_out - c_in y^2).

    a < 0 < c, so exactly one root is positive; it is taken in the form that
    avoids cancellation. V = -V_T ln y. Returns V and where the coefficients
    and y stayed within the normal range of doubles (elsewhere the caller
    solves again without the quadratic).
    """
    cation = z > 0
    near = _np.where(cation, c_in, c_out)  # the concentration that pushes V down
    far = _np.where(cation, c_out, c_in)
    mono = _np.abs(z) == 1
    weight = _np.where(mono, p, 4.0 * p)
    c = _sum_ions(weight * near)
    a = -_sum_ions(weight * far)
    b = _sum_ions(_np.where(mono, p * (near - far), 0.0))
    ok = (c >= _TINY) & (c < _np.inf) & (-a >= _TINY) & (-a < _np.inf) & (_np.abs(b) < _np.inf)
    # the root is the same for a, b, c divided by one number: divided by the larger of c and
    # |a|, b*b and 4ac can neither overflow nor underflow (as they do for permeabilities near
    # 1e-308); D = b^2 + 4|a|c has no cancellation, and all its digits when it is normal
    scale = _np.maximum(c, -a)
    a, b, c = a / scale, b / scale, c / scale
    d = b * b - 4.0 * a * c
    root_d = _np.sqrt(d)
    # positive root: (b + sqrt(D)) / (2|a|) = 2c / (sqrt(D) - b), whichever has no cancellation
    y = _np.where(b >= 0, (b + root_d) / (-2.0 * a), 2.0 * c / (root_d - b))
    ok &= (d >= _TINY) & (d < _np.inf) & (y >= _TINY) & (y < _np.inf)
    return -vt * _np.log(y), ok


def _log_chord_factor(v, c_in, c_out, z, vt, u_e=None):
    """Return the log of g_i / (P z^2 F c_in / V_T): the exact chord-conductance shape factor.

    `u_e` is ln(c_out / c_in) if the caller has it already.
    """
    u = z * v / vt
    if u_e is None:
        u_e = _log_ratio(c_out, c_in)
    return _log_exprel(u_e - u) - _log_exprel(-u)


def ghk_chord_conductance(v, permeability, c_in, c_out, z, temperature=_BODY_T):
    r"""Return the GHK chord conductance I/(V - E) of one ion species, in mS/cm^2.

    Broadcasts element by element like :func:`ghk_current`. Exact at V = E
    and at V = 0 (both 0/0 forms are taken as limits).

    Parameters
    ----------
    v : array_like
        Membrane potential, mV.
    permeability : array_like
        Permeability, cm/s (non-negative).
    c_in, c_out : array_like
        Concentration inside and outside, mM (positive, finite).
    z : array_like
        Valence (non-zero whole number).
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Chord conductance, mS/cm^2 (uA/cm^2 per mV), >= 0.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        As :func:`ghk_current`.

    Notes
    -----
    With :math:`u = zV/V_T`, :math:`u_E = \ln(c_{out}/c_{in})` and
    :math:`\mathrm{exprel}(x) = (e^x - 1)/x`,

    .. math:: g = \frac{P z^2 F c_{in}}{V_T}
                  \frac{\mathrm{exprel}(u_E - u)}{\mathrm{exprel}(-u)}

    so that :math:`I = g\,(V - E)` holds exactly.

    Examples
    --------
    >>> print(f"{ghk_chord_conductance(-70.0, 1e-6, 140.0, 5.0, 1):.4f}")
    0.0744
    """
    v, p, c_in, c_out, z, vt = _one_ion(v, permeability, c_in, c_out, z, temperature)
    with _np.errstate(all="ignore"):
        g = p * _np.exp(_log_chord_per_p(v, c_in, c_out, z, vt))
        if not _np.isfinite(g).all():  # p times a factor beyond double range: in logs
            g = _np.exp(_np.log(p) + _log_chord_per_p(v, c_in, c_out, z, vt))
    return _np.asarray(_finite_result(("v", *_ION_NAMES), g))[()]


def _log_chord_per_p(v, c_in, c_out, z, vt):
    """Return log of the chord conductance per unit permeability (mS/cm^2 per cm/s), in logs."""
    return (2.0 * _np.log(_np.abs(z)) + _np.log(_F) + _np.log(c_in) - _np.log(vt)
            + _log_chord_factor(v, c_in, c_out, z, vt))


def ghk_weights(permeability, c_in, c_out, z, temperature=_BODY_T):
    r"""Return each ion's vote in the GHK potential: weights that sum to 1.

    The weights are the GHK chord conductances at the GHK potential,
    normalised. With them the membrane potential is exactly the weighted mean
    of the Nernst potentials, for any valences.

    Parameters
    ----------
    permeability : array_like, shape (..., n_ions)
        Permeabilities, relative or cm/s (non-negative, one positive per
        condition).
    c_in, c_out : array_like, shape (..., n_ions)
        Concentrations inside and outside, mM (positive, finite).
    z : array_like, shape (..., n_ions)
        Valences (non-zero whole numbers).
    temperature : array_like, shape (...), optional
        Absolute temperature, K. Default 310.15 K.

    Returns
    -------
    numpy.ndarray, shape (..., n_ions)
        Weights w_i >= 0 (unitless) with sum 1 over the ions axis; 0 for an
        ion with zero permeability.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        As :func:`ghk_voltage`.

    Notes
    -----
    Zero net current, :math:`\sum_i g_i (V_m - E_i) = 0`, gives

    .. math:: V_m = \sum_i w_i E_i, \qquad w_i = \frac{g_i}{\sum_j g_j}

    where :math:`g_i` is the chord conductance of :func:`ghk_chord_conductance`
    at :math:`V_m`. For monovalent ions :math:`g_i \propto P_i\, c_{i,in}\,
    \mathrm{exprel}(u_{E,i} - u)/\mathrm{exprel}(-u)`: permeability and
    concentration together decide an ion's say.

    Examples
    --------
    >>> w = ghk_weights([1, 0.04, 0.45], [400, 50, 40], [10, 460, 540], [1, 1, -1], 291.15)
    >>> print(" ".join(f"{x:.3f}" for x in w))
    0.452 0.096 0.452
    """
    p, c_in, c_out, z, vt = _ion_arrays(permeability, c_in, c_out, z, temperature)
    return _weights(p, c_in, c_out, z, vt, _solve_vm(p, c_in, c_out, z, vt))


def _weights(p, c_in, c_out, z, vt, vm, u_e=None):
    """Normalised chord conductances at `vm` for validated (..., n_ions) arrays.

    `u_e` is ln(c_out / c_in) if the caller has it already. Each conductance
    is proportional to P z^2 c_in exprel(u_e - u) / exprel(-u), u = z V / V_T:
    computed directly where every one is a normal double (or exactly 0 for an
    impermeant ion) and their sum is finite, and in logs elsewhere.
    """
    if u_e is None:
        u_e = _log_ratio(c_out, c_in)
    u = z * (vm / vt)[..., None]
    with _np.errstate(all="ignore"):
        g = p * (z * z) * c_in * (_exprel(u_e - u) / _exprel(-u))
        total = _np.add.reduce(g, axis=-1, keepdims=True)
        # (g >= 0; a finite total means no g is inf or nan)
        if (((g >= _TINY) | (p == 0)) & (total < _np.inf)).all():
            return g / total  # every vote has all its digits
        log_g = _np.log(p) + 2 * _np.log(_np.abs(z)) + _np.log(c_in)
        log_g = log_g + _log_chord_factor(vm[..., None], c_in, c_out, z, vt[..., None], u_e)
        g = _np.exp(log_g - _np.maximum.reduce(log_g, axis=-1, keepdims=True))
        w = g / _np.add.reduce(g, axis=-1, keepdims=True)
    return _finite_result(_ION_NAMES, w)



class GHKSummary(_typing.NamedTuple):
    """The GHK steady state of a membrane in one record.

    Attributes
    ----------
    vm : numpy.ndarray or numpy.float64
        GHK membrane potential, mV, shape ``(...)``.
    reversal : numpy.ndarray
        Nernst potential of each ion, mV, shape ``(..., n_ions)``.
    weights : numpy.ndarray
        Each ion's vote (see :func:`ghk_weights`), shape ``(..., n_ions)``.
    """

    vm: _np.ndarray
    reversal: _np.ndarray
    weights: _np.ndarray


def ghk_summary(permeability, c_in, c_out, z, temperature=_BODY_T):
    """Return the GHK potential, the Nernst potentials and the votes in one call.

    Equivalent to :func:`ghk_voltage`, :func:`nernst_potential` and
    :func:`ghk_weights` called separately, but the inputs are checked once and
    the potential is solved once: this is what a widget calls on every slider
    move.

    Parameters
    ----------
    permeability : array_like, shape (..., n_ions)
        Permeabilities, relative or cm/s (non-negative, one positive per
        condition).
    c_in, c_out : array_like, shape (..., n_ions)
        Concentrations inside and outside, mM (positive, finite).
    z : array_like, shape (..., n_ions)
        Valences (non-zero whole numbers).
    temperature : array_like, shape (...), optional
        Absolute temperature, K. Default 310.15 K.

    Returns
    -------
    GHKSummary
        ``(vm, reversal, weights)``: mV, mV, unitless.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        As :func:`ghk_voltage`.

    Examples
    --------
    >>> s = ghk_summary([1, 0.03, 0.1], [140, 15, 10], [5, 145, 110], [1, 1, -1])
    >>> print(f"{s.vm:.1f} mV", " ".join(f"{e:.1f}" for e in s.reversal))
    -71.7 mV -89.1 60.6 -64.1
    """
    return _summary(*_ion_arrays(permeability, c_in, c_out, z, temperature))


def summary_of_checked(permeability, c_in, c_out, z, temperature):
    """:func:`ghk_summary` of inputs that their owner has already checked one by one.

    For the membrane model, which checks every value as it is set and asks
    for the summary on every slider move: the inputs are not checked again,
    the result still is. Anything else calls :func:`ghk_summary`.

    Parameters
    ----------
    permeability, c_in, c_out, z : numpy.ndarray, shape (n_ions,)
        Float arrays of one membrane: permeabilities (relative or cm/s, >= 0
        and at least one > 0), concentrations (mM, positive and finite),
        valences (non-zero whole numbers).
    temperature : float
        Absolute temperature, K, within the window of :func:`thermal_voltage`.

    Returns
    -------
    GHKSummary
        As :func:`ghk_summary`: mV, mV, unitless.

    Raises
    ------
    ValueError
        If a result is beyond what a double can hold.
    """
    vt = _np.asarray(_thermal_voltage_of(float(temperature)))
    return _summary(permeability, c_in, c_out, z, vt)


def _summary(p, c_in, c_out, z, vt):
    """Return the GHK summary of validated (..., n_ions) arrays and V_T (...) in mV."""
    vm = _solve_vm(p, c_in, c_out, z, vt)
    u_e = _log_ratio(c_out, c_in)  # once, for the Nernst potentials and the votes
    # finite for any valid input: |ln ratio| < 1455 for doubles, V_T < 44 mV, |z| >= 1
    reversal = _nernst(c_in, c_out, z, vt, u_e)
    vm = _finite_result(_ION_NAMES, _np.asarray(vm)[()])
    return GHKSummary(vm, reversal, _weights(p, c_in, c_out, z, vt, vm, u_e))


def permeability_from_conductance(g, v, c_in, c_out, z, temperature=_BODY_T):
    """Return the GHK permeability whose chord conductance at `v` is `g`, in cm/s.

    The inverse of :func:`ghk_chord_conductance`: it converts a conductance
    (from a conductance-based model such as Hodgkin-Huxley) into the
    permeability that the GHK equation needs.

    Parameters
    ----------
    g : array_like
        Chord conductance, mS/cm^2 (non-negative).
    v : array_like
        Membrane potential at which `g` holds, mV.
    c_in, c_out : array_like
        Concentrations, mM (positive).
    z : array_like
        Valence (non-zero whole number).
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Permeability, cm/s.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `g` is negative or an argument is outside its range, the arguments
        do not broadcast, or the permeability is beyond what a double can
        hold.

    Examples
    --------
    >>> g = ghk_chord_conductance(-70.0, 2e-6, 140.0, 5.0, 1)
    >>> print(f"{permeability_from_conductance(g, -70.0, 140.0, 5.0, 1):.1e}")
    2.0e-06
    """
    g = _nonnegative("g", g)
    v, _, c_in, c_out, z, vt = _one_ion(v, 1.0, c_in, c_out, z, temperature)
    _broadcast(("g", g), ("v", v), ("c_in", c_in), ("c_out", c_out), ("z", z),
               ("temperature", vt))
    with _np.errstate(all="ignore"):
        log_per_p = _log_chord_per_p(v, c_in, c_out, z, vt)
        p = g / _np.exp(log_per_p)
        if not _np.isfinite(p).all():  # a factor beyond double range: in logs
            p = _np.exp(_np.log(g) - log_per_p)
    return _np.asarray(_finite_result(("g", "v", "c_in", "c_out", "z"), p))[()]
