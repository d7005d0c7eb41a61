"""The physics core works without any widget or Jupyter library installed."""

import subprocess
import sys
import textwrap

# Make every widget/Jupyter import fail, as on a machine where they are not installed.
BLOCK = textwrap.dedent("""
    import sys
    for name in ("ipywidgets", "bqplot", "traitlets", "ipykernel", "IPython", "jupyterlab"):
        sys.modules[name] = None  # "import name" now raises ImportError
""")


def _run(code):
    return subprocess.run([sys.executable, "-c", BLOCK + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=120)


def test_physics_imports_and_computes_with_no_widget_library():
    result = _run("""
        import membrane_widgets
        from membrane_widgets import physics
        from membrane_widgets.physics import ghk_voltage, nernst_potential
        print(round(float(nernst_potential(5.0, 140.0, 1)), 1))
        print(round(float(ghk_voltage([1, 0.04, 0.45], [400, 50, 40], [10, 460, 540],
                                      [1, 1, -1], temperature=291.15)), 1))
        print(sorted(name for name, module in sys.modules.items()
                     if module is not None and name.startswith(("ipywidgets", "bqplot"))))
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["-89.1", "-66.0", "[]"]


def test_asking_for_a_widget_without_the_libraries_says_what_is_missing():
    result = _run("""
        import membrane_widgets
        try:
            membrane_widgets.GHKExplorer
        except ImportError as err:
            print("ImportError", err)
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ImportError")
    assert "bqplot" in result.stdout or "ipywidgets" in result.stdout


def test_the_package_still_offers_every_widget_by_name():
    import membrane_widgets

    for name in membrane_widgets.__all__:
        assert getattr(membrane_widgets, name) is not None
    assert "GHKExplorer" in dir(membrane_widgets)
