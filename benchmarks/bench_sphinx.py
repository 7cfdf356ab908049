"""The Sphinx extension on a generated project: added build time, and matching cost vs size.

Builds the same generated project (``PAGES`` pages of Dutch text, a glossary of ``ENTRIES``
entries from ``benchmarks/synthetic.py``) without the extension, with it, and with a naive
regex-per-term auto-linker (capped at ``NAIVE_CAP`` terms), each a full ``sphinx-build -E -b
html`` in a fresh process, interleaved and repeated. Then times the matcher alone (the
automaton scan over every paragraph, without loading or building) for glossaries of 500 to
50,000 entries, against the naive matcher, and one incremental rebuild after an English-only
glossary change; writes ``docs/measurements/sphinx.rst``. Then builds a second project against
a 50,000-entry glossary given as the project's JSON and as a TBX file (converted on the first
build, from the cache after), to show what reading a termbase costs; writes
``docs/measurements/sphinx-termbase.rst``. ``BENCH_SPHINX_PARTS=termbase`` (or ``extension``)
runs one part.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from itertools import accumulate
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _util  # noqa: E402
import synthetic  # noqa: E402

from glossary.exchange.as_glossary import read_glossary_file  # noqa: E402
from glossary.exchange.common import Languages  # noqa: E402
from glossary.exchange.export import export_text  # noqa: E402
from glossary.lookup.matcher import TermMatcher, entry_forms  # noqa: E402
from glossary.model import Glossary, Translation, status_at_least  # noqa: E402
from glossary.store import jsonfile as store  # noqa: E402

PAGES = 500
ENTRIES = 5_000
SIZES = (500, 5_000, 50_000)
NAIVE_CAP = 5_000
NAIVE_SIZES = (500, 5_000)
REPEATS = 5
MATCH_REPEATS = 5
SEED = 0
MIN_STATUS = "machine"
#: The termbase comparison: a glossary of this size as JSON and as TBX, on a smaller project.
FORMAT_ENTRIES = 50_000
FORMAT_PAGES = 100
FORMAT_REPEATS = 3

_FILLER_TEXT = (
    "de het een en van in op voor met dat is wordt zijn heeft aan bij om ook over niet "
    "door dit deze als tot naar meer nog maar zal kan moet worden heeft hebben "
    "kabinet minister Kamer brief besluit jaar landen Nederland regering bijeenkomst afspraken "
    "ontwikkeling gesprek overleg bijdrage rapport vergadering uitvoering voorstel positie "
    "partners verband kader gevolgen stappen inzet ambities aandacht bespreking toezegging "
    "verwacht belangrijk nieuwe gezamenlijke verdere huidige nationale internationale snel "
    "duidelijk blijft vraagt steunt bespreekt benadrukt onderstreept informeert"
)
FILLER = tuple(_FILLER_TEXT.split(" "))


# -- the generated project ----------------------------------------------------------------


def _sentence(rng: random.Random, forms: list[str], cumulative: list[float]) -> str:
    words = rng.choices(FILLER, k=rng.randint(10, 18))
    for _ in range(rng.choice((0, 1, 1, 2))):
        words.insert(rng.randrange(len(words) + 1), rng.choices(forms, cum_weights=cumulative)[0])
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def corpus(glossary: Glossary, pages: int = PAGES, seed: int = SEED) -> list[list[list[str]]]:
    """pages → sections → paragraphs (strings); terms drawn Zipf-like from the glossary."""
    rng = random.Random(seed)
    entries = glossary.sorted_entries()
    rng.shuffle(entries)
    forms = [f for e in entries for f in entry_forms(e, "nl")]
    cumulative = list(accumulate(1.0 / (1 + i) ** 0.9 for i in range(len(forms))))
    out = []
    for _ in range(pages):
        sections = []
        for _ in range(3):
            sections.append(
                [
                    " ".join(_sentence(rng, forms, cumulative) for _ in range(rng.randint(4, 6)))
                    for _ in range(rng.randint(4, 5))
                ]
            )
        out.append(sections)
    return out


def paragraphs(pages: list[list[list[str]]]) -> list[str]:
    return [p for page in pages for section in page for p in section]


def write_project(root: Path, pages: list[list[list[str]]], glossary_path: Path) -> dict:
    """Sources in ``root/src``; one conf dir per variant; returns the variants' build args."""
    src = root / "src"
    src.mkdir(parents=True)
    names = [f"pagina{i:03d}" for i in range(len(pages))]
    toc = "".join(f"   {n}\n" for n in names)
    (src / "index.rst").write_text(
        f"Brieven\n=======\n\n.. toctree::\n   :maxdepth: 1\n\n   woordenlijst\n{toc}",
        encoding="utf-8",
    )
    (src / "woordenlijst.rst").write_text(
        "Woordenlijst\n============\n\n.. nato-glossary::\n", encoding="utf-8"
    )
    words = 0
    for i, (name, sections) in enumerate(zip(names, pages, strict=True)):
        heading = f"Brief {i} over de NAVO"
        parts = [f"{heading}\n{'=' * len(heading)}\n"]
        for number, section in enumerate(sections):
            title = f"Onderdeel {number + 1}"
            parts.append(f"{title}\n{'-' * len(title)}\n")
            parts.extend(p + "\n" for p in section)
            words += sum(len(p.split()) for p in section)
        parts.append(".. code-block:: text\n\n   NAVO afschrikking lastenverdeling\n")
        parts.append("* De NAVO en Oekraïne.\n* Afschrikking en lastenverdeling.\n")
        (src / f"{name}.rst").write_text("\n".join(parts), encoding="utf-8")
    common = textwrap.dedent(f"""\
        project = "bench"
        language = "nl"
        exclude_patterns = ["_build"]
        html_theme = "alabaster"
        glossary_file = {str(glossary_path)!r}
        glossary_min_status = {MIN_STATUS!r}
        """)
    confs = {
        "bare": common
        + textwrap.dedent("""\
            from docutils.parsers.rst import Directive

            class _Stub(Directive):
                def run(self):
                    return []

            def setup(app):
                app.add_directive("nato-glossary", _Stub)
            """),
        "extension": common
        + textwrap.dedent(f"""\
            import sys
            sys.path.insert(0, {str(root / "helpers")!r})
            extensions = ["bench_timing", "sphinx_ext"]
            """),
        "naive": common
        + textwrap.dedent(f"""\
            import sys
            sys.path.insert(0, {str(root / "helpers")!r})
            extensions = ["sphinx_ext", "naive_autolink"]
            glossary_autolink = "off"
            naive_cap = {NAIVE_CAP}
            """),
    }
    for name, text in confs.items():
        (root / "conf" / name).mkdir(parents=True)
        (root / "conf" / name / "conf.py").write_text(text, encoding="utf-8")
    (root / "helpers").mkdir()
    (root / "helpers" / "naive_autolink.py").write_text(NAIVE_EXTENSION, encoding="utf-8")
    (root / "helpers" / "bench_timing.py").write_text(TIMING_EXTENSION, encoding="utf-8")
    return {"words": words, "pages": len(pages)}


#: What existing auto-linkers do: one regular expression per term, tried on every text node
#: at read time, each hit a ``pending_xref`` to the std:term target (same exclusions as ours).
NAIVE_EXTENSION = '''
"""Naive auto-linker for the benchmark: one regex per term, pending_xref at read time."""
import re

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform

from glossary.store import jsonfile as store
from glossary.lookup.matcher import entry_forms
from glossary.model import status_at_least
from sphinx_ext.walk import Walker

PATTERNS = []


def compile_patterns(glossary, minimum, cap):
    out = []
    entries = [e for e in glossary.sorted_entries() if status_at_least(e.status, minimum)]
    for entry in entries[:cap]:
        forms = sorted(entry_forms(entry, "nl"), key=len, reverse=True)
        alternation = "|".join(re.escape(f) for f in forms)
        out.append((entry.lemma, re.compile(r"(?<!\\w)(?:" + alternation + r")(?!\\w)")))
    return out


def on_builder_inited(app):
    glossary = store.load(app.config.glossary_file)
    PATTERNS[:] = compile_patterns(glossary, app.config.glossary_min_status,
                                   app.config.naive_cap)


class NaiveLinks(SphinxTransform):
    default_priority = 880

    def apply(self, **kwargs):
        seen = set()
        walker = Walker(frozenset())
        for text in list(walker.texts(self.document)):
            source = text.astext()
            hits = []
            for lemma, pattern in PATTERNS:
                for m in pattern.finditer(source):
                    hits.append((m.start(), -(m.end() - m.start()), m.end(), lemma))
            if not hits:
                continue
            hits.sort()
            pieces, pos = [], 0
            for start, _, end, lemma in hits:
                if start < pos or lemma in seen:
                    continue
                seen.add(lemma)
                if start > pos:
                    pieces.append(nodes.Text(source[pos:start]))
                ref = addnodes.pending_xref("", refdomain="std", reftype="term",
                                            reftarget=lemma, refexplicit=True)
                ref += nodes.inline(source[start:end], source[start:end],
                                    classes=["xref", "std", "std-term"])
                pieces.append(ref)
                pos = end
            if pieces:
                if pos < len(source):
                    pieces.append(nodes.Text(source[pos:]))
                text.parent.replace(text, pieces)


def setup(app):
    app.add_config_value("naive_cap", 5000, "env")
    app.connect("builder-inited", on_builder_inited)
    app.add_transform(NaiveLinks)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
'''


#: Loaded before ``sphinx_ext``: wraps its hooks with CPU timers and writes the totals to
#: ``$BENCH_TIMING_FILE`` at the end of the build (attribution of the extension's own work).
TIMING_EXTENSION = '''
"""CPU time spent in sphinx_ext's own hooks, for the benchmark."""
import json
import os
import time

from sphinx_ext import directive, incremental, links, loading
from sphinx_ext.collect import RecordGlossaryUse

TOTALS = {}


def _timed(name, function):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            TOTALS[name] = TOTALS.get(name, 0.0) + time.process_time() - start
    return wrapper


loading.on_builder_inited = _timed("load glossary, build runtime", loading.on_builder_inited)
incremental.on_env_get_outdated = _timed("fingerprints", incremental.on_env_get_outdated)
incremental.on_env_updated = _timed("targets", incremental.on_env_updated)
RecordGlossaryUse.apply = _timed("read: match and record", RecordGlossaryUse.apply)
links.CreateGlossaryLinks.run = _timed("write: create links", links.CreateGlossaryLinks.run)
directive.RegisterGlossaryTerms.apply = _timed("glossary page: register targets",
                                               directive.RegisterGlossaryTerms.apply)
directive.RenderGlossaryPage.run = _timed("glossary page: render entries",
                                          directive.RenderGlossaryPage.run)


def _finished(app, exception):
    path = os.environ.get("BENCH_TIMING_FILE")
    if path and exception is None:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(TOTALS, handle)


def setup(app):
    app.connect("build-finished", _finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
'''


def build(
    root: Path,
    variant: str,
    fresh: bool = True,
    out: str | None = None,
    extra: tuple[str, ...] = (),
    env_extra: dict[str, str] | None = None,
) -> tuple[float, float]:
    """One ``sphinx-build -b html`` in a fresh process: (wall seconds, CPU seconds).

    The extension's own hook times of the last build are left in ``LAST_TIMING``.
    """
    target = root / "out" / (out or variant)
    if fresh and target.exists():
        shutil.rmtree(target)
    cmd = [
        sys.executable,
        "-m",
        "sphinx",
        "-q",
        "-b",
        "html",
        "-c",
        str(root / "conf" / variant),
        "-d",
        str(target / ".doctrees"),
        str(root / "src"),
        str(target / "html"),
    ]
    if fresh:
        cmd.insert(3, "-E")
    cmd.extend(extra)
    timing = root / "timing.json"
    timing.unlink(missing_ok=True)
    env = {**os.environ, "BENCH_TIMING_FILE": str(timing), **(env_extra or {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise RuntimeError(f"{variant} build failed:\n{result.stderr[-2000:]}")
    noise = [line for line in result.stderr.splitlines() if "WARNING" in line]
    if noise:
        print(f"  {variant}: {len(noise)} warnings, first: {noise[0]}", flush=True)
    LAST_TIMING.clear()
    if timing.exists():
        LAST_TIMING.update(json.loads(timing.read_text(encoding="utf-8")))
    return seconds, cpu


LAST_TIMING: dict[str, float] = {}


def count_links(html_dir: Path) -> tuple[int, int]:
    """(glossary links, pages) over the generated letter pages."""
    pages = sorted(html_dir.glob("pagina*.html"))
    links = sum(
        p.read_text(encoding="utf-8").count("nato-gl-link")
        + p.read_text(encoding="utf-8").count('class="xref std std-term"')
        for p in pages
    )
    return links, len(pages)


# -- a termbase as glossary_file ----------------------------------------------------------


#: (label, conf variant, clear the conversion cache before the build)
FORMAT_VARIANTS = (
    ("bare", "bare", False),
    ("json", "json", False),
    ("tbx, cached", "tbx", False),
    ("tbx, first build", "tbx", True),
)


def formats_section(tmp: Path) -> dict:
    """Full builds of a project against one glossary as JSON and as TBX (see the docstring)."""
    root = tmp / "formats"
    glossary = synthetic.make_glossary(FORMAT_ENTRIES, SEED)
    root.mkdir()
    json_path, tbx_path = root / "glossary.json", root / "glossary.tbx"
    tbx_path.write_text(export_text(glossary, "tbx"), encoding="utf-8")
    # The JSON is the TBX's own conversion, so both list and link the same entries and only
    # reading the file differs.
    converted = read_glossary_file(tbx_path, Languages()).glossary
    store.save(converted, json_path)
    info = write_project(root, corpus(glossary, FORMAT_PAGES), json_path)
    base = (root / "conf" / "extension" / "conf.py").read_text(encoding="utf-8")
    for name, path in (("json", json_path), ("tbx", tbx_path)):
        (root / "conf" / name).mkdir()
        (root / "conf" / name / "conf.py").write_text(
            base.replace(repr(str(json_path)), repr(str(path))), encoding="utf-8"
        )
    cache = root / "cache"
    env = {"NATO_GLOSSARY_CACHE": str(cache)}
    print(
        f"formats: {info['pages']} pages, glossary {FORMAT_ENTRIES:,} entries; "
        f"JSON {json_path.stat().st_size / 1e6:.1f} MB, TBX {tbx_path.stat().st_size / 1e6:.1f} MB",
        flush=True,
    )
    build(root, "tbx", out="warm-up", env_extra=env)  # fills the cache for the first round
    times: dict[str, list[tuple[float, float]]] = {v[0]: [] for v in FORMAT_VARIANTS}
    for repeat in range(FORMAT_REPEATS):
        order = FORMAT_VARIANTS if repeat % 2 == 0 else FORMAT_VARIANTS[::-1]
        for label, conf, cold in order:
            if cold:
                shutil.rmtree(cache, ignore_errors=True)
            times[label].append(build(root, conf, out=conf, env_extra=env))
            print(f"  {label:16} cpu {times[label][-1][1]:7.2f} s", flush=True)
    links = {v: count_links(root / "out" / v / "html")[0] for v in ("json", "tbx")}
    return {"info": info, "times": times, "links": links}


def write_formats_page(found: dict) -> float:
    """``docs/measurements/sphinx-termbase.rst``; returns TBX (cached) minus JSON in points."""
    times = found["times"]

    def added(label: str) -> float:
        pairs = zip(times[label], times["bare"], strict=True)
        return (_util.median([v[1] / b[1] for v, b in pairs]) - 1) * 100

    rows = [
        (
            label,
            f"{_util.median([t[1] for t in times[label]]):.1f}",
            "—" if label == "bare" else f"{added(label):+.1f} %",
        )
        for label, _, _ in FORMAT_VARIANTS
    ]
    difference = added("tbx, cached") - added("json")
    pairs = zip(times["tbx, cached"], times["json"], strict=True)
    direct = (_util.median([t[1] / j[1] for t, j in pairs]) - 1) * 100
    runs = "; ".join(f"{k}: " + ", ".join(f"{t[1]:.1f}" for t in v) for k, v in times.items())
    info, links = found["info"], found["links"]
    title = "Sphinx extension: a termbase as glossary_file"
    text = f"""{title}
{"=" * len(title)}

*Generated by* ``benchmarks/bench_sphinx.py``; *do not edit by hand.*

What is measured: the same {FORMAT_ENTRIES:,}-entry glossary from ``benchmarks/synthetic.py``
given to the extension as a TBX-Basic file (``glossary export --format tbx``) and as the
project's JSON, each a full build (``-E``) of a generated project of {info["pages"]} pages
({info["words"]:,} words; terms drawn from this glossary), against the same project without
the extension, in {FORMAT_REPEATS} rounds in alternating order. The JSON is what the TBX
converts to (its entries, forms and renderings, saved with ``glossary.store``), so both builds
list the same entries on the glossary page and link the same terms ({links["json"]:,} and
{links["tbx"]:,} links on the letter pages): only reading the file differs. "tbx, first
build" empties the conversion cache before each build, so the TBX is parsed, its Dutch terms
inflected and the result cached; "tbx, cached" finds the conversion of an unchanged file in
the cache (every build after the first). Most of the extension's cost here is the glossary
page listing every linked entry of the 50,000, which is the same in every case. CPU seconds
per round: {runs}.

Machine: {_util.machine()}.

{_util.rst_table(("glossary_file", "CPU s", "added over no extension"), rows)}
With the conversion cached, the TBX adds {difference:+.1f} points over what the JSON adds.
Measured directly, a build with the cached TBX takes {direct:+.1f} % CPU against the same
build with the JSON (median of each round's ratio). The points above swing by more than that
from round to round, because the baseline is a small build ({FORMAT_PAGES} pages) next to a
glossary page of {FORMAT_ENTRIES:,} entries; the direct ratio is the cost of reading a
termbase instead of the JSON.

Reproduce with ``make bench BENCH=sphinx`` (this part alone:
``BENCH_SPHINX_PARTS=termbase make bench BENCH=sphinx``).
"""
    path = _util.write_page("sphinx-termbase", text)
    print(f"wrote {path}")
    print(f"50k TBX (cached) over JSON: {difference:+.1f} points, {direct:+.1f} % CPU directly")
    return difference


# -- matching alone -------------------------------------------------------------------------


def time_matcher(size: int, texts: list[str]) -> dict[str, float]:
    glossary = synthetic.make_glossary(size, SEED)
    builds = []
    for _ in range(3):
        start = time.perf_counter()
        matcher = TermMatcher.from_glossary(glossary, min_status=MIN_STATUS)
        builds.append(time.perf_counter() - start)
    scans = []
    found = 0
    for _ in range(MATCH_REPEATS):
        start = time.perf_counter()
        found = sum(len(matcher.find(t)) for t in texts)
        scans.append(time.perf_counter() - start)
    return {
        "entries": size,
        "forms": len(matcher),
        "build": _util.median(builds),
        "match": _util.median(scans),
        "found": found,
    }


def time_naive(size: int, texts: list[str]) -> dict[str, float]:
    glossary = synthetic.make_glossary(size, SEED)
    namespace: dict = {}
    exec(compile(NAIVE_EXTENSION, "naive_autolink", "exec"), namespace)
    start = time.perf_counter()
    patterns = namespace["compile_patterns"](glossary, MIN_STATUS, NAIVE_CAP)
    compiled = time.perf_counter() - start
    start = time.perf_counter()
    found = sum(1 for t in texts for _, p in patterns if p.search(t))
    return {
        "entries": size,
        "terms": len(patterns),
        "build": compiled,
        "match": time.perf_counter() - start,
        "found": found,
    }


# -- main -----------------------------------------------------------------------------------

#: Build variants: (label, conf dir, extra sphinx-build arguments).
VARIANTS = (
    ("bare", "bare", ()),
    ("page", "extension", ("-D", "glossary_autolink=off")),
    ("extension", "extension", ()),
)


#: The parts of this benchmark, each writing its own page (``BENCH_SPHINX_PARTS`` picks some).
PARTS = ("extension", "termbase")


def main() -> None:
    chosen = os.environ.get("BENCH_SPHINX_PARTS", ",".join(PARTS)).split(",")
    unknown = sorted(set(chosen) - set(PARTS))
    if unknown:
        raise SystemExit(f"BENCH_SPHINX_PARTS: unknown part(s) {unknown}; known: {PARTS}")
    if "extension" in chosen:
        extension_part()
    if "termbase" in chosen:
        with tempfile.TemporaryDirectory(prefix="bench-sphinx-") as tmp:
            write_formats_page(formats_section(Path(tmp)))


def extension_part() -> None:
    """Build time, matching cost and the incremental rebuild: ``docs/measurements/sphinx.rst``."""
    with tempfile.TemporaryDirectory(prefix="bench-sphinx-") as tmp:
        root = Path(tmp)
        glossary = synthetic.make_glossary(ENTRIES, SEED)
        glossary_path = root / "glossary.json"
        store.save(glossary, glossary_path)
        pages = corpus(glossary, PAGES)
        info = write_project(root, pages, glossary_path)
        linked = sum(1 for e in glossary.entries.values() if status_at_least(e.status, MIN_STATUS))
        print(
            f"project: {info['pages']} pages, {info['words']:,} words; glossary "
            f"{ENTRIES:,} entries ({linked:,} at or above {MIN_STATUS})",
            flush=True,
        )

        times: dict[str, list[tuple[float, float]]] = {v[0]: [] for v in VARIANTS}
        hooks: list[dict[str, float]] = []
        for repeat in range(REPEATS):  # interleaved, order alternating, so load hits all
            for label, conf, extra in VARIANTS if repeat % 2 == 0 else VARIANTS[::-1]:
                times[label].append(build(root, conf, out=label, extra=extra))
                if label == "extension":
                    hooks.append(dict(LAST_TIMING))
                wall, cpu = times[label][-1]
                print(f"  {label:10} wall {wall:7.2f} s  cpu {cpu:7.2f} s", flush=True)
        times["naive"] = [build(root, "naive")]
        print(
            f"  {'naive':10} wall {times['naive'][0][0]:7.2f} s  cpu {times['naive'][0][1]:7.2f} s",
            flush=True,
        )
        links = {v: count_links(root / "out" / v / "html") for v in ("extension", "naive")}

        # Incremental: change the English of an entry used on ~10% of pages, rebuild (no -E).
        changed_id, users = pick_entry(glossary, pages)
        html = root / "out" / "extension" / "html"
        before = {p: p.stat().st_mtime_ns for p in html.glob("*.html")}
        store.update(
            glossary_path,
            lambda g: setattr(
                g.entries[changed_id], "translation", Translation("changed English", "manual")
            ),
        )
        incremental = build(root, "extension", fresh=False)
        after = {p: p.stat().st_mtime_ns for p in html.glob("*.html")}
        rewritten = sum(
            1 for p in after if before.get(p) != after[p] and p.name.startswith("pagina")
        )
        shows = sum(
            1
            for p in html.glob("pagina*.html")
            if ">changed English<" in p.read_text(encoding="utf-8")
        )
        print(
            f"  incremental ({changed_id}, used on {users} pages): wall {incremental[0]:.2f} s,"
            f" {rewritten} letter pages rewritten, {shows} show the change",
            flush=True,
        )

        # The same text for every size: terms drawn from the smallest glossary, which every
        # larger one contains (same seed), so the matches are the same and only size varies.
        scale_texts = paragraphs(corpus(synthetic.make_glossary(SIZES[0], SEED), PAGES))
        scale = [time_matcher(n, scale_texts) for n in SIZES]
        for row in scale:
            print(
                f"  matcher {row['entries']:>6,}: build {row['build']:.3f} s, "
                f"match {row['match']:.3f} s, {row['found']:,} matches",
                flush=True,
            )
        naive = [time_naive(n, scale_texts) for n in NAIVE_SIZES]
        for row in naive:
            print(
                f"  naive   {row['entries']:>6,}: compile {row['build']:.3f} s, "
                f"match {row['match']:.3f} s",
                flush=True,
            )

    _write_page(
        info,
        linked,
        times,
        links,
        incremental,
        rewritten,
        shows,
        users,
        scale,
        naive,
        len(scale_texts),
        hooks,
    )


def pick_entry(glossary: Glossary, pages: list[list[list[str]]]) -> tuple[str, int]:
    """An entry linked on about a tenth of the pages (and its page count), for the rebuild."""
    matcher = TermMatcher.from_glossary(glossary, min_status=MIN_STATUS)
    used: dict[str, int] = {}
    for page in pages:
        for entry_id in {m.entry_id for section in page for p in section for m in matcher.find(p)}:
            used[entry_id] = used.get(entry_id, 0) + 1
    core = {e.id for e in synthetic.core_entries()}
    goal = len(pages) / 10
    entry_id = min((k for k in used if k not in core), key=lambda k: (abs(used[k] - goal), k))
    return entry_id, used[entry_id]


def _write_page(
    info: dict,
    linked: int,
    times: dict[str, list[tuple[float, float]]],
    links: dict[str, tuple[int, int]],
    incremental: tuple[float, float],
    rewritten: int,
    shows: int,
    users: int,
    scale: list[dict[str, float]],
    naive: list[dict[str, float]],
    paragraphs_count: int,
    hooks: list[dict[str, float]],
) -> None:
    wall = {k: _util.median([t[0] for t in v]) for k, v in times.items()}
    cpu = {k: _util.median([t[1] for t in v]) for k, v in times.items()}
    ext_links, pages = links["extension"]
    naive_links, _ = links["naive"]

    def ratio(key: str, part: int) -> float:
        """Median over rounds of (variant / baseline of the same round): load drifts less
        within a round than across the run."""
        pairs = list(zip(times[key], times["bare"], strict=False))
        return _util.median([v[part] / b[part] for v, b in pairs])

    def row(label: str, key: str, per_page: str) -> tuple[str, ...]:
        return (
            label,
            f"{cpu[key]:.1f}",
            f"{ratio(key, 1):.3f}",
            f"{(ratio(key, 1) - 1) * 100:+.1f} %",
            f"{wall[key]:.1f}",
            f"{ratio(key, 0):.3f}",
            per_page,
        )

    rows = [
        row("no extension (baseline)", "bare", "—"),
        row("sphinx_ext, glossary page only (autolink off)", "page", "0"),
        row("sphinx_ext (first-per-page, tooltip)", "extension", f"{ext_links / pages:.0f}"),
        row(
            f"naive regex per term (cap {NAIVE_CAP:,}), 1 run",
            "naive",
            f"{naive_links / pages:.0f}",
        ),
        (
            "sphinx_ext, incremental after an English-only change",
            f"{incremental[1]:.1f}",
            f"{incremental[1] / cpu['bare']:.3f}",
            "—",
            f"{incremental[0]:.1f}",
            f"{incremental[0] / wall['bare']:.3f}",
            "—",
        ),
    ]
    base_match = scale[0]["match"]
    scale_rows = [
        (
            f"{r['entries']:,}",
            f"{r['forms']:,}",
            f"{r['build']:.3f}",
            f"{r['match']:.3f}",
            f"{r['match'] / base_match:.2f}",
            f"{r['found']:,}",
        )
        for r in scale
    ]
    naive_rows = [
        (
            f"{r['entries']:,}",
            f"{r['terms']:,}",
            f"{r['build']:.3f}",
            f"{r['match']:.2f}",
            f"{r['match'] / base_match:.0f}",
        )
        for r in naive
    ]
    hook_names = sorted({k for h in hooks for k in h})
    hook_cpu = {k: _util.median([h.get(k, 0.0) for h in hooks]) for k in hook_names}
    hook_total = sum(hook_cpu.values())
    hook_rows = [
        (k, f"{hook_cpu[k]:.2f}", f"{hook_cpu[k] / cpu['bare'] * 100:.1f} %") for k in hook_names
    ]
    hook_rows.append(("all hooks", f"{hook_total:.2f}", f"{hook_total / cpu['bare'] * 100:.1f} %"))
    runs = "; ".join(f"{k}: " + ", ".join(f"{t[1]:.1f}" for t in v) for k, v in times.items())
    linking = (
        _util.median([e[1] / p[1] for e, p in zip(times["extension"], times["page"], strict=True)])
        - 1
    ) * 100
    title = "Sphinx extension: build time and matching cost"
    text = f"""{title}
{"=" * len(title)}

*Generated by* ``benchmarks/bench_sphinx.py``; *do not edit by hand.*

What is measured: full HTML builds (``sphinx-build -E -b html``, each in a fresh process) of a
generated project of {info["pages"]} pages of Dutch text ({info["words"]:,} words, three
sections per page, a code block and a list) with a glossary page, against a glossary of
{ENTRIES:,} entries from ``benchmarks/synthetic.py`` (seed {SEED}; {linked:,} at or above
``glossary_min_status = "{MIN_STATUS}"`` are linked and listed). The baseline is the same
project built without the extension (the glossary directive stubbed out), measured in the same
run. "Glossary page only" is the extension with ``glossary_autolink = "off"``: loading the
glossary and rendering its {linked:,} entries on the glossary page, no auto-links. The naive
auto-linker does what existing auto-linkers do: one regular expression per term (all its
forms, word boundaries), tried on every text node at read time, each hit a ``pending_xref`` to
the same ``std:term`` targets; it is capped at {NAIVE_CAP:,} terms and built once because it
is slow. Builds run in {REPEATS} rounds, one build of each variant per round in alternating
order; times are medians over the rounds, ratios the medians of each round's ratio to that
round's baseline. CPU time (user + system of the build process) is the figure compared,
because the machine is shared and wall time includes waiting for other work; even CPU time
varies by ±10 % between rounds here. CPU seconds per round: {runs}.

Machine: {_util.machine()}.

Build time
----------

{
        _util.rst_table(
            (
                "build",
                "CPU s",
                "CPU × baseline",
                "added",
                "wall s",
                "wall × baseline",
                "links per page",
            ),
            rows,
        )
    }
Auto-linking alone (the extension against the glossary page only): {linking:+.1f} % CPU.

Where the extension's own code spends CPU time in the full build (timers around its hooks,
medians over the runs; the rest of the added time is Sphinx's work on the extra nodes: the
glossary page's doctree, HTML and search index, and the link nodes):

{_util.rst_table(("hook", "CPU s", "% of baseline build"), hook_rows)}
The incremental row changes the English of an entry linked on {users} of the {pages} pages
and rebuilds without ``-E``: only the glossary page is re-read, {rewritten} letter pages are
rewritten and {shows} of them show the new English.

Matching alone
--------------

The automaton scan over {paragraphs_count:,} paragraphs of generated Dutch text (as above, but
with terms drawn from the {SIZES[0]:,}-entry glossary, which every larger generated glossary
contains, so every size finds the same terms) without Sphinx and without loading; the
automaton is built once, its build time shown separately. Medians of {MATCH_REPEATS} runs:

{
        _util.rst_table(
            ("entries", "automaton keys", "build s", "match s", "× match at 500", "matches"),
            scale_rows,
        )
    }
The naive matcher (one regular expression per term) on the same paragraphs, one run:

{_util.rst_table(("entries", "terms", "compile s", "match s", "× automaton at 500"), naive_rows)}
Reproduce with ``make bench BENCH=sphinx``; a termbase as ``glossary_file`` is measured on
:doc:`sphinx-termbase`.
"""
    path = _util.write_page("sphinx", text)
    print(f"wrote {path}")
    print(f"own hooks {hook_total:.2f} s CPU = {hook_total / cpu['bare'] * 100:.1f} % of bare")
    print(
        f"CPU: extension/bare = {ratio('extension', 1):.3f}; page/bare = "
        f"{ratio('page', 1):.3f}; naive/bare = {ratio('naive', 1):.3f}; "
        f"auto-linking alone {linking:+.1f} %; matching 50k/500 = "
        f"{scale[-1]['match'] / base_match:.2f}"
    )


if __name__ == "__main__":
    main()
