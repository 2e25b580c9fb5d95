/// The web review page served at `/`: one self-contained page (no network
/// beyond this server, nothing from a CDN). It signs in with a learner's
/// token (kept in the browser's local storage) and runs today's session
/// through the API: the same queue, keys, citations and undo as the terminal.
enum WebPage {
    /// Everything from this server only; the page's own inline script and style.
    static let policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; frame-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'"

    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>recall</title>
<style>
:root { --fg: #1d1f21; --dim: #6b7075; --bg: #fafaf7; --card: #fff; --accent: #2a6fdb; --good: #1e8a4c; --bad: #c0392b; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; gap: 1em; align-items: center; justify-content: space-between; padding: .6em 1em; border-bottom: 1px solid #ddd; flex-wrap: wrap; }
header h1 { font-size: 1.1em; margin: 0; }
nav button { margin-left: .3em; }
main { max-width: 46em; margin: 0 auto; padding: 1em; }
.card { background: var(--card); border: 1px solid #ddd; border-radius: 8px; padding: 1.2em; }
.context { color: var(--dim); font-size: .9em; margin-bottom: .6em; }
.front { font-size: 1.15em; white-space: pre-wrap; }
.back { color: var(--good); font-weight: 600; font-size: 1.15em; margin-top: 1em; }
.claim { margin-top: .8em; }
.moments a { display: inline-block; margin: .4em .8em 0 0; }
.grades { display: grid; grid-template-columns: repeat(auto-fit, minmax(7.5em, 1fr)); gap: .5em; margin-top: 1.2em; }
button { font: inherit; padding: .5em .8em; border: 1px solid #bbb; border-radius: 6px; background: #fff; cursor: pointer; }
button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.grades button small { display: block; color: var(--dim); }
.progress { color: var(--dim); font-size: .9em; }
.notice { margin: .8em 0; padding: .5em .8em; background: #fff7d6; border-radius: 6px; }
.error { background: #fde2e0; }
.keys { color: var(--dim); font-size: .85em; margin-top: 1em; }
kbd { border: 1px solid #bbb; border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; font-size: .9em; }
input[type=password] { font: inherit; padding: .5em; width: 100%; max-width: 30em; }
iframe { width: 100%; height: 80vh; border: 1px solid #ddd; border-radius: 8px; background: #fff; }
[hidden] { display: none !important; }
@media (max-width: 30em) { body { font-size: 16px; } main { padding: .6em; } .card { padding: .9em; } }
</style>
</head>
<body>
<header>
  <h1>recall</h1>
  <span class="progress" id="progress" aria-live="polite"></span>
  <nav id="nav" hidden>
    <button id="show-review" type="button">Review</button>
    <button id="show-stats" type="button">Stats</button>
    <button id="sign-out" type="button">Sign out</button>
  </nav>
</header>
<main>
  <div id="notice" class="notice" role="status" hidden></div>
  <form id="sign-in" hidden>
    <p><label for="token">Your token (from <code>recall-server user add NAME</code>):</label></p>
    <p><input id="token" type="password" autocomplete="current-password" required></p>
    <p><button type="submit">Sign in</button></p>
  </form>
  <section id="review" hidden>
    <div class="card" id="card">
      <div class="context" id="context"></div>
      <div class="front" id="front"></div>
      <div id="answer" hidden>
        <div class="back" id="back"></div>
        <div class="claim" id="claim"></div>
        <div class="context" id="section"></div>
        <div class="moments" id="moments"></div>
        <div class="grades" id="grades"></div>
      </div>
      <p id="reveal-row"><button id="reveal" type="button">Show answer <kbd>Space</kbd></button></p>
    </div>
    <p class="keys">Keys: <kbd>Space</kbd> show answer · <kbd>0</kbd>–<kbd>5</kbd> or <kbd>a</kbd> <kbd>h</kbd> <kbd>g</kbd> <kbd>e</kbd> grade ·
      <kbd>u</kbd> undo · <kbd>s</kbd> bury until tomorrow</p>
  </section>
  <section id="done" hidden><div class="card"><p id="done-text">Nothing left to review today.</p></div></section>
  <section id="stats" hidden><iframe id="stats-frame" title="Your progress" sandbox></iframe></section>
</main>
<script>
"use strict";
const $ = id => document.getElementById(id);
const names = {0: "blackout", 1: "again", 2: "wrong", 3: "hard", 4: "good", 5: "easy"};
const letters = {a: 1, h: 3, g: 4, e: 5};
let token = localStorage.getItem("recall-token") || "";
let current = null, revealed = false, busy = false, answered = 0, view = "review";

function notice(text, error) {
  const n = $("notice");
  n.textContent = text || "";
  n.hidden = !text;
  n.classList.toggle("error", !!error);
}

async function api(method, path, body) {
  const headers = {"Authorization": "Bearer " + token};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  if (response.status === 401) { signOut("That token is not valid."); throw new Error("unauthorized"); }
  if (!response.ok && response.status !== 204) {
    let message = response.statusText;
    try { message = (await response.json()).error.message; } catch (_) {}
    throw new Error(message);
  }
  return response;
}

function show(section) {
  for (const id of ["sign-in", "review", "done", "stats"]) $(id).hidden = id !== section;
  $("nav").hidden = section === "sign-in";
}

function signOut(message) {
  token = "";
  localStorage.removeItem("recall-token");
  $("progress").textContent = "";
  show("sign-in");
  notice(message || "", !!message);
  $("token").focus();
}

function interval(days) { return days === 1 ? "1 day" : days < 30 ? days + " days" : Math.round(days / 30) + " mo"; }

async function next() {
  const response = await api("GET", "/v1/review/next");
  render(response.status === 204 ? null : await response.json());
}

function render(card) {
  view = "review";
  if (!card) {
    current = null;
    $("done-text").textContent = answered ? `Done for today: ${answered} answered here.` : "Nothing left to review today.";
    $("progress").textContent = "";
    show("done");
    return;
  }
  current = card;
  revealed = false;
  $("card").dataset.card = current.card.id;
  const lines = current.card.front.split("\n");
  $("context").textContent = lines.length > 1 ? lines[0] : current.card.deck;
  $("front").textContent = lines.length > 1 ? lines.slice(1).join("\n") : lines[0];
  $("answer").hidden = true;
  $("reveal-row").hidden = false;
  const r = current.remaining;
  $("progress").textContent = `new ${r.new} · review ${r.review} · again ${r.again} · answered ${answered}`;
  show("review");
  $("reveal").focus();
}

function reveal() {
  if (!current || revealed) return;
  revealed = true;
  const card = current.card;
  $("back").textContent = card.back;
  $("claim").textContent = card.claim;
  $("section").textContent = [card.source.title].concat(card.section || []).join(" › ");
  const moments = $("moments");
  moments.replaceChildren();
  for (const m of (card.source.moments && card.source.moments.length ? card.source.moments : [card.source])) {
    const link = document.createElement(m.url ? "a" : "span");
    link.textContent = "▶ " + m.timestamp;
    if (m.url) { link.href = m.url; link.target = "_blank"; link.rel = "noopener"; }
    moments.append(link);
  }
  const grades = $("grades");
  grades.replaceChildren();
  for (const g of [1, 3, 4, 5, 0, 2]) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.grade = g;
    b.innerHTML = "";
    b.append(`${g} ${names[g]}`);
    const small = document.createElement("small");
    small.textContent = interval(current.intervals[String(g)]);
    b.append(small);
    b.addEventListener("click", () => grade(g));
    grades.append(b);
  }
  $("answer").hidden = false;
  $("reveal-row").hidden = true;
  grades.querySelector("[data-grade='4']").focus();
}

function answerId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, "0")).join("");
}

async function grade(g) {
  if (!current || !revealed || busy) return;
  busy = true;
  const body = {card: current.card.id, grade: g, id: answerId()};
  try {
    let result;
    try { result = await api("POST", "/v1/review/answers", body); }
    catch (e) { if (e.message === "unauthorized") throw e; result = await api("POST", "/v1/review/answers", body); } // a retry counts once
    const reply = await result.json();
    if (!reply.duplicate) answered += 1;
    notice(reply.leech ? "This card became a leech and is suspended: re-watch its moment." : "");
    render(reply.next);
  } catch (e) { if (e.message !== "unauthorized") notice("The answer was not saved: " + e.message, true); }
  finally { busy = false; }
}

async function undo() {
  if (busy) return;
  busy = true;
  try {
    const reply = await (await api("POST", "/v1/review/undo")).json();
    if (reply.undone === "answer") answered = Math.max(0, answered - 1);
    notice(reply.undone === "bury" ? "Bury undone: the card is back in today's review." : "Last answer undone.");
    await next();
  } catch (e) { if (e.message !== "unauthorized") notice(e.message, true); }
  finally { busy = false; }
}

async function bury() {
  if (!current || busy) return;
  busy = true;
  try {
    await api("POST", "/v1/review/bury", {card: current.card.id});
    notice("Buried until tomorrow (u to undo).");
    await next();
  } catch (e) { if (e.message !== "unauthorized") notice(e.message, true); }
  finally { busy = false; }
}

async function stats() {
  view = "stats";
  const html = await (await api("GET", "/v1/stats?format=html")).text();
  $("stats-frame").srcdoc = html;
  show("stats");
}

document.addEventListener("keydown", event => {
  if (event.ctrlKey || event.metaKey || event.altKey || view !== "review" || !token) return;
  if (event.target instanceof HTMLInputElement) return;
  const key = event.key;
  if ((key === " " || key === "Enter") && !revealed && current) { event.preventDefault(); reveal(); return; }
  if (key === "u") { event.preventDefault(); undo(); return; }
  if (key === "s") { event.preventDefault(); bury(); return; }
  if (!revealed) return;
  if (/^[0-5]$/.test(key)) { event.preventDefault(); grade(Number(key)); return; }
  if (key in letters) { event.preventDefault(); grade(letters[key]); }
});

$("reveal").addEventListener("click", reveal);
$("sign-in").addEventListener("submit", async event => {
  event.preventDefault();
  token = $("token").value.trim();
  localStorage.setItem("recall-token", token);
  $("token").value = "";
  notice("");
  try { await next(); } catch (e) { if (e.message !== "unauthorized") notice(e.message, true); }
});
$("sign-out").addEventListener("click", () => signOut());
$("show-stats").addEventListener("click", () => stats().catch(e => notice(e.message, true)));
$("show-review").addEventListener("click", () => next().catch(e => notice(e.message, true)));

if (token) next().catch(e => { if (e.message !== "unauthorized") notice(e.message, true); }); else signOut();
</script>
</body>
</html>
"""#
}
