"""Start-up time of the ``orggraph`` command, against ``python -c "import click"``.

    python -m benchmarks.bench_startup                 # 21 runs of each, interleaved
    python -m benchmarks.bench_startup --repeat 51

Each command runs as a child process from a temporary directory, the commands taking
turns so that the machine's other work weighs on each alike. Prints the median wall
time of each, its ratio to ``import click`` (the floor any click command pays), and the
modules each imports beyond that floor. ``orggraph --help`` should import no NetworkX,
NumPy or PyYAML (``tests/test_cli.py`` checks that); ``summary`` reads the curated data.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The installed console script, beside this Python.
ORGGRAPH = str(Path(sys.executable).parent / "orggraph")
FLOOR = 'python -c "import click"'
CASES: dict[str, list[str]] = {
    FLOOR: [sys.executable, "-c", "import click"],
    "orggraph --help": [ORGGRAPH, "--help"],
    "orggraph summary": [ORGGRAPH, "summary"],
}

_COUNT = ("import sys\nfrom orggraph.cli import main\nsys.argv = {argv!r}\n"
          "try:\n    main()\nexcept SystemExit:\n    pass\n"
          "print(len(sys.modules), file=sys.stderr)")


def _run(argv: list[str], cwd: str) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True,  # noqa: S603 - our own commands
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _modules(argv: list[str], cwd: str) -> int:
    """How many modules the command has imported when it ends."""
    if argv[0] == sys.executable:
        code = f"{argv[2]}\nimport sys; print(len(sys.modules), file=sys.stderr)"
    else:
        code = _COUNT.format(argv=["orggraph", *argv[1:]])
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, check=True,  # noqa: S603
                          capture_output=True, text=True)
    return int(done.stderr.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21, help="runs of each command")
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in CASES}
    with tempfile.TemporaryDirectory() as cwd:
        for argv in CASES.values():  # one untimed run each: the OS caches the files
            _run(argv, cwd)
        for _ in range(args.repeat):
            for name, argv in CASES.items():
                times[name].append(_run(argv, cwd))
        modules = {name: _modules(argv, cwd) for name, argv in CASES.items()}
    floor = statistics.median(times[FLOOR])
    print(f"{'command':<28} {'median':>8} {'ratio':>7} {'modules':>8}   ({args.repeat} runs each)")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<28} {median:>7.3f}s {median / floor:>6.2f}x {modules[name]:>8}")


if __name__ == "__main__":
    main()
