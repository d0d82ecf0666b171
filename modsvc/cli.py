"""The `modsvc` command line: one subcommand per task of an operator."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from classifiers.corpus import CorpusError, read_labeled
from classifiers.evaluation import evaluate
from modsvc.config import ConfigError, Settings, load_settings

logger = logging.getLogger(__name__)


_opened: list[Any] = []


def _services(settings: Settings) -> Any:
    """Services for one command; `main` closes them when the command ends."""
    from modsvc.services import Services

    services = Services.from_settings(settings)
    _opened.append(services)
    return services


def _settings_with_redis(settings: Settings) -> Settings:
    """Commands that only need Redis for announcements work without it configured."""
    if settings.redis_url:
        return settings
    return settings.with_overrides(redis_url="redis://127.0.0.1:6379/0")


def cmd_up(args: argparse.Namespace, settings: Settings) -> int:
    from modsvc.supervisor import StartRefusedError, run_up

    try:
        return run_up(settings, args.host or settings.host, args.port or settings.port,
                      args.workers or settings.workers)
    except StartRefusedError as error:
        print(f"modsvc up: {error}", file=sys.stderr)
        return 1


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import os

    from modsvc import gunicorn_conf
    from modsvc.metrics import prepare_multiprocess_dir

    if not settings.redis_url:
        raise ConfigError("MODSVC_REDIS_URL is not set (or use `modsvc up`)")
    # Gunicorn's workers share one metrics directory (exported to them through the env).
    prepare_multiprocess_dir(settings.data_dir)
    # No control socket: the data directory may be shared by several web servers.
    command = gunicorn_conf.command(args.host or settings.host, args.port or settings.port,
                                    args.web_workers, control_socket=None)
    os.execvp(command[0], command)
    return 0  # pragma: no cover - exec does not return


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from workers.worker import run_worker

    services = _services(settings)
    run_worker(services, burst=args.burst)
    return 0


def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    from modsvc.storage import Database

    Database(settings.database_url).migrate()
    print("database is up to date")
    return 0


def _print_metrics(metrics: dict[str, Any], as_json: bool, header: str = "") -> None:
    if as_json:
        print(json.dumps(metrics, indent=2, sort_keys=True))
        return
    if header:
        print(header)
    for key, value in metrics.items():
        if isinstance(value, float):
            value = f"{value:.4f}"
        print(f"  {key:>12}: {value}")


def cmd_train(args: argparse.Namespace, settings: Settings) -> int:
    from modsvc.model_store import ModelStore, failed_checks

    services = _services(_settings_with_redis(settings))
    services.db.migrate()
    store = ModelStore(services)
    # Training logs each step (standard error); printing them too showed each one twice.
    report = store.train(
        data_files=[Path(p) for p in args.data],
        use_seed=not args.no_seed,
        activate=args.activate,
    )
    if args.json:
        print(json.dumps({"version": report.version, "activated": report.activated,
                          **report.card}, indent=2, sort_keys=True, default=str))
    else:
        print(f"trained model {report.version} ({'active' if report.activated else 'inactive'})")
        print(f"  data: {report.card.get('data')}")
        print(f"  thresholds: {report.card.get('thresholds')}")
        basis = report.card.get("threshold_basis") or {}
        if basis.get("highest_ham"):
            print(f"  the spam threshold rests on {basis['holdout_ham']} held-out genuine "
                  "comments; the highest:")
            for one in basis["highest_ham"]:
                print(f"    {one['score']:.4f}  {one['text'][:70]!r} ({one['source']})")
        _print_metrics(report.card.get("metrics", {}), False, "  holdout metrics:")
        failed = failed_checks(report.card.get("comparison"))
        if failed and not report.activated:
            print(f"  not made live: against the live model "
                  f"{report.card['comparison']['against']},")
            for check in failed:
                print(f"    {_FAILED_CHECK_TEXT[check.check].format(c=check)}")
            print(f"  make it live anyway: modsvc models activate {report.version}")
    return 0


# What each failed check of a retrained model means (modsvc.model_store.failed_checks).
_FAILED_CHECK_TEXT = {
    "ranking": "it ranks the shared holdout worse: PR AUC {c.candidate:.4f} against "
               "{c.active:.4f} (at least {c.allowed:.4f})",
    "holdout_genuine": "it marks more of the shared holdout's genuine comments spam: "
                       "{c.candidate:.2%} against {c.active:.2%} (at most {c.allowed:.2%})",
    "reference_spam": "it catches less of the bundled reference comments' spam: "
                      "{c.candidate:.1%} against {c.active:.1%} (at least {c.allowed:.1%})",
    "reference_genuine": "it marks more of the bundled reference comments' genuine ones "
                         "spam: {c.candidate:.2%} against {c.active:.2%} "
                         "(at most {c.allowed:.2%})",
}


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from modsvc.model_store import ModelStore

    services = _services(_settings_with_redis(settings))
    store = ModelStore(services)
    version = args.model or store.active_version()
    if version is None:
        print("no active model; train one with `modsvc train`", file=sys.stderr)
        return 1
    model = store.load(version)
    examples = read_labeled(Path(args.data))
    results = model.scorer.score_many([(e.text, e.seconds_to_submit) for e in examples])
    threshold = settings.spam_threshold
    if threshold is None:
        threshold = float(model.card["thresholds"]["spam"])
    metrics = evaluate([e.label for e in examples], [r.probability for r in results], threshold)
    metrics["model"] = version
    _print_metrics(metrics, args.json, f"model {version} on {args.data}:")
    return 0


def cmd_models(args: argparse.Namespace, settings: Settings) -> int:
    from modsvc.model_store import ModelStore

    store = ModelStore(_services(_settings_with_redis(settings)))
    if args.action == "list":
        for row in store.list():
            metrics = row.card.get("metrics", {})
            mark = "*" if row.active else " "
            print(f"{mark} {row.version}  f1={metrics.get('f1')}  fpr={metrics.get('fpr')}")
    elif args.action == "show":
        print(json.dumps(store.get(args.version).card, indent=2, sort_keys=True))
    elif args.action == "activate":
        store.activate(args.version)
        print(f"model {args.version} is active")
    elif args.action == "rollback":
        print(f"model {store.rollback()} is active again")
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise SystemExit("passwords differ")
    return first


def cmd_moderators(args: argparse.Namespace, settings: Settings) -> int:
    from modsvc import accounts

    services = _services(_settings_with_redis(settings))
    if args.action == "add":
        password = _read_password(args.password_stdin)
        accounts.add_moderator(services, args.name, password, role=args.role)
        print(f"moderator {args.name} added ({args.role})")
    elif args.action == "list":
        for moderator in accounts.list_moderators(services):
            state = "disabled" if moderator.disabled else "active"
            print(f"{moderator.username}\t{moderator.role}\t{state}")
    elif args.action == "disable":
        accounts.disable_moderator(services, args.name)
        print(f"moderator {args.name} disabled")
    return 0


def cmd_tokens(args: argparse.Namespace, settings: Settings) -> int:
    from modsvc import accounts

    services = _services(_settings_with_redis(settings))
    if args.action == "create":
        issued = accounts.create_token(services, args.name, args.scope)
        print(issued.secret)
        print(f"token {issued.id} ({issued.scope}) created; it is shown only once",
              file=sys.stderr)
    elif args.action == "list":
        for token in accounts.list_tokens(services):
            state = "revoked" if token.revoked_at else "active"
            print(f"{token.id}\t{token.name}\t{token.scope}\t{state}")
    elif args.action == "revoke":
        accounts.revoke_token(services, args.id)
        print(f"token {args.id} revoked")
    return 0


def cmd_requeue(args: argparse.Namespace, settings: Settings) -> int:
    from workers import jobs, runtime

    runtime.configure(_services(settings))
    count = jobs.sweep_received(older_than_seconds=args.older_than)
    print(f"re-enqueued {count} comments")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    from modsvc import accounts

    parser = argparse.ArgumentParser(
        prog="modsvc",
        description="Comment moderation and anti-spam: the web service, workers and tools. "
        "Settings come from MODSVC_* environment variables (README.md, \"Settings\").",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    up = sub.add_parser("up", help="run web, workers and Redis on this machine")
    up.add_argument("--host", default=None, help="default MODSVC_HOST, else 127.0.0.1")
    up.add_argument("--port", type=int, default=None, help="default MODSVC_PORT, else 8000")
    up.add_argument("--workers", type=int, default=None, help="default MODSVC_WORKERS, else 2")
    up.set_defaults(func=cmd_up)

    serve = sub.add_parser("serve", help="run the web service with gunicorn")
    serve.add_argument("--host", default=None, help="default MODSVC_HOST, else 127.0.0.1")
    serve.add_argument("--port", type=int, default=None, help="default MODSVC_PORT, else 8000")
    serve.add_argument("--web-workers", type=int, default=2)
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="run a scoring worker")
    worker.add_argument("--burst", action="store_true", help="exit when the queue is empty")
    worker.set_defaults(func=cmd_worker)

    sub.add_parser("migrate", help="create or upgrade the database").set_defaults(func=cmd_migrate)

    train = sub.add_parser("train", help="train a model and register it")
    train.add_argument("--data", action="append", default=[], metavar="FILE")
    train.add_argument("--no-seed", action="store_true")
    train.add_argument("--activate", choices=["auto", "yes", "no"], default="auto")
    train.add_argument("--json", action="store_true")
    train.set_defaults(func=cmd_train)

    ev = sub.add_parser("eval", help="score a labeled file with a model")
    ev.add_argument("--data", required=True, metavar="FILE")
    ev.add_argument("--model", metavar="VERSION")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_eval)

    models = sub.add_parser("models", help="list, show, activate or roll back models")
    msub = models.add_subparsers(dest="action", required=True)
    msub.add_parser("list")
    msub.add_parser("show").add_argument("version")
    msub.add_parser("activate").add_argument("version")
    msub.add_parser("rollback")
    models.set_defaults(func=cmd_models)

    moderators = sub.add_parser("moderators", help="manage moderator accounts")
    dsub = moderators.add_subparsers(dest="action", required=True)
    add = dsub.add_parser("add")
    add.add_argument("name")
    add.add_argument("--role", choices=accounts.ROLES, default="moderator")
    add.add_argument("--password-stdin", action="store_true")
    dsub.add_parser("list")
    dsub.add_parser("disable").add_argument("name")
    moderators.set_defaults(func=cmd_moderators)

    tokens = sub.add_parser("tokens", help="manage API tokens")
    tsub = tokens.add_subparsers(dest="action", required=True)
    create = tsub.add_parser("create")
    create.add_argument("name")
    create.add_argument("--scope", choices=accounts.SCOPES, required=True)
    tsub.add_parser("list")
    tsub.add_parser("revoke").add_argument("id", type=int)
    tokens.set_defaults(func=cmd_tokens)

    requeue = sub.add_parser("requeue", help="enqueue comments stuck in 'received' again")
    requeue.add_argument("--older-than", type=float, default=0.0, metavar="SECONDS")
    requeue.set_defaults(func=cmd_requeue)
    return parser


def _shown_url(url: str) -> str:
    """A database URL fit for a terminal: without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `modsvc` console script."""
    args = build_parser().parse_args(argv)
    from modsvc import logs

    logs.configure(logging.INFO)
    settings: Settings | None = None
    try:
        settings = load_settings()
        return int(args.func(args, settings))
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    except CorpusError as error:
        print(f"data error: {error}", file=sys.stderr)
        return 2
    except Exception as error:
        from modsvc.exceptions import ApiError
        from modsvc.storage import is_missing_schema

        if isinstance(error, ApiError):
            print(f"error: {error.message}", file=sys.stderr)
            return 1
        if settings is not None and is_missing_schema(error):
            print(f"error: the database {_shown_url(settings.database_url)} has no modsvc "
                  "tables: run `modsvc migrate` first (`modsvc up` migrates by itself), or "
                  "point MODSVC_DATA_DIR or MODSVC_DATABASE_URL at the service's database",
                  file=sys.stderr)
            return 1
        raise
    finally:
        while _opened:
            _opened.pop().close()
