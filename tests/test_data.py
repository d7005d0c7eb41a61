"""The ion library and the cell presets."""

import re

import numpy as np
import pytest

from membrane_widgets.physics import (
    ION_LIBRARY,
    PRESETS,
    get_ion,
    get_preset,
    ghk_voltage,
    nernst_potential,
)

REQUIRED = (
    "K Na Li Cs H NH4 Ca Mg Cl Br F HCO3 SO4 H2PO4 gluconate methanesulfonate aspartate "
    "acetate HEPES TEA NMDG EGTA"
).split()


@pytest.mark.parametrize("name", REQUIRED)
def test_required_ions_present(name):
    ion = get_ion(name)
    assert ion.valence != 0
    assert ion.mobility > 0
    assert re.fullmatch(r"#[0-9A-Fa-f]{6}", ion.colour)


def test_valences_and_mobilities():
    assert [get_ion(n).valence for n in ("K", "Ca", "Cl", "SO4", "EGTA")] == [1, 2, -1, -2, -2]
    assert get_ion("K").mobility == 1.0
    assert get_ion("H").mobility > 4 > get_ion("Cl").mobility > 1 > get_ion("gluconate").mobility


def test_lookup_is_case_insensitive():
    assert get_ion("cl") is get_ion("Cl") is get_ion(" CL ")


def test_main_ions_have_distinct_colours():
    colours = [get_ion(n).colour for n in ("K", "Na", "Cl", "Ca", "H", "Mg")]
    assert len(set(colours)) == len(colours)


def test_unknown_ion_lists_the_known_ones():
    with pytest.raises(ValueError, match="name 'Xx' is not a known ion; known ions: K, Na"):
        get_ion("Xx")


def test_library_is_read_only():
    with pytest.raises(TypeError):
        ION_LIBRARY["K"] = None


def _arrays(preset, permeabilities=None):
    ions = preset.ions
    p = np.array([(permeabilities or {}).get(i.name, i.permeability) for i in ions])
    c_in = np.array([i.c_in for i in ions])
    c_out = np.array([i.c_out for i in ions])
    z = np.array([get_ion(i.name).valence for i in ions])
    return p, c_in, c_out, z


def test_every_preset_has_a_source_and_a_finite_ghk_potential():
    for preset in PRESETS.values():
        assert len(preset.source) > 40
        v = ghk_voltage(*_arrays(preset), preset.temperature)
        assert np.isfinite(v)


def test_mammalian_neuron_matches_chapter_one():
    p, c_in, c_out, z = _arrays(get_preset("mammalian_neuron"))
    e = nernst_potential(c_out, c_in, z)
    assert np.round(e).tolist() == [-89.0, 61.0, -64.0]
    assert ghk_voltage(p, c_in, c_out, z) == pytest.approx(-70.0, abs=3.0)


def test_squid_axon_permeability_flip():
    squid = get_preset("squid_axon")
    rest = ghk_voltage(*_arrays(squid), squid.temperature)
    peak = ghk_voltage(*_arrays(squid, squid.permeability_sets["spike peak"]), squid.temperature)
    assert -70 < rest < -60
    assert peak > 40


def test_unknown_preset():
    with pytest.raises(ValueError, match="presets: mammalian_neuron, squid_axon"):
        get_preset("octopus")
