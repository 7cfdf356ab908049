"""Run the user guide's console examples for real and paste their output into the pages.

A page marks a block with the comment ``.. run: NAME`` directly before a ``code-block``; this
script runs the sessions that produce the blocks (the real ``glossary`` and ``sphinx-build``
commands, each session in a fresh temporary copy of ``terms/``) and replaces each block's body
with what was printed. Nothing in the repository is written except the marked blocks.

    .venv/bin/python scripts/doc_examples.py              # all sessions (about 5 minutes)
    .venv/bin/python scripts/doc_examples.py lookup       # one session

Review the result with ``git diff docs/guide`` before committing: timings always differ, and a
change of the extractor or the glossary shows up as changed output that the prose around it
may need to follow.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import threading
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs" / "guide").glob("*.rst"))
BIN = Path(sys.executable).parent
MARK = re.compile(r"^\.\. run: (?P<name>[\w-]+)\s*$")
#: Sessions run here (a fixed name, so paths in the output do not change from run to run).
WORK = Path(tempfile.gettempdir()) / "nato-glossary-doc-examples"
RECORDER_PORT = 8765
LOCAL = "--letters terms/letters --termbase terms/termbase.tsv --lexicon terms/lexicon.tsv"

Blocks = dict[str, str]


class Session:
    """A project folder with a copy of ``terms/``, where commands run as a user would run them."""

    def __init__(self, base: Path, name: str, blocks: Blocks, with_glossary: bool = True) -> None:
        self.dir = base / name
        self.blocks = blocks
        shutil.copytree(
            ROOT / "terms",
            self.dir / "terms",
            ignore=shutil.ignore_patterns("*.lock", "rejected.tsv"),
        )
        if not with_glossary:
            (self.dir / "terms" / "glossary.json").unlink()
        self.env = dict(
            os.environ,
            PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}",
            NATO_GLOSSARY_CACHE=str(self.dir / ".cache"),
            PYTHONUNBUFFERED="1",
            NO_COLOR="1",
            NATO_GLOSSARY_USER="anna",
            SOURCE_DATE_EPOCH="1764000000",
        )
        for variable in ("NATO_GLOSSARY", "CI", "COLUMNS"):
            self.env.pop(variable, None)

    def run(self, cmd: str, ok: tuple[int, ...] = (0,)) -> tuple[str, int]:
        proc = subprocess.run(
            ["bash", "-c", cmd],
            cwd=self.dir,
            env=self.env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        if proc.returncode not in ok:
            raise SystemExit(f"[{self.dir.name}] {cmd!r} exited {proc.returncode}:\n{proc.stdout}")
        return proc.stdout, proc.returncode

    def hidden(self, cmd: str, ok: tuple[int, ...] = (0,)) -> str:
        """A step the page does not show (setting the scene)."""
        return self.run(cmd, ok)[0]

    def show(self, name: str, *cmds: str, ok: tuple[int, ...] = (0,), rc: bool = False) -> None:
        """Commands shown as ``$ command`` followed by their output (and ``echo $?``)."""
        parts: list[str] = []
        for cmd in cmds:
            out, code = self.run(cmd, ok)
            parts.append(f"$ {cmd}\n{out}")
            if rc:
                parts.append(f"$ echo $?\n{code}\n")
        self.text(name, "".join(parts))

    def text(self, name: str, text: str) -> None:
        """A block whose body is ``text`` (file content, extracted HTML)."""
        self.blocks[name] = text.rstrip("\n")
        print(f"  {name}", file=sys.stderr)


# -- the sessions ---------------------------------------------------------------------------


def session_building(s: Session) -> None:
    s.show("extract-top", "glossary extract terms/letters --top 12")
    s.show("extract-csv", "glossary extract terms/letters --format csv --top 4")
    s.show("build-fresh", f"glossary build {LOCAL}")
    s.show("build-lookup-before", "glossary lookup -e 0 MH17 wereldtoneel", ok=(1,), rc=True)
    with open(s.dir / "terms" / "termbase.tsv", "a", encoding="utf-8") as tsv:
        tsv.write(
            "MH17\tMH17\t\tacronym\tvlucht MH17\tMalaysia Airlines flight MH17\tconcepts\t"
            "Government of the Netherlands\t\tdowned over eastern Ukraine, 17 July 2014\n"
        )
    with open(s.dir / "terms" / "lexicon.tsv", "a", encoding="utf-8") as tsv:
        tsv.write("toneel\tstage\t\tnoun\t-\tfigurative: wereldtoneel = world stage\n")
    s.text("build-termbase-rows", s.hidden("tail -n 1 terms/termbase.tsv"))
    s.text("build-lexicon-rows", s.hidden("tail -n 1 terms/lexicon.tsv"))
    s.show(
        "build-extended",
        f"glossary build {LOCAL}",
        "glossary lookup -e 0 MH17 wereldtoneel",
    )
    bad = (s.dir / "terms" / "termbase.tsv").read_text(encoding="utf-8")
    (s.dir / "bad.tsv").write_text(
        bad + "raketschild\tmissile shield|missile defence shield\n", encoding="utf-8"
    )
    s.show("build-bad-termbase", "glossary build --termbase bad.tsv", ok=(2,), rc=True)
    one = (
        "--letters terms/letters/kst-28676-467.txt --termbase terms/termbase.tsv "
        "--lexicon terms/lexicon.tsv"
    )
    s.show("build-stale", f"glossary build {one}", "glossary lookup -e 0 lastenverdeling")
    s.show("build-prune", f"glossary build {one} --prune")
    shutil.copytree(s.dir / "terms" / "letters", s.dir / "more")
    (s.dir / "more" / "kst-28676-999.txt").write_bytes(b"\xff\xfe28 676")
    s.show(
        "build-failed-letter",
        "glossary build --letters more --termbase terms/termbase.tsv "
        "--lexicon terms/lexicon.tsv --out trial.json --strict",
        ok=(1,),
        rc=True,
    )


class _Recorder(BaseHTTPRequestHandler):
    """Records every request (method, path with query, body) and answers HTTP 503."""

    log: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def _record(self) -> None:
        size = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(size).decode("utf-8") if size else ""
        self.log.append(f"{self.command} {self.path} {body}".rstrip())
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _record


def _decoded(request: str) -> str:
    method, path = request.split(" ", 2)[:2]
    url = urllib.parse.urlsplit(path)
    fields = urllib.parse.parse_qs(url.query)
    return (
        f"{method} {url.path}  q={fields['q'][0]!r}  "
        f"source={fields['source'][0]} target={fields['target'][0]}"
    )


def session_translation(s: Session) -> None:
    s.show("tr-stats", "glossary stats")
    s.show(
        "tr-sources",
        "glossary lookup -e 0 lastenverdeling Oekraïne capability luchtverdedigingsmiddel "
        "uitvoerbaarheid",
    )
    s.show("tr-acronyms", "glossary lookup -e 0 NAR SACEUR BBP")
    s.hidden(f"glossary build {LOCAL}")
    s.hidden("cp terms/glossary.json before.json")
    s.show("tr-set", 'glossary set weerbaarheid --en "resiliency"')
    tsv = s.dir / "terms" / "termbase.tsv"
    tsv.write_text(
        tsv.read_text(encoding="utf-8").replace(
            "NAVO-top\tNATO Summit\tNATO summit\t", "NAVO-top\tNATO summit\tNATO Summit\t"
        ),
        encoding="utf-8",
    )
    s.text("tr-termbase-row", s.hidden("grep -P '^NAVO-top\\t' terms/termbase.tsv"))
    s.show("tr-rebuild", f"glossary build {LOCAL}", "glossary diff before.json terms/glossary.json")
    s.show("tr-mt-nokey", "glossary build --mt deepl", ok=(2,), rc=True)
    _Recorder.log = []
    try:
        server = ThreadingHTTPServer(("127.0.0.1", RECORDER_PORT), _Recorder)
    except OSError:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        s.show(
            "tr-mt-run",
            f"glossary build {LOCAL} --out mt-trial.json --mt libre "
            f"--mt-url http://127.0.0.1:{server.server_port} --mt-retries 0",
        )
    finally:
        server.shutdown()
    s.text("tr-mt-requests", "\n".join(_decoded(r) for r in _Recorder.log))


def session_lookup(s: Session) -> None:
    s.hidden("glossary lookup NAVO")  # the index is built on first use, as for any user
    s.show("lk-basic", "glossary lookup afschrikking", "glossary lookup -e 1 NAVO-toppen")
    s.show("lk-forgiving", "glossary lookup -e 0 Saceur Oekraine hybride-dreigingen")
    s.show("lk-reverse", 'glossary lookup -r -e 0 "burden sharing" resilience')
    s.show("lk-missing", "glossary lookup afschriking dreig", ok=(1,), rc=True)
    s.show(
        "lk-batch",
        "printf 'NAVO\\nSACEUR\\nlastenverdeeling\\n' | glossary lookup -e 0 -",
        ok=(1,),
        rc=True,
    )
    s.show(
        "lk-json",
        "glossary lookup --json -e 0 NAVO SACEUR Oekraine | "
        "jq -r '.results[] | [.query, .entries[0].lemma, .entries[0].english] | @tsv'",
    )
    s.show("lk-glossary", "NATO_GLOSSARY=terms/glossary.json glossary lookup -e 0 IP4")
    s.show(
        "lk-glossary-missing", "glossary lookup --glossary elsewhere.json NAVO", ok=(2,), rc=True
    )


# A small Dutch Sphinx project, its translation, and what a translator does in a CAT tool.

SPHINX_CONF = """project = "Beleid"
extensions = ["sphinx_ext"]
language = "nl"
glossary_file = "../terms/glossary.json"
locale_dirs = ["locales"]
gettext_compact = False
exclude_patterns = ["_build"]
"""
SPHINX_PAGE = """Ondersteuning van Oekraïne
==========================

Nederland blijft Oekraïne steunen, zolang als dat nodig is. De bondgenoten spreken in de
NATO-Ukraine Council over de militaire steun.

Afschrikking en verdediging blijven de kern van het bondgenootschap; een eerlijke
lastenverdeling is daarvoor nodig.

SACEUR noemt de militaire verdedigingsplannen uitvoerbaar.
"""
SPHINX_EXAMPLES = """Voorbeelden
===========

De Minister noemde :gl:`de verdeling van de lasten <lastenverdeling>` expliciet.

.. no-glossary::

   In dit citaat wordt afschrikking niet gelinkt.
"""
ENGLISH = {
    "Ondersteuning van Oekraïne": "Support for Ukraine",
    "Nederland blijft Oekraïne steunen, zolang als dat nodig is. De bondgenoten spreken in de "
    "NATO-Ukraine Council over de militaire steun.": (
        "The Netherlands continues to support Ukraine for as long as it takes. The Allies "
        "discuss military support in the NATO-Ukraine Council."
    ),
    "Afschrikking en verdediging blijven de kern van het bondgenootschap; een eerlijke "
    "lastenverdeling is daarvoor nodig.": (
        "Deterrence and defence remain at the core of the Alliance; this requires a fair "
        "distribution of the burden."
    ),
    "SACEUR noemt de militaire verdedigingsplannen uitvoerbaar.": (
        "SACEUR calls the military defence plans executable."
    ),
}


def write_sphinx_project(s: Session, examples: bool = False) -> None:
    docs = s.dir / "docs"
    docs.mkdir()
    pages = ["oekraine", *(["voorbeelden"] if examples else []), "woordenlijst"]
    (docs / "conf.py").write_text(SPHINX_CONF, encoding="utf-8")
    (docs / "index.rst").write_text(
        "Beleid\n======\n\n.. toctree::\n\n" + "".join(f"   {p}\n" for p in pages), encoding="utf-8"
    )
    (docs / "oekraine.rst").write_text(SPHINX_PAGE, encoding="utf-8")
    (docs / "woordenlijst.rst").write_text(
        "Woordenlijst\n============\n\n.. nato-glossary::\n", encoding="utf-8"
    )
    if examples:
        (docs / "voorbeelden.rst").write_text(SPHINX_EXAMPLES, encoding="utf-8")


def translate_catalog(pot_path: Path, po_path: Path) -> None:
    """The translator's English for the page (what Poedit or Weblate would save)."""
    import polib

    pot = polib.pofile(str(pot_path))
    po = polib.POFile()
    po.metadata = {
        "Project-Id-Version": "Beleid",
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Last-Translator": "Piet de Vries <p.devries@example.nl>",
    }
    for entry in pot:
        entry.msgstr = ENGLISH[entry.msgid]
        po.append(entry)
    po_path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(po_path))


def fix_catalog(po_path: Path) -> None:
    """The translator's correction after ``glossary check``: the agreed burden sharing."""
    import polib

    po = polib.pofile(str(po_path))
    for entry in po:
        entry.msgstr = entry.msgstr.replace(
            "a fair distribution of the burden", "fair burden sharing"
        )
    po.save(str(po_path))


def translator_edits(exported: Path, returned: Path) -> None:
    """In the CAT tool: approve one proposal, translate two terms, add one new term."""
    import polib

    po = polib.pofile(str(exported))
    po.metadata["Last-Translator"] = "Piet de Vries <p.devries@example.nl>"
    by_id = {e.msgctxt: e for e in po}
    by_id["luchtverdedigingsmiddel"].flags.remove("fuzzy")
    by_id["kosovaarse-autoriteit"].msgstr = "Kosovar authority"
    if "fuzzy" in by_id["kosovaarse-autoriteit"].flags:  # approved as the translator's own
        by_id["kosovaarse-autoriteit"].flags.remove("fuzzy")
    by_id["uitvoerbaarheid"].msgstr = "feasibility"
    by_id["uitvoerbaarheid"].flags.append("fuzzy")
    po.append(
        polib.POEntry(
            msgid="raketschild",
            msgstr="missile shield",
            tcomment="new term from the Defence White Paper",
        )
    )
    po.save(str(returned))


def session_translators(s: Session) -> None:
    s.show(
        "tx-export-po",
        "glossary export --format po --status proposed machine missing --out to-review.po",
        "msgfmt --check --statistics -o /dev/null to-review.po",
    )
    s.show("tx-po-message", "msggrep -J -e '^luchtverdedigingsmiddel$' to-review.po | tail -n 9")
    s.show("tx-reviewer", 'glossary set kosovaarse-autoriteit --en "Kosovo authority"')
    translator_edits(s.dir / "to-review.po", s.dir / "returned.po")
    s.show(
        "tx-diff",
        "diff -u --label to-review.po --label returned.po to-review.po returned.po",
        ok=(1,),
    )
    s.show("tx-dry-run", "glossary import returned.po --dry-run", ok=(1,), rc=True)
    s.show("tx-import", "glossary import returned.po", ok=(1,), rc=True)
    s.show("tx-force", "glossary import returned.po --force --add-new", rc=True)
    s.show(
        "tx-history",
        "glossary history kosovaarse-autoriteit",
        "glossary lookup -e 0 uitvoerbaarheid raketschild",
    )
    s.show(
        "tx-csv",
        "glossary export --format csv --kind acronym --out acronyms.csv",
        "head -n 3 acronyms.csv",
    )
    s.show(
        "tx-tbx",
        "glossary export --format tbx --kind acronym --out acronyms.tbx",
        "sed -n '/<termEntry id=\"saceur\">/,/<\\/termEntry>/p' acronyms.tbx",
    )
    write_sphinx_project(s)
    s.show(
        "tx-gettext",
        "sphinx-build -q -b gettext docs docs/_build/gettext",
        "ls docs/_build/gettext",
    )
    po = s.dir / "docs" / "locales" / "en" / "LC_MESSAGES" / "oekraine.po"
    translate_catalog(s.dir / "docs" / "_build" / "gettext" / "oekraine.pot", po)
    message = "msggrep -K -e 'lastenverdeling' docs/locales/en/LC_MESSAGES/oekraine.po | tail -n 7"
    s.text("tx-unfixed", s.hidden(message))
    s.show("tx-check", "glossary check docs/locales/en/LC_MESSAGES/", ok=(1,), rc=True)
    fix_catalog(po)
    s.text("tx-fixed", s.hidden(message))
    s.show("tx-check-ok", "glossary check docs/locales/en/LC_MESSAGES/", rc=True)
    s.show(
        "tx-build-en",
        "sphinx-build -q -W -b html -D language=en docs docs/_build/html-en",
        "ls docs/_build/html-en/*.html",
    )


def nth_paragraph(path: Path, n: int) -> str:
    """The n-th ``<p>`` of a page's body, as Sphinx wrote it."""
    html = path.read_text(encoding="utf-8")
    return re.findall(r"<p>.*?</p>", html[html.index("<section") :], re.S)[n]


def link_html(path: Path, text: str) -> str:
    """The markup Sphinx wrote for the first glossary link with this text, one element a line."""
    html = path.read_text(encoding="utf-8")
    tip = re.search(
        r'<span class="nato-gl"><a ([^>]*)>'
        + re.escape(text)
        + r'</a>(<span class="nato-gl-tip"[^>]*>[^<]*</span>)</span>',
        html,
    )
    if tip:
        attrs = (
            tip.group(1)
            .replace(" href=", "\n     href=")
            .replace(" aria-describedby=", "\n     aria-describedby=")
        )
        return f'<span class="nato-gl">\n  <a {attrs}>{text}</a>\n  {tip.group(2)}\n</span>'
    inline = re.search(
        r"<a ([^>]*)>"
        + re.escape(text)
        + r'</a> (<span class="nato-gl-inline">.*?</bdi>\)</span>)',
        html,
    )
    if inline is None:
        raise SystemExit(f"{path}: no glossary link with the text {text!r}")
    attrs = inline.group(1).replace(" href=", "\n   href=")
    return f"<a {attrs}>{text}</a>\n{inline.group(2)}"


def session_sphinx(s: Session) -> None:
    write_sphinx_project(s, examples=True)
    html = s.dir / "docs" / "_build"
    s.text("sx-conf", SPHINX_CONF)
    s.text("sx-page", SPHINX_PAGE)
    s.text("sx-examples", SPHINX_EXAMPLES)
    s.show("sx-build", "sphinx-build -q -W -b html docs docs/_build/html")
    s.text("sx-html", link_html(html / "html" / "oekraine.html", "lastenverdeling"))
    s.text(
        "sx-html-examples",
        link_html(html / "html" / "voorbeelden.html", "de verdeling van de lasten")
        + "\n"
        + nth_paragraph(html / "html" / "voorbeelden.html", 1),
    )
    s.show(
        "sx-inline", "sphinx-build -q -W -b html -D glossary_show=inline docs docs/_build/inline"
    )
    s.text("sx-inline-html", link_html(html / "inline" / "oekraine.html", "lastenverdeling"))
    s.show(
        "sx-text",
        "sphinx-build -q -W -b text docs docs/_build/text",
        "cat docs/_build/text/oekraine.txt",
    )
    s.show(
        "sx-latex",
        "sphinx-build -q -W -b latex docs docs/_build/latex",
        "grep -m 1 'lastenverdeling' docs/_build/latex/beleid.tex",
    )
    s.show(
        "sx-j2",
        "sphinx-build -q -W -j 2 -b html docs docs/_build/html-j2",
        "diff docs/_build/html/oekraine.html docs/_build/html-j2/oekraine.html && echo identical",
    )
    s.show(
        "sx-incremental",
        'glossary set "militaire steun" --en "military assistance"',
        "sphinx-build -b html docs docs/_build/html | grep -E "
        "'^(updating environment|reading sources|writing output|build succeeded)'",
    )
    s.hidden("sphinx-build -q -b gettext docs docs/_build/gettext")
    po = s.dir / "docs" / "locales" / "en" / "LC_MESSAGES" / "oekraine.po"
    translate_catalog(html / "gettext" / "oekraine.pot", po)
    fix_catalog(po)
    s.show("sx-i18n", "sphinx-build -q -W -b html -D language=en docs docs/_build/html-en")
    english = html / "html-en" / "oekraine.html"
    s.text(
        "sx-i18n-html",
        link_html(english, "Deterrence and defence") + "\n" + link_html(english, "burden sharing"),
    )
    warn = s.dir / "warn"
    warn.mkdir()
    (warn / "conf.py").write_text(
        'project = "Proef"\nextensions = ["sphinx_ext"]\n'
        'language = "nl"\nglossary_file = "../terms/glossary.json"\n',
        encoding="utf-8",
    )
    (warn / "index.rst").write_text(
        "Proef\n=====\n\nDe NAVO en :gl:`raketschild`.\n", encoding="utf-8"
    )
    s.text("sx-warn-index", (warn / "index.rst").read_text(encoding="utf-8"))
    s.show("sx-warn", "sphinx-build -q -b html warn warn/_build")


def code_block(page: Path, name: str) -> str:
    """The text of the ``code-block`` with ``:name: name`` on a docs page (example files a
    page shows, which a session or a test then uses)."""
    lines = page.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == f":name: {name}")
    if not lines[at - 1].startswith(".. code-block::"):
        raise ValueError(f"{page}: {name} names no code-block")
    body = at + 1
    while lines[body].strip().startswith(":"):
        body += 1
    end = body
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith("   ")):
        end += 1
    return textwrap.dedent("\n".join(lines[body:end])).strip("\n")


def named_block(page: Path, name: str) -> str:
    """:func:`code_block` as a file's text (ending in a newline)."""
    return code_block(page, name) + "\n"


def session_termbase(s: Session) -> None:
    """The extension on a TBX termbase, then on the TBX and a Weblate CSV (the examples of
    "Using your own termbase", read from the page itself)."""
    page = ROOT / "docs" / "guide" / "sphinx-extension.rst"
    docs = s.dir / "docs"
    docs.mkdir()
    (docs / "defensietermen.tbx").write_text(named_block(page, "own-tbx"), encoding="utf-8")
    (docs / "weblate-glossary.csv").write_text(named_block(page, "own-csv"), encoding="utf-8")
    (docs / "conf.py").write_text(named_block(page, "own-tbx-conf"), encoding="utf-8")
    (docs / "index.rst").write_text(named_block(page, "own-page"), encoding="utf-8")
    (docs / "woordenlijst.rst").write_text(
        "Woordenlijst\n============\n\n.. nato-glossary::\n", encoding="utf-8"
    )
    s.show(
        "own-tbx-text",
        "sphinx-build -q -W -b text docs docs/_build/text",
        "cat docs/_build/text/index.txt",
    )
    with open(docs / "conf.py", "a", encoding="utf-8") as conf:
        conf.write(named_block(page, "own-csv-conf"))
    s.show(
        "own-csv-text",
        "sphinx-build -q -b text docs docs/_build/text 2>&1",
        "cat docs/_build/text/index.txt",
    )


def session_review(s: Session) -> None:
    s.hidden("cp terms/glossary.json ../shipped.json")
    s.show("rv-queue", "glossary review --limit 5")
    s.show("rv-approve", 'glossary approve "luchtverdedigingsmiddelen"')
    s.show(
        "rv-set",
        'glossary set "Actieagenda Productie- en Leveringszekerheid" --en "Action '
        'Agenda on Production and Supply Security" --note "Title of a Dutch Ministry of '
        'Defence policy document; keep the capitals."',
    )
    s.show(
        "rv-reject",
        'glossary reject "intensivering" --reason "a general word, no term of the domain"',
    )
    s.show(
        "rv-csv", "glossary review --letter kst-28676-467 --status proposed --format csv --limit 3"
    )
    s.show("rv-lookup", 'glossary lookup "Kosovaarse autoriteiten"')
    s.show(
        "rv-set-plural",
        'glossary set "Kosovaarse autoriteiten" --en "Kosovo authority" '
        '--plural "Kosovo authorities"',
    )
    s.show("rv-forbid", 'glossary forbid "Kosovaarse autoriteiten" --en "first responder"')
    note = '"Lower case: the activity (defence); capitalised Defensie is the ministry."'
    s.show("rv-ambiguous", f"glossary note defensie {note}", ok=(2,), rc=True)
    s.show("rv-note", f"glossary note id:defensie-2 {note}")
    s.show("rv-history", 'glossary history "Kosovaarse autoriteit"')
    s.show("rv-copy", "cp terms/glossary.json reviewed.json")
    s.show("rv-rebuild", "glossary build")
    s.show("rv-rebuild-diff", "glossary diff reviewed.json terms/glossary.json")
    s.show("rv-diff", "glossary diff ../shipped.json terms/glossary.json")
    s.show("rv-diff-md", "glossary diff ../shipped.json terms/glossary.json --format markdown")
    s.show("rv-rejected", "cat terms/rejected.tsv")


OPEN_PO = r"""msgid \"\"
msgstr \"\"
\"Language: en\\n\"

msgctxt \"afschrikking\"
msgid \"afschrikking\"
msgstr \"deterrence posture
"""

EDIT_GLOSSARY = (
    'python -c \'import json, sys; d = json.load(open("terms/glossary.json")); '
    'e = next(e for e in d["entries"] if e["id"] == "afschrikking"); {change}; '
    'json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False)\' {out}'
)


def session_security(s: Session) -> None:
    s.hidden(f'printf "%s" "{OPEN_PO}" > open.po')
    s.hidden(EDIT_GLOSSARY.format(change='e["forms"] = "abc"', out="broken.json"))
    s.show(
        "sr-errors",
        "glossary export --format po --out terms/glossary.json",
        "glossary import open.po",
        "glossary stats --glossary broken.json",
        ok=(2,),
        rc=True,
    )
    edited = 'e["translation"]["text"] = "deter\\x1b[2Jrence"'
    s.hidden(EDIT_GLOSSARY.format(change=edited, out="edited.json"))
    s.show("sr-escape", "glossary lookup --glossary edited.json -e 0 afschrikking")


SESSIONS: dict[str, tuple[Callable[[Session], None], bool]] = {
    "building": (session_building, False),
    "review": (session_review, True),
    "translation": (session_translation, True),
    "lookup": (session_lookup, True),
    "translators": (session_translators, True),
    "sphinx": (session_sphinx, True),
    "termbase": (session_termbase, False),
    "security": (session_security, True),
}


# -- pasting ---------------------------------------------------------------------------------


def paste(text: str, blocks: Blocks) -> str:
    """``text`` with the body of every marked block that was produced replaced."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        mark = MARK.match(lines[i])
        out.append(lines[i])
        i += 1
        if not mark:
            continue
        while i < len(lines) and not lines[i].startswith(".. "):
            out.append(lines[i])  # the blank line before the directive
            i += 1
        out.append(lines[i])  # .. code-block:: ...
        i += 1
        while i < len(lines) and lines[i].startswith("   :"):
            out.append(lines[i])  # its options
            i += 1
        end = i
        while end < len(lines) and (lines[end].startswith("   ") or not lines[end].strip()):
            end += 1
        body_end = end
        while body_end > i and not lines[body_end - 1].strip():
            body_end -= 1
        name = mark.group("name")
        if name in blocks:
            out.append("")
            out.extend(("   " + line).rstrip() for line in blocks[name].split("\n"))
        else:
            out.extend(lines[i:body_end])
        out.extend(lines[body_end:end])
        i = end
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "sessions",
        nargs="*",
        metavar="SESSION",
        help=f"sessions to run ({', '.join(SESSIONS)}; default: all)",
    )
    args = parser.parse_args()
    unknown = [name for name in args.sessions if name not in SESSIONS]
    if unknown:
        parser.error(f"unknown session(s) {', '.join(unknown)}; choose from {', '.join(SESSIONS)}")
    blocks: Blocks = {}
    shutil.rmtree(WORK, ignore_errors=True)
    try:
        for name in args.sessions or list(SESSIONS):
            print(f"session {name}", file=sys.stderr)
            function, with_glossary = SESSIONS[name]
            function(Session(WORK, name, blocks, with_glossary))
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    changed = []
    for page in PAGES:
        old = page.read_text(encoding="utf-8")
        new = paste(old, blocks)
        if new != old:
            changed.append(str(page.relative_to(ROOT)))
            page.write_text(new, encoding="utf-8")
    print(f"updated: {', '.join(changed) or 'none'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
