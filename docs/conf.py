"""Sphinx configuration for the newsfacts documentation."""

from __future__ import annotations

from importlib.metadata import version as _version
from pathlib import Path

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
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"newsfacts {release}"
html_static_path = ["_static"]

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": False}
nitpicky = False

# The docs must build offline (CI has no network): each project's inventory is taken
# from the web when it can be reached, else from a copy in _inventories/ if there is one.
_HERE = Path(__file__).parent
_INVENTORIES = {
    "python": "https://docs.python.org/3",
    "attrs": "https://www.attrs.org/en/stable",
    "pluggy": "https://pluggy.readthedocs.io/en/stable",
}
intersphinx_mapping = {
    name: (url, (None, str(_HERE / "_inventories" / f"{name}.inv")))
    for name, url in _INVENTORIES.items()
    if (_HERE / "_inventories" / f"{name}.inv").exists()
}
intersphinx_timeout = 3
myst_enable_extensions = ["colon_fence", "deflist"]
