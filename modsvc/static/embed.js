/* modsvc comment section. A portal page adds
     <div data-modsvc-article="ARTICLE_ID" data-title="..." data-url="..."></div>
     <script src="https://MODSVC/embed.js" async></script>
   It runs on the portal's page: no framework, no eval, no inline style attributes, its own
   markup and styles in a shadow root (CSS custom properties --modsvc-* style it from outside).
   Every text from a reader goes in through textContent, never as HTML. */
(function () {
  "use strict";
  var CONFIG = /*MODSVC_CONFIG*/{};
  var MAX_BODY = CONFIG.maxBody || 5000, MAX_NOTE = CONFIG.maxNote || 1000, PER_PAGE = 20;
  var me = document.currentScript || document.querySelector('script[src*="/embed.js"]');
  if (!me) return;
  var BASE = me.src.replace(/\/embed\.js([?#].*)?$/, ""), API = BASE + "/api/v1";
  var STORE = "modsvc:" + BASE, KEEP_MS = 30 * 864e5, POLL_FOR_MS = 2 * 36e5;

  var TEXT = {
    id: {
      locale: "id-ID", title: "Komentar", empty: "Belum ada komentar. Jadilah yang pertama.",
      loading: "Memuat komentar…", more: "Muat komentar lainnya", loaded: "{n} komentar lagi dimuat.",
      reply: "Balas", replyTo: "Balas komentar {name}", replying: "Membalas {name}",
      cancelReply: "Batal membalas", write: "Tulis komentar", name: "Nama",
      email: "E-mail (tidak ditampilkan, boleh dikosongkan)", body: "Komentar",
      count: "{n} / {max} karakter", required: "Wajib diisi.",
      tooLong: "Terlalu panjang: {n} karakter, paling banyak {max}. Persingkat dulu; tidak ada yang kami potong.",
      captcha: "Kode keamanan", captchaHelp: "Ketik huruf dan angka pada gambar.",
      captchaAlt: "Gambar kode keamanan. Tidak dapat membacanya? Pilih Dengarkan kode.",
      listen: "Dengarkan kode", renew: "Kode baru", code: "Kode", send: "Kirim komentar",
      sending: "Mengirim…", fix: "Periksa isian yang ditandai.",
      thanks: "Terima kasih! Komentar Anda diterima dan sedang diperiksa.",
      mine: "Komentar Anda", received: "Sedang diperiksa…", pending: "Menunggu moderasi",
      approved: "Tampil", rejected: "Tidak ditampilkan", spam: "Ditandai spam",
      asked: "Diminta ditinjau: petugas akan melihatnya.",
      answered: "Sudah ditinjau petugas: tidak ditampilkan.",
      ask: "Minta ditinjau", askHelp: "Merasa komentar Anda tertahan keliru? Minta petugas melihatnya (sekali untuk tiap komentar).",
      note: "Catatan untuk petugas (boleh dikosongkan)", sendAsk: "Kirim permintaan", cancel: "Batal",
      now: "Status komentar Anda: {s}", error: "Terjadi gangguan. Coba lagi sebentar lagi."
    },
    en: {
      locale: "en-GB", title: "Comments", empty: "No comments yet. Be the first.",
      loading: "Loading comments…", more: "Load more comments", loaded: "{n} more comments loaded.",
      reply: "Reply", replyTo: "Reply to {name}", replying: "Replying to {name}",
      cancelReply: "Cancel reply", write: "Write a comment", name: "Name",
      email: "E-mail (not shown, optional)", body: "Comment",
      count: "{n} / {max} characters", required: "Required.",
      tooLong: "Too long: {n} characters, at most {max}. Please shorten it; we never cut your text.",
      captcha: "Security code", captchaHelp: "Type the letters and digits in the picture.",
      captchaAlt: "Security code picture. Cannot read it? Choose Listen to the code.",
      listen: "Listen to the code", renew: "New code", code: "Code", send: "Send comment",
      sending: "Sending…", fix: "Please check the marked fields.",
      thanks: "Thank you! Your comment was received and is being checked.",
      mine: "Your comments", received: "Being checked…", pending: "Waiting for moderation",
      approved: "Shown", rejected: "Not shown", spam: "Marked as spam",
      asked: "Review requested: a moderator will look at it.",
      answered: "Reviewed by a moderator: not shown.",
      ask: "Ask for a review", askHelp: "Think your comment was held by mistake? Ask a moderator to look at it (once per comment).",
      note: "Note for the moderator (optional)", sendAsk: "Send request", cancel: "Cancel",
      now: "Your comment's status: {s}", error: "Something went wrong. Please try again in a moment."
    }
  };

  var CSS = [
    ".m{all:initial;display:block;box-sizing:border-box;font-family:var(--modsvc-font,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif);font-size:var(--modsvc-font-size,1rem);line-height:1.5;color:var(--modsvc-text,#1b1b1b);background:var(--modsvc-background,transparent);text-align:start}",
    "*,*::before,*::after{box-sizing:inherit}",
    "h2{font-size:1.3em;margin:0 0 .6em;line-height:1.25}h3{font-size:1.1em;margin:1.2em 0 .5em}",
    "p{margin:.3em 0}[hidden]{display:none!important}",
    "ol,ul{list-style:none;margin:0;padding:0}",
    "li.c{margin:0 0 1em}.rep{margin:.7em 0 0 .9em;padding-left:.75em;border-left:2px solid var(--modsvc-border,#8a8a8a)}",
    ".rep .rep .rep{margin-left:0;padding-left:0;border:0}",
    ".meta{color:var(--modsvc-muted,#4a4a4a);font-size:.9em}.who{font-weight:700;color:var(--modsvc-text,#1b1b1b)}",
    ".txt{white-space:pre-wrap;overflow-wrap:anywhere}",
    "button{font:inherit;min-height:44px;padding:.45em 1em;border-radius:var(--modsvc-radius,4px);border:2px solid var(--modsvc-accent,#0b4f6c);background:var(--modsvc-accent,#0b4f6c);color:var(--modsvc-on-accent,#fff);cursor:pointer}",
    "button.s{background:var(--modsvc-background,#fff);color:var(--modsvc-accent,#0b4f6c)}",
    "button.l{min-height:0;padding:.1em .2em;border:0;background:none;color:var(--modsvc-accent,#0b4f6c);text-decoration:underline}",
    "button[disabled]{opacity:.7;cursor:progress}",
    "button:focus-visible,input:focus-visible,textarea:focus-visible,audio:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--modsvc-focus,#1b1b1b);outline-offset:2px}",
    "label{display:block;font-weight:600;margin:.8em 0 .2em}",
    "input,textarea{font:inherit;color:inherit;background:var(--modsvc-field,#fff);width:100%;max-width:40em;padding:.5em;border:1px solid var(--modsvc-border,#6b6b6b);border-radius:var(--modsvc-radius,4px)}",
    "textarea{min-height:6em;resize:vertical}[aria-invalid=true]{border:2px solid var(--modsvc-error,#a40000)}",
    ".err,.bad{color:var(--modsvc-error,#a40000);font-weight:600}.count{font-size:.9em;color:var(--modsvc-muted,#4a4a4a)}",
    "fieldset{border:1px solid var(--modsvc-border,#8a8a8a);border-radius:var(--modsvc-radius,4px);margin:1em 0;padding:.5em .8em .8em;max-width:40em}",
    "legend{font-weight:600;padding:0 .3em}img{display:block;max-width:100%;height:auto;overflow:hidden;background:#fff;margin:.4em 0}img.none{visibility:hidden}",
    ".row{display:flex;flex-wrap:wrap;gap:.5em;margin:.5em 0}audio{display:block;width:100%;margin:.4em 0}",
    ".hp{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    ".mine li{border:1px solid var(--modsvc-border,#8a8a8a);border-radius:var(--modsvc-radius,4px);padding:.6em .8em;margin:0 0 .6em}",
    ".st{font-weight:700}.ok{color:var(--modsvc-ok,#1c6b32)}"
  ].join("");

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; });
  }

  // h("tag.class", {attr: value}, child, ...): elements without any HTML parsing.
  function h(spec, attrs) {
    var parts = spec.split("."), el = document.createElement(parts[0]);
    if (parts[1]) el.className = parts.slice(1).join(" ");
    for (var k in attrs || {}) {
      var v = attrs[k];
      if (v === false || v == null) continue;
      if (k === "text") el.textContent = v;
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) el.append(arguments[i]);
    return el;
  }

  // One key per comment being sent, kept while the same text is sent again (after an error or
  // an answer that never came), so the service stores it once.
  function newKey() {
    var bytes = crypto.getRandomValues(new Uint8Array(16));  // in every context, unlike randomUUID
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  function load() {
    try { return JSON.parse(localStorage.getItem(STORE) || "[]"); } catch (e) { return []; }
  }
  function save(list) {
    try { localStorage.setItem(STORE, JSON.stringify(list)); } catch (e) { /* storage off */ }
  }

  // JSON in and out; a POST without a body is a "simple" request (no CORS preflight).
  function call(path, lang, body, method, key) {
    var headers = { "Content-Type": "application/json" };
    if (key) headers["Idempotency-Key"] = key;
    var options = body ? { method: "POST", headers: headers,
                           body: JSON.stringify(body) } : { method: method || "GET" };
    options.credentials = "omit";
    return fetch(API + path + (path.indexOf("?") < 0 ? "?" : "&") + "lang=" + lang, options)
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (data) {
          return { ok: r.ok, status: r.status, data: data };
        });
      });
  }

  function mount(host) {
    if (host.shadowRoot || !host.attachShadow) return;
    var article = host.getAttribute("data-modsvc-article");
    if (!article) return;
    var asked = (host.getAttribute("data-lang") || document.documentElement.lang || "id").toLowerCase();
    var lang = asked.slice(0, 2) === "en" ? "en" : "id", t = TEXT[lang];
    var root = host.attachShadow({ mode: "open" });
    if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.append(h("style", { text: CSS }));  // older browsers; see docs/EMBED.md for CSP
    }
    var num = function (n) { return Number(n).toLocaleString(t.locale); };
    var uid = "m" + Math.random().toString(36).slice(2, 8);
    var announcer = h("p.sr", { "aria-live": "polite" });
    var say = function (text) { announcer.textContent = ""; setTimeout(function () { announcer.textContent = text; }, 50); };

    // The approved comments ------------------------------------------------------------
    var heading = h("h2", { id: uid + "h", text: t.title });
    var list = h("ol.list", { "aria-labelledby": uid + "h" });
    var empty = h("p.empty", { text: t.loading });
    var more = h("button.s", { type: "button", hidden: true, text: t.more, onclick: function () { page++; loadPage(true); } });
    var threads = {}, page = 1, shown = 0;

    function commentItem(item) {
      var replies = h("ol.rep");
      var when = new Date(item.created_at.replace(/(\.\d{3})\d+/, "$1"));
      var li = h("li.c", { id: uid + "-" + item.id },
        h("article", null,
          h("p.meta", null, h("bdi.who", { text: item.author_name }), " · ",
            h("time", { datetime: item.created_at, text: when.toLocaleDateString(t.locale, { day: "numeric", month: "short", year: "numeric" }) })),
          h("p.txt", { text: item.body }),
          h("button.l", { type: "button", text: t.reply, "aria-label": fill(t.replyTo, { name: item.author_name }),
                          onclick: function () { replyTo(item); } })),
        replies);
      threads[item.id] = replies;
      return li;
    }

    function loadPage(announce) {
      return call("/articles/" + encodeURIComponent(article) + "/comments?per_page=" + PER_PAGE + "&page=" + page, lang)
        .then(function (r) {
          if (!r.ok) { empty.textContent = (r.data.error && r.data.error.message) || t.error; return; }
          var items = r.data.items || [], first = null;
          items.forEach(function (item) {
            if (root.getElementById(uid + "-" + item.id)) return;
            var li = commentItem(item);
            (threads[item.parent_id] || list).append(li);
            first = first || li;
          });
          shown += items.length;
          heading.textContent = t.title + " (" + num(r.data.total) + ")";
          empty.textContent = t.empty;
          empty.hidden = r.data.total > 0;
          more.hidden = shown >= r.data.total;
          if (announce) {
            say(fill(t.loaded, { n: num(items.length) }));
            if (more.hidden && first) { first.tabIndex = -1; first.focus(); }
          }
        }, function () { empty.textContent = t.error; });
    }

    function reloadComments() {
      list.replaceChildren();
      threads = {}; page = 1; shown = 0;
      return loadPage(false);
    }

    // The form -------------------------------------------------------------------------
    var fields = {};
    function field(name, label, control, extra) {
      var error = h("p.err", { id: uid + name + "e" });
      control.id = uid + name;
      control.name = name;
      control.setAttribute("aria-describedby", (extra ? extra.id + " " : "") + error.id);
      fields[name] = { control: control, error: error };
      return h("div.f", null, h("label", { "for": control.id, text: label }), control, extra, error);
    }
    var counter = h("p.count", { id: uid + "cnt", "aria-live": "polite" });
    var body = h("textarea", { rows: 5, required: true });
    var replying = h("p.replying", { hidden: true });
    var parentId = null;
    // The picture's place is kept while there is none (class "none"): one arriving under the
    // reader's pointer would move the send button between press and release, and lose the click.
    var image = h("img.none", { alt: t.captchaAlt, width: 200, height: 70 });
    var audio = h("audio", { controls: true, hidden: true, preload: "none" });
    var answer = h("input", { autocomplete: "off", autocapitalize: "characters", spellcheck: "false", required: true, maxlength: 10 });
    var captchaHelp = h("p.count", { id: uid + "ch", text: t.captchaHelp });
    var send = h("button", { type: "submit", text: t.send });
    var message = h("p.msg", { role: "status" });
    var honeypot = h("input", { tabindex: "-1", autocomplete: "off", name: "website" });
    var captcha = null, captchaAt = 0, fetching = false;

    function countBody() {
      var n = Array.from(body.value).length;
      counter.textContent = fill(t.count, { n: num(n), max: num(MAX_BODY) });
      counter.className = n > MAX_BODY ? "count bad" : "count";
      return n;
    }
    body.addEventListener("input", countBody);
    countBody();

    function newCaptcha() {
      captchaAt = Date.now();
      fetching = true;
      return call("/captcha", lang, null, "POST").then(function (r) {
        fetching = false;
        if (!r.ok) { message.textContent = (r.data.error && r.data.error.message) || t.error; return; }
        captcha = r.data;
        image.src = BASE + captcha.image_url;
        image.classList.remove("none");
        audio.hidden = true;
        audio.removeAttribute("src");
        answer.value = "";
      }, function () { fetching = false; message.textContent = t.error; });
    }

    var form = h("form", { novalidate: true, "aria-labelledby": uid + "fh" },
      h("h3", { id: uid + "fh", text: t.write }),
      replying,
      field("author_name", t.name, h("input", { required: true, maxlength: 100, autocomplete: "name" })),
      field("author_email", t.email, h("input", { type: "email", maxlength: 254, autocomplete: "email" })),
      field("body", t.body, body, counter),
      h("div.hp", { "aria-hidden": "true" }, h("label", { "for": uid + "hp", text: "Website" }), honeypot),
      h("fieldset", null, h("legend", { text: t.captcha }), image,
        h("div.row", null,
          h("button.s", { type: "button", text: t.listen, onclick: function () {
            if (!captcha) return;
            audio.src = BASE + captcha.audio_url;
            audio.hidden = false;
            var played = audio.play();
            if (played && played.catch) played.catch(function () {});
          } }),
          h("button.s", { type: "button", text: t.renew, onclick: function () { newCaptcha().then(function () { answer.focus(); }); } })),
        audio,
        field("captcha_answer", t.code, answer, captchaHelp)),
      send, message);
    honeypot.id = uid + "hp";

    // The captcha is fetched when the reader starts to write, not with every page view.
    form.addEventListener("focusin", function () {
      if (!fetching && (!captcha || Date.now() - captchaAt > 270e3)) newCaptcha();
    });

    function replyTo(item) {
      parentId = item.id;
      replying.replaceChildren(h("span", { text: fill(t.replying, { name: item.author_name }) }), " ",
        h("button.l", { type: "button", text: t.cancelReply, onclick: function () {
          parentId = null; replying.hidden = true; body.focus();
        } }));
      replying.hidden = false;
      body.focus();
    }

    function showErrors(errors) {
      var first = null;
      Object.keys(fields).forEach(function (name) {
        var f = fields[name], text = errors[name];
        f.error.textContent = text || "";
        if (text) { f.control.setAttribute("aria-invalid", "true"); first = first || f.control; }
        else f.control.removeAttribute("aria-invalid");
      });
      if (first) first.focus();
      return first;
    }

    var sending = null;  // the comment being sent: its key, text and parent
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var errors = {}, n = countBody();
      if (!fields.author_name.control.value.trim()) errors.author_name = t.required;
      if (!body.value.trim()) errors.body = t.required;
      else if (n > MAX_BODY) errors.body = fill(t.tooLong, { n: num(n), max: num(MAX_BODY) });
      if (!answer.value.trim()) errors.captcha_answer = t.required;
      if (showErrors(errors)) { message.textContent = t.fix; message.className = "msg bad"; return; }
      if (!captcha) { newCaptcha(); return; }
      var payload = {
        article_id: article, author_name: fields.author_name.control.value,
        author_email: fields.author_email.control.value || null, body: body.value,
        parent_id: parentId, captcha_id: captcha.captcha_id, captcha_answer: answer.value,
        website: honeypot.value
      };
      var title = host.getAttribute("data-title"), url = host.getAttribute("data-url");
      if (title) payload.article_title = title.slice(0, 300);
      if (url) { try { payload.article_url = new URL(url, location.href).href.slice(0, 1024); } catch (e) { /* not a URL */ } }
      send.disabled = true;
      send.textContent = t.sending;
      message.textContent = "";
      if (!sending || sending.body !== payload.body || sending.parent !== parentId) {
        sending = { key: newKey(), body: payload.body, parent: parentId };
      }
      call("/comments", lang, payload, null, sending.key).then(function (r) {
        send.disabled = false;
        send.textContent = t.send;
        if (r.status === 202) {
          sending = null;
          var text = body.value.replace(/\s+/g, " ").trim();
          remember({ id: r.data.id, token: r.data.review_token, a: article, t: Date.now(), status: "received",
                     x: Array.from(text).slice(0, 80).join("") + (Array.from(text).length > 80 ? "…" : "") });
          body.value = ""; parentId = null; replying.hidden = true;
          countBody();
          showErrors({});
          message.className = "msg ok";
          message.textContent = t.thanks;
          captcha = null; image.classList.add("none"); image.removeAttribute("src"); answer.value = "";
          return;
        }
        var error = r.data.error || {}, details = error.details || {};
        var found = details.fields || {};
        if (error.code === "captcha_invalid") found = { captcha_answer: error.message };
        message.className = "msg bad";
        message.textContent = error.message || t.error;
        if (!showErrors(found)) send.focus();
        // A wrong captcha is used up, and so is one that passed before a check that failed.
        if (error.code === "captcha_invalid" || (details.field_codes || {}).parent_id) newCaptcha();
      }, function () {
        send.disabled = false;
        send.textContent = t.send;
        message.className = "msg bad";
        message.textContent = t.error;
      });
    });

    // The reader's own comments: their status, and a way to ask for a person to look -----
    var mineList = h("ul");
    var mine = h("section.mine", { hidden: true, "aria-labelledby": uid + "mh" },
      h("h3", { id: uid + "mh", tabindex: "-1", text: t.mine }), mineList);
    var entries = {};

    function remember(entry) {
      var all = load().filter(function (e) { return Date.now() - e.t < KEEP_MS; });
      all.push(entry);
      save(all);
      track(entry, true);
    }

    function update(entry, changes) {
      var all = load();
      all.forEach(function (e) { if (e.id === entry.id) Object.assign(e, changes); });
      save(all);
      Object.assign(entry, changes);
    }

    function statusText(entry) {
      var review = entry.review;
      if (entry.status === "approved") return t.approved;
      if (review && review.state === "answered") return t.answered;
      if (review) return t.pending + " · " + t.asked;
      return t[entry.status] || entry.status;
    }

    function track(entry, fresh) {
      var status = h("span.st", { tabindex: "-1" });
      var ask = h("div.ask", { hidden: true });
      var li = h("li", null, h("q", { text: entry.x }), " — ", status, ask);
      mineList.prepend(li);
      mine.hidden = false;
      entries[entry.id] = { entry: entry, status: status, ask: ask };
      render(entry.id);
      if (fresh) status.focus();
      poll(entry.id, 1500);
    }

    function render(id) {
      var e = entries[id], entry = e.entry;
      e.status.textContent = statusText(entry);
      e.status.className = "st" + (entry.status === "approved" ? " ok" : "");
      var canAsk = (entry.status === "pending" || entry.status === "spam") && !entry.review && entry.token;
      if (!canAsk) { e.ask.hidden = true; e.ask.replaceChildren(); return; }
      if (e.ask.hidden || !e.ask.firstChild) {
        var open = h("button.s", { type: "button", text: t.ask, "aria-describedby": uid + id + "ah" });
        e.ask.replaceChildren(h("p.count", { id: uid + id + "ah", text: t.askHelp }), open);
        e.ask.hidden = false;
        open.addEventListener("click", function () { askForm(id, open); });
      }
    }

    function askForm(id, opener) {
      var e = entries[id];
      var note = h("textarea", { id: uid + id + "n", rows: 3 });
      var error = h("p.err", { id: uid + id + "ne" });
      note.setAttribute("aria-describedby", error.id);
      var submit = h("button", { type: "submit", text: t.sendAsk });
      var box = h("form", { novalidate: true },
        h("label", { "for": note.id, text: t.note }), note, error,
        h("div.row", null, submit, h("button.s", { type: "button", text: t.cancel, onclick: function () {
          box.remove(); opener.hidden = false; opener.focus();
        } })));
      box.addEventListener("submit", function (event) {
        event.preventDefault();
        var length = Array.from(note.value).length;
        if (length > MAX_NOTE) {
          error.textContent = fill(t.tooLong, { n: num(length), max: num(MAX_NOTE) });
          note.setAttribute("aria-invalid", "true");
          note.focus();
          return;
        }
        submit.disabled = true;
        call("/comments/" + encodeURIComponent(id) + "/review", lang,
             { token: e.entry.token, note: note.value || null }).then(function (r) {
          submit.disabled = false;
          var code = r.data.error && r.data.error.code, reason = r.data.error && r.data.error.details.reason;
          if (r.status === 202 || reason === "already_requested") {
            update(e.entry, { review: r.data.review || { state: "requested" } });
            render(id);
            e.status.focus();
            say(fill(t.now, { s: statusText(e.entry) }));
            return;
          }
          error.textContent = (r.data.error && r.data.error.message) || t.error;
          if (code === "conflict") poll(id, 0);
          note.focus();
        }, function () { submit.disabled = false; error.textContent = t.error; });
      });
      opener.hidden = true;
      e.ask.append(box);
      note.focus();
    }

    function poll(id, delay) {
      var e = entries[id];
      clearTimeout(e.timer);
      e.timer = setTimeout(function check() {
        if (document.hidden) { e.timer = setTimeout(check, 5000); return; }
        call("/comments/" + encodeURIComponent(id), lang).then(function (r) {
          var entry = e.entry, before = statusText(entry);
          if (r.status === 404) { e.status.textContent = t.rejected; return; }
          if (r.ok) {
            update(entry, { status: r.data.status, review: r.data.review });
            render(id);
            if (statusText(entry) !== before && entry.status !== "received") say(fill(t.now, { s: statusText(entry) }));
            if (entry.status === "approved" && before !== t.approved) reloadComments();
          }
          if (!settled(entry) && Date.now() - entry.t < POLL_FOR_MS) {
            e.wait = Math.min(20000, Math.max(2000, (e.wait || 1500) * 1.5));
            e.timer = setTimeout(check, e.wait);
          }
        }, function () { e.timer = setTimeout(check, 30000); });
      }, delay);
    }
    function settled(entry) {
      return entry.status === "approved" || entry.status === "rejected" ||
             !!(entry.review && entry.review.state === "answered");
    }
    // Back on the page: look at once, then as often as just after posting.
    document.addEventListener("visibilitychange", function () {
      if (document.hidden) return;
      Object.keys(entries).forEach(function (id) {
        if (!settled(entries[id].entry)) { entries[id].wait = 0; poll(id, 0); }
      });
    });

    root.append(h("section.m", { lang: lang, "aria-labelledby": uid + "h" },
      heading, empty, list, more, mine, form, announcer));
    load().filter(function (e) { return e.a === article && Date.now() - e.t < KEEP_MS; })
      .forEach(function (e) { track(e, false); });
    loadPage(false);
  }

  function start() {
    document.querySelectorAll("[data-modsvc-article]").forEach(mount);
  }
  window.ModsvcComments = { mount: mount };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
