"""Where the files orggraph ships with live: the curated data, the Cypher library, the
chart template and the Neo4j launcher's Maven project.

They are package data, found with :mod:`importlib.resources`, so an installed orggraph
(``pip install .`` or a wheel) finds them wherever it runs; every reader of these files
asks this module. The package must be installed as files (not imported from a zip).

>>> (data_dir() / "sources").is_dir()
True
>>> (cypher_dir() / "schema.cypher").is_file()
True
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["cypher_dir", "data_dir", "launcher_dir", "resource", "template"]

_PACKAGE = Path(str(files("orggraph")))
_HOME = _PACKAGE  # data/, cypher/ and neo4j-launcher/ are package data


def resource(*parts: str) -> Path:
    """The path of a file or directory shipped with orggraph."""
    return _HOME.joinpath(*parts)


def data_dir() -> Path:
    """The curated data directory (the default of every ``--data`` option)."""
    return resource("data")


def cypher_dir() -> Path:
    """The Cypher library: ``schema.cypher`` and one file per named query."""
    return resource("cypher")


def launcher_dir() -> Path:
    """The Maven project that starts a local Neo4j server."""
    return resource("neo4j-launcher")


def template(name: str) -> Path:
    """An HTML template of the package (``templates/NAME``)."""
    return _PACKAGE / "templates" / name
