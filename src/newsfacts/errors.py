"""Every error newsfacts raises derives from :class:`NewsfactsError`."""

from __future__ import annotations

__all__ = ["InputError", "NewsfactsError", "PluginError"]


class NewsfactsError(Exception):
    """Base class of all newsfacts errors."""


class InputError(NewsfactsError, ValueError):
    """An input newsfacts cannot read: names the input and says what is wrong with it."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class PluginError(NewsfactsError):
    """A plugin failed to load or to run; raised only in strict mode, else recorded."""

    def __init__(self, plugin: str, message: str) -> None:
        super().__init__(f"plugin {plugin!r}: {message}")
        self.plugin = plugin
        self.message = message
