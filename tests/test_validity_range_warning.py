"""ValidityRangeWarning: a model used outside its stated range says so, and only then."""

import warnings

import numpy as np
import pytest

from membrane_widgets import physics as ph

# the limits stated in activity_coefficient's Notes, ionic strength in mM
LIMITS = {"debye_huckel": 5.0, "extended_debye_huckel": 100.0, "davies": 500.0}


def recorded(func, *args, **kwargs):
    """Call func; return (result, the warnings it raised)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func(*args, **kwargs)
    return result, caught


def test_the_warning_is_public_and_a_user_warning():
    assert "ValidityRangeWarning" in ph.__all__
    assert issubclass(ph.ValidityRangeWarning, UserWarning)


@pytest.mark.parametrize("model", sorted(LIMITS))
def test_activity_models_warn_above_their_limit_and_not_at_or_below(model):
    limit = LIMITS[model]
    for i in (0.0, 0.5 * limit, limit):
        _, caught = recorded(ph.activity_coefficient, 1, i, model=model, ion_size=3.0)
        assert caught == [], (model, i)
    gamma, caught = recorded(ph.activity_coefficient, [1, 2], [[limit * 1.01], [1.0]],
                             model=model, ion_size=3.0)
    assert np.all(np.isfinite(gamma))
    (w,) = caught
    assert w.category is ph.ValidityRangeWarning
    assert w.filename == __file__  # points at the caller, not into the package
    message = w.message
    assert (message.model, message.quantity, message.unit) == (model, "ionic_strength", "mM")
    assert message.limit == limit and message.value == pytest.approx(1.01 * limit)
    assert model in str(message) and f"{limit:g} mM" in str(message)


def test_activity_warns_like_the_coefficient_it_uses():
    a, caught = recorded(ph.activity, 2.0, 2, 700.0)  # Davies, above 0.5 M
    assert np.isfinite(a)
    (w,) = caught
    assert w.category is ph.ValidityRangeWarning and w.filename == __file__
    assert w.message.model == "davies" and w.message.value == 700.0
    assert recorded(ph.activity, 2.0, 2, 150.0)[1] == []


def test_fraction_above_one_warns_that_the_cell_has_too_few_ions():
    # 100 mV across a 1 um cell holding 0.01 mM: more ions than the cell has
    fraction, caught = recorded(ph.fraction_of_cell_ions, 100.0, 1.0, 0.01)
    assert fraction > 1
    (w,) = caught
    assert w.category is ph.ValidityRangeWarning and w.filename == __file__
    m = w.message
    assert (m.model, m.quantity, m.limit, m.unit) == ("fraction_of_cell_ions", "fraction", 1.0, "")
    assert m.value == pytest.approx(fraction)
    assert "more than all of them" in str(m)
    small, caught = recorded(ph.fraction_of_cell_ions, -80.0, 10.0, 140.0)
    assert small < 1 and caught == []


def test_the_warning_can_be_turned_into_an_error_or_silenced():
    with warnings.catch_warnings():
        warnings.simplefilter("error", ph.ValidityRangeWarning)
        with pytest.raises(ph.ValidityRangeWarning):
            ph.activity_coefficient(1, 1000.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ph.ValidityRangeWarning)
        assert np.isfinite(ph.activity_coefficient(1, 1000.0))
