"""The widget construction kit: figures, sliders, the one binding, formatters."""

import inspect

import ipywidgets as w
import pytest
import traitlets as t

import membrane_widgets.widgets as mw_widgets
from membrane_widgets.widgets import MembraneModel, use_language
from membrane_widgets.widgets._kit_binding import Binding, fit_range
from membrane_widgets.widgets._kit_controls import (
    CONC_EXPONENTS,
    dropdown,
    float_slider,
    int_slider,
    log_slider,
    temperature_slider,
    toggle_buttons,
)
from membrane_widgets.widgets._kit_figure import (
    MARGINS,
    TITLE_PX,
    figure,
    plot_height,
    plot_width,
)
from membrane_widgets.widgets._kit_format import fmt_celsius, fmt_signed_mv


class Settings(t.HasTraits):
    radius = t.Float(10.0)
    mode = t.Unicode("ghk")

    @t.validate("radius")
    def _positive(self, proposal):
        if proposal["value"] <= 0:
            raise t.TraitError("radius must be positive")
        return proposal["value"]


# --- figures --------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", MARGINS)
def test_every_figure_kind_has_four_margins_a_title_and_no_animation(kind):
    fig = figure([], title="Votes", width=400, height=300, margin=kind)
    # the title gets its own band above the kind's top margin; the plot keeps its size
    assert fig.fig_margin == {**MARGINS[kind], "top": MARGINS[kind]["top"] + TITLE_PX}
    assert set(fig.fig_margin) == {"top", "bottom", "left", "right"}
    assert fig.title == "Votes" and fig.animation_duration == 0
    assert (fig.layout.width, fig.layout.height) == ("400px", f"{300 + TITLE_PX}px")
    assert plot_width(fig) == 400 - MARGINS[kind]["left"] - MARGINS[kind]["right"]
    assert plot_height(fig) == 300 - MARGINS[kind]["top"] - MARGINS[kind]["bottom"]


def test_margins_are_read_only_and_unknown_kinds_are_refused():
    with pytest.raises(TypeError):
        MARGINS["plot"]["top"] = 0
    with pytest.raises(KeyError):
        figure([], title="x", width=100, height=100, margin="poster")


def test_a_figure_needs_a_title():
    with pytest.raises(TypeError, match="title"):
        figure([], width=100, height=100)  # the missing title is the point


# --- the control factory --------------------------------------------------------------------

@pytest.mark.parametrize(("step", "fmt"), [(1.0, ".0f"), (0.5, ".1f"), (0.1, ".1f"),
                                           (0.05, ".2f"), (0.01, ".2f"), (5.0, ".0f")])
def test_a_slider_shows_the_decimals_of_its_step(step, fmt):
    assert float_slider("x", 1.0, (0.0, 10.0), step, unit="").readout_format == fmt


def test_sliders_widen_to_show_their_value_and_keep_their_unit():
    s = float_slider("V", -180.0, (-150.0, 100.0), 0.1, unit="mV")
    assert (s.min, s.max, s.value) == (-180.0, 100.0, -180.0)
    assert s._mw_unit == "mV" and s._mw_home == (-150.0, 100.0)
    s = log_slider("c", 2e4, CONC_EXPONENTS, unit="mM")
    assert (s.min, s.max, s.value) == (-5.0, 5.0, pytest.approx(2e4))
    assert isinstance(s, w.FloatLogSlider) and (s.base, s.step) == (10.0, 0.01)


def test_one_description_style_for_every_control():
    controls = [float_slider("a", 1.0, (0.0, 2.0), 0.1, unit="", label_width="7em"),
                log_slider("b", 1.0, (0.0, 1.0), unit="", label_width="7em"),
                int_slider("c", 0, (0, 9), unit="", label_width="7em"),
                dropdown("d", [("x", 1)], 1, label_width="7em"),
                toggle_buttons([("x", 1)], 1, label_width="7em")]
    assert {c.style.description_width for c in controls} == {"7em"}


def sliders_in(widget):
    if isinstance(widget, w.FloatSlider | w.FloatLogSlider | w.IntSlider):
        yield widget
    for child in getattr(widget, "children", ()):
        yield from sliders_in(child)


EXAMPLE_ARGS = {"AnswerCheck": {"question": "0.07 V in mV?", "answer": 70.0},
                "Prediction": {"question": "Which way?", "answer": 0, "choices": ["in", "out"]}}


@pytest.mark.parametrize("name", [n for n in mw_widgets.__all__
                                  if inspect.isclass(getattr(mw_widgets, n))
                                  and issubclass(getattr(mw_widgets, n), w.DOMWidget)])
def test_every_slider_of_every_widget_comes_from_the_kit(name):
    widget = getattr(mw_widgets, name)(**EXAMPLE_ARGS.get(name, {}))
    for slider in sliders_in(widget):
        assert hasattr(slider, "_mw_unit"), f"{name}: {slider.description!r}"
    widget.close()


# --- the one binding ------------------------------------------------------------------------

def test_binding_moves_the_control_and_the_model_and_shows_the_exact_value():
    settings, label = Settings(), w.HTML()
    slider = log_slider("r", 1.0, (0.0, 2.0), unit="µm", step=0.05)
    Binding(slider, settings, "radius", label=label, fmt=lambda r: f"{r:g} µm")
    assert slider.value == 10.0 and label.value == "10 µm"
    slider.value = 20.0
    assert settings.radius == 20.0 and label.value == "20 µm"
    settings.radius = 50.0
    assert slider.value == 50.0 and label.value == "50 µm"


def test_display_snapping_is_not_a_move():
    settings = Settings(radius=0.073)
    slider = log_slider("g", 0.073, (-2.0, 0.0), unit="mS/cm²", step=0.05)
    Binding(slider, settings, "radius")
    slider.value = 10 ** -1.15  # the browser shows 0.073 at its nearest grid point
    assert settings.radius == 0.073
    slider.value = 10 ** -1.10  # one step further: a move
    assert settings.radius == pytest.approx(10 ** -1.10)


def test_a_refused_value_puts_the_control_back():
    settings = Settings()
    slider = float_slider("r", 10.0, (0.0, 100.0), 1.0, unit="µm")
    Binding(slider, settings, "radius")
    slider.value = 0.0
    assert settings.radius == 10.0 and slider.value == 10.0


def test_the_range_widens_for_a_far_value_and_returns_home():
    model = MembraneModel.from_preset()
    slider = log_slider("c", 1.0, CONC_EXPONENTS, unit="mM")
    Binding(slider, model.ion("K"), "c_out")
    model.ion("K").c_out = 1e-7
    assert (slider.min, slider.max) == (-7.0, 3.0) and slider.value == pytest.approx(1e-7)
    model.ion("K").c_out = 5.0
    assert (slider.min, slider.max) == CONC_EXPONENTS


def test_fit_range_leaves_controls_without_a_home_alone():
    plain = w.FloatSlider(min=0.0, max=1.0)
    fit_range(plain, 5.0)
    assert (plain.min, plain.max) == (0.0, 1.0)


def test_a_checkbox_binds_through_conversions_and_unlinks():
    settings, box = Settings(), w.Checkbox()
    binding = Binding(box, settings, "mode", to_control=lambda m: m == "clamp",
                      to_model=lambda on: "clamp" if on else "ghk")
    assert box.value is False
    box.value = True
    assert settings.mode == "clamp"
    binding.unlink()
    box.value = False
    assert settings.mode == "clamp"


def test_a_temperature_slider_speaks_celsius_to_a_kelvin_model():
    model = MembraneModel.from_preset()
    slider = temperature_slider(model)
    assert slider.value == pytest.approx(37.0) and slider._mw_unit == "°C"
    slider.value = 20.0
    assert model.temperature == pytest.approx(293.15)
    model.temperature = 330.15  # 57 °C: beyond the slider's 45, which widens
    assert slider.max == 57.0 and slider.value == pytest.approx(57.0)


def test_closing_a_view_unlinks_its_bindings():
    model = MembraneModel.from_preset()
    box = w.VBox([temperature_slider(model)])
    slider = box.children[0]
    mw_widgets._kit_binding.close_view(box)
    model.temperature = 300.0
    assert slider.value == pytest.approx(37.0)


# --- formatters -----------------------------------------------------------------------------

def test_one_celsius_formatter():
    assert fmt_celsius(37.0) == "37.0 °C"
    assert fmt_celsius(6.3) == "6.30 °C"
    assert fmt_celsius(25.0, decimals=1) == "25.0 °C"
    with use_language("zh"):
        assert fmt_celsius(0.5, decimals=1) == "0.5 °C"


@pytest.mark.parametrize(("x", "decimals", "expected"), [
    (13.449, 2, "+13.45 mV"), (-13.449, 2, "−13.45 mV"), (0.004, 2, "0.00 mV"),
    (60.6, 1, "+60.6 mV"), (0.04, 1, "0.0 mV"),
])  # fmt: skip
def test_signed_potentials(x, decimals, expected):
    assert fmt_signed_mv(x, decimals) == expected
