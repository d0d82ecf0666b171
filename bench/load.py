"""HTTP load with wrk (Debian's package), driven by small Lua scripts.

wrk is written in C and keeps the load generator far from being the bottleneck. Requests that
need a body (comments with pre-solved captchas) read it from a file, one JSON body a line, each
wrk thread taking every n-th line so no captcha is used twice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

WRK_DONE = r"""
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "non2xx": %d, "socket_errors": %d, '
    .. '"p50_us": %d, "p90_us": %d, "p99_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean))
end
"""

WRK_BODIES = r"""
local threads = {}
local counter = 0
setup = function(thread)
  thread:set("number", counter)
  counter = counter + 1
  table.insert(threads, thread)
end
init = function(args)
  local stride = tonumber(args[2])
  local lines, n = {}, 0
  for line in io.lines(args[1]) do
    if n % stride == number then table.insert(lines, line) end
    n = n + 1
  end
  bodies = lines
  position = 0
  method = args[3]
  path = args[4]
  headers = {["Content-Type"] = "application/json"}
end
request = function()
  position = position + 1
  if position > #bodies then
    position = 1  -- wrapped: these will be refused as used captchas, and counted
  end
  return wrk.format(method, path, headers, bodies[position])
end
"""

WRK_PLAIN = r"""
init = function(args)
  method = args[1]
  path = args[2]
end
request = function()
  return wrk.format(method, path, {["Content-Type"] = "application/json"}, nil)
end
"""


@dataclass(frozen=True)
class LoadResult:
    """What one wrk run measured."""

    requests: int
    seconds: float
    non2xx: int
    socket_errors: int
    p50_ms: float
    p90_ms: float
    p99_ms: float

    @property
    def rate(self) -> float:
        """Requests per second, all answers counted."""
        return self.requests / self.seconds

    @property
    def ok_rate(self) -> float:
        """Requests per second answered 2xx."""
        return (self.requests - self.non2xx) / self.seconds


def wrk_available() -> bool:
    """True when the wrk binary is on PATH."""
    return shutil.which("wrk") is not None


def run_wrk(
    url: str,
    *,
    method: str = "GET",
    bodies: Path | None = None,
    connections: int = 16,
    threads: int = 1,
    seconds: float = 5.0,
) -> LoadResult:
    """Send load to ``url`` for ``seconds``; with ``bodies``, one body per request."""
    if not wrk_available():
        raise RuntimeError("wrk is not installed (Debian: apt-get install wrk)")
    threads = max(1, min(threads, connections))
    base, _, path = url.partition("//")[2].partition("/")
    origin = url[: url.index(base) + len(base)]
    path = "/" + path
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        if bodies is not None:
            script.write(WRK_BODIES + WRK_DONE)
            script_args = [str(bodies), str(threads), method, path]
        else:
            script.write(WRK_PLAIN + WRK_DONE)
            script_args = [method, path]
    try:
        output = subprocess.run(
            ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{max(1, round(seconds))}s",
             "--timeout", "10s", "-s", script.name, origin, "--", *script_args],
            capture_output=True, text=True, timeout=seconds + 60, check=False,
        )
        if output.returncode != 0:
            raise RuntimeError(f"wrk failed: {output.stdout}{output.stderr}")
    finally:
        Path(script.name).unlink(missing_ok=True)
    line = next((x for x in output.stdout.splitlines() if x.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary:\n{output.stdout}{output.stderr}")
    data = json.loads(line[len("WRKJSON "):])
    return LoadResult(
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        non2xx=data["non2xx"],
        socket_errors=data["socket_errors"],
        p50_ms=data["p50_us"] / 1000,
        p90_ms=data["p90_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
    )
