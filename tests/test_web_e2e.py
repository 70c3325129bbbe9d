"""End to end: a real server (uvicorn on a free loopback port) driven by headless Chromium.

Search, open an actor page, see its chart drawn, open a document whose text holds
markup, and keep screenshots under test-output/web/ (gitignored) for a person to
look at. Uses Debian's chromium and chromium-driver (nothing is downloaded);
skips with the reason when they are absent.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
selenium = pytest.importorskip("selenium", reason="selenium is in the dev extra")

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from stancegraph.web import create_app  # noqa: E402
from test_web import BRIDGE, XSS_TEXT, build_store, doc_id  # noqa: E402

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SHOTS = Path(__file__).resolve().parents[1] / "test-output" / "web"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def e2e_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("e2e"))


@pytest.fixture(scope="module")
def server(e2e_db: Path) -> Iterator[str]:
    db = e2e_db
    port = free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip(f"{CHROMIUM} or {CHROMEDRIVER} is absent: apt-get install chromium chromium-driver")
    profile = tempfile.mkdtemp(prefix="stancegraph-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(driver: webdriver.Chrome, name: str) -> Path:
    """The whole page (the window grown to its height), saved for a person to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.set_window_size(1280, 600)  # the page's own height, not the last window's
    for _ in range(3):  # charts scale with the width, so the height settles after a resize
        height, inner = driver.execute_script(
            "return [document.documentElement.scrollHeight, window.innerHeight]"
        )
        if abs(height - inner) < 4:
            break
        frame = driver.get_window_size()["height"] - inner  # window decorations, if any
        driver.set_window_size(1280, min(max(int(height) + frame, 600), 5000))
    path = SHOTS / f"{name}.png"
    assert driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000  # a rendered page, not a blank one
    return path


def no_alert(driver: webdriver.Chrome) -> bool:
    try:
        _ = driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def test_search_actor_chart_document(server: str, browser: webdriver.Chrome) -> None:
    wait = WebDriverWait(browser, 15)
    browser.get(server + "/")
    assert "Who said what" in browser.find_element(By.TAG_NAME, "h1").text
    screenshot(browser, "home")

    # Search with the form, as a person would.
    form = browser.find_element(By.CSS_SELECTOR, "form.filters")
    box = form.find_element(By.NAME, "q")
    box.send_keys("bridge")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(ec.url_contains("q=bridge"))
    cards = browser.find_elements(By.CSS_SELECTOR, "article.statement")
    assert cards and all("bridge" in c.text.lower() for c in cards)
    heading = browser.find_element(By.CSS_SELECTOR, ".results h2").text
    assert heading.startswith(f"{len(cards)} statement")
    screenshot(browser, "search")

    # Open the actor page from a result and see the chart drawn.
    link = next(
        a
        for a in browser.find_elements(By.CSS_SELECTOR, "article.statement a.actor")
        if a.text == "Oskar Lund"
    )
    link.click()
    wait.until(ec.url_contains("/actors/"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Oskar Lund")
    chart = browser.find_element(By.CSS_SELECTOR, "#timeline svg.chart")
    bars = chart.find_elements(By.CSS_SELECTOR, "rect.bar")
    assert bars and all(b.size["height"] > 0 and b.size["width"] > 0 for b in bars)
    assert chart.size["width"] > 400  # laid out at page width, not collapsed
    favor = browser.find_elements(By.CSS_SELECTOR, ".target-card svg.chart rect.bar-favor")
    assert favor  # stance per target over time, in the favor colour
    colour = favor[0].value_of_css_property("fill")
    assert colour in ("rgb(46, 125, 50)", "#2e7d32")
    screenshot(browser, "actor")

    # The target page: who is for and against.
    browser.get(server + "/targets/" + quote(BRIDGE))
    sides = {
        s.find_element(By.TAG_NAME, "h3").text: s.text
        for s in browser.find_elements(By.CSS_SELECTOR, ".side")
    }
    assert "Oskar Lund" in sides["For"] and "Haldane" in sides["Against"]
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline svg.chart rect.bar")
    screenshot(browser, "target")

    # The relations page: the network drawn, arrows in the stance colours, nodes that lead
    # to actor pages.
    browser.find_element(By.LINK_TEXT, "Relations").click()
    wait.until(ec.url_contains("/relations"))
    net = browser.find_element(By.CSS_SELECTOR, "svg.network")
    assert net.size["width"] > 400
    arrows = net.find_elements(By.CSS_SELECTOR, "path.edge")
    assert arrows and all(a.size["width"] > 0 or a.size["height"] > 0 for a in arrows)
    against = net.find_elements(By.CSS_SELECTOR, "path.edge-negative")
    assert against and against[0].value_of_css_property("stroke") in ("rgb(198, 40, 40)", "#c62828")
    screenshot(browser, "relations")
    net.find_element(By.CSS_SELECTOR, "a").click()
    wait.until(ec.url_contains("/actors/"))
    assert "Relations to other actors" in browser.page_source

    # A document whose text holds <script> and <img onerror>: shown as text, nothing runs.
    browser.get(server + "/documents/" + doc_id(XSS_TEXT))
    text = browser.find_element(By.CSS_SELECTOR, ".doctext").text
    assert "<script>alert('xss')</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert not browser.find_elements(By.TAG_NAME, "script")
    assert not browser.find_elements(By.CSS_SELECTOR, ".doctext img")
    assert no_alert(browser)
    speaker = browser.find_element(By.CSS_SELECTOR, ".doctext a.mention")
    assert speaker.get_attribute("href").startswith(server + "/actors/")
    screenshot(browser, "document")


def _other_address() -> str | None:
    """An address of this machine that is not loopback (None when it has none)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
            addr = str(s.getsockname()[0])
    except OSError:
        return None
    return None if addr.startswith("127.") else addr


def test_cli_serve_binds_loopback_only(e2e_db: Path) -> None:
    """`stancegraph serve` as a user runs it: answers on 127.0.0.1, not on other addresses,
    refuses writes, and stops cleanly."""
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    db = e2e_db
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "stancegraph", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/targets", timeout=2) as r:
                    assert r.status == 200 and BRIDGE in r.read().decode()
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"serve did not start: {proc.communicate()[0]}")
                time.sleep(0.2)
        other = _other_address()
        if other is not None:
            with pytest.raises(OSError), socket.create_connection((other, port), timeout=2):
                pass
        post = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/documents", data=b'{"text": "x"}', method="POST"
        )
        post.add_header("Content-Type", "application/json")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(post, timeout=5)
        assert refused.value.code == 403
    finally:
        proc.terminate()
        out = proc.communicate(timeout=20)[0]
    assert "read-only" in out and f"127.0.0.1:{port}" in out


def test_concurrent_requests(server: str) -> None:
    """Many clients at once: each request has its own connection, none sees another's."""
    import json
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    urls = ["/api/statements?size=200", "/api/targets", "/api/summary", "/", "/api/statements.jsonl"] * 8

    def fetch(path: str) -> tuple[str, int, bytes]:
        with urllib.request.urlopen(server + path, timeout=30) as r:
            return path, r.status, r.read()

    with ThreadPoolExecutor(max_workers=12) as pool:
        results = list(pool.map(fetch, urls))
    assert all(status == 200 for _, status, _ in results)
    bodies = {path: {body for p, _, body in results if p == path} for path in set(urls) - {"/"}}
    assert all(len(b) == 1 for b in bodies.values())  # the same answer every time
    total = json.loads(next(iter(bodies["/api/statements?size=200"])))["total"]
    assert len(next(iter(bodies["/api/statements.jsonl"])).splitlines()) == total
