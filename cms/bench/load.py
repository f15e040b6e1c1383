"""A small, bounded HTTP load generator: `concurrency` keep-alive connections asking for one
URL as fast as the server answers, for a fixed time (docs/performance.md, `make bench`).

Why our own rather than a tool: `make bench` must run wherever the project runs, with nothing
but Python; `wrk` is faster but not always installed. One asyncio loop in one process drives
all connections, so the client costs as little CPU as Python allows – it shares the machine
with the server, which is why the static file's rate is measured the same way, as the
reference the pages are compared with.

Bounded three ways: the time limit, a cap on the number of requests, and a timeout on each.
"""

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field

MAX_REQUESTS = 200_000
TIMEOUT_SECONDS = 30
# Large enough for any header block the site sends (cookies, CSP).
STREAM_LIMIT = 1 << 20


@dataclass
class Result:
    """What one load run saw: latencies (seconds) of the answers, and what went wrong."""

    elapsed: float = 0.0
    latencies: list = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: int = 0  # connection failures and timeouts, and answers other than 2xx/3xx

    @property
    def rate(self):
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile_ms(self, percent):
        """Nearest-rank percentile in milliseconds (0 when nothing was answered)."""
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        rank = max(0, min(len(ordered) - 1, round(percent / 100 * len(ordered)) - 1))
        return ordered[rank] * 1000


def run(host, port, path, cookie=None, seconds=10, concurrency=8, max_requests=MAX_REQUESTS):
    """Load `path` for `seconds` from `concurrency` connections; returns a Result."""
    request = _request_bytes(host, port, path, cookie)
    return asyncio.run(_run(host, port, request, seconds, concurrency, max_requests))


def _request_bytes(host, port, path, cookie):
    lines = [
        f"GET {path} HTTP/1.1",
        f"Host: {host}:{port}",
        "User-Agent: empiriae-bench",
        "Accept: text/html,*/*",
    ]
    if cookie:
        lines.append(f"Cookie: {cookie}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _run(host, port, request, seconds, concurrency, max_requests):
    result = Result()
    loop = asyncio.get_running_loop()
    budget = [max_requests]  # shared by the connections: the cap is on the whole run
    started = time.perf_counter()
    deadline = loop.time() + seconds
    await asyncio.gather(
        *(_connection(host, port, request, deadline, budget, result) for _ in range(concurrency))
    )
    result.elapsed = time.perf_counter() - started
    return result


async def _connection(host, port, request, deadline, budget, result):
    """One client: a keep-alive connection, reopened when the server closes it."""
    loop = asyncio.get_running_loop()
    stream = None
    try:
        while loop.time() < deadline and budget[0] > 0:
            budget[0] -= 1
            started = time.perf_counter()
            try:
                if stream is None:
                    stream = await asyncio.wait_for(
                        asyncio.open_connection(host, port, limit=STREAM_LIMIT), TIMEOUT_SECONDS
                    )
                status, keep_alive = await asyncio.wait_for(
                    exchange(*stream, request), TIMEOUT_SECONDS
                )
            except (
                OSError,
                TimeoutError,
                ValueError,
                asyncio.IncompleteReadError,
                asyncio.LimitOverrunError,
            ):
                result.errors += 1
                stream = _close(stream)
                continue
            result.statuses[status] += 1
            if 200 <= status < 400:
                result.latencies.append(time.perf_counter() - started)
            else:
                result.errors += 1
            if not keep_alive:
                stream = _close(stream)
    finally:
        _close(stream)


def _close(stream):
    if stream is not None:
        stream[1].close()
    return None


async def exchange(reader, writer, request):
    """Send one request and read its whole answer; returns (status, connection kept open)."""
    writer.write(request)
    await writer.drain()
    status, headers = parse_head(await reader.readuntil(b"\r\n\r\n"))
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif "chunked" in headers.get("transfer-encoding", "").lower():
        await _read_chunks(reader)
    else:  # the body runs to the end of the connection
        await reader.read()
        return status, False
    return status, headers.get("connection", "").lower() != "close"


def parse_head(head):
    """(status code, {lower-case header name: value}) of a response's status line and headers."""
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines:
        name, _colon, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), headers


async def _read_chunks(reader):
    while True:
        size = int((await reader.readline()).split(b";")[0], 16)
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b""):  # trailers
                pass
            return
        await reader.readexactly(size + 2)  # the chunk and its CRLF
