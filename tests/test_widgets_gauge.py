"""DrivingForceGauge, headless: move its controls, assert on the model, readout and marks."""

import math

import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import DrivingForceGauge, IonSliderPanel, MembraneModel, text
from tests.widget_text import BAD_NUMBER, html_values
from tests.widget_text import plain as _plain

T = physics.BODY_TEMPERATURE





def _set_e_na(model, e_na):
    """Set the Na+ concentrations so that E_Na is `e_na` mV at the model's temperature."""
    vt = physics.thermal_voltage(model.temperature)
    model.ion("Na").c_out = model.ion("Na").c_in * math.exp(e_na / vt)


def _clamp(gauge, vm):
    gauge.clamp_checkbox.value = True
    gauge.vm_slider.value = vm


def test_default_gauge_shows_first_ion_on_one_voltage_axis():
    g = DrivingForceGauge()
    m = g.model
    assert g.ion_select.value == m.names[0] == "K"
    assert len(g.figure.axes) == 1 and g.figure.axes[0].scale is g.voltage_scale
    assert g.voltage_scale.min <= -150 and g.voltage_scale.max >= 150
    assert g.lines.x.shape == (5, 3)
    np.testing.assert_allclose(g.lines.x[0, :2], m.vm)  # V_m line (then its label's leader)
    np.testing.assert_allclose(g.lines.x[1, :2], m.reversal["K"])  # E_K line
    assert g.lines.colors[:2] == ["black", physics.get_ion("K").colour]
    plain = _plain(g.readout.value)
    assert "Vm = −71.7 mV" in plain and "EK⁺ = −89.1 mV" in plain
    assert "(from GHK)" in plain


def test_sodium_at_minus_70_has_driving_force_minus_125_inward():
    m = MembraneModel.from_preset()
    _set_e_na(m, 55.0)
    g = DrivingForceGauge(m, ion="Na")
    _clamp(g, -70.0)
    assert m.vm_mode == "clamp" and m.vm == -70.0
    assert m.reversal["Na"] == pytest.approx(55.0, abs=1e-9)
    plain = _plain(g.readout.value)
    assert "Vm − ENa⁺ = −125.0 mV" in plain
    assert "Na⁺ ions move inward; the current is inward." in plain
    assert "(clamped)" in plain
    # arrow from E (+55) to V_m (-70): shaft ends at V_m, barbs behind the tip (to its right)
    shaft, barbs = g.lines.x[2], g.lines.x[3]
    assert shaft[0] == pytest.approx(55.0) and shaft[-1] == pytest.approx(-70.0)
    assert barbs[1] == pytest.approx(-70.0) and barbs[0] > -70.0 and barbs[2] > -70.0
    # the arrow is named as the driving force; the number is in the readout beside it
    assert g.lines.labels[4] == "driving force Vₘ − E"
    # ΔG of entry = zF(V_m - E) = -12.06 kJ/mol: downhill
    assert "ΔG to move 1 mol of Na⁺ in: −12.06 kJ/mol (spontaneous)" in plain


def test_potassium_at_minus_70_drives_plus_25_outward_and_leaving_is_downhill():
    m = MembraneModel.from_preset()
    m.ion("K").c_in, m.ion("K").c_out = 140.0, 4.0
    g = DrivingForceGauge(m, ion="K")
    _clamp(g, -70.0)
    assert m.reversal["K"] == pytest.approx(-95.0, abs=0.05)
    plain = _plain(g.readout.value)
    assert "Vm − EK⁺ = +25.0 mV" in plain
    assert "K⁺ ions move outward; the current is outward." in plain
    g.direction_select.value = "out"
    expected = physics.transfer_free_energy(4.0, 140.0, 1, -70.0, T, direction="out")
    assert expected == pytest.approx(-2414, abs=1)
    plain = _plain(g.readout.value)
    assert "ΔG to move 1 mol of K⁺ out: −2.41 kJ/mol (spontaneous)" in plain
    g.direction_select.value = "in"
    assert "ΔG to move 1 mol of K⁺ in: +2.41 kJ/mol (needs energy)" in _plain(g.readout.value)
    # arrow points right, from E_K (-95) up to V_m (-70)
    barbs = g.lines.x[3]
    assert barbs[1] == pytest.approx(-70.0) and barbs[0] < -70.0


def test_anion_moves_opposite_to_its_current_and_the_readout_says_so():
    m = MembraneModel.from_preset()
    vt = physics.thermal_voltage(T)
    cl = m.ion("Cl")
    cl.c_out = cl.c_in * math.exp(80.0 / vt)  # E_Cl = -80 mV (z = -1)
    g = DrivingForceGauge(m, ion="Cl")
    _clamp(g, -70.0)
    assert m.reversal["Cl"] == pytest.approx(-80.0, abs=1e-9)
    plain = _plain(g.readout.value)
    assert "Cl⁻ ions move inward; the current is outward" in plain
    assert "opposite to the ions" in plain
    assert physics.describe_flow(-70.0, -80.0, -1) == {"ions": "inward", "current": "outward"}
    # Cl- entering at V_m > E_Cl is downhill
    assert "ΔG to move 1 mol of Cl⁻ in: −0.96 kJ/mol (spontaneous)" in plain


def test_at_the_reversal_potential_the_gauge_shows_equilibrium_and_no_arrowhead():
    g = DrivingForceGauge(ion="K")
    _clamp(g, g.model.reversal["K"])
    plain = _plain(g.readout.value)
    assert "No net movement of K⁺ and no current" in plain
    assert "(at equilibrium)" in plain
    assert "Vm − EK⁺ = 0.0 mV" in plain
    barbs = g.lines.x[3]
    np.testing.assert_allclose(barbs, g.model.vm)  # collapsed to a point


def test_clamp_checkbox_maps_to_vm_mode_and_enables_the_slider():
    g = DrivingForceGauge()
    assert g.model.vm_mode == "ghk" and g.vm_slider.disabled
    g.clamp_checkbox.value = True
    assert g.model.vm_mode == "clamp" and not g.vm_slider.disabled
    g.vm_slider.value = -50.0
    assert g.model.vm_clamp == -50.0 and g.model.vm == -50.0
    np.testing.assert_allclose(g.lines.x[0, :2], -50.0)
    assert "Vm = −50.0 mV (clamped)" in _plain(g.readout.value)
    g.model.vm_mode = "ghk"  # from the model side
    assert g.clamp_checkbox.value is False and g.vm_slider.disabled
    assert g.model.vm == pytest.approx(g.model.vm_ghk)


def test_choosing_another_ion_recolours_the_marks_and_rewrites_the_readout():
    g = DrivingForceGauge()
    g.ion_select.value = "Na"
    colour = physics.get_ion("Na").colour
    assert g.ion is g.model.ion("Na")
    assert g.lines.colors == ["black", colour, colour, colour, colour]
    assert g.lines.labels[1] == "E(Na⁺)"
    np.testing.assert_allclose(g.lines.x[1, :2], g.model.reversal["Na"])
    assert "ENa⁺ = +60.6 mV" in _plain(g.readout.value)  # every potential signed


def test_axis_widens_to_show_a_far_reversal_potential_and_is_never_recreated():
    g = DrivingForceGauge(ion="K")
    axis, scale = g.figure.axes[0], g.voltage_scale
    k = g.model.ion("K")
    k.c_in, k.c_out = 1000.0, 1e-5
    e_k = g.model.reversal["K"]
    assert e_k < -400
    assert g.figure.axes[0] is axis and g.voltage_scale is scale
    assert scale.min <= e_k - 10 and scale.max >= 150
    k.c_in, k.c_out = 140.0, 5.0
    assert (scale.min, scale.max) == (-150.0, 150.0)


def test_two_gauges_on_one_model_stay_in_sync():
    m = MembraneModel.from_preset()
    a, b = DrivingForceGauge(m, ion="Na"), DrivingForceGauge(m, ion="K")
    _clamp(a, -40.0)
    assert b.clamp_checkbox.value is True and b.vm_slider.value == -40.0
    np.testing.assert_allclose(b.lines.x[0, :2], -40.0)
    assert "Vm = −40.0 mV (clamped)" in _plain(b.readout.value)
    # and with a concentration panel on the same model
    panel = IonSliderPanel(m, ion="K")
    panel.c_out_slider.value = 20.0
    np.testing.assert_allclose(b.lines.x[1, :2], m.reversal["K"])
    assert physics.nernst_potential(20.0, 140.0, 1, T) == pytest.approx(-52.0, abs=0.05)
    assert "EK⁺ = −52.0 mV" in _plain(b.readout.value)


@pytest.mark.parametrize("ion", ["K", "Na", "Cl"])
def test_extreme_positions_give_no_nan_or_inf(ion):
    m = MembraneModel.from_preset()
    g = DrivingForceGauge(m, ion=ion)
    panel = IonSliderPanel(m, ion=ion)
    g.clamp_checkbox.value = True
    for vm in (g.vm_slider.min, g.vm_slider.max):
        g.vm_slider.value = vm
        for c_in in (panel.c_in_slider.min, panel.c_in_slider.max):
            for c_out in (panel.c_out_slider.min, panel.c_out_slider.max):
                panel.c_in_slider.value = 10.0**c_in
                panel.c_out_slider.value = 10.0**c_out
                for direction in ("in", "out"):
                    g.direction_select.value = direction
                    for value in html_values(g):
                        assert not BAD_NUMBER.search(value), value
                    assert np.isfinite(g.lines.x).all()
                    assert g.voltage_scale.min <= g.lines.x.min()
                    assert g.voltage_scale.max >= g.lines.x.max()
    g.clamp_checkbox.value = False
    assert np.isfinite(g.lines.x).all()


def test_no_permeant_ion_shows_a_message_and_keeps_the_last_result():
    g = DrivingForceGauge()
    before, lines = g.readout.value, g.lines.x.copy()
    with g.model.batch():
        for ion in g.model.ions:
            ion.permeability = 0.0
    assert text("error.no_permeant_ion") in g.message.value
    assert g.message.layout.display is None
    assert g.readout.value == before
    np.testing.assert_array_equal(g.lines.x, lines)
    g.model.ion("K").permeability = 1.0
    assert g.message.value == "" and g.message.layout.display == "none"
