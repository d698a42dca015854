#!/usr/bin/env python3
"""The desk in a real browser: sign in -> worklist -> claim -> cite -> mark verified -> history shows both,
and a hostile article's page stays inert. Drives Debian's chromium through its chromedriver with Selenium 4.51.0
(SE_OFFLINE=true: no driver download). Screenshots go to .build/screenshots/.

Usage: python3 Tests/Browser/browser_flow.py [path/to/factcheck]   (default .build/debug/factcheck)
Needs: apt-get install chromium chromium-driver; pip install selenium==4.51.0
"""
import os, signal, socket, subprocess, sys, tempfile, time, urllib.request

os.environ.setdefault("SE_OFFLINE", "true")
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/factcheck"))
SHOTS = os.path.join(ROOT, ".build/screenshots")
HOSTILE = """Title: <script>alert('title')</script> "><img src=x onerror=alert(1)>

The mayor said <script>alert(1)</script> the city spent $4 million on 12 "><img src=x onerror=alert(2)> buses in 2024.
According to the council, 45 percent of \u202estnediser\u202c paid $300 more in 2023 ' onmouseover='alert(3).
"""


def step(text):
    print("browser flow: " + text, flush=True)


def run(*args, stdin=None):
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True, check=True,
                          timeout=120).stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    os.makedirs(SHOTS, exist_ok=True)
    step(f"binary {BINARY}")
    folder = tempfile.mkdtemp(prefix="factcheck-browser-")
    os.environ["FACTCHECK_DB"] = os.path.join(folder, "desk.db")
    run("ingest", os.path.join(ROOT, "examples/articles"))
    hostile_id = run("ingest", "-", stdin=HOSTILE).split(":")[0].split()[-1]  # "article 4: ... — 2 claims"
    token = run("editor", "add", "ann", "--role", "editor").strip().splitlines()[-1]
    server, base, log_path = start_server(folder)
    step(f"server ready at {base}")
    try:
        flow(base, token, hostile_id)
    except BaseException:
        with open(log_path) as log:
            tail = log.read()[-4000:]
        print("browser flow FAILED; server log tail:\n" + tail, file=sys.stderr, flush=True)
        raise
    finally:
        stop(server)
    print(f"browser flow passed; screenshots in {SHOTS}", flush=True)


def start_server(folder):
    """Starts serve on a free loopback port and waits until it answers HTTP. A port taken between free_port() and
    the bind (the server exits) is retried on a new port; a server that never answers fails loudly."""
    log_path = os.path.join(folder, "serve.log")
    for attempt in range(5):
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = open(log_path, "a")
        server = subprocess.Popen([BINARY, "serve", "--listen", f"127.0.0.1:{port}"],
                                  stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(base + "/login", timeout=2) as reply:
                    if reply.status == 200:
                        return server, base, log_path
            except OSError:
                time.sleep(0.1)
        if server.poll() is None:
            stop(server)
            raise SystemExit(f"browser flow FAILED: serve did not answer on {base} within 60 s (log {log_path})")
        step(f"serve exited {server.returncode} on port {port} (attempt {attempt + 1}); trying another port")
    raise SystemExit(f"browser flow FAILED: serve would not start (log {log_path})")


def stop(server):
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGTERM)
    try:
        code = server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
        raise SystemExit("browser flow FAILED: serve did not stop within 20 s of SIGTERM")
    if code != 0:
        raise SystemExit(f"browser flow FAILED: serve exited {code} on SIGTERM")


def submit(driver, button):
    """Clicks a form's button and waits (bounded) until the post/redirect/get has replaced the page and it has
    loaded, so the next lookup never finds an element of the old page. The old page carries a mark the new one lacks;
    asking for it mid-navigation can fail in ways chromedriver reports variously (a stale element, or 'Node with given
    id does not belong to the document' from Chrome 156's inspector): each such answer means 'not yet', never a
    failure, and only the 15 s bound fails the flow."""
    driver.execute_script("window.__factcheckOldPage = true")
    button.click()

    def new_page_loaded(d):
        try:
            return d.execute_script(
                "return window.__factcheckOldPage === undefined && document.readyState === 'complete'")
        except WebDriverException:
            return False
    WebDriverWait(driver, 15).until(new_page_loaded, "the form post did not load a new page")


def flow(base, token, hostile_id):
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"]:
        options.add_argument(flag)
    step("starting chromium")
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    driver.implicitly_wait(5)
    try:
        driver.get(base + "/")
        assert driver.current_url.endswith("/login"), driver.current_url
        driver.find_element(By.NAME, "token").send_keys(token)
        # The click returns before the redirect's page has loaded: submit waits (bounded) for it.
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
        assert "Worklist" in driver.title, f"no worklist after sign-in: {driver.title}"
        assert "ann (editor)" in driver.page_source
        driver.save_screenshot(os.path.join(SHOTS, "worklist.png"))
        step("signed in; worklist shown")

        driver.get(base + "/claims/12")
        driver.find_element(By.CSS_SELECTOR, "#evidence input[name='url']").send_keys("https://example.org/audit")
        driver.find_element(By.CSS_SELECTOR, "#evidence input[name='title']").send_keys("Bridge audit")
        submit(driver, driver.find_element(By.CSS_SELECTOR, "#evidence button"))
        driver.find_element(By.CSS_SELECTOR, "#status select[name='status'] option[value='verified']").click()
        driver.find_element(By.CSS_SELECTOR, "#status input[name='note']").send_keys("audit p. 4")
        submit(driver, driver.find_element(By.CSS_SELECTOR, "#status button"))

        def history_text(d):
            return "\n".join(row.text for row in d.find_elements(By.CSS_SELECTOR, "section:last-of-type tr"))
        WebDriverWait(driver, 15).until(
            lambda d: "evidence-added" in history_text(d) and "unverified → verified" in history_text(d),
            "the history does not show the citation and the verdict")
        driver.save_screenshot(os.path.join(SHOTS, "claim.png"))
        step("cited and marked verified; history shows both")

        driver.get(f"{base}/articles/{hostile_id}")
        try:
            alert = driver.switch_to.alert
            raise AssertionError("the hostile article ran script: " + alert.text)
        except NoAlertPresentException:
            pass
        assert "<script>alert(1)</script>" in driver.find_element(By.CLASS_NAME, "article-body").text
        assert not driver.find_elements(By.CSS_SELECTOR, "main img, main script")
        driver.save_screenshot(os.path.join(SHOTS, "article.png"))
        step("hostile article page inert")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
