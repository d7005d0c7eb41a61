"""nbgrader configuration of the course's graded homework.

nbgrader reads this file when it is run from this folder (``cd homework``). The course root is
this folder wherever it lies, so a copy of it (e.g. the tests' temporary copy) is a course of
its own, with its own gradebook.
"""

import pathlib

ROOT = pathlib.Path(__file__).resolve().parent

c = get_config()  # noqa: F821 (injected by traitlets when it loads this file)

c.CourseDirectory.course_id = "membrane-widgets"
c.CourseDirectory.root = str(ROOT)
# The gradebook lives in the course root (nbgrader's default, made explicit). Override it on the
# command line if needed: --CourseDirectory.db_url=sqlite:////elsewhere/gradebook.db
c.CourseDirectory.db_url = f"sqlite:///{ROOT / 'gradebook.db'}"

# Autograding runs every submission in a fresh kernel: give a slow machine time, never hang.
c.Execute.timeout = 120
c.Execute.interrupt_on_timeout = True

# What replaces a solution in the release version (nbgrader's default, stated here because the
# notebooks' instructions and the tests rely on it).
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}

# Release and collection go through a shared exchange folder; set it for your JupyterHub,
# e.g. c.Exchange.root = "/srv/nbgrader/exchange". Generating and autograding do not use it.
