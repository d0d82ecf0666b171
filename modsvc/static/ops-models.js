// Retrain progress on the models page: polls the job until it ends, then reloads.
(function () {
  "use strict";
  const box = document.getElementById("retrain-progress");
  if (!box) return;
  async function poll() {
    const response = await fetch("/api/v1/models/retrain/" + encodeURIComponent(box.dataset.jobId), { credentials: "same-origin" });
    if (!response.ok) { box.textContent = response.status + ""; return; }
    const job = await response.json();
    const result = job.result;
    if (job.status === "finished" && result) {
      box.textContent = result.skipped ? "—" : (result.version + (result.activated ? " ✓" : " ✗"));
      setTimeout(() => location.assign(location.pathname), 1500);
      return;
    }
    box.textContent = job.status + (job.progress ? ": " + job.progress : "") + (job.error ? " — " + job.error : "");
    if (job.status !== "failed") setTimeout(poll, 1000);
  }
  poll();
})();
