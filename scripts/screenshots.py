"""Screenshots of every main page, at laptop (1366 px) and phone (390 px) widths, from the demo.

    python scripts/screenshots.py [OUT_DIR] [--base URL]     (default: docs/screenshots/; `make screenshots`)

Seeds a throw-away demo (`onward demo`), serves it on a free local port, signs in as the demo user in
Chromium (Debian's /usr/bin/chromium, driven by Playwright) and saves one full-page PNG per page and width,
named like `board-1366.png` and `board-390.png`, and a few in dark mode (`board-1366-dark.png`).
With --base it shoots an Onward already running there with the demo loaded (how docs/screenshots/before/
was made from the version before the design work, issue #17).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
WIDTHS = {1366: 900, 390: 844}

# (file name, address, or a page to find the address on and the link to follow there)
PAGES = [
    ("today", "/"),
    ("board", "/board/"),
    ("applications", "/applications/"),
    ("application", ("/applications/", "main a[href^='/applications/'][href$='/']:not([href$='/new/'])")),
    ("recovery-plan", ("/playbook/", "main a[href^='/playbook/rejection/']")),
    ("contacts", "/contacts/"),
    ("contact", ("/contacts/", "main a[href^='/contacts/'][href$='/']:not([href$='/new/'])")),
    ("companies", "/companies/"),
    ("mail", "/mail/"),
    ("playbook", "/playbook/"),
    ("wins", "/playbook/wins/"),
    ("match", "/match/"),
    ("insights", "/insights/"),
    ("import", "/import/"),
    ("settings", "/settings/"),
    ("api", "/api/tokens/"),
]


# Dark mode follows the operating system; a few pages show it.
DARK_PAGES = {"board", "application", "insights"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - a local address we started
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The demo server did not come up at {url}.")


def resolve(page, target) -> str:
    if isinstance(target, str):
        return target
    where, selector = target
    page.goto(where)
    link = page.locator(selector).first
    return link.get_attribute("href")


@contextlib.contextmanager
def demo_server():
    """A throw-away demo (`onward demo`) served on a free local port; yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "ONWARD_DATA_DIR": data}
        env.pop("DATABASE_URL", None)
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "onward", "demo", "--data-dir", data, "--port", str(port)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        try:
            wait_for(base + "/login/")
            yield base
        finally:
            server.terminate()
            server.wait(timeout=30)


@contextlib.contextmanager
def chromium():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


def signed_in_page(browser, base: str, width: int, height: int):
    """A new tab at the given viewport, signed in as the demo user; close it with page.context.close()."""
    context = browser.new_context(base_url=base, viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto("/login/")
    page.fill("#id_username", "demo")
    page.fill("#id_password", "demo")
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/login/" not in url)
    return page


def shoot(base: str, out: Path, dark: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with chromium() as browser:
        runs = [(width, height, "light", PAGES) for width, height in WIDTHS.items()]
        if dark:
            runs.append((1366, WIDTHS[1366], "dark", [p for p in PAGES if p[0] in DARK_PAGES]))
        for width, height, scheme, pages in runs:
            page = signed_in_page(browser, base, width, height)
            page.emulate_media(color_scheme=scheme)
            for name, target in pages:
                page.goto(resolve(page, target))
                page.wait_for_load_state("networkidle")
                path = out / f"{name}-{width}{'-dark' if scheme == 'dark' else ''}.png"
                page.screenshot(path=str(path), full_page=True)
                print(path)
            page.context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--base", help="shoot an Onward already serving the demo here (e.g. an older version)")
    args = parser.parse_args()
    if args.base:
        shoot(args.base, args.out, dark=False)
    else:
        with demo_server() as base:
            shoot(base, args.out)


if __name__ == "__main__":
    main()
