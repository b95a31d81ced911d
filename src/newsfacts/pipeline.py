"""The Extractor: runs the stages over one article, or streams a batch of them.

For each article the stages run in the order of :mod:`newsfacts.hookspecs`. What a
plugin returns is checked fact by fact (type, spans inside the text, ``text`` equal to
the text at its span); a fact that fails is dropped and reported as a
:class:`~newsfacts.Problem` under the plugin's name, as is a plugin that raises. Facts
whose spans fall in the article's boilerplate are dropped. With a ``timeout``, each call of
a plugin's hook on an article is stopped when it runs past it (POSIX, main thread only:
see :func:`newsfacts.plugins.time_limit`) and reported the same way.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import attrgetter
from typing import Any, TypeVar

import attrs

from newsfacts._typewriter import in_given_words
from newsfacts.document import Document
from newsfacts.errors import InputError, NewsfactsError, PluginError
from newsfacts.models import (
    Article,
    Claim,
    Event,
    Facts,
    Place,
    Problem,
    PublishedSource,
    Quantity,
    TimeExpression,
    check_fact,
    evolve_trusted,
)
from newsfacts.plugins import PluginHost, PluginInfo, PluginRef, describe_error

__all__ = ["Extractor", "Result", "extract"]

# (hook, Facts field, fact class), in the order the stages run.
_STAGES: tuple[tuple[str, str, type[Any]], ...] = (
    ("newsfacts_times", "times", TimeExpression),
    ("newsfacts_quantities", "quantities", Quantity),
    ("newsfacts_claims", "claims", Claim),
    ("newsfacts_events", "events", Event),
)

ArticleInput = str | Mapping[str, Any]
_T = TypeVar("_T")

# The time limit of the first, warm-up run in a process (see Extractor's ``timeout``).
_WARM_UP_SECONDS = 10.0


@attrs.frozen(kw_only=True)
class Result:
    """One article of a batch: its facts, or the error that stopped it."""

    id: str
    facts: Facts | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_published(value: object, source: str = "published") -> _dt.date | None:
    """A publication date from a date, a datetime or a ``YYYY-MM-DD`` string."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InputError(source, f"invalid publication date {value!r}: expected YYYY-MM-DD")


class Extractor:
    """Reads articles with a fixed set of plugins.

    :param plugins: plugin objects (modules or instances with hook implementations) to
        add to those found through the ``newsfacts`` entry points.
    :param disable: names of plugins not to run (``newsfacts plugins`` lists them).
    :param strict: raise :class:`~newsfacts.PluginError` when a plugin fails,
        instead of recording a problem and going on.
    :param timeout: seconds each call of a plugin's hook may take on one article; a call
        that runs past it is stopped and reported as a problem under the plugin's name,
        and the other plugins' facts are kept. Works on POSIX in the main thread of a
        process (the CLI, a worker of :meth:`extract_many`); elsewhere there is no limit.
        The first article in a process is preceded by one run on the bundled sample
        article with a longer limit (at least ten seconds), so that lazy imports and
        lexicon loading are not counted against an article.
    """

    def __init__(
        self,
        plugins: Sequence[object] = (),
        disable: Iterable[str] = (),
        strict: bool = False,
        *,
        timeout: float | None = None,
    ) -> None:
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout}")
        self._plugins = tuple(plugins)
        self._disable = tuple(disable)
        self.strict = strict
        self.timeout = timeout
        self._warm = False
        self._host = PluginHost(self._plugins, self._disable, strict=strict, timeout=timeout)

    def __repr__(self) -> str:
        names = [i.name for i in self._host.infos() if i.enabled and i.error is None]
        return f"<Extractor plugins={names}>"

    def plugins(self) -> list[PluginInfo]:
        """The plugins this extractor knows, with their hooks, state and any load error."""
        return self._host.infos()

    # -- one article -----------------------------------------------------------------

    def extract(
        self,
        text: str,
        *,
        published: _dt.date | str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Facts:
        """The facts of one article.

        :param text: the article as plain text; every span points into it as given.
        :param published: the publication date, if known (relative times are resolved
            against it); otherwise it is taken from ``metadata`` or the text.
        :param metadata: what is known about the article from elsewhere, for instance
            ``{"title": ..., "published": "2024-03-05", "authors": [...]}``.
        :raises InputError: the text is not a string or is empty, or the date is invalid.
        """
        if not isinstance(text, str):
            raise InputError("text", f"expected a str, got {type(text).__name__}")
        if not text.strip():
            raise InputError("text", "the article text is empty")
        if not self._warm and self.timeout is not None:
            self._warm_up()
        document = Document(text, published=parse_published(published), metadata=metadata)
        problems: list[Problem] = [
            Problem(plugin=name, message=f"not loaded: {message}")
            for name, message in self._host.load_errors.items()
        ]
        report = _Reporter(problems, self.strict)

        article = self._article(document, report)
        facts = Facts(article=article)
        for hook, field, cls in _STAGES:
            found = self._collect(hook, cls, document, facts, report)
            facts = evolve_trusted(facts, **{field: found})  # each fact checked as it arrived
        facts = self._resolve_places(document, facts, report)
        facts = self._refine(document, facts, report)
        facts = evolve_trusted(facts, problems=(*facts.problems, *problems))
        # The extractors read typeset quote marks; the facts quote the text as given.
        return in_given_words(facts, text)

    def _warm_up(self) -> None:
        """Run once on the sample article (with a longer time limit, if any).

        Lazy imports and lexicons are then loaded: they do not count against the first
        article's time limit, and worker processes forked from here inherit them.
        """
        from importlib import resources

        self._warm = True
        sample = (resources.files("newsfacts") / "data" / "sample_article.txt").read_text(
            encoding="utf-8"
        )
        self._host.timeout = max(self.timeout or 0.0, _WARM_UP_SECONDS)
        try:
            self.extract(sample)
        except NewsfactsError:
            pass
        finally:
            self._host.timeout = self.timeout

    def _article(self, document: Document, report: _Reporter) -> Article:
        article = self._host.first("newsfacts_article", Article, report, document=document)
        if article is not None and article.text != document.text:
            report("newsfacts_article", "returned an Article for another text; ignored")
            article = None
        if article is None:
            published = document.published
            source = PublishedSource.GIVEN if published else PublishedSource.UNKNOWN
            article = Article(text=document.text, published=published, published_source=source)
        return article

    def _collect(
        self, hook: str, cls: type[Any], document: Document, facts: Facts, report: _Reporter
    ) -> list[Any]:
        text = document.text
        article = facts.article
        found: list[Any] = []
        for call in self._host.call_each(hook, document=document, facts=facts):
            if call.error is not None:
                report(call.plugin, f"{hook} raised {describe_error(call.error)}")
                continue
            if call.result is None:
                continue
            try:
                items = list(call.result)
            except Exception as exc:
                report(
                    call.plugin,
                    f"{hook} returned {type(call.result).__name__}, "
                    f"not an iterable of {cls.__name__} ({describe_error(exc)})",
                )
                continue
            for item in items:
                if not isinstance(item, cls):
                    report(
                        call.plugin,
                        f"{hook} returned a {type(item).__name__}, "
                        f"expected {cls.__name__}; dropped",
                    )
                    continue
                try:
                    check_fact(item, text)
                except ValueError as exc:
                    report(call.plugin, f"{hook}: {exc}; dropped")
                    continue
                if article.in_bounds(item.span):
                    found.append(item)
        return _dedupe_sorted(found)

    def _resolve_places(self, document: Document, facts: Facts, report: _Reporter) -> Facts:
        names = {e.place for e in facts.events if e.place and e.location is None}
        if not names or not self._host.impls("newsfacts_resolve_place"):
            return facts  # (with no plugin to ask, no event would change)
        places: dict[str, Place | None] = {}
        for name in sorted(names):
            places[name] = self._host.first(
                "newsfacts_resolve_place", Place, report, name=name, document=document
            )
        events = [
            attrs.evolve(e, location=location)
            if e.location is None and (location := places.get(e.place or "")) is not None
            else e  # (a place no plugin resolved leaves its events as they are)
            for e in facts.events
        ]
        return evolve_trusted(facts, events=events)

    def _refine(self, document: Document, facts: Facts, report: _Reporter) -> Facts:
        hook = "newsfacts_refine"
        for plugin, impl in self._host.impls(hook):
            call = self._host.call_one(plugin, impl, hook, document=document, facts=facts)
            if call.error is not None:
                report(plugin, f"{hook} raised {describe_error(call.error)}")
            elif call.result is None:
                continue
            elif not isinstance(call.result, Facts) or call.result.text != document.text:
                report(
                    plugin,
                    f"{hook} must return Facts for the same text or None, "
                    f"got {type(call.result).__name__}; ignored",
                )
            else:
                facts = call.result
        return facts

    # -- many articles ---------------------------------------------------------------

    def extract_many(
        self,
        articles: Iterable[ArticleInput],
        *,
        workers: int = 1,
        chunksize: int = 16,
    ) -> Iterator[Result]:
        """Extract a stream of articles, yielding one :class:`Result` each, in order.

        Each article is a text, or a mapping with ``text`` and optionally ``id``,
        ``published`` and ``metadata`` (a mapping with ``error`` instead of ``text``
        stands for a record that could not be read, and is reported in its place). A
        bad article gives a :class:`Result` with its ``error`` set and the others go on.
        With ``workers > 1`` articles are spread over that many processes in chunks of
        ``chunksize``; at most ``2 * workers`` chunks are in flight, so the input is read
        as the results are consumed. A worker process that dies loses no record: its
        articles are run again, and the one that killed it gets an error. Closing the
        iterator early (Ctrl-C, ``break``) stops the workers after their current chunk.
        """
        return self.map_results(articles, _same, workers=workers, chunksize=chunksize)

    def map_results(
        self,
        articles: Iterable[ArticleInput],
        finish: Callable[[Result], _T],
        *,
        workers: int = 1,
        chunksize: int = 16,
    ) -> Iterator[_T]:
        """:meth:`extract_many`, with ``finish`` applied to each result where it is made.

        With workers, ``finish`` runs in the worker processes (it must be a module-level
        function), so that turning facts into, say, a JSON line is spread over them too
        and only its (smaller) output crosses back to this process.
        """
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        numbered = ((i, a) for i, a in enumerate(articles))
        if workers == 1:
            return (finish(_extract_one(self, index, article)) for index, article in numbered)
        return self._parallel(numbered, finish, workers, chunksize)

    def _parallel(
        self,
        numbered: Iterator[tuple[int, ArticleInput]],
        finish: Callable[[Result], _T],
        workers: int,
        chunksize: int,
    ) -> Iterator[_T]:
        import multiprocessing

        from newsfacts._parallel import run_parallel

        if multiprocessing.get_start_method() == "fork" and not self._warm:
            # Forked workers inherit what this process has imported and loaded.
            self._warm_up()
        recipe = _Recipe(
            tuple(PluginRef.of(p) for p in self._plugins), self._disable, self.strict, self.timeout
        )
        yield from run_parallel(recipe, numbered, finish, workers=workers, chunksize=chunksize)


class _Reporter:
    """Collects problems, or raises them at once in strict mode."""

    def __init__(self, problems: list[Problem], strict: bool) -> None:
        self.problems = problems
        self.strict = strict

    def __call__(self, plugin: str, message: str) -> None:
        if self.strict:
            raise PluginError(plugin, message)
        self.problems.append(Problem(plugin=plugin, message=message))


_span_key = attrgetter("span.start", "span.end")  # (start, end) of a fact's span


def _dedupe_sorted(facts: list[Any]) -> list[Any]:
    """Facts in text order, exact duplicates (two plugins agreeing) kept once."""
    # Equal facts have equal spans, so a fact is compared only with those kept before it
    # that share its span: by equality, which stops at the first field that differs, while
    # they are few (no deep hash of nested facts), in a set past that (still linear when
    # a plugin gives thousands of facts one span).
    out: list[Any] = []
    run_key: tuple[int, int] | None = None
    run_start = 0  # where the facts kept with span ``run_key`` start in ``out``
    seen: set[Any] | None = None  # those facts, once there are more than _FEW
    for fact in sorted(facts, key=_span_key):
        key = _span_key(fact)
        if key != run_key:
            run_key, run_start, seen = key, len(out), None
        elif seen is not None:
            if fact in seen:
                continue
            seen.add(fact)
        elif fact in out[run_start:]:
            continue
        elif len(out) - run_start >= _FEW:
            seen = set(out[run_start:])
            seen.add(fact)
        out.append(fact)
    return out


_FEW = 8  # facts sharing one span compared one by one before a set is built


def article_input(index: int, article: ArticleInput) -> tuple[str, str, Any, Any]:
    """Unpack one batch item into (id, text, published, metadata), or raise InputError."""
    if isinstance(article, str):
        return str(index), article, None, None
    if not isinstance(article, Mapping):
        raise InputError(
            f"article {index}", f"expected a str or a mapping, got {type(article).__name__}"
        )
    ident = article_id(index, article)
    if article.get("error") is not None:  # a record its reader could not read
        raise InputError(ident, str(article["error"]))
    text = article.get("text")
    if not isinstance(text, str):
        raise InputError(ident, "the record has no 'text' string")
    return ident, text, article.get("published"), article.get("metadata")


def article_id(index: int, article: object) -> str:
    """The id a batch item is reported under: its ``id`` field, else its position."""
    if isinstance(article, Mapping) and article.get("id") is not None:
        return str(article["id"])
    return str(index)


def _extract_one(extractor: Extractor, index: int, article: ArticleInput) -> Result:
    ident = article_id(index, article)
    try:
        _, text, published, metadata = article_input(index, article)
        facts = extractor.extract(text, published=published, metadata=metadata)
    except NewsfactsError as exc:
        if extractor.strict and isinstance(exc, PluginError):
            raise
        return Result(id=ident, error=exc.problem if isinstance(exc, InputError) else str(exc))
    except Exception as exc:  # a bug outside the plugins: this record fails, the batch goes on
        if extractor.strict:
            raise
        return Result(id=ident, error=f"internal error: {describe_error(exc)}")
    return Result(id=ident, facts=facts)


@attrs.frozen
class _Recipe:
    """What a worker process needs to build the same Extractor as its parent."""

    plugins: tuple[PluginRef, ...]
    disable: tuple[str, ...]
    strict: bool
    timeout: float | None = None

    def build(self) -> Extractor:
        return Extractor(
            [p.resolve() for p in self.plugins], self.disable, self.strict, timeout=self.timeout
        )


_WORKER: list[Extractor] = []


def init_worker(recipe: _Recipe) -> None:
    """Build the worker process's Extractor once, when the process starts."""
    _WORKER[:] = [recipe.build()]


def extract_chunk(
    items: list[tuple[int, ArticleInput]], finish: Callable[[Result], Any] | None = None
) -> list[Any]:
    """Run one chunk of a batch in a worker process set up by :func:`init_worker`."""
    results = [_extract_one(_WORKER[0], i, a) for i, a in items]
    return results if finish is None else [finish(r) for r in results]


def _same(result: Result) -> Result:
    return result


_DEFAULT: list[Extractor] = []


def extract(
    text: str,
    *,
    published: _dt.date | str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Facts:
    """The facts of one article, with every installed plugin (see :meth:`Extractor.extract`)."""
    if not _DEFAULT:
        _DEFAULT.append(Extractor())
    return _DEFAULT[0].extract(text, published=published, metadata=metadata)
