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

import numpy as np
import traitlets as t

from membrane_widgets import physics
from membrane_widgets.widgets._strings import text

__all__ = ["IonState", "MembraneModel", "SCENARIO_VERSION"]

#: Version of the JSON-able scenario format written by :meth:`MembraneModel.to_dict`.
SCENARIO_VERSION = 1


def _positive_finite(proposal, what):
    value = proposal["value"]
    if not (math.isfinite(value) and value > 0):
        raise t.TraitError(f"{what} must be positive and finite, got {value!r}")
    return value


class IonState(t.HasTraits):
    """One ion of a membrane: concentrations (mM), valence, permeability (relative).

    Parameters
    ----------
    name : str
        Ion library name, e.g. ``"K"``.
    c_in, c_out : float
        Concentration inside and outside, mM (positive).
    permeability : float, optional
        Permeability relative to K+ (unitless, >= 0). Default 0.
    valence : int, optional
        Charge number; defaults to the library's value for `name`.
    """

    name = t.Unicode(read_only=True)
    valence = t.Int()
    c_in = t.Float(1.0)
    c_out = t.Float(1.0)
    permeability = t.Float(0.0)

    def __init__(self, name, c_in, c_out, permeability=0.0, valence=None):
        ion = physics.get_ion(name)
        super().__init__()
        self.set_trait("name", ion.name)
        self.valence = ion.valence if valence is None else int(valence)
        self.c_in = float(c_in)
        self.c_out = float(c_out)
        self.permeability = float(permeability)

    @property
    def ion(self):
        """The library entry (:class:`membrane_widgets.physics.Ion`)."""
        return physics.get_ion(self.name)

    @t.validate("c_in")
    def _check_c_in(self, proposal):
        return _positive_finite(proposal, "c_in")

    @t.validate("c_out")
    def _check_c_out(self, proposal):
        return _positive_finite(proposal, "c_out")

    @t.validate("permeability")
    def _check_permeability(self, proposal):
        value = proposal["value"]
        if not (math.isfinite(value) and value >= 0):
            raise t.TraitError(f"permeability must be non-negative and finite, got {value!r}")
        return value

    @t.validate("valence")
    def _check_valence(self, proposal):
        if proposal["value"] == 0:
            raise t.TraitError("valence must not be zero")
        return proposal["value"]

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
    temperature = t.Float(physics.BODY_TEMPERATURE)
    vm_mode = t.Enum(("ghk", "clamp"), default_value="ghk")
    vm_clamp = t.Float(-70.0)
    title = t.Unicode("")

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
        ions = tuple(ions)
        names = [ion.name for ion in ions]
        if not ions:
            raise ValueError("ions must hold at least one IonState")
        if len(set(names)) != len(names):
            raise ValueError(f"ions must have distinct names, got {names}")
        self.set_trait("ions", ions)
        with self.batch():
            self.temperature = float(temperature)
            self.vm_mode = vm_mode
            self.vm_clamp = float(vm_clamp)
            self.title = title
        for ion in ions:
            ion.observe(self._input_changed, names=["c_in", "c_out", "permeability", "valence"])
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
            If the dict is not a valid scenario; the message says which field.
        """
        if not isinstance(data, dict):
            raise ValueError(f"data must be a dict, got {type(data).__name__}")
        version = data.get("version", SCENARIO_VERSION)
        if version != SCENARIO_VERSION:
            raise ValueError(f"data has scenario version {version!r}; expected {SCENARIO_VERSION}")
        try:
            ions = [
                IonState(d["name"], d["c_in"], d["c_out"], d.get("permeability", 0.0),
                         d.get("valence"))
                for d in data["ions"]
            ]
            return cls(
                ions,
                temperature=data.get("temperature", physics.BODY_TEMPERATURE),
                vm_mode=data.get("vm_mode", "ghk"),
                vm_clamp=data.get("vm_clamp", -70.0),
                title=data.get("title", ""),
            )
        except KeyError as exc:
            raise ValueError(f"data is missing the field {exc.args[0]!r}") from None
        except t.TraitError as exc:
            raise ValueError(f"data has an invalid value: {exc}") from None

    # --- access ---------------------------------------------------------------------------

    @property
    def names(self):
        """Ion names in display order."""
        return [ion.name for ion in self.ions]

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
        rows = [(i.permeability, i.c_in, i.c_out, i.valence) for i in self.ions]
        return tuple(np.array(col, dtype=float) for col in zip(*rows, strict=True))

    @contextlib.contextmanager
    def batch(self):
        """Group several changes into one recomputation (and one redraw).

        Examples
        --------
        >>> m = MembraneModel.from_preset()
        >>> with m.batch():
        ...     m.ion("K").c_out = 10.0
        ...     m.ion("Na").c_out = 140.0
        """
        self._batch_depth += 1
        try:
            yield self
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._dirty:
                self._recompute()

    # --- recomputation --------------------------------------------------------------------

    @t.validate("temperature")
    def _check_temperature(self, proposal):
        return _positive_finite(proposal, "temperature")

    @t.validate("vm_clamp")
    def _check_vm_clamp(self, proposal):
        value = proposal["value"]
        if not math.isfinite(value):
            raise t.TraitError(f"vm_clamp must be finite, got {value!r}")
        return value

    def _input_changed(self, change):
        if self._batch_depth:
            self._dirty = True
        elif change["name"] in ("vm_clamp", "vm_mode") and not self._dirty:
            self._update_vm()  # nothing that the physics depends on changed
        else:
            self._recompute()

    def _update_vm(self):
        self.set_trait("vm", float(self.vm_clamp if self.vm_mode == "clamp" else self.vm_ghk))
        self.set_trait("revision", self.revision + 1)

    def _recompute(self):
        # Plain set_trait calls (hold_trait_notifications costs more than it
        # saves here); views observe `revision`, which changes last.
        self._dirty = False
        p, c_in, c_out, z = self.arrays()
        names = self.names
        message = ""
        if (p > 0).any():
            s = physics.ghk_summary(p, c_in, c_out, z, self.temperature)
            self.set_trait("vm_ghk", float(s.vm))
            self.set_trait("weights", dict(zip(names, s.weights.tolist(), strict=True)))
            reversal = s.reversal
        else:
            message = text("error.no_permeant_ion")
            reversal = physics.nernst_potential(c_out, c_in, z, self.temperature)
        self.set_trait("reversal", dict(zip(names, reversal.tolist(), strict=True)))
        self.set_trait("message", message)
        self._update_vm()
