"""NernstExplorer: E against [out]/[in] for a valence and temperature, on the shared model."""

import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import IonSliderPanel, MembraneModel, NernstExplorer

# RT/F ln 10 at 37 °C, mV (R = 8.314462618, F = 96485.33212, T = 310.15 K).
SLOPE_37C = 61.54


def _no_nan(html):
    low = html.lower()
    return "nan" not in low and "inf" not in low


def test_builds_with_no_arguments_and_shows_the_chapter_numbers():
    ne = NernstExplorer()
    assert ne.model.names == ["K", "Na", "Cl"]
    assert "E<sub>K⁺</sub> = <b>−89.1 mV</b>" in ne.readout.value
    assert ne.slope == pytest.approx(SLOPE_37C, abs=0.01)
    assert "<b>+61.5 mV</b> per tenfold change" in ne.readout.value
    assert ne.marker.x.tolist() == pytest.approx([5.0 / 140.0])
    assert ne.marker.y.tolist() == pytest.approx([-89.06], abs=0.01)
    assert ne.curve.colors == [physics.get_ion("K").colour]
    assert ne.ratios[0] == pytest.approx(1e-4) and ne.ratios[-1] == pytest.approx(1e4)


def test_curve_is_the_nernst_potential_and_crosses_zero_at_equal_concentrations():
    ne = NernstExplorer()
    expected = physics.nernst_potential(ne.ratios, 1.0, 1, physics.BODY_TEMPERATURE)
    np.testing.assert_allclose(ne.curve.y, expected)
    mid = len(ne.ratios) // 2
    assert ne.ratios[mid] == pytest.approx(1.0) and ne.curve.y[mid] == pytest.approx(0.0, abs=1e-9)


def test_divalent_ion_needs_half_the_voltage():
    ne = NernstExplorer()
    ne.valence_select.value = 2
    assert ne.model.ion("K").valence == 2
    assert ne.slope == pytest.approx(SLOPE_37C / 2, abs=0.01)
    np.testing.assert_allclose(ne.curve.y, ne.reference_curve.y / 2)
    assert "half the voltage" in ne.readout.value
    assert "<b>+30.8 mV</b> per tenfold change" in ne.readout.value
    assert ne.marker.y[0] == pytest.approx(-89.06 / 2, abs=0.01)


def test_negative_valence_mirrors_the_curve():
    ne = NernstExplorer()
    ne.valence_select.value = -1
    np.testing.assert_allclose(ne.curve.y, -ne.reference_curve.y)
    assert ne.slope == pytest.approx(-SLOPE_37C, abs=0.01)
    assert "mirror image" in ne.readout.value
    assert "z = −1" in ne.readout.value  # a true minus sign


def test_warmer_means_larger_and_the_cold_curve_stays_at_zero_celsius():
    ne = NernstExplorer()
    cold = ne.cold_curve.y.copy()
    ne.temperature_slider.value = 20.0
    assert ne.model.temperature == pytest.approx(293.15)
    assert ne.slope == pytest.approx(SLOPE_37C * 293.15 / 310.15, abs=0.01)
    np.testing.assert_array_equal(ne.cold_curve.y, cold)  # 0 °C does not move
    assert np.all(np.abs(ne.curve.y) >= np.abs(ne.cold_curve.y) - 1e-12)
    assert abs(ne.curve.y[-1]) > abs(ne.cold_curve.y[-1])
    assert "20.0 °C" in ne.curve.labels[0] and "54.2 mV" in ne.readout.value


def test_a_concentration_move_moves_the_marker_but_not_the_curves():
    ne = NernstExplorer()
    curve, reference = ne.curve.y, ne.reference_curve.y
    ne.c_out_slider.value = 14.0
    assert ne.model.ion("K").c_out == 14.0
    assert ne.marker.x[0] == pytest.approx(0.1)
    assert ne.marker.y[0] == pytest.approx(-SLOPE_37C, abs=0.01)  # one decade below 1
    assert "−61.5 mV" in ne.readout.value
    assert ne.curve.y is curve and ne.reference_curve.y is reference  # not recomputed


def test_switching_ion_recolours_and_moves_the_marker():
    ne = NernstExplorer()
    ne.ion_select.value = "Na"
    assert ne.curve.colors == [physics.get_ion("Na").colour]
    assert ne.marker.colors == [physics.get_ion("Na").colour]
    assert ne.marker.x[0] == pytest.approx(145.0 / 15.0)
    assert ne.marker.y[0] == pytest.approx(physics.nernst_potential(145.0, 15.0, 1))
    assert "E<sub>Na⁺</sub>" in ne.readout.value


def test_starts_on_the_requested_ion_of_a_shared_model():
    model = MembraneModel.from_preset()
    ne = NernstExplorer(model, ion="Cl")
    assert ne.model is model and ne.ion.name == "Cl"
    assert ne.slope == pytest.approx(-SLOPE_37C, abs=0.01)


def test_stays_in_sync_with_another_view_of_the_model():
    model = MembraneModel.from_preset()
    ne, panel = NernstExplorer(model), IonSliderPanel(model)
    panel.c_in_slider.value = 50.0
    assert ne.marker.x[0] == pytest.approx(5.0 / 50.0)
    assert ne.c_in_slider.value == 50.0
    panel.temperature_slider.value = 0.0
    assert ne.temperature_slider.value == 0.0
    np.testing.assert_allclose(ne.curve.y, ne.cold_curve.y)


def test_a_ratio_beyond_the_axis_widens_it_instead_of_hiding_the_marker():
    model = MembraneModel.from_preset()
    with model.batch():
        model.ion("K").c_in = 1e-3
        model.ion("K").c_out = 1e3
    ne = NernstExplorer(model)
    assert ne.figure.axes[0].scale.max >= 1e6 and ne.ratios[-1] >= 1e6
    assert ne.figure.axes[1].scale.max >= abs(ne.marker.y[0])
    assert np.all(np.isfinite(ne.curve.y)) and _no_nan(ne.readout.value)


@pytest.mark.parametrize("z", [-2, -1, 1, 2, 3])
def test_extreme_positions_show_numbers_never_nan(z):
    ne = NernstExplorer()
    ne.valence_select.value = z
    for slider in (ne.c_in_slider, ne.c_out_slider):
        for value in (10.0**slider.min, 10.0**slider.max):
            slider.value = value
            assert _no_nan(ne.readout.value)
            assert np.all(np.isfinite(ne.marker.y))
    for t in (ne.temperature_slider.min, ne.temperature_slider.max):
        ne.temperature_slider.value = t
        assert _no_nan(ne.readout.value)
        for mark in (ne.curve, ne.reference_curve, ne.cold_curve):
            assert np.all(np.isfinite(mark.y))
        assert np.all(np.abs(ne.curve.y) <= ne.figure.axes[1].scale.max)


def test_no_permeant_ion_message_shows_inline_and_nernst_still_works():
    ne = NernstExplorer()
    with ne.model.batch():
        for ion in ne.model.ions:
            ion.permeability = 0.0
    assert "permeable" in ne.panel.message.value
    ne.c_out_slider.value = 10.0
    assert ne.marker.y[0] == pytest.approx(physics.nernst_potential(10.0, 140.0, 1))
