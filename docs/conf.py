"""Sphinx configuration for the newsfacts documentation."""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

_HERE = Path(__file__).parent
sys.path.insert(0, str(_HERE / "_ext"))

project = "newsfacts"
author = "The newsfacts team"
copyright = "2026, The newsfacts team"
release = _version("newsfacts")
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "myst_parser",
    # Ours, in _ext/: examples run at build time, the JSON Schema and the CLI as tables.
    "newsfacts_examples",
    "schema_tables",
    "cli_reference",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_inventories", "_ext"]
html_theme = "furo"
html_title = f"newsfacts {release}"
html_static_path = ["_static"]
html_css_files = ["examples.css"]

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True}
nitpicky = False

# The docs must build offline (CI has no network): each project's inventory is read from
# a small copy in _inventories/, listing the targets we link to (make_inventories.py).
_INVENTORIES = {
    "python": "https://docs.python.org/3",
    "attrs": "https://www.attrs.org/en/stable",
    "pluggy": "https://pluggy.readthedocs.io/en/stable",
}
intersphinx_mapping = {
    name: (url, str(_HERE / "_inventories" / f"{name}.inv"))
    for name, url in _INVENTORIES.items()
    if (_HERE / "_inventories" / f"{name}.inv").exists()
}
myst_enable_extensions = ["colon_fence", "deflist"]
