"""How many comm messages one slider move sends: a mark synced twice, or a readout rewritten
with the same text, is a message the browser did not need (and a regression these bounds catch).

Every widget opens its comm through ``comm.create_comm``; the fixture replaces it with a comm
that records what it sends (``publish_msg``, as ipywidgets' own test DummyComm does with
``send``). The bounds are the counts measured when this file was written, plus one.
"""

import comm
import pytest

import membrane_widgets as mw


class RecordingComm(comm.DummyComm):
    """A comm that keeps the data of every message it sends (shared by all instances)."""

    sent = []

    def publish_msg(self, msg_type, data=None, metadata=None, buffers=None, **keys):
        if msg_type == "comm_msg":
            RecordingComm.sent.append(data)


@pytest.fixture
def recording(monkeypatch):
    monkeypatch.setattr(comm, "create_comm", lambda **kwargs: RecordingComm(**kwargs))
    RecordingComm.sent.clear()
    return RecordingComm.sent


def messages_per_move(sent, control, values):
    """Move `control` through `values`; return the messages of each move (lists of dicts)."""
    moves = []
    for value in values:
        sent.clear()
        control.value = value
        moves.append(list(sent))
    return moves


def updated(messages):
    """The trait names each message updates, e.g. [["value"], ["y"]]."""
    return [sorted(message.get("state", {})) for message in messages]


def _clamped_gauge():
    gauge = mw.DrivingForceGauge()
    gauge.model.vm_mode = "clamp"
    return gauge


# (widget, its control, values to move through, most messages one move may send)
# Each figure's text alternative (a LiveDescription) adds one message to a move that
# changes what the figure shows: the bounds below grew by one per description.
CASES = {
    # 5: the slider's value, the permeability beside it, the bars' y, the potential lines'
    # x, and the weighted-mean readout with the description of the two figures (one widget)
    "GHKWeightBars P(Na)": (mw.GHKWeightBars, "sliders.Na", [0.3, 0.03, 0.3], 6),
    # 5: the slider's value, the concentration beside it, the compartment bars' y, the
    # Nernst readout and the description of the bars
    "IonSliderPanel c_out": (mw.IonSliderPanel, "c_out_slider", [10.0, 5.0, 10.0], 6),
    # 4: the slider's value, the readout, the gauge's one Lines mark (x) and its description
    "DrivingForceGauge V_m clamp": (_clamped_gauge, "vm_slider", [-50.0, -60.0, -50.0], 5),
    # 14: the 5 of GHKWeightBars; the gauge's readout, Lines and description; of the I-V
    # figure the Na+ curve's y and the total's (one mark per ion, for its dash pattern; the
    # K+ and Cl- curves are not sent), the end labels' y, the current axis's limit (these
    # moves take the curves out of it), the zero-crossing point's x and the description
    # (the ion panel shows K+, whose values do not change)
    "GHKExplorer P(Na)": (mw.GHKExplorer, "weight_bars.sliders.Na", [0.3, 0.03, 0.3], 15),
    # 16: the 5 of the ion panel; the bars' y, the potential lines' x, the weighted-mean
    # readout with the votes' description; the gauge's readout, Lines and description; the
    # K+ curve's y, the total's, the end labels', the point's x and the I-V description
    "GHKExplorer c_out": (mw.GHKExplorer, "ion_panel.c_out_slider", [10.0, 5.0, 10.0], 17),
}


def _get(obj, dotted):
    for part in dotted.split("."):
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    return obj


@pytest.mark.parametrize("case", CASES)
def test_one_slider_move_sends_few_messages(recording, case):
    make, control, values, most = CASES[case]
    widget = make()
    moves = messages_per_move(recording, _get(widget, control), values)
    for messages in moves:
        assert 1 <= len(messages) <= most, updated(messages)
        assert all(message["method"] == "update" for message in messages)
    widget.close()


def test_each_mark_of_the_weight_bars_is_synced_once_per_move(recording):
    bars = mw.GHKWeightBars()
    (messages,) = messages_per_move(recording, bars.sliders["Na"], [0.3])
    # the slider, the permeability beside it, the readout with the description; lines, bars
    assert sorted(map(tuple, updated(messages))) == [("value",), ("value",), ("value",),
                                                       ("x",), ("y",)]


def test_a_view_that_syncs_every_mark_twice_breaks_the_bound(recording):
    bars = mw.GHKWeightBars()

    def sync_again(change):
        bars.bars.send_state("y")
        bars.potential_lines.send_state("x")

    bars.model.observe(sync_again, names="revision")
    (messages,) = messages_per_move(recording, bars.sliders["Na"], [0.3])
    assert len(messages) > CASES["GHKWeightBars P(Na)"][3]
