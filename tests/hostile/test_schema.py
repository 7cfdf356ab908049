"""The glossary's own schema check (:mod:`glossary.store.schema`) agrees with the JSON Schema
validator on the published schema, names entry and field, and refuses keywords it does not
understand instead of ignoring them."""

from __future__ import annotations

import copy
import json
import math

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.errors import InputError
from glossary.paths import DATA_DIR, shipped_glossary
from glossary.store import jsonfile as store
from glossary.store import schema

from .helpers import glossary_data

SCHEMA = json.loads((DATA_DIR / "glossary.schema.json").read_text(encoding="utf-8"))


def _whole_int(checker: object, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


#: JSON Schema counts ``1.0`` as an integer; the glossary's check deliberately does not (the
#: tool writes integers, and a float offset or count would break slicing and arithmetic later),
#: so the reference validator is told the same.
VALIDATOR = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _whole_int),
)(SCHEMA)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.sampled_from(["", "x", "reviewed", "termbase", "mt:libre", "2025-01-01T00:00:00Z"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)
FIELDS = sorted(SCHEMA["$defs"]["entry"]["properties"])


def _paths(value, prefix=()):
    """Every path into a JSON value (dict keys and list indexes)."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _set(data, path, value):
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def test_the_shipped_glossary_is_valid():
    data = json.loads(shipped_glossary().read_text(encoding="utf-8"))
    assert list(schema.entry_problems(data)) == []
    assert list(schema.file_problems(data)) == list(schema.letter_problems(data)) == []


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_verdict_agrees_with_jsonschema(data):
    """Replace any part of a valid entry with any JSON value: both validators agree on
    whether the entry is valid, and a refusal names the entry and a field."""
    glossary = glossary_data()
    entry = data.draw(st.sampled_from(glossary["entries"]))
    path = data.draw(st.sampled_from([p for p in _paths(entry) if p]))
    _set(entry, path, data.draw(JSON_VALUES))
    expected = not any(True for _ in VALIDATOR.iter_errors({**glossary, "entries": [entry]}))
    problems = list(schema.entry_problems({"entries": [entry]}))
    assert (not problems) == expected, (path, entry, problems)
    if problems:
        (index, message), *_ = problems
        assert index == 0 and message.startswith("entry 1") and "field '" in message


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FIELDS))
def test_a_missing_field_is_named(field):
    data = glossary_data()
    del data["entries"][1][field]
    with pytest.raises(InputError) as info:
        store.from_data(data, "g.json")
    assert f"entry 2 ({data['entries'][1].get('id', '')}" in str(info.value) or field == "id"
    assert f"field '{field}' is missing" in str(info.value)


def test_non_finite_numbers_are_refused():
    for value in (math.nan, math.inf, -math.inf):
        data = glossary_data()
        data["entries"][0]["score"] = value
        with pytest.raises(InputError, match="field 'score' must be a finite number"):
            store.from_data(data, "g.json")


def test_lenient_reading_skips_bad_entries_one_message_each():
    data = glossary_data()
    data["entries"][0]["status"] = "done"
    data["entries"].append(copy.deepcopy(data["entries"][2]))
    told: list[str] = []
    glossary = store.from_data(data, "g.json", skip=told.append)
    assert len(told) == 2 and "field 'status'" in told[0] and "duplicate id" in told[1]
    assert sorted(glossary.entries) == ["bondgenoot", "hybride-dreiging", "lastenverdeling"]


def test_unknown_schema_keywords_are_refused():
    compiler = schema._Compiler({})
    with pytest.raises(NotImplementedError, match="format"):
        compiler.compile({"type": "string", "format": "date-time"})


def test_deep_nesting_is_one_error():
    with pytest.raises(InputError, match="nested too deeply"):
        store.parse("[" * 100_000 + "]" * 100_000, "deep.json")
