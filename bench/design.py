"""Layout and accessibility figures for every main page, from the demo, at laptop and phone widths.

Run: .venv/bin/python bench/design.py [--runs N] [--base URL]

Seeds a throw-away demo and serves it (as scripts/screenshots.py does), signs in as the demo user in Chromium
and prints per page and width: how far the page scrolls sideways (scrollWidth - innerWidth, 0 is the target),
serious/critical axe-core violations, and the page height. Then the Insights page's time to ready in the
browser (navigation start to the load event, median of N) and its height at both widths.
With --base, measures an Onward already running there (signed in as demo/demo) instead of seeding one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import screenshots  # noqa: E402
from axe_playwright_python.sync_playwright import Axe  # noqa: E402

SERIOUS = {"serious", "critical"}
# Navigation start to the end of the load event: every script, style and chart is in.
NAVIGATION_MS = "(() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd; })()"


def measure(page, axe) -> tuple[int, list[str], int]:
    over = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    height = page.evaluate("document.documentElement.scrollHeight")
    found = axe.run(page).response["violations"]
    bad = [f"{v['id']}×{len(v['nodes'])}" for v in found if v["impact"] in SERIOUS]
    return over, bad, height


def insights_ready_ms(page, runs: int) -> float:
    times = []
    for _ in range(runs):
        page.goto("/insights/", wait_until="load")
        times.append(page.evaluate(NAVIGATION_MS))
    return statistics.median(times)


def run(base: str, runs: int) -> None:
    axe = Axe()
    with screenshots.chromium() as browser:
        for width, height in screenshots.WIDTHS.items():
            page = screenshots.signed_in_page(browser, base, width, height)
            print(f"\n{width} px: page, sideways scroll (px), serious/critical axe violations, height (px)")
            for name, target in screenshots.PAGES:
                page.goto(screenshots.resolve(page, target))
                page.wait_for_load_state("networkidle")
                over, bad, tall = measure(page, axe)
                print(f"  {name:<15} {over:>5}  {', '.join(bad) or '0':<40} {tall:>6}")
            ms = insights_ready_ms(page, runs)
            page.goto("/insights/")
            tall = page.evaluate("document.documentElement.scrollHeight")
            print(f"  Insights ready in {ms:.0f} ms (median of {runs}), {tall} px tall at {width} px")
            page.context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="Insights loads to time (default 5)")
    parser.add_argument("--base", help="an Onward already serving the demo user")
    args = parser.parse_args()
    if args.base:
        run(args.base, args.runs)
    else:
        with screenshots.demo_server() as base:
            run(base, args.runs)


if __name__ == "__main__":
    main()
