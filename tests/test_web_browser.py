"""The explorer in a real browser: Debian's chromium driven by Playwright against a uvicorn
server on loopback. Every test fails on any console error, page error or failed request.

Screenshots for docs/screenshots/ are taken by the last test, only when asked:
``BORDERLANDS_SCREENSHOTS=docs/screenshots python3 -m pytest tests/test_web_browser.py -k shots``
(bundled KB, fixture article: no sentence of the real article ends up in a picture).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser_helpers import CHROMIUM, LAUNCH_ARGS

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium", allow_module_level=True)

import uvicorn  # noqa: E402
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright  # noqa: E402

from borderlands.web.app import create_app  # noqa: E402
from borderlands.web.explorer import Explorer  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "web"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    def __init__(self, explorer: Explorer) -> None:
        self.port = free_port()
        config = uvicorn.Config(
            create_app(explorer), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with LiveServer(Explorer.open(FIXTURES / "data", FIXTURES / "article.txt")) as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, server: LiveServer) -> Iterator[Page]:
    """A fresh page that records every console error, page error and failed request."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console: {message.text}")

    tab.on("console", on_console)
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    tab.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    tab.on(
        "response",
        lambda response: (
            problems.append(f"HTTP {response.status}: {response.url}")
            if response.status >= 400
            else None
        ),
    )
    tab.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(server.url) or request.url.startswith("data:")
            else problems.append(f"left the machine: {request.url}")
        ),
    )
    tab.set_default_timeout(10_000)
    yield tab
    context.close()
    assert problems == []


def test_click_through_every_page_type(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/")
    expect(page.locator("h1")).to_have_text(
        "Ethnic deportation in the Eurasian borderlands, 1912–1953"
    )
    # every record type is linked from home, both as a list and by an example record
    examples = page.locator("ul.collections li a:not(:first-child)")
    expect(examples).to_have_count(10)
    example_hrefs = [examples.nth(i).get_attribute("href") for i in range(10)]
    lists = page.locator("ul.collections li a:first-child")
    list_hrefs = [lists.nth(i).get_attribute("href") for i in range(10)]
    for href in list_hrefs[:3]:  # a list page, clicked through to a record
        page.goto(server.url + "/")
        page.locator(f'ul.collections a[href="{href}"]').click()
        page.locator("table.listing tbody a").first.click()
        expect(page.locator("#prov-h")).to_have_text("Provenance")
    for href in example_hrefs:
        page.goto(server.url + "/")
        page.locator(f'ul.collections a[href="{href}"]').click()
        expect(page).to_have_url(server.url + str(href))
        expect(page.locator("#prov-h")).to_have_text("Provenance")
    # from an event to its group and place by the links on the page
    page.goto(server.url + "/events/ev-fix-clearing-1935")
    page.locator("dl.facts").get_by_role("link", name="Borderfolk").click()
    expect(page.locator("h1")).to_have_text("Borderfolk")
    page.go_back()
    page.locator("dl.facts").get_by_role("link", name="Fixture Steppe").click()
    expect(page.locator("h1")).to_have_text("Fixture Steppe")
    page.goto(server.url + "/")
    for path, heading in [
        ("/map", "Map of flows"),
        ("/archives", "Archival finding aid"),
        ("/checks", "Figure checks"),
        ("/api", "JSON API"),
        ("/timeline", "Timeline 1912–1953"),
    ]:
        page.locator(f'header a[href="{path}"]').first.click()
        expect(page.locator("h1")).to_have_text(heading)


def test_timeline_filters_without_javascript_state(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/timeline")
    expect(page.locator("svg.timeline-svg a.tl-row")).to_have_count(3)
    page.select_option("#f-soviet", "no")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(
        f"{server.url}/timeline?soviet=no&kind=&group=&context=&scope=&from=1912&to=1953&lanes=kind"
    )
    expect(page.locator("svg.timeline-svg a.tl-row")).to_have_count(1)
    expect(page.locator("svg.timeline-svg a.tl-row text")).to_have_text(
        "Fixture exchange of populations"
    )
    page.get_by_role("link", name="1930–1938").click()
    expect(page.locator("h1")).to_have_text("Timeline 1930–1938")
    expect(page.locator("svg.timeline-svg a.tl-row")).to_have_count(0)  # still not Soviet


def test_map_filter_by_year(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/map")
    expect(page.locator("svg.map-svg a.flow")).to_have_count(3)
    page.select_option("#m-year", "1937")
    page.get_by_role("button", name="Apply").click()
    expect(page.locator("svg.map-svg a.flow")).to_have_count(1)
    page.locator("table.listing").get_by_role(
        "link", name="Fixture total removal of the Islanders"
    ).click()
    expect(page.locator("h1")).to_have_text("Fixture total removal of the Islanders")


def test_map_has_a_legend_labels_and_says_what_is_not_drawn(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/map")
    legend = page.locator("section.map-legend")
    expect(legend).to_be_visible()
    expect(legend.locator("li")).to_have_count(6)  # colours, two widths, dotted, dashed
    expect(legend).to_contain_text("Soviet deportation or resettlement")
    expect(legend).to_contain_text("whole event's")
    # the 1937 event's count is not split between its two routes: its line is dotted
    shared = page.locator("svg.map-svg a.flow.shared path:not(.arrowhead)")
    expect(shared).to_have_count(1)
    dash = shared.evaluate("p => getComputedStyle(p).strokeDasharray")
    assert dash not in ("", "none")
    labels = page.locator("svg.map-svg text.place-label")
    expect(labels.first).to_be_visible()
    expect(labels).to_contain_text(["Fixture Steppe"])
    page.get_by_role("link", name="why").click()
    expect(page).to_have_url(server.url + "/map#not-drawn-h")
    page.locator("details.not-drawn summary").first.click()
    expect(page.locator("details.not-drawn").first).to_contain_text(
        "no origin or destination recorded"
    )


def test_timeline_says_what_is_hidden_and_puts_the_legend_first(
    page: Page, server: LiveServer
) -> None:
    page.goto(server.url + "/timeline?from=1930&to=1938")
    expect(page.locator("#f-soviet option:checked")).to_have_text("Any state")
    count = page.locator("p.tl-count")
    expect(count).to_contain_text("3 of 4 events shown")
    count.get_by_role("link", name="1 outside 1930–1938").click()
    expect(page.locator("#outside-h + ul")).to_contain_text("Fixture exchange of populations")
    legend = page.locator("figcaption.tl-legend")
    legend_box, chart_box = legend.bounding_box(), page.locator("svg.timeline-svg").bounding_box()
    assert legend_box is not None and chart_box is not None
    assert legend_box["y"] + legend_box["height"] <= chart_box["y"]
    assert legend.evaluate("e => getComputedStyle(e).position") == "sticky"
    page.select_option("#f-soviet", "yes")
    page.get_by_role("button", name="Apply").click()
    expect(count).to_contain_text("left out by the filters")


def test_reader_shows_markers_of_absent_notes_as_absent(browser: Browser, tmp_path: Path) -> None:
    text = (FIXTURES / "article.txt").read_text(encoding="utf-8")
    copy = tmp_path / "article.txt"  # the same copy without note 5's text
    copy.write_text(
        "\n".join(line for line in text.split("\n") if not line.startswith("5 ")),
        encoding="utf-8",
    )
    with LiveServer(Explorer.open(FIXTURES / "data", copy)) as live:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(live.url + "/article")
        absent = tab.locator('.reader sup.marker.absent[id^="ref-"]')
        expect(absent).to_have_count(1)
        expect(absent).to_contain_text("5")
        assert absent.locator("a").count() == 0
        assert absent.evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
        expect(absent).to_have_attribute("title", "note 5 is missing from this copy")
        expect(tab.get_by_role("link", name="note 5", exact=True)).to_have_count(0)
        expect(tab.get_by_role("link", name="note 4", exact=True)).to_have_count(1)
        expect(tab.locator("section.reader-legend")).to_be_visible()
        expect(tab.locator("p.notice")).to_contain_text("Notes missing from this copy: 5")
        context.close()
        assert errors == []


def test_reader_marker_opens_its_note(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/article")
    note = page.locator("details.note", has=page.locator("#note-3"))
    expect(note).not_to_have_attribute("open", "")
    page.get_by_role("link", name="note 3", exact=True).click()
    expect(page).to_have_url(f"{server.url}/article#note-3")
    expect(note).to_have_attribute("open", "")
    expect(page.locator("#note-3")).to_be_visible()
    expect(page.locator("#note-3")).to_contain_text("GARF f. 5446, op. 1, d. 13")
    # a highlighted figure leads to its check, and the check back to the paragraph
    page.locator("a.check").first.click()
    expect(page.locator("#check-0")).to_contain_text("consistent")
    page.locator("#check-0").get_by_role("link", name="¶ p1").click()
    expect(page).to_have_url(f"{server.url}/article#p1")


def test_note_opens_without_javascript(browser: Browser, server: LiveServer) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(server.url + "/article#note-4")
    expect(tab.locator("#note-4")).to_be_visible()
    context.close()


def test_search_and_facets(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/")
    page.fill("#site-q", "fixture")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Search")
    expect(page.locator("ol.hits li").first).to_be_visible()
    page.locator("nav ul.facets").get_by_role("link", name="places (5)").click()
    expect(page.locator("ol.hits li")).to_have_count(5)


def test_keyboard_skip_link_and_focus(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None and box["x"] >= 0  # shown on screen when focused
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    outline = page.evaluate(
        "() => { const a = document.querySelector('nav a'); a.focus();"
        " return getComputedStyle(a).outlineStyle; }"
    )
    assert outline == "solid"


def test_phone_width_has_no_sideways_scroll(browser: Browser, server: LiveServer) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800})
    tab = context.new_page()
    for path in ("/", "/timeline", "/map", "/events/ev-fix-clearing-1935", "/article"):
        tab.goto(server.url + path)
        width = tab.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 375, (path, width)
    context.close()


SHOTS = [
    ("home", "/"),
    ("timeline", "/timeline?from=1923&to=1953"),
    ("map", "/map"),
    ("event", None),
    ("group", None),
    ("place", None),
    ("decree", None),
    ("concept", None),
    ("person", None),
    ("figure", None),
    ("organisation", None),
    ("typology", None),
    ("regime", None),
    ("list", "/events"),
    ("search", "/search?q=Korean"),
    ("api", "/api"),
]


@pytest.mark.skipif(
    not os.environ.get("BORDERLANDS_SCREENSHOTS"), reason="set BORDERLANDS_SCREENSHOTS=DIR"
)
def test_shots(browser: Browser) -> None:
    out = Path(os.environ["BORDERLANDS_SCREENSHOTS"])
    out.mkdir(parents=True, exist_ok=True)
    explorer = Explorer.open(None, None)
    firsts = {
        "event": "events",
        "group": "groups",
        "place": "places",
        "decree": "decrees",
        "concept": "concepts",
        "person": "persons",
        "figure": "figures",
        "organisation": "organisations",
        "typology": "typology",
        "regime": "regime",
    }
    with (
        LiveServer(explorer) as live,
        LiveServer(Explorer.open(FIXTURES / "data", FIXTURES / "article.txt")) as fixture,
    ):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        for name, path in SHOTS:
            if path is None:
                records = explorer.catalog.records(firsts[name])
                rich = max(records, key=lambda r: len(explorer.catalog.backlinks.get(r.id, [])))
                path = f"/{firsts[name]}/{rich.id}"
            tab.goto(live.url + path)
            tab.screenshot(path=str(out / f"{name}.png"))
        for name, path in [
            ("reader", "/article#p1"),
            ("reader-note", "/article#note-3"),
            ("archives", "/archives"),
            ("checks", "/checks"),
        ]:
            tab.goto(fixture.url + path)
            tab.screenshot(path=str(out / f"{name}.png"))
        phone = browser.new_context(viewport={"width": 390, "height": 844})
        small = phone.new_page()
        small.goto(live.url + "/")
        small.screenshot(path=str(out / "home-phone.png"))
        phone.close()
        context.close()
