"""The aiohttp transport's read timeout, kept with one timer per connection (smskit/_aio.py,
``_LazyReadTimer``): the same rule as aiohttp's own (at most ``read`` seconds between pieces
of an answer), on a real server on 127.0.0.1 that answers in pieces, late, or not at all."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest

import smskit
from smskit import errors
from smskit._aio import _LazyReadTimer

CREDS = {"token_id": "token-TIMER1", "token": "timer-secret-1"}
SMSCX_OK = json.dumps(
    {"info": {"totalPhoneNumbers": 1}, "data": [{"msgId": "m-1", "to": "+4915112345678"}]}
).encode()

# How the server answers one request: it writes with ``write`` and waits with ``pause``.
Answer = Callable[["Conversation"], Awaitable[None]]


class Conversation:
    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self._writer = writer

    async def write(self, data: bytes) -> None:
        self._writer.write(data)
        await self._writer.drain()

    async def pause(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class PiecesServer:
    """An HTTP/1.1 server that answers each request with the next scripted ``Answer``, and
    records which connection (client port) every request came on."""

    def __init__(self, answers: list[Answer]) -> None:
        self._answers = answers
        self.peers: list[int] = []
        self.url = ""

    async def __aenter__(self) -> PiecesServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while self._answers:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    ),
                    0,
                )
                await reader.readexactly(length)
                self.peers.append(writer.get_extra_info("peername")[1])
                await self._answers.pop(0)(Conversation(writer))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def no_content(after: float = 0.0) -> Answer:
    async def answer(talk: Conversation) -> None:
        await talk.pause(after)
        await talk.write(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")

    return answer


def in_pieces(body: bytes, pieces: int, gap: float, stall_after: int | None = None) -> Answer:
    """``body`` in ``pieces`` parts ``gap`` seconds apart; with ``stall_after``, nothing more
    after that many parts (and the connection held open)."""

    async def answer(talk: Conversation) -> None:
        await talk.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body)
        )
        size = -(-len(body) // pieces)
        for n in range(pieces):
            if n == stall_after:
                await talk.pause(30)
            await talk.pause(gap)
            await talk.write(body[n * size : (n + 1) * size])

    return answer


def test_an_answer_arriving_in_pieces_within_the_read_timeout_is_read() -> None:
    """Five pieces 0.15 s apart take 0.75 s in all: longer than the 0.3 s read timeout, yet
    no gap reaches it, so the answer is read (a deadline for the whole read would fail)."""

    async def run() -> tuple[Any, float]:
        async with (
            PiecesServer([in_pieces(SMSCX_OK, 5, 0.15)]) as server,
            smskit.AsyncSmscx(api_key="timer-key-1", base_url=server.url, timeout=0.3) as cx,
        ):
            started = time.monotonic()
            result = await cx.send("+4915112345678", "hi", "Shop")
            return result, time.monotonic() - started

    result, took = asyncio.run(run())
    assert result.ids == ("m-1",)
    assert took >= 0.7


@pytest.mark.parametrize("stall_after", [0, 2], ids=["before-the-body", "mid-body"])
def test_an_answer_that_stops_times_out_after_the_read_timeout(stall_after: int) -> None:
    """A send whose answer stops arriving is a read timeout about ``read`` seconds after the
    last piece: a send that may have arrived (sipgate has no key: not repeated)."""

    async def run() -> tuple[BaseException, float, int]:
        answer = in_pieces(b'{"x": "' + b"y" * 40 + b'"}', 4, 0.05, stall_after)
        async with (
            PiecesServer([answer, no_content()]) as server,
            smskit.AsyncSipgate(**CREDS, base_url=server.url, timeout=0.3, max_retries=3) as sg,
        ):
            started = time.monotonic()
            with pytest.raises(errors.DeliveryUnknownError) as raised:
                await sg.send("+4915112345678", "hi")
            return raised.value, time.monotonic() - started, len(server.peers)

    error, took, requests = asyncio.run(run())
    assert error.sent is None
    assert 0.3 <= took < 1.2
    assert requests == 1  # never sent again


def test_a_kept_alive_connection_reads_its_next_answer_past_the_last_ones_deadline() -> None:
    """The second send on the same connection starts while the first one's timer is still
    pending (due 0.3 s after the first answer began) and is answered 0.25 s later, past
    that timer: the timer moves to the second send's deadline instead of failing it."""

    async def run() -> tuple[list[Any], list[int]]:
        async with (
            PiecesServer([no_content(), no_content(after=0.25)]) as server,
            smskit.AsyncSipgate(**CREDS, base_url=server.url, timeout=0.3) as sg,
        ):
            first = await sg.send("+4915112345678", "one")
            await asyncio.sleep(0.15)
            second = await sg.send("+4915112345679", "two")
            return [first, second], server.peers

    results, peers = asyncio.run(run())
    assert [r.recipients for r in results] == [("+4915112345678",), ("+4915112345679",)]
    assert len(peers) == 2
    assert peers[0] == peers[1]  # one connection, kept alive


class CountingLoop(asyncio.SelectorEventLoop):
    """Counts the timers a connection's protocol arms (what the change is for)."""

    def __init__(self) -> None:
        super().__init__()
        self.protocol_timers: list[asyncio.TimerHandle] = []

    def call_at(self, when: float, callback: Any, *args: Any, context: Any = None) -> Any:
        timer = super().call_at(when, callback, *args, context=context)
        if isinstance(getattr(callback, "__self__", None), aiohttp.client_proto.ResponseHandler):
            self.protocol_timers.append(timer)
        return timer


def test_a_connection_arms_one_read_timer_not_two_per_request() -> None:
    """200 sends one after another on one kept-alive connection: aiohttp's own protocol arms
    two timers per request (400); smskit's arms one, which is still pending when the next
    request starts (with this aiohttp: the test fails if the protocol is not smskit's), and
    is cancelled when the client closes the connection."""
    loop = CountingLoop()

    async def run() -> list[int]:
        async with PiecesServer([no_content() for _ in range(200)]) as server:
            async with smskit.AsyncSipgate(**CREDS, base_url=server.url) as sg:
                for n in range(200):
                    await sg.send(f"+4915112345{n:03d}", "hi")
            return server.peers

    with asyncio.Runner(loop_factory=lambda: loop) as runner:
        peers = runner.run(run())
    assert len(peers) == 200
    assert len(set(peers)) == 1
    assert 1 <= len(loop.protocol_timers) <= 2
    assert all(timer.cancelled() for timer in loop.protocol_timers)


def test_a_shorter_timeout_replaces_a_pending_timer_due_later() -> None:
    """A pending timer due later than a new, nearer deadline would raise the timeout late: it
    is replaced. (A connection's requests share its protocol; their timeouts may differ.)"""

    async def run() -> tuple[BaseException | None, float]:
        protocol = _LazyReadTimer(loop=asyncio.get_running_loop())
        protocol.read_timeout = 10.0
        protocol.start_timeout()
        protocol.read_timeout = 0.05
        started = time.monotonic()
        protocol.start_timeout()
        while protocol.exception() is None and time.monotonic() - started < 2:
            await asyncio.sleep(0.01)
        return protocol.exception(), time.monotonic() - started

    failure, took = asyncio.run(run())
    assert isinstance(failure, aiohttp.SocketTimeoutError)
    assert took < 1
