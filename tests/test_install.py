"""A built wheel, installed into a fresh virtual environment and run from an unrelated
directory, gives what the checkout gives: the curated data, the named questions, the
Cypher library, the chart template and the launcher's Maven project all ship inside it.

The fresh environment gets the dependencies from this one's site-packages (a ``.pth``
line; the checkout's own editable orggraph is not visible there), so the test needs no
download beyond the build backend pip fetches to build the wheel.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import TINY

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _run(argv: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NEO4J_"))}
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True,
                          check=check, timeout=600)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
         cwd=out)
    (built,) = out.glob("orggraph-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The ``orggraph`` script of a fresh venv with the wheel installed."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                   cwd=env_dir).stdout.strip()
    (Path(purelib) / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n",
                                            encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
          str(wheel)], cwd=env_dir)
    yield env_dir / "bin" / "orggraph"


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """An unrelated working directory (no data/ or cypher/ beside it)."""
    where = tmp_path / "elsewhere"
    where.mkdir()
    return where


def test_the_wheel_carries_the_shipped_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("orggraph/data/000-nw-icb.yaml", "orggraph/data/sources/000_8dcbd0c399cc3f93.txt",
                 "orggraph/cypher/schema.cypher", "orggraph/cypher/cover_gaps.cypher",
                 "orggraph/templates/chart.html", "orggraph/neo4j-launcher/pom.xml"):
        assert name in names, f"{name} is not in {wheel.name}"
    assert any(n.startswith("orggraph/neo4j-launcher/src/main/java/") for n in names)
    assert not any("/target/" in n for n in names)


def _checkout(*args: str) -> str:
    from click.testing import CliRunner

    from orggraph.cli import main

    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("args", [
    ["summary", "--format", "json"],
    ["questions", "--format", "json"],
    ["query", "cover-gaps", "--format", "json"],
    ["query", "deputies", "Chief Medical Officer", "--format", "csv"],
    ["summary", "--data", str(TINY), "--format", "json"],
])
def test_the_installed_command_answers_as_the_checkout_does(installed: Path, elsewhere: Path,
                                                            args: list[str]) -> None:
    done = _run([str(installed), *args], cwd=elsewhere)
    assert done.stdout == _checkout(*args)


def test_installed_files_come_from_the_installed_package(installed: Path,
                                                         elsewhere: Path) -> None:
    code = ("import json, orggraph.resources as r; from orggraph.neo4j import named_queries; "
            "print(json.dumps([str(r.data_dir()), str(r.cypher_dir()), str(r.launcher_dir()), "
            "named_queries()]))")
    python = installed.parent / "python"
    data, cypher, launcher, queries = json.loads(_run([str(python), "-c", code],
                                                      cwd=elsewhere).stdout)
    prefix = str(installed.parent.parent)
    assert all(p.startswith(prefix) for p in (data, cypher, launcher)), (data, prefix)
    assert (Path(launcher) / "pom.xml").is_file()
    assert "cover_gaps" in queries and "schema" not in queries


def test_the_installed_chart_and_version(installed: Path, elsewhere: Path,
                                         tmp_path: Path) -> None:
    done = _run([str(installed), "viz", "-o", "chart.html"], cwd=elsewhere)
    assert done.stdout == "wrote chart.html\n"
    _checkout("viz", "-o", str(tmp_path / "checkout.html"))
    assert (elsewhere / "chart.html").read_bytes() == (tmp_path / "checkout.html").read_bytes()
    version = _run([str(installed), "--version"], cwd=elsewhere).stdout
    from importlib.metadata import version as installed_version

    assert version.strip().endswith(installed_version("orggraph"))
