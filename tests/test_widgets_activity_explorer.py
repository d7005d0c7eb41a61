"""ActivityExplorer: γ against ionic strength under three laws, and the Nernst error."""

import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import ActivityExplorer
from membrane_widgets.widgets._kit_figure import LABEL_HEIGHT_PX, plot_height

T37 = physics.celsius_to_kelvin(37.0)


def _no_nan(*htmls):
    return all("nan" not in h.lower() and "inf" not in h.lower() for h in htmls)


def _htmls(ae):
    return (ae.readout.value, ae.error_table.value, ae.validity.value, ae.salt_readout.value)


def test_builds_with_no_arguments_with_illustrative_defaults():
    ae = ActivityExplorer()
    assert ae.law == "davies"
    assert ae.ionic_strength_slider.value == 150.0
    assert (ae.i_out_slider.value, ae.i_in_slider.value) == (150.0, 170.0)
    assert ae.temperature_slider.value == 37.0
    assert "illustrative" in ae.caption.value
    assert ae.gamma_curves.shape == (3, 200)
    assert [c.colors[0] for c in ae.curves[:2]] == [physics.get_ion("K").colour,
                                                    physics.get_ion("Ca").colour]


def test_curves_are_apart_without_colour_and_named_at_their_ends():
    ae = ActivityExplorer()
    # three dash patterns, no legend: each curve's valence is written at its right-hand end
    assert [c.line_style for c in ae.curves] == ["solid", "dashed", "dotted"]
    assert not any(c.display_legend for c in ae.curves)
    assert list(ae.curve_labels.text) == ["z = 1", "z = 2", "z = 3"]
    assert np.all(ae.curve_labels.x == ae.ionic_strengths[-1])
    ends = ae.gamma_curves[:, -1]
    gaps_px = -np.diff(ae.curve_labels.y) * plot_height(ae.figure) / 1.05
    assert np.all(gaps_px >= LABEL_HEIGHT_PX) and np.all(np.abs(ae.curve_labels.y - ends) < 0.2)
    ae.law_select.value = "extended_debye_huckel"  # z = 3 is not drawn: nor its label
    assert [c.visible for c in ae.curves] == [True, True, False]
    assert list(ae.curve_labels.text) == ["z = 1", "z = 2", ""]
    assert "Curves: z = 1 (K⁺, a = 3.0 Å), z = 2 (Ca²⁺, a = 6.0 Å)" in ae.readout.value


def test_readout_and_points_give_gamma_at_the_chosen_ionic_strength():
    ae = ActivityExplorer()
    expected = physics.activity_coefficient(np.array([1, 2, 3]), 150.0, "davies", T37)
    np.testing.assert_allclose(ae.points.y, expected)
    np.testing.assert_allclose(ae.gammas, expected)
    assert ae.i_marker.x.tolist() == [150.0, 150.0]
    assert f"γ(z = 1) = <b>{expected[0]:.3f}</b>" in ae.readout.value
    assert "150 mM" in ae.readout.value and "37.0 °C" in ae.readout.value
    # γ falls with the square of the charge
    assert expected[0] > expected[1] > expected[2]


def test_moving_the_ionic_strength_moves_marker_and_points_not_curves():
    ae = ActivityExplorer()
    curves = [c.y for c in ae.curves]
    ae.ionic_strength_slider.value = 10.0
    assert ae.i_marker.x.tolist() == [10.0, 10.0]
    assert ae.points.x.tolist() == [10.0, 10.0, 10.0]
    expected = physics.activity_coefficient(np.array([1, 2, 3]), 10.0, "davies", T37)
    np.testing.assert_allclose(ae.points.y, expected)
    assert all(c.y is y for c, y in zip(ae.curves, curves, strict=True))  # not recomputed


def test_curves_follow_the_chosen_law():
    ae = ActivityExplorer()
    ae.law_select.value = "debye_huckel"
    expected = physics.activity_coefficient(
        np.array([1, 2, 3]), ae.ionic_strengths[:, np.newaxis], "debye_huckel", T37)
    np.testing.assert_allclose(ae.gamma_curves, expected.T)
    # the limiting law falls below the Davies curve at high I
    davies = physics.activity_coefficient(1, 1000.0, "davies", T37)
    assert ae.gamma_curves[0, -1] < davies


def test_extended_law_uses_library_ion_sizes_and_leaves_out_z3():
    ae = ActivityExplorer()
    ae.law_select.value = "extended_debye_huckel"
    assert ae.gamma_curves.shape == (2, 200)
    assert "K⁺, a = 3.0 Å" in ae.curves[0].labels[0]
    assert "Ca²⁺, a = 6.0 Å" in ae.curves[1].labels[0]
    k = physics.activity_coefficient(1, ae.ionic_strengths, "extended_debye_huckel", T37,
                                     ion_size=3.0)
    np.testing.assert_allclose(ae.gamma_curves[0], k)
    assert "z = 3 is not drawn" in ae.readout.value
    assert len(ae.points.y) == 2 and len(ae.points.colors) == 2


def test_nernst_error_table_for_k_and_ca():
    ae = ActivityExplorer()
    g = physics.activity_coefficient(np.array([1, 2]), np.array([[150.0], [170.0]]), "davies",
                                     T37)
    expected = physics.nernst_activity_error(g[0], g[1], np.array([1, 2]), T37)
    assert ae.delta_e["K"] == pytest.approx(expected[0])
    assert ae.delta_e["Ca"] == pytest.approx(expected[1])
    # crowded inside: γ_in < γ_out, so the true E of a cation is more positive (a fraction of a mV)
    assert 0 < ae.delta_e["K"] < 1.0
    # log γ goes as z², E as 1/z: Ca²⁺'s error is twice K⁺'s under Davies
    assert ae.delta_e["Ca"] == pytest.approx(2 * ae.delta_e["K"])
    assert f"{expected[0]:.2f} mV" in ae.error_table.value
    assert "K⁺" in ae.error_table.value and "Ca²⁺" in ae.error_table.value


def test_equal_ionic_strengths_give_no_error():
    ae = ActivityExplorer()
    ae.i_in_slider.value = 150.0
    assert ae.delta_e == {"K": 0.0, "Ca": 0.0}
    assert "<b>0.00 mV</b>" in ae.error_table.value


def test_validity_caption_appears_beyond_the_law_range():
    ae = ActivityExplorer()
    assert ae.validity.value == "" and ae.validity.layout.display == "none"
    ae.law_select.value = "debye_huckel"
    assert "few mM" in ae.validity.value and ae.validity.layout.display is None
    for slider in (ae.ionic_strength_slider, ae.i_out_slider, ae.i_in_slider):
        slider.value = 1.0
    assert ae.validity.value == "" and ae.validity.layout.display == "none"
    ae.ionic_strength_slider.value = 20.0
    assert "I = 20.0 mM" in ae.validity.value
    assert ae.validity_line.x.tolist() == [5.0, 5.0]


def test_temperature_outside_0_to_100_celsius_shows_a_message_and_keeps_the_last_result():
    ae = ActivityExplorer()
    readout, table, curves = ae.readout.value, ae.error_table.value, ae.curves[0].y
    ae.temperature_slider.max = 120.0
    ae.temperature_slider.value = 110.0
    assert "0 and 100 °C" in ae.message.value and ae.message.layout.display is None
    assert ae.readout.value == readout and ae.error_table.value == table
    assert ae.curves[0].y is curves
    ae.temperature_slider.value = 25.0
    assert ae.message.value == "" and ae.message.layout.display == "none"
    assert "25.0 °C" in ae.readout.value


def test_temperature_changes_gamma():
    ae = ActivityExplorer()
    g37 = ae.gammas.copy()
    ae.temperature_slider.value = 0.0
    # ε_r T of water is larger at 0 °C than at 37 °C, so A is smaller and γ closer to 1
    assert np.all(ae.gammas > g37)


def test_salt_calculator_uses_ionic_strength_and_feeds_the_slider():
    ae = ActivityExplorer()
    assert "150 mM NaCl" in ae.salt_readout.value and "<b>150 mM</b>" in ae.salt_readout.value
    ae.salt_select.value = "CaCl2"
    ae.salt_slider.value = 10.0
    assert "<b>30.0 mM</b>" in ae.salt_readout.value
    ae.use_salt_button.click()
    assert ae.ionic_strength_slider.value == pytest.approx(30.0)
    assert ae.i_marker.x.tolist() == pytest.approx([30.0, 30.0])
    ae.salt_select.value = "MgSO4"
    ae.salt_slider.value = 1000.0
    assert "<b>4000 mM</b>" in ae.salt_readout.value
    ae.use_salt_button.click()  # beyond the slider: clipped to its end, not an error
    assert ae.ionic_strength_slider.value == pytest.approx(1000.0)


@pytest.mark.parametrize("law", ["debye_huckel", "extended_debye_huckel", "davies"])
def test_extreme_positions_show_numbers_never_nan(law):
    ae = ActivityExplorer()
    ae.law_select.value = law
    for t in (0.0, 100.0):
        ae.temperature_slider.value = t
        for slider in (ae.ionic_strength_slider, ae.i_out_slider, ae.i_in_slider,
                       ae.salt_slider):
            for value in (10.0**slider.min, 10.0**slider.max):
                slider.value = value
                assert _no_nan(*_htmls(ae))
                assert np.all(np.isfinite(ae.points.y)) and np.all(ae.points.y > 0)
        assert np.all(np.isfinite(ae.gamma_curves)) and np.all(ae.gamma_curves > 0)
        assert all(np.isfinite(v) for v in ae.delta_e.values())
    assert ae.message.value == ""
