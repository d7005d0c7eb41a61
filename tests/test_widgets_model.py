"""The shared MembraneModel: recomputation, batching, presets, JSON round trip, validation."""

import json

import numpy as np
import pytest
import traitlets

from membrane_widgets import physics
from membrane_widgets.widgets import IonState, MembraneModel
from membrane_widgets.widgets import _membrane_model as _model


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
    real = _model.summary_of_checked
    monkeypatch.setattr(_model, "summary_of_checked",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    revision = m.revision
    m.vm_clamp = -50.0
    assert m.vm == -50.0 and m.revision == revision + 1 and calls == []
    m.ion("K").c_out = 7.0
    assert calls == [1]


# --- the model refuses what its views cannot draw, and stays as it was ------------------------

NAN, INF = float("nan"), float("inf")

# (target: "model" or an ion name, trait, value, words the message must contain)
HOSTILE = [
    ("model", "temperature", 1e308, "temperature"),
    ("model", "temperature", 37.0, "200 to 500 K"),  # °C given for K
    ("model", "temperature", 0.0, "temperature"),
    ("model", "temperature", -1.0, "temperature"),
    ("model", "temperature", 1e-300, "temperature"),
    ("model", "temperature", NAN, "temperature"),
    ("model", "temperature", True, "temperature"),
    ("model", "temperature", "310", "temperature"),
    ("model", "vm_clamp", 1e7, "vm_clamp"),
    ("model", "vm_clamp", -1e4, "vm_clamp"),
    ("model", "vm_clamp", -INF, "vm_clamp"),
    ("model", "vm_mode", "voltage", "vm_mode"),
    ("K", "c_in", 0.0, "c_in"),
    ("K", "c_in", -5.0, "c_in"),
    ("K", "c_out", 1e308, "c_out"),
    ("K", "c_out", 1e-300, "c_out"),
    ("K", "c_out", INF, "c_out"),
    ("K", "c_out", False, "c_out"),
    ("K", "c_out", "5", "c_out"),
    ("Na", "permeability", 1e308, "permeability"),
    ("Na", "permeability", 1e-320, "permeability"),
    ("Na", "permeability", -1.0, "permeability"),
    ("Na", "permeability", NAN, "permeability"),
    ("Cl", "valence", 0, "valence"),
    ("Cl", "valence", 4, "valence"),
    ("Cl", "valence", 10**6, "valence"),
    ("Cl", "valence", 1.9, "valence"),
    ("Cl", "valence", True, "valence"),
]


def _derived(m):
    return (m.vm, m.vm_ghk, dict(m.reversal), dict(m.weights), m.message, m.revision)


@pytest.mark.parametrize(("target", "name", "value", "words"), HOSTILE)
def test_hostile_inputs_are_refused_and_leave_the_model_unchanged(target, name, value, words):
    m = MembraneModel.from_preset()
    obj = m if target == "model" else m.ion(target)
    state, derived = m.to_dict(), _derived(m)
    changes = []
    m.observe(changes.append, names=traitlets.All)
    with pytest.raises(ValueError, match=words) as info:
        setattr(obj, name, value)
    assert isinstance(info.value, traitlets.TraitError)  # traitlets validation, as before
    assert m.to_dict() == state and _derived(m) == derived and changes == []


def test_the_ranges_are_inclusive_and_every_corner_is_finite():
    m = MembraneModel.from_preset()
    lo_t, hi_t = _model.TEMPERATURE_RANGE
    lo_c, hi_c = _model.CONCENTRATION_RANGE
    lo_p, hi_p = _model.PERMEABILITY_RANGE
    lo_v, hi_v = _model.VM_CLAMP_RANGE
    z_max = _model.MAX_VALENCE
    assert (lo_t, hi_t) == (200.0, 500.0)
    for temperature in (lo_t, hi_t):
        for c_in, c_out in ((lo_c, hi_c), (hi_c, lo_c)):
            for p, z in ((lo_p, z_max), (hi_p, -z_max), (0.0, 1)):
                with m.batch():
                    m.temperature = temperature
                    m.ion("K").c_in, m.ion("K").c_out = c_in, c_out
                    m.ion("Na").permeability = p
                    m.ion("Na").valence = z
                    m.ion("Cl").c_out = c_in
                    m.vm_clamp = lo_v if z > 0 else hi_v
                values = [m.vm, m.vm_ghk, *m.reversal.values(), *m.weights.values()]
                assert np.isfinite(values).all()
                assert sum(m.weights.values()) == pytest.approx(1.0)


def test_ion_state_is_strict_too():
    with pytest.raises(ValueError, match="c_in"):
        IonState("K", "140", 5.0)
    with pytest.raises(ValueError, match="valence"):
        IonState("K", 140.0, 5.0, valence=1.9)
    with pytest.raises(ValueError, match="name"):
        IonState(19, 140.0, 5.0)
    with pytest.raises(ValueError, match="permeability"):
        IonState("K", 140.0, 5.0, permeability=1e308)
    assert IonState("Ca", 1e-4, 2, 1, valence=2.0).valence == 2  # a whole number, as a float
    with pytest.raises(ValueError, match="IonState"):
        MembraneModel([{"name": "K", "c_in": 140, "c_out": 5}])


def test_a_failing_recomputation_puts_the_input_back(monkeypatch):
    m = MembraneModel.from_preset()
    state, derived = m.to_dict(), _derived(m)
    real = _model.summary_of_checked

    def overflow(*args, **kwargs):
        raise OverflowError("math range error")

    monkeypatch.setattr(_model, "summary_of_checked", overflow)
    with pytest.raises(ValueError, match="no finite membrane potential"):
        m.ion("K").c_out = 7.0
    assert m.to_dict() == state and _derived(m) == derived
    monkeypatch.setattr(_model, "summary_of_checked", real)
    m.ion("K").c_out = 7.0
    assert m.ion("K").c_out == 7.0 and m.revision == derived[-1] + 1


# --- batch: all or nothing ----------------------------------------------------------------------


def test_batch_is_all_or_nothing_when_a_change_is_refused():
    m = MembraneModel.from_preset()
    state, derived = m.to_dict(), _derived(m)
    with pytest.raises(ValueError, match="temperature"):
        with m.batch():
            m.ion("K").c_out = 20.0
            m.ion("Na").permeability = 1.0
            m.vm_mode, m.vm_clamp = "clamp", -40.0
            m.title = "changed"
            m.temperature = 1e308  # refused: everything before it is undone
    assert m.to_dict() == state and _derived(m) == derived
    m.ion("K").c_out = 10.0  # the model still works, and recomputes
    assert m.reversal["K"] == pytest.approx(physics.nernst_potential(10.0, 140.0, 1))


def test_batch_is_all_or_nothing_on_any_exception():
    m = MembraneModel.from_preset()
    state, derived = m.to_dict(), _derived(m)
    with pytest.raises(KeyError):
        with m.batch():
            m.ion("K").c_out = 20.0
            raise KeyError("something else went wrong")
    assert m.to_dict() == state and _derived(m) == derived


def test_nested_batches_undo_only_their_own_block():
    m = MembraneModel.from_preset()
    revisions = []
    m.observe(lambda c: revisions.append(c["new"]), names="revision")
    na_out = m.ion("Na").c_out
    with m.batch():
        m.ion("K").c_out = 20.0
        with pytest.raises(ValueError):
            with m.batch():
                m.ion("Na").c_out = 100.0
                m.ion("Na").c_in = -1.0
        assert m.ion("Na").c_out == na_out and m.ion("K").c_out == 20.0
    assert m.ion("K").c_out == 20.0 and m.ion("Na").c_out == na_out
    assert len(revisions) == 1  # the outer block still recomputes once
    assert m.reversal["K"] == pytest.approx(physics.nernst_potential(20.0, 140.0, 1))


def test_batch_whose_end_state_cannot_be_computed_is_undone(monkeypatch):
    m = MembraneModel.from_preset()
    state, derived = m.to_dict(), _derived(m)

    def refuse(*args, **kwargs):
        raise ValueError("permeability must be positive for at least one ion")

    monkeypatch.setattr(_model, "summary_of_checked", refuse)
    with pytest.raises(ValueError, match="no finite membrane potential"):
        with m.batch():
            m.ion("K").c_out = 20.0
            m.temperature = 300.0
    assert m.to_dict() == state and _derived(m) == derived


# --- strict scenarios ---------------------------------------------------------------------------


def _scenario(**changes):
    data = MembraneModel.from_preset().to_dict()
    data["ions"][0].update(changes.pop("ion", {}))
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (_scenario(ion={"valence": 1.9}), r"ions\[0\]\.valence.*whole number"),
        (_scenario(ion={"valence": True}), r"ions\[0\]\.valence"),
        (_scenario(ion={"valence": 7}), r"ions\[0\]\.valence"),
        (_scenario(temperature=True), "temperature"),
        (_scenario(temperature="310.15"), "temperature"),
        (_scenario(temperature=1e308), "temperature"),
        (_scenario(temperature=37), "temperature.*200 to 500 K"),
        (_scenario(ion={"c_in": 10**400}), r"ions\[0\]\.c_in"),  # too big for a float
        (_scenario(ion={"c_in": "140"}), r"ions\[0\]\.c_in"),
        (_scenario(ion={"c_in": None}), r"ions\[0\]\.c_in"),
        (_scenario(ion={"c_out": [5.0]}), r"ions\[0\]\.c_out"),
        (_scenario(ion={"permeability": 1e308}), r"ions\[0\]\.permeability"),
        (_scenario(ion={"permeability": float("nan")}), r"ions\[0\]\.permeability"),
        (_scenario(ion={"name": 19}), r"ions\[0\]\.name"),
        (_scenario(ion={"name": "Kryptonite"}), "not a known ion"),
        (_scenario(ion={"charge": 1}), "unknown field 'charge'"),
        (_scenario(temprature=300.0), "unknown field 'temprature'"),
        (_scenario(vm_mode=1), "vm_mode"),
        (_scenario(vm_mode="GHK"), "vm_mode"),
        (_scenario(vm_clamp=1e7), "vm_clamp"),
        (_scenario(vm_clamp="-70"), "vm_clamp"),
        (_scenario(title=5), "title"),
        (_scenario(version=True), "version"),
        (_scenario(version="1"), "version"),
        (_scenario(ions={"name": "K"}), "ions.*list"),
        (_scenario(ions=["K"]), r"ions\[0\].*dict"),
        (_scenario(ions=[{"name": "K", "c_in": 140, "c_out": 5},
                         {"name": "k", "c_in": 140, "c_out": 5}]), "twice"),
    ],
)
def test_from_dict_is_strict_and_names_the_field(data, match):
    with pytest.raises(ValueError, match=match):
        MembraneModel.from_dict(data)


def test_scenario_json_with_nan_or_a_huge_number_is_refused():
    text = json.dumps(_scenario())
    for bad in ('"c_in": NaN', '"c_in": Infinity', '"c_in": 1e999', '"c_in": ' + "9" * 400):
        data = json.loads(text.replace('"c_in": 140.0', bad, 1))
        with pytest.raises(ValueError, match=r"ions\[0\]\.c_in"):
            MembraneModel.from_dict(data)


def test_from_dict_accepts_what_to_dict_writes_and_whole_number_valences():
    m = MembraneModel.from_preset("squid_axon")
    assert MembraneModel.from_dict(json.loads(json.dumps(m.to_dict()))).to_dict() == m.to_dict()
    data = _scenario(ion={"valence": 1.0})
    assert MembraneModel.from_dict(data).ion("K").valence == 1


def test_load_dict_sets_the_model_in_one_change_or_not_at_all():
    m = MembraneModel.from_preset()
    saved = m.to_dict()
    m.ion("K").c_out = 20.0
    m.temperature = 300.0
    revisions = []
    m.observe(lambda c: revisions.append(c["new"]), names="revision")
    m.load_dict(saved)
    assert m.to_dict() == saved and len(revisions) == 1
    before = m.to_dict()
    broken = json.loads(json.dumps(saved))
    broken["temperature"] = 300.0
    broken["ions"][2]["valence"] = 1.5  # the last field is bad: nothing at all is set
    with pytest.raises(ValueError, match=r"ions\[2\]\.valence"):
        m.load_dict(broken)
    assert m.to_dict() == before
    with pytest.raises(ValueError, match="ions"):
        m.load_dict(MembraneModel.from_preset("squid_axon").to_dict() | {"ions": [
            {"name": "K", "c_in": 400, "c_out": 10}]})
    assert m.to_dict() == before
