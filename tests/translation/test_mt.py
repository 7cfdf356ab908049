"""Machine translation through deep-translator against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from glossary.errors import InputError, TranslationError
from glossary.model import Candidate
from glossary.translate.mt import (
    MachineTranslator,
    MTCache,
    MTResolver,
    MTSettings,
    make_translator,
)
from tests.translation.conftest import Reply


def libre(provider, cache=None, **kw) -> MachineTranslator:
    settings = MTSettings(
        "libre",
        url=provider.url,
        timeout=kw.pop("timeout", 5.0),
        retries=kw.pop("retries", 3),
        backoff=0.01,
    )
    sleeps: list[float] = []
    return MachineTranslator(settings, cache, sleep=sleeps.append, env={}, **kw)


def test_libre_success_sends_the_term_in_context(provider):
    mt = libre(provider)
    assert mt.translate_term("lastenverdeling") == "burden sharing"
    assert provider.requests == 1
    seen = provider.seen[0]
    assert seen.method == "POST" and seen.path == "/translate"
    assert seen.query["q"] == ["NAVO: lastenverdeling"]
    assert seen.query["source"] == ["nl"] and seen.query["target"] == ["en"]
    assert "api_key" not in seen.query  # no key configured: none is sent


def test_libre_api_key_from_environment(provider):
    settings = MTSettings("libre", url=provider.url)
    mt = MachineTranslator(settings, None, env={"LIBRE_API_KEY": "secret"})
    mt.translate("afschrikking")
    assert provider.seen[0].query["api_key"] == ["secret"]


def test_cache_hit_makes_no_request(provider, tmp_path):
    cache = MTCache(tmp_path / "mt.sqlite3")
    first = libre(provider, cache)
    assert first.translate_term("afschrikking") == "deterrence"
    assert provider.requests == 1
    second = libre(provider, MTCache(tmp_path / "mt.sqlite3"))  # a new run, same cache file
    assert second.translate_term("afschrikking") == "deterrence"
    assert provider.requests == 1
    assert second.stats.cache_hits == 1 and second.stats.requests == 0


def test_cache_is_keyed_by_provider_endpoint(provider, tmp_path):
    cache = MTCache(tmp_path / "mt.sqlite3")
    libre(provider, cache).translate("afschrikking")
    other = MTSettings("libre", url=provider.url + "v2/")
    assert cache.get(other, "afschrikking") is None
    assert cache.get(MTSettings("libre", url=provider.url), "afschrikking") == "deterrence"


def test_default_cache_lives_in_the_cache_dir(provider, tmp_path):
    cache = MTCache()
    assert cache.path == tmp_path / "cache" / "mt-cache.sqlite3"


def test_429_then_success_is_retried_with_backoff(provider):
    provider.script = [
        Reply(429, body='{"error": "slow down"}'),
        Reply(503, body='{"error": "busy"}', headers={"Retry-After": "0"}),
    ]
    sleeps: list[float] = []
    mt = MachineTranslator(
        MTSettings("libre", url=provider.url, backoff=0.01), None, sleep=sleeps.append, env={}
    )
    assert mt.translate("weerbaarheid") == "resilience"
    assert provider.requests == 3
    assert mt.stats.retries == 2
    assert sleeps == [0.01, 0.02]  # exponential backoff between the three attempts


def test_retry_after_header_is_honoured(provider):
    provider.script = [Reply(429, body="{}", headers={"Retry-After": "3"})]
    sleeps: list[float] = []
    mt = MachineTranslator(
        MTSettings("libre", url=provider.url, backoff=0.01), None, sleep=sleeps.append, env={}
    )
    mt.translate("weerbaarheid")
    assert sleeps == [3.0]


def test_persistent_server_errors_give_up_after_bounded_retries(provider):
    provider.script = [Reply(500, body="{}") for _ in range(10)]
    mt = libre(provider, retries=2)
    with pytest.raises(TranslationError, match=r"server error \(HTTP 500\) after 3 attempts"):
        mt.translate("afschrikking")
    assert provider.requests == 3


def test_time_out(provider):
    provider.script = [Reply(delay=1.5), Reply(delay=1.5)]
    mt = libre(provider, timeout=0.3, retries=1)
    with pytest.raises(TranslationError, match=r"no answer within 0.3 s \(time-out\)"):
        mt.translate("afschrikking")
    assert provider.requests == 2


def test_malformed_json_is_not_retried(provider):
    provider.script = [Reply(200, body="<html>not json</html>")]
    mt = libre(provider)
    with pytest.raises(TranslationError, match="malformed response"):
        mt.translate("afschrikking")
    assert provider.requests == 1


def test_answer_without_translation_is_malformed(provider):
    provider.script = [Reply(200, body=json.dumps({"detectedLanguage": "nl"}))]
    with pytest.raises(TranslationError, match="malformed response"):
        libre(provider).translate("afschrikking")


def test_refused_request_is_not_retried(provider):
    provider.script = [Reply(403, body='{"error": "invalid key"}')]
    with pytest.raises(TranslationError, match=r"not authorised \(HTTP 403\)"):
        libre(provider).translate("afschrikking")
    assert provider.requests == 1


def test_failures_are_not_cached(provider, tmp_path):
    cache = MTCache(tmp_path / "mt.sqlite3")
    provider.script = [Reply(400, body="{}")]
    with pytest.raises(TranslationError):
        libre(provider, cache).translate("afschrikking")
    assert libre(provider, cache).translate("afschrikking") == "deterrence"
    assert provider.requests == 2


def test_connection_refused_is_one_clear_error():
    mt = MachineTranslator(
        MTSettings("libre", url="http://127.0.0.1:9/", retries=1, backoff=0.0),
        None,
        sleep=lambda s: None,
        env={},
    )
    with pytest.raises(TranslationError, match="cannot connect to the provider after 2"):
        mt.translate("afschrikking")


def test_context_that_does_not_survive_falls_back_to_the_bare_term(provider):
    provider.script = [Reply(200, body=json.dumps({"translatedText": "burden sharing"}))]
    assert libre(provider).translate_term("lastenverdeling") == "burden sharing"
    assert [s.query["q"][0] for s in provider.seen] == ["NAVO: lastenverdeling", "lastenverdeling"]


def test_resolver_gives_machine_translation(provider):
    resolver = MTResolver(libre(provider))
    [answer] = resolver.resolve(Candidate("voortzettingsvermogen", "term", 1.0, 1))
    assert (answer.text, answer.source) == ("sustainability", "mt:libre")
    assert answer.confidence == 0.5
    assert resolver.resolve(Candidate("DMM", "acronym", 1.0, 1)) == []  # nothing to translate


@pytest.mark.parametrize("mode", ["deepl", "google", "mymemory", "microsoft"])
def test_other_providers_at_their_http_boundary(provider, mode):
    provider.reset(mode)
    env = {"DEEPL_API_KEY": "key:fx", "MICROSOFT_API_KEY": "key"}
    mt = MachineTranslator(MTSettings(mode, url=provider.url), None, env=env)
    assert mt.translate_term("lastenverdeling") == "burden sharing"
    assert provider.requests == 1
    seen = provider.seen[0]
    if mode == "deepl":
        assert seen.path == "/translate" and seen.query["target_lang"] == ["EN-GB"]
        assert seen.query["auth_key"] == ["key:fx"]
    if mode == "mymemory":
        assert seen.query["langpair"] == ["nl-NL|en-GB"]
    if mode == "microsoft":
        assert seen.query["to"] == ["en"] and seen.query["from"] == ["nl"]


@pytest.mark.parametrize("mode", ["google", "mymemory"])
def test_rate_limit_at_scraped_providers(provider, mode):
    provider.reset(mode)
    provider.script = [Reply(429, body="")]
    mt = MachineTranslator(
        MTSettings(mode, url=provider.url, backoff=0.0), None, sleep=lambda s: None, env={}
    )
    assert mt.translate("afschrikking") == "deterrence"
    assert provider.requests == 2


def test_microsoft_time_out_is_classified(provider):
    provider.reset("microsoft")
    provider.script = [Reply(delay=1.5)]
    mt = MachineTranslator(
        MTSettings("microsoft", url=provider.url, timeout=0.3, retries=0),
        None,
        env={"MICROSOFT_API_KEY": "k"},
    )
    with pytest.raises(TranslationError, match="time-out"):
        mt.translate("afschrikking")


def test_missing_key_and_unknown_provider_are_input_errors():
    with pytest.raises(InputError, match=r"DEEPL_API_KEY"):
        make_translator(MTSettings("deepl"), env={})
    with pytest.raises(InputError, match="unknown machine-translation provider 'babel'"):
        make_translator(MTSettings("babel"), env={})


def test_nothing_is_sent_outside_our_calls(provider):
    """The shim adds no time-out and records nothing when deep-translator is used directly."""
    translator = make_translator(MTSettings("libre", url=provider.url), env={})
    assert translator.translate("afschrikking") == "deterrence"
    assert provider.requests == 1
