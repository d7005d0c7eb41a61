"""The shared MembraneModel: recomputation, batching, presets, JSON round trip, validation."""

import json

import numpy as np
import pytest
import traitlets

from membrane_widgets import physics
from membrane_widgets.widgets import IonState, MembraneModel


def test_default_is_the_mammalian_neuron():
    m = MembraneModel.from_preset()
    assert m.names == ["K", "Na", "Cl"]
    assert m.reversal["K"] == pytest.approx(-89.06, abs=0.01)
    assert m.vm == pytest.approx(m.vm_ghk)
    assert sum(m.weights.values()) == pytest.approx(1.0)
    assert m.message == ""


def test_model_uses_the_physics_functions():
    m = MembraneModel.from_preset("squid_axon")
    p, c_in, c_out, z = m.arrays()
    expected = physics.ghk_voltage(p, c_in, c_out, z, m.temperature)
    assert m.vm_ghk == pytest.approx(expected, abs=1e-12)
    w = physics.ghk_weights(p, c_in, c_out, z, m.temperature)
    assert [m.weights[n] for n in m.names] == pytest.approx(w.tolist(), abs=1e-14)


def test_each_input_change_recomputes_once():
    m = MembraneModel.from_preset()
    revisions = []
    m.observe(lambda c: revisions.append(c["new"]), names="revision")
    m.ion("K").c_out = 10.0
    m.temperature = 300.0
    m.vm_mode = "clamp"
    assert len(revisions) == 3
    assert m.vm == -70.0  # clamped default


def test_batch_recomputes_once_at_the_end():
    m = MembraneModel.from_preset()
    revisions = []
    m.observe(lambda c: revisions.append(c["new"]), names="revision")
    with m.batch():
        m.ion("K").c_out = 20.0
        m.ion("Na").permeability = 1.0
        assert revisions == []
    assert len(revisions) == 1
    assert m.reversal["K"] == pytest.approx(physics.nernst_potential(20.0, 140.0, 1), abs=1e-12)


def test_squid_spike_peak_permeability_set():
    rest = MembraneModel.from_preset("squid_axon")
    peak = MembraneModel.from_preset("squid_axon", permeability_set="spike peak")
    assert rest.vm < -60 and peak.vm > 40
    assert peak.weights["Na"] > 0.5 > rest.weights["Na"]
    with pytest.raises(ValueError, match="permeability_set"):
        MembraneModel.from_preset("squid_axon", permeability_set="nope")


def test_presets_where_ghk_does_not_apply_start_clamped():
    hair = MembraneModel.from_preset("cochlear_hair_cell")
    assert hair.vm_mode == "clamp" and hair.vm == -150.0
    # the driving force on K+ across the apical membrane is huge
    assert hair.vm - hair.reversal["K"] < -140


def test_every_preset_loads_and_gives_finite_numbers():
    for key in physics.preset_names():
        m = MembraneModel.from_preset(key)
        assert np.isfinite(m.vm) and all(np.isfinite(v) for v in m.reversal.values())


def test_json_round_trip():
    m = MembraneModel.from_preset("frog_muscle")
    m.ion("K").c_out = 12.5
    m.vm_mode = "clamp"
    m.vm_clamp = -55.0
    data = json.loads(json.dumps(m.to_dict()))
    m2 = MembraneModel.from_dict(data)
    assert m2.to_dict() == m.to_dict()
    assert m2.vm == -55.0 and m2.vm_ghk == pytest.approx(m.vm_ghk)


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ("not a dict", "data must be a dict"),
        ({"version": 99, "ions": []}, "version"),
        ({"ions": [{"name": "K", "c_in": 140}]}, "c_out"),
        ({"ions": [{"name": "K", "c_in": -1, "c_out": 5}]}, "c_in"),
        ({"ions": [{"name": "Kryptonite", "c_in": 1, "c_out": 5}]}, "not a known ion"),
        ({"ions": []}, "at least one"),
    ],
)
def test_from_dict_rejects_bad_scenarios(data, match):
    with pytest.raises(ValueError, match=match):
        MembraneModel.from_dict(data)


def test_invalid_trait_values_are_refused():
    m = MembraneModel.from_preset()
    for name, value in (("c_in", 0.0), ("c_out", float("nan")), ("permeability", -1.0)):
        with pytest.raises(traitlets.TraitError, match=name):
            setattr(m.ion("K"), name, value)
    with pytest.raises(traitlets.TraitError, match="temperature"):
        m.temperature = -1.0
    with pytest.raises(traitlets.TraitError, match="vm_clamp"):
        m.vm_clamp = float("inf")
    assert m.message == "" and np.isfinite(m.vm)


def test_no_permeant_ion_gives_a_message_and_keeps_the_last_values():
    m = MembraneModel.from_preset()
    before = m.vm
    with m.batch():
        for ion in m.ions:
            ion.permeability = 0.0
    assert "permeable" in m.message
    assert m.vm == before
    m.ion("K").permeability = 1.0
    assert m.message == ""
    assert m.vm == pytest.approx(m.reversal["K"])


def test_duplicate_or_unknown_ions():
    with pytest.raises(ValueError, match="distinct"):
        MembraneModel([IonState("K", 140, 5, 1), IonState("k", 100, 5, 1)])
    m = MembraneModel.from_preset()
    with pytest.raises(ValueError, match="not an ion of this model"):
        m.ion("Ca")


def test_mixed_valence_model():
    ions = [IonState("K", 140, 5, 1.0), IonState("Ca", 1e-4, 2.0, 0.5)]
    m = MembraneModel(ions)
    assert m.reversal["K"] < m.vm < m.reversal["Ca"]
    e = np.array([m.reversal[n] for n in m.names])
    w = np.array([m.weights[n] for n in m.names])
    assert np.dot(w, e) == pytest.approx(m.vm, abs=1e-8)


def test_changing_the_clamp_does_not_rerun_the_physics(monkeypatch):
    m = MembraneModel.from_preset()
    m.vm_mode = "clamp"
    calls = []
    real = physics.ghk_summary
    monkeypatch.setattr(physics, "ghk_summary", lambda *a, **k: calls.append(1) or real(*a, **k))
    revision = m.revision
    m.vm_clamp = -50.0
    assert m.vm == -50.0 and m.revision == revision + 1 and calls == []
    m.ion("K").c_out = 7.0
    assert calls == [1]
