"""CapacitorCounter: how many ions charge the membrane, and what share of the cell's ions."""

import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import CapacitorCounter, IonSliderPanel, MembraneModel


def _htmls(cc):
    return (cc.count_readout.value, cc.fraction_readout.value, cc.detail.value)


def _no_nan(cc):
    return all("nan" not in h.lower() and "inf" not in h.lower() for h in _htmls(cc))


def test_chapter_numbers_a_few_million_ions_about_1e_5_of_the_cells_k():
    cc = CapacitorCounter()
    assert (cc.radius_slider.value, cc.vm_slider.value, cc.capacitance_slider.value) == (
        10.0, -80.0, 1.0)
    assert cc.concentration_slider.value == 140.0 and cc.ion.name == "K"
    assert 1e6 < cc.ions_moved < 1e7
    assert cc.ions_moved == pytest.approx(physics.ions_to_charge(-80.0, 10.0))
    assert 1e-5 < cc.fraction < 3e-5
    assert cc.fraction == pytest.approx(physics.fraction_of_cell_ions(-80.0, 10.0, 140.0))
    assert "<b>6.3 million</b>" in cc.count_readout.value and "K⁺" in cc.count_readout.value
    assert "−80 mV" in cc.count_readout.value
    assert "<b>1.8×10⁻⁵</b>" in cc.fraction_readout.value
    assert "1 in 56,000" in cc.fraction_readout.value


def test_bars_show_ions_moved_against_ions_in_the_cell():
    cc = CapacitorCounter()
    assert cc.bars.y[0] == pytest.approx(cc.ions_moved)
    assert cc.bars.y[1] == pytest.approx(cc.cell_content)
    assert cc.bars.y[1] / cc.bars.y[0] == pytest.approx(1 / cc.fraction)
    # content = c V N_A: 140 mM in a 10 µm sphere (4.19 pL)
    assert cc.cell_content == pytest.approx(0.140 * 4.18879e-12 * physics.AVOGADRO, rel=1e-4)
    assert cc.bars.colors == [physics.get_ion("K").colour]
    scale = cc.figure.axes[1].scale
    assert scale.min <= cc.bars.y.min() and cc.bars.y.max() <= scale.max


def test_moved_ions_scale_with_area_and_fraction_falls_as_one_over_r():
    cc = CapacitorCounter()
    n, f = cc.ions_moved, cc.fraction
    cc.radius_slider.value = 100.0
    assert cc.ions_moved == pytest.approx(100 * n)
    assert cc.fraction == pytest.approx(f / 10)
    cc.capacitance_slider.value = 2.0
    assert cc.ions_moved == pytest.approx(200 * n)
    cc.vm_slider.value = -40.0
    assert cc.ions_moved == pytest.approx(100 * n)
    assert "billion" not in cc.count_readout.value and "million" in cc.count_readout.value


def test_big_cell_high_voltage_reads_in_billions():
    cc = CapacitorCounter()
    cc.radius_slider.value = 100.0
    cc.vm_slider.value = -150.0
    cc.capacitance_slider.value = 2.0
    assert "billion" in cc.count_readout.value


def test_zero_volts_moves_no_ions_and_draws_no_bar():
    cc = CapacitorCounter()
    cc.vm_slider.value = 0.0
    assert cc.ions_moved == 0.0 and cc.fraction == 0.0
    assert "<b>0</b>" in cc.count_readout.value
    assert cc.fraction_readout.value == ""
    assert cc.bars.y[0] == cc.figure.axes[1].scale.min  # at the bar base
    assert np.isfinite(cc.cell_content) and _no_nan(cc)


def test_switching_ion_sets_its_concentration_valence_and_colour():
    cc = CapacitorCounter()
    cc.ion_select.value = "Cl"
    assert cc.concentration_slider.value == physics.get_preset("mammalian_neuron").ions[2].c_in
    assert "Cl⁻" in cc.concentration_slider.description
    assert cc.bars.colors == [physics.get_ion("Cl").colour]
    # same voltage, same charge: |z| = 1, so the same number of ions...
    assert cc.ions_moved == pytest.approx(physics.ions_to_charge(-80.0, 10.0, 1.0, -1))
    # ...but a larger share of the scarcer Cl⁻
    assert cc.fraction == pytest.approx(physics.fraction_of_cell_ions(-80.0, 10.0, 10.0, z=-1))
    assert "Cl⁻" in cc.fraction_readout.value


def test_a_tiny_cell_with_little_of_the_ion_moves_a_large_share():
    cc = CapacitorCounter(ion="Na")
    cc.radius_slider.value = 1.0
    cc.vm_slider.value = -150.0
    cc.capacitance_slider.value = 2.0
    cc.concentration_slider.value = 0.1
    assert 0.5 < cc.fraction < 1
    assert "1 in 1.1" in cc.fraction_readout.value
    assert "240,000" in cc.count_readout.value  # below a million: written with separators
    assert _no_nan(cc)


def test_unknown_ion_is_refused():
    with pytest.raises(ValueError, match="ion"):
        CapacitorCounter(ion="Ca")


def test_extreme_positions_show_numbers_never_nan():
    cc = CapacitorCounter()
    sliders = [
        (cc.radius_slider, (10.0**cc.radius_slider.min, 10.0**cc.radius_slider.max)),
        (cc.vm_slider, (cc.vm_slider.min, 0.0, cc.vm_slider.max)),
        (cc.capacitance_slider, (cc.capacitance_slider.min, cc.capacitance_slider.max)),
        (cc.concentration_slider, (10.0**cc.concentration_slider.min,
                                   10.0**cc.concentration_slider.max)),
    ]
    scale = cc.figure.axes[1].scale
    for ion in ("K", "Na", "Cl"):
        cc.ion_select.value = ion
        for slider, values in sliders:
            for value in values:
                slider.value = value
                assert _no_nan(cc), (slider.description, value)
                assert np.all(np.isfinite(cc.bars.y))
                assert scale.min <= cc.bars.y.min() and cc.bars.y.max() <= scale.max
    assert cc.message.value == ""


def test_counts_are_written_in_each_language_s_own_number_words():
    from membrane_widgets.widgets import use_language
    from membrane_widgets.widgets._kit_format import fmt_count as _fmt_count

    assert [_fmt_count(x) for x in (393, 39_000, 6.27e6, 2.4e9)] == [
        "393", "39,000", "6.3 million", "2.4 billion"]
    with use_language("zh"):  # Chinese counts in 万 (10^4) and 亿 (10^8)
        assert [_fmt_count(x) for x in (393, 9_400, 39_000, 6.27e6, 2.4e9, 3.1e12)] == [
            "393", "9,400", "3.9 万", "630 万", "24 亿", "3.1 万亿"]


def test_concentration_is_the_shared_models():
    model = MembraneModel.from_preset()
    cc = CapacitorCounter(model=model)
    assert cc.concentration_slider.value == model.ion("K").c_in
    cc.concentration_slider.value = 100.0
    assert model.ion("K").c_in == 100.0
    panel = IonSliderPanel(model)
    panel.c_in_slider.value = 120.0  # K+ inside, through another view
    assert cc.concentration_slider.value == 120.0
    cc.ion_select.value = "Na"
    assert cc.concentration_slider.value == model.ion("Na").c_in
    cc.concentration_slider.value = 20.0
    assert model.ion("Na").c_in == 20.0 and model.ion("K").c_in == 120.0


def test_more_ions_than_the_cell_holds_is_said_without_a_warning(recwarn):
    cc = CapacitorCounter()
    cc.model.ion("K").c_in = 0.01  # 10 µM of K+ in a 1 µm cell (below the slider's range)
    cc.radius_slider.value = 1.0
    cc.vm_slider.value = -150.0
    assert cc.fraction > 1
    assert cc.fraction_readout.value
    assert not [w for w in recwarn if issubclass(w.category, physics.ValidityRangeWarning)]
