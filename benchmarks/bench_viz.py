"""Time to first full render of a chart in headless chromium, against pyvis's defaults.

    python -m benchmarks.bench_viz                        # 500, 5,000 and 20,000 posts
    python -m benchmarks.bench_viz --sizes 100,500,5000 --repeat 5 --cap 120

For each size (a synthetic organisation from ``orggraph.generate``) and both layouts
(``network`` draws every node and edge, as the naive page does): the time to
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


def _load(pw: Any, path: Path, done: str, cap: float) -> float | None:
    """Seconds from navigation to ``done`` being true, or None beyond ``cap``.

    Each load gets its own browser, closed (killed) afterwards: a page still busy
    stabilising at the cap answers no further question.
    """
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    try:
        page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
        page.route("**/*", lambda route: route.continue_()
                   if route.request.url.startswith("file:")
                   else route.abort())  # the naive page's CDN links fail at once, offline
        t = time.perf_counter()
        page.goto(path.as_uri(), timeout=cap * 1000)
        page.wait_for_function(done, timeout=max(1.0, cap - (time.perf_counter() - t)) * 1000,
                               polling=50)
        return time.perf_counter() - t
    except Exception:  # Playwright's timeout: the page did not finish within the cap
        return None
    finally:
        browser.close()


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


def run(pw: Any, browser: Any, size: int, repeat: int, cap: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = generate(size, seed=1, directory=Path(tmp) / "data")
        G = load_graph(data)
        print(f"\n{size:>7,} posts: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
        first: float | None = None
        for layout in ("hierarchy", "network"):
            t = time.perf_counter()
            ours = viz(G, Path(tmp) / f"{layout}.html", layout=layout)
            build = time.perf_counter() - t
            loads = [_load(pw, ours, "window.orggraphReady === true", cap)
                     for _ in range(repeat)]
            done = [x for x in loads if x is not None]
            median = statistics.median(done) if len(done) == len(loads) else None
            if layout == "network":  # the same nodes and edges as the naive page
                first = median
            opened, drawn = _open_all(browser, ours)
            size_mb = ours.stat().st_size / 1e6
            print(f"  orggraph {layout:9}: build {build:6.2f} s, {size_mb:5.1f} MB;"
                  f" first render {_fmt(median)} (median of {repeat});"
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
        naive = _load(pw, naive_path, NAIVE_DONE, cap)
        ratio = f"{naive / first:.1f}x our network chart" if naive and first else "n/a"
        print(f"  pyvis defaults: build {naive_build:6.2f} s; first render (stabilised)"
              f" {_fmt(naive)} (one run, cap {cap:.0f} s); ratio {ratio}")


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
                run(pw, browser, size, args.repeat, args.cap)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
