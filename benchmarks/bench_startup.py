"""Start-up time of the ``orggraph`` command, against ``python -c "import click"``.

    python -m benchmarks.bench_startup                 # 21 runs of each, interleaved
    python -m benchmarks.bench_startup --repeat 51
    python -m benchmarks.bench_startup --no-wheel      # only this environment's install
    python -m benchmarks.bench_startup --previous OTHER/.venv/bin   # and another install

Two installs are measured: this environment's (``scripts/setup.sh`` installs the
checkout in editable mode) and a wheel built from the checkout, installed into a fresh
virtual environment whose dependencies come from this one's site-packages (as
``tests/test_install.py`` does; building the wheel fetches only the build backend);
``--previous`` adds the install of another checkout (its ``.venv/bin``), e.g. the
code before a change, measured in the same run.
Each command runs as a child process from a temporary directory, the commands taking
turns so that the machine's other work weighs on each alike, with bytecode written as
any user's first run writes it (``PYTHONDONTWRITEBYTECODE`` is dropped for them).

Prints the median wall time and CPU time (user and system) of each, their ratios to
``import click`` in the same environment (the floor any click command pays), and the
modules each imports.
``orggraph --help`` imports no NetworkX, NumPy or PyYAML; ``summary`` reads the curated
data: ``--no-cache`` counts the records (PyYAML, no NetworkX or NumPy), and the default
takes the counts kept in the validated cache by the untimed first run
(``tests/test_cli.py`` and ``tests/test_counts.py`` hold those imports).
"""

from __future__ import annotations

import argparse
import os
import resource
import site
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS: dict[str, list[str]] = {
    "orggraph --help": ["--help"],
    "orggraph summary": ["summary"],
    "orggraph summary --no-cache": ["summary", "--no-cache"],
}

_COUNT = ("import sys\nfrom orggraph.cli import main\nsys.argv = {argv!r}\n"
          "try:\n    main()\nexcept SystemExit:\n    pass\n"
          "print(len(sys.modules), file=sys.stderr)")


def _env(cache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["ORGGRAPH_CACHE_DIR"] = cache
    return env


def _run(argv: list[str], cwd: str, env: dict[str, str]) -> tuple[float, float]:
    """The wall time of one run, and the CPU time (user and system) it used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, env=env, check=True,  # noqa: S603 - our own commands
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _modules(python: str, argv: list[str], cwd: str, env: dict[str, str]) -> int:
    """How many modules the command has imported when it ends."""
    if argv[0] == python:
        code = f"{argv[2]}\nimport sys; print(len(sys.modules), file=sys.stderr)"
    else:
        code = _COUNT.format(argv=["orggraph", *argv[1:]])
    done = subprocess.run([python, "-c", code], cwd=cwd, env=env,  # noqa: S603
                          check=True, capture_output=True, text=True)
    return int(done.stderr.strip().splitlines()[-1])


def _wheel_env(where: Path) -> Path:
    """A fresh virtual environment with a wheel of the checkout; its ``bin`` directory."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",  # noqa: S603
                    "-w", str(where / "wheel"), str(ROOT)], check=True, env=clean)
    (wheel,) = (where / "wheel").glob("orggraph-*.whl")
    env_dir = where / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(  # noqa: S603
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True).stdout.strip()
    (Path(purelib) / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n",
                                            encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python),  # noqa: S603
                    "install", "--no-deps", "-q", str(wheel)], check=True, env=clean)
    return env_dir / "bin"


def _cases(installs: dict[str, Path]) -> dict[str, tuple[str, list[str]]]:
    """Each timed command by its label, with the Python of its install."""
    cases = {}
    for install, bin_dir in installs.items():
        python = str(bin_dir / "python")
        cases[f'{install}: python -c "import click"'] = (python, [python, "-c", "import click"])
        for name, args in COMMANDS.items():
            cases[f"{install}: {name}"] = (python, [str(bin_dir / "orggraph"), *args])
    return cases


def _table(cases: dict[str, tuple[str, list[str]]],
           times: dict[str, list[tuple[float, float]]], modules: dict[str, int],
           repeat: int) -> None:
    """Medians of wall and CPU time, each with its ratio to the install's floor (on a
    busy machine the CPU time, which waiting does not inflate, is the steadier)."""
    width = max(map(len, cases)) + 2
    print(f"{'command':<{width}} {'wall':>8} {'ratio':>7} {'cpu':>8} {'ratio':>7} "
          f"{'modules':>8}   (medians of {repeat} runs each)")
    floor = (0.0, 0.0)
    for name, values in times.items():
        wall = statistics.median(w for w, _ in values)
        cpu = statistics.median(c for _, c in values)
        if name.endswith('"import click"'):
            floor = (wall, cpu)
        print(f"{name:<{width}} {wall:>7.3f}s {wall / floor[0]:>6.2f}x {cpu:>7.3f}s "
              f"{cpu / floor[1]:>6.2f}x {modules[name]:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21, help="runs of each command")
    parser.add_argument("--no-wheel", action="store_true",
                        help="measure only this environment's install")
    parser.add_argument("--previous", type=Path, metavar="BIN",
                        help="also the install whose scripts are in BIN (another checkout)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        installs = {"editable": Path(sys.executable).parent}
        if args.previous:
            installs["previous"] = args.previous.absolute()
        if not args.no_wheel:
            installs["wheel"] = _wheel_env(Path(tmp))
        cases = _cases(installs)
        env = _env(str(Path(tmp) / "cache"))
        cwd = str(Path(tmp))
        for _, argv in cases.values():  # one untimed run each: bytecode, the OS's cache
            _run(argv, cwd, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.repeat):
            for name, (_, argv) in cases.items():
                times[name].append(_run(argv, cwd, env))
        modules = {name: _modules(python, argv, cwd, env)
                   for name, (python, argv) in cases.items()}
    _table(cases, times, modules, args.repeat)


if __name__ == "__main__":
    main()
