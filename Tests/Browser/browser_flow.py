#!/usr/bin/env python3
"""The desk in a real browser: sign in -> worklist -> claim -> cite -> mark verified -> history shows both,
and a hostile article's page stays inert. Drives Debian's chromium through its chromedriver with Selenium 4.51.0
(SE_OFFLINE=true: no driver download). Screenshots go to .build/screenshots/.

Usage: python3 Tests/Browser/browser_flow.py [path/to/factcheck]   (default .build/debug/factcheck)
Needs: apt-get install chromium chromium-driver; pip install selenium==4.51.0
"""
import os, signal, socket, subprocess, sys, tempfile, time

os.environ.setdefault("SE_OFFLINE", "true")
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/factcheck"))
SHOTS = os.path.join(ROOT, ".build/screenshots")
HOSTILE = """Title: <script>alert('title')</script> "><img src=x onerror=alert(1)>

The mayor said <script>alert(1)</script> the city spent $4 million on 12 "><img src=x onerror=alert(2)> buses in 2024.
According to the council, 45 percent of \u202estnediser\u202c paid $300 more in 2023 ' onmouseover='alert(3).
"""


def run(*args, stdin=None):
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True, check=True).stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    os.makedirs(SHOTS, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="factcheck-browser-")
    os.environ["FACTCHECK_DB"] = os.path.join(folder, "desk.db")
    run("ingest", os.path.join(ROOT, "examples/articles"))
    hostile_id = run("ingest", "-", stdin=HOSTILE).split(":")[0].split()[-1]  # "article 4: ... — 2 claims"
    token = run("editor", "add", "ann", "--role", "editor").strip().splitlines()[-1]
    port = free_port()
    server = subprocess.Popen([BINARY, "serve", "--listen", f"127.0.0.1:{port}"],
                              stdout=subprocess.PIPE, stderr=open(os.path.join(folder, "access.log"), "w"), text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get(base + "/")
        assert driver.current_url.endswith("/login"), driver.current_url
        driver.find_element(By.NAME, "token").send_keys(token)
        driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
        assert "Worklist" in driver.title, driver.title
        assert "ann (editor)" in driver.page_source
        driver.save_screenshot(os.path.join(SHOTS, "worklist.png"))

        driver.get(base + "/claims/12")
        driver.find_element(By.CSS_SELECTOR, "#evidence input[name='url']").send_keys("https://example.org/audit")
        driver.find_element(By.CSS_SELECTOR, "#evidence input[name='title']").send_keys("Bridge audit")
        driver.find_element(By.CSS_SELECTOR, "#evidence button").click()
        driver.find_element(By.CSS_SELECTOR, "#status select[name='status'] option[value='verified']").click()
        driver.find_element(By.CSS_SELECTOR, "#status input[name='note']").send_keys("audit p. 4")
        driver.find_element(By.CSS_SELECTOR, "#status button").click()
        history = driver.find_elements(By.CSS_SELECTOR, "section:last-of-type tr")
        text = "\n".join(row.text for row in history)
        assert "evidence-added" in text and "unverified → verified" in text, text
        driver.save_screenshot(os.path.join(SHOTS, "claim.png"))

        driver.get(f"{base}/articles/{hostile_id}")
        try:
            alert = driver.switch_to.alert
            raise AssertionError("the hostile article ran script: " + alert.text)
        except NoAlertPresentException:
            pass
        assert "<script>alert(1)</script>" in driver.find_element(By.CLASS_NAME, "article-body").text
        assert not driver.find_elements(By.CSS_SELECTOR, "main img, main script")
        driver.save_screenshot(os.path.join(SHOTS, "article.png"))
    finally:
        driver.quit()
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=20)
    assert code == 0, f"serve exited {code}"
    print(f"browser flow passed; screenshots in {SHOTS}")


if __name__ == "__main__":
    main()
