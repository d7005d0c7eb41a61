"""GHKWeightBars, headless: move permeability sliders, assert on the model, bars and readout."""

import re

import ipywidgets as w
import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import GHKWeightBars, IonSliderPanel, MembraneModel, text
from membrane_widgets.widgets._kit_controls import PERM_EXPONENTS
from membrane_widgets.widgets._kit_format import fmt_mv
from tests.widget_text import BAD_NUMBER, html_values
from tests.widget_text import plain as _plain

TERM = re.compile(r"(\d\.\d{3})×\(([−+]?\d+\.\d) mV\)")
RESULT = re.compile(r"= ([−+]?\d+\.\d) mV$")



def _number(s):
    return float(s.replace("−", "-"))




def _weighted_mean(readout):
    """Return (weights, potentials, result) read back from the readout's text."""
    first_line = _plain(readout.split("<br>")[0])
    terms = TERM.findall(first_line)
    result = RESULT.search(first_line)
    assert terms and result, first_line
    weights = np.array([float(wt) for wt, _ in terms])
    potentials = np.array([_number(e) for _, e in terms])
    return weights, potentials, _number(result.group(1))


def _assert_readout_reproduces_vm(bars):
    m = bars.model
    weights, potentials, result = _weighted_mean(bars.readout.lead)
    assert len(weights) == len(m.ions)
    assert result == pytest.approx(m.vm_ghk, abs=0.05)
    # the printed terms, summed, give the printed V_m up to their rounding
    tolerance = 0.0005 * np.abs(potentials).sum() + 0.05 * weights.sum() + 0.05
    assert float(weights @ potentials) == pytest.approx(result, abs=tolerance)


def test_one_bar_per_ion_with_its_colour_and_weight():
    bars = GHKWeightBars()
    m = bars.model
    assert list(bars.bars.x) == ["K⁺", "Na⁺", "Cl⁻"]
    assert bars.bars.colors == [physics.get_ion(n).colour for n in m.names]
    np.testing.assert_allclose(bars.bars.y, [m.weights[n] for n in m.names])
    assert bars.bars.y.sum() == pytest.approx(1.0)
    y_scale = bars.bars.scales["y"]
    # votes run 0..1; the axis reaches a little higher, so a full bar's value stays inside
    assert y_scale.min == 0.0 and 1.1 <= y_scale.max <= 1.2


def test_voltage_figure_shows_each_e_and_vm_on_one_axis():
    bars = GHKWeightBars()
    m = bars.model
    assert len(bars.voltage_figure.axes) == 1
    assert bars.voltage_figure.axes[0].scale is bars.voltage_scale
    x = bars.potential_lines.x
    np.testing.assert_allclose(x[:-1, 0], [m.reversal[n] for n in m.names])
    np.testing.assert_allclose(x[:-1, 1], x[:-1, 0])  # vertical
    assert x[-1, 0] == pytest.approx(m.vm)
    assert bars.potential_lines.colors[-1] == "black"
    assert bars.potential_lines.labels == ["K⁺", "Na⁺", "Cl⁻", text("label.vm")]
    assert bars.clamp_line.visible is False


def test_weighted_mean_readout_reproduces_vm():
    bars = GHKWeightBars()
    plain = _plain(bars.readout.lead)
    assert plain.startswith("Vm = 0.802×(−89.1 mV) + 0.099×(+60.6 mV) + 0.099×(−64.1 mV)")
    assert plain.endswith(f"= {fmt_mv(bars.model.vm)}")
    _assert_readout_reproduces_vm(bars)
    bars.sliders["Na"].value = 1.0
    _assert_readout_reproduces_vm(bars)


def test_sliders_are_log_scaled_and_set_the_relative_permeability():
    bars = GHKWeightBars()
    m = bars.model
    slider = bars.sliders["Na"]
    assert isinstance(slider, w.FloatLogSlider)
    assert (slider.base, slider.min, slider.max) == (10, *PERM_EXPONENTS)
    vm_before, w_na_before = m.vm, bars.bars.y[1]
    slider.value = 1.0
    assert m.ion("Na").permeability == 1.0
    assert m.vm > vm_before + 40  # Na+ now has a real say
    assert bars.bars.y[1] > w_na_before
    assert bars.potential_lines.x[-1, 0] == pytest.approx(m.vm)
    m.ion("K").permeability = 0.5  # the model side moves the slider
    assert bars.sliders["K"].value == 0.5


def test_impermeant_ion_is_not_changed_by_its_slider_until_moved():
    m = MembraneModel.from_preset("frog_muscle")
    assert m.ion("Ca").permeability == 0.0
    bars = GHKWeightBars(m)
    ca = m.ion("Ca")
    assert ca.permeability == 0.0  # the slider (resting at 1e-4) did not change the model
    assert bars.sliders["Ca"].value == pytest.approx(10.0 ** PERM_EXPONENTS[0])
    note = bars.impermeant_labels["Ca"]
    assert "impermeant" in note.value and note.layout.display is None
    assert all(bars.impermeant_labels[n].layout.display == "none" for n in ("K", "Na", "Cl"))
    assert bars.bars.y[3] == 0.0
    bars.sliders["Ca"].value = 0.01
    assert ca.permeability == 0.01
    assert note.layout.display == "none"
    assert bars.bars.y[3] > 0
    ca.permeability = 0.0  # set back from the model side: the note returns
    assert note.layout.display is None


def test_all_permeabilities_zero_shows_the_message_and_keeps_the_last_bars():
    bars = GHKWeightBars()
    before_y, before_x = bars.bars.y.copy(), bars.potential_lines.x.copy()
    before_text = bars.readout.value
    with bars.model.batch():
        for ion in bars.model.ions:
            ion.permeability = 0.0
    assert bars.model.message == text("error.no_permeant_ion")
    assert text("error.no_permeant_ion") in bars.message.value
    assert bars.message.layout.display is None
    np.testing.assert_array_equal(bars.bars.y, before_y)
    np.testing.assert_array_equal(bars.potential_lines.x, before_x)
    assert bars.readout.value == before_text
    assert all(note.layout.display is None for note in bars.impermeant_labels.values())
    bars.sliders["K"].value = 1.0
    assert bars.message.layout.display == "none"
    np.testing.assert_allclose(bars.bars.y, [1.0, 0.0, 0.0])


def test_clamped_vm_is_drawn_apart_from_the_weighted_mean():
    bars = GHKWeightBars()
    m = bars.model
    m.vm_mode, m.vm_clamp = "clamp", -50.0
    assert bars.clamp_line.visible is True
    np.testing.assert_allclose(bars.clamp_line.x[:2], [-50.0, -50.0])  # then its label's leader
    assert bars.potential_lines.x[-1, 0] == pytest.approx(m.vm_ghk)  # black line: GHK
    plain = _plain(bars.readout.lead)
    assert "Without the clamp: VGHK = " in plain
    assert "Vm is clamped at −50.0 mV" in plain
    m.vm_mode = "ghk"
    assert bars.clamp_line.visible is False


def test_two_panels_on_one_model_stay_in_sync():
    m = MembraneModel.from_preset()
    a, b = GHKWeightBars(m), GHKWeightBars(m)
    a.sliders["Cl"].value = 2.0
    assert b.sliders["Cl"].value == 2.0
    np.testing.assert_array_equal(a.bars.y, b.bars.y)
    assert a.readout.value == b.readout.value
    IonSliderPanel(m, ion="K").c_out_slider.value = 40.0  # concentrations change votes too
    assert b.potential_lines.x[0, 0] == pytest.approx(m.reversal["K"])
    _assert_readout_reproduces_vm(b)


def test_axis_widens_for_far_potentials_and_keeps_its_scale():
    bars = GHKWeightBars()
    scale = bars.voltage_scale
    k = bars.model.ion("K")
    k.c_in, k.c_out = 1000.0, 1e-5
    assert bars.voltage_scale is scale and bars.voltage_figure.axes[0].scale is scale
    assert scale.min <= bars.potential_lines.x.min() - 10
    assert scale.max >= 150


@pytest.mark.parametrize("preset", ["mammalian_neuron", "frog_muscle", "squid_axon"])
def test_extreme_slider_positions_give_no_nan_or_inf(preset):
    m = MembraneModel.from_preset(preset)
    bars = GHKWeightBars(m)
    panel = IonSliderPanel(m)
    for name, slider in bars.sliders.items():
        for exponent in (slider.min, slider.max):
            slider.value = 10.0**exponent
            panel.ion_select.value = name
            for c in (panel.c_in_slider.min, panel.c_in_slider.max):
                panel.c_in_slider.value = 10.0**c
                for value in html_values(bars):
                    assert not BAD_NUMBER.search(value), value
                assert np.isfinite(bars.bars.y).all() and bars.bars.y.sum() == pytest.approx(1)
                assert np.isfinite(bars.potential_lines.x).all()
                _assert_readout_reproduces_vm(bars)
