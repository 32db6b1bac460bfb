"""The local Neo4j 5.26 server (orggraph.neo4j.server): a real DBMS, reached with the official
driver; auth on; Bolt on 127.0.0.1 only and nothing else listening; a clean stop.

One server is started for the whole module. Under ``CI=true`` a failure to build or start it
fails the tests; elsewhere they are skipped only when Java or Maven is missing.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from orggraph.errors import Neo4jServerError
from orggraph.neo4j import server as srv
from orggraph.neo4j.server import LocalServer, build_launcher, start_local_server

pytestmark = pytest.mark.neo4j  # every test here is about the local server

IN_CI = os.environ.get("CI", "").lower() == "true"

pytestmark = pytest.mark.neo4j


_PACKAGES = {"java": "openjdk-17-jdk-headless", "mvn": "maven"}


def _missing_tools() -> list[str]:
    """Java is always needed; Maven only while the launcher jar has not been built."""
    missing = ["java"] if srv._java() is None else []
    if not srv.LAUNCHER_JAR.is_file() and shutil.which("mvn") is None:
        missing.append("mvn")
    return missing


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    missing = _missing_tools()
    if missing and not IN_CI:
        pytest.skip(f"local Neo4j needs {' and '.join(missing)}, not installed (Debian: "
                    f"apt-get install {' '.join(_PACKAGES[t] for t in missing)})")
    # A generated password starts with "-" one time in 64; make it always so, to prove it
    # is never mistaken for an option on the way into Neo4j.
    token = srv.secrets.token_urlsafe
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(srv.secrets, "token_urlsafe", lambda n=None: "-" + token(n))
        # Not the defaults, to prove the memory settings reach the JVM and Neo4j.
        patch.setenv(srv.HEAP_ENV, "768m")
        patch.setenv(srv.PAGECACHE_ENV, "96m")
        try:
            started = start_local_server()
        except Neo4jServerError as exc:
            pytest.fail(f"local Neo4j did not start: {exc}")
    assert started.password.startswith("-")
    yield started
    started.stop()  # idempotent: the last test has stopped it already


def _listening_sockets(pid: int) -> set[tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, int]]:
    """(address, port) of every TCP socket in LISTEN state that process ``pid`` holds (Linux)."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found: set[tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, int]] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        with open(table) as handle:
            next(handle)
            for row in handle:
                fields = row.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state != "0A" or inode not in inodes:  # 0A = LISTEN
                    continue
                hex_address, hex_port = local.split(":")
                raw = b"".join(bytes.fromhex(hex_address[i:i + 8])[::-1]
                               for i in range(0, len(hex_address), 8))
                address = ipaddress.ip_address(raw)
                if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
                    address = address.ipv4_mapped
                found.add((address, int(hex_port, 16)))
    return found


def test_return_1_through_the_official_driver(server):
    import neo4j

    assert server.uri.startswith("bolt://127.0.0.1:")
    assert server.user == "neo4j" and len(server.password) >= 16
    with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        assert [r["one"] for r in records] == [1]
        agent = driver.get_server_info().agent
    assert agent.startswith("Neo4j/5.26."), agent


def test_wrong_password_and_the_default_one_are_refused(server):
    import neo4j

    # Two failed logins: below Neo4j's lock-out threshold (3), so later tests still log in.
    for password in (server.password + "x", "neo4j"):
        with (neo4j.GraphDatabase.driver(server.uri, auth=(server.user, password)) as driver,
              pytest.raises(neo4j.exceptions.AuthError)):
            driver.verify_connectivity()


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="needs Linux /proc/net/tcp")
def test_only_bolt_and_http_listen_and_only_on_loopback(server):
    port = int(server.uri.rsplit(":", 1)[1])
    http = int(server.http_uri.rsplit(":", 1)[1])
    listening = _listening_sockets(server.process.pid)
    # Exactly Bolt and HTTP on 127.0.0.1 (no HTTPS, nothing on 0.0.0.0 or ::).
    loopback = ipaddress.ip_address("127.0.0.1")
    assert listening == {(loopback, port), (loopback, http)}, listening
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


def test_browser_is_served_over_http(server):
    import urllib.request

    assert server.browser_url == f"{server.http_uri}/browser/"
    with urllib.request.urlopen(server.browser_url, timeout=30) as page:  # noqa: S310 - loopback
        assert page.status == 200 and b"Neo4j Browser" in page.read()


def test_password_is_not_in_the_logs_or_the_repr(server):
    assert server.password not in repr(server)
    logs = sorted((server.data_dir / "logs").glob("*.log"))
    assert any(p.name == "debug.log" for p in logs), logs
    for path in logs:
        assert server.password not in path.read_text(encoding="utf-8", errors="replace"), path
    assert not (server.data_dir / "data" / "dbms" / "auth.ini").exists()  # no hash left behind


def test_launcher_refuses_a_short_password(server):
    jar = build_launcher()
    env = {**os.environ, srv.PASSWORD_ENV: "pw-7chr"}
    done = subprocess.run(
        [shutil.which("java") or "java", "-jar", str(jar), str(server.data_dir / "unused"), "0"],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "8 or more characters" in done.stderr and "pw-7chr" not in done.stderr
    assert not (server.data_dir / "unused").exists()


def test_heap_and_page_cache_reach_the_server(server):
    import neo4j

    args = Path(f"/proc/{server.process.pid}/cmdline").read_bytes().split(b"\0")
    assert b"-Xms768m" in args and b"-Xmx768m" in args
    with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        records, _, _ = driver.execute_query(
            "SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' "
            "RETURN value")
    assert records[0]["value"] in {"96.00MiB", str(96 * 1024 * 1024)}


@pytest.mark.parametrize("variable, value", [
    ("HEAP_ENV", "lots"), ("HEAP_ENV", "0g"), ("PAGECACHE_ENV", "1k"), ("PAGECACHE_ENV", "-1g")])
def test_a_bad_memory_setting_is_one_line(monkeypatch, variable, value):
    name = getattr(srv, variable)
    monkeypatch.setenv(name, value)
    with pytest.raises(Neo4jServerError) as caught:
        start_local_server()
    message = str(caught.value)
    assert "\n" not in message and name in message and repr(value) in message


def test_launcher_refuses_a_bad_page_cache(server):
    jar = build_launcher()
    env = {**os.environ, srv.PASSWORD_ENV: "a-long-password", srv._PAGECACHE_BYTES_ENV: "12x"}
    done = subprocess.run(
        [shutil.which("java") or "java", "-jar", str(jar), str(server.data_dir / "unused"), "0"],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert srv._PAGECACHE_BYTES_ENV in done.stderr and "'12x'" in done.stderr
    assert not (server.data_dir / "unused").exists()


def test_build_is_cached(server, monkeypatch):
    def no_maven(*args, **kwargs):
        raise AssertionError(f"Maven ran although the jar is up to date: {args}")

    monkeypatch.setattr(srv.subprocess, "run", no_maven)
    started = time.monotonic()
    assert build_launcher() == srv.LAUNCHER_JAR
    assert time.monotonic() - started < 1


def test_missing_maven_is_one_line_naming_the_command(monkeypatch):
    real_which = shutil.which
    monkeypatch.setattr(srv, "_java", lambda: "/usr/bin/java")
    monkeypatch.setattr(srv.shutil, "which",
                        lambda name, *a, **k: None if name == "mvn" else real_which(name, *a, **k))
    with pytest.raises(Neo4jServerError) as caught:
        build_launcher(force=True)
    message = str(caught.value)
    assert "\n" not in message
    assert "mvn -B -q -DskipTests package" in message and "'mvn' is not installed" in message


def test_start_refuses_a_short_password_before_building_anything():
    with pytest.raises(Neo4jServerError, match="8 characters at least"):
        start_local_server(password="short")  # noqa: S106 - a refused one


@pytest.mark.parametrize("password_from_env", [False, True], ids=["generated", "from-env"])
def test_orggraph_neo4j_start_prints_its_settings_and_stops_on_ctrl_c(server, password_from_env):
    # `server` only makes this test skip or fail with the module's other tests.
    import signal
    import sys

    import neo4j

    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    if password_from_env:
        env["NEO4J_PASSWORD"] = "chosen-" + srv.secrets.token_hex(8)
    process = subprocess.Popen([sys.executable, "-m", "orggraph", "neo4j", "start"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().rstrip("\n") for _ in range(4)]
        assert lines[0].startswith("NEO4J_URI=bolt://127.0.0.1:"), lines
        assert lines[1] == "NEO4J_USER=neo4j"
        assert lines[3].startswith("Browser: http://127.0.0.1:") and lines[3].endswith("/browser/")
        settings = dict(line.split("=", 1) for line in lines[:3] if "=" in line)
        assert ("NEO4J_PASSWORD" in settings) is not password_from_env
        if password_from_env:
            assert lines[2] == "# NEO4J_PASSWORD: the one in your environment"
        password = env.get("NEO4J_PASSWORD") or settings["NEO4J_PASSWORD"]
        auth = (settings["NEO4J_USER"], password)
        with neo4j.GraphDatabase.driver(settings["NEO4J_URI"], auth=auth) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS one")
        assert records[0]["one"] == 1
        # Ctrl-C, or SIGTERM (as a service manager stops it): the same clean stop
        process.send_signal(signal.SIGTERM if password_from_env else signal.SIGINT)
        _, err = process.communicate(timeout=90)
    finally:
        process.kill()
    assert process.returncode == 0, err
    data_dir = err.split("data and logs in ", 1)[1].split(")", 1)[0]
    assert not os.path.exists(data_dir)
    assert password not in err and "Traceback" not in err


def test_load_csv_reads_only_the_import_directory(server):
    import neo4j

    (server.data_dir / "import" / "people.csv").write_text("name\nAda\n", encoding="utf-8")
    auth = (server.user, server.password)
    with neo4j.GraphDatabase.driver(server.uri, auth=auth) as driver:
        rows, _, _ = driver.execute_query(
            "LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row RETURN row.name AS name")
        assert [r["name"] for r in rows] == ["Ada"]
        for url in ("file:///etc/hostname", "file:///../../../../../../etc/hostname"):
            with pytest.raises(neo4j.exceptions.ClientError) as refused:
                driver.execute_query(f"LOAD CSV FROM '{url}' AS row RETURN row")
            assert Path("/etc/hostname").read_text().strip() not in str(refused.value)


def test_a_data_dir_server_restarts_with_the_same_password_and_keeps_its_data(server, tmp_path):
    # `server` only makes this test skip or fail with the module's other tests.
    import neo4j

    password = "kept-" + srv.secrets.token_hex(8)
    for attempt in range(2):
        with (start_local_server(data_dir=tmp_path / "db", password=password) as again,
              neo4j.GraphDatabase.driver(again.uri, auth=(again.user, password)) as driver):
            if attempt == 0:
                driver.execute_query("CREATE (:Kept {n: 1})")
            rows, _, _ = driver.execute_query("MATCH (k:Kept) RETURN count(k) AS c")
        assert rows[0]["c"] == 1


def test_background_start_status_and_stop(server, tmp_path):
    # `server` only makes this test skip or fail with the module's other tests.
    import sys

    import neo4j

    data_dir = tmp_path / "bg"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
        return subprocess.run([sys.executable, "-m", "orggraph", "neo4j", *args], env=env,
                              capture_output=True, text=True, timeout=300, check=False)

    try:
        started = cli("start", "--background", "--data-dir", str(data_dir))
        assert started.returncode == 0, started.stderr
        settings = dict(line.split("=", 1) for line in started.stdout.splitlines()
                        if line.startswith("NEO4J_"))
        password = settings["NEO4J_PASSWORD"].split()[0]
        assert (data_dir / "password").read_text().strip() == password
        assert (data_dir / "password").stat().st_mode & 0o077 == 0
        status = cli("status", "--data-dir", str(data_dir))
        assert status.returncode == 0 and f"NEO4J_URI={settings['NEO4J_URI']}" in status.stdout
        with neo4j.GraphDatabase.driver(settings["NEO4J_URI"], auth=("neo4j", password)) as d:
            assert d.execute_query("RETURN 1 AS one").records[0]["one"] == 1
        again = cli("start", "--background", "--data-dir", str(data_dir))
        assert again.returncode == 1 and again.stderr.startswith("Error: a Neo4j started in")
        imported = cli("import", "--data-dir", str(data_dir))
        assert (imported.returncode, imported.stderr) == (
            1, f"Error: a Neo4j server runs in {data_dir}; stop it first\n")
    finally:
        stopped = cli("stop", "--data-dir", str(data_dir))
    assert stopped.returncode == 0 and stopped.stdout.startswith("stopped Neo4j (pid ")
    status = cli("status", "--data-dir", str(data_dir))
    assert status.returncode == 1 and status.stderr.startswith("Error: no Neo4j started")
    assert password not in started.stderr + status.stdout + stopped.stdout


def _graph_of(uri: str, user: str, password: str) -> tuple[list[str], list[str]]:
    """Every node and relationship of a server, without the loader's ``_orggraph`` marker."""
    import json

    import neo4j

    def row(record: object) -> str:
        data = dict(record.data())  # type: ignore[attr-defined]
        data["p"] = {k: v for k, v in data["p"].items() if k != "_orggraph"}
        if "l" in data:
            data["l"] = sorted(data["l"])  # labels come in the order the store made them
        return json.dumps(data, sort_keys=True, default=str)

    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        nodes, _, _ = driver.execute_query(
            "MATCH (n) RETURN n.id AS id, labels(n) AS l, properties(n) AS p ORDER BY id")
        rels, _, _ = driver.execute_query(
            "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p")
    return sorted(map(row, nodes)), sorted(map(row, rels))


def _assert_imported_as_loaded(server: LocalServer, G: object, data_dir: Path) -> None:
    """The database imported into ``data_dir`` is the graph ``load`` gives of ``G``, and
    its first start created the schema."""
    from orggraph.neo4j import connect, load, wipe

    with start_local_server(data_dir=data_dir) as imported:
        got = _graph_of(imported.uri, imported.user, imported.password)
        with connect(imported.uri, imported.user, imported.password) as conn:
            names = {r["name"] for r in conn.driver.execute_query(
                "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name").records}
    assert {"post_id", "post_title", "relationship_evidence"} <= names  # the schema, on start
    with connect(server.uri, server.user, server.password) as conn:
        load(conn, G)
        expected = _graph_of(server.uri, server.user, server.password)
        wipe(conn)
    assert got == expected


def test_bulk_import_of_hostile_text_gives_the_graph_load_gives(server, tmp_path):
    """Line breaks (read as multi-line only in the files that have them), quotes, commas
    and the first array delimiters inside values; columns that appear only on later rows."""
    from orggraph.graph import load_graph
    from orggraph.neo4j.bulk import import_graph
    from tests.test_export import _write_hostile_data

    G = load_graph(_write_hostile_data(tmp_path / "hostile"))
    report = import_graph(G, tmp_path / "imported")
    assert (report.nodes, report.relationships) == (G.number_of_nodes(), G.number_of_edges())
    assert report.tool_seconds is not None and 0 < report.tool_seconds <= report.seconds
    _assert_imported_as_loaded(server, G, tmp_path / "imported")


def test_bulk_import_refuses_the_data_dir_of_a_running_server(server):
    from orggraph.graph import load_graph
    from orggraph.neo4j.bulk import import_graph

    with pytest.raises(Neo4jServerError) as refused:  # its store lock is held
        import_graph(load_graph(), server.data_dir)
    assert str(refused.value) == f"a Neo4j server runs in {server.data_dir}; stop it first"


def test_bulk_import_gives_the_graph_load_gives(server, tmp_path):
    from click.testing import CliRunner

    from orggraph.cli import main
    from orggraph.graph import load_graph
    G = load_graph()
    data_dir = tmp_path / "imported"
    result = CliRunner().invoke(main, ["neo4j", "import", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        f"imported {G.number_of_nodes()} nodes and {G.number_of_edges()} relationships in ")
    _assert_imported_as_loaded(server, G, data_dir)
    again = CliRunner().invoke(main, ["neo4j", "import", "--data-dir", str(data_dir)])
    assert again.exit_code == 1
    assert again.output == (f"Error: {data_dir} already holds a database; the import builds "
                            "a new one: choose an empty data directory\n")


def test_compose_has_the_launchers_timeouts_and_import_rules(server):
    import neo4j
    import yaml

    root = Path(__file__).resolve().parent.parent
    env = yaml.safe_load((root / "docker-compose.yml").read_text())["services"]["neo4j"][
        "environment"]
    # The image's NEO4J_a_b__c variable is the setting a.b_c.
    settings = {key[6:].replace("__", "\0").replace("_", ".").replace("\0", "_"): str(value)
                for key, value in env.items() if key.startswith("NEO4J_") and key != "NEO4J_AUTH"}
    shared = [name for name in settings if name.startswith(("db.", "dbms.security"))]
    assert {"db.transaction.timeout", "db.lock.acquisition.timeout"} <= set(shared)
    with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        rows, _, _ = driver.execute_query(
            "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
            names=shared)
    running = {r["name"]: r["value"] for r in rows}
    assert running == {name: settings[name] for name in shared}


@pytest.mark.browser
def test_browser_logs_in_runs_a_query_and_shows_the_rows(server, browser):
    page = browser.new_page()
    try:
        page.goto(server.browser_url, timeout=120_000)
        page.locator("[data-testid='boltaddress']").fill(server.uri, timeout=120_000)
        page.locator("[data-testid='username']").fill(server.user)
        page.locator("[data-testid='password']").fill(server.password)
        page.locator("[data-testid='connect']").click()
        # connected when Browser has shown its welcome frame (a query typed before that
        # runs unconnected and shows no rows)
        page.get_by_text(":play start").first.wait_for(timeout=120_000)
        editor = page.locator("[data-testid='activeEditor']")
        editor.click(timeout=60_000)
        page.keyboard.type("UNWIND ['orggraph-row-1', 'orggraph-row-2'] AS answer RETURN answer")
        page.keyboard.press("Enter")
        # the table view shows each string as Cypher writes it, in double quotes
        cells = page.get_by_text(re.compile(r'^"?orggraph-row-2"?$'))
        cells.first.wait_for(timeout=60_000)
        assert page.get_by_text(re.compile(r'^"?orggraph-row-1"?$')).count() >= 1
    finally:
        page.close()


def test_stop_ends_the_process_and_deletes_the_data_dir(server):
    # Runs last in this module (file order): it stops the module's server.
    data_dir, process = server.data_dir, server.process
    assert data_dir.is_dir() and process.poll() is None
    started = time.monotonic()
    server.stop()
    assert process.poll() == 0  # a clean exit after stdin closed, not a kill
    assert not data_dir.exists()
    assert time.monotonic() - started < 15
    server.stop()  # idempotent
