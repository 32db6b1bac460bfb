"""The one Jinja environment every HTML page (chart and report) is rendered with.

Autoescape is on for every template, so a string from the data is escaped where it
is put on the page and nowhere else; a missing variable is an error, not a blank.

>>> environment().from_string("<p>{{ t }}</p>").render(t="<b>&")
'<p>&lt;b&gt;&amp;</p>'
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["environment"]


@functools.cache
def environment() -> Any:
    """The Jinja environment of ``orggraph/templates`` (cached)."""
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("orggraph", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)
