"""Akismet's REST API semantics on top of modsvc, so existing Akismet clients switch by host.

WordPress plugins, the ``akismet`` Python client and PHP or Node clients all speak the same
form-encoded protocol; answering it lets a site move to this Indonesian-aware filter by changing
only the host it calls. The key is a modsvc token with scope ``akismet``.

``comment-check`` is answered synchronously from the active model and the policy (no queue) and
the checked comment is stored with its evidence, like a portal comment. Its id is the
``X-akismet-guid`` the client keeps, so ``submit-spam`` and ``submit-ham`` find it again and
record the site's verdict as a training label. When ``MODSVC_AKISMET_QUEUE_UNCERTAIN`` is off
(the default) the site moderates what we let through, so uncertain comments are stored
``approved`` (passed by modsvc, left to the site) rather than filling our moderators' queue.

Events: arrival ``None -> received`` by ``akismet:<token name>`` (as the portal's arrival is by
``portal``), the decision ``received -> status`` by ``model:<version>``, and each submission
``status -> spam|approved`` by ``akismet:<token name>``, which is what makes it a label.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers.reasons import Reason
from modsvc.accounts import TOKEN_PREFIX, token_for
from modsvc.events import record_change
from modsvc.intake import EMAIL_PATTERN, ip_hashes
from modsvc.scoring import Runtime
from modsvc.services import Services
from modsvc.storage import ActorKind, ApiToken, Comment, CommentStatus, utcnow

logger = logging.getLogger(__name__)

SCOPE = "akismet"
# Per key, shared by every Akismet endpoint: far above what one busy site sends, low enough
# that a leaked key cannot make the web processes score text all day.
RATE_LIMIT = "600/minute"
SUBMISSION_THANKS = "Thanks for making the web a better place."
# Blatant spam (Akismet's "discard" pro-tip) lies this far from the spam threshold towards 1.
DISCARD_MARGIN = 0.5
SOURCE_REASON = "source_akismet"
NO_TEXT_REASON = "no_text"
# Checks per key and calendar month (UTC), for usage-limit; kept a little over a month.
USAGE_KEY = "modsvc:akismet:usage:{token_id}:{month}"
USAGE_TTL_SECONDS = 40 * 24 * 3600

# Fields Akismet documents; a honeypot_field_name that names one of them is not a honeypot.
DOCUMENTED_FIELDS = frozenset(
    {
        "api_key", "key", "blog", "user_ip", "user_agent", "referrer", "permalink",
        "comment_type", "comment_author", "comment_author_email", "comment_author_url",
        "comment_content", "comment_date_gmt", "comment_post_modified_gmt", "comment_parent",
        "comment_context", "blog_lang", "blog_charset", "is_test", "honeypot_field_name",
        "recheck_reason", "user_role", "guid",
    }
)
# The hidden field the WordPress plugin adds to comment forms and forwards as POST_ak_*.
WORDPRESS_HONEYPOT = "POST_ak_hp_textarea"
_TRUE = {"1", "true", "yes", "on"}
_ARTICLE_UNSAFE = re.compile(r"[^A-Za-z0-9._:-]+")
# Akismet callers' threads live under this prefix (see article_id_for).
ARTICLE_PREFIX = "akismet/"
_MAX_ARTICLE_ID = 128
_MAX_PARAM = 1024


class InvalidRequest(Exception):  # noqa: N818 - named for Akismet's "invalid" answer
    """Akismet's ``invalid`` answer: a bad key or a missing required field.

    ``debug_help`` goes into the ``X-akismet-debug-help`` header, where clients look for why.
    """

    def __init__(self, debug_help: str) -> None:
        super().__init__(debug_help)
        self.debug_help = debug_help


@dataclass(frozen=True)
class Submission:
    """A comment as an Akismet client describes it, in Akismet's documented form fields."""

    blog: str
    user_ip: str
    user_agent: str = ""
    referrer: str = ""
    permalink: str = ""
    comment_type: str = ""
    comment_author: str = ""
    comment_author_email: str = ""
    comment_author_url: str = ""
    comment_content: str = ""
    comment_date_gmt: str = ""
    comment_parent: str = ""
    blog_lang: str = ""
    blog_charset: str = ""
    accept_language: str = ""
    recheck_reason: str = ""
    guid: str = ""
    is_test: bool = False
    honeypot: bool = False

    @classmethod
    def from_fields(cls, fields: Mapping[str, str]) -> Submission:
        """Read the form; raises :class:`InvalidRequest` when ``blog`` or ``user_ip`` is empty."""
        for required in ("blog", "user_ip"):
            if not fields.get(required, "").strip():
                raise InvalidRequest(f'Empty "{required}" value')

        def text(name: str) -> str:
            return fields.get(name, "").strip()

        honeypot_name = text("honeypot_field_name")
        honeypot = bool(fields.get(WORDPRESS_HONEYPOT, "").strip())
        if honeypot_name and honeypot_name not in DOCUMENTED_FIELDS:
            honeypot = honeypot or bool(fields.get(honeypot_name, "").strip())
        return cls(
            blog=text("blog")[:_MAX_PARAM],
            user_ip=text("user_ip")[:100],
            user_agent=text("user_agent"),
            referrer=text("referrer"),
            permalink=text("permalink"),
            comment_type=text("comment_type"),
            comment_author=text("comment_author"),
            comment_author_email=text("comment_author_email"),
            comment_author_url=text("comment_author_url"),
            # The text is kept as written: trailing spaces are part of what the site stored.
            comment_content=fields.get("comment_content", ""),
            comment_date_gmt=text("comment_date_gmt"),
            comment_parent=text("comment_parent"),
            blog_lang=text("blog_lang"),
            blog_charset=text("blog_charset"),
            # WordPress forwards the commenter's request headers as HTTP_* fields.
            accept_language=text("HTTP_ACCEPT_LANGUAGE"),
            recheck_reason=text("recheck_reason"),
            guid=text("guid"),
            is_test=text("is_test").lower() in _TRUE,
            honeypot=honeypot,
        )


@dataclass(frozen=True)
class CheckResult:
    """The answer to ``comment-check``: ``true``/``false``, the discard tip and the GUID."""

    spam: bool
    discard: bool
    guid: str | None


@dataclass(frozen=True)
class _Verdict:
    status: CommentStatus
    spam: bool
    discard: bool
    queued: bool
    # Uncertain, with the queue off: stored approved, the site's own moderation decides.
    left_to_site: bool
    probability: float | None
    # The active model: it scored the text, or (with no text) its policy run decided alone.
    model_version: str
    reasons: list[dict[str, Any]]
    decided_by: ActorKind = ActorKind.MODEL


def presented_key(fields: Mapping[str, str], host: str) -> str:
    """The key as the client sent it: ``api_key`` or ``key`` field, else the host's first label.

    Old clients put the key in the subdomain (``KEY.rest.akismet.com``). That only works when
    the client keeps the Host header's case, since tokens are case-sensitive.
    """
    for name in ("api_key", "key"):
        value = fields.get(name, "").strip()
        if value:
            return value
    label = host.split(":", 1)[0].split(".", 1)[0]
    return label if label.startswith(TOKEN_PREFIX) else ""


def rate_limit_key(
    services: Services, fields: Mapping[str, str], host: str, remote_addr: str
) -> str:
    """What the per-key rate limit counts by: a live ``akismet`` key's token id, else the
    client's address. Counting by whatever key was sent would give each made-up key a budget
    of its own, so random keys would never be limited."""
    key = presented_key(fields, host)
    token = token_for(services, key) if key else None
    if token is not None and token.scope == SCOPE:
        return f"akismet-key:{token.id}"
    return f"akismet-ip:{remote_addr}"


def article_id_for(permalink: str, blog: str) -> str:
    """A stable article id from the permalink (else the blog): ``akismet/``, host, path, query.

    Every id starts with ``akismet/``, which no portal article id can (they have no ``/``), so
    nothing a key sends can join a portal thread. Within it, ids are namespaced by host so two
    sites' posts do not share a thread; shortened with a digest when longer than the column.
    """
    url = permalink or blog
    parts = urlsplit(url if "//" in url else f"//{url}")
    tail = "/".join(p for p in (parts.path.strip("/"), parts.query) if p)
    raw = f"{parts.hostname or 'site'}:{tail}" if tail else (parts.hostname or "site")
    article = _ARTICLE_UNSAFE.sub("-", raw).strip("-.:") or "site"
    room = _MAX_ARTICLE_ID - len(ARTICLE_PREFIX)
    if len(article) > room:
        digest = hashlib.sha256(url.encode()).hexdigest()[:12]
        article = f"{article[: room - 13]}-{digest}"
    return ARTICLE_PREFIX + article


def _actor(token: ApiToken) -> str:
    return f"akismet:{token.name}"[:100]


def _clip(value: str, length: int) -> str | None:
    return value[:length] or None


def _source_reason(
    token: ApiToken, item: Submission, *, queued: bool | None, reported: str | None = None
) -> dict[str, Any]:
    """Evidence of where the comment came from, kept beside the model's reasons.

    The blog URL and the key are recorded per comment here (there is no column for them yet);
    ``token_id`` is also what lets only the same key report on the comment later.
    """
    params = {
        "token_id": str(token.id),
        "token_name": token.name,
        "blog": item.blog,
        "permalink": item.permalink,
        "comment_type": item.comment_type,
        "author_url": item.comment_author_url,
        "comment_parent": item.comment_parent,
        "comment_date_gmt": item.comment_date_gmt,
        "blog_lang": item.blog_lang,
        "recheck_reason": item.recheck_reason,
        "queued": "" if queued is None else ("yes" if queued else "no"),
        "reported_as": reported or "",
    }
    blog = item.blog[:200]
    if reported:
        text_en = f"reported as {reported} through the Akismet API by {blog}"
        text_id = f"dilaporkan sebagai {reported} lewat API Akismet oleh {blog}"
    else:
        text_en = f"checked through the Akismet API for {blog}"
        text_id = f"diperiksa lewat API Akismet untuk {blog}"
    return Reason(code=SOURCE_REASON,
                  params={k: v[:_MAX_PARAM] for k, v in params.items() if v},
                  text_en=text_en, text_id=text_id, weight=0.0).to_dict()


def _checked_with(comment: Comment, token: ApiToken) -> bool:
    """Whether this key stored the comment (a key never relabels another site's comments)."""
    return any(
        reason.get("code") == SOURCE_REASON
        and reason.get("params", {}).get("token_id") == str(token.id)
        for reason in comment.reasons or []
    )


class Akismet:
    """The Akismet operations, for one app's services and its own scoring runtime.

    The runtime loads the active model once per web process and follows activations, so a
    check costs one scoring pass, not a model load.
    """

    def __init__(self, services: Services, runtime: Runtime | None = None) -> None:
        self.services = services
        self.runtime = runtime or Runtime(services)

    # Keys ---------------------------------------------------------------------------------

    def authenticate(self, fields: Mapping[str, str], host: str) -> ApiToken:
        """The live ``akismet`` token the client presented; raises :class:`InvalidRequest`."""
        key = presented_key(fields, host)
        if not key:
            raise InvalidRequest('Empty "api_key" value')
        token = token_for(self.services, key)
        if token is None or token.scope != SCOPE:
            raise InvalidRequest(
                "Invalid key: use a live modsvc token with scope akismet "
                "(modsvc tokens create NAME --scope akismet)"
            )
        return token

    def verify_key(self, fields: Mapping[str, str], host: str) -> ApiToken:
        """``verify-key``: the token when the key and blog are good, else InvalidRequest."""
        token = self.authenticate(fields, host)
        if not fields.get("blog", "").strip():
            raise InvalidRequest('Empty "blog" value')
        return token

    # comment-check ------------------------------------------------------------------------

    def comment_check(
        self, fields: Mapping[str, str], host: str, request_id: str | None = None
    ) -> CheckResult:
        """Judge a comment now; store it with its evidence unless ``is_test`` or a known recheck."""
        token = self.authenticate(fields, host)
        item = Submission.from_fields(fields)
        verdict = self._judge(item)
        self._count_check(token)
        if item.is_test:
            return CheckResult(verdict.spam, verdict.discard, None)
        if item.recheck_reason:
            with self.services.db.session() as session:
                known = self._find(session, token, item)
                if known is not None:
                    # A recheck of a stored comment is answered afresh, never stored twice.
                    return CheckResult(verdict.spam, verdict.discard, known.id)
        comment = self._store_checked(token, item, verdict, request_id)
        logger.info(
            "akismet check %s for %s by key %s -> %s",
            comment.id, item.blog, token.name, verdict.status,
        )
        return CheckResult(verdict.spam, verdict.discard, comment.id)

    def _judge(self, item: Submission) -> _Verdict:
        queue = self.services.settings.akismet_queue_uncertain
        if not item.comment_content.strip() and not item.honeypot:
            # Nothing for the classifier to read (a signup, say): never call that spam.
            reason = Reason(code=NO_TEXT_REASON, params={}, text_en="no text to judge",
                            text_id="tidak ada teks untuk dinilai", weight=0.0).to_dict()
            status = CommentStatus.PENDING if queue else CommentStatus.APPROVED
            version = self.runtime.model().version
            return _Verdict(status, False, False, queue, not queue, None, version, [reason])
        judgement = self.runtime.judge(item.comment_content, None, item.honeypot)
        decision = judgement.decision
        spam = decision.status == CommentStatus.SPAM
        spam_threshold = self.runtime.thresholds(self.runtime.model()).spam
        blatant = spam_threshold + (1.0 - spam_threshold) * DISCARD_MARGIN
        discard = spam and (item.honeypot or judgement.probability >= blatant)
        uncertain = decision.status == CommentStatus.PENDING
        return _Verdict(
            status=CommentStatus.APPROVED if uncertain and not queue else decision.status,
            spam=spam,
            discard=discard,
            queued=uncertain and queue,
            left_to_site=uncertain and not queue,
            probability=judgement.probability,
            model_version=judgement.model_version,
            reasons=list(decision.reasons),
            decided_by=ActorKind(decision.by),
        )

    def _new_comment(
        self,
        token: ApiToken,
        item: Submission,
        status: CommentStatus,
        reasons: list[dict[str, Any]],
        request_id: str | None,
    ) -> Comment:
        ip_hash, prefix_hash = ip_hashes(self.services.settings.secret_key, item.user_ip)
        email = item.comment_author_email.lower()
        return Comment(
            article_id=article_id_for(item.permalink, item.blog),
            author_name=item.comment_author[:100],
            author_email=email[:254] if EMAIL_PATTERN.match(email) else None,
            body=item.comment_content,
            status=status,
            ip_hash=ip_hash,
            ip_prefix_hash=prefix_hash,
            user_agent=_clip(item.user_agent, 512),
            referrer=_clip(item.referrer, 1024),
            accept_language=_clip(item.accept_language, 256),
            honeypot=item.honeypot,
            request_id=(request_id or "")[:64] or None,
            reasons=reasons,
            source="akismet",
            site_url=_clip(item.blog, 1024),
            api_token_id=token.id,
        )

    def _store_checked(
        self, token: ApiToken, item: Submission, verdict: _Verdict, request_id: str | None
    ) -> Comment:
        now = utcnow()
        reasons = [*verdict.reasons, _source_reason(token, item, queued=verdict.queued)]
        comment = self._new_comment(token, item, verdict.status, reasons, request_id)
        if verdict.probability is not None:
            comment.score = verdict.probability
            comment.model_version = verdict.model_version
            comment.scored_at = now
        with self.services.db.session() as session:
            session.add(comment)
            session.flush()
            record_change(
                session, comment.id, actor=_actor(token), actor_kind=ActorKind.AKISMET,
                from_status=None, to_status=CommentStatus.RECEIVED,
                reason=f"comment-check for {item.blog}", at=now,
            )
            why = "; ".join(r["text_en"] for r in verdict.reasons[:3])
            if verdict.left_to_site:
                why = "; ".join(
                    filter(None, [why, "uncertain: left to the site's own moderation"])
                )
            record_change(
                session, comment.id, actor=f"model:{verdict.model_version}",
                actor_kind=verdict.decided_by, from_status=CommentStatus.RECEIVED,
                to_status=verdict.status, reason=why or None, at=now,
            )
        return comment

    # submit-spam, submit-ham --------------------------------------------------------------

    def submit(
        self,
        fields: Mapping[str, str],
        host: str,
        label: CommentStatus,
        request_id: str | None = None,
    ) -> None:
        """Record the site's verdict (``spam`` or ``approved``) as a label for retraining.

        The comment is found by the GUID we returned, else by its text and author; one that
        was never stored (an ``is_test`` check, or checked elsewhere) is stored with the label.
        A submission marked ``is_test`` changes nothing, as Akismet documents.
        """
        if label not in (CommentStatus.SPAM, CommentStatus.APPROVED):
            raise ValueError(f"a submission labels spam or approved, not {label}")
        token = self.authenticate(fields, host)
        item = Submission.from_fields(fields)
        if item.is_test:
            return
        endpoint = "submit-spam" if label == CommentStatus.SPAM else "submit-ham"
        actor = _actor(token)
        now = utcnow()
        with self.services.db.session() as session:
            comment = self._find(session, token, item)
            if comment is None:
                reasons = [_source_reason(token, item, queued=None, reported=str(label))]
                comment = self._new_comment(token, item, label, reasons, request_id)
                session.add(comment)
                session.flush()
                record_change(
                    session, comment.id, actor=actor, actor_kind=ActorKind.AKISMET,
                    from_status=None, to_status=CommentStatus.RECEIVED,
                    reason=f"{endpoint} of a comment not checked before, for {item.blog}", at=now,
                )
                previous = CommentStatus.RECEIVED.value
            else:
                previous = comment.status
                comment.status = label
                comment.updated_at = now
            record_change(
                session, comment.id, actor=actor, actor_kind=ActorKind.AKISMET,
                from_status=previous, to_status=label, reason=f"{endpoint} from {item.blog}",
                at=now,
            )
            comment_id = comment.id
        logger.info("akismet %s for comment %s by key %s", endpoint, comment_id, token.name)

    def _find(self, session: Session, token: ApiToken, item: Submission) -> Comment | None:
        """The comment this key stored: by GUID, else the newest with the same text and author."""
        if item.guid and len(item.guid) <= 32:
            comment = session.get(Comment, item.guid)
            if comment is not None and _checked_with(comment, token):
                return comment
        if not item.comment_content.strip():
            return None
        candidates = session.scalars(
            select(Comment)
            .where(
                Comment.body == item.comment_content,
                Comment.author_name == item.comment_author[:100],
            )
            .order_by(Comment.created_at.desc())
            .limit(20)
        )
        return next((c for c in candidates if _checked_with(c, token)), None)

    # usage-limit --------------------------------------------------------------------------

    def usage(self, fields: Mapping[str, str], host: str) -> dict[str, Any]:
        """``usage-limit``: checks this month; there is no monthly quota, only the rate limit."""
        token = self.authenticate(fields, host)
        raw = self.services.redis.get(self._usage_key(token))
        checks = int(raw) if isinstance(raw, bytes | str | int) else 0
        return {"limit": "none", "usage": checks, "percentage": "0.00", "throttled": False}

    def _count_check(self, token: ApiToken) -> None:
        key = self._usage_key(token)
        pipeline = self.services.redis.pipeline()
        pipeline.incr(key)
        pipeline.expire(key, USAGE_TTL_SECONDS)
        pipeline.execute()

    @staticmethod
    def _usage_key(token: ApiToken) -> str:
        return USAGE_KEY.format(token_id=token.id, month=utcnow().strftime("%Y-%m"))
