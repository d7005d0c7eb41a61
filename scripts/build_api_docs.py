"""Build the HTML API reference of membrane-widgets with pdoc.

Usage: ``python scripts/build_api_docs.py [OUTPUT_DIR]`` (default ``docs/api/``, which git
ignores). Open ``OUTPUT_DIR/index.html`` in a browser.

The reference covers ``membrane_widgets``, ``membrane_widgets.physics`` and
``membrane_widgets.widgets``: every name in their ``__all__``, with the numpydoc
docstrings rendered (Parameters, Returns, Notes, Examples). pdoc imports the package and
reads its docstrings, so the build needs no network access; the pages it writes load no
external scripts or fonts.
"""

import argparse
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
#: The modules documented, each on its own page. pdoc is given the package alone: it adds
#: the public subpackages itself (naming them again would document them twice).
MODULES = ("membrane_widgets", "membrane_widgets.physics", "membrane_widgets.widgets")
#: Where the reference goes by default (listed in .gitignore).
DEFAULT_OUTPUT = ROOT / "docs" / "api"


def page_of(module):
    """Return the path of `module`'s page relative to the output directory.

    Parameters
    ----------
    module : str
        A dotted module name, e.g. ``"membrane_widgets.physics"``.

    Returns
    -------
    pathlib.Path
        e.g. ``membrane_widgets/physics.html``.
    """
    return pathlib.Path(*module.split(".")).with_suffix(".html")


def build(output_directory=DEFAULT_OUTPUT):
    """Write the API reference into `output_directory` and return its path.

    Parameters
    ----------
    output_directory : str or pathlib.Path, optional
        Where the HTML goes; created if missing. Default ``docs/api/``.

    Returns
    -------
    pathlib.Path
        The output directory, holding ``index.html`` and one page per module
        (``membrane_widgets.html``, ``membrane_widgets/physics.html``,
        ``membrane_widgets/widgets.html``).
    """
    import pdoc
    import pdoc.render

    output_directory = pathlib.Path(output_directory)
    output_directory.mkdir(parents=True, exist_ok=True)
    if str(ROOT) not in sys.path:  # document this checkout, even if not installed
        sys.path.insert(0, str(ROOT))
    pdoc.render.configure(
        docformat="numpy",
        footer_text="membrane-widgets API reference",
        math=False,  # MathJax would come from a CDN; the LaTeX in Notes stays readable as text
        search=True,
        show_source=True,
    )
    pdoc.pdoc(MODULES[0], output_directory=output_directory)
    missing = [m for m in MODULES if not (output_directory / page_of(m)).is_file()]
    if missing:
        raise RuntimeError(f"pdoc wrote no page for {missing} in {output_directory}")
    return output_directory


def main(argv=None):
    """Parse the command line and build the reference."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=str(DEFAULT_OUTPUT),
                        help="output directory (default: docs/api/)")
    args = parser.parse_args(argv)
    out = build(args.output)
    print(f"API reference written to {out / 'index.html'}")


if __name__ == "__main__":
    main()
