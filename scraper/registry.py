"""Every known source, keyed by name, and where each one came from.

Sources come from four places, loaded in this order (a name may appear once):

1. the built-in ``generic`` parser (any news page);
2. ``scraper/sources/*.toml`` (declarative) and ``scraper/sources/*.py`` (Python);
3. the same two kinds of file in user directories (``~/.config/campusnews/sources/``,
   ``--sources-dir``), passed in as ``extra_dirs``;
4. installed packages, through the entry-point group ``campusnews.sources``.

A Python source file exposes sources with the :func:`source` class decorator
or a module-level ``SOURCES`` list. See docs/adding-a-source.md.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import inspect
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit, urlunsplit

from scraper.source import Source
from scraper.urls import in_scope

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "campusnews.sources"
GENERIC = "generic"
BUILTIN_DIR = Path(__file__).resolve().parent / "sources"

OriginKind = Literal["builtin", "user", "package"]
T = TypeVar("T", bound=type)

# Marks a class decorated with @source, so a module's own sources can be told
# apart from classes it merely imports.
_SOURCE_MARK = "__campusnews_source__"
_SOURCE_ATTRS = ("name", "hosts", "start_urls", "version", "languages", "date_order", "parse")


class RegistryError(Exception):
    """Base class for problems building or querying the source registry."""


class DuplicateSource(RegistryError):
    """Two sources claim the same name."""


class UnknownSource(RegistryError):
    """No source has the requested name."""


class SourceLoadError(RegistryError):
    """A source file, module or entry point could not be loaded."""


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a source was defined: ``kind`` for people, ``where`` for error messages."""

    kind: OriginKind
    where: str

    def __str__(self) -> str:
        return f"{self.kind} {self.where}"


def source(
    *,
    name: str,
    hosts: Sequence[str],
    start_urls: Sequence[str] = (),
    version: int = 1,
    languages: Sequence[str] = ("en",),
    date_order: str = "DMY",
    url_pattern: str | None = None,
) -> Callable[[T], T]:
    """Class decorator declaring a Python source; the class must define ``parse(page)``.

    The registry instantiates the class with no arguments.

    >>> @source(name="my-uni", hosts=["news.my-uni.example"])
    ... class MyUni:
    ...     def parse(self, page): ...
    >>> MyUni.name, MyUni.hosts
    ('my-uni', ('news.my-uni.example',))
    """
    if url_pattern is not None:
        _compile_pattern(url_pattern, f"source {name!r}")

    def decorate(cls: T) -> T:
        if not callable(getattr(cls, "parse", None)):
            raise TypeError(f"@source({name!r}) needs a parse(page) method on {cls.__name__}")
        attributes = {
            "name": name,
            "hosts": _hosts(hosts),
            "start_urls": tuple(start_urls),
            "version": version,
            "languages": tuple(languages),
            "date_order": date_order,
            "url_pattern": url_pattern,
            _SOURCE_MARK: True,
        }
        for key, value in attributes.items():
            setattr(cls, key, value)
        return cls

    return decorate


class Registry:
    """Sources keyed by name; each remembers its :class:`Origin`."""

    def __init__(self) -> None:
        self._sources: dict[str, Source] = {}
        self._origins: dict[str, Origin] = {}

    def register(self, src: Source, origin: Origin | None = None) -> None:
        """Add ``src``; a second source with the same name raises :class:`DuplicateSource`."""
        origin = origin or Origin("builtin", type(src).__module__)
        _check_source(src, origin)
        if src.name in self._sources:
            raise DuplicateSource(
                f"source {src.name!r} is defined twice: {self._origins[src.name]} and {origin}"
            )
        self._sources[src.name] = src
        self._origins[src.name] = origin

    def get(self, name: str) -> Source:
        """The source called ``name``; :class:`UnknownSource` lists the known names."""
        try:
            return self._sources[name]
        except KeyError:
            known = ", ".join(sorted(self._sources)) or "none"
            raise UnknownSource(f"unknown source {name!r}; known sources: {known}") from None

    def origin(self, name: str) -> Origin:
        """Where the source called ``name`` was defined."""
        self.get(name)
        return self._origins[name]

    def all(self) -> list[Source]:
        """Every source, sorted by name."""
        return [self._sources[name] for name in sorted(self._sources)]

    def names(self) -> list[str]:
        """Every source name, sorted."""
        return sorted(self._sources)

    def __contains__(self, name: object) -> bool:
        return name in self._sources

    def __len__(self) -> int:
        return len(self._sources)

    def for_url(self, url: str) -> Source:
        """The source for an ad-hoc URL: by host, then ``url_pattern``; else ``generic``.

        Among sources sharing a host, one whose ``url_pattern`` matches wins over
        one without a pattern; a source whose pattern does not match is skipped.
        """
        parts = urlsplit(url)
        # Patterns are written against lower-case hosts; paths keep their case.
        url = urlunsplit(parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()))
        with_pattern: list[Source] = []
        without_pattern: list[Source] = []
        for src in self.all():
            if src.name == GENERIC or not in_scope(url, src.hosts):
                continue
            pattern = src.url_pattern
            if pattern is None:
                without_pattern.append(src)
            elif re.search(pattern, url):
                with_pattern.append(src)
        for found in (with_pattern, without_pattern):
            if found:
                return found[0]
        return self.get(GENERIC)


def load_registry(extra_dirs: Sequence[Path] = ()) -> Registry:
    """Build the registry from the built-ins, ``extra_dirs`` and installed packages.

    Missing extra directories are skipped (the default user directory often
    does not exist). A file that fails to load raises :class:`SourceLoadError`
    naming the file.
    """
    from scraper.generic import GenericSource

    registry = Registry()
    registry.register(GenericSource(), Origin("builtin", "scraper.generic"))
    for src, origin in _from_dir(BUILTIN_DIR, "builtin"):
        registry.register(src, origin)
    for directory in extra_dirs:
        directory = Path(directory).expanduser()
        if not directory.is_dir():
            log.debug("no sources directory at %s", directory)
            continue
        for src, origin in _from_dir(directory, "user"):
            registry.register(src, origin)
    for src, origin in _from_entry_points():
        registry.register(src, origin)
    return registry


def get(name: str, extra_dirs: Sequence[Path] = ()) -> Source:
    """The source called ``name`` (see :func:`load_registry` for ``extra_dirs``)."""
    return load_registry(extra_dirs).get(name)


def for_url(url: str, extra_dirs: Sequence[Path] = ()) -> Source:
    """The source that parses ``url``, falling back to ``generic``."""
    return load_registry(extra_dirs).for_url(url)


def all_sources(extra_dirs: Sequence[Path] = ()) -> list[Source]:
    """Every known source, sorted by name."""
    return load_registry(extra_dirs).all()


def sources_in_module(module: ModuleType) -> list[Source]:
    """The sources a Python module exposes: its ``SOURCES`` list and its ``@source`` classes.

    ``SOURCES`` may hold instances (one class can serve several sites) or
    classes; classes are instantiated with no arguments, once each.
    """
    listed: list[Any] = list(getattr(module, "SOURCES", ()))
    instances = [item for item in listed if not isinstance(item, type)]
    classes = [item for item in listed if isinstance(item, type)]
    for _, obj in inspect.getmembers(module, inspect.isclass):
        if getattr(obj, _SOURCE_MARK, False) and obj.__module__ == module.__name__:
            classes.append(obj)
    represented = {type(item) for item in instances}
    for cls in dict.fromkeys(classes):
        if cls not in represented:
            instances.append(cls())
    return instances


def _from_dir(directory: Path, kind: OriginKind) -> Iterator[tuple[Source, Origin]]:
    from scraper.declarative import DeclarativeSource, SourceSpecError

    for path in sorted(directory.glob("*.toml")):
        if path.name.startswith("_"):
            continue
        try:
            yield DeclarativeSource.from_toml(path), Origin(kind, str(path))  # type: ignore[misc]  # frozen
        except SourceSpecError as exc:
            raise SourceLoadError(str(exc)) from exc
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_"):  # __init__.py, and files set aside on purpose
            continue
        module = _import_file(path, kind)
        try:
            sources = sources_in_module(module)
        except Exception as exc:  # a broken class body or constructor in the user's file
            raise SourceLoadError(f"{path}: {type(exc).__name__}: {exc}") from exc
        if not sources:
            log.warning("%s defines no sources (no @source class, no SOURCES list)", path)
        for src in sources:
            yield src, Origin(kind, str(path))


def _import_file(path: Path, kind: OriginKind) -> ModuleType:
    if kind == "builtin":
        try:
            return importlib.import_module(f"scraper.sources.{path.stem}")
        except Exception as exc:  # a broken built-in must still name its file
            raise SourceLoadError(f"{path}: {type(exc).__name__}: {exc}") from exc
    # A unique module name per file, so two directories may both hold my_uni.py.
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]
    module_name = f"_campusnews_user_sources.{path.stem}_{digest}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise SourceLoadError(f"{path}: cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    # dataclasses and typing look the module up in sys.modules while it runs.
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # anything in user code; reported with the file name
        del sys.modules[module_name]
        raise SourceLoadError(f"{path}: {type(exc).__name__}: {exc}") from exc
    return module


def _from_entry_points() -> Iterator[tuple[Source, Origin]]:
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        where = _describe(ep)
        try:
            loaded = ep.load()
            sources = list(_expand(loaded))
        except Exception as exc:  # third-party code; reported with the entry point
            raise SourceLoadError(f"{where}: {type(exc).__name__}: {exc}") from exc
        for src in sources:
            yield src, Origin("package", where)


def _expand(loaded: Any) -> Iterable[Any]:
    """An entry point names a Source class, a Source instance, or a callable returning sources."""
    if isinstance(loaded, type):
        return [loaded()]
    if _is_source(loaded):
        return [loaded]
    if callable(loaded):
        result = loaded()
        if isinstance(result, type):
            return [result()]
        if _is_source(result):
            return [result]
        return [item() if isinstance(item, type) else item for item in result]
    raise TypeError(f"expected a Source class, instance or callable, got {type(loaded).__name__}")


def _describe(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    package = f" (package {dist.name})" if dist is not None else ""
    return f"entry point {ep.name} = {ep.value}{package}"


def _is_source(obj: object) -> bool:
    """Has ``obj`` what a :class:`Source` must have (``url_pattern`` is optional)?"""
    return all(hasattr(obj, attr) for attr in _SOURCE_ATTRS)


def _check_source(src: Any, origin: Origin) -> None:
    if not _is_source(src):
        missing = ", ".join(attr for attr in _SOURCE_ATTRS if not hasattr(src, attr))
        raise SourceLoadError(f"{origin.where}: {src!r} is not a source (missing {missing})")
    if not isinstance(src.name, str) or not src.name:
        raise SourceLoadError(f"{origin.where}: a source needs a non-empty string name")
    if not hasattr(src, "url_pattern"):
        # Optional for authors; part of the Source protocol for everyone who reads it.
        try:
            src.url_pattern = None
        except AttributeError:
            raise SourceLoadError(
                f"{origin.where}: {src!r} has no url_pattern and none can be set; "
                "give it url_pattern = None"
            ) from None
    pattern = src.url_pattern
    if pattern is not None:
        _compile_pattern(pattern, origin.where)


def _compile_pattern(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise SourceLoadError(f"{where}: bad url_pattern {pattern!r}: {exc}") from exc


def _hosts(hosts: Sequence[str]) -> tuple[str, ...]:
    if isinstance(hosts, str):
        # A bare string would become a tuple of characters.
        hosts = [hosts]
    return tuple(h.lower() for h in hosts)
