"""The instructor guide runs, names every widget, and the API reference builds complete."""

import importlib.util
import inspect
import pathlib
import re
import textwrap

import ipywidgets
import pytest

import membrane_widgets
from membrane_widgets import physics, widgets

ROOT = pathlib.Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "instructors.md"


def _load_script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def python_blocks(text):
    """Return the ```python blocks of a markdown text, in order, dedented.

    A fence may be indented (a block inside a list item); its lines lose that indent.
    """
    blocks, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        match = re.fullmatch(r"(\s*)```python\s*", lines[i])
        i += 1
        if not match:
            continue
        indent, body = match.group(1), []
        while i < len(lines) and lines[i].rstrip() != indent + "```":
            body.append(lines[i])
            i += 1
        if i == len(lines):
            raise AssertionError(f"unclosed ```python block: {body[:1]}")
        i += 1
        blocks.append(textwrap.dedent("\n".join(body)) + "\n")
    return blocks


def exported_widget_classes():
    """Names in membrane_widgets.__all__ that are ipywidgets DOMWidget classes."""
    return [
        name for name in membrane_widgets.__all__
        if inspect.isclass(obj := getattr(membrane_widgets, name))
        and issubclass(obj, ipywidgets.DOMWidget)
    ]


def test_python_blocks_are_found_even_inside_list_items():
    text = "x\n```python\na = 1\n```\n1. item\n\n   ```python\n   b = 2\n   ```\n```bash\nls\n```\n"
    assert python_blocks(text) == ["a = 1\n", "b = 2\n"]


def test_guide_code_runs_top_to_bottom(tmp_path, monkeypatch):
    blocks = python_blocks(GUIDE.read_text())
    assert len(blocks) >= 10, "the guide lost its runnable examples"
    monkeypatch.chdir(tmp_path)  # files the guide writes (scenario JSON) go to tmp
    namespace = {"__name__": "__instructors_guide__"}
    for number, source in enumerate(blocks, 1):
        try:
            exec(compile(source, f"docs/instructors.md, python block {number}", "exec"), namespace)
        except Exception as err:
            pytest.fail(f"python block {number} of docs/instructors.md raised "
                        f"{type(err).__name__}: {err}\n--- block ---\n{source}")
    assert (tmp_path / "scenarios" / "hyperkalemia.json").is_file()


def test_guide_mentions_every_exported_widget():
    names = exported_widget_classes()
    assert {"IonSliderPanel", "DrivingForceGauge", "GHKWeightBars", "AnswerCheck"} <= set(names)
    text = GUIDE.read_text()
    missing = [n for n in names if not re.search(rf"\b{n}\b", text)]
    assert not missing, f"docs/instructors.md does not mention {missing}: add them to section 3"


def test_guide_binder_links_use_the_repository_slug():
    binder = _load_script("readme_toc").BINDER
    links = re.findall(r"https://mybinder\.org/v2/gh/[^\s`?\"')]+", GUIDE.read_text())
    assert links, "the guide has no Binder link"
    assert all(link == binder for link in links), (links, binder)


def test_readme_layout_names_the_api_build():
    readme = (ROOT / "README.md").read_text()
    assert "python scripts/build_api_docs.py" in readme
    assert "python scripts/build_api_docs.py" in GUIDE.read_text()
    assert "docs/api/" in (ROOT / ".gitignore").read_text().splitlines()


def _public_callables(module):
    return {name: getattr(module, name) for name in module.__all__
            if callable(getattr(module, name))}


def _has_own_docstring(name, obj):
    doc = (obj.__dict__.get("__doc__") if inspect.isclass(obj) else obj.__doc__) or ""
    doc = doc.strip()
    # a NamedTuple's automatic docstring, "Name(field, ...)", does not count
    return bool(doc) and not doc.startswith(f"{name}(")


def test_every_public_callable_has_a_docstring():
    undocumented = [f"{module.__name__}.{name}"
                    for module in (physics, widgets)
                    for name, obj in _public_callables(module).items()
                    if not _has_own_docstring(name, obj)]
    assert not undocumented, f"public callables without a docstring: {undocumented}"


def test_api_reference_builds_with_every_public_name(tmp_path):
    build_api_docs = _load_script("build_api_docs")
    out = build_api_docs.build(tmp_path / "api")

    assert (out / "index.html").is_file()
    for module in build_api_docs.MODULES:
        assert (out / build_api_docs.page_of(module)).is_file(), module
    pages = {physics: out / "membrane_widgets" / "physics.html",
             widgets: out / "membrane_widgets" / "widgets.html"}
    for module, page in pages.items():
        html = page.read_text()
        missing = [name for name in module.__all__ if f'id="{name}"' not in html]
        assert not missing, f"{page.name} does not document {missing}"
    # numpydoc sections are rendered, not shown as raw underlined text
    physics_html = pages[physics].read_text()
    assert "Parameters" in physics_html and "----------" not in _docstring_of(
        physics_html, "nernst_potential")


def _docstring_of(html, name):
    """Return the rendered docstring section of `name` in a pdoc page."""
    start = html.index(f'id="{name}"')
    start = html.index('<div class="docstring">', start)
    return html[start:html.index("</div>", start)]
