#!/usr/bin/env python3
"""The web review page driven by a person's keys in headless Chromium.

Starts recall-server (built) on loopback with a fresh data folder and a fixed
clock, adds a learner and the seed note through the API, then in the browser:
signs in with the token, reviews five cards by keyboard alone (Space, then a
grade key), undoes the last answer, and checks through the API that exactly
the four remaining answers are stored, with their cards and grades. Also
checks the page at phone width (no sideways scrolling) and writes a
screenshot (docs/web-review.png with --screenshot).

usage: scripts/check-web.py [--server PATH] [--screenshot PNG]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def call(base, method, path, token, body=None, kind="application/json"):
    request = urllib.request.Request(base + path, method=method, data=body)
    request.add_header("Authorization", "Bearer " + token)
    if body is not None:
        request.add_header("Content-Type", kind)
    with urllib.request.urlopen(request) as response:
        return response.status, response.read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default=os.path.join(ROOT, ".build/debug/recall-server"))
    parser.add_argument("--screenshot")
    args = parser.parse_args()

    data = tempfile.mkdtemp(prefix="recall-web-")
    added = subprocess.run([args.server, "user", "add", "web", "--data", data], check=True, capture_output=True, text=True)
    token = added.stdout.split()[-1]
    env = dict(os.environ, RECALL_NOW="2026-11-26T09:00:00+01:00", RECALL_LOG="warning")
    server = subprocess.Popen([args.server, "serve", "--data", data, "--port", "0"], env=env, stdout=subprocess.PIPE, text=True)
    driver = None
    try:
        line = server.stdout.readline()
        base = re.search(r"http://127\.0\.0\.1:\d+", line).group(0)
        seeds = os.path.join(ROOT, "seeds")
        note = sorted(f for f in os.listdir(seeds) if f.endswith(".md"))[0]
        with open(os.path.join(seeds, note), "rb") as f:
            status, _ = call(base, "POST", "/v1/notes?name=" + note, token, f.read(), "text/markdown")
        assert status == 201, status

        options = webdriver.ChromeOptions()
        for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1000,820"]:
            options.add_argument(flag)
        if os.path.exists("/usr/bin/chromium"):
            options.binary_location = "/usr/bin/chromium"
        service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else None
        driver = webdriver.Chrome(options=options, service=service)
        wait = WebDriverWait(driver, 10)
        driver.get(base + "/")

        # Sign in by keyboard: the token field has the focus.
        wait.until(lambda d: d.find_element(By.ID, "token").is_displayed())
        driver.switch_to.active_element.send_keys(token + Keys.ENTER)

        def shown_card():
            return driver.find_element(By.ID, "card").get_attribute("data-card") or ""

        def press(key):
            driver.switch_to.active_element.send_keys(key)

        keys = ["g", "e", "3", "a", "5"]
        grades = [4, 5, 3, 1, 5]
        answered = []
        previous = ""
        for key in keys:
            wait.until(lambda d: driver.find_element(By.ID, "review").is_displayed() and shown_card() not in ("", previous))
            card = shown_card()
            press(Keys.SPACE)
            wait.until(lambda d: d.find_element(By.ID, "answer").is_displayed())
            if args.screenshot and not answered:
                links = driver.find_elements(By.CSS_SELECTOR, "#moments a")
                assert links and "youtube.com/watch" in links[0].get_attribute("href") and "t=" in links[0].get_attribute("href")
                driver.save_screenshot(args.screenshot)
            press(key)
            answered.append(card)
            previous = card
        wait.until(lambda d: shown_card() not in ("", previous))
        press("u")
        wait.until(lambda d: shown_card() == answered[-1] and "undone" in d.find_element(By.ID, "notice").text)

        # Through the API: exactly the first four answers, with their cards and grades.
        _, body = call(base, "GET", "/v1/export?format=json", token)
        log = json.loads(body)["reviewLog"]
        stored = [(row["card"], row["grade"]) for row in log]
        expected = list(zip(answered[:4], grades[:4]))
        assert stored == expected, f"stored {stored}, expected {expected}"
        progress = driver.find_element(By.ID, "progress").text
        assert "answered 4" in progress, progress

        # Phone width: everything fits, nothing scrolls sideways.
        driver.set_window_size(390, 844)
        press(Keys.SPACE)
        wait.until(lambda d: d.find_element(By.ID, "answer").is_displayed())
        overflow = driver.execute_script("return document.scrollingElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px at phone width"

        print(f"check-web: signed in, answered {len(keys)} cards by key, undid one; "
              f"the API holds exactly {len(stored)} answers {[g for _, g in stored]}; fits 390 px")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
