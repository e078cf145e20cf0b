"""The notebook view laid out by a real browser: headless Chromium (Debian's ``chromium``)."""

import json
import re
import shutil
import subprocess

import pytest

from newsfacts import extract, render

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1100,1600"]

# a test-only probe: after layout, write each highlight's box into the page
PROBE = """<script>
window.addEventListener("load", function () {
  var boxes = [];
  document.querySelectorAll("mark.nf-mark").forEach(function (m) {
    var r = m.getBoundingClientRect(), s = getComputedStyle(m);
    boxes.push({kind: m.className, w: r.width, h: r.height, visible: s.visibility === "visible" && s.display !== "none"});
  });
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify(boxes);
  document.body.appendChild(out);
});
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_browser_lays_out_the_highlights(tmp_path):
    facts = extract((ROOT / "examples" / "article.txt").read_text(encoding="utf-8"))
    page = tmp_path / "facts.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{render(facts)}{PROBE}</body></html>",
                    encoding="utf-8")
    profile = tmp_path / "profile"
    shot = tmp_path / "facts.png"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.exists() and shot.stat().st_size > 20_000
    dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    boxes = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1).replace("&quot;", '"'))
    kinds = {re.search(r"nf-(\w+)$", b["kind"]).group(1) for b in boxes}
    assert kinds >= {"statement", "speaker", "deployment", "casualty", "date", "quantity"}
    assert all(b["visible"] and b["w"] > 0 and b["h"] > 0 for b in boxes if b["kind"].endswith(("casualty", "speaker")))
