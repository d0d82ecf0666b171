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
  const rejectDialog = document.getElementById("reject-dialog");
  const fresh = document.getElementById("fresh");
  const undoStack = [];
  let current = 0;
  let toastTimer = null;
  let claimed = {};  // comment id -> another moderator looking at it

  const items = () => Array.from(list.querySelectorAll(".item"));
  // The API words its errors in the language asked for: the page's, not the browser's.
  const language = document.documentElement.lang || "id";
  const api = (path, body) => fetch("/api/v1/moderation" + path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept-Language": language },
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

  function focusItem(index, step) {
    const all = items();
    if (!all.length) { empty.hidden = false; return; }
    current = Math.max(0, Math.min(index, all.length - 1));
    // Moving on by itself (after a decision, on arrival), skip what another moderator has open.
    if (step) {
      let probe = current;
      while (probe < all.length && claimed[all[probe].dataset.commentId]) probe += step;
      if (probe < all.length) current = probe;
    }
    all.forEach((el, i) => el.classList.toggle("current", i === current));
    all[current].focus({ preventScroll: false });
    all[current].scrollIntoView({ block: "nearest" });
    claimCurrent();
  }

  // Claims: say which comment is in front of me, see which ones others have open.
  let claimTimer = null;
  function claimCurrent() {
    clearTimeout(claimTimer);
    claimTimer = setTimeout(() => {
      const item = items()[current];
      if (item && item.dataset.commentId) api("/comments/" + encodeURIComponent(item.dataset.commentId) + "/claim").catch(() => {});
    }, 400);
  }

  async function refreshClaims() {
    const ids = items().map((el) => el.dataset.commentId).filter(Boolean);
    if (!ids.length) return;
    try {
      const response = await fetch("/api/v1/moderation/claims?ids=" + encodeURIComponent(ids.join(",")),
                                   { credentials: "same-origin" });
      if (!response.ok) return;
      claimed = (await response.json()).claimed;
    } catch (e) { return; }
    for (const el of items()) {
      const who = claimed[el.dataset.commentId];
      const note = el.querySelector("[data-claim]");
      el.classList.toggle("claimed", Boolean(who));
      if (note) { note.hidden = !who; note.textContent = who ? messages.claimed_by.replace("{name}", who) : ""; }
    }
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
    focusItem(index, 1);
  }

  async function decide(item, action, why) {
    if (!item) return;
    if (item.dataset.campaignId) { decideCampaign(item, action, why); return; }
    const id = item.dataset.commentId;
    const from = item.dataset.status;
    item.classList.add("busy");
    let response;
    try {
      response = await api("/comments/" + encodeURIComponent(id) + "/decision",
                           Object.assign({ action: action, expected_status: from }, why || {}));
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
        undoStack.push({ entries: [{ id: id, index: items().indexOf(item) }] });
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

  // The last action, one comment or a whole bulk action, undone in one step.
  async function undoLast() {
    const last = undoStack.pop();
    if (!last) { say(messages.nothing_to_undo, ""); return; }
    let restoredIds;
    if (last.campaign) { undoCampaign(last); return; }
    if (last.batch) {
      const response = await api("/batches/" + encodeURIComponent(last.batch) + "/undo");
      const body = await response.json();
      if (!response.ok) { say(body.error ? body.error.message : messages.error, "error"); return; }
      restoredIds = Object.keys(body.results).filter((id) => body.results[id] === "ok");
      const left = Object.keys(body.results).length - restoredIds.length;
      say(messages.bulk_undone.replace("{n}", restoredIds.length) +
          (left ? "; " + messages.bulk_conflicts.replace("{n}", left) : ""), left ? "error" : "ok");
    } else {
      const id = last.entries[0].id;
      const response = await api("/comments/" + encodeURIComponent(id) + "/undo");
      const body = await response.json();
      if (!response.ok) { say(body.error ? body.error.message : messages.error, "error"); return; }
      restoredIds = body.status === tabStatus ? [id] : [];
      say(messages.undone, "ok");
    }
    let focus = null;
    for (const entry of last.entries) {
      if (!restoredIds.includes(entry.id)) continue;
      const fragment = await fetch("/moderation/comments/" + encodeURIComponent(entry.id) + "/item");
      const holder = document.createElement("template");
      holder.innerHTML = await fragment.text();  // server-rendered, escaped by Jinja
      const restored = holder.content.querySelector(".item");
      const anchor = items()[entry.index] || null;
      list.insertBefore(restored, anchor && anchor.parentNode === list ? anchor : list.querySelector(".page-end"));
      focus = focus || restored;
    }
    if (focus) { empty.hidden = true; focusItem(items().indexOf(focus)); }
    refreshCounts();
  }

  async function refreshCounts() {
    const params = new URLSearchParams(location.search);
    params.set("limit", "1");
    const response = await fetch("/api/v1/moderation/queue?" + params.toString(),
      { credentials: "same-origin", headers: { "Accept-Language": language } });
    if (!response.ok) return;
    const body = await response.json();
    for (const [status, n] of Object.entries(body.counts)) {
      const el = document.querySelector('[data-count="' + status + '"]');
      if (el) el.textContent = String(n);
    }
  }

  function selected() {
    return items().filter((el) => { const box = el.querySelector(".select"); return box && box.checked; });
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
    const entries = [];
    for (const el of chosen) {
      const result = body.results[el.dataset.commentId];
      if (result === "ok") { done++; entries.push({ id: el.dataset.commentId, index: items().indexOf(el) }); el.remove(); }
      else if (result === "conflict") { conflicts++; el.classList.add("conflict"); }
    }
    if (entries.length) undoStack.push({ batch: body.batch_id, entries: entries });
    document.getElementById("select-all").checked = false;
    let text = messages.bulk_done.replace("{n}", done);
    if (conflicts) text += "; " + messages.bulk_conflicts.replace("{n}", conflicts);
    say(text, conflicts ? "error" : "ok", done > 0);
    refreshCounts();
    focusItem(0);
  }

  // Rejecting asks why (a short list the portal can tell the writer, and words); Enter at once
  // rejects without a reason, so the keyboard flow stays r, Enter.
  let rejecting = null;
  function askWhyReject(item) {
    if (!item) return;
    rejecting = item;
    rejectDialog.querySelector("form").reset();
    rejectDialog.showModal();
    rejectDialog.querySelector("[data-confirm]").focus();
  }
  rejectDialog.addEventListener("close", () => {
    const item = rejecting;
    rejecting = null;
    if (rejectDialog.returnValue !== "reject" || !item) return;
    const code = (rejectDialog.querySelector("input[name=reason_code]:checked") || {}).value;
    const note = rejectDialog.querySelector("textarea").value.trim();
    const why = {};
    if (code) why.reason_code = code;
    if (note) why.reason = note;
    decide(item, "reject", why);
  });

  async function openDetail(item) {
    if (!item) return;
    const response = await fetch("/moderation/comments/" + encodeURIComponent(item.dataset.commentId) + "/panel");
    if (!response.ok) { say(messages.error, "error"); return; }
    const holder = document.createElement("template");
    holder.innerHTML = await response.text();  // server-rendered, escaped by Jinja
    detail.replaceChildren(holder.content);
    detail.dataset.detailFor = item.dataset.commentId;
    detail.hidden = false;
    detail.focus();
  }

  function closeDetail() {
    const was = detail.dataset.detailFor;
    detail.hidden = true;
    detail.replaceChildren();
    delete detail.dataset.detailFor;
    const item = items().find((el) => el.dataset.commentId === was);
    if (item) item.focus();
  }

  detail.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button) return;
    if (button.hasAttribute("data-close")) { closeDetail(); return; }
    const item = items().find((el) => el.dataset.commentId === detail.dataset.detailFor);
    if (button.dataset.action === "reject") askWhyReject(item);
    else if (button.dataset.action) decide(item, button.dataset.action);
  });

  // Campaigns (issue 18): one row for many near duplicates. a/r/s decide all its comments in
  // this tab at once (one batch, one undo); Enter shows its comments inside the row, where
  // j/k reach them and a/r/s decide one.
  async function decideCampaign(row, action, why) {
    const from = row.dataset.status;
    row.classList.add("busy");
    let response;
    try {
      response = await api("/campaigns/" + encodeURIComponent(row.dataset.campaignId) + "/decision",
        Object.assign({ action: action, expected_status: from, seen_at: row.dataset.seenAt }, why || {}));
    } catch (e) {
      row.classList.remove("busy");
      say(messages.error, "error");
      return;
    }
    row.classList.remove("busy");
    const body = await response.json();
    if (!response.ok) {
      if (response.status === 409) row.classList.add("conflict");
      say(body.error ? body.error.message : messages.error, "error");
      return;
    }
    const results = Object.values(body.results);
    const done = results.filter((r) => r === "ok" || r === "unchanged").length;
    const conflicts = results.filter((r) => r === "conflict").length;
    const moved = results.filter((r) => r === "ok").length;
    let text = messages.campaign_done.replace("{n}", done);
    if (conflicts) text += "; " + messages.bulk_conflicts.replace("{n}", conflicts);
    if (body.left_out) text += "; " + messages.campaign_left_out.replace("{n}", body.left_out);
    bumpCount(from, -moved);
    bumpCount(action === "approve" ? "approved" : action === "reject" ? "rejected" : "spam", moved);
    undoStack.push({ batch: body.batch_id, campaign: { id: row.dataset.campaignId, index: items().indexOf(row) }, entries: [] });
    removeItem(row);
    say(text, conflicts || body.left_out ? "error" : "ok", true);
  }

  async function undoCampaign(last) {
    const response = await api("/batches/" + encodeURIComponent(last.batch) + "/undo");
    const body = await response.json();
    if (!response.ok) { say(body.error ? body.error.message : messages.error, "error"); return; }
    const restored = Object.values(body.results).filter((r) => r === "ok").length;
    say(messages.bulk_undone.replace("{n}", restored), "ok");
    const fragment = await fetch("/moderation/campaigns/" + encodeURIComponent(last.campaign.id) +
                                 "/row?status=" + encodeURIComponent(tabStatus));
    if (fragment.ok) {
      const holder = document.createElement("template");
      holder.innerHTML = await fragment.text();  // server-rendered, escaped by Jinja
      const row = holder.content.querySelector(".item");
      const anchor = items()[last.campaign.index] || null;
      list.insertBefore(row, anchor && anchor.parentNode === list ? anchor : list.firstChild);
      empty.hidden = true;
      focusItem(items().indexOf(row));
    }
    refreshCounts();
  }

  async function toggleCampaign(row) {
    const button = row.querySelector("[data-members]");
    const shown = row.querySelector(".members");
    if (shown) {
      row.querySelectorAll(".members, .members-more").forEach((el) => el.remove());
      row.classList.remove("expanded");
      if (button) button.setAttribute("aria-expanded", "false");
      focusItem(items().indexOf(row));
      return;
    }
    const response = await fetch("/moderation/campaigns/" + encodeURIComponent(row.dataset.campaignId) +
                                 "/members?status=" + encodeURIComponent(row.dataset.status));
    if (!response.ok) { say(messages.error, "error"); return; }
    const holder = document.createElement("template");
    holder.innerHTML = await response.text();  // server-rendered, escaped by Jinja
    row.append(holder.content);
    row.classList.add("expanded");
    if (button) button.setAttribute("aria-expanded", "true");
    focusItem(items().indexOf(row) + 1);
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
    if (button && button.dataset.action === "reject") askWhyReject(item);
    else if (button && button.dataset.action) decide(item, button.dataset.action);
    else if (button && button.hasAttribute("data-detail")) openDetail(item);
    else if (button && button.hasAttribute("data-members")) toggleCampaign(item);
    else if (button && button.hasAttribute("data-expand")) {
      const open = item.classList.toggle("expanded");
      button.setAttribute("aria-expanded", String(open));
    }
  });
  document.querySelectorAll("[data-bulk]").forEach((button) =>
    button.addEventListener("click", () => bulk(button.dataset.bulk)));
  document.getElementById("select-all").addEventListener("change", (event) => {
    items().forEach((el) => { const box = el.querySelector(".select"); if (box) box.checked = event.target.checked; });
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
      case "r": askWhyReject(item); break;
      case "s": decide(item, "spam"); break;
      case "x": { const box = item && item.querySelector(".select"); if (box) box.checked = !box.checked; break; }
      case "u": undoLast(); break;
      case "Enter":
        if (event.target.closest && event.target.closest("button")) return;
        if (item && item.dataset.campaignId) toggleCampaign(item); else openDetail(item);
        break;
      case "Escape": closeDetail(); break;
      case "/": document.getElementById("q").focus(); break;
      case "?": help.open ? help.close() : help.showModal(); break;
      default: return;
    }
    event.preventDefault();
  });

  // The queue keeps itself current: counts and claims every 15 s, and a notice (not a jump)
  // when new comments arrived in this tab.
  let arrived = 0;
  async function poll() {
    if (document.hidden) return;
    const params = new URLSearchParams(location.search);
    params.set("limit", "1");
    params.delete("cursor");
    try {
      const response = await fetch("/api/v1/moderation/queue?" + params.toString(),
      { credentials: "same-origin", headers: { "Accept-Language": language } });
      if (!response.ok) return;
      const body = await response.json();
      const shown = document.querySelector('[data-count="' + tabStatus + '"]');
      const before = shown ? Number(shown.textContent) : 0;
      for (const [status, n] of Object.entries(body.counts)) {
        const el = document.querySelector('[data-count="' + status + '"]');
        if (el) el.textContent = String(n);
      }
      const now = body.counts[tabStatus] || 0;
      if (now > before && fresh) {
        arrived += now - before;
        fresh.hidden = false;
        fresh.querySelector("[data-fresh-count]").textContent = String(arrived);
      }
    } catch (e) { return; }
    refreshClaims();
  }
  if (fresh) fresh.querySelector("button").addEventListener("click", () => location.reload());
  setInterval(poll, 15000);
  // Start on the first comment; once we know what others have open, move past theirs unless
  // the moderator already moved.
  let touched = false;
  document.addEventListener("keydown", () => { touched = true; }, { capture: true });
  list.addEventListener("click", () => { touched = true; }, { capture: true });
  focusItem(0);
  refreshClaims().then(() => { if (!touched && claimed[(items()[0] || {}).dataset?.commentId]) focusItem(0, 1); });
  setInterval(claimCurrent, 60000);
})();
