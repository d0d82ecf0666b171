// Retrain progress on the models page: polls the job until it ends, then reloads.
// The words come from the page (its language); the API words the steps in the same language.
(function () {
  "use strict";
  const box = document.getElementById("retrain-progress");
  if (!box) return;
  const words = box.dataset;
  const language = document.documentElement.lang || "id";
  async function poll() {
    let job;
    try {
      const response = await fetch("/api/v1/models/retrain/" + encodeURIComponent(box.dataset.jobId),
                                   { credentials: "same-origin", headers: { "Accept-Language": language } });
      if (!response.ok) { box.textContent = words.lost; return; }
      job = await response.json();
    } catch (e) { setTimeout(poll, 2000); return; }
    const result = job.result;
    if (job.status === "finished" && result) {
      box.textContent = result.skipped ? words.skipped
        : (result.activated ? words.live : words.kept).replace("{version}", result.version);
      setTimeout(() => location.assign(location.pathname), 2500);
      return;
    }
    if (job.status === "failed") { box.textContent = words.failed; return; }
    box.textContent = job.progress || (job.status === "queued" ? words.queued : words.started);
    setTimeout(poll, 1000);
  }
  poll();
})();
