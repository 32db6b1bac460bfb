"""Time to first full render of a chart in headless chromium, against pyvis's defaults.

    python -m benchmarks.bench_viz                        # 500, 5,000 and 20,000 posts
    python -m benchmarks.bench_viz --sizes 100,500,5000 --repeat 5 --cap 120

For each size (a synthetic organisation from ``orggraph.generate``): the time to
build the page in Python, and the median of ``--repeat`` loads in Debian's chromium
from navigation to the first drawing of the chart (the page opens with bodies
collapsed above a few hundred nodes), plus the time to open every body and
redraw. The naive way is pyvis's defaults (``Network().from_nx`` with physics,
vis-network inlined), timed from navigation to the end of its stabilisation (when
its loading bar goes); building it in Python and rendering it are each capped at
``--cap`` seconds and reported as "did not finish" beyond that.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.viz import pyvis_default_html, viz

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
NAIVE_DONE = ("() => { const b = document.getElementById('loadingBar');"
              " return b !== null && b.style.opacity === '0'; }")


def _naive_build(data: str, out: str) -> None:
    Path(out).write_text(pyvis_default_html(load_graph(data)), encoding="utf-8")


def _load(browser: Any, path: Path, done: str, cap: float) -> tuple[float | None, str]:
    """Seconds from navigation to ``done`` being true (None beyond ``cap``), and, for the
    naive page, how far its stabilisation had got."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else route.abort())  # the naive page's CDN links fail at once, offline
    try:
        t = time.perf_counter()
        page.goto(path.as_uri(), timeout=cap * 1000)
        page.wait_for_function(done, timeout=max(1.0, cap - (time.perf_counter() - t)) * 1000,
                               polling=50)
        return time.perf_counter() - t, ""
    except Exception:  # Playwright's timeout: the page did not finish within the cap
        try:
            progress = page.evaluate(
                "() => (document.getElementById('text') || {}).textContent || ''", )
        except Exception:
            progress = ""
        return None, str(progress)
    finally:
        context.close()


def _open_all(browser: Any, path: Path) -> tuple[float, int]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_function("window.orggraphReady === true", timeout=120_000)
    took, drawn = page.evaluate("""() => {
        const t = performance.now();
        orggraph.openAll();
        orggraph.network.redraw();  // draws at once
        return [(performance.now() - t) / 1000, orggraph.nodes.length];
    }""")
    context.close()
    return float(took), int(drawn)


def _fmt(t: float | None) -> str:
    return "did not finish" if t is None else f"{t:8.2f} s"


def run(browser: Any, size: int, repeat: int, cap: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = generate(size, seed=1, directory=Path(tmp) / "data")
        G = load_graph(data)
        print(f"\n{size:>7,} posts: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
        t = time.perf_counter()
        ours = viz(G, Path(tmp) / "chart.html")
        build = time.perf_counter() - t
        loads = [_load(browser, ours, "window.orggraphReady === true", cap)[0]
                 for _ in range(repeat)]
        done = [x for x in loads if x is not None]
        first = statistics.median(done) if len(done) == len(loads) else None
        opened, drawn = _open_all(browser, ours)
        print(f"  orggraph: build {build:6.2f} s, {ours.stat().st_size / 1e6:5.1f} MB;"
              f" first render {_fmt(first)} (median of {repeat});"
              f" open every body and redraw {opened:6.2f} s ({drawn:,} nodes drawn)")

        naive_path = Path(tmp) / "naive.html"
        proc = multiprocessing.get_context("spawn").Process(
            target=_naive_build, args=(str(data), str(naive_path)))
        t = time.perf_counter()
        proc.start()
        proc.join(cap)
        naive_build: float | None = time.perf_counter() - t
        if proc.is_alive():
            proc.terminate()
            proc.join()
            naive_build = None
        if naive_build is None or not naive_path.exists():
            print(f"  pyvis defaults: build did not finish within {cap:.0f} s")
            return
        naive, progress = _load(browser, naive_path, NAIVE_DONE, cap)
        ratio = f"{naive / first:.1f}x our time" if naive and first else "n/a"
        got = f" (stabilisation at {progress} when stopped)" if naive is None and progress else ""
        print(f"  pyvis defaults: build {naive_build:6.2f} s; first render (stabilised)"
              f" {_fmt(naive)}{got} (one run, cap {cap:.0f} s); ratio {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cap", type=float, default=60.0,
                        help="seconds before the naive way counts as 'did not finish'")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for size in (int(s) for s in args.sizes.split(",")):
                run(browser, size, args.repeat, args.cap)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
