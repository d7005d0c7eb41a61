"""Write the course's table of contents, with a Binder link per notebook, into README.md.

Usage: ``python scripts/readme_toc.py`` (``--check`` exits 1 if README.md is out of date).

The table goes between the ``<!-- toc -->`` and ``<!-- /toc -->`` markers; each row
takes the title from the notebook's first markdown heading.
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


def table():
    """Return the markdown table of contents for notebooks/*.ipynb."""
    rows = ["| # | lesson | launch |", "| --- | --- | --- |"]
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        number = nb.name.split("_", 1)[0]
        rel = f"notebooks/{nb.name}"
        title = re.sub(r"^\d+\.\s*", "", title_of(nb))
        badge = f"[![Binder](https://mybinder.org/badge_logo.svg)]({binder_url(rel)})"
        rows.append(f"| {number} | [{title}]({rel}) | {badge} |")
    return "\n".join(rows)


def updated_readme():
    """Return README.md's text with a fresh table between the markers."""
    text = (ROOT / "README.md").read_text()
    if START not in text or END not in text:
        raise SystemExit(f"README.md needs the markers {START} and {END}")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table()}\n{END}{tail}"


def main(argv):
    """Update README.md, or with --check report whether it is up to date."""
    new = updated_readme()
    if "--check" in argv:
        if new != (ROOT / "README.md").read_text():
            print("README.md table of contents is out of date: run scripts/readme_toc.py")
            return 1
        return 0
    (ROOT / "README.md").write_text(new)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
