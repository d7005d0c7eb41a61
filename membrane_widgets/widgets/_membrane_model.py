"""The shared membrane model: one source of truth that every view observes.

A :class:`MembraneModel` holds the ions (concentrations, valence,
permeability), the temperature and how V_m is set (by GHK or clamped). It
recomputes the derived state (Nernst potentials, GHK potential, votes) with
the tested physics functions whenever an input changes, and bumps
``revision`` once per change: a view observes that one trait and redraws.
Two widgets given the same model stay in sync.
"""

import contextlib
import math
import numbers

import numpy as np
import traitlets as t

from membrane_widgets import physics
from membrane_widgets.physics._ghk import summary_of_checked
from membrane_widgets.widgets._strings import text

__all__ = ["IonState", "MembraneModel", "SCENARIO_VERSION"]

#: Version of the JSON-able scenario format written by :meth:`MembraneModel.to_dict`.
SCENARIO_VERSION = 1

# The states a model accepts: every one of them gives finite potentials, votes and
# currents in every view (tests/test_widgets_robustness.py draws the corners).
#: Temperatures the model accepts, K: the physics' window (a value in °C is refused).
TEMPERATURE_RANGE = (200.0, 500.0)
#: Concentrations the model accepts, mM: 1 pM to 10 M.
CONCENTRATION_RANGE = (1e-9, 1e4)
#: Relative permeabilities the model accepts besides 0 (impermeant).
PERMEABILITY_RANGE = (1e-9, 1e9)
#: The largest charge number the model accepts (valences -3..-1 and 1..3).
MAX_VALENCE = 3
#: Clamped membrane potentials the model accepts, mV.
VM_CLAMP_RANGE = (-500.0, 500.0)


class ModelValueError(t.TraitError, ValueError):
    """A value the model refuses: a :class:`ValueError` and a :class:`traitlets.TraitError`."""


class _Refusing:
    """Mixin for a trait type: refuse a value with :class:`ModelValueError`, naming the trait."""

    def validate(self, obj, value):
        try:
            return super().validate(obj, value)
        except ModelValueError:
            raise
        except t.TraitError as exc:
            raise ModelValueError(str(exc)) from None


class _Real(t.Float):
    """A float trait that takes a real number only (no bool, no str) and never converts."""

    def validate(self, obj, value):
        return _real(value, self.name)


class _Whole(t.Int):
    """An int trait that takes a whole number only (``2`` or ``2.0``, not ``1.9`` or True)."""

    def validate(self, obj, value):
        number = _real(value, self.name)
        if not number.is_integer():
            raise ModelValueError(f"{self.name} must be a whole number, got {value!r}")
        return int(number)


class _Enum(_Refusing, t.Enum):
    pass


class _Unicode(_Refusing, t.Unicode):
    pass


def _real(value, what):
    """Return `value` as a finite float, or raise ModelValueError naming `what`."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ModelValueError(f"{what} must be a real number, got {value!r}")
    try:
        number = float(value)
    except (OverflowError, ValueError, TypeError):
        raise ModelValueError(f"{what} must be a finite real number, got {value!r}") from None
    if not math.isfinite(number):
        raise ModelValueError(f"{what} must be finite, got {value!r}")
    return number


def _within(value, what, limits, unit=""):
    lo, hi = limits
    if not lo <= value <= hi:
        unit = f" {unit}" if unit else ""
        raise ModelValueError(f"{what} must be from {lo:g} to {hi:g}{unit}, got {value!r}")
    return value


def _check_concentration(value, what):
    if value <= 0:
        raise ModelValueError(f"{what} must be positive (mM), got {value!r}")
    return _within(value, what, CONCENTRATION_RANGE, "mM")


def _check_permeability(value, what="permeability"):
    if value == 0:
        return 0.0  # an impermeant ion (also turns -0.0 into 0.0)
    if value < 0:
        raise ModelValueError(f"{what} must be non-negative, got {value!r}")
    lo, hi = PERMEABILITY_RANGE
    if not lo <= value <= hi:
        raise ModelValueError(
            f"{what} must be 0 or from {lo:g} to {hi:g} (relative to K+), got {value!r}")
    return value


def _check_valence(value, what="valence"):
    if value == 0:
        raise ModelValueError(f"{what} must not be zero")
    if abs(value) > MAX_VALENCE:
        raise ModelValueError(
            f"{what} must be a whole number from -{MAX_VALENCE} to {MAX_VALENCE} (not 0), "
            f"got {value!r}")
    return value


class IonState(t.HasTraits):
    """One ion of a membrane: concentrations (mM), valence, permeability (relative).

    Parameters
    ----------
    name : str
        Ion library name, e.g. ``"K"``.
    c_in, c_out : float
        Concentration inside and outside, mM: from 1e-9 to 1e4
        (:data:`CONCENTRATION_RANGE`).
    permeability : float, optional
        Permeability relative to K+ (unitless): 0 (impermeant) or from 1e-9
        to 1e9 (:data:`PERMEABILITY_RANGE`). Default 0.
    valence : int, optional
        Charge number, a whole number from -3 to 3 other than 0; defaults to
        the library's value for `name`.

    Raises
    ------
    ValueError
        If `name` is not a known ion, or a value is not a real number (a bool
        or a str is not one) or lies outside its range; the message names it.
        A value set later is refused the same way (a :class:`ModelValueError`,
        which is also a :class:`traitlets.TraitError`) and the ion keeps its
        value.
    """

    name = t.Unicode(read_only=True)
    valence = _Whole(1)
    c_in = _Real(1.0)
    c_out = _Real(1.0)
    permeability = _Real(0.0)

    def __init__(self, name, c_in, c_out, permeability=0.0, valence=None):
        if not isinstance(name, str):
            raise ModelValueError(f"name must be the name of an ion (a str), got {name!r}")
        ion = physics.get_ion(name)
        super().__init__()
        self.set_trait("name", ion.name)
        self.valence = ion.valence if valence is None else valence
        self.c_in = c_in
        self.c_out = c_out
        self.permeability = permeability

    @property
    def ion(self):
        """The library entry (:class:`membrane_widgets.physics.Ion`)."""
        return physics.get_ion(self.name)

    @t.validate("c_in")
    def _check_c_in(self, proposal):
        return _check_concentration(proposal["value"], "c_in")

    @t.validate("c_out")
    def _check_c_out(self, proposal):
        return _check_concentration(proposal["value"], "c_out")

    @t.validate("permeability")
    def _check_permeability(self, proposal):
        return _check_permeability(proposal["value"])

    @t.validate("valence")
    def _check_valence(self, proposal):
        return _check_valence(proposal["value"])

    def to_dict(self):
        """Return this ion as a plain dict (JSON-able)."""
        return {
            "name": self.name,
            "valence": self.valence,
            "c_in": self.c_in,
            "c_out": self.c_out,
            "permeability": self.permeability,
        }


class MembraneModel(t.HasTraits):
    """A membrane with several ions: the state that every widget views.

    The model accepts only states that every view can draw with finite
    numbers: temperature 200-500 K (:data:`TEMPERATURE_RANGE`),
    concentrations 1e-9 to 1e4 mM, relative permeabilities 0 or 1e-9 to 1e9,
    valences -3..3 (not 0), a clamp from -500 to 500 mV. Anything else is
    refused with a :class:`ModelValueError` (a :class:`ValueError` and a
    :class:`traitlets.TraitError`) that names the input, and the model stays
    as it was.

    Parameters
    ----------
    ions : sequence of IonState
        The ions, in display order (names must be distinct).
    temperature : float, optional
        Absolute temperature, K. Default 310.15 K.
    vm_mode : {"ghk", "clamp"}, optional
        V_m from the GHK equation (default) or clamped at `vm_clamp`.
    vm_clamp : float, optional
        The clamped membrane potential, mV. Default -70.
    title : str, optional
        A name for the scenario.

    Attributes
    ----------
    vm : float
        The membrane potential in use, mV (GHK or clamped).
    vm_ghk : float
        The GHK steady-state potential, mV.
    reversal : dict
        Ion name -> Nernst potential, mV.
    weights : dict
        Ion name -> GHK vote (unitless, sums to 1).
    message : str
        Empty when the state is valid; otherwise what is wrong, in words (the
        derived values then keep their last valid values).
    revision : int
        Increases by one after every recomputation; views observe it.

    Raises
    ------
    ValueError
        If `ions` is empty, not made of :class:`IonState`, or names an ion
        twice, or a value is outside its range.

    Examples
    --------
    >>> m = MembraneModel.from_preset("squid_axon")
    >>> print(f"{m.vm:.1f}")
    -66.0
    >>> m.ion("Na").permeability = 20.0
    >>> print(f"{m.vm:.1f}")
    43.3
    """

    ions = t.Tuple(read_only=True)
    temperature = _Real(physics.BODY_TEMPERATURE)
    vm_mode = _Enum(("ghk", "clamp"), default_value="ghk")
    vm_clamp = _Real(-70.0)
    title = _Unicode("")

    vm = t.Float(read_only=True)
    vm_ghk = t.Float(read_only=True)
    reversal = t.Dict(read_only=True)
    weights = t.Dict(read_only=True)
    message = t.Unicode("", read_only=True)
    revision = t.Int(0, read_only=True)

    def __init__(self, ions, temperature=physics.BODY_TEMPERATURE, vm_mode="ghk",
                 vm_clamp=-70.0, title=""):
        super().__init__()
        self._batch_depth = 0
        self._dirty = False
        self._reverting = False
        ions = tuple(ions)
        if not ions:
            raise ValueError("ions must hold at least one IonState")
        if not all(isinstance(ion, IonState) for ion in ions):
            raise ValueError(f"ions must all be IonState objects, got {ions!r}")
        names = [ion.name for ion in ions]
        if len(set(names)) != len(names):
            raise ValueError(f"ions must have distinct names, got {names}")
        self.set_trait("ions", ions)
        # both are read-only (the ions and their names): plain copies for every slider move
        self._ions, self._names = ions, tuple(names)
        with self.batch():
            self.temperature = temperature
            self.vm_mode = vm_mode
            self.vm_clamp = vm_clamp
            self.title = title
        for ion in ions:
            ion.observe(self._input_changed, names=list(_ION_INPUTS))
        self.observe(self._input_changed, names=["temperature", "vm_mode", "vm_clamp"])
        self._recompute()

    # --- construction ---------------------------------------------------------------------

    @classmethod
    def from_preset(cls, key="mammalian_neuron", permeability_set=None):
        """Build a model from a cell preset of :mod:`membrane_widgets.physics`.

        Parameters
        ----------
        key : str, optional
            Preset key (see ``physics.preset_names()``). Default the mammalian
            neuron.
        permeability_set : str, optional
            Name of an alternative permeability set of the preset, e.g.
            ``"spike peak"``.

        Returns
        -------
        MembraneModel
            A new model. Presets whose potential is not set by passive GHK
            (``ghk_applies`` false) start clamped at their measured V_m.

        Raises
        ------
        ValueError
            If `key` or `permeability_set` is unknown.
        """
        preset = physics.get_preset(key)
        override = {}
        if permeability_set is not None:
            if permeability_set not in preset.permeability_sets:
                known = ", ".join(preset.permeability_sets) or "none"
                raise ValueError(
                    f"permeability_set {permeability_set!r} is not a set of {key}; sets: {known}"
                )
            override = preset.permeability_sets[permeability_set]
        ions = [
            IonState(i.name, i.c_in, i.c_out, override.get(i.name, i.permeability))
            for i in preset.ions
        ]
        clamp = not preset.ghk_applies and preset.measured_vm is not None
        return cls(
            ions,
            temperature=preset.temperature,
            vm_mode="clamp" if clamp else "ghk",
            vm_clamp=preset.measured_vm if preset.measured_vm is not None else -70.0,
            title=preset.title,
        )

    def to_dict(self):
        """Return the scenario as a plain, JSON-able dict (temperature in K).

        Returns
        -------
        dict
            ``{"version", "title", "temperature", "vm_mode", "vm_clamp", "ions"}``.
        """
        return {
            "version": SCENARIO_VERSION,
            "title": self.title,
            "temperature": self.temperature,
            "vm_mode": self.vm_mode,
            "vm_clamp": self.vm_clamp,
            "ions": [ion.to_dict() for ion in self.ions],
        }

    @classmethod
    def from_dict(cls, data):
        """Build a model from a dict written by :meth:`to_dict` (e.g. loaded from JSON).

        The scenario is checked strictly: only the fields that :meth:`to_dict`
        writes, numbers that are real numbers (not bools or strings) within
        the model's ranges, whole-number valences, known ions.

        Parameters
        ----------
        data : dict
            The scenario.

        Returns
        -------
        MembraneModel
            A new model.

        Raises
        ------
        ValueError
            If the dict is not a valid scenario; the message names the field.
        """
        scenario = _parse_scenario(data)
        ions = [IonState(**ion) for ion in scenario.pop("ions")]
        return cls(ions, **scenario)

    def load_dict(self, data):
        """Set this model to a scenario written by :meth:`to_dict`, as one change.

        The scenario must hold the same ions as the model (in any order) and
        is checked as by :meth:`from_dict`. It is all or nothing: if anything
        is wrong, the model keeps its state.

        Parameters
        ----------
        data : dict
            The scenario.

        Raises
        ------
        ValueError
            If the dict is not a valid scenario or holds other ions; the
            message names the field.

        Examples
        --------
        >>> m = MembraneModel.from_preset()
        >>> saved = m.to_dict()
        >>> m.ion("K").c_out = 20.0
        >>> m.load_dict(saved)
        >>> m.ion("K").c_out
        5.0
        """
        scenario = _parse_scenario(data)
        given = sorted(ion["name"] for ion in scenario["ions"])
        if given != sorted(self.names):
            raise ValueError(f"data has the ions {given}; this model has {sorted(self.names)}")
        with self.batch():
            for values in scenario.pop("ions"):
                ion = self.ion(values.pop("name"))
                for key, value in values.items():
                    setattr(ion, key, value)
            for key, value in scenario.items():
                setattr(self, key, value)

    # --- access ---------------------------------------------------------------------------

    @property
    def names(self):
        """Ion names in display order."""
        return list(self._names)

    def ion(self, name):
        """Return the :class:`IonState` called `name`.

        Raises
        ------
        ValueError
            If the model has no such ion; the message lists its ions.
        """
        for ion in self.ions:
            if ion.name == physics.get_ion(name).name:
                return ion
        raise ValueError(f"name {name!r} is not an ion of this model; ions: {self.names}")

    def arrays(self):
        """Return (permeability, c_in, c_out, z) as float arrays in display order."""
        rows = [(i.permeability, i.c_in, i.c_out, i.valence) for i in self._ions]
        return tuple(np.array(rows, dtype=float).T.copy())  # one array, four rows of it

    @contextlib.contextmanager
    def batch(self):
        """Group several changes into one recomputation (and one redraw), all or nothing.

        If the block raises, every input goes back to its value before the
        block and the exception propagates; if the state at the end is one
        the model refuses, the same happens with a :class:`ModelValueError`.

        Examples
        --------
        >>> m = MembraneModel.from_preset()
        >>> with m.batch():
        ...     m.ion("K").c_out = 10.0
        ...     m.ion("Na").c_out = 140.0
        """
        inputs, dirty = self._inputs(), self._dirty
        self._batch_depth += 1
        try:
            yield self
        except BaseException:
            self._restore(inputs, dirty)
            raise
        finally:
            self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            try:
                self._recompute()
            except ModelValueError:
                self._batch_depth += 1
                try:
                    self._restore(inputs, dirty)
                finally:
                    self._batch_depth -= 1
                raise

    def _inputs(self):
        """Return the inputs, to restore them: ([{trait: value} per ion], {trait: value})."""
        return ([{name: getattr(ion, name) for name in _ION_INPUTS} for ion in self.ions],
                {name: getattr(self, name) for name in _MODEL_INPUTS})

    def _restore(self, inputs, dirty):
        """Set the inputs back (inside a batch: nothing is recomputed, views see each one)."""
        ions, model = inputs
        for ion, values in zip(self.ions, ions, strict=True):
            for name, value in values.items():
                setattr(ion, name, value)
        for name, value in model.items():
            setattr(self, name, value)
        self._dirty = dirty

    # --- recomputation --------------------------------------------------------------------

    @t.validate("temperature")
    def _check_temperature(self, proposal):
        value = proposal["value"]
        lo, hi = TEMPERATURE_RANGE
        if not lo <= value <= hi:
            raise ModelValueError(
                f"temperature must be an absolute temperature from {lo:g} to {hi:g} K "
                f"(37 °C is 310.15 K), got {value!r}")
        return value

    @t.validate("vm_clamp")
    def _check_vm_clamp(self, proposal):
        return _within(proposal["value"], "vm_clamp", VM_CLAMP_RANGE, "mV")

    def _input_changed(self, change):
        if self._reverting:
            return
        if self._batch_depth:
            self._dirty = True
            return
        try:
            if change["name"] in ("vm_clamp", "vm_mode") and not self._dirty:
                self._update_vm()  # nothing that the physics depends on changed
            else:
                self._recompute()
        except ModelValueError:
            self._reverting = True  # put the input back; the derived state was not touched
            try:
                setattr(change["owner"], change["name"], change["old"])
            finally:
                self._reverting = False
            raise

    def _update_vm(self):
        self.set_trait("vm", float(self.vm_clamp if self.vm_mode == "clamp" else self.vm_ghk))
        self.set_trait("revision", self.revision + 1)

    def _derive(self):
        """Compute the derived state from the inputs, or raise ModelValueError (nothing set)."""
        p, c_in, c_out, z = self.arrays()
        names = self._names
        vm_ghk, weights, message = None, None, ""
        try:
            if p.any():  # the permeabilities are >= 0: is one of them positive?
                # every input was checked as it was set (see the validators above)
                s = summary_of_checked(p, c_in, c_out, z, self.temperature)
                vm_ghk = float(s.vm)
                weights = dict(zip(names, s.weights.tolist(), strict=True))
                reversal = s.reversal.tolist()
            else:
                message = text("error.no_permeant_ion")
                reversal = physics.nernst_potential(c_out, c_in, z, self.temperature).tolist()
        except (ValueError, TypeError, ArithmeticError) as exc:
            raise ModelValueError(f"this state has no finite membrane potential: {exc}") from None
        return vm_ghk, weights, dict(zip(names, reversal, strict=True)), message

    def _recompute(self):
        # Compute everything first, then set: a refused state leaves the model as it was.
        # Plain set_trait calls (hold_trait_notifications costs more than it saves here);
        # views observe `revision`, which changes last.
        vm_ghk, weights, reversal, message = self._derive()
        self._dirty = False
        if vm_ghk is not None:
            self.set_trait("vm_ghk", vm_ghk)
            self.set_trait("weights", weights)
        if reversal != self.reversal:  # a permeability leaves the Nernst potentials as they were
            self.set_trait("reversal", reversal)
        if message != self.message:
            self.set_trait("message", message)
        self._update_vm()


_ION_INPUTS = ("valence", "c_in", "c_out", "permeability")
_MODEL_INPUTS = ("temperature", "vm_mode", "vm_clamp", "title")
_SCENARIO_FIELDS = ("version", "title", "temperature", "vm_mode", "vm_clamp", "ions")


def _field(what):
    return f"data field {what!r}"


def _check_fields(data, allowed, where):
    unknown = [key for key in data if key not in allowed]
    if unknown:
        raise ValueError(f"{where} has the unknown field {unknown[0]!r}; "
                         f"known fields: {', '.join(allowed)}")


def _parse_ion(d, i):
    where = f"ions[{i}]"
    if not isinstance(d, dict):
        raise ValueError(f"{_field(where)} must be a dict (one ion), got {d!r}")
    _check_fields(d, ("name", *_ION_INPUTS), f"data {where}")
    for key in ("name", "c_in", "c_out"):
        if key not in d:
            raise ValueError(f"data is missing the field {key!r} of {where}")
    name = d["name"]
    if not isinstance(name, str):
        raise ValueError(f"{_field(where + '.name')} must be an ion name (a str), got {name!r}")
    try:
        ion = physics.get_ion(name)
    except ValueError as exc:
        raise ValueError(f"{_field(where + '.name')}: {exc}") from None
    out = {"name": ion.name}
    for key in ("c_in", "c_out"):
        what = _field(f"{where}.{key}")
        out[key] = _check_concentration(_real(d[key], what), what)
    what = _field(f"{where}.permeability")
    out["permeability"] = _check_permeability(_real(d.get("permeability", 0.0), what), what)
    what = _field(f"{where}.valence")
    valence = d.get("valence", ion.valence)
    number = _real(valence, what)
    if not number.is_integer():
        raise ValueError(f"{what} must be a whole number (the ion's charge), got {valence!r}")
    out["valence"] = _check_valence(int(number), what)
    return out


def _parse_scenario(data):
    """Check a scenario dict strictly; return its values ready for the model's traits."""
    if not isinstance(data, dict):
        raise ValueError(f"data must be a dict, got {type(data).__name__}")
    try:
        _check_fields(data, _SCENARIO_FIELDS, "data")
        version = data.get("version", SCENARIO_VERSION)
        if isinstance(version, bool) or not isinstance(version, int) or (
                version != SCENARIO_VERSION):
            raise ValueError(
                f"data has scenario version {version!r}; expected {SCENARIO_VERSION}")
        if "ions" not in data:
            raise ValueError("data is missing the field 'ions'")
        ions = data["ions"]
        if not isinstance(ions, list | tuple):
            raise ValueError(f"{_field('ions')} must be a list of ions, got {ions!r}")
        if not ions:
            raise ValueError(f"{_field('ions')} must hold at least one ion")
        parsed = [_parse_ion(d, i) for i, d in enumerate(ions)]
        names = [ion["name"] for ion in parsed]
        for name in names:
            if names.count(name) > 1:
                raise ValueError(f"{_field('ions')} lists the ion {name!r} twice")
        what = _field("temperature")
        temperature = _real(data.get("temperature", physics.BODY_TEMPERATURE), what)
        _within(temperature, what, TEMPERATURE_RANGE, "K")
        vm_mode = data.get("vm_mode", "ghk")
        if not isinstance(vm_mode, str) or vm_mode not in ("ghk", "clamp"):
            raise ValueError(f"{_field('vm_mode')} must be 'ghk' or 'clamp', got {vm_mode!r}")
        what = _field("vm_clamp")
        vm_clamp = _within(_real(data.get("vm_clamp", -70.0), what), what, VM_CLAMP_RANGE, "mV")
        title = data.get("title", "")
        if not isinstance(title, str):
            raise ValueError(f"{_field('title')} must be a str, got {title!r}")
    except ModelValueError as exc:
        raise ValueError(str(exc)) from None
    return {"ions": parsed, "temperature": temperature, "vm_mode": vm_mode,
            "vm_clamp": vm_clamp, "title": title}
