"""The English and Chinese editions of the course stay in step.

Every lesson ``notebooks/NN_*.ipynb`` has a twin ``notebooks/zh/NN_*.ipynb`` that runs the same
computations: the same code cells in the same order (compared as syntax trees, in which prose
strings - anything with a space or a non-ASCII character, and the text of f-strings - may be
translated, while names, numbers, keys such as ``"Cl"`` and format specs may not), the same cell
tags, and the same numbers in every output that nbval checks. Its prose is Chinese.
"""

import ast
import json
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
EN_DIR = ROOT / "notebooks"
ZH_DIR = EN_DIR / "zh"
LESSONS = sorted(EN_DIR.glob("[0-9][0-9]_*.ipynb"))
MARK = "NBVAL_CHECK_OUTPUT"
LANGUAGE = {EN_DIR: "en", ZH_DIR: "zh"}

CJK = re.compile(r"[\u3400-\u9fff]")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?:e[-+]?\d+)?", re.I)


def _cells(path, kind):
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [c for c in nb["cells"] if c["cell_type"] == kind]


def _source(cell):
    return "".join(cell["source"])


def _is_prose(value):
    return any(ch.isspace() or ord(ch) > 127 for ch in value)


class _Normalise(ast.NodeTransformer):
    """Blank what a translation may change: prose strings, f-string text, the language code."""

    def visit_Call(self, node):
        self.generic_visit(node)
        name = getattr(node.func, "id", getattr(node.func, "attr", None))
        if name == "set_language":
            node.args = [ast.Constant("<language>")]
        return node

    def visit_JoinedStr(self, node):
        values = []
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                values.append(self.visit(part))
            # literal text of an f-string is prose; a format spec stays (it shapes the numbers)
        node.values = values
        return node

    def visit_FormattedValue(self, node):
        node.value = self.visit(node.value)
        return node  # keep format_spec as written

    def visit_Constant(self, node):
        if isinstance(node.value, str) and _is_prose(node.value):
            return ast.Constant("<text>")
        return node


def code_signature(source):
    """Return the syntax tree of a code cell with translatable text blanked, as a string.

    Parameters
    ----------
    source : str
        The cell's source.

    Returns
    -------
    str
        ``ast.dump`` of the normalised tree.
    """
    tree = _Normalise().visit(ast.parse(source))
    return ast.dump(tree, annotate_fields=False)


def output_numbers(cell):
    """Return the numbers in a cell's stored outputs (text streams and text/plain), in order."""
    chunks = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            chunks.append("".join(out["text"]))
        else:
            chunks.append("".join(out.get("data", {}).get("text/plain", "")))
    return NUMBER.findall("\n".join(chunks))


def _prose_without_math(markdown):
    text = re.sub(r"\$\$.+?\$\$", " ", markdown, flags=re.S)
    text = re.sub(r"\$[^$\n]+\$", " ", text)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    return text


def english_words(markdown):
    """Return the English words (three or more Latin letters) of markdown prose, math excluded."""
    return re.findall(r"[A-Za-z]{3,}", _prose_without_math(markdown))


def test_every_lesson_has_a_chinese_twin_and_no_orphans():
    assert len(LESSONS) >= 19
    en = {p.name for p in LESSONS}
    zh = {p.name for p in ZH_DIR.glob("*.ipynb")}
    assert sorted(en - zh) == [], "lessons without a Chinese twin"
    assert sorted(zh - en) == [], "Chinese notebooks without an English original"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem[:2] for p in LESSONS])
def test_twin_runs_the_same_code(lesson):
    twin = ZH_DIR / lesson.name
    en, zh = _cells(lesson, "code"), _cells(twin, "code")
    assert len(en) == len(zh), f"{lesson.name}: {len(en)} code cells in en, {len(zh)} in zh"
    for i, (a, b) in enumerate(zip(en, zh, strict=True)):
        where = f"{lesson.name}, code cell {i + 1}"
        assert code_signature(_source(a)) == code_signature(_source(b)), (
            f"{where}: the code differs (beyond translated text)\n--- en\n{_source(a)}\n"
            f"--- zh\n{_source(b)}")
        assert (MARK in _source(a)) == (MARK in _source(b)), f"{where}: {MARK} in one edition only"
        assert a["metadata"].get("tags", []) == b["metadata"].get("tags", []), where
        assert a["metadata"].get("jupyter", {}) == b["metadata"].get("jupyter", {}), where
        if MARK in _source(a):
            assert output_numbers(a) == output_numbers(b), (
                f"{where}: the checked outputs print different numbers")


@pytest.mark.parametrize("folder", [EN_DIR, ZH_DIR], ids=["en", "zh"])
def test_each_edition_sets_its_widget_language_first(folder):
    for path in sorted(folder.glob("[0-9][0-9]_*.ipynb")):
        first = _source(_cells(path, "code")[0])
        assert f'set_language("{LANGUAGE[folder]}")' in first, path.name


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem[:2] for p in LESSONS])
def test_chinese_twin_is_written_in_chinese(lesson):
    markdown = [_source(c) for c in _cells(ZH_DIR / lesson.name, "markdown")]
    assert markdown, lesson.name
    for cell in markdown:
        if not _prose_without_math(cell).strip(" #*-|\n"):
            continue  # a cell of only math or code
        assert CJK.search(cell), f"{lesson.name}: a markdown cell has no Chinese:\n{cell[:300]}"
    text = "\n".join(markdown)
    words, hanzi = len(english_words(text)), len(CJK.findall(text))
    # English survives only as a term in parentheses, a name or a citation
    assert words <= 0.12 * hanzi, f"{lesson.name}: {words} English words, {hanzi} hanzi"
