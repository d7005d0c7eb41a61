"""Shared test configuration."""

import os

from hypothesis import HealthCheck, settings

# CI runs the same examples every time (derandomize) so a red build is reproducible;
# a developer's run explores new examples.
settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _english_widgets():
    """Every test starts with English widget text, whatever the one before it chose."""
    from membrane_widgets.widgets import set_language

    set_language("en")
    yield
    set_language("en")
