"""Plugin loading and the typed, isolated calls to every hook.

Plugins come from the ``newsfacts`` entry-point group (the built-ins too) and from
objects handed to :class:`newsfacts.Extractor` in code. Entry points are read once per
process; one that fails to import is recorded with its distribution and skipped, so a
broken plugin never takes the tool down. Nothing else in newsfacts touches ``pm.hook``:
every call goes through :class:`PluginHost`, which calls each implementation in its own
``try``/``except`` so that a failure is reported under the plugin's name, and, when a
time limit is set, stops a call that runs past it (see :func:`time_limit`).
"""

from __future__ import annotations

import importlib
import os
import signal
import threading
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from importlib import metadata
from typing import Any, TypeVar

import attrs
import pluggy

from newsfacts import hookspecs
from newsfacts.errors import NewsfactsError, PluginError

__all__ = [
    "ENTRY_POINT_GROUP",
    "LOAD_PLUGINS_ENV",
    "Call",
    "EntryPointPlugin",
    "PluginHost",
    "PluginInfo",
    "PluginRef",
    "PluginTimeout",
    "can_limit_time",
    "entry_point_plugins",
    "forget_entry_points",
    "time_limit",
]

ENTRY_POINT_GROUP = "newsfacts"
#: Comma-separated entry-point names: load only these (an empty value loads none).
LOAD_PLUGINS_ENV = "NEWSFACTS_LOAD_PLUGINS"

HOOK_NAMES = tuple(name for name in hookspecs.__all__ if name.startswith("newsfacts_"))

_T = TypeVar("_T")


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``newsfacts plugins`` shows about one plugin."""

    name: str
    module: str
    distribution: str | None = None
    version: str | None = None
    hooks: tuple[str, ...] = ()
    enabled: bool = True
    error: str | None = None


@attrs.frozen(kw_only=True)
class EntryPointPlugin:
    """A plugin declared in the ``newsfacts`` entry-point group; imported on first use."""

    name: str
    value: str
    distribution: str | None
    version: str | None
    entry_point: metadata.EntryPoint = attrs.field(eq=False, repr=False)

    def load(self) -> tuple[object | None, str | None]:
        """(plugin, None) once imported, or (None, why it failed); imported once a process."""
        return _load(self.entry_point)


@cache
def _load(ep: metadata.EntryPoint) -> tuple[object | None, str | None]:
    try:
        return ep.load(), None
    except Exception as exc:
        return None, f"failed to import {ep.value}: {type(exc).__name__}: {exc}"


@attrs.frozen
class Call:
    """The outcome of one plugin's implementation of one hook."""

    plugin: str
    result: Any = None
    error: BaseException | None = None


def _dist_of(ep: metadata.EntryPoint) -> tuple[str | None, str | None]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return None, None
    return dist.metadata["Name"], dist.version


@cache
def _scan_entry_points() -> tuple[EntryPointPlugin, ...]:
    """The group's entry points, read once a process, each name once."""
    seen: set[str] = set()
    found = []
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        if ep.name in seen:  # the same distribution found twice on sys.path
            continue
        seen.add(ep.name)
        dist, version = _dist_of(ep)
        found.append(
            EntryPointPlugin(
                name=ep.name, value=ep.value, distribution=dist, version=version, entry_point=ep
            )
        )
    return tuple(found)


def forget_entry_points() -> None:
    """Read the entry points again on next use (for tests that install plugins)."""
    _scan_entry_points.cache_clear()
    _load.cache_clear()


def entry_point_plugins() -> tuple[EntryPointPlugin, ...]:
    """The entry-point plugins this process may load, honouring ``NEWSFACTS_LOAD_PLUGINS``."""
    found = _scan_entry_points()
    wanted = os.environ.get(LOAD_PLUGINS_ENV)
    if wanted is None:
        return found
    names = {n.strip() for n in wanted.split(",") if n.strip()}
    return tuple(p for p in found if p.name in names)


def plugin_name(plugin: object) -> str:
    """The name a plugin object handed over in code is registered and reported under."""
    name = getattr(plugin, "newsfacts_plugin_name", None) or getattr(plugin, "__name__", None)
    if isinstance(name, str) and name:
        return name
    return type(plugin).__name__


class PluginHost:
    """One plugin manager with its plugins, and the only caller of their hooks."""

    def __init__(
        self,
        plugins: Sequence[object] = (),
        disable: Iterable[str] = (),
        *,
        strict: bool = False,
        timeout: float | None = None,
    ) -> None:
        self.strict = strict
        #: Seconds one call of one plugin's hook may take, or None for no limit.
        self.timeout = timeout
        self.disabled = frozenset(disable)
        self.load_errors: dict[str, str] = {}
        self._infos: list[PluginInfo] = []
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)

        known = set()
        for ep in entry_point_plugins():
            known.add(ep.name)
            info = PluginInfo(
                name=ep.name,
                module=ep.value,
                distribution=ep.distribution,
                version=ep.version,
                enabled=ep.name not in self.disabled,
            )
            if info.enabled:
                plugin, error = ep.load()
                if error is not None:
                    self._record_load_error(ep.name, error)
                    info = attrs.evolve(info, error=error)
                else:
                    info = self._register(plugin, ep.name, info)
            self._infos.append(info)
        for plugin in plugins:
            name = plugin_name(plugin)
            known.add(name)
            info = PluginInfo(
                name=name, module=_module_of(plugin), enabled=name not in self.disabled
            )
            if info.enabled:
                info = self._register(plugin, name, info)
            self._infos.append(info)
        unknown = self.disabled - known
        if unknown:
            raise PluginError(
                ", ".join(sorted(unknown)),
                f"cannot disable: no such plugin (known: {', '.join(sorted(known)) or 'none'})",
            )

    # -- registration ----------------------------------------------------------------

    def _register(self, plugin: object, name: str, info: PluginInfo) -> PluginInfo:
        if self.pm.has_plugin(name):
            raise PluginError(name, "a plugin of this name is already registered")
        if self.pm.is_registered(plugin):
            other = self.pm.get_name(plugin)
            raise PluginError(
                name, f"this plugin is already registered as {other!r} (through its entry point?)"
            )
        try:
            self.pm.register(plugin, name=name)
            self._check(name)
        except (pluggy.PluginValidationError, NewsfactsError) as exc:
            if self.pm.is_registered(plugin):
                self.pm.unregister(plugin)
            message = str(exc)
            self._record_load_error(name, message)
            return attrs.evolve(info, error=message)
        hooks = tuple(
            caller.name for caller in self.pm.get_hookcallers(plugin) or () if caller.name
        )
        return attrs.evolve(info, hooks=tuple(sorted(hooks)))

    def _check(self, name: str) -> None:
        """Refuse misspelled hooks and hook wrappers, which would otherwise never run."""
        plugin = self.pm.get_plugin(name)
        for attr in dir(plugin):
            if attr not in HOOK_NAMES and self.pm.parse_hookimpl_opts(plugin, attr) is not None:
                known = ", ".join(HOOK_NAMES)
                raise PluginError(name, f"unknown hook {attr!r} (known hooks: {known})")
        for caller in self.pm.get_hookcallers(plugin) or ():
            for impl in caller.get_hookimpls():
                if impl.plugin_name == name and (impl.hookwrapper or impl.wrapper):
                    raise PluginError(name, f"hook wrappers are not supported ({caller.name})")

    def _record_load_error(self, name: str, message: str) -> None:
        if self.strict:
            raise PluginError(name, message)
        self.load_errors[name] = message

    def infos(self) -> list[PluginInfo]:
        """Every plugin seen, in load order, with the hooks it implements or its error."""
        return list(self._infos)

    # -- calling ---------------------------------------------------------------------

    def call_each(self, hook: str, **kwargs: Any) -> list[Call]:
        """Call every implementation of ``hook`` in pluggy's order, each in isolation."""
        return [self.call_one(plugin, impl, hook, **kwargs) for plugin, impl in self.impls(hook)]

    def impls(self, hook: str) -> list[tuple[str, Callable[..., Any]]]:
        """(plugin name, function) for each implementation of ``hook``, in calling order."""
        caller = getattr(self.pm.hook, hook)
        return [(impl.plugin_name, impl) for impl in reversed(caller.get_hookimpls())]

    def call_one(self, plugin: str, impl: Any, hook: str, **kwargs: Any) -> Call:
        """Call one implementation with the arguments it asks for, catching its failure.

        A generator's items are collected here, inside the time limit, so that a plugin
        written with ``yield`` is timed (and isolated) like one that returns a list.
        """
        try:
            with time_limit(self.timeout):
                result = impl.function(**{name: kwargs[name] for name in impl.argnames})
                if isinstance(result, Iterator):
                    result = list(result)
            return Call(plugin, result)
        except (Exception, PluginTimeout) as exc:
            if self.strict:
                raise PluginError(plugin, f"{hook} raised {describe_error(exc)}") from exc
            return Call(plugin, error=exc)

    def first(
        self, hook: str, expected: type[_T], on_problem: Callable[[str, str], None], **kwargs: Any
    ) -> _T | None:
        """The first non-None answer of ``hook`` that is an ``expected``; others reported."""
        for call in self.call_each(hook, **kwargs):
            if call.error is not None:
                on_problem(call.plugin, f"{hook} raised {describe_error(call.error)}")
            elif call.result is None:
                continue
            elif isinstance(call.result, expected):
                return call.result
            else:
                on_problem(
                    call.plugin,
                    f"{hook} returned {type(call.result).__name__}, "
                    f"expected {expected.__name__} or None",
                )
        return None


class PluginTimeout(BaseException):
    """Raised inside a plugin's call when it runs past the time limit.

    A :class:`BaseException`, so that a plugin's own ``except Exception`` cannot
    swallow it; only :meth:`PluginHost.call_one` catches it.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(f"stopped after the time limit of {seconds:g} s")
        self.seconds = seconds


def can_limit_time() -> bool:
    """Whether :func:`time_limit` works here: POSIX, in the main thread, SIGALRM free.

    ``signal.setitimer`` exists only on POSIX and Python runs signal handlers only in the
    main thread; an interval timer already running belongs to someone else (a test
    runner's own timeout, say), and is left alone.
    """
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PluginTimeout` in the body if it runs longer than ``seconds``.

    Python cannot stop a thread, so this uses ``SIGALRM``: the handler raises in the main
    thread between two bytecodes (or inside a regular-expression match, which checks for
    signals). Code that holds the interpreter in one long C call that does not check for
    signals is stopped only when that call returns. An import in progress is never
    interrupted (that would leave a module half-initialised): the stop waits until it is
    done. Where :func:`can_limit_time` is false, or ``seconds`` is None, the body runs
    without a limit.
    """
    if not seconds or seconds <= 0 or not can_limit_time():
        yield
        return
    armed = [True]

    def on_alarm(signum: int, frame: types.FrameType | None) -> None:
        if not armed[0]:
            return
        if _importing(frame):
            signal.setitimer(signal.ITIMER_REAL, 0.01)
            return
        armed[0] = False
        raise PluginTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        try:
            armed[0] = False
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)


def _importing(frame: types.FrameType | None) -> bool:
    """Whether the interrupted code is inside an import."""
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def describe_error(exc: BaseException) -> str:
    """``"ValueError: first line of the message"``: one line for a problem report."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _module_of(plugin: object) -> str:
    if isinstance(plugin, types.ModuleType):
        return plugin.__name__
    return f"{type(plugin).__module__}.{type(plugin).__qualname__}"


@attrs.frozen
class PluginRef:
    """A plugin as it can cross a process boundary: modules by name, objects as they are."""

    module: str | None
    obj: object | None

    @classmethod
    def of(cls, plugin: object) -> PluginRef:
        if isinstance(plugin, types.ModuleType):
            return cls(plugin.__name__, None)
        return cls(None, plugin)

    def resolve(self) -> object:
        if self.module is not None:
            return importlib.import_module(self.module)
        return self.obj
