"""IonSliderPanel: move its controls, read the model, the readout and the picture."""

import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import IonSliderPanel, MembraneModel


def test_builds_with_no_arguments_on_the_neuron():
    panel = IonSliderPanel()
    assert panel.model.names == ["K", "Na", "Cl"]
    assert "E<sub>K⁺</sub> = <b>−89.1 mV</b>" in panel.readout.value
    assert panel.c_in_slider.value == 140.0 and panel.c_out_slider.value == 5.0
    assert panel.bars.y.tolist() == [140.0, 5.0]
    assert panel.bars.colors == [physics.get_ion("K").colour]


def test_moving_the_outside_slider_updates_model_readout_and_bars():
    panel = IonSliderPanel()
    panel.c_out_slider.value = 10.0
    assert panel.model.ion("K").c_out == 10.0
    expected = physics.nernst_potential(10.0, 140.0, 1)
    assert f"{abs(expected):.1f} mV" in panel.readout.value
    assert panel.bars.y.tolist() == [140.0, 10.0]


def test_temperature_slider_is_in_celsius_and_model_in_kelvin():
    panel = IonSliderPanel()
    panel.temperature_slider.value = 20.0
    assert panel.model.temperature == pytest.approx(293.15)
    e = physics.nernst_potential(5.0, 140.0, 1, 293.15)
    assert f"{abs(e):.1f} mV" in panel.readout.value


def test_valence_flips_the_sign_for_the_same_gradient():
    panel = IonSliderPanel()
    panel.valence_select.value = -1
    assert panel.model.ion("K").valence == -1
    assert "<b>+89.1 mV</b>" in panel.readout.value
    panel.valence_select.value = 2
    assert "<b>−44.5 mV</b>" in panel.readout.value


def test_switching_ion_rebinds_the_sliders():
    panel = IonSliderPanel()
    panel.ion_select.value = "Cl"
    assert panel.c_in_slider.value == 10.0 and panel.c_out_slider.value == 110.0
    assert "Cl⁻" in panel.c_in_slider.description
    panel.c_in_slider.value = 20.0
    assert panel.model.ion("Cl").c_in == 20.0
    assert panel.model.ion("K").c_in == 140.0  # the old ion is no longer bound
    assert panel.bars.colors == [physics.get_ion("Cl").colour]


def test_two_panels_on_one_model_stay_in_sync():
    model = MembraneModel.from_preset()
    a, b = IonSliderPanel(model), IonSliderPanel(model)
    a.c_in_slider.value = 100.0
    assert b.c_in_slider.value == 100.0
    assert a.readout.value == b.readout.value
    b.temperature_slider.value = 10.0
    assert a.temperature_slider.value == 10.0


def test_model_changes_from_code_move_the_sliders():
    panel = IonSliderPanel()
    panel.model.ion("K").c_in = 400.0
    assert panel.c_in_slider.value == 400.0
    assert panel.bars.y[0] == 400.0


def test_a_value_outside_the_default_range_is_not_clamped():
    model = MembraneModel.from_preset()
    model.ion("K").c_out = 1e-7
    panel = IonSliderPanel(model)
    assert model.ion("K").c_out == 1e-7  # the slider widened, it did not clamp
    assert panel.c_out_slider.min <= -7


@pytest.mark.parametrize("attr", ["c_in_slider", "c_out_slider"])
def test_extreme_positions_show_numbers_never_nan(attr):
    panel = IonSliderPanel()
    slider = getattr(panel, attr)
    for value in (10.0**slider.min, 10.0**slider.max):
        slider.value = value
        text = panel.readout.value
        assert "nan" not in text.lower() and "inf" not in text.lower()
        assert np.all(np.isfinite(panel.bars.y))
    panel.temperature_slider.value = panel.temperature_slider.min
    assert "nan" not in panel.readout.value


def test_no_permeant_ion_message_shows_inline():
    panel = IonSliderPanel()
    with panel.model.batch():
        for ion in panel.model.ions:
            ion.permeability = 0.0
    assert "permeable" in panel.message.value
    assert panel.message.layout.display is None
    panel.model.ion("K").permeability = 1.0
    assert panel.message.value == "" and panel.message.layout.display == "none"
