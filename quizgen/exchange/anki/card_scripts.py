"""The JavaScript in quizgen's card templates, for Anki desktop and AnkiDroid.

Choice cards: on the front the learner taps a choice; the back marks the right choice, the one
picked, and says whether the pick was right, with the letters A-H the study app and the worksheet
use. The pick is kept in `window` (Anki desktop shows the back in the same page) and in
`sessionStorage` (for a reviewer that loads each side as a new page), under a key made of the
card's question and choices, and the front clears it each time it is shown, so one card's pick
never marks another card. Without JavaScript the front lists the choices and nothing in its HTML
tells the right one; the back shows the answer.

Typed cards: Anki compares the typed answer with the Answer field only. The back reads what was
typed from Anki's comparison (`#typeans`) and, when it matches the answer or one of the Accept
answers once case, accents, punctuation and a leading article are set aside (as the study app
compares), says it was accepted.

No script holds two braces in a row: Anki would read them as a template field.
"""

from __future__ import annotations

LETTERS = "ABCDEFGH"
"""The letters of the choices, as in the study app and the worksheet."""

_KEEP = """
  var STORE = "quizgen-choice";
  function choiceKey(root, items) {
    var prompt = root.querySelector(".prompt");
    var texts = [];
    for (var i = 0; i < items.length; i++) { texts.push(items[i].textContent); }
    return (prompt ? prompt.textContent : "") + "\\u241f" + texts.join("\\u241f");
  }
  function lastRoot() {
    var roots = document.querySelectorAll(".qz-choice");
    return roots.length ? roots[roots.length - 1] : null;
  }
"""

CHOICE_FRONT = (
    """(function () {"""
    + _KEEP
    + """
  var root = lastRoot();
  if (!root) { return; }
  var items = root.querySelectorAll("ol.choices > li");
  var key = choiceKey(root, items);
  function keep(pick) {
    var state = {key: key, pick: pick};
    window.quizgenChoice = state;
    try { window.sessionStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* no storage */ }
  }
  keep(-1);
  root.classList.add("qz-active");
  for (var i = 0; i < items.length; i++) {
    (function (item, index) {
      item.setAttribute("role", "button");
      item.addEventListener("click", function () {
        for (var j = 0; j < items.length; j++) { items[j].classList.remove("picked"); }
        item.classList.add("picked");
        keep(index);
      });
    })(items[i], i);
  }
})();
"""
)

CHOICE_BACK = (
    """(function () {"""
    + _KEEP
    + """
  var root = lastRoot();
  var answer = document.querySelector(".qz-answer");
  if (!root || !answer) { return; }
  var items = root.querySelectorAll("ol.choices > li");
  var key = choiceKey(root, items);
  var letters = "%s";
  var right = -1;
  for (var i = 0; i < items.length; i++) {
    if (items[i].textContent.trim() === answer.textContent.trim()) { right = i; }
  }
  var state = window.quizgenChoice;
  if (!state || state.key !== key) {
    try { state = JSON.parse(window.sessionStorage.getItem(STORE) || "null"); } catch (e) { state = null; }
  }
  var pick = state && state.key === key ? state.pick : -1;
  var verdict = root.querySelector(".verdict");
  if (right < 0) { return; }
  items[right].classList.add("right");
  if (pick >= 0 && pick < items.length) {
    items[pick].classList.add("picked");
    if (pick === right) {
      verdict.textContent = "Right: " + letters[right] + ".";
      verdict.classList.add("right");
    } else {
      items[pick].classList.add("wrong");
      verdict.textContent = "Wrong: you picked " + letters[pick] + "; the answer is " + letters[right] + ".";
      verdict.classList.add("wrong");
    }
  } else {
    verdict.textContent = "The answer is " + letters[right] + ".";
  }
})();
"""
    % LETTERS
)

TYPED_BACK = """(function () {
  var compared = document.getElementById("typeans");
  var expected = document.querySelector(".qz-expected");
  var note = document.querySelector(".qz-accepted");
  if (!compared || !expected || !note) { return; }
  var typed = "";
  if (compared.querySelector("#typearrow")) {
    for (var node = compared.firstChild; node && node.nodeName !== "BR"; node = node.nextSibling) {
      if (!(node.classList && node.classList.contains("typeMissed"))) { typed += node.textContent; }
    }
  } else if (compared.querySelector(".typeGood, .typeBad")) {
    typed = compared.textContent;
  }
  var nonWord;
  try { nonWord = new RegExp("[^\\\\p{L}\\\\p{N}]+", "gu"); } catch (e) { nonWord = /[\\s!-\\/:-@\\[-`\\u007b-~]+/g; }
  function normal(text) {
    var bare = text.toLowerCase().normalize("NFKD").replace(/[\\u0300-\\u036f]/g, "");
    var words = bare.replace(nonWord, " ").trim().split(/\\s+/);
    if (words.length > 1 && (words[0] === "a" || words[0] === "an" || words[0] === "the")) { words.shift(); }
    return words.join(" ");
  }
  var said = normal(typed);
  if (!said) { return; }
  var answers = [expected.textContent];
  var aliases = document.querySelectorAll(".accept li");
  for (var i = 0; i < aliases.length; i++) { answers.push(aliases[i].textContent); }
  for (var j = 0; j < answers.length; j++) {
    if (normal(answers[j]) === said) {
      if (j === 0 && typed === answers[0]) { return; }
      note.textContent = "\\u2713 Accepted: " + answers[j];
      note.classList.add("accepted");
      return;
    }
  }
})();
"""


def script(code: str) -> str:
    """`code` as a script element of a card template."""
    return f"<script>\n{code}</script>"
