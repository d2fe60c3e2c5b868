"""Run Anki card HTML in headless Chromium the way Anki's reviewer shows it, MathJax 3 included.

Anki's desktop reviewer puts each side's HTML into `#qa`, runs the side's scripts, then typesets
MathJax with the configuration of Anki's `ts/mathjax/index.ts`; the answer replaces the question
in the same page, so state kept in `window` survives the flip. `run` does the same for a scenario
written in JavaScript, and returns what the scenario returns.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import mathjax

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None
)
MATHJAX = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5" / "tex-chtml.js"

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>{css}</style>
<script>
window.MathJax = {{
  tex: {{displayMath: [["\\\\[", "\\\\]"]], processEscapes: false, processEnvironments: false, processRefs: false}},
  startup: {{typeset: false}}
}};
</script>
<script src="{mathjax}"></script>
</head>
<body class="card"><div id="qa"></div><pre id="result"></pre>
<script>
async function show(html) {{
  const qa = document.getElementById("qa");
  qa.innerHTML = html;
  for (const old of Array.from(qa.querySelectorAll("script"))) {{
    const fresh = document.createElement("script");
    fresh.text = old.text;
    old.replaceWith(fresh);
  }}
  await MathJax.startup.promise;
  await MathJax.typesetPromise([qa]);
  return qa;
}}
function mathCount() {{ return document.querySelectorAll("#qa mjx-container").length; }}
(async () => {{
  let result;
  try {{ result = await (async () => {{ {scenario} }})(); }}
  catch (error) {{ result = {{error: String(error)}}; }}
  document.getElementById("result").textContent = JSON.stringify(result);
}})();
</script>
</body></html>
"""


def run(scenario: str, css: str = "", budget_ms: int = 5000) -> Any:
    """Run `scenario` (the body of an async JavaScript function that returns JSON data) and return its result."""
    page = PAGE.format(css=css, mathjax=MATHJAX.as_uri(), scenario=scenario)
    return result_of(dump_dom(page, budget_ms=budget_ms))


def dump_dom(page: str, width: int = 800, height: int = 600, budget_ms: int = 5000) -> str:
    """The DOM of the HTML `page` once headless Chromium, in a window of `width` x `height`, has run its scripts."""
    assert CHROMIUM, "Chromium is not installed"
    with tempfile.TemporaryDirectory(prefix="quizgen-chromium-") as folder:
        path = Path(folder) / "page.html"
        path.write_text(page, encoding="utf-8")
        command = [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            f"--user-data-dir={Path(folder) / 'profile'}",
            f"--virtual-time-budget={budget_ms}",
            "--dump-dom",
            path.as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert '<pre id="result">' in done.stdout, f"Chromium gave no page: {done.stderr[-500:]}"
    return done.stdout


def result_of(dom: str) -> Any:
    """The JSON a page's script left in its `<pre id="result">`."""
    start = dom.index('<pre id="result">') + len('<pre id="result">')
    text = dom[start : dom.index("</pre>", start)]
    result = json.loads(html.unescape(text))
    if isinstance(result, dict) and "error" in result:
        raise AssertionError(f"the scenario failed in the browser: {result['error']}")
    return result


def js(value: Any) -> str:
    """`value` as a JavaScript literal that can sit inside a script element."""
    return json.dumps(value).replace("</", "<\\/")
