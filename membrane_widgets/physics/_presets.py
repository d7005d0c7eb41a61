"""Cell presets: ion concentrations, permeabilities and temperature, with sources.

Every preset is a plain, read-only record. Concentrations are mM, temperature K,
permeabilities relative to K+ (unitless).
"""

import dataclasses as _dc
import types as _types

from membrane_widgets.physics._constants import ZERO_CELSIUS as _ZC
from membrane_widgets.physics._ions import get_ion as _get_ion

__all__ = ["PresetIon", "CellPreset", "PRESETS", "get_preset", "preset_names"]


@_dc.dataclass(frozen=True)
class PresetIon:
    """One ion of a preset.

    Attributes
    ----------
    name : str
        Ion library name (see :func:`get_ion`).
    c_in, c_out : float
        Concentration inside and outside, mM.
    permeability : float
        Permeability relative to K+ (unitless); 0 for an impermeant ion.
    """

    name: str
    c_in: float
    c_out: float
    permeability: float


@_dc.dataclass(frozen=True)
class CellPreset:
    """A cell type with its ion concentrations and permeabilities.

    Attributes
    ----------
    key : str
        Name used by :func:`get_preset`.
    title : str
        Display title.
    temperature : float
        Absolute temperature, K.
    ions : tuple of PresetIon
        The ions, in display order.
    source : str
        Where the numbers come from.
    notes : str
        What the preset is for and what it leaves out.
    measured_vm : float or None
        A measured resting potential to compare with, mV.
    permeability_sets : dict
        Alternative permeability sets (name -> {ion name: relative P}), e.g.
        the spike peak of the squid axon.
    outside_potential : float
        Potential of the outside compartment relative to ground, mV (0 except
        where the outside fluid has its own potential, as endolymph does).
    ghk_applies : bool
        False where the membrane potential is set by something other than the
        passive GHK mix of these ions (a pump, another membrane): use
        `measured_vm` as V_m for such a preset.
    """

    key: str
    title: str
    temperature: float
    ions: tuple
    source: str
    notes: str = ""
    measured_vm: float | None = None
    permeability_sets: dict = _dc.field(default_factory=dict)
    outside_potential: float = 0.0
    ghk_applies: bool = True

    def __post_init__(self):
        for ion in self.ions:
            _get_ion(ion.name)  # fail at import time on a typo
        object.__setattr__(self, "permeability_sets", _types.MappingProxyType(
            {k: _types.MappingProxyType(dict(v)) for k, v in self.permeability_sets.items()}
        ))


_PRESET_LIST = [
    CellPreset(
        key="mammalian_neuron",
        title="Mammalian neuron (37 °C)",
        temperature=_ZC + 37.0,
        ions=(
            PresetIon("K", 140.0, 5.0, 1.0),
            PresetIon("Na", 15.0, 145.0, 0.03),
            PresetIon("Cl", 10.0, 110.0, 0.1),
        ),
        source=(
            "Concentrations: the course's source chapter 1 (typical values, giving "
            "E_K ≈ -89 mV, E_Na ≈ +61 mV, E_Cl ≈ -64 mV at 37 °C). Permeabilities: "
            "P_K/P_Na ≈ 33, inside the range of 25-100 given in source chapter 2; "
            "P_Cl chosen so the GHK potential is near the -70 mV of the chapters."
        ),
        notes="The default of every widget.",
        measured_vm=-70.0,
        permeability_sets={"spike peak": {"K": 1.0, "Na": 20.0, "Cl": 0.1}},
    ),
    CellPreset(
        key="squid_axon",
        title="Squid giant axon (Hodgkin & Katz 1949)",
        temperature=_ZC + 18.0,
        ions=(
            PresetIon("K", 400.0, 10.0, 1.0),
            PresetIon("Na", 50.0, 460.0, 0.04),
            PresetIon("Cl", 40.0, 540.0, 0.45),
        ),
        source=(
            "Hodgkin & Katz (1949) J Physiol 108:37-77: axoplasm K+ 400, Na+ 50, "
            "Cl- 40 mM; sea water K+ 10, Na+ 460, Cl- 540 mM; P_K : P_Na : P_Cl = "
            "1 : 0.04 : 0.45 at rest and 1 : 20 : 0.45 at the peak of the spike. "
            "Temperature: room temperature of the experiments, about 18 °C."
        ),
        notes="The classic GHK example: the vote flips from K+ to Na+ at the spike peak.",
        measured_vm=-60.0,
        permeability_sets={"spike peak": {"K": 1.0, "Na": 20.0, "Cl": 0.45}},
    ),
    CellPreset(
        key="frog_muscle",
        title="Frog skeletal muscle",
        temperature=_ZC + 20.0,
        ions=(
            PresetIon("K", 140.0, 2.5, 1.0),
            PresetIon("Na", 9.2, 120.0, 0.01),
            PresetIon("Cl", 3.9, 120.0, 2.0),
            PresetIon("Ca", 1e-4, 1.8, 0.0),
        ),
        source=(
            "Concentrations: Hille (2001) Ion Channels of Excitable Membranes, 3rd ed., "
            "Table 1.1 (frog muscle). P_Cl ≈ 2 P_K and P_Na ≈ 0.01 P_K after Hodgkin & "
            "Horowicz (1959) J Physiol 148:127-160."
        ),
        notes="A cell where Cl- has the largest resting permeability.",
        measured_vm=-90.0,
    ),
    CellPreset(
        key="cochlear_hair_cell",
        title="Cochlear outer hair cell, apical membrane (endolymph outside)",
        temperature=_ZC + 37.0,
        ions=(
            PresetIon("K", 140.0, 150.0, 1.0),
            PresetIon("Na", 10.0, 1.0, 0.05),
            PresetIon("Cl", 10.0, 130.0, 0.05),
            PresetIon("Ca", 1e-4, 0.02, 0.1),
        ),
        source=(
            "Endolymph: K+ ≈ 150, Na+ ≈ 1, Cl- ≈ 130, Ca2+ ≈ 0.02 mM and an endocochlear "
            "potential of about +80 mV (Wangemann 2006, J Physiol 576:11-21). Hair-cell "
            "cytoplasm is ordinary high-K+ cytoplasm; an outer hair cell rests near -70 mV "
            "relative to the perilymph (Dallos 1992, J Neurosci 12:4575), an inner hair cell "
            "nearer -40 to -55 mV."
        ),
        notes=(
            "The outside compartment is endolymph at +80 mV. The cell sits near -70 mV "
            "relative to the perilymph, so its apical membrane sees about -70 - 80 = -150 mV "
            "(measured_vm, inside minus endolymph) while E_K across it is near 0 mV: a huge "
            "inward K+ driving force for transduction. The apical potential is set by the "
            "basolateral membrane and the endocochlear potential, not by apical GHK: clamp "
            "V_m to measured_vm when you use this preset."
        ),
        measured_vm=-150.0,
        outside_potential=80.0,
        ghk_applies=False,
    ),
    CellPreset(
        key="plant_root_cell",
        title="Pea root cell (plasma membrane)",
        temperature=_ZC + 25.0,
        ions=(
            PresetIon("K", 75.0, 1.0, 1.0),
            PresetIon("Na", 8.0, 1.0, 0.05),
            PresetIon("Cl", 7.0, 1.0, 0.05),
            PresetIon("H", 5e-5, 1e-3, 0.0),
        ),
        source=(
            "Measured ion contents of pea root tissue in 1 mM KCl/NaCl (Higinbotham, "
            "Etherton & Foster 1967, Plant Physiol 42:37-46; tabulated in Taiz & Zeiger, "
            "Plant Physiology): K+ 75, Na+ 8, Cl- 7 mM inside; V_m ≈ -110 mV. Cytosolic "
            "pH 7.3 and medium pH 6.0 (H+ 5e-5 and 1e-3 mM) are typical values."
        ),
        notes=(
            "K+ is close to equilibrium (E_K ≈ V_m), but Na+ is far below and Cl- far above "
            "their equilibrium levels: Na+ is pumped out and Cl- taken up actively. The "
            "potential itself is driven by the plasma-membrane H+-ATPase, which a passive "
            "GHK mix cannot describe: the point of the plant lesson."
        ),
        measured_vm=-110.0,
        ghk_applies=False,
    ),
]

#: Read-only mapping from preset key to :class:`CellPreset`.
PRESETS = _types.MappingProxyType({p.key: p for p in _PRESET_LIST})


def preset_names():
    """Return the keys of the cell presets.

    Returns
    -------
    list of str
        Keys accepted by :func:`get_preset`.

    Examples
    --------
    >>> preset_names()[0]
    'mammalian_neuron'
    """
    return list(PRESETS)


def get_preset(name):
    """Return a cell preset by key.

    Parameters
    ----------
    name : str
        Preset key, e.g. ``"squid_axon"``.

    Returns
    -------
    CellPreset
        The preset.

    Raises
    ------
    ValueError
        If `name` is not a preset key; the message lists the keys.

    Examples
    --------
    >>> get_preset("squid_axon").ions[0]
    PresetIon(name='K', c_in=400.0, c_out=10.0, permeability=1.0)
    """
    try:
        return PRESETS[name]
    except (KeyError, TypeError):
        raise ValueError(
            f"name {name!r} is not a cell preset; presets: {', '.join(PRESETS)}"
        ) from None
