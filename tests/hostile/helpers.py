"""Helpers for the hostile-input tests: a small glossary built with the real data model, the CLI
run in-process, and a guarded child process (time-out, memory cap, file-size cap) for inputs
that hang or exhaust a machine when they are not refused."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from glossary.cli import main
from glossary.model import Decision, Entry, Glossary, Occurrence, Translation
from glossary.store import jsonfile as store

ROOT = Path(__file__).resolve().parent.parent.parent
LETTER = "kst-28676-328"
SENTENCE = "Nederland blijft zich inzetten voor een eerlijke lastenverdeling binnen de NAVO."
#: Control characters and a bidi override as a hostile file or provider would send them.
HOSTILE = ("\x1b", "\x07", "\x9b", "\u202e")


def small_glossary() -> Glossary:
    """Four entries: reviewed, proposed with a plural, reviewed with a plural, missing."""
    g = Glossary()
    g.letters[LETTER] = {"id": LETTER, "dossier": "28676", "number": "328"}
    g.add(
        Entry(
            "afschrikking",
            "afschrikking",
            forms=["afschrikking"],
            translation=Translation("deterrence", "termbase"),
            status="reviewed",
            count=4,
            letters=[LETTER],
            score=0.9,
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    g.add(
        Entry(
            "lastenverdeling",
            "lastenverdeling",
            forms=["lastenverdeling", "lastenverdelingen"],
            translation=Translation("burden sharing", "letter", 0.8),
            status="proposed",
            count=7,
            letters=[LETTER],
            examples=[Occurrence(LETTER, 48, 63, SENTENCE)],
            score=0.8,
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    g.add(
        Entry(
            "bondgenoot",
            "bondgenoot",
            forms=["bondgenoot", "bondgenoten"],
            translation=Translation("ally", "manual", plural="allies"),
            status="reviewed",
            count=3,
            letters=[LETTER],
            score=0.7,
            history=[Decision("approve", "reviewer", "2025-01-02T08:00:00Z")],
            created="2025-01-01T08:00:00Z",
            updated="2025-01-02T08:00:00Z",
        )
    )
    g.add(
        Entry(
            "hybride-dreiging",
            "hybride dreiging",
            forms=["hybride dreiging"],
            status="missing",
            count=1,
            letters=[LETTER],
            score=0.5,
            created="2025-01-01T08:00:00Z",
            updated="2025-01-01T08:00:00Z",
        )
    )
    return g


def write_glossary(path: Path, glossary: Glossary | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    store.save(glossary or small_glossary(), path)
    return path


def glossary_data(glossary: Glossary | None = None) -> dict[str, Any]:
    """The JSON data of a glossary, to be made hostile by a test."""
    return json.loads(store.dumps(glossary or small_glossary()))


def write_data(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def entry_data(data: dict[str, Any], entry_id: str) -> dict[str, Any]:
    return next(e for e in data["entries"] if e["id"] == entry_id)


@dataclass
class Run:
    """What one command did: exit code, standard output, standard error."""

    code: int
    out: str
    err: str

    def assert_one_line_error(self, *needles: str, code: int = 2) -> None:
        """Exit ``code``, one line on stderr naming each needle, no traceback."""
        assert self.code == code, (self.code, self.out, self.err)
        err = self.err.strip()
        assert err and "\n" not in err, err
        assert "Traceback" not in err, err
        for needle in needles:
            assert needle in err, (needle, err)


def cli(capsys: Any, *argv: str | Path) -> Run:
    """``glossary ARGV`` in this process (usage errors exit through ``SystemExit``)."""
    capsys.readouterr()
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def _limits(memory: int | None, file_size: int | None) -> Any:
    def apply() -> None:
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if file_size is not None:
            # A write past the limit then fails with EFBIG instead of killing the process.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return apply


def guarded(
    args: list[str],
    *,
    cwd: Path,
    timeout: float = 120,
    memory: int | None = 4 << 30,
    file_size: int | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    """Run ``python ARGS`` in a child process that cannot hang the suite or exhaust the machine:
    a time-out (reported as exit code -1), a cap on its address space and on file sizes."""
    child_env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", **(env or {})}
    child_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env_path()]))
    try:
        done = subprocess.run(
            [sys.executable, *args],
            cwd=cwd,
            env=child_env,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limits(memory, file_size),
        )
    except subprocess.TimeoutExpired as exc:
        return Run(-1, _text(exc.stdout), _text(exc.stderr) + f"\n(timed out after {timeout} s)")
    return Run(done.returncode, done.stdout, done.stderr)


def env_path() -> str:
    return os.environ.get("PYTHONPATH", "")


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    return data if isinstance(data, str) else data.decode("utf-8", "replace")


def glossary_command(*argv: str | Path) -> list[str]:
    """Arguments of ``python -m glossary.cli ARGV`` for :func:`guarded`."""
    return ["-m", "glossary.cli", *(str(a) for a in argv)]


def temp_leftovers(folder: Path) -> list[str]:
    """Temporary files an atomic write left behind in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
