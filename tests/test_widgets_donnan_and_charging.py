"""DonnanExplorer and MembraneCharging: move a control, read the model, the marks and the text."""

import numpy as np
import pytest

from membrane_widgets import DonnanExplorer, MembraneCharging, physics
from tests.widget_text import BAD_NUMBER, plain


def test_donnan_sliders_move_the_equilibrium_bars_and_readouts():
    d = DonnanExplorer()
    before = float(d.result.vm)
    d.impermeant_slider.value = 200.0
    assert float(d.result.vm) < before < 0  # more trapped anions, more negative inside
    k_in, cl_in = d.bars.y[0][:2]
    assert k_in * cl_in == pytest.approx(150.0 * 150.0, rel=1e-12)
    assert d.bars.y[0][2] == 200.0 and list(d.bars.y[1]) == [150.0, 150.0, 0.0]
    text = plain(d.readout.value)
    assert physics.donnan_equilibrium([150.0, 150.0], [1, -1], 200.0).vm == pytest.approx(
        float(d.result.vm))
    assert "22500 = [K⁺]o[Cl⁻]o = 22500" in text
    assert "swell" in d.osmotic_readout.value
    d.impermeant_slider.value = 0.0
    assert float(d.result.vm) == 0.0 and "balanced" in d.osmotic_readout.value
    assert not BAD_NUMBER.search(d.readout.value + d.osmotic_readout.value)


def test_charging_runs_towards_e_k_with_tau_and_counts_ions():
    m = MembraneCharging()
    assert m.vm[0] == 0.0 and m.ions[0] == 0.0
    assert m.vm[-1] == pytest.approx(m.e_k, abs=0.05)  # the run spans eight time constants
    assert m.tau == pytest.approx(1.0 / 0.073, rel=1e-12)
    assert m.settings.conductance == 0.073  # not the slider's nearest grid point
    m.frame.value = 25  # one time constant
    assert m.vm_cursor.x[0] == pytest.approx(m.tau) and m.count_cursor.y[0] == m.ions[25]
    assert "t = 13.7 ms" in plain(m.readout.value) and "million" in m.readout.value
    assert "63 %" in plain(m.readout.value)
    m.conductance_slider.value = 1.0  # a deliberate move: 0.073 -> 1 mS/cm^2
    assert m.settings.conductance == 1.0 and m.tau == pytest.approx(1.0, rel=1e-9)
    assert m.tau_line.x[0] == pytest.approx(1.0) and m.t[-1] == pytest.approx(8.0)
    assert np.all(np.diff(m.ions) >= 0) and np.all(np.diff(m.vm) <= 0)
    m.radius_slider.value = 50.0  # a bigger cell: more ions to cross, same voltage curve
    assert m.ions[-1] == pytest.approx(physics.ions_to_charge(m.e_k, 50.0), rel=1e-3)
    assert not BAD_NUMBER.search(m.readout.value)
