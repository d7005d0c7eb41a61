"""The glossary follows the lessons, and the Chinese edition uses one form per term."""

import importlib.util
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _glossary():
    spec = importlib.util.spec_from_file_location("glossary", ROOT / "scripts/glossary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GLOSSARY = _glossary()


def _chinese_texts():
    """Every text of the Chinese edition: lessons, widget strings, README, homework, glossary."""
    texts = {p.relative_to(ROOT).as_posix(): GLOSSARY.lesson_text(p)
             for p in sorted((ROOT / "notebooks" / "zh").glob("*.ipynb"))}
    for path in (ROOT / "homework" / "source").glob("*/*.ipynb"):
        texts[path.relative_to(ROOT).as_posix()] = GLOSSARY.lesson_text(path)
    for name in ("membrane_widgets/widgets/_strings_zh.py", "README.zh-CN.md"):
        texts[name] = (ROOT / name).read_text(encoding="utf-8")
    return texts


def test_glossary_markdown_is_up_to_date():
    assert GLOSSARY.main(["--check"]) == 0, "run scripts/glossary.py"


def test_every_term_is_used_by_a_lesson_of_each_edition():
    english = "\n".join(GLOSSARY.lesson_text(p) for p in (ROOT / "notebooks").glob("*.ipynb"))
    first = GLOSSARY.first_lessons()
    for row in GLOSSARY.terms():
        assert first[row["chinese"]], f"no Chinese lesson uses {row['chinese']}"
        words = re.findall(r"[A-Za-z]{4,}", re.sub(r"\(.*?\)", "", row["english"]))
        for word in words:  # each word of the term (its stem) occurs in the English lessons
            assert re.search(re.escape(word[:6]), english, re.I), (
                f"no English lesson uses {row['english']}")


def test_no_avoided_form_appears_in_the_chinese_edition():
    texts = _chinese_texts()
    for row in GLOSSARY.terms():
        for form in row["avoid"]:
            where = [name for name, text in texts.items() if form in text]
            assert where == [], f"{form} (use {row['chinese']}) in {where}"


def test_each_chinese_term_has_one_row():
    chinese = [row["chinese"] for row in GLOSSARY.terms()]
    assert len(chinese) == len(set(chinese))
    english = [row["english"].lower() for row in GLOSSARY.terms()]
    assert len(english) == len(set(english))


def test_homework_sets_carry_chinese_problem_text():
    for path in sorted((ROOT / "homework" / "source").glob("*/*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        prose = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
        long_ones = [p for p in prose if len(re.findall(r"[A-Za-z]{3,}", p)) >= 8]
        assert long_ones, path.name
        for text in long_ones:
            assert re.search(r"[\u3400-\u9fff]", text), f"{path.name}: no Chinese in\n{text[:200]}"
