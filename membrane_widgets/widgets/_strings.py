"""Every user-facing string of the widgets, looked up by key in one language.

Widgets call :func:`text` with a key; each language is one table with the same
keys and ``{placeholders}`` (:mod:`._strings_en`, :mod:`._strings_zh`; tested).
:func:`set_language` chooses the table for every widget created afterwards, and
:func:`use_language` does so for a block of code. No widget module contains
display text of its own.
"""

import contextlib

from membrane_widgets.widgets._strings_en import EN
from membrane_widgets.widgets._strings_zh import ZH

__all__ = ["STRINGS", "LANGUAGES", "text", "set_language", "language", "use_language"]

#: The string tables, by language code.
STRINGS = {"en": EN, "zh": ZH}

#: The name of each language in that language, for a language switch.
LANGUAGES = {"zh": "中文", "en": "English"}

_state = {"language": "en"}


def _check(code):
    if code not in STRINGS:
        raise ValueError(f"code {code!r} has no string table; available: {', '.join(STRINGS)}")


def set_language(code):
    """Choose the language of every widget created afterwards.

    Call it once at the top of a notebook: ``set_language("zh")`` for Chinese.

    Parameters
    ----------
    code : str
        A key of :data:`STRINGS`: ``"en"`` or ``"zh"``.

    Raises
    ------
    ValueError
        If no table exists for `code`.
    """
    _check(code)
    _state["language"] = code


def language():
    """Return the current language code.

    Returns
    -------
    str
        The key of the active string table.
    """
    return _state["language"]


@contextlib.contextmanager
def use_language(code):
    """Use the language `code` inside a ``with`` block, then restore the previous one.

    Parameters
    ----------
    code : str
        A key of :data:`STRINGS`.

    Raises
    ------
    ValueError
        If no table exists for `code`.

    Examples
    --------
    >>> with use_language("zh"):
    ...     text("word.inside")
    '胞内'
    >>> text("word.inside")
    'inside'
    """
    _check(code)
    previous = _state["language"]
    _state["language"] = code
    try:
        yield
    finally:
        _state["language"] = previous


def text(key, **values):
    """Return the display string for `key` in the current language, formatted with `values`.

    Parameters
    ----------
    key : str
        String key, e.g. ``"readout.nernst"``.
    **values
        Substitutions for the template's ``{fields}``.

    Returns
    -------
    str
        The formatted string.
    """
    template = STRINGS[_state["language"]][key]
    return template.format(**values) if values else template
