"""`make bench`'s load generator (cms/bench/load.py) reads whole answers – fixed-length and
chunked – over kept-alive connections, counts what failed, and stops at its bounds. Against a
tiny local server, for a fraction of a second: no figures are asserted, only behaviour."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from cms.bench import load


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as gunicorn answers

    def do_GET(self):
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"hello ", b"world"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        status = 200 if self.path == "/" else 404
        body = b"x" * 5000
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def port():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["/", "/chunked"])
def test_answers_are_read_whole_and_connections_reused(port, path):
    result = load.run("127.0.0.1", port, path, seconds=5, concurrency=2, max_requests=40)
    assert len(result.latencies) == 40  # every request of the cap answered, none lost in framing
    assert result.errors == 0 and result.statuses == {200: 40}
    assert 0 < result.percentile_ms(50) <= result.percentile_ms(99)


def test_error_answers_are_counted_not_timed(port):
    result = load.run("127.0.0.1", port, "/missing", seconds=5, concurrency=2, max_requests=10)
    assert result.errors == 10 and result.latencies == [] and result.rate == 0


def test_the_time_limit_stops_the_load(port):
    result = load.run("127.0.0.1", port, "/", seconds=0.3, concurrency=2)
    assert result.latencies and result.elapsed < 5  # 0.3 s plus the answers in flight


def test_a_closed_port_is_an_error_not_a_hang():
    result = load.run("127.0.0.1", _closed_port(), "/", seconds=0.3, concurrency=1)
    assert result.errors > 0 and result.latencies == []


def _closed_port():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    number = server.server_address[1]
    server.server_close()
    return number
