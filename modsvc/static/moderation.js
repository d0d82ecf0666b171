// The moderation queue: keyboard-first, decisions through the JSON API, list updated in place.
// Items are rendered by the server (escaped by Jinja); this script never builds HTML from text.
(function () {
  "use strict";
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const messages = JSON.parse(document.getElementById("messages").textContent);
  const list = document.getElementById("queue");
  const detail = document.getElementById("detail");
  const toast = document.getElementById("toast");
  const more = document.getElementById("more");
  const empty = document.getElementById("empty");
  const help = document.getElementById("help");
  const tabStatus = list.dataset.status;
  const undoStack = [];
  let current = 0;
  let toastTimer = null;

  const items = () => Array.from(list.querySelectorAll(".item"));
  const api = (path, body) => fetch("/api/v1/moderation" + path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
    credentials: "same-origin",
    body: JSON.stringify(body || {}),
  });

  function say(text, kind, undoable) {
    toast.replaceChildren();
    toast.className = "toast show " + (kind || "");
    toast.append(document.createTextNode(text));
    if (undoable) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link";
      button.textContent = messages.undo + " (u)";
      button.addEventListener("click", undoLast);
      toast.append(" ", button);
    }
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.className = "toast"; }, 8000);
  }

  function focusItem(index) {
    const all = items();
    if (!all.length) { empty.hidden = false; return; }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach((el, i) => el.classList.toggle("current", i === current));
    all[current].focus({ preventScroll: false });
    all[current].scrollIntoView({ block: "nearest" });
  }

  function bumpCount(status, delta) {
    const el = document.querySelector('[data-count="' + status + '"]');
    if (el) el.textContent = String(Math.max(0, Number(el.textContent) + delta));
  }

  function removeItem(item) {
    const index = items().indexOf(item);
    item.remove();
    if (detail.dataset.detailFor === item.dataset.commentId) closeDetail();
    if (!items().length && more.hidden) empty.hidden = false;
    focusItem(index);
  }

  async function decide(item, action) {
    if (!item) return;
    const id = item.dataset.commentId;
    const from = item.dataset.status;
    item.classList.add("busy");
    let response;
    try {
      response = await api("/comments/" + encodeURIComponent(id) + "/decision",
                           { action: action, expected_status: from });
    } catch (e) {
      item.classList.remove("busy");
      say(messages.error, "error");
      return;
    }
    item.classList.remove("busy");
    const body = await response.json();
    if (response.ok) {
      if (body.status !== tabStatus) {
        bumpCount(from, -1);
        bumpCount(body.status, 1);
        undoStack.push({ id: id, index: items().indexOf(item) });
        removeItem(item);
      }
      say(messages[body.status] || body.status, "ok", true);
    } else if (response.status === 409) {
      item.classList.add("conflict");
      item.dataset.status = body.error.details.status || item.dataset.status;
      say(messages.conflict + ": " + body.error.message, "error");
    } else {
      say(body.error ? body.error.message : messages.error, "error");
    }
  }

  async function undoLast() {
    const last = undoStack.pop();
    if (!last) { say(messages.nothing_to_undo, ""); return; }
    const response = await api("/comments/" + encodeURIComponent(last.id) + "/undo");
    const body = await response.json();
    if (!response.ok) { say(body.error ? body.error.message : messages.error, "error"); return; }
    bumpCount(body.status, 1);
    say(messages.undone, "ok");
    if (body.status === tabStatus) {
      const fragment = await fetch("/moderation/comments/" + encodeURIComponent(last.id) + "/item");
      const holder = document.createElement("template");
      holder.innerHTML = await fragment.text();  // server-rendered, escaped by Jinja
      const restored = holder.content.querySelector(".item");
      const anchor = items()[last.index] || null;
      list.insertBefore(restored, anchor && anchor.parentNode === list ? anchor : list.querySelector(".page-end"));
      empty.hidden = true;
      focusItem(items().indexOf(restored));
    }
    // The count of the status it had left is not known here without a reload; keep it honest.
    refreshCounts();
  }

  async function refreshCounts() {
    const params = new URLSearchParams(location.search);
    params.set("limit", "1");
    const response = await fetch("/api/v1/moderation/queue?" + params.toString(), { credentials: "same-origin" });
    if (!response.ok) return;
    const body = await response.json();
    for (const [status, n] of Object.entries(body.counts)) {
      const el = document.querySelector('[data-count="' + status + '"]');
      if (el) el.textContent = String(n);
    }
  }

  function selected() {
    return items().filter((el) => el.querySelector(".select").checked);
  }

  async function bulk(action) {
    const chosen = selected();
    if (!chosen.length) { say(messages.selected_none, "error"); return; }
    const response = await api("/decisions", {
      action: action, ids: chosen.map((el) => el.dataset.commentId), expected_status: tabStatus,
    });
    const body = await response.json();
    if (!response.ok) { say(body.error ? body.error.message : messages.error, "error"); return; }
    let done = 0, conflicts = 0;
    for (const el of chosen) {
      const result = body.results[el.dataset.commentId];
      if (result === "ok") { done++; undoStack.push({ id: el.dataset.commentId, index: items().indexOf(el) }); el.remove(); }
      else if (result === "conflict") { conflicts++; el.classList.add("conflict"); }
    }
    document.getElementById("select-all").checked = false;
    let text = messages.bulk_done.replace("{n}", done);
    if (conflicts) text += "; " + messages.bulk_conflicts.replace("{n}", conflicts);
    say(text, conflicts ? "error" : "ok", done > 0);
    refreshCounts();
    focusItem(0);
  }

  async function openDetail(item) {
    if (!item) return;
    const response = await fetch("/moderation/comments/" + encodeURIComponent(item.dataset.commentId) + "/panel");
    if (!response.ok) { say(messages.error, "error"); return; }
    const holder = document.createElement("template");
    holder.innerHTML = await response.text();  // server-rendered, escaped by Jinja
    detail.replaceChildren(holder.content);
    detail.dataset.detailFor = item.dataset.commentId;
    detail.hidden = false;
  }

  function closeDetail() {
    detail.hidden = true;
    detail.replaceChildren();
    delete detail.dataset.detailFor;
  }

  async function loadMore() {
    const end = list.querySelector(".page-end:last-of-type");
    const cursor = end ? end.dataset.nextCursor : "";
    if (!cursor) { more.hidden = true; return; }
    more.textContent = messages.loading;
    const params = new URLSearchParams(location.search);
    params.set("cursor", cursor);
    const response = await fetch("/moderation/items?" + params.toString());
    const holder = document.createElement("template");
    holder.innerHTML = await response.text();  // server-rendered, escaped by Jinja
    list.querySelectorAll(".page-end").forEach((el) => el.remove());
    list.append(holder.content);
    const next = list.querySelector(".page-end:last-of-type");
    more.hidden = !(next && next.dataset.nextCursor);
    more.textContent = more.dataset.label;
  }

  list.addEventListener("click", (event) => {
    const item = event.target.closest(".item");
    if (!item) return;
    current = items().indexOf(item);
    const button = event.target.closest("button");
    if (button && button.dataset.action) decide(item, button.dataset.action);
    else if (button && button.hasAttribute("data-detail")) openDetail(item);
  });
  document.querySelectorAll("[data-bulk]").forEach((button) =>
    button.addEventListener("click", () => bulk(button.dataset.bulk)));
  document.getElementById("select-all").addEventListener("change", (event) => {
    items().forEach((el) => { el.querySelector(".select").checked = event.target.checked; });
  });
  document.getElementById("help-button").addEventListener("click", () => help.showModal());
  more.dataset.label = more.textContent;
  more.addEventListener("click", loadMore);

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    const item = items()[current];
    switch (event.key) {
      case "j": focusItem(current + 1); break;
      case "k": focusItem(current - 1); break;
      case "a": decide(item, "approve"); break;
      case "r": decide(item, "reject"); break;
      case "s": decide(item, "spam"); break;
      case "x": if (item) { const box = item.querySelector(".select"); box.checked = !box.checked; } break;
      case "u": undoLast(); break;
      case "Enter": if (event.target.closest && event.target.closest("button")) return; openDetail(item); break;
      case "Escape": closeDetail(); break;
      case "/": document.getElementById("q").focus(); break;
      case "?": help.open ? help.close() : help.showModal(); break;
      default: return;
    }
    event.preventDefault();
  });

  focusItem(0);
})();
