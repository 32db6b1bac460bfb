"""Times ``import organogram``: one large pair, and a batch of many pairs.

    python -m benchmarks.bench_import                       # a 7,000-row pair, 100 pairs
    python -m benchmarks.bench_import --senior 2000 --junior 5000 --pairs 100 --repeat 3

Organogram-shaped CSV pairs are generated (every schema column; a tree of senior
posts under one ``XX`` post, job shares, vacant and undisclosed posts, junior rows
under random senior posts). For the large pair: the median wall-clock time of the
whole import (read, check, write the YAML atomically) with the YAML written through
YAML nodes built directly and emitted by libyaml (``yaml.CSafeDumper``, what the
importer does when PyYAML has libyaml) and as before (``yaml.safe_dump``, pure
Python), wall clock and CPU time, measured in the same run, with their ratio and
whether both wrote the same bytes. For the batch:
the time of ``import_organograms`` over ``--pairs`` pairs in one directory, and per
pair.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from benchmarks._common import load_average
from orggraph import organogram
from orggraph.organogram import (
    JUNIOR_COLUMNS,
    SENIOR_COLUMNS,
    find_pairs,
    import_organogram,
    import_organograms,
)
from orggraph.output import MARKER

GRADES = ("SCS1", "SCS2", "SCS3", "Grade 6", "Grade 7")
UNITS = ("Finance", "Nursing", "Estates", "Digital", "Strategy", "People")


def pair_text(senior: int, junior: int, seed: int = 0,
              org: str = "Example Agency") -> tuple[str, str]:
    """The CSV text of a senior file of ``senior`` rows and a junior file of ``junior``."""
    rng = random.Random(seed)
    dept = "Department of Health and Social Care"
    rows = []
    for i in range(senior):
        ref = f"P{i:05d}"
        manager = "XX" if i == 0 else f"P{rng.randrange(max(0, i - 50), i):05d}"
        name = rng.choice(["Vacant", "N/D", f"Person {i}", f"Person {i}"])
        rows.append([ref, name, rng.choice(GRADES), f"Director {i}", "Leads a function",
                     dept, org, rng.choice(UNITS), "0113 000 0000", "team@example.gov.uk",
                     manager, str(rng.randrange(0, 5_000_000)), "1.00", "70000", "74999",
                     "Policy", "", ""])
        if rng.random() < 0.02 and name.startswith("Person"):  # a job share
            rows.append([*rows[-1][:1], f"Partner {i}", *rows[-1][2:12], "0.50",
                         *rows[-1][13:]])
    juniors = [[dept, org, rng.choice(UNITS), f"P{rng.randrange(senior):05d}", "EO", "28000",
                "32000", f"Officer {j}", f"{rng.randrange(1, 4000) / 100:.2f}", "Policy"]
               for j in range(junior)]
    return _csv(SENIOR_COLUMNS, rows), _csv(JUNIOR_COLUMNS, juniors)


def _csv(header: tuple[str, ...], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _write_pair(directory: Path, name: str, texts: tuple[str, str]) -> tuple[Path, Path]:
    senior, junior = directory / f"{name}-senior.csv", directory / f"{name}-junior.csv"
    senior.write_text(texts[0], encoding="utf-8", newline="")
    junior.write_text(texts[1], encoding="utf-8", newline="")
    return senior, junior


def _yaml_bytes(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("*.yaml"))}


def _previous_document(sid: str, file: str, title: str,
                       records: dict[str, list[dict[str, Any]]], dumper: Any = None) -> str:
    """How the importer wrote a file before: ``yaml.safe_dump`` (pure Python throughout)."""
    doc: dict[str, Any] = {"source": {"id": sid, "file": file, "title": title}}
    doc.update({k: v for k, v in records.items() if v})
    body = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
    return f"# {MARKER} (orggraph import organogram)\n{body}"


def _timed_import(paths: tuple[Path, Path], out: Path, repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of importing the pair."""
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        import_organogram(*paths, output=out, force=True)
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def large_pair(tmp: Path, senior: int, junior: int, repeat: int) -> None:
    paths = _write_pair(tmp, "large", pair_text(senior, junior))
    rows = sum(len(p.read_text(encoding="utf-8").splitlines()) - 1 for p in paths)
    current = organogram._document
    ways = {"libyaml (CSafeDumper)": current, "previous (yaml.safe_dump)": _previous_document}
    times: dict[str, tuple[float, float]] = {}
    written: dict[str, dict[str, bytes]] = {}
    print(f"a pair of {rows:,} rows ({senior:,} senior, {junior:,} junior), median of "
          f"{repeat}{'' if yaml.__with_libyaml__ else ' (PyYAML here has no libyaml)'}:")
    try:
        for label, document in ways.items():
            organogram._document = document  # type: ignore[assignment]
            out = tmp / label.split()[0]
            times[label] = _timed_import(paths, out, repeat)
            written[label] = _yaml_bytes(out)
            print(f"  {label:<26} {times[label][0]:7.3f} s   cpu {times[label][1]:.3f} s")
    finally:
        organogram._document = current  # type: ignore[assignment]
    (new, new_cpu), (old, old_cpu) = times.values()
    same = len({tuple(w.items()) for w in written.values()}) == 1
    print(f"  -> {old / new:.1f}x faster (cpu {old_cpu / new_cpu:.1f}x); same bytes: {same}")


def many_pairs(tmp: Path, pairs: int, senior: int, junior: int) -> None:
    src = tmp / "pairs"
    src.mkdir()
    for i in range(pairs):
        _write_pair(src, f"body-{i:03d}", pair_text(senior, junior, seed=i, org=f"Body {i}"))
    found = find_pairs(src)
    done: list[float] = []
    start = time.perf_counter()
    reports = import_organograms(found, tmp / "out",
                                 progress=lambda _: done.append(time.perf_counter()))
    total = time.perf_counter() - start
    steps = [b - a for a, b in zip([start, *done], done, strict=False)]
    errors = sum(bool(r.errors) for r in reports)
    print(f"{pairs} pairs of {senior} senior and {junior} junior rows: {total:.2f} s in all, "
          f"median {statistics.median(steps):.3f} s a pair ({errors} with errors)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--senior", type=int, default=2000)
    parser.add_argument("--junior", type=int, default=5000)
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--pair-senior", type=int, default=60)
    parser.add_argument("--pair-junior", type=int, default=140)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(load_average())
    with tempfile.TemporaryDirectory() as tmp:
        large_pair(Path(tmp), args.senior, args.junior, args.repeat)
        many_pairs(Path(tmp), args.pairs, args.pair_senior, args.pair_junior)


if __name__ == "__main__":
    main()
