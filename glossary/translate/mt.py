"""Resolver 4: opt-in machine translation through deep-translator, with what it lacks.

deep-translator has no time-outs, no retries and raises different exceptions per provider.
This thin layer adds a time-out on every HTTP request, bounded retries with exponential backoff
on HTTP 429 and 5xx (honouring ``Retry-After``) and on connection failures or time-outs, one
error type (:class:`~glossary.errors.TranslationError`) with a one-line message, and a SQLite
cache in the user cache dir keyed by provider, endpoint, languages and text, so a rebuild does
not ask again. Nothing is sent anywhere unless a provider is chosen (``glossary build --mt``).

Providers: ``google``, ``deepl`` (key in ``DEEPL_API_KEY``), ``microsoft``
(``MICROSOFT_API_KEY``, optional ``MICROSOFT_REGION``), ``mymemory`` and ``libre``
(``LIBRE_API_KEY`` where the server wants one; ``url`` for a self-hosted LibreTranslate).
``url`` also replaces the endpoint of the other providers (a proxy, or a test server).

A term is sent in a short context (``NAVO: <term>``) so that the provider picks the NATO sense
(``top`` → summit); the English after the colon is the answer. Answers are status ``machine``.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from glossary.errors import InputError, TranslationError
from glossary.model import Candidate, Translation
from glossary.sanitize import clean_line
from glossary.text import fold
from glossary.translate import MT_PROVIDERS

PROVIDERS = MT_PROVIDERS
KEY_ENV: dict[str, str] = {
    "deepl": "DEEPL_API_KEY",
    "microsoft": "MICROSOFT_API_KEY",
    "libre": "LIBRE_API_KEY",
}
REGION_ENV = "MICROSOFT_REGION"
CONTEXT = "NAVO: {term}"
CONFIDENCE = 0.5  # the chain's threshold: MT, when asked, answers (status machine)
CACHE_FILE = "mt-cache.sqlite3"
#: Bumped when the way we ask changes, so old cached answers are not reused.
LAYER_VERSION = "1"

_STATE = threading.local()


@dataclass(frozen=True)
class MTSettings:
    """Which provider, where, and how patiently to ask it."""

    provider: str
    url: str | None = None
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 30.0
    source: str = "nl"
    target: str = "en"

    @property
    def cache_provider(self) -> str:
        """The provider as cached: a different endpoint is a different provider."""
        return f"{self.provider}@{self.url}" if self.url else self.provider


@dataclass
class MTStats:
    """What the layer did: HTTP requests sent, cache hits, retries, failures."""

    requests: int = 0
    cache_hits: int = 0
    retries: int = 0
    failures: int = 0


class _RequestsShim:
    """Stands in for ``requests`` inside deep-translator's provider modules.

    Adds our time-out to every call made on behalf of this layer and remembers the HTTP status,
    ``Retry-After`` and any transport error, so failures can be classified whatever exception
    the provider raises. Outside this layer's calls it passes everything through unchanged.
    """

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def get(self, url: str, **kwargs: Any) -> Any:
        return self._call("get", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> Any:
        return self._call("post", url, **kwargs)

    def _call(self, method: str, url: str, **kwargs: Any) -> Any:
        timeout = getattr(_STATE, "timeout", None)
        if timeout is not None and kwargs.get("timeout") is None:
            kwargs["timeout"] = timeout
        _STATE.requests = getattr(_STATE, "requests", 0) + 1
        try:
            response = getattr(self._real, method)(url, **kwargs)
        except self._real.RequestException as exc:
            _STATE.error = exc
            raise
        _STATE.status = response.status_code
        _STATE.retry_after = response.headers.get("Retry-After")
        return response


_INSTALLED: set[str] = set()
_INSTALL_LOCK = threading.Lock()


def _install_shim(module_name: str) -> Any:
    """Import a deep-translator provider module and route its HTTP calls through the shim."""
    import importlib

    import requests

    module: Any = importlib.import_module(module_name)  # its attributes are set below
    with _INSTALL_LOCK:
        if module_name not in _INSTALLED:
            module.requests = _RequestsShim(requests)
            _INSTALLED.add(module_name)
    return module


def _api_key(provider: str, env: Mapping[str, str]) -> str | None:
    name = KEY_ENV.get(provider)
    return env.get(name) or None if name else None


def make_translator(settings: MTSettings, env: Mapping[str, str] | None = None) -> Any:
    """A configured deep-translator object for ``settings`` (no request is sent here)."""
    env = os.environ if env is None else env
    provider = settings.provider
    if provider not in PROVIDERS:
        raise InputError(
            f"unknown machine-translation provider {provider!r} "
            f"(choose from {', '.join(PROVIDERS)})"
        )
    key = _api_key(provider, env)
    if provider in ("deepl", "microsoft") and not key:
        raise InputError(f"--mt {provider} needs an API key in ${KEY_ENV[provider]}")
    url = settings.url
    if provider == "google":
        module = _install_shim("deep_translator.google")
        translator = module.GoogleTranslator(source=settings.source, target=settings.target)
    elif provider == "deepl":
        module = _install_shim("deep_translator.deepl")
        translator = module.DeeplTranslator(
            api_key=key,
            source=settings.source,
            target="en",
            use_free_api=bool(key and key.endswith(":fx")),
        )
        if settings.target == "en":
            translator._target = "EN-GB"  # NATO English is British English
        if url:
            url = url.rstrip("/") + "/"
    elif provider == "microsoft":
        module = _install_shim("deep_translator.microsoft")
        microsoft: type = module.MicrosoftTranslator

        class StaticLanguagesMicrosoft(microsoft):
            """Skips the language-list request at start-up: we only need Dutch and English."""

            def _get_supported_languages(self) -> dict[str, str]:
                return {"dutch": "nl", "english": "en"}

        translator = StaticLanguagesMicrosoft(
            api_key=key,
            source=settings.source,
            target=settings.target,
            region=env.get(REGION_ENV) or None,
        )
    elif provider == "mymemory":
        module = _install_shim("deep_translator.mymemory")
        translator = module.MyMemoryTranslator(source="nl-NL", target="en-GB")
    else:
        module = _install_shim("deep_translator.libre")
        translator = module.LibreTranslator(
            source="auto", target=settings.target, api_key=key or "no-key", custom_url=url
        )
        translator.source = settings.source
        if not key:
            translator.api_key = None
        if url and not url.endswith("/"):
            translator._base_url = url + "/"
        return translator
    if url:
        translator._base_url = url
    return translator


class MTCache:
    """SQLite cache of successful answers; failures are never cached."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            from glossary.paths import cache_dir

            path = cache_dir() / CACHE_FILE
        self.path = Path(path)
        self._lock = threading.Lock()
        import sqlite3

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS translation (provider TEXT NOT NULL, "
                "source TEXT NOT NULL, target TEXT NOT NULL, text TEXT NOT NULL, "
                "result TEXT NOT NULL, created TEXT NOT NULL, "
                "PRIMARY KEY (provider, source, target, text))"
            )
            self._db.commit()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise InputError(
                f"machine-translation cache unusable ({exc}); delete it", str(self.path)
            ) from None

    @staticmethod
    def _provider(settings: MTSettings) -> str:
        return f"{settings.cache_provider}#v{LAYER_VERSION}"

    def get(self, settings: MTSettings, text: str) -> str | None:
        """The cached answer, or None (also for a damaged row: it is asked again)."""
        import sqlite3

        with self._lock:
            try:
                row = self._db.execute(
                    "SELECT result FROM translation WHERE provider=? AND source=? AND target=? "
                    "AND text=?",
                    (self._provider(settings), settings.source, settings.target, text),
                ).fetchone()
            except (sqlite3.DatabaseError, UnicodeDecodeError):
                return None
        return row[0] if row and isinstance(row[0], str) else None

    def put(self, settings: MTSettings, text: str, result: str) -> None:
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO translation VALUES (?, ?, ?, ?, ?, ?)",
                (self._provider(settings), settings.source, settings.target, text, result, now),
            )
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()


@dataclass
class _Failure:
    retryable: bool
    message: str
    retry_after: float | None = None


def _classify(exc: BaseException | None, timeout: float) -> _Failure:
    """What went wrong, from the transport error or HTTP status the shim recorded."""
    import requests

    error = getattr(_STATE, "error", None)
    status = getattr(_STATE, "status", None)
    if isinstance(error, requests.Timeout):
        return _Failure(True, f"no answer within {timeout:g} s (time-out)")
    if isinstance(error, requests.ConnectionError):
        return _Failure(True, "cannot connect to the provider")
    if isinstance(error, requests.RequestException):
        return _Failure(False, f"request failed ({error.__class__.__name__})")
    retry_after = _retry_after(getattr(_STATE, "retry_after", None))
    if status == 429:
        return _Failure(True, "rate limited (HTTP 429)", retry_after)
    if status is not None and status >= 500:
        return _Failure(True, f"server error (HTTP {status})", retry_after)
    if status in (401, 403):
        return _Failure(False, f"not authorised (HTTP {status}); check the API key")
    if status is not None and status >= 400:
        return _Failure(False, f"request refused (HTTP {status})")
    if status is not None:
        detail = f" ({exc.__class__.__name__})" if exc is not None else ""
        return _Failure(False, f"malformed response{detail}")
    name = exc.__class__.__name__ if exc is not None else "no answer"
    return _Failure(False, f"{name}: {exc}" if exc is not None else name)


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


@dataclass
class MachineTranslator:
    """Translate Dutch text with one provider: cached, timed out, retried, one error type."""

    settings: MTSettings
    cache: MTCache | None = None
    sleep: Callable[[float], None] = time.sleep
    env: Mapping[str, str] | None = None
    stats: MTStats = field(default_factory=MTStats)

    def __post_init__(self) -> None:
        self._translator = make_translator(self.settings, self.env)

    def translate(self, text: str) -> str:
        """The provider's English for ``text``; raises :class:`TranslationError` on failure."""
        text = " ".join(text.split())
        if self.cache is not None:
            hit = self.cache.get(self.settings, text)
            if hit is not None:
                self.stats.cache_hits += 1
                return clean_line(hit)
        result = self._ask(text)
        if self.cache is not None:
            self.cache.put(self.settings, text, result)
        return result

    def _ask(self, text: str) -> str:
        settings = self.settings
        for attempt in range(settings.retries + 1):
            _STATE.timeout = settings.timeout
            _STATE.requests = 0
            _STATE.status = _STATE.error = _STATE.retry_after = None
            try:
                result = self._translator.translate(text)
            except Exception as exc:  # deep-translator raises anything; we classify it
                failure = _classify(exc, settings.timeout)
            else:
                if isinstance(result, str) and clean_line(result):
                    self.stats.requests += _STATE.requests
                    _STATE.timeout = None
                    return clean_line(result)
                failure = _Failure(False, "malformed response (no translation in the answer)")
            finally:
                _STATE.timeout = None
            self.stats.requests += _STATE.requests
            if not failure.retryable or attempt == settings.retries:
                self.stats.failures += 1
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise TranslationError(f"{settings.provider}: {failure.message}{tries}")
            self.stats.retries += 1
            delay = min(settings.max_backoff, settings.backoff * 2**attempt)
            if failure.retry_after is not None:
                delay = min(settings.max_backoff, max(delay, failure.retry_after))
            self.sleep(delay)
        raise AssertionError("unreachable")

    def translate_term(self, term: str) -> str:
        """The English of a term, asked in a short NATO context and cut out of the answer."""
        answer = self.translate(CONTEXT.format(term=term))
        english = _strip_context(answer)
        if english is None:
            english = self.translate(term)
        english = english.strip(" .;:\"'«»“”")
        if term[:1].islower() and english[:1].isupper() and english[1:2].islower():
            english = english[:1].lower() + english[1:]
        if not english:
            raise TranslationError(f"{self.settings.provider}: empty translation for {term!r}")
        return english


def _strip_context(answer: str) -> str | None:
    """``NATO: burden sharing`` → ``burden sharing``; None when the context did not survive."""
    head, sep, tail = answer.partition(":")
    if not sep or not tail.strip():
        return None
    if fold(head.strip()) not in ("nato", "navo", "the nato", "otan"):
        return None
    return tail.strip()


class MTResolver:
    """The chain's machine-translation step (asked only when nothing better was found)."""

    lazy = True

    def __init__(self, translator: MachineTranslator) -> None:
        self.translator = translator
        self.name = f"mt:{translator.settings.provider}"

    def resolve(self, candidate: Candidate) -> list[Translation]:
        """Raises :class:`TranslationError` when the provider fails."""
        if candidate.kind == "acronym":
            text = candidate.expansion
            if not text:
                return []
        else:
            text = candidate.term
        english = self.translator.translate_term(text)
        if fold(english) == fold(text) and candidate.kind != "entity":
            return []
        return [
            Translation(
                english,
                self.name,
                CONFIDENCE,
                note=f"machine translation ({self.translator.settings.provider})",
            )
        ]
