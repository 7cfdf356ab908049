"""The glossary file checked against its JSON Schema before the data model reads it.

The rules are those of ``glossary/data/glossary.schema.json`` (the published schema, also the
reference page): this module compiles that file into plain checks once, so a new field or a
new schema version is a change of the schema file, not of this code. It understands the JSON
Schema keywords that file uses (``type``, ``const``, ``enum``, ``pattern``, ``minLength``,
``minimum``, ``maximum``, ``required``, ``properties``, ``additionalProperties``, ``items``,
``uniqueItems``, ``oneOf``, ``$ref``) and refuses to compile any other, so a schema that needs
more fails in the tests, never silently at a user's. Numbers must be finite (``NaN`` is not
JSON). Beyond the schema, entry ids and letter ids must be unique.

A problem names where it is: ``entry 4 (lastenverdeling): field 'forms' must be a list, not a
string``. The JSON Schema validator itself (``jsonschema``) is a test dependency only; the
tests check that both agree.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

#: A check: (value, path of keys and indexes) → problems (path, message), empty when valid.
Check = Callable[[Any, tuple[Any, ...]], Iterator[tuple[tuple[Any, ...], str]]]

_IGNORED = frozenset({"$schema", "$id", "$defs", "title", "description"})
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
    "null": (type(None),),
}
_NAMES = {
    "object": "an object",
    "array": "a list",
    "string": "a string",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "null",
}


@dataclass(frozen=True)
class Problem:
    """One way the data breaks the schema: where (``("entries", 3, "forms")``) and what."""

    path: tuple[Any, ...]
    message: str


def json_type(value: Any) -> str:
    """The JSON type name of a decoded value (``bool`` is not a number here)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    for name, types in _TYPES.items():
        if isinstance(value, types):
            return name
    return type(value).__name__


def _shown(value: Any) -> str:
    """A short rendering of a refused value for the message."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value).replace("nan", "NaN").replace("inf", "Infinity")
    text = json.dumps(value, ensure_ascii=False) if _small(value) else ""
    return text if len(text) <= 40 else text[:37] + "..."


def _small(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


def _is(value: Any, name: str) -> bool:
    if name in ("number", "integer") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return False
    return isinstance(value, _TYPES[name])


def _describe(value: Any) -> str:
    kind = _NAMES.get(json_type(value), json_type(value))
    shown = _shown(value)
    return f"{kind} ({shown})" if shown and json_type(value) != "null" else kind


class _Compiler:
    """Turns schema objects into checks, following ``$ref`` into ``$defs`` (each once)."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def ref(self, pointer: str) -> Check:
        if pointer not in self.refs:
            if not pointer.startswith("#/"):
                raise NotImplementedError(f"only local $ref is supported: {pointer}")
            target: Any = self.root
            for part in pointer[2:].split("/"):
                target = target[part]
            self.refs[pointer] = _pending  # a recursive schema refers to itself while compiling
            compiled = self.compile(target)
            self.refs[pointer] = compiled
        found = self.refs[pointer]
        return found if found is not _pending else (lambda v, p: self.refs[pointer](v, p))

    def compile(self, schema: dict[str, Any]) -> Check:
        unknown = set(schema) - _KEYWORDS - _IGNORED
        if unknown:
            raise NotImplementedError(f"schema keywords not supported: {sorted(unknown)}")
        checks: list[Check] = []
        if "$ref" in schema:
            checks.append(self.ref(schema["$ref"]))
        if "type" in schema:
            checks.append(_type(schema["type"]))
        if "const" in schema:
            checks.append(_const(schema["const"]))
        if "enum" in schema:
            checks.append(_enum(tuple(schema["enum"])))
        if "oneOf" in schema:
            checks.append(_one_of([self.compile(s) for s in schema["oneOf"]]))
        checks += _scalar_checks(schema)
        if {"properties", "required", "additionalProperties"} & set(schema):
            checks.append(self.object(schema))
        if "items" in schema or "uniqueItems" in schema:
            checks.append(self.array(schema))
        return _all(checks)

    def object(self, schema: dict[str, Any]) -> Check:
        props = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        required = tuple(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        extra_check = self.compile(extra) if isinstance(extra, dict) else None

        def check(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
            if not isinstance(value, dict):
                return
            for name in required:
                if name not in value:
                    yield (*path, name), "is missing"
            for name, item in value.items():
                sub = props.get(name)
                if sub is not None:
                    yield from sub(item, (*path, name))
                elif extra_check is not None:
                    yield from extra_check(item, (*path, name))
                elif extra is False:
                    yield (*path, name), "is not a field of the glossary format"

        return check

    def array(self, schema: dict[str, Any]) -> Check:
        item_check = self.compile(schema["items"]) if "items" in schema else None
        unique = bool(schema.get("uniqueItems"))

        def check(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
            if not isinstance(value, list):
                return
            if item_check is not None:
                for i, item in enumerate(value):
                    yield from item_check(item, (*path, i))
            if unique:
                seen: set[str] = set()
                for i, item in enumerate(value):
                    key = json.dumps(item, sort_keys=True)
                    if key in seen:
                        yield (*path, i), f"repeats {_describe(item)}"
                    seen.add(key)

        return check


#: A fast check: value → valid or not (explained by the full :data:`Check` when not).
Valid = Callable[[Any], bool]


class _FastCompiler:
    """The same schema as yes/no checks, generated as Python functions without paths or
    messages: loading a valid glossary costs a few microseconds an entry; only an invalid one
    is explained by :class:`_Compiler`."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.names: dict[str, str] = {}
        self.functions: list[str] = []
        self.constants: dict[str, Any] = {"math": math, "json": json, "_unique": _unique}

    def constant(self, value: Any) -> str:
        name = f"_c{len(self.constants)}"
        self.constants[name] = value
        return name

    def ref(self, pointer: str) -> str:
        """The name of the generated function of a ``$ref`` (generated once)."""
        if pointer not in self.names:
            if not pointer.startswith("#/"):
                raise NotImplementedError(f"only local $ref is supported: {pointer}")
            target: Any = self.root
            for part in pointer[2:].split("/"):
                target = target[part]
            self.names[pointer] = self.function(target)
        return self.names[pointer]

    def function(self, schema: dict[str, Any]) -> str:
        name = f"_v{len(self.functions)}"
        self.functions.append("")  # reserve the slot: a $ref may recurse
        body = self.emit(schema, "x", 1)
        index = int(name[2:])
        self.functions[index] = "\n".join([f"def {name}(x):", *body, "    return True"])
        return name

    def emit(self, schema: dict[str, Any], var: str, depth: int) -> list[str]:
        """Statements that ``return False`` when ``var`` breaks ``schema``."""
        pad = "    " * depth
        out: list[str] = []
        if "$ref" in schema:
            out.append(f"{pad}if not {self.ref(schema['$ref'])}({var}): return False")
        if "type" in schema:
            out.append(f"{pad}if not ({_type_test(schema['type'], var)}): return False")
        if "const" in schema:
            c = self.constant(schema["const"])
            same = f"{var} == {c} and {var}.__class__ is {c}.__class__"
            out.append(f"{pad}if not ({same}): return False")
        if "enum" in schema:
            c = self.constant(frozenset(schema["enum"]))
            out.append(f"{pad}if {var}.__class__ is not str or {var} not in {c}: return False")
        if "oneOf" in schema:
            calls = ", ".join(f"{self.function(sub)}({var})" for sub in schema["oneOf"])
            out.append(f"{pad}if sum(({calls},)) != 1: return False")
        if "pattern" in schema:
            c = self.constant(re.compile(schema["pattern"]).search)
            out.append(f"{pad}if {var}.__class__ is str and {c}({var}) is None: return False")
        if "minLength" in schema:
            least = int(schema["minLength"])
            out.append(f"{pad}if {var}.__class__ is str and len({var}) < {least}: return False")
        for key, op in (("minimum", "<"), ("maximum", ">")):
            if key in schema:
                c = self.constant(schema[key])
                out.append(
                    f"{pad}if {var}.__class__ in (int, float) and {var} {op} {c}: return False"
                )
        if {"properties", "required", "additionalProperties"} & set(schema):
            out += self.emit_object(schema, var, depth)
        if "items" in schema or "uniqueItems" in schema:
            out += self.emit_array(schema, var, depth)
        return out

    def emit_object(self, schema: dict[str, Any], var: str, depth: int) -> list[str]:
        pad = "    " * depth
        props = schema.get("properties", {})
        out = [f"{pad}if {var}.__class__ is dict:"]
        inner = "    " * (depth + 1)
        if schema.get("required"):
            c = self.constant(frozenset(schema["required"]))
            out.append(f"{inner}if not {c} <= {var}.keys(): return False")
        extra = schema.get("additionalProperties", True)
        if extra is False:
            c = self.constant(frozenset(props))
            out.append(f"{inner}if not {var}.keys() <= {c}: return False")
        for i, (name, sub) in enumerate(props.items()):
            item = f"{var}_{depth}_{i}"
            body = self.emit(sub, item, depth + 2)
            if body:
                out.append(f"{inner}if {name!r} in {var}:")
                out.append(f"{inner}    {item} = {var}[{name!r}]")
                out += body
        if isinstance(extra, dict):
            known = self.constant(frozenset(props))
            item = f"{var}_{depth}_x"
            body = self.emit(extra, item, depth + 3)
            if body:
                out.append(f"{inner}for _k, {item} in {var}.items():")
                out.append(f"{inner}    if _k not in {known}:")
                out += body
        return out if len(out) > 1 else []

    def emit_array(self, schema: dict[str, Any], var: str, depth: int) -> list[str]:
        pad = "    " * depth
        out = [f"{pad}if {var}.__class__ is list:"]
        if "items" in schema:
            item = f"{var}_{depth}_i"
            body = self.emit(schema["items"], item, depth + 2)
            if body:
                out.append(f"{pad}    for {item} in {var}:")
                out += body
        if schema.get("uniqueItems"):
            out.append(f"{pad}    if not _unique({var}): return False")
        return out if len(out) > 1 else []

    def build(self) -> dict[str, Any]:
        namespace = dict(self.constants)
        exec("\n\n".join(self.functions), namespace)  # our own generated source, no input
        return namespace


def _type_test(names: str | list[str], var: str) -> str:
    """A Python expression true when ``var`` has one of the JSON types ``names``."""
    tests = {
        "string": f"{var}.__class__ is str",
        "boolean": f"({var} is True or {var} is False)",
        "integer": f"{var}.__class__ is int",
        "number": f"({var}.__class__ is int or "
        f"({var}.__class__ is float and math.isfinite({var})))",
        "array": f"{var}.__class__ is list",
        "object": f"{var}.__class__ is dict",
        "null": f"{var} is None",
    }
    wanted = [names] if isinstance(names, str) else list(names)
    return " or ".join(tests[n] for n in wanted)


def _unique(items: list[Any]) -> bool:
    try:
        return len(set(items)) == len(items)
    except TypeError:  # objects: compare their JSON
        keys = [json.dumps(v, sort_keys=True) for v in items]
        return len(set(keys)) == len(keys)


_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "const",
        "enum",
        "oneOf",
        "pattern",
        "minLength",
        "minimum",
        "maximum",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "uniqueItems",
    }
)


def _pending(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    raise AssertionError("a schema reference used before it was compiled")


def _all(checks: list[Check]) -> Check:
    if len(checks) == 1:
        return checks[0]

    def check(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
        for one in checks:
            problems = list(one(value, path))
            if problems:  # a wrong type makes the later checks meaningless
                yield from problems
                return

    return check


def _type(names: str | list[str]) -> Check:
    wanted = (names,) if isinstance(names, str) else tuple(names)
    expected = " or ".join(_NAMES[n] for n in wanted)

    def check(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
        if not any(_is(value, n) for n in wanted):
            yield path, f"must be {expected}, not {_describe(value)}"
        elif isinstance(value, float) and not math.isfinite(value):
            yield path, f"must be a finite number, not {_shown(value)}"

    return check


def _const(constant: Any) -> Check:
    def check(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
        if value != constant or json_type(value) != json_type(constant):
            yield path, f"must be {_shown(constant)}, not {_describe(value)}"

    return check


def _enum(choices: tuple[Any, ...]) -> Check:
    listed = ", ".join(str(c) for c in choices)

    def check(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
        if not isinstance(value, str | int | float | bool | type(None)) or value not in choices:
            yield path, f"must be one of {listed}, not {_describe(value)}"

    return check


def _one_of(options: list[Check]) -> Check:
    def check(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
        found = [list(option(value, path)) for option in options]
        valid = sum(not problems for problems in found)
        if valid == 1:
            return
        if valid > 1:
            yield path, "matches more than one of its allowed forms"
            return
        # The option whose problems lie deepest is the one the data was meant to be.
        yield from max(found, key=lambda problems: max(len(p) for p, _ in problems))

    return check


def _scalar_checks(schema: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"])
        source = schema["pattern"]

        def match(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
            if isinstance(value, str) and not pattern.search(value):
                yield path, f"is {_shown(value)}, which does not match {source}"

        checks.append(match)
    if "minLength" in schema:
        least = schema["minLength"]

        def length(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
            if isinstance(value, str) and len(value) < least:
                yield path, "may not be empty" if least == 1 else f"needs {least} characters"

        checks.append(length)
    if "minimum" in schema or "maximum" in schema:
        low, high = schema.get("minimum"), schema.get("maximum")

        def bounds(value: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
            if not isinstance(value, int | float) or isinstance(value, bool):
                return
            if not math.isfinite(value):
                return
            if (low is not None and value < low) or (high is not None and value > high):
                span = f"from {low} to {high}" if high is not None else f"at least {low}"
                yield path, f"must be {span}, not {_shown(value)}"

        checks.append(bounds)
    return checks


@cache
def _compiled() -> tuple[Check, Check, Check, Valid, Valid]:
    """The checks of the whole file without its lists' items, of one entry and of one letter,
    then the fast yes/no checks of an entry and a letter; compiled once."""
    from glossary.paths import DATA_DIR

    root = json.loads((DATA_DIR / "glossary.schema.json").read_text(encoding="utf-8"))
    compiler, fast = _Compiler(root), _FastCompiler(root)
    lists = {"letters": {"type": "array"}, "entries": {"type": "array"}}
    top = {k: v for k, v in root.items() if k != "$defs"}
    top["properties"] = {**root["properties"], **lists}
    entry_ref = root["properties"]["entries"]["items"]["$ref"]
    letter_ref = root["properties"]["letters"]["items"]["$ref"]
    entry_name, letter_name = fast.ref(entry_ref), fast.ref(letter_ref)
    generated = fast.build()
    return (
        compiler.compile(top),
        compiler.ref(entry_ref),
        compiler.ref(letter_ref),
        generated[entry_name],
        generated[letter_name],
    )


def _field(path: tuple[Any, ...]) -> str:
    """``("translation", "confidence")`` → ``translation.confidence``; ``("forms", 2)`` →
    ``forms[2]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _where(kind: str, index: int, item: Any) -> str:
    name = item.get("id") if isinstance(item, dict) else None
    label = f" ({name})" if isinstance(name, str) and name else ""
    return f"{kind} {index + 1}{label}"


def _message(where: str, path: tuple[Any, ...], message: str) -> str:
    return f"{where}: field '{_field(path)}' {message}" if path else f"{where} {message}"


def file_problems(data: Any) -> Iterator[str]:
    """What is wrong with the file outside its entries and letters (its top-level fields)."""
    top = _compiled()[0]
    for path, message in top(data, ()):
        yield _message("glossary", path, message)


def entry_problems(data: dict[str, Any]) -> Iterator[tuple[int, str]]:
    """(index, message) for each invalid entry (first problem of each), then each repeated id."""
    _, entry, _, fast, _ = _compiled()
    first: dict[str, int] = {}
    for i, item in enumerate(data.get("entries", [])):
        problems = [] if fast(item) else list(entry(item, ()))
        if problems:
            path, message = problems[0]
            yield i, _message(_where("entry", i, item), path, message)
            continue
        eid = item["id"]
        if eid in first:
            yield i, f"duplicate id '{eid}' (entries {first[eid] + 1} and {i + 1})"
        else:
            first[eid] = i


def letter_problems(data: dict[str, Any]) -> Iterator[str]:
    """A message for each invalid letter record and each repeated letter id."""
    _, _, letter, _, fast = _compiled()
    seen: dict[str, int] = {}
    for i, item in enumerate(data.get("letters", [])):
        problems = [] if fast(item) else list(letter(item, ()))
        if problems:
            path, message = problems[0]
            yield _message(_where("letter", i, item), path, message)
        elif item["id"] in seen:
            yield f"duplicate letter id '{item['id']}' (letters {seen[item['id']] + 1} and {i + 1})"
        else:
            seen[item["id"]] = i
