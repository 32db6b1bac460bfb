"""The chart at scale in headless chromium, beside the previous chart measured in the same run.

    python -m benchmarks.bench_viz                          # 5,000 and 50,000 posts
    python -m benchmarks.bench_viz --sizes 5000 --repeat 5

For each size (a synthetic organisation from ``orggraph.generate``), for this chart and
for the previous one (the vis-network chart this project drew before its org-chart
view, rebuilt from git history: the last version of ``orggraph/templates/chart.html``
that created a ``vis.Network``):

- **build**: seconds to write the page in Python, and its size;
- **first render**: median of ``--repeat`` loads, from navigation until the page says
  it is ready (its opening view drawn);
- **open everything**: seconds to open every subtree (this chart: the largest
  organisation; the previous chart: every body) and draw it, and how many nodes that draws;
- **zoom frame**: with everything open, the median and 95th percentile (nearest rank)
  of the time between frames while zooming a step every frame (120 frames). This chart
  is driven as a person drives it, by wheel events on the chart (its own handlers,
  coalesced to one draw a frame), sweeping from the whole picture in to a readable zoom
  and out again twice, so the sweep crosses the zooms where cards turn from boxes into
  text; the previous chart is zoomed through its own API. For this chart also the
  **pan frame**: pointer drags of 25 px a frame at a readable zoom (0.85), bringing new
  cards into view.

The previous chart is built by importing its ``viz.py`` from git with its own template,
its spans and layers taken from today's span engine (the function it called then,
``structure(Hierarchy(...))``, has become ``post_structure``, with the same figures);
if it no longer imports against today's library, the run says why and carries on.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from orggraph.generate import generate
from orggraph.graph import load_graph
from orggraph.viz import viz

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
READY = "window.orggraphReady === true"

FRAMES = """async (step) => {
    const times = [], n = 120;
    await new Promise(r => requestAnimationFrame(() => r()));
    let last = performance.now();
    for (let i = 0; i < n; i++) {
        step(i);
        await new Promise(r => requestAnimationFrame(() => r()));
        const now = performance.now();
        times.push(now - last);
        last = now;
    }
    times.sort((a, b) => a - b);
    return [times[Math.floor(n / 2)], times[Math.ceil(0.95 * n) - 1]];
}"""
# 30 wheel steps in (x1.16 each: from the whole picture to a readable zoom), 30 out, twice
WHEEL = """i => { const s = document.getElementById('stage'), r = s.getBoundingClientRect();
    s.dispatchEvent(new WheelEvent('wheel', {deltaY: Math.floor(i / 30) % 2 ? 100 : -100,
        clientX: r.left + r.width / 2, clientY: r.top + r.height / 3,
        bubbles: true, cancelable: true})); }"""
DRAG = """i => { const s = document.getElementById('stage'), r = s.getBoundingClientRect();
    const j = i % 40, y = r.top + r.height / 2, x0 = r.left + r.width - 40;
    if (j === 0) {  // a fresh drag every 40 frames, from the right-hand edge
        const at = {clientX: x0, clientY: y, button: 0, bubbles: true};
        window.dispatchEvent(new PointerEvent('pointerup', at));
        s.dispatchEvent(new PointerEvent('pointerdown', at));
    }
    window.dispatchEvent(new PointerEvent('pointermove', {clientX: x0 - 25 * (j + 1), clientY: y,
                                                          bubbles: true})); }"""
OURS = {
    "open": "() => { const t = performance.now(); orggraph.openAll();"
            " return [(performance.now() - t) / 1000, orggraph.layout().cards.length]; }",
    "step": WHEEL,
    # and panning at a readable zoom, where the cards in view are on the page
    "readable": "() => { orggraph.fit(0); orggraph.state.k = 0.85; orggraph.apply(); }",
    "pan": DRAG,
}
PREVIOUS = {
    "open": "() => { const t = performance.now(); orggraph.openAll(); orggraph.network.redraw();"
            " return [(performance.now() - t) / 1000, orggraph.nodes.length]; }",
    "step": "i => orggraph.network.moveTo({scale: orggraph.network.getScale()"
            " * (Math.floor(i / 30) % 2 ? 0.96 : 1.05)})",
}


#: What the previous chart called, and today's name for it.
PREVIOUS_API = (
    ("from orggraph.queries.structure import structure",
     "from orggraph.queries.structure import post_structure"),
    ("structure(Hierarchy(G, ACCOUNTABILITY_TYPES))", "post_structure(G, ACCOUNTABILITY_TYPES)"),
)


def previous_viz() -> Any:
    """The previous chart's module, from git, rendering with its own template."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, check=True,  # noqa: S603, S607
                              capture_output=True, text=True).stdout

    changed = git("log", "--format=%H", "-S", "new vis.Network", "--",
                  "orggraph/templates/chart.html").split()
    if not changed:
        raise RuntimeError("no earlier vis-network chart in this repository's history")
    base = changed[0] + "^"
    tmp = Path(tempfile.mkdtemp())
    template = tmp / "chart.html"
    template.write_text(git("show", f"{base}:orggraph/templates/chart.html"), encoding="utf-8")
    source = git("show", f"{base}:orggraph/viz.py").replace("from .", "from orggraph.")
    source = source.replace('importlib.resources.files("orggraph").joinpath("templates", '
                            '"chart.html")', f"Path({str(template)!r})")
    for old, new in PREVIOUS_API:
        source = source.replace(old, new)
    (tmp / "previous_viz.py").write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("previous_viz", tmp / "previous_viz.py")
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {tmp / 'previous_viz.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def first_render(pw: Any, path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
            t = time.perf_counter()
            page.goto(path.as_uri(), timeout=300_000)
            page.wait_for_function(READY, timeout=300_000, polling=20)
            times.append(time.perf_counter() - t)
        finally:
            browser.close()
    return statistics.median(times)


def opened(pw: Any, path: Path, how: dict[str, str]
           ) -> tuple[float, int, list[tuple[float, float]]]:
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    try:
        page = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
        page.goto(path.as_uri(), timeout=300_000)
        page.wait_for_function(READY, timeout=300_000)
        took, drawn = page.evaluate(how["open"])
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
        median, p95 = page.evaluate(FRAMES.replace("step(i)", f"({how['step']})(i)"))
        frames = [(float(median), float(p95))]
        if "readable" in how:
            page.evaluate(how["readable"])
            frames.append(tuple(page.evaluate(FRAMES.replace("step(i)", f"({how['pan']})(i)"))))
        return float(took), int(drawn), frames
    finally:
        browser.close()


def measure(pw: Any, name: str, build: Any, how: dict[str, str], repeat: int,
            full: bool) -> None:
    t = time.perf_counter()
    path = build()
    built = time.perf_counter() - t
    first = first_render(pw, path, repeat)
    line = (f"  {name:9}: build {built:6.1f} s, {path.stat().st_size / 1e6:5.1f} MB;"
            f" first render {first:6.2f} s (median of {repeat})")
    if full:
        took, drawn, frames = opened(pw, path, how)
        line += (f"; open everything {took:6.2f} s ({drawn:,} posts);"
                 f" zoom frame {frames[0][0]:5.1f} ms median, {frames[0][1]:5.1f} ms p95")
        if len(frames) > 1:
            line += (f"; pan frame at zoom 0.85 {frames[1][0]:5.1f} ms median,"
                     f" {frames[1][1]:5.1f} ms p95")
    print(line, flush=True)


def run(pw: Any, size: int, repeat: int, previous: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        G = load_graph(generate(size, seed=1, directory=Path(tmp) / "data"))
        print(f"\n{size:>7,} posts: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges",
              flush=True)
        full = size <= 10_000  # everything open: the frame targets are for 5,000 posts
        measure(pw, "this", lambda: viz(G, Path(tmp) / "ours.html"), OURS, repeat, full)
        if isinstance(previous, str):
            print(f"  previous : not measured ({previous})")
            return
        measure(pw, "previous", lambda: previous.viz(G, Path(tmp) / "previous.html"),
                PREVIOUS, repeat, full)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,50000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    try:
        previous: Any = previous_viz()
    except Exception as exc:  # an old module that no longer imports: say so, measure ours
        previous = f"{type(exc).__name__}: {exc}"
    with sync_playwright() as pw:
        for size in (int(s) for s in args.sizes.split(",")):
            run(pw, size, args.repeat, previous)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
