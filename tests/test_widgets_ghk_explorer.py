"""GHKExplorer, headless: one model under four views, and the GHK I-V curves."""


import numpy as np
import pytest

import membrane_widgets
from membrane_widgets import physics
from membrane_widgets.widgets import (
    DrivingForceGauge,
    GHKExplorer,
    GHKWeightBars,
    IonSliderPanel,
    MembraneModel,
    text,
)
from membrane_widgets.widgets._ghk_explorer import PERMEABILITY_SCALE
from membrane_widgets.widgets._kit_format import fmt_mv
from tests.widget_text import BAD_NUMBER, html_values
from tests.widget_text import plain as _plain


def _zero_crossing(x, y):
    """Return the V (mV) where the sampled curve y(x) changes sign, by linear interpolation."""
    sign_change = np.nonzero(np.diff(np.sign(y)))[0]
    assert sign_change.size == 1, sign_change  # the total GHK current is monotonic
    i = sign_change[0]
    return x[i] - y[i] * (x[i + 1] - x[i]) / (y[i + 1] - y[i])


def _expected_currents(model, v):
    p, c_in, c_out, z = model.arrays()
    return physics.ghk_current(v[:, None], p * PERMEABILITY_SCALE, c_in, c_out, z,
                               model.temperature)


def test_all_parts_share_one_model_and_the_classes_are_exported():
    ex = GHKExplorer()
    assert ex.ion_panel.model is ex.weight_bars.model is ex.gauge.model is ex.model
    assert isinstance(ex.ion_panel, IonSliderPanel)
    assert isinstance(ex.weight_bars, GHKWeightBars)
    assert isinstance(ex.gauge, DrivingForceGauge)
    for name in ("DrivingForceGauge", "GHKWeightBars", "GHKExplorer", "IonSliderPanel",
                 "MembraneModel"):
        assert name in membrane_widgets.__all__ and name in membrane_widgets.widgets.__all__
    assert membrane_widgets.GHKExplorer is GHKExplorer


def test_iv_curves_are_the_ghk_currents_with_permeabilities_scaled_to_cm_per_s():
    ex = GHKExplorer()
    m = ex.model
    v = ex.iv_v
    assert v[0] <= -150 and v[-1] >= 100
    y = ex.iv_currents
    assert y.shape == (len(m.ions) + 1, v.size)
    currents = _expected_currents(m, v)
    np.testing.assert_allclose(y[:-1], currents.T)
    np.testing.assert_allclose(y[-1], currents.sum(axis=-1))
    assert [c.colors[0] for c in ex.iv_curves] == [
        *(physics.get_ion(n).colour for n in m.names), "black"]
    assert "10⁻⁶ cm/s" in ex.iv_caption.value
    assert "µA/cm²" in ex.iv_figure.axes[1].label


def test_total_current_crosses_zero_at_vm_where_the_marker_sits():
    ex = GHKExplorer()
    m = ex.model
    crossing = _zero_crossing(ex.iv_v, ex.iv_currents[-1])
    assert crossing == pytest.approx(m.vm, abs=0.05)
    assert list(ex.iv_points.x) == [pytest.approx(m.vm)]
    assert list(ex.iv_points.y) == [0.0]
    # after a concentration change from the ion panel: every view follows
    ex.ion_panel.ion_select.value = "K"
    ex.ion_panel.c_out_slider.value = 20.0
    assert m.ion("K").c_out == 20.0
    crossing = _zero_crossing(ex.iv_v, ex.iv_currents[-1])
    assert crossing == pytest.approx(m.vm, abs=0.05)
    assert ex.iv_points.x[0] == pytest.approx(m.vm)
    assert ex.weight_bars.potential_lines.x[-1, 0] == pytest.approx(m.vm)
    np.testing.assert_allclose(ex.gauge.lines.x[0, :2], m.vm)
    e_k = fmt_mv(m.reversal["K"])
    assert f"EK⁺ = {e_k}" in _plain(ex.ion_panel.readout.value)
    assert f"EK⁺ = {e_k}" in _plain(ex.gauge.readout.value)


def test_permeability_slider_moves_the_curves_and_the_crossing():
    ex = GHKExplorer()
    m = ex.model
    before = ex.iv_currents.copy()
    ex.weight_bars.sliders["Na"].value = 2.0
    assert m.ion("Na").permeability == 2.0
    assert not np.allclose(ex.iv_currents[1], before[1])  # the Na+ curve scaled
    np.testing.assert_allclose(ex.iv_currents[1], before[1] * 2.0 / 0.03)
    assert _zero_crossing(ex.iv_v, ex.iv_currents[-1]) == pytest.approx(m.vm, abs=0.05)


def test_with_calcium_the_mixed_valence_total_still_crosses_zero_at_vm():
    ex = GHKExplorer(include_calcium=True)
    m = ex.model
    assert m.names == ["K", "Na", "Cl", "Ca"]
    ca = m.ion("Ca")
    assert (ca.c_in, ca.c_out, ca.permeability, ca.valence) == (1e-4, 2.0, 0.01, 2)
    assert m.temperature == physics.get_preset("mammalian_neuron").temperature
    assert ex.iv_currents.shape[0] == 5
    np.testing.assert_allclose(ex.iv_currents[:-1], _expected_currents(m, ex.iv_v).T)
    assert _zero_crossing(ex.iv_v, ex.iv_currents[-1]) == pytest.approx(m.vm, abs=0.05)
    assert list(ex.weight_bars.bars.x) == ["K⁺", "Na⁺", "Cl⁻", "Ca²⁺"]
    ex.ion_panel.ion_select.value = "Ca"
    assert ex.gauge.ion_select.value == "Ca"  # the gauge follows the panel's ion
    assert "Ca²⁺ ions move inward; the current is inward." in _plain(ex.gauge.readout.value)


def test_include_calcium_with_a_model_is_refused():
    with pytest.raises(ValueError, match="include_calcium"):
        GHKExplorer(MembraneModel.from_preset(), include_calcium=True)


def test_clamp_adds_a_marker_at_the_clamp_current():
    ex = GHKExplorer()
    m = ex.model
    ex.gauge.clamp_checkbox.value = True
    ex.gauge.vm_slider.value = -50.0
    assert m.vm == -50.0
    x, y = ex.iv_points.x, ex.iv_points.y
    assert x[0] == pytest.approx(m.vm_ghk) and y[0] == 0.0
    assert x[1] == -50.0
    expected = float(_expected_currents(m, np.array([-50.0])).sum())
    assert y[1] == pytest.approx(expected) and y[1] > 0  # depolarised: net outward current
    assert np.interp(-50.0, ex.iv_v, ex.iv_currents[-1]) == pytest.approx(y[1], rel=0.02)
    assert "−50.0 mV" in ex.iv_caption.value
    ex.gauge.clamp_checkbox.value = False
    assert list(ex.iv_points.x) == [pytest.approx(m.vm)]


def test_voltage_range_widens_for_a_far_vm_and_keeps_its_figure():
    ex = GHKExplorer()
    figure, scale = ex.iv_figure, ex.iv_x_scale
    k = ex.model.ion("K")
    with ex.model.batch():
        k.c_in, k.c_out = 1.0, 1000.0  # E_K about +185 mV; K+ dominates
    assert ex.model.vm > 100
    assert ex.iv_figure is figure and ex.iv_x_scale is scale
    assert ex.iv_v[-1] >= ex.model.vm + 10 and scale.max == ex.iv_v[-1]
    crossing = _zero_crossing(ex.iv_v, ex.iv_currents[-1])
    assert crossing == pytest.approx(ex.model.vm, abs=0.05)


def test_two_explorers_on_one_model_stay_in_sync():
    m = MembraneModel.from_preset()
    a, b = GHKExplorer(m), GHKExplorer(m)
    a.weight_bars.sliders["Cl"].value = 1.5
    assert b.weight_bars.sliders["Cl"].value == 1.5
    np.testing.assert_array_equal(a.iv_currents, b.iv_currents)
    assert b.iv_points.x[0] == pytest.approx(m.vm)


def test_no_permeant_ion_keeps_the_last_curves_and_says_why():
    ex = GHKExplorer()
    before = ex.iv_currents.copy()
    with ex.model.batch():
        for ion in ex.model.ions:
            ion.permeability = 0.0
    np.testing.assert_array_equal(ex.iv_currents, before)
    assert text("error.no_permeant_ion") in ex.weight_bars.message.value
    assert text("error.no_permeant_ion") in ex.gauge.message.value


@pytest.mark.parametrize("include_calcium", [False, True])
def test_extreme_positions_give_no_nan_or_inf(include_calcium):
    ex = GHKExplorer(include_calcium=include_calcium)
    panel = ex.ion_panel
    for name in ex.model.names:
        panel.ion_select.value = name
        for c_in in (panel.c_in_slider.min, panel.c_in_slider.max):
            for c_out in (panel.c_out_slider.min, panel.c_out_slider.max):
                panel.c_in_slider.value = 10.0**c_in
                panel.c_out_slider.value = 10.0**c_out
                slider = ex.weight_bars.sliders[name]
                for p in (slider.min, slider.max):
                    slider.value = 10.0**p
                    assert np.isfinite(ex.iv_currents).all()
                    assert np.isfinite(ex.iv_points.y).all()
                    for value in html_values(ex):
                        assert not BAD_NUMBER.search(value), value
    panel.temperature_slider.value = panel.temperature_slider.max
    assert np.isfinite(ex.iv_currents).all()


def test_layout_fits_a_1280_px_screen():
    ex = GHKExplorer()
    widths = [int(f.layout.width.removesuffix("px")) for f in (
        ex.iv_figure, ex.gauge.figure, ex.weight_bars.bar_figure, ex.weight_bars.voltage_figure,
        ex.ion_panel.figure)]
    assert all(px <= 600 for px in widths), widths
    bars = ex.weight_bars
    # second row: the two weight-bar figures side by side, then the gauge
    row2 = sum(int(f.layout.width.removesuffix("px")) for f in (
        bars.bar_figure, bars.voltage_figure, ex.gauge.figure))
    assert row2 <= 1200


# --- a bounded I-V grid; hostile inputs never reach the curves --------------------------------


def test_a_huge_clamp_is_refused_at_once_and_the_curves_stay():
    import time

    from membrane_widgets.widgets._ghk_explorer import MAX_IV_POINTS

    ex = GHKExplorer()
    m = ex.model
    m.vm_mode = "clamp"
    x, y, revision = ex.iv_v.copy(), ex.iv_currents.copy(), m.revision
    start = time.perf_counter()
    with pytest.raises(ValueError, match="vm_clamp"):
        m.vm_clamp = 1e7  # once built a 5-million-point grid (4 s, 1.4 GB)
    assert time.perf_counter() - start < 0.5
    assert m.vm_clamp == -70.0 and m.revision == revision
    assert np.array_equal(ex.iv_v, x) and np.array_equal(ex.iv_currents, y)
    assert ex.iv_v.size <= MAX_IV_POINTS


def test_the_iv_grid_is_bounded_at_the_widest_state_the_model_accepts():
    import time

    from membrane_widgets.widgets import _membrane_model as _model
    from membrane_widgets.widgets._ghk_explorer import IV_STEP, MAX_IV_POINTS

    ex = GHKExplorer(include_calcium=True)
    m = ex.model
    start = time.perf_counter()
    for clamp, (c_in, c_out) in ((_model.VM_CLAMP_RANGE[0], _model.CONCENTRATION_RANGE),
                                 (_model.VM_CLAMP_RANGE[1], _model.CONCENTRATION_RANGE[::-1])):
        with m.batch():
            m.temperature = _model.TEMPERATURE_RANGE[1]
            m.ion("K").c_in, m.ion("K").c_out = c_in, c_out
            m.ion("K").permeability = _model.PERMEABILITY_RANGE[1]
            m.vm_mode, m.vm_clamp = "clamp", clamp
        v = ex.iv_v
        assert v.size <= MAX_IV_POINTS and v[0] <= min(m.vm_ghk, clamp)
        assert v[-1] >= max(m.vm_ghk, clamp) and np.isfinite(ex.iv_currents).all()
        assert np.allclose(ex.iv_currents, np.vstack([
            _expected_currents(m, v).T, _expected_currents(m, v).sum(axis=-1)]))
        assert np.isfinite(ex.iv_points.y).all()
        assert not any(BAD_NUMBER.search(_plain(h)) for h in html_values(ex))
    assert time.perf_counter() - start < 2.0
    # the grid itself never grows past the bound, however wide a range it is asked for
    assert GHKExplorer._grid(-150.0, 100.0).size == 126
    assert np.diff(GHKExplorer._grid(-150.0, 100.0)) == pytest.approx(IV_STEP)
    assert GHKExplorer._grid(-1e7, 1e7).size == MAX_IV_POINTS


def test_a_scenario_with_a_huge_permeability_never_reaches_the_explorer():
    data = MembraneModel.from_preset().to_dict()
    data["ions"][1]["permeability"] = 1e308  # raised a ValueError inside GHKExplorer
    with pytest.raises(ValueError, match=r"ions\[1\]\.permeability"):
        MembraneModel.from_dict(data)
    ex = GHKExplorer()
    before = ex.model.to_dict()
    with pytest.raises(ValueError, match=r"ions\[1\]\.permeability"):
        ex.model.load_dict(data)
    with pytest.raises(ValueError, match="permeability"):
        ex.model.ion("Na").permeability = 1e308
    assert ex.model.to_dict() == before and ex.message.layout.display == "none"
    assert np.isfinite(ex.iv_currents).all()
