"""Write the small intersphinx inventories the docs use, so that they build offline.

Sphinx reads an ``objects.inv`` (format version 2: four plain header lines, then
zlib-compressed lines ``name domain:role priority uri display-name``) for each
intersphinx project. CI has no network, so instead of the projects' full inventories we
commit these, listing only the targets our docs link to, with their real URLs. Run
``python docs/_inventories/make_inventories.py`` after adding a target below.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

# project -> (display name, version, [(name, domain:role, uri relative to the base URL)]).
# In a uri, "$" stands for the name (Sphinx's own shorthand).
INVENTORIES: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "python": (
        "Python",
        "3",
        [
            ("str", "py:class", "library/stdtypes.html#$"),
            ("int", "py:class", "library/functions.html#$"),
            ("float", "py:class", "library/functions.html#$"),
            ("bool", "py:class", "library/functions.html#$"),
            ("bytes", "py:class", "library/stdtypes.html#$"),
            ("tuple", "py:class", "library/stdtypes.html#$"),
            ("list", "py:class", "library/stdtypes.html#$"),
            ("dict", "py:class", "library/stdtypes.html#$"),
            ("object", "py:class", "library/functions.html#$"),
            ("None", "py:data", "library/constants.html#$"),
            ("Exception", "py:exception", "library/exceptions.html#$"),
            ("ValueError", "py:exception", "library/exceptions.html#$"),
            ("TypeError", "py:exception", "library/exceptions.html#$"),
            ("datetime.date", "py:class", "library/datetime.html#$"),
            ("datetime.datetime", "py:class", "library/datetime.html#$"),
            ("collections.abc.Iterable", "py:class", "library/collections.abc.html#$"),
            ("collections.abc.Iterator", "py:class", "library/collections.abc.html#$"),
            ("collections.abc.Mapping", "py:class", "library/collections.abc.html#$"),
            ("collections.abc.Sequence", "py:class", "library/collections.abc.html#$"),
            ("collections.abc.Callable", "py:class", "library/collections.abc.html#$"),
            ("typing.Any", "py:data", "library/typing.html#$"),
            ("typing.NamedTuple", "py:class", "library/typing.html#$"),
            ("pathlib.Path", "py:class", "library/pathlib.html#$"),
            ("argparse.ArgumentParser", "py:class", "library/argparse.html#$"),
            ("importlib.metadata", "py:module", "library/importlib.metadata.html#module-$"),
            ("json", "py:module", "library/json.html#module-$"),
            ("json.dumps", "py:function", "library/json.html#$"),
        ],
    ),
    "attrs": (
        "attrs",
        "stable",
        [
            ("attrs", "py:module", "api.html#module-$"),
            ("attrs.evolve", "py:function", "api.html#$"),
            ("attrs.frozen", "py:function", "api.html#$"),
            ("attrs.define", "py:function", "api.html#$"),
            ("attrs.field", "py:function", "api.html#$"),
            ("attrs.asdict", "py:function", "api.html#$"),
        ],
    ),
    "pluggy": (
        "pluggy",
        "stable",
        [
            ("pluggy", "py:module", "api_reference.html#module-$"),
            ("pluggy.PluginManager", "py:class", "api_reference.html#$"),
            ("pluggy.HookimplMarker", "py:class", "api_reference.html#$"),
            ("pluggy.HookspecMarker", "py:class", "api_reference.html#$"),
        ],
    ),
}


def inventory(project: str, version: str, entries: list[tuple[str, str, str]]) -> bytes:
    """The bytes of an objects.inv version 2 file listing ``entries``."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    ).encode()
    body = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in sorted(entries))
    return header + zlib.compress(body.encode(), 9)


def main() -> None:
    for name, (project, version, entries) in INVENTORIES.items():
        path = HERE / f"{name}.inv"
        path.write_bytes(inventory(project, version, entries))
        print(f"wrote {path.name}: {len(entries)} targets")


if __name__ == "__main__":
    main()
