#!/usr/bin/env python3
"""A real-browser check of `ita serve`: headless Chromium loads the page, uploads the clean
sample (no error shown), then a draft with a wrong overall score (ITA001 shown in Thai with its
page; a click shows the page image), checks that the page fits a phone's width, shows a
score written twice (ITA017) on both its pages, Word drafts' findings on their table row
or paragraph, the spot marked, a results list, and a news item's notes apart from warnings.

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe), so it needs
nothing beyond Python's standard library.

    python3 Tests/Browser/check.py ITA CHROMIUM [--screenshot docs/serve.png]
"""
import argparse, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Browser:
    def __init__(self, chromium):
        self.profile = tempfile.mkdtemp(prefix="ita-browser-")
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        # Chromium reads commands on fd 3 and writes answers on fd 4.
        def child_fds():
            high_r, high_w = os.dup(to_browser_r) + 100, os.dup(from_browser_w) + 100
            os.dup2(to_browser_r, high_r)
            os.dup2(from_browser_w, high_w)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)
        self.process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"],
            preexec_fn=child_fds, pass_fds=(3, 4),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_browser, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        return result.get("result", {}).get("value")

    def wait_for(self, expression, seconds=90):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.2)
        raise AssertionError(f"not seen within {seconds} s: {expression}")

    def close(self):
        self.process.kill()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ita")
    parser.add_argument("chromium")
    parser.add_argument("--screenshot")
    args = parser.parse_args()
    port = free_port()
    server = subprocess.Popen([args.ita, "serve", "--port", str(port)], stderr=subprocess.DEVNULL)
    browser = None
    try:
        base = f"http://127.0.0.1:{port}/"
        for _ in range(100):
            try:
                urllib.request.urlopen(base, timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        browser = Browser(args.chromium)
        target = browser.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        browser.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        browser.send("Page.enable")
        browser.send("Emulation.setDeviceMetricsOverride", {"width": 1000, "height": 1400, "deviceScaleFactor": 1, "mobile": False})
        browser.send("Page.navigate", {"url": base})
        browser.wait_for("document.readyState === 'complete' && document.getElementById('lang-th') !== null")

        def choose(path):
            root = browser.send("DOM.getDocument")["root"]["nodeId"]
            node = browser.send("DOM.querySelector", {"nodeId": root, "selector": "#file"})["nodeId"]
            browser.send("DOM.setFileInputFiles", {"nodeId": node, "files": [os.path.join(ROOT, path)]})

        # A clean report: no error.
        choose("Samples/muangphon-2568.txt")
        shown = browser.wait_for("(() => { const n = document.getElementById('no-errors'); return n && !document.getElementById('result').hidden ? n.textContent : null })()")
        assert "ไม่พบข้อผิดพลาด" in shown, shown
        assert browser.evaluate("document.querySelectorAll('.group.error .finding').length") == 0
        print("browser: the clean sample shows no error")

        # A draft with a wrong overall score: ITA001, in Thai, with its page.
        choose("Tests/Fixtures/validate/ita001-overall-score.pdf")
        finding = browser.wait_for("(() => { const b = document.querySelector('.group.error .finding[data-code=\"ITA001\"]'); return b ? b.textContent : null })()")
        assert "หน้า 3" in finding and "คะแนนภาพรวม 96.28" in finding, finding
        overall_check = browser.evaluate("document.querySelector('#scores tbody tr td.bad') && document.querySelector('#scores tbody tr td.bad').textContent")
        assert overall_check and "97.28" in overall_check, overall_check
        print("browser: ITA001 shown in Thai, on page 3, computed 97.28 beside the written score")

        # Through the keyboard: the finding focused, Enter shows its page image.
        browser.evaluate("document.querySelector('.finding[data-code=\"ITA001\"]').focus()")
        def key(name, code, text=None):
            for kind in ("keyDown", "keyUp"):
                event = {"type": kind, "key": name, "code": name, "windowsVirtualKeyCode": code}
                if text and kind == "keyDown":
                    event["text"] = text
                browser.send("Input.dispatchKeyEvent", event)
        key("Enter", 13, "\r")
        browser.wait_for("(() => { const i = document.getElementById('page-image'); return !document.getElementById('viewer').hidden && i.complete && i.naturalWidth > 500 && i.src.includes('/pages/3.png') })()")
        print("browser: Enter on the finding shows the image of page 3")
        if not args.screenshot:
            key("Escape", 27)
            browser.wait_for("document.getElementById('viewer').hidden && document.activeElement.dataset.code === 'ITA001'", 10)
            print("browser: Escape closes it and gives the focus back to the finding")

        if args.screenshot:
            browser.evaluate("window.scrollTo(0, 0)")
            height = browser.evaluate("Math.min(document.documentElement.scrollHeight, 4000)")
            browser.send("Emulation.setDeviceMetricsOverride", {"width": 1000, "height": height, "deviceScaleFactor": 1, "mobile": False})
            time.sleep(0.5)
            shot = browser.send("Page.captureScreenshot", {"format": "png"})["data"]
            import base64
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(shot))
            print(f"browser: screenshot written to {args.screenshot}")

        # The English switch asks again, in English.
        browser.evaluate("document.getElementById('lang-en').click()")
        english = browser.wait_for("(() => { const b = document.querySelector('.group.error .finding[data-code=\"ITA001\"]'); return b && b.textContent.includes('The overall score') ? b.textContent : null })()")
        assert "page 3" in english and "The overall score 96.28" in english, english
        assert browser.evaluate("document.documentElement.lang") == "en"
        browser.evaluate("document.getElementById('lang-th').click()")
        browser.wait_for("(() => { const b = document.querySelector('.group.error .finding[data-code=\"ITA001\"]'); return b && b.textContent.includes('คะแนนภาพรวม') })()")
        print("browser: English on the switch, Thai again after")

        # Phone width: nothing wider than the screen.
        browser.send("Emulation.setDeviceMetricsOverride", {"width": 375, "height": 800, "deviceScaleFactor": 2, "mobile": True})
        time.sleep(0.3)
        overflow = browser.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"the page is {overflow} px wider than a 375 px screen"
        print("browser: fits a 375 px wide screen")

        # A score written twice (ITA017): both pages named, a button shows each, outlined.
        browser.send("Emulation.setDeviceMetricsOverride", {"width": 1000, "height": 1400, "deviceScaleFactor": 1, "mobile": False})
        choose("Tests/Fixtures/kinds/b-khoksamran-2566-fault-overall-laksaman.pdf")
        twice = browser.wait_for("(() => { const b = document.querySelector('.group.error .finding[data-code=\"ITA017\"]'); return b ? b.textContent : null })()")
        assert "หน้า 1, 4" in twice and "82.09" in twice and "73.10" in twice, twice
        browser.evaluate("document.querySelector('.finding[data-code=\"ITA017\"]').click()")
        browser.wait_for("(() => { const i = document.getElementById('page-image'); return i.complete && i.naturalWidth > 500 && i.src.includes('/pages/1.png') })()")
        browser.evaluate("[...document.querySelectorAll('#viewer-places .place')].find((b) => b.textContent.includes('4')).click()")
        browser.wait_for("(() => { const i = document.getElementById('page-image'); return i.complete && i.naturalWidth > 500 && i.src.includes('/pages/4.png') })()")
        print("browser: ITA017 names pages 1 and 4; its buttons show each page")

        # A Word draft: its findings name a table row or a paragraph, and a click shows that
        # row (its header above it) with the finding's cell outlined and the date marked.
        choose("Tests/Fixtures/docx/ita006-impossible-date.docx")
        dated = browser.wait_for("(() => { const b = document.querySelector('.group.error .finding[data-code=\"ITA006\"]'); return b ? b.textContent : null })()")
        assert "ตารางที่ 4 แถวที่ 2" in dated and "31 กันยายน 2569" in dated, dated
        assert browser.evaluate("document.querySelector('#scores thead th:last-child').textContent") == "ตำแหน่ง"
        assert browser.evaluate("document.querySelector('#scores tbody tr td:last-child').textContent") == "ย่อหน้าที่ 20"
        browser.evaluate("document.querySelector('.finding[data-code=\"ITA006\"]').click()")
        spot = browser.wait_for("(() => { const m = document.querySelector('#place-excerpt:not([hidden]) td.focus mark.spot'); return m ? m.textContent : null })()")
        assert spot == "31 กันยายน 2569", spot
        assert browser.evaluate("document.getElementById('page-image').hidden")
        assert "ระยะเวลาในการ" in browser.evaluate("document.querySelector('#place-excerpt thead').textContent")
        print("browser: a Word draft's ITA006 names table 4, row 2; a click shows the row with the date marked")
        choose("Tests/Fixtures/docx/ita001-overall-score.docx")
        overall = browser.wait_for("(() => { const b = document.querySelector('.group.error .finding[data-code=\"ITA001\"]'); return b ? b.textContent : null })()")
        assert "ย่อหน้าที่ 20" in overall, overall
        browser.evaluate("document.querySelector('.finding[data-code=\"ITA001\"]').click()")
        spot = browser.wait_for("(() => { const m = document.querySelector('#place-excerpt:not([hidden]) blockquote mark.spot'); return m ? m.textContent : null })()")
        assert spot == "96.28", spot
        print("browser: a Word draft's ITA001 names paragraph 20; a click shows the paragraph with 96.28 marked")

        # A results list: the body that announces it, a row per agency, and a row's finding
        # (ITA023: a total its tools do not give) with its page.
        choose("Tests/Fixtures/lists/t2-faculties-2563-scores.pdf")
        summary = browser.wait_for("(() => { const s = document.getElementById('summary'); return s.textContent.includes('30 หน่วยงาน') ? s.textContent : null })()")
        assert "มหาวิทยาลัยขอนแก่น" in summary, summary
        first = browser.evaluate("document.querySelector('#scores tbody tr td').textContent")
        assert first == "1. กองอาคารสถานที่", first
        assert browser.evaluate("document.querySelectorAll('#scores tbody tr').length") == 30
        mismatch = browser.wait_for("(() => { const b = document.querySelector('.group.error .finding[data-code=\"ITA023\"]'); return b ? b.textContent : null })()")
        assert "คณะวิทยาศาสตร์" in mismatch and "หน้า 1" in mismatch, mismatch
        print("browser: a results list shows its 30 agencies, who announced it, and ITA023 on page 1")

        # A news item (kind C): what it does not hold is a note, in a group of its own drawn
        # calmer than the warnings (no coloured edge), and counted apart in the summary.
        choose("Tests/Fixtures/kinds/c-maeramat-2568.txt")
        note = browser.wait_for("(() => { const b = document.querySelector('.group.note .finding[data-code=\"ITA016\"]'); return b ? b.textContent : null })()")
        assert "ข้อความนี้ให้เพียง" in note, note
        assert browser.evaluate("document.querySelectorAll('.group.warning .finding[data-code=\"ITA016\"], .group.warning .finding[data-code=\"ITA010\"]').length") == 0
        edge = browser.evaluate("getComputedStyle(document.querySelector('.group.note .finding')).borderLeftColor")
        assert edge == "rgb(208, 213, 219)", edge
        summary = browser.evaluate("document.getElementById('summary').textContent")
        assert "หมายเหตุ 3 รายการ" in summary, summary
        print("browser: a news item's missing parts are notes, drawn apart from the warnings")
        return 0
    finally:
        if browser:
            browser.close()
        server.terminate()
        server.wait()


if __name__ == "__main__":
    sys.exit(main())
