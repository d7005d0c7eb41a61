"""One temperature: every temperature control shows and sets the shared model's temperature."""

import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import (
    ActivityExplorer,
    IonSliderPanel,
    JunctionPotentialCalculator,
    MembraneModel,
)


def test_panel_activity_and_junction_calculator_share_the_models_temperature():
    model = MembraneModel.from_preset()
    panel = IonSliderPanel(model)
    activity = ActivityExplorer(model=model)
    ljp = JunctionPotentialCalculator(model=model)
    t37 = physics.kelvin_to_celsius(model.temperature)
    assert activity.temperature_slider.value == pytest.approx(t37)
    assert ljp.temperature_slider.value == pytest.approx(t37)
    assert model.temperature == physics.BODY_TEMPERATURE  # reading it changes nothing
    before = ljp.ljp
    panel.temperature_slider.value = 20.0  # through the ion panel
    assert activity.temperature_slider.value == pytest.approx(20.0)
    assert activity.temperature == pytest.approx(physics.celsius_to_kelvin(20.0))
    assert ljp.temperature_slider.value == pytest.approx(20.0)
    assert ljp.ljp != before  # recomputed at the new temperature
    activity.temperature_slider.value = 30.0  # and back through another view
    assert model.temperature == pytest.approx(physics.celsius_to_kelvin(30.0))
    assert panel.temperature_slider.value == pytest.approx(30.0)


def test_a_calculator_of_its_own_starts_at_room_temperature():
    assert JunctionPotentialCalculator().temperature_slider.value == 25.0
    assert JunctionPotentialCalculator(temperature_c=10.0).model.temperature == pytest.approx(
        physics.celsius_to_kelvin(10.0))
