"""Write the course's tables of contents, with a Binder link per lesson, into the READMEs.

Usage: ``python scripts/readme_toc.py`` (``--check`` exits 1 if a README is out of date).

README.md lists the English lessons (``notebooks/``), README.zh-CN.md the Chinese ones
(``notebooks/zh/``). Each table goes between the ``<!-- toc -->`` and ``<!-- /toc -->``
markers; each row takes the title from the notebook's first markdown heading.
"""

import json
import pathlib
import re
import sys
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[1]
#: Where the course is published; Binder builds from this repository.
REPOSITORY = "membrane-widgets/membrane-widgets"
BRANCH = "HEAD"
BINDER = f"https://mybinder.org/v2/gh/{REPOSITORY}/{BRANCH}"
START, END = "<!-- toc -->", "<!-- /toc -->"
#: Each README, the folder of the lessons it lists, and its table header.
EDITIONS = {
    "README.md": ("notebooks", ("#", "lesson", "launch")),
    "README.zh-CN.md": ("notebooks/zh", ("序号", "课程", "在 Binder 上打开")),
}


def binder_url(path):
    """Return the Binder URL that opens `path` (relative to the repo) in JupyterLab."""
    return f"{BINDER}?urlpath={urllib.parse.quote('lab/tree/' + path, safe='')}"


def title_of(notebook):
    """Return the first markdown heading of `notebook`, without the leading '#'."""
    for cell in json.loads(notebook.read_text())["cells"]:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return notebook.stem


def table(folder="notebooks", header=("#", "lesson", "launch")):
    """Return the markdown table of contents for the lessons ``<folder>/*.ipynb``."""
    rows = ["| " + " | ".join(header) + " |", "| --- | --- | --- |"]
    for nb in sorted((ROOT / folder).glob("*.ipynb")):
        number = nb.name.split("_", 1)[0]
        rel = f"{folder}/{nb.name}"
        title = re.sub(r"^\d+\.\s*", "", title_of(nb))
        badge = f"[![Binder](https://mybinder.org/badge_logo.svg)]({binder_url(rel)})"
        rows.append(f"| {number} | [{title}]({rel}) | {badge} |")
    return "\n".join(rows)


def updated_readme(name="README.md"):
    """Return the text of the README `name` with a fresh table between the markers."""
    folder, header = EDITIONS[name]
    text = (ROOT / name).read_text()
    if START not in text or END not in text:
        raise SystemExit(f"{name} needs the markers {START} and {END}")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table(folder, header)}\n{END}{tail}"


def main(argv):
    """Update the READMEs, or with --check report whether they are up to date."""
    stale = []
    for name in EDITIONS:
        new = updated_readme(name)
        if new == (ROOT / name).read_text():
            continue
        if "--check" in argv:
            stale.append(name)
        else:
            (ROOT / name).write_text(new)
    for name in stale:
        print(f"{name}: table of contents is out of date: run scripts/readme_toc.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
