"""axe-core in Debian's Chromium: inject the npm package's axe.min.js and audit widget output.

``tests/browser/axe/`` holds the pinned npm package (``npm ci --prefix tests/browser/axe``,
part of the README's test command). The audit is scoped to widget output (the project's
widgets), not JupyterLab's or Voila's own page chrome.
"""

from pathlib import Path

AXE_JS = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
# the output areas that hold the widgets; JupyterLab and Voila use the same class
WIDGET_OUTPUT = ".jp-OutputArea-output"
BLOCKING = ("critical", "serious")


def audit(page, scope=WIDGET_OUTPUT):
    """Run axe-core on `page`, within the elements matching `scope`.

    Returns
    -------
    list of dict
        axe's violations (``id``, ``impact``, ``help``, ``nodes`` with ``target`` and
        ``failureSummary``); WCAG 2.x A/AA rules and best practices.
    """
    if not AXE_JS.is_file():
        raise FileNotFoundError(f"{AXE_JS} is missing: run `npm ci --prefix tests/browser/axe`")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        """async (scope) => {
            const result = await axe.run({include: [[scope]]}, {
                resultTypes: ['violations'],
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                                 'wcag22aa', 'best-practice']},
            });
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 200),
                                          summary: n.failureSummary})),
            }));
        }""",
        scope,
    )


def blocking(violations):
    """The critical and serious violations, as readable lines (one per element)."""
    return [f"{v['impact']} {v['id']} ({v['help']}): {n['target']} {n['html'][:120]}"
            for v in violations if v["impact"] in BLOCKING for n in v["nodes"]]
