"""Stories of an operator at the shell: accounts, tokens, training, evaluation, models."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from modsvc.accounts import authenticate, token_for
from modsvc.cli import main
from tests.conftest import DATA, Run, Service, database_params
from tests.databases import create_postgres_database, drop_postgres_database, process_database_name


def test_an_operator_adds_lists_and_disables_a_moderator(run: Run, service: Service) -> None:
    code, out, _ = run("moderators", "add", "sari", "--role", "admin", "--password-stdin",
                       stdin="sandi-yang-panjang\n")
    assert code == 0
    assert "sari" in out
    assert authenticate(service.services, "sari", "sandi-yang-panjang") is not None

    _, listing, _ = run("moderators", "list")
    assert "sari\tadmin\tactive" in listing

    run("moderators", "disable", "sari")
    assert authenticate(service.services, "sari", "sandi-yang-panjang") is None
    code, _, err = run("moderators", "add", "budi", "--password-stdin", stdin="pendek\n")
    assert code == 1
    assert "10 characters" in err


def test_a_token_is_printed_once_and_can_be_revoked(run: Run, service: Service) -> None:
    code, out, err = run("tokens", "create", "portal-server", "--scope", "moderate")
    secret = out.strip()
    assert code == 0
    assert secret.startswith("msv_")
    assert "shown only once" in err
    token = token_for(service.services, secret)
    assert token is not None
    assert token.scope == "moderate"

    _, listing, _ = run("tokens", "list")
    assert secret not in listing
    assert f"{token.id}\tportal-server\tmoderate\tactive" in listing

    run("tokens", "revoke", str(token.id))
    assert token_for(service.services, secret) is None


@pytest.mark.slow
@pytest.mark.one_database
def test_train_eval_and_switch_models_from_the_shell(run: Run, tmp_path: Path) -> None:
    code, out, _ = run("train", "--data", str(DATA / "tiny_labeled.csv"), "--activate", "no",
                       "--json")
    assert code == 0
    trained = json.loads(out)
    version = trained["version"]
    assert trained["activated"] is False
    assert {"precision", "recall", "f1", "roc_auc", "pr_auc", "fpr"} <= set(trained["metrics"])
    assert {"spam", "approve"} == set(trained["thresholds"])

    code, out, _ = run("eval", "--data", str(DATA / "tiny_labeled.csv"), "--model", version,
                       "--json")
    measured = json.loads(out)
    assert code == 0
    assert measured["model"] == version
    assert measured["n"] == measured["spam"] + measured["ham"] > 0

    spam_only = tmp_path / "spam.jsonl"
    spam_only.write_text('{"text": "slot gacor maxwin depo 10k", "label": "spam"}\n')
    _, out, _ = run("eval", "--data", str(spam_only), "--model", version, "--json")
    one_class = json.loads(out)
    assert one_class["recall"] is not None
    assert one_class["fpr"] is None
    assert one_class["precision"] is None

    run("models", "activate", version)
    _, listing, _ = run("models", "list")
    assert f"* {version}" in listing
    _, out, _ = run("models", "rollback")
    assert "is active again" in out
    _, shown, _ = run("models", "show", version)
    assert json.loads(shown)["thresholds"] == trained["thresholds"]


def test_bad_data_and_bad_settings_fail_with_a_clear_message(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("text,label\nhalo,maybe\n")

    code, _, err = run("eval", "--data", str(broken))
    assert code == 2
    assert "broken.csv" in err

    monkeypatch.setenv("MODSVC_MAX_LINKS", "lots")
    code, _, err = run("migrate")
    assert code == 2
    assert "MODSVC_MAX_LINKS" in err


def test_requeue_sends_stuck_comments_back_to_the_workers(run: Run, service: Service) -> None:
    posted = service.portal.post("Mohon info jadwal posyandu").get_json()
    service.services.redis.delete("rq:queue:modsvc-scoring", f"rq:job:score-{posted['id']}")

    code, out, _ = run("requeue")
    service.drain()

    assert code == 0
    assert "re-enqueued 1" in out
    status = service.client.get(f"/api/v1/comments/{posted['id']}").get_json()["status"]
    assert status != "received"


@pytest.fixture(params=database_params())
def never_migrated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with none of modsvc's tables: a new SQLite file, or a new database on the
    test server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'never-migrated.db'}"
        return
    server = os.environ["MODSVC_TEST_DATABASE_URL"]
    url = create_postgres_database(server, f"{process_database_name(server)}_empty")
    yield url
    drop_postgres_database(url)


def test_a_command_run_against_a_database_never_migrated_says_to_migrate_first(
    never_migrated: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # An operator who forgot MODSVC_DATA_DIR, or `modsvc migrate`, gets what to do, not a
    # traceback of SQL.
    monkeypatch.setenv("MODSVC_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MODSVC_DATABASE_URL", never_migrated)
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-yang-panjang\n"))

    code = main(["moderators", "add", "sari", "--role", "admin", "--password-stdin"])

    err = capsys.readouterr().err
    assert code == 1
    assert "has no modsvc tables: run `modsvc migrate` first" in err
    assert "Traceback" not in err
    assert "MODSVC_DATA_DIR" in err
