"""PumpExplorer: V_m with and without the electrogenic Na⁺/K⁺ pump (Mullins-Noda)."""

import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import IonSliderPanel, IonState, MembraneModel, PumpExplorer

NEURON = (140.0, 5.0, 15.0, 145.0)  # K in, K out, Na in, Na out (mM)


def _no_nan(pe):
    return all("nan" not in h.lower() and "inf" not in h.lower()
               for h in (pe.readout.value, pe.caption.value, pe.ratio_text.value))


def test_builds_with_no_arguments_on_the_neuron():
    pe = PumpExplorer()
    assert pe.ratio_slider.value == 1.5
    assert pe.ratio_text.value.startswith("3 Na⁺ : 2 K⁺")
    assert pe.p_ratio_slider.value == pytest.approx(0.03)  # the preset's P_Na/P_K
    assert "K⁺ 140 mM in, 5.00 mM out" in pe.caption.value
    assert "Na⁺ 15.0 mM in, 145 mM out" in pe.caption.value


def test_pump_contribution_is_a_few_mv_negative_at_3_to_2():
    pe = PumpExplorer()
    assert -10.0 < pe.contribution < -1.0
    assert pe.contribution == pytest.approx(physics.pump_contribution(1.0, 0.03, *NEURON))
    assert pe.vm_pump == pytest.approx(physics.mullins_noda_potential(1.0, 0.03, *NEURON))
    assert pe.vm_passive == pytest.approx(
        physics.mullins_noda_potential(1.0, 0.03, *NEURON, coupling_ratio=1.0))
    assert pe.vm_pump - pe.vm_passive == pytest.approx(pe.contribution)
    assert pe.vm == pe.vm_pump
    assert f"<b>{pe.contribution:.1f} mV</b>".replace("-", "−") in pe.readout.value
    assert pe.markers.y.tolist() == pytest.approx([pe.vm_pump, pe.vm_passive])


def test_curves_lie_between_e_k_and_e_na_and_the_pump_curve_is_lower():
    pe = PumpExplorer()
    e_k, e_na = pe.reversal_lines.y[:, 0]
    assert e_k == pytest.approx(physics.nernst_potential(5.0, 140.0, 1))
    assert e_na == pytest.approx(physics.nernst_potential(145.0, 15.0, 1))
    for curve in (pe.pump_curve, pe.passive_curve):
        assert np.all((curve.y > e_k) & (curve.y < e_na))
    assert np.all(pe.pump_curve.y < pe.passive_curve.y)
    assert pe.passive_curve.y[0] == pytest.approx(e_k, abs=2.0)  # P_Na/P_K = 0.001
    scale = pe.figure.axes[1].scale
    assert scale.min < e_k and e_na < scale.max


def test_an_electroneutral_pump_adds_nothing():
    pe = PumpExplorer()
    pe.ratio_slider.value = 1.0
    assert "electroneutral" in pe.ratio_text.value
    assert pe.contribution == pytest.approx(0.0, abs=1e-12)
    np.testing.assert_allclose(pe.pump_curve.y, pe.passive_curve.y)
    assert "<b>0.0 mV</b>" in pe.readout.value


def test_a_larger_coupling_ratio_hyperpolarises_more():
    pe = PumpExplorer()
    before = pe.contribution
    passive = pe.passive_curve.y
    pe.ratio_slider.value = 3.0
    assert pe.ratio_text.value.startswith("3 Na⁺ : 1 K⁺")
    assert pe.contribution < before
    assert pe.passive_curve.y is passive  # r does not touch the r = 1 curve
    assert "r = 3.00" in pe.pump_curve.labels[0]
    pe.ratio_slider.value = 1.35
    assert pe.ratio_text.value == "1.35 Na⁺ per K⁺"


def test_blocking_the_pump_shows_the_passive_potential_at_once():
    pe = PumpExplorer()
    with_pump, passive = pe.vm_pump, pe.vm_passive
    pe.block_toggle.value = True
    assert pe.blocked and pe.vm == pytest.approx(passive)
    assert pe.ratio_slider.disabled
    assert "Pump blocked" in pe.readout.value
    assert f"+{abs(pe.contribution):.1f} mV" in pe.readout.value  # depolarises
    assert "minutes to hours" in pe.caption.value
    assert pe.pump_curve.opacities == [0.2]
    pe.block_toggle.value = False
    assert pe.vm == pytest.approx(with_pump) and not pe.ratio_slider.disabled
    assert "minutes to hours" not in pe.caption.value


def test_permeability_slider_moves_the_markers_only():
    pe = PumpExplorer()
    curves = (pe.pump_curve.y, pe.passive_curve.y)
    pe.p_ratio_slider.value = 0.1
    assert pe.markers.x.tolist() == pytest.approx([0.1, 0.1])
    assert pe.vm_passive == pytest.approx(
        physics.mullins_noda_potential(1.0, 0.1, *NEURON, coupling_ratio=1.0))
    assert pe.pump_curve.y is curves[0] and pe.passive_curve.y is curves[1]  # not redrawn
    # more Na+ permeability: depolarised, and the pump matters more
    assert pe.vm_passive > -60 and pe.contribution < physics.pump_contribution(
        1.0, 0.03, *NEURON)


def test_follows_the_models_concentrations_and_its_ratio_is_the_models_p_na():
    model = MembraneModel.from_preset()
    before = model.to_dict()
    pe = PumpExplorer(model)
    panel = IonSliderPanel(model)
    pe.ratio_slider.value = 2.0  # the pump's coupling: the explorer's own question
    pe.block_toggle.value = True
    assert model.to_dict() == before
    # P_Na/P_K is the shared model's: the slider writes P_Na (P_K stays 1) ...
    pe.p_ratio_slider.value = 0.5
    assert model.ion("Na").permeability == pytest.approx(0.5 * model.ion("K").permeability)
    assert model.ion("K").permeability == before["ions"][0]["permeability"]
    # ... and follows a P_Na or P_K set elsewhere
    model.ion("Na").permeability = 0.2
    assert pe.p_ratio_slider.value == pytest.approx(0.2 / model.ion("K").permeability)
    model.ion("K").permeability = 2.0
    assert pe.p_ratio_slider.value == pytest.approx(0.1)
    assert pe.vm_passive == pytest.approx(
        physics.mullins_noda_potential(1.0, 0.1, 140.0, 5.0, 15.0, 145.0, coupling_ratio=1.0))
    model.ion("K").permeability = 1.0
    model.ion("Na").permeability = 0.5
    panel.c_out_slider.value = 20.0  # K+ outside, through another view
    assert "20.0 mM out" in pe.caption.value
    assert pe.vm_passive == pytest.approx(
        physics.mullins_noda_potential(1.0, 0.5, 140.0, 20.0, 15.0, 145.0, coupling_ratio=1.0))
    assert pe.reversal_lines.y[0, 0] == pytest.approx(physics.nernst_potential(20.0, 140.0, 1))


def test_a_model_without_sodium_is_refused():
    model = MembraneModel([IonState("K", 140.0, 5.0, 1.0), IonState("Cl", 10.0, 110.0, 0.1)])
    with pytest.raises(ValueError, match="Na"):
        PumpExplorer(model)


def test_extreme_positions_show_numbers_never_nan():
    pe = PumpExplorer()
    for blocked in (False, True):
        pe.block_toggle.value = blocked
        for r in (pe.ratio_slider.min, pe.ratio_slider.max):
            pe.ratio_slider.value = r
            for p in (10.0**pe.p_ratio_slider.min, 10.0**pe.p_ratio_slider.max):
                pe.p_ratio_slider.value = p
                assert _no_nan(pe)
                assert np.all(np.isfinite(pe.markers.y))
                assert np.all(np.isfinite(pe.pump_curve.y))
    pe.model.temperature = physics.celsius_to_kelvin(0.0)
    assert _no_nan(pe) and pe.message.value == ""
