"""The moderators' web UI: log-in, the queue, and HTML fragments the page swaps in place.

Items are rendered only here (Jinja escapes everything), whether for the first page, for
"load more" or for an item restored by undo; the page's script only calls the JSON API and
inserts these fragments.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, g, make_response, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_limiter.util import get_remote_address
from werkzeug.wrappers import Response

from modsvc import campaigns, moderation
from modsvc.accounts import authenticate
from modsvc.api.moderation import filter_from_args
from modsvc.auth import (
    check_login_form,
    csrf,
    current_principal,
    log_in,
    log_out,
    login_form_token,
    remember_login_nonce,
    require,
)
from modsvc.current import services
from modsvc.exceptions import NotFoundError
from modsvc.i18n import local_time, number, percent, zone_label
from modsvc.labels import ACTOR_LABELS, REJECTION_LABELS, STATUS_LABELS, actor_words, label
from modsvc.ratelimits import limiter
from modsvc.storage import utcnow

logger = logging.getLogger(__name__)

bp = Blueprint("ui", __name__)

LOGIN_LIMIT_PER_IP = "20/minute;100/hour"
LOGIN_LIMIT_PER_ACCOUNT = "5/minute;30/hour"
TABS = tuple((status, STATUS_LABELS[status]) for status in ("pending", "spam", "approved",
                                                             "rejected"))


def _account_and_address_key() -> str:
    """Failed log-ins count per account *and* address: a stranger who guesses at a moderator's
    name from elsewhere uses up only their own tries, never locks the moderator out."""
    account = (request.form.get("username") or "").strip().lower()[:64]
    return f"login:{account}:{get_remote_address()}"


def _wrong_password(_response: Response) -> bool:
    # Only a checked and refused password counts; a request without a valid form token, or
    # one the address limit stopped, never reaches the check.
    return bool(g.get("login_refused"))


def highlight(body: str, reasons: list[dict[str, Any]]) -> list[tuple[str, bool]]:
    """The body cut into (text, highlighted) pieces from the reasons' spans."""
    marks = [False] * len(body)
    for reason in reasons:
        for span in reason.get("spans") or []:
            start, end = max(0, int(span[0])), min(len(body), int(span[1]))
            for index in range(start, end):
                marks[index] = True
    pieces: list[tuple[str, bool]] = []
    start = 0
    for index in range(1, len(body) + 1):
        if index == len(body) or marks[index] != marks[start]:
            pieces.append((body[start:index], marks[start]))
            start = index
    return pieces


def _reason_text(reason: dict[str, Any]) -> str:
    key = "text_id" if str(get_locale()) == "id" else "text_en"
    return str(reason.get(key) or reason.get("text_en") or reason.get("code", ""))


# Model reasons say what pushed a score towards spam; for a comment the model does not lean to
# call spam they would paint ordinary words ("juga", "kami") as suspicious, so they are shown
# only from this score up. Rules and the honeypot always say why they acted.
MODEL_REASONS_FROM = 0.5
# Comments longer than this are shown folded in the queue, so the buttons stay in reach.
LONG_BODY = 600
_MODEL_REASON_CODES = frozenset({"word", "phrase", "ngram", "link", "link_tld", "many_links",
                                 "phone_number", "email", "money", "emoji", "many_digits",
                                 "capitals", "length", "disguised_text", "exclamations",
                                 "fast_submit", "submit_time", "brand_name"})


def shown_reasons(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The reasons worth a moderator's eye: what a rule did, and what the model weighed when it
    leans towards spam; each points towards spam."""
    score = item.get("score")
    leans = score is not None and score >= MODEL_REASONS_FROM
    return [reason for reason in item.get("reasons") or []
            if leans or reason.get("code") not in _MODEL_REASON_CODES]




def _actor_label(event: dict[str, Any]) -> str:
    kind = event.get("actor_kind") or "system"
    word = label(ACTOR_LABELS, kind)
    name = str(event.get("actor") or "").partition(":")[2]
    return f"{word} {name}" if kind in ("moderator", "token", "akismet") and name else word


def _event_time(events: list[dict[str, Any]], event_id: int) -> str:
    return next((local_time(e["created_at"]) for e in events if e["id"] == event_id), "–")


@bp.app_context_processor
def _template_helpers() -> dict[str, Any]:
    return {"highlight": highlight, "when": local_time, "reason_text": _reason_text,
            "number": number, "percent": percent, "zone": zone_label,
            "shown_reasons": shown_reasons, "long_body": LONG_BODY,
            "actor_label": _actor_label, "event_time": _event_time, "actor_words": actor_words,
            "rejection_label": lambda code: label(REJECTION_LABELS, code),
            "status_label": lambda status: label(STATUS_LABELS, status),
            "principal": current_principal, "locale": lambda: str(get_locale())}


def _login_required() -> Response | None:
    principal = current_principal()
    if principal is None or principal.kind != "moderator":
        return redirect(url_for("ui.login", next=request.full_path))
    return None


# What browsers drop from a URL before reading it (tabs, newlines, other controls).
_URL_IGNORED = re.compile(r"[\x00-\x1f\x7f]")


def safe_next(target: str | None) -> str:
    """Where to go after log-in: a path on this site, read as a browser reads it, else the
    queue. Browsers drop tabs and newlines anywhere in a URL and read a backslash as a slash,
    so ``/%09/evil.example`` and ``/\\evil.example`` are other hosts to them."""
    cleaned = _URL_IGNORED.sub("", target or "").replace("\\", "/")
    parts = urlsplit(cleaned)
    if cleaned.startswith("/") and not cleaned.startswith("//") and not (
        parts.scheme or parts.netloc
    ):
        return cleaned
    return url_for("ui.queue_page")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(LOGIN_LIMIT_PER_IP, methods=["POST"], key_func=get_remote_address)
@limiter.limit(LOGIN_LIMIT_PER_ACCOUNT, methods=["POST"], key_func=_account_and_address_key,
               deduct_when=_wrong_password)
def login() -> Any:
    """The log-in form; on success a fresh session. Showing the form stores nothing."""
    if request.method == "POST":
        check_login_form()
        moderator = authenticate(
            services(), (request.form.get("username") or "").strip(),
            request.form.get("password") or "",
        )
        if moderator is not None:
            log_in(moderator)
            logger.info("moderator %s logged in", moderator.username)
            return redirect(safe_next(request.args.get("next")))
        g.login_refused = True
        logger.info("failed log-in")
        return _login_page(error=_("Wrong user name or password.")), 401
    return _login_page(logged_out=request.args.get("bye") == "1")


def _login_page(error: str | None = None, logged_out: bool = False) -> Response:
    page = make_response(render_template("login.html", error=error, logged_out=logged_out,
                                         login_token=login_form_token()))
    return remember_login_nonce(page)


@bp.post("/logout")
def logout() -> Response:
    """End the session (no notice stored in a new one: the log-in page says it)."""
    csrf.protect()
    log_out()
    return redirect(url_for("ui.login", bye=1))


@bp.get("/moderation")
def queue_page() -> Any:
    """The queue with tabs, filters, bulk actions and the keyboard."""
    if (redirect_to := _login_required()) is not None:
        return redirect_to
    flt, campaign_rows = _listing()
    page = moderation.queue(services(), flt)
    messages = {
        "approved": _("Approved"), "rejected": _("Rejected"), "spam": _("Marked as spam"),
        "undo": _("Undo"), "undone": _("Decision undone"), "nothing_to_undo": _("Nothing to undo"),
        "conflict": _("Another moderator decided this comment first"),
        "error": _("Something went wrong; try again"),
        "selected_none": _("Select comments first (x or the checkboxes)"),
        "bulk_done": _("Done: %(n)s comments", n="{n}"),
        "bulk_conflicts": _("%(n)s were already decided by someone else", n="{n}"),
        "loading": _("Loading…"),
        "bulk_undone": _("Undone: %(n)s comments", n="{n}"),
        "claimed_by": _("%(name)s is looking at this one", name="{name}"),
        "campaign_done": _("%(n)s comments of the campaign decided at once", n="{n}"),
        "campaign_left_out": _("%(n)s arrived after you looked and still wait", n="{n}"),
    }
    reasons = [(code, str(REJECTION_LABELS[code])) for code in moderation.REJECTION_REASONS]
    return render_template("moderation.html", page=page, flt=flt, tabs=TABS,
                           messages=messages, sorts=moderation.SORTS,
                           rejection_reasons=reasons, campaigns=campaign_rows,
                           seen_at=utcnow().isoformat())


def _listing() -> tuple[moderation.QueueFilter, list[dict[str, Any]]]:
    """The filter of the listing, and the campaign rows above it (issue 18).

    Unfiltered, a tab shows each campaign of near duplicates as one row and lists only the
    comments in none below; any search or filter lists every matching comment instead.
    """
    flt = filter_from_args()
    filtered = (flt.article_id or flt.q or flt.score_min is not None or flt.score_max is not None
                or flt.since or flt.until or flt.model_version or flt.campaign_id is not None)
    if filtered:
        return flt, []
    rows = [] if flt.cursor else campaigns.queue_rows(services(), flt.status)
    return replace(flt, outside_campaigns=True), rows


@bp.get("/moderation/items")
@require("moderate")
def items_fragment() -> Any:
    """More items of the same listing, as HTML to append."""
    flt, _rows = _listing()
    page = moderation.queue(services(), flt)
    return render_template("_items.html", page=page)


@bp.get("/moderation/campaigns/<int:campaign_id>/members")
@require("moderate")
def campaign_members(campaign_id: int) -> Any:
    """A campaign's comments in the tab's status, to show inside its row."""
    status = request.args.get("status", "pending")
    page = campaigns.members(services(), campaign_id, status,
                             cursor=request.args.get("cursor") or None)
    return render_template("_campaign_members.html", page=page)


@bp.get("/moderation/campaigns/<int:campaign_id>/row")
@require("moderate")
def campaign_row(campaign_id: int) -> Any:
    """One campaign row, to put back in the list after an undo."""
    status = request.args.get("status", "pending")
    rows = campaigns.queue_rows(services(), status, only=campaign_id)
    if not rows:
        raise NotFoundError("nothing of this campaign is in this tab")
    return render_template("_campaign.html", campaign=rows[0], seen_at=utcnow().isoformat())


@bp.get("/moderation/comments/<comment_id>/item")
@require("moderate")
def item_fragment(comment_id: str) -> Any:
    """One item, to put back in the list after an undo."""
    item = moderation.detail(services(), comment_id)
    return render_template("_item.html", item=item)


@bp.get("/moderation/comments/<comment_id>/panel")
@require("moderate")
def panel_fragment(comment_id: str) -> Any:
    """The detail panel: evidence, reasons, history, the author's other comments."""
    return render_template("_panel.html", item=moderation.detail(services(), comment_id))


@bp.get("/")
def index() -> Response:
    """People land on the queue (or the log-in form)."""
    return redirect(url_for("ui.queue_page"))

