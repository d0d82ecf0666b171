// The demo comment form: the same calls a portal page would make to modsvc.
(function () {
  "use strict";
  const api = "/api/v1";
  const form = document.getElementById("comment-form");
  const message = document.getElementById("message");
  const image = document.getElementById("captcha-image");
  const player = document.getElementById("captcha-player");
  const list = document.getElementById("approved");
  const articleId = list.dataset.articleId;
  // A comment the model marked spam is "pending" to the portal too: the writer reads the
  // same neutral words whichever it is (MODSVC_REVEAL_SPAM_STATUS changes that).
  const statusText = {
    received: "Komentar diterima dan sedang diperiksa…",
    pending: "Komentar menunggu moderasi.",
    approved: "Komentar disetujui dan tampil.",
    spam: "Komentar menunggu moderasi.",
    rejected: "Komentar tidak dapat ditampilkan.",
  };
  const bodyField = form.body;
  const counter = document.getElementById("body-count");
  const maxBody = Number(bodyField.dataset.max);

  // Never cut what a reader pasted: count, say the limit, and refuse to send until it fits.
  function countBody() {
    const length = [...bodyField.value].length;
    counter.textContent = length.toLocaleString("id-ID") + " / " + maxBody.toLocaleString("id-ID") + " karakter";
    counter.className = length > maxBody ? "count error" : "count";
    return length;
  }
  bodyField.addEventListener("input", countBody);
  let captchaId = null;

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? "error" : "";
  }

  async function newCaptcha() {
    const response = await fetch(api + "/captcha", { method: "POST" });
    const body = await response.json();
    if (!response.ok) { say(body.error.message, true); return; }
    captchaId = body.captcha_id;
    image.src = body.image_url;
    player.hidden = true;
    player.removeAttribute("src");
    form.captcha_answer.value = "";
  }

  async function loadApproved() {
    const response = await fetch(api + "/articles/" + encodeURIComponent(articleId) + "/comments");
    const body = await response.json();
    list.replaceChildren();
    for (const item of body.items || []) {
      const li = document.createElement("li");
      const who = document.createElement("strong");
      who.textContent = item.author_name;  // textContent: never interpreted as HTML
      who.dir = "auto";  // an isolate: a right-to-left override in a name stays inside it
      li.append(who, document.createElement("br"), document.createTextNode(item.body));
      list.append(li);
    }
    document.getElementById("no-comments").hidden = list.children.length > 0;
  }

  async function followStatus(id) {
    for (let i = 0; i < 20; i++) {
      const response = await fetch(api + "/comments/" + encodeURIComponent(id));
      const body = await response.json();
      say(statusText[body.status] || body.status, false);
      if (body.status !== "received") { loadApproved(); return; }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  let sending = null; // the comment being sent: its text and Idempotency-Key
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const length = countBody();
    if (length > maxBody) {
      say("Komentar terlalu panjang: " + length.toLocaleString("id-ID") + " karakter, paling banyak " +
          maxBody.toLocaleString("id-ID") + ". Persingkat dulu; tidak ada yang kami potong.", true);
      bodyField.focus();
      return;
    }
    const payload = {
      article_id: articleId,
      author_name: form.author_name.value,
      author_email: form.author_email.value || null,
      body: bodyField.value,
      website: form.website.value,
      captcha_id: captchaId,
      captcha_answer: form.captcha_answer.value,
    };
    // One Idempotency-Key per comment, the same while the same text is sent again: a comment
    // whose answer was lost is then stored once, however often the reader presses send.
    if (!sending || sending.body !== payload.body) {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      sending = { body: payload.body, key: Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("") };
    }
    const response = await fetch(api + "/comments", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": sending.key },
      body: JSON.stringify(payload),
    });
    const answer = await response.json();
    if (response.status === 202) {
      sending = null;
      form.body.value = "";
      countBody();
      say(statusText.received, false);
      followStatus(answer.id);
    } else {
      // The service words the error in the reader's language (Accept-Language, Indonesian).
      say(answer.error.message, true);
    }
    newCaptcha();
  });

  document.getElementById("captcha-refresh").addEventListener("click", newCaptcha);
  document.getElementById("captcha-audio").addEventListener("click", () => {
    player.src = api + "/captcha/" + encodeURIComponent(captchaId) + "/audio.wav";
    player.hidden = false;
    player.play().catch(() => {});
  });

  newCaptcha();
  loadApproved();
})();
