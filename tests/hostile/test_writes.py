"""The one safe write path (:mod:`glossary.store.atomic`, :mod:`glossary.store.transaction`)
on real failing file systems: a full tmpfs, a read-only one. Mounting needs root (or
CAP_SYS_ADMIN); where the machine does not allow it these tests are skipped, saying why."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from glossary.store import atomic, transaction
from glossary.store import jsonfile as store

from .helpers import cli, small_glossary, temp_leftovers, write_glossary

LETTER = "De bondgenoten spraken over afschrikking en over een eerlijke lastenverdeling.\n"


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str, int], Path]]:
    """Mount small tmpfs file systems (``mount(name, kilobytes)``), unmounted afterwards."""
    mounted: list[Path] = []

    def mount(name: str, kilobytes: int) -> Path:
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not permitted'})")
        mounted.append(point)
        return point

    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    try:
        yield mount
    finally:
        for point in reversed(mounted):
            subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _fill(folder: Path) -> None:
    """Fill a file system to the last block."""
    try:
        with (folder / "filler").open("wb") as fh:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
    except OSError:
        pass


def test_a_full_disk_is_one_line_and_changes_nothing(tmpfs, tmp_path, capsys, monkeypatch):
    disk = tmpfs("disk", 64)
    glossary = write_glossary(disk / "glossary.json")
    tsv = tmp_path / "rejected.tsv"
    _fill(disk)
    before = glossary.read_bytes()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NATO_GLOSSARY_USER", "tester")
    for argv in (
        ("approve", "lastenverdeling", "--glossary", glossary),
        ("export", "--format", "tbx", "--glossary", glossary, "--out", disk / "out.tbx"),
        ("reject", "lastenverdeling", "--glossary", glossary, "--rejected", tsv),
    ):
        run = cli(capsys, *argv)
        run.assert_one_line_error("No space left on device", "nothing was changed")
    assert glossary.read_bytes() == before
    assert not tsv.exists() and not (disk / "out.tbx").exists()
    assert temp_leftovers(disk) == []


def test_a_full_disk_fails_a_build_after_the_analysis(tmpfs, tmp_path, capsys, monkeypatch):
    disk = tmpfs("disk", 32)
    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    _fill(disk)
    monkeypatch.chdir(tmp_path)
    run = cli(capsys, "build", "--letters", letter, "--out", disk / "g.json", "--no-cache")
    run.assert_one_line_error("g.json", "No space left on device")
    assert not (disk / "g.json").exists() and temp_leftovers(disk) == []


def test_a_read_only_file_system_is_one_line(tmpfs, capsys, monkeypatch):
    disk = tmpfs("ro", 256)
    glossary = write_glossary(disk / "glossary.json")
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    monkeypatch.setenv("NATO_GLOSSARY_USER", "tester")
    run = cli(capsys, "approve", "lastenverdeling", "--glossary", glossary)
    run.assert_one_line_error("glossary.json.lock", "Read-only file system")
    run = cli(capsys, "export", "--format", "po", "--glossary", glossary, "--out", disk / "x.po")
    run.assert_one_line_error("x.po", "Read-only file system")
    assert store.load(glossary).entries["lastenverdeling"].status == "proposed"


def test_a_failed_rename_puts_back_what_was_already_replaced(tmp_path, monkeypatch):
    """Both temporary files are written before any rename, so a full disk can only fail the
    first phase. A rename that still fails (here: the second one, the only way to make it
    fail after its temporary file was written) gives the first file its old content back."""
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_glossary(first)
    second.write_text("old b\n", encoding="utf-8")
    before = first.read_bytes()
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == second:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    docs = [
        store.document(first),
        transaction.Document(second, lambda text, _: text, lambda text: text + "new\n"),
    ]

    def change(glossary, _text):
        glossary.entries.pop("lastenverdeling")

    with pytest.raises(atomic.WriteError, match="No space left"):
        transaction.update(docs, change)
    monkeypatch.setattr(os, "replace", real_replace)
    assert first.read_bytes() == before and second.read_text(encoding="utf-8") == "old b\n"
    assert temp_leftovers(tmp_path) == []


def test_two_documents_that_are_one_file_are_refused(tmp_path):
    path = write_glossary(tmp_path / "g.json")
    alias = tmp_path / "alias.json"
    alias.symlink_to(path)
    with pytest.raises(atomic.WriteError, match="one file"):
        transaction.update([store.document(path), store.document(alias)], lambda a, b: None)


def test_stale_temp_files_of_dead_writers_go_live_ones_stay(tmp_path):
    target = tmp_path / "out.po"
    dead = tmp_path / ".out.po.999999999-abc.tmp"
    live = tmp_path / f".out.po.{os.getppid()}-def.tmp"
    other = tmp_path / ".other.po.999999999-abc.tmp"
    for path in (dead, live, other):
        path.write_text("half", encoding="utf-8")
    atomic.write_text(target, 'msgid ""\n')
    assert not dead.exists() and live.exists() and other.exists()


def test_a_symlink_loop_is_refused(tmp_path):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(atomic.WriteError, match="symbolic links"):
        atomic.write_text(loop, "{}")


def test_permissions_are_kept(tmp_path):
    path = write_glossary(tmp_path / "g.json", small_glossary())
    path.chmod(0o600)
    store.update(path, lambda g: g.entries.pop("hybride-dreiging"))
    assert path.stat().st_mode & 0o777 == 0o600
