"""Lessons ask for a committed prediction before they show an answer.

How an answer is detected: every lesson 00-19 (both editions; 20 is the practice set)
poses its predictions with the ``Prediction`` widget (a code cell calling
``Prediction(``), never as a plain "Predict:" paragraph. From a Prediction cell to the
next section heading (a markdown ``## ``), every code cell that stores an output is an
answer to it: it must carry the tag ``answer`` and JupyterLab's ``jupyter.outputs_hidden``
metadata, so that a student scrolling down sees a collapsed output until they open it. A
Prediction cell's own source (which holds the answer) is collapsed too
(``jupyter.source_hidden``). Answers in "Check yourself" sections stay inside ``<details>``.
"""

import json
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
LESSONS = [p for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
           if int(p.name[:2]) <= 19]
BOTH = [*LESSONS, *[ROOT / "notebooks" / "zh" / p.name for p in LESSONS]]
IDS = [p.relative_to(ROOT / "notebooks").as_posix()[:5] for p in BOTH]
PROMPT = re.compile(r"\*\*(Predict|预测)[:：]?\*\*|^(Predict|预测)[:：]", re.M)


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _source(cell):
    return "".join(cell["source"])


@pytest.mark.parametrize("path", BOTH, ids=IDS)
def test_every_prediction_is_committed_in_a_widget(path):
    cells = _cells(path)
    assert any(c["cell_type"] == "code" and "Prediction(" in _source(c) for c in cells), (
        f"{path.name} poses no Prediction")
    for cell in cells:
        if cell["cell_type"] == "code" and "Prediction(" in _source(cell):
            # its source holds the answer: JupyterLab shows it collapsed
            assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True, (
                f"{path.name}: a Prediction cell shows its answer in the code")
        if cell["cell_type"] == "markdown":
            assert not PROMPT.search(_source(cell)), (
                f"{path.name}: a plain-text prediction prompt; use the Prediction widget:\n"
                f"{_source(cell)[:200]}")


@pytest.mark.parametrize("path", BOTH, ids=IDS)
def test_outputs_that_answer_a_prediction_are_hidden_until_opened(path):
    after_prediction = False
    for cell in _cells(path):
        source = _source(cell)
        if cell["cell_type"] == "markdown" and re.search(r"^#{1,2} ", source, re.M):
            after_prediction = False
        if cell["cell_type"] != "code":
            continue
        if "Prediction(" in source:
            after_prediction = True
            continue
        if after_prediction and cell.get("outputs"):
            meta = cell["metadata"]
            assert "answer" in meta.get("tags", []), f"{path.name}: untagged answer\n{source}"
            assert meta.get("jupyter", {}).get("outputs_hidden") is True, (
                f"{path.name}: an answer's output is visible\n{source}")
