"""What the chart and report browser tests share: axe-core, the sideways-scroll check and
screenshots (saved into :data:`SCREENSHOTS`, which git ignores)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js"
#: Where every browser test run saves its screenshots of each view at each size.
SCREENSHOTS = ROOT / "out" / "screenshots"
#: The two sizes every page is checked at: a laptop and a phone.
SIZES = {"1440": (1440, 900), "390": (390, 844)}


def axe_violations(page: Any) -> list[str]:
    """axe-core's violations on the page as it stands (WCAG 2.1 A/AA and best practice),
    one line each: rule, impact, how many nodes and the first node's selector."""
    if not AXE.exists():
        raise FileNotFoundError(f"{AXE} missing: run `npm ci --prefix tests` (scripts/setup.sh --test)")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. `
            + `${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary.split('\\n')[1] || ''}`);
    }""")
    return list(result)


def sideways_scroll(page: Any) -> int:
    """How far the whole page scrolls sideways, in CSS pixels (0: it does not)."""
    return int(page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth"))


def screenshot(page: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
