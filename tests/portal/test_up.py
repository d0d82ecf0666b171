"""The story of a new user: `modsvc up` runs everything, and a restart keeps every comment."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from redis import Redis
from redis.exceptions import RedisError

from modsvc.captcha import answer_for
from modsvc.redis_server import free_port

pytestmark = pytest.mark.slow


def _call(base: str, method: str, path: str, data: Any = None) -> tuple[int, Any]:
    request = urllib.request.Request(
        base + path,
        method=method,
        data=json.dumps(data).encode() if data is not None else None,
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, None


class Up:
    """`modsvc up` in a child process with its own data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("MODSVC_")}
        env["MODSVC_DATA_DIR"] = str(data_dir)
        env["MODSVC_WORKERS"] = "1"
        self.log_path = data_dir.parent / f"up-{self.port}.log"
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "modsvc", "up", "--port", str(self.port)],
            env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )

    def output(self) -> str:
        return self.log_path.read_text()

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output()
            status, _ = _call(self.base, "GET", "/readyz")
            if status == 200:
                return
            time.sleep(0.5)
        raise AssertionError("not ready in time:\n" + self.output())

    def post(self, body: str) -> tuple[int, Any]:
        secret = (self.data_dir / "secret_key").read_text().strip()
        _, captcha = _call(self.base, "POST", "/api/v1/captcha")
        return _call(self.base, "POST", "/api/v1/comments", {
            "article_id": "berita-1", "author_name": "Warga", "body": body,
            "captcha_id": captcha["captcha_id"],
            "captcha_answer": answer_for(secret, captcha["captcha_id"]),
        })

    def wait_status(self, comment_id: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            _, body = _call(self.base, "GET", f"/api/v1/comments/{comment_id}")
            if body and body["status"] != "received":
                return str(body["status"])
            time.sleep(0.1)
        raise AssertionError("never scored:\n" + self.output())

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(90)
        self.log.close()
        return code


def test_modsvc_up_runs_the_whole_path_and_a_restart_keeps_every_comment(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "var"
    first = Up(data_dir)
    try:
        first.wait_ready()
        banner = first.output()
        assert f"http://127.0.0.1:{first.port}/demo" in banner
        assert re.search(r"user 'admin', password '[^']{12,}'", banner)

        status, genuine = first.post("Jalan di desa kami rusak parah, mohon diperbaiki pak")
        assert status == 202
        _, gambling = first.post("𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 maxwin hari ini depo 10rb wd cepat di pulauwin88 .com")
        assert first.wait_status(genuine["id"]) == "pending"
        assert first.wait_status(gambling["id"]) == "spam"

        # The bundled Redis dies: `up` starts it again and the service recovers by itself.
        redis_url = re.search(r"Bundled Redis on (redis://\S+)", banner, re.IGNORECASE)
        assert redis_url, banner
        with contextlib.suppress(RedisError):  # the connection drops as the server goes
            Redis.from_url(redis_url.group(1)).shutdown(nosave=True)
        first.wait_ready(timeout=30)
        status, after = first.post("Terima kasih atas infonya, sangat membantu warga")
        assert status == 202
        first.wait_status(after["id"])
    finally:
        assert first.stop() == 0
    assert "Stopped." in first.output()

    second = Up(data_dir)
    try:
        second.wait_ready(timeout=60)
        assert "training the default model" not in second.output()
        for comment in (genuine, gambling, after):
            status, body = _call(second.base, "GET", f"/api/v1/comments/{comment['id']}")
            assert status == 200
            assert body["status"] != "received"
    finally:
        assert second.stop() == 0
