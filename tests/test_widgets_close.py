"""Closing a view releases the shared model: no observer, no redraw, no growth."""

import time

import pytest

from membrane_widgets import (
    ActionPotentialPlayer,
    DrivingForceGauge,
    DynamicEquilibrium,
    GHKExplorer,
    GHKWeightBars,
    IonSliderPanel,
    MembraneModel,
    NernstExplorer,
    PumpExplorer,
    PumpLeakRundown,
)


def observer_count(model):
    objects = [model, *model.ions]
    return sum(len(handlers) for obj in objects
               for by_type in obj._trait_notifiers.values() for handlers in by_type.values())


VIEWS = [IonSliderPanel, DrivingForceGauge, GHKWeightBars, GHKExplorer, NernstExplorer,
         PumpExplorer, PumpLeakRundown, DynamicEquilibrium]


@pytest.mark.parametrize("view", VIEWS, ids=[v.__name__ for v in VIEWS])
def test_closing_a_view_removes_its_observers_from_the_model(view):
    model = MembraneModel.from_preset("mammalian_neuron")
    before = observer_count(model)
    widget = view(model=model)
    assert observer_count(model) > before
    widget.close()
    assert observer_count(model) == before


def _median_update_seconds(model, repeats=15):
    times = []
    for i in range(repeats):
        start = time.perf_counter()
        model.ions[0].c_out = 5.0 + (i % 2)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def test_two_hundred_create_close_cycles_leave_the_model_as_it_was():
    model = MembraneModel.from_preset("mammalian_neuron")
    before = observer_count(model)
    for _ in range(200):
        GHKExplorer(model=model).close()
    assert observer_count(model) == before
    live = GHKExplorer(model=model)  # one view: a change redraws it once, not 201 times
    single = _median_update_seconds(model)
    for _ in range(20):
        GHKExplorer(model=model).close()
    assert _median_update_seconds(model) < 3 * single
    live.close()


def test_closed_ap_player_and_its_bars_are_closed():
    player = ActionPotentialPlayer()
    player.close()
    assert player.comm is None and player.weight_bars.comm is None
