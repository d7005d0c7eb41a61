"""Widgets never raise and never show nan/inf: hostile inputs against every view of a model.

The model refuses any state its views cannot draw (tests/test_widgets_model.py); here every
view of the model is on screen while that happens, and every state the model accepts, up to
the corners of its ranges, is drawn with finite numbers only.
"""

import random

import numpy as np
import pytest

from membrane_widgets.widgets import (
    DrivingForceGauge,
    DynamicEquilibrium,
    GHKExplorer,
    GHKWeightBars,
    IonSliderPanel,
    MembraneModel,
    MembraneSimulator,
    NernstExplorer,
    PumpExplorer,
    PumpLeakRundown,
    use_language,
)
from membrane_widgets.widgets import _membrane_model as _model
from tests.widget_text import BAD_NUMBER, plain, visible_texts

NAN = float("nan")


def _views(model):
    """Every widget that views a shared model, all on `model`."""
    return [GHKExplorer(model=model), GHKWeightBars(model), IonSliderPanel(model),
            DrivingForceGauge(model), NernstExplorer(model), PumpExplorer(model),
            PumpLeakRundown(model=model), DynamicEquilibrium(model=model)]


def _texts(views):
    return [plain(t) for view in views for t in visible_texts(view)]


def _assert_no_nan(views):
    bad = [t for t in _texts(views) if BAD_NUMBER.search(t)]
    assert bad == []


# (target: "model" or an ion name, trait, value)
HOSTILE = [
    ("model", "temperature", 1e308),  # once: OverflowError in GHKWeightBars, vm left at -inf
    ("model", "temperature", 1e-300),
    ("model", "temperature", 37.0),
    ("model", "temperature", NAN),
    ("model", "temperature", True),
    ("model", "vm_clamp", 1e7),
    ("model", "vm_clamp", NAN),
    ("K", "c_out", 1e308),
    ("K", "c_in", 1e-300),
    ("K", "c_in", 0.0),
    ("Na", "permeability", 1e308),
    ("Na", "permeability", 5e-324),
    ("Cl", "valence", 4),
    ("Cl", "valence", 1.9),
]


@pytest.mark.parametrize(("target", "name", "value"), HOSTILE)
def test_hostile_inputs_leave_model_and_views_unchanged_with_a_clear_error(target, name, value):
    m = MembraneModel.from_preset()
    m.vm_mode = "clamp" if name == "vm_clamp" else "ghk"
    views = _views(m)
    state, shown = m.to_dict(), _texts(views)
    obj = m if target == "model" else m.ion(target)
    with pytest.raises(ValueError, match=name):  # the refusal, nothing from a view
        setattr(obj, name, value)
    assert m.to_dict() == state and np.isfinite(m.vm)
    assert _texts(views) == shown
    _assert_no_nan(views)


def _random_state(model, rng):
    """Set `model` to a random state at the corners of (and inside) the accepted ranges."""
    conc = [*_model.CONCENTRATION_RANGE, 1.0, 140.0]
    perm = [0.0, *_model.PERMEABILITY_RANGE, 1.0]
    with model.batch():
        model.temperature = rng.choice([*_model.TEMPERATURE_RANGE, 310.15])
        model.vm_mode = rng.choice(["ghk", "clamp"])
        model.vm_clamp = rng.choice([*_model.VM_CLAMP_RANGE, -70.0])
        for ion in model.ions:
            ion.c_in, ion.c_out = rng.choice(conc), rng.choice(conc)
            ion.permeability = rng.choice(perm)
            ion.valence = rng.choice([-_model.MAX_VALENCE, -1, 1, 2, _model.MAX_VALENCE])
        model.ions[0].permeability = rng.choice(perm[1:])  # one permeant ion


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_state_the_model_accepts_is_drawn_without_nan_or_an_error(language):
    rng = random.Random(20240611)
    with use_language(language):
        m = MembraneModel.from_preset()
        views = _views(m)
        simulator = MembraneSimulator(language=language)
        for _ in range(40):
            _random_state(m, rng)
            _random_state(simulator.model, rng)
            values = [m.vm, m.vm_ghk, *m.reversal.values(), *m.weights.values()]
            assert np.isfinite(values).all()
            _assert_no_nan([*views, simulator])
        views[6].run_button.click()  # the pump-leak run at the last state
        views[7].new_run_button.click()
        _assert_no_nan(views)
    explorer = views[0]
    assert np.isfinite(explorer.iv_currents).all() and np.isfinite(explorer.iv_points.y).all()


def test_a_refused_change_inside_a_batch_puts_every_view_back():
    m = MembraneModel.from_preset()
    views = _views(m)
    panel = views[2]
    slider, label = panel.c_out_slider.value, panel.c_out_value.value
    state, shown = m.to_dict(), _texts(views)
    with pytest.raises(ValueError, match="c_in"):
        with m.batch():
            m.ion("K").c_out = 40.0
            m.ion("Na").permeability = 2.0
            m.ion("Cl").c_in = -1.0
    assert m.to_dict() == state
    assert panel.c_out_slider.value == slider and panel.c_out_value.value == label
    assert views[1].sliders["Na"].value == pytest.approx(m.ion("Na").permeability)
    assert _texts(views) == shown


def test_controls_widened_beyond_the_model_never_raise_and_go_back():
    m = MembraneModel.from_preset()
    panel, gauge = IonSliderPanel(m), DrivingForceGauge(m)
    state = m.to_dict()
    panel.temperature_slider.max = 400.0  # °C: beyond the model's 500 K
    panel.temperature_slider.value = 350.0
    assert panel.temperature_slider.value == pytest.approx(37.0)
    panel.c_in_slider.min = -12.0  # 1e-12 mM: below the model's range
    panel.c_in_slider.value = 1e-12
    assert panel.c_in_slider.value == pytest.approx(m.ion("K").c_in, rel=0.03)
    m.vm_mode = "clamp"
    gauge.vm_slider.max = 2000.0
    gauge.vm_slider.value = 1500.0
    assert gauge.vm_slider.value == m.vm_clamp == -70.0
    m.vm_mode = "ghk"
    assert m.to_dict() == state


def test_views_follow_every_valence_and_clamp_the_model_accepts():
    m = MembraneModel.from_preset()
    panel, gauge = IonSliderPanel(m), DrivingForceGauge(m)
    m.ion("K").valence = -_model.MAX_VALENCE  # not among the panel's usual options
    assert panel.valence_select.value == -_model.MAX_VALENCE
    m.vm_mode, m.vm_clamp = "clamp", _model.VM_CLAMP_RANGE[1]
    assert gauge.vm_slider.value == m.vm_clamp and gauge.vm_slider.max >= m.vm_clamp
    _assert_no_nan([panel, gauge])
    panel.close()
    gauge.close()
    m.ion("K").valence = 2  # closed views are unlinked: nothing to update, nothing raises
    m.vm_clamp = -80.0
