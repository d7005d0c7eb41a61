"""VmSound, headless: a tone per change of V_m while on, nothing while off, none after closing."""

import pytest

from membrane_widgets.widgets import MembraneModel, VmSound, set_language
from membrane_widgets.widgets._vm_sound import pitch


@pytest.fixture
def sound():
    model = MembraneModel.from_preset()
    widget = VmSound(model)
    widget.sent = []
    widget.button.send = lambda content, buffers=None: widget.sent.append(content)
    yield widget
    widget.close()


def test_off_until_pressed_and_silent_while_off(sound):
    assert sound.enabled is False
    sound.model.ion("Na").permeability = 0.5
    assert sound.sent == []


def test_on_it_plays_now_and_at_every_change_of_vm(sound):
    sound.enabled = True  # pressing it plays the present V_m at once
    played = [sound.model.vm]
    sound.model.ion("Na").permeability = 0.5
    played.append(sound.model.vm)
    sound.model.ion("K").c_out = 20.0
    played.append(sound.model.vm)
    assert [m["tone"] for m in sound.sent] == pytest.approx(played)
    assert len(set(played)) == 3  # three different pitches
    sound.enabled = False
    sound.model.ion("Na").permeability = 0.05
    assert len(sound.sent) == 3


def test_closing_it_stops_listening_to_the_model(sound):
    sound.enabled = True
    sound.close()
    sound.model.ion("Na").permeability = 0.5
    assert len(sound.sent) == 1


def test_pitch_is_one_octave_per_60_mv_within_its_range():
    assert pitch(0.0) == 440.0 and pitch(60.0) == 880.0 and pitch(-60.0) == 220.0
    assert pitch(-89.1) == pytest.approx(440.0 * 2 ** (-89.1 / 60.0))
    assert pitch(-500.0) == 110.0 and pitch(500.0) == 1760.0  # never inaudible or shrill


def test_its_words_follow_the_language():
    set_language("zh")
    try:
        widget = VmSound()
        assert widget.label == "♪ 听 Vₘ" and "八度" in widget.hint
    finally:
        set_language("en")
    widget.relabel()
    assert widget.label == "♪ Hear Vₘ" and "octave" in widget.hint
    widget.close()
