"""Stories of operators retraining, comparing, switching and rolling back models."""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from markupsafe import escape

from classifiers.corpus import read_labeled, seed_corpus
from classifiers.registry import ModelRegistry
from modsvc.accounts import create_token
from modsvc.model_store import ModelStore, failed_checks, moderator_labels
from tests.conftest import DATA, Moderator, Run, Service, seed_comments
from workers import runtime
from workers.worker import Sweeper

pytestmark = pytest.mark.slow


def _model_section(page: str, version: str) -> str:
    """The part of /ops/models about one model version."""
    section = page[page.index(f'data-version="{version}"'):]
    return section[:section.index("</section>")]


def _operator(service: Service) -> dict[str, str]:
    token = create_token(service.services, "ops-script", "operate").secret
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.one_database
def test_an_operator_retrains_from_moderators_decisions_and_workers_switch(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    headers = _operator(service)
    ids = seed_comments(service, [f"mohon perbaikan jalan desa nomor {n}" for n in range(6)])
    dewi = make_moderator()
    for comment_id in ids[:3]:
        dewi.decide(comment_id, "approve")
    for comment_id in ids[3:]:
        dewi.decide(comment_id, "spam")
    before = runtime.current().model().version

    started = service.client.post("/api/v1/models/retrain", json={"force": True},
                                  headers=headers)
    assert started.status_code == 202
    job_id = started.get_json()["job_id"]
    service.drain()
    status = service.client.get(f"/api/v1/models/retrain/{job_id}", headers=headers).get_json()

    assert status["status"] == "finished", status
    result = status["result"]
    assert result["activated"] is True
    new_version = result["version"]
    card = service.client.get(f"/api/v1/models/{new_version}", headers=headers).get_json()["card"]
    moderators = [
        card["data"][part]["per_source"].get("moderators", {"spam": 0, "ham": 0})
        for part in ("train", "holdout")
    ]
    assert sum(c["spam"] for c in moderators) == 3
    assert sum(c["ham"] for c in moderators) == 3
    assert card["comparison"]["against"] == service.model_version
    listing = service.client.get("/api/v1/models", headers=headers).get_json()["items"]
    assert [m["version"] for m in listing if m["active"]] == [new_version]
    # A running worker picks the new model up within seconds, without a restart.
    deadline = time.monotonic() + 5
    while runtime.current().model().version == before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert runtime.current().model().version == new_version
    posted = service.portal.post("Terima kasih infonya pak").get_json()
    service.drain()
    detail = dewi.client.get(f"/api/v1/moderation/comments/{posted['id']}").get_json()
    assert detail["model_version"] == new_version


def test_retraining_reads_the_labels_in_the_order_people_gave_them(
    service: Service, make_moderator: Callable[..., Moderator]
) -> None:
    """The fitted model depends on the order of its examples: read in the order moderators
    decided, the same decisions make the same model, whatever ids the comments drew."""
    bodies = [f"laporan warga nomor {n} soal jalan rusak di desa" for n in range(8)]
    ids = seed_comments(service, bodies)
    by_id = sorted(range(len(ids)), key=lambda n: ids[n])
    order = [*by_id[1::2], *reversed(by_id[::2])]  # neither the ids' order nor their reverse
    dewi = make_moderator()
    for n in order:
        dewi.decide(ids[n], "spam" if n % 2 else "approve")

    labels = [label for label in moderator_labels(service.services)
              if label.source == "moderators"]

    assert [label.text for label in labels] == [bodies[n] for n in order]
    assert [label.label for label in labels] == [n % 2 for n in order]


@pytest.mark.one_database
def test_a_worse_candidate_is_kept_inactive_unless_forced(
    service: Service, tmp_path: Path
) -> None:
    store = ModelStore(service.services)
    # The live model learned from 80 comments; one that learned from our 2,000 held-out ones
    # is better: it goes live by itself. The live one hides a good share of the reference set's
    # genuine comments to catch what it catches, so the candidate, which hides far fewer, is
    # not held to catching as much at its own, stricter threshold.
    better_file = tmp_path / "better.csv"
    _write_labeled(better_file, [(e.text, "spam" if e.label else "ham")
                                 for e in seed_corpus("holdout")])
    report = store.train(data_files=[better_file], use_seed=False, activate="auto")
    assert report.activated is True
    reference = report.card["comparison"]["reference"]
    assert reference["active"]["fpr"] > service.settings.target_ham_fpr
    assert reference["candidate"]["fpr"] < reference["active"]["fpr"]
    assert reference["candidate"]["pr_auc"] > reference["active"]["pr_auc"]

    # Taught backwards (every label swapped): worse, so it stays inactive unless forced.
    backwards = tmp_path / "backwards.csv"
    _write_labeled(backwards, [(e.text, "ham" if e.label else "spam")
                               for e in read_labeled(DATA / "tiny_labeled.csv")])
    worse = store.train(data_files=[backwards], use_seed=False, activate="auto")
    assert worse.activated is False
    assert store.active_version() == report.version

    forced = store.train(data_files=[backwards], use_seed=False, activate="yes")
    assert forced.activated is True
    assert store.active_version() == forced.version


def _write_labeled(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows(rows)


@pytest.mark.one_database
def test_a_candidate_that_catches_less_reference_spam_stays_inactive_and_the_operator_sees_why(
    service: Service, tmp_path: Path, run: Run, make_moderator: Callable[..., Moderator],
) -> None:
    code, out, _ = run("train", "--activate", "yes")
    good = re.search(r"trained model (\S+) \(active\)", out)
    assert code == 0
    assert good, out
    # Someone taught it that gambling ads are fine: 300 of them labeled ham.
    poison = tmp_path / "poison.csv"
    _write_labeled(poison, [
        *[(e.text, "ham") for e in seed_corpus("train") if e.label and e.family == "gambling"],
        *[(e.text, "spam" if e.label else "ham")
          for e in read_labeled(DATA / "tiny_labeled.csv")],
    ])

    code, out, _ = run("train", "--no-seed", "--data", str(poison))

    poisoned = re.search(r"trained model (\S+) \(inactive\)", out)
    assert code == 0
    assert poisoned, out
    version = poisoned.group(1)
    store = ModelStore(service.services)
    assert store.active_version() == good.group(1)
    comparison = store.get(version).card["comparison"]
    reference = comparison["reference"]
    assert reference["candidate"]["recall"] < reference["active"]["recall"] - 0.02
    # Why, at the shell: the check it failed, with both models' figures, and the way round it.
    failed = {check.check: check for check in failed_checks(comparison)}
    assert failed["reference_spam"].candidate < failed["reference_spam"].allowed
    assert (f"catches less of the bundled reference comments' spam: "
            f"{reference['candidate']['recall']:.1%} against "
            f"{reference['active']['recall']:.1%}") in out
    assert f"make it live anyway: modsvc models activate {version}" in out
    # And on the operators' page, in Indonesian, under that model.
    page = make_moderator("admin", role="admin").client.get("/ops/models").get_data(as_text=True)
    section = _model_section(page, version)
    assert 'data-check="reference_spam"' in section
    assert "Spam yang tertangkap di antara komentar acuan bawaan lebih sedikit" in section
    assert 'class="why"' not in _model_section(page, good.group(1)), "the live model went live"


def test_the_operator_reads_which_genuine_comments_the_spam_threshold_rests_on(
    service: Service, run: Run, make_moderator: Callable[..., Moderator],
) -> None:
    code, out, _ = run("train", "--no-seed", "--data", str(DATA / "tiny_labeled.csv"),
                       "--activate", "yes")
    trained = re.search(r"trained model (\S+) \(active\)", out)
    assert code == 0
    assert trained, out
    version = trained.group(1)
    card = ModelStore(service.services).get(version).card
    basis = card["threshold_basis"]
    highest = basis["highest_ham"]
    held_ham = {e.text for e in read_labeled(DATA / "tiny_labeled.csv") if e.label == 0}
    assert highest
    assert all(one["text"] in held_ham for one in highest)
    # At the shell, right after training.
    assert (f"the spam threshold rests on {basis['holdout_ham']} held-out genuine "
            "comments; the highest:") in out
    assert f"{highest[0]['score']:.4f}" in out
    # And on the operators' page, in Indonesian, under that model: the highest first, and none
    # marked at the model's own threshold (the threshold sits above what it may not reach).
    page = make_moderator("admin", role="admin").client.get("/ops/models").get_data(as_text=True)
    section = _model_section(page, version)
    assert "Komentar asli mana yang menjadi dasar ambang spam" in section
    listed = re.findall(r"<q>(.*?)</q>", section, flags=re.S)
    assert listed == [str(escape(one["text"])) for one in highest]
    assert ("ditandai spam pada ambang ini" in section) == any(
        one["score"] >= card["thresholds"]["spam"] for one in highest)


def test_a_model_that_went_live_or_predates_the_checks_has_no_failed_check() -> None:
    assert failed_checks(None) == []
    assert failed_checks({"candidate_not_worse": True, "checks": {"ranking": True}}) == []
    # Cards written before the checks were recorded with their figures say only "worse".
    assert failed_checks({"candidate_not_worse": False, "active": {}, "candidate": {}}) == []
    assert failed_checks({"candidate_not_worse": False, "checks": {"ranking": False}}) == []


@pytest.mark.one_database
def test_rollback_returns_to_the_previous_model(service: Service) -> None:
    headers = _operator(service)
    store = ModelStore(service.services)
    newer = store.train(data_files=[DATA / "tiny_labeled.csv"], use_seed=False,
                        activate="yes").version

    rolled = service.client.post("/api/v1/models/rollback", headers=headers)

    assert rolled.get_json() == {"active": service.model_version}
    activated = service.client.post(f"/api/v1/models/{newer}/activate", headers=headers)
    assert activated.get_json() == {"active": newer}
    assert store.active_version() == newer


@pytest.mark.one_database
def test_a_tampered_model_file_is_refused_and_the_live_one_stays(service: Service) -> None:
    headers = _operator(service)
    store = ModelStore(service.services)
    candidate = store.train(data_files=[DATA / "tiny_labeled.csv"], use_seed=False,
                            activate="no").version
    model_file = ModelRegistry(service.settings.models_dir).root / candidate / "model.skops"
    model_file.write_bytes(model_file.read_bytes()[:1000])

    response = service.client.post(f"/api/v1/models/{candidate}/activate", headers=headers)

    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "invalid_model"
    assert store.active_version() == service.model_version


def test_a_scheduled_retrain_is_skipped_without_new_labels(service: Service) -> None:
    from datetime import UTC, datetime

    from workers import jobs

    sweeper = Sweeper(service.services.redis, retrain_cron="0 2 * * *")
    at_two = datetime(2026, 11, 28, 2, 0, 30, tzinfo=UTC)

    assert sweeper.start_scheduled_retrain(at_two) is True
    assert sweeper.start_scheduled_retrain(at_two) is False, "once per slot"
    assert sweeper.start_scheduled_retrain(datetime(2026, 11, 28, 9, tzinfo=UTC)) is False
    assert jobs.retrain_model(scheduled=True) == {"skipped": True}
