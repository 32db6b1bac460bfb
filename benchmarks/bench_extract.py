"""Times the extractor on a megabyte of job-description text, stage by stage.

    python -m benchmarks.bench_extract                 # 1 MB, median of 3
    python -m benchmarks.bench_extract --mb 2 --repeat 5
    python -m benchmarks.bench_extract --against HEAD~20  # and the extractor as of a revision
    python -m benchmarks.bench_extract --instructions --mb 0.2 --against HEAD~20  # valgrind

The text is the project's own excerpts, curated sources and real-text corpus, joined
and repeated up to the size asked. Prints the median time of each stage (forms: the
text read in the plain form; passages: layout and sentences; candidates; rosters and
referents; resolution; ids) and of the whole ``extract_text``, against the target of 1 MB
in under 5 s; and, measured in the same run on the same text, the extractor it replaced
(its package as of the last commit that has ``orggraph/extract/core.py``, unpacked from git
into a temporary directory and run in a subprocess), with the ratio of the two. With
``--against REV`` the extractor as of that revision and this checkout's are each timed in a
process of their own, alike.
``--instructions`` counts machine instructions with valgrind instead (slow: use a small
``--mb``), which a shared machine's load does not move.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks._common import median_seconds
from orggraph.extract.candidates import candidates
from orggraph.extract.forms import read_form
from orggraph.extract.pipeline import assign_ids, extract_text
from orggraph.extract.reading import read_document
from orggraph.extract.referents import with_referents
from orggraph.extract.resolve import resolve
from orggraph.extract.rosters import with_rosters
from orggraph.extract.sentences import passages

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 5.0
_OLD = """
import importlib, sys, time
extract_text = importlib.import_module(sys.argv[3]).extract_text
text = open(sys.argv[1], encoding="utf-8").read()
times = []
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    extract_text(text, "bench")
    times.append(time.perf_counter() - t)
print(sorted(times)[len(times) // 2])
"""


def corpus(mb: float) -> str:
    """The project's job-description texts, joined and repeated to ``mb`` megabytes."""
    paths = sorted((ROOT / "tests" / "fixtures" / "extract").rglob("*.txt"))
    paths += sorted((ROOT / "data" / "sources").glob("*.txt"))
    texts = [read_document(p).text for p in paths]
    one = "\n\n".join(t for t in texts if t)
    size = int(mb * 1_000_000)
    return (one * (size // len(one) + 1))[:size]


def _run(args: list[str], **kwargs: object) -> bytes:
    """A command's output: git or this Python with fixed arguments (the one argument given on
    the command line, ``--against REV``, reaches git only after ``--end-of-options``)."""
    done = subprocess.run(args, capture_output=True, check=True, **kwargs)  # type: ignore[call-overload]  # noqa: S603
    return bytes(done.stdout)


@contextlib.contextmanager
def _checkout(rev: str | None) -> Iterator[tuple[Path, str] | None]:
    """The extractor's package as of git revision ``rev`` (by default the replaced extractor,
    ``core.py``) unpacked into a temporary directory: (that directory, the module to run),
    or None when git cannot give it."""
    git = shutil.which("git")
    found: tuple[Path, str] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        try:
            if git is not None and rev is None:
                last = _run([git, "log", "-1", "--format=%H", "--", "orggraph/extract/core.py"],
                            cwd=ROOT).decode().strip()
                rev, module = (f"{last}^" if last else ""), "orggraph.extract.core"
            elif git is not None:
                rev = _run([git, "rev-parse", "--verify", "--end-of-options",
                            f"{rev}^{{commit}}"], cwd=ROOT).decode().strip()
                module = "orggraph.extract.pipeline"
            if git is not None and rev:
                archive = _run([git, "archive", rev, "orggraph"], cwd=ROOT)
                with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                    tar.extractall(tmp, filter="data")
                found = (Path(tmp), module)
        except (OSError, subprocess.CalledProcessError, tarfile.TarError):
            found = None
        yield found


def old_seconds(text: str, repeat: int, rev: str | None = None) -> float | None:
    """The median on ``text`` of the extractor as of git revision ``rev`` (by default the
    replaced extractor, ``core.py``), or None when git cannot give it."""
    with _checkout(rev) as found:
        try:
            return None if found is None else fresh_seconds(text, repeat, *found)
        except (OSError, subprocess.CalledProcessError, ValueError):
            return None


def fresh_seconds(text: str, repeat: int, root: Path = ROOT,
                  module: str = "orggraph.extract.pipeline") -> float:
    """The median on ``text`` of ``module``'s ``extract_text`` imported from ``root``, in a
    process of its own (as an earlier revision is timed, so that the two compare alike: this
    process holds the stages' results, which its garbage collector walks)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "text.txt"
        path.write_text(text, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(root)}
        out = _run([sys.executable, "-c", _OLD, str(path), str(repeat), module], cwd=tmp, env=env)
    return float(out.decode().strip())


def _median_cpu(fn: Callable[[], object], repeat: int) -> float:
    """The median CPU time of this process over ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def _unseen(text: str) -> Iterator[str]:
    """``text`` with one more line end after it each time: the same text to the extractor,
    but one its caches (kept per text, for a text read again) have not read."""
    for k in itertools.count(1):
        yield text + "\n" * k


def run(mb: float, repeat: int, against: str | None = None) -> None:
    text = corpus(mb)
    print(f"{len(text.encode()) / 1e6:.2f} MB of text, {text.count(chr(10)):,} lines; "
          f"median of {repeat}")
    plain = read_form(text)[0]  # the later stages read the plain form, as extract_text does
    found = passages(plain)
    cands = candidates(plain, found)
    read = with_referents(plain, with_rosters(plain, cands))
    texts, plains = _unseen(text), _unseen(plain)  # (no run reuses what a cache kept)
    stages = [("forms (read_form)", lambda: read_form(text)),
              ("passages (layout, sentences)", lambda: passages(plain)),
              ("candidates", lambda: candidates(plain, found)),
              ("rosters, referents",
               lambda: with_referents(next(plains), with_rosters(plain, cands))),
              ("resolve", lambda: resolve(next(plains), "bench", found, read)),
              ("ids", lambda: assign_ids(resolve(next(plains), "bench", found, read), None,
                                         set()))]
    for name, fn in stages:
        print(f"  {name:<30} {median_seconds(fn, repeat):7.2f} s")
    whole = median_seconds(lambda: extract_text(next(texts), "bench"), repeat)
    cpu = _median_cpu(lambda: extract_text(next(texts), "bench"), repeat)
    print(f"  {'extract_text (whole)':<30} {whole:7.2f} s  (target {TARGET_SECONDS * mb:.1f} s; "
          f"{len(found):,} passages, {len(cands):,} candidates)")
    print(f"  {'extract_text, CPU time':<30} {cpu:7.2f} s  (this process's own time: what the "
          "wall time is when the machine is not shared)")
    old = old_seconds(text, repeat)
    if old is None:
        print("  replaced extractor: not available from git here")
    else:
        print(f"  {'replaced extractor (core.py)':<30} {old:7.2f} s  (ratio old/new "
              f"{old / whole:.1f}x)")
    if against:
        now = fresh_seconds(text, repeat)
        print(f"  {'extract_text, own process':<30} {now:7.2f} s")
        then = old_seconds(text, repeat, against)
        label = f"extract_text as of {against}"
        print(f"  {label}: not available from git here" if then is None else
              f"  {label:<30} {then:7.2f} s  (own process; ratio then/now {then / now:.2f}x)")


_ONCE = """
import importlib, sys
extract_text = importlib.import_module(sys.argv[2]).extract_text
if sys.argv[3] == "run":
    extract_text(open(sys.argv[1], encoding="utf-8").read(), "bench")
"""


def instructions(text: str, root: Path = ROOT, module: str = "orggraph.extract.pipeline"
                 ) -> int | None:
    """The machine instructions ``extract_text`` takes on ``text`` (imported from ``root``),
    counted by valgrind's cachegrind: a run less a run that only imports, hash seed fixed.
    The count does not move with the machine's load as times do. None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counts = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "text.txt"
        path.write_text(text, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
        for what in ("run", "import"):
            done = subprocess.run(  # noqa: S603
                [valgrind, "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                 sys.executable, "-c", _ONCE, str(path), module, what],
                capture_output=True, text=True, check=False, cwd=tmp, env=env)
            refs = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
            if done.returncode != 0 or refs is None:
                return None
            counts.append(int(refs[1].replace(",", "")))
    return counts[0] - counts[1]


def run_instructions(mb: float, against: str | None) -> None:
    """Print the instructions of this checkout's ``extract_text`` and, with ``against``, of
    the extractor as of that revision, on the same ``mb`` megabytes."""
    text = corpus(mb)
    now = instructions(text)
    print(f"{len(text.encode()) / 1e6:.2f} MB of text; instructions counted by valgrind")
    if now is None:
        print("  valgrind is not available here (Debian: apt-get install valgrind)")
        return
    print(f"  {'extract_text':<30} {now / 1e9:7.3f} G")
    if against:
        with _checkout(against) as found:
            then = None if found is None else instructions(text, *found)
        label = f"extract_text as of {against}"
        print(f"  {label}: not available here" if then is None else
              f"  {label:<30} {then / 1e9:7.3f} G  (ratio then/now {then / now:.3f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", metavar="REV",
                        help="also time the extractor as of this git revision, on the same text")
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions with valgrind instead of timing (try --mb 0.2)")
    args = parser.parse_args()
    if args.instructions:
        run_instructions(args.mb, args.against)
    else:
        run(args.mb, args.repeat, args.against)


if __name__ == "__main__":
    main()
