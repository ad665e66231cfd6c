"""CSL's substitution rule for citeproc-py: what stands in for a missing author is not
printed a second time.

CSL 1.0 says that variables rendered inside ``cs:substitute`` are suppressed in the rest of
the output. citeproc-py suppresses a substitute's direct ``<text variable>`` child only;
current styles (APA, Chicago) substitute through macros, so with citeproc-py an item with no
author printed its title (or an archival item its file) twice: "Sobranie zakonov. (1930).
Sobranie zakonov." citeproc-js does not. :func:`install` makes citeproc-py note every text
variable a substitute actually rendered and suppress it for the rest of that item.
"""

from __future__ import annotations

import threading
from typing import Any

from citeproc import model

_ORIGINAL_VARIABLE = model.Text._variable
_ORIGINAL_SUBSTITUTE = model.Substitute.render
_local = threading.local()  # per thread: the variables each open substitute has rendered


def _open() -> list[set[tuple[str, str]]]:
    if not hasattr(_local, "open"):
        _local.open = []
    return _local.open  # type: ignore[no-any-return]


def _variable(self: Any, item: Any, context: Any) -> Any:
    text = _ORIGINAL_VARIABLE(self, item, context)
    substitutes = _open()
    if substitutes and text:
        substitutes[-1].add((self.tag, self.get("variable")))
    return text


def _substitute(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
    substitutes = _open()
    substitutes.append(set())
    try:
        text = _ORIGINAL_SUBSTITUTE(self, item, context=context, **kwargs)
    finally:
        used = substitutes.pop()
    if text and context is not None:
        repressed = context.get_layout().repressed
        for tag, variable in used:
            repressed.setdefault(tag, []).append(variable)
    return text


def install() -> None:
    """Apply the rule (idempotent)."""
    model.Text._variable = _variable
    model.Substitute.render = _substitute
