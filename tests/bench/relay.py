#!/usr/bin/python3
"""A TCP relay on loopback that puts a wide-area link between a client and a local server.

    relay.py --upstream PORT [--port PORT] [--port-file FILE] [--delay MS] [--max-connections N]
             [--buffer BYTES] [--total-buffer BYTES] [--stats]

Listens on 127.0.0.1 (PORT, or one the kernel chooses; the port is printed as "port N" on stdout
and written to --port-file) and forwards every connection to 127.0.0.1:UPSTREAM, delaying every
byte by --delay milliseconds (default 25) in each direction, so a round trip costs twice that.

The model (tests/bench/README.md, "The wide-area relay"):

- Latency, not a bandwidth cap. Each chunk is timestamped when it is read and written out to the
  other side when its time comes (read time + delay), in order. Nothing else is modelled: no
  bandwidth limit, no loss, no congestion window (a real TCP connection 50 ms away would also
  pay for slow start; a warm one barely).
- Connection set-up costs one round trip, as a TCP handshake to a server that far away does. The
  kernel completes the client's handshake on loopback at once (t0 = accept), so the relay holds
  the client's first bytes as if its connect() had only returned one round trip later: a chunk
  the client sends at t reaches the server at max(t, t0 + RTT) + delay. A real client's first
  request reaches the server at t0 + 1.5 RTT, and so does this one's. In the other direction a
  real server could send its first byte only once the handshake's last ACK arrived
  (t0 + 1.5 RTT), so server bytes reach the client at max(t, t0 + 1.5 RTT) + delay (for HTTP this
  never binds: the server answers a request that already paid the set-up). The upstream
  connection itself is made at once; it is loopback.
- End of stream travels like data: a FIN reaches the other side one delay after it was read.
- TCP's acknowledgements are not delayed: the client's peer is this relay's socket on loopback.
  A sender with Nagle's algorithm on waits for them less here than on a real link.

Bounded: at most --max-connections at a time (default 256; more are closed at once), at most
--buffer bytes held per direction of one connection (default 4 MiB; 4 MiB / 25 ms is 160 MB/s per
connection, far above what the benchmark asks) and --total-buffer in all (default 64 MiB). A full
buffer stops the reading from that side; the writing side waits on drain(), so a slow reader
slows its sender as TCP would. Loopback only: it binds 127.0.0.1 and connects to 127.0.0.1.

SIGTERM or SIGINT: stop listening, close every connection, exit 0. With --stats it prints the
connections and bytes it relayed on stderr at exit. Only Python's standard library.
"""
import argparse
import asyncio
import collections
import os
import signal
import sys

CHUNK = 64 * 1024
SLACK = 0.0005  # seconds: a chunk goes out when it is due within this (see write_side)


class Budget:
    """Bytes held by every pipe of the relay, against a cap; readers wait for room."""

    def __init__(self, cap):
        self.cap = cap
        self.held = 0
        self.room = asyncio.Event()
        self.room.set()

    def take(self, n):
        self.held += n
        if self.held >= self.cap:
            self.room.clear()

    def give(self, n):
        self.held -= n
        if self.held < self.cap:
            self.room.set()


class Pipe:
    """One direction of one connection: read, hold each chunk until its time, write in order."""

    def __init__(self, reader, writer, delay, not_before, cap, budget):
        self.reader = reader
        self.writer = writer
        self.delay = delay
        self.not_before = not_before  # loop time before which nothing may be sent (set-up)
        self.cap = cap
        self.budget = budget
        self.queue = collections.deque()  # (due, bytes); b"" is the end of the stream
        self.held = 0
        self.ready = asyncio.Event()  # the queue is not empty
        self.room = asyncio.Event()  # this pipe holds less than its cap
        self.room.set()
        self.bytes = 0

    async def read_side(self):
        loop = asyncio.get_running_loop()
        while True:
            while not self.room.is_set() or not self.budget.room.is_set():
                await self.room.wait()
                await self.budget.room.wait()
            try:
                data = await self.reader.read(CHUNK)
            except (ConnectionError, OSError):
                data = b""
            due = max(loop.time(), self.not_before) + self.delay
            self.queue.append((due, data))
            self.ready.set()
            if not data:
                return
            self.held += len(data)
            self.budget.take(len(data))
            if self.held >= self.cap:
                self.room.clear()

    async def write_side(self):
        loop = asyncio.get_running_loop()
        while True:
            await self.ready.wait()
            wait = self.queue[0][0] - loop.time()
            if wait > SLACK:
                # The loop's sleep wakes up to 1 ms late (epoll's timeout is in whole
                # milliseconds, rounded up): aim half a millisecond early so that a hop costs the
                # delay on average rather than the delay plus half a millisecond.
                await asyncio.sleep(wait - SLACK)
            now = loop.time() + SLACK
            eof = False
            n = 0
            # Everything whose time has come goes out in one write burst, in order.
            while self.queue and self.queue[0][0] <= now:
                data = self.queue.popleft()[1]
                if not data:
                    eof = True
                    break
                self.writer.write(data)
                n += len(data)
            if not self.queue:
                self.ready.clear()
            self.held -= n
            self.budget.give(n)
            self.bytes += n
            if self.held < self.cap:
                self.room.set()
            if n:
                await self.writer.drain()
            if eof:
                if self.writer.can_write_eof():
                    self.writer.write_eof()
                return

    async def run(self):
        tasks = [asyncio.ensure_future(self.read_side()), asyncio.ensure_future(self.write_side())]
        try:
            # Both sides end at the end of the stream; an error on either ends the pipe.
            await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            # Whatever was still held is dropped with the connection.
            self.budget.give(self.held)
            self.held = 0


class Relay:
    def __init__(self, args):
        self.args = args
        self.delay = args.delay / 1000.0
        self.budget = Budget(args.total_buffer)
        self.tasks = set()
        self.connections = 0  # accepted in all
        self.refused = 0
        self.bytes_up = 0
        self.bytes_down = 0

    async def handle(self, client_reader, client_writer):
        if len(self.tasks) >= self.args.max_connections:
            self.refused += 1
            client_writer.transport.abort()
            return
        task = asyncio.current_task()
        self.tasks.add(task)
        self.connections += 1
        t0 = asyncio.get_running_loop().time()
        server_writer = None
        pipes = []
        try:
            server_reader, server_writer = await asyncio.open_connection(
                "127.0.0.1", self.args.upstream, limit=CHUNK)
            rtt = 2 * self.delay
            up = Pipe(client_reader, server_writer, self.delay, t0 + rtt, self.args.buffer,
                      self.budget)
            down = Pipe(server_reader, client_writer, self.delay, t0 + 1.5 * rtt,
                        self.args.buffer, self.budget)
            pipes = [up, down]
            await asyncio.gather(up.run(), down.run())
        except (ConnectionError, OSError):
            pass
        finally:
            if pipes:
                self.bytes_up += pipes[0].bytes
                self.bytes_down += pipes[1].bytes
            for w in (client_writer, server_writer):
                if w is not None:
                    w.close()
            self.tasks.discard(task)

    async def serve(self):
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        server = await asyncio.start_server(self.handle, "127.0.0.1", self.args.port,
                                            limit=CHUNK, backlog=self.args.max_connections)
        port = server.sockets[0].getsockname()[1]
        if self.args.port_file:
            tmp = self.args.port_file + ".tmp"
            with open(tmp, "w") as f:
                f.write(f"{port}\n")
            os.replace(tmp, self.args.port_file)
        print(f"port {port}", flush=True)
        await stop.wait()
        server.close()
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await server.wait_closed()
        if self.args.stats:
            print(f"relay :{port} -> :{self.args.upstream}: {self.connections} connections "
                  f"({self.refused} refused), {self.bytes_up} B up, {self.bytes_down} B down",
                  file=sys.stderr)


def main():
    p = argparse.ArgumentParser(description="Loopback TCP relay with a fixed delay each way.")
    p.add_argument("--upstream", type=int, required=True, help="port on 127.0.0.1 to forward to")
    p.add_argument("--port", type=int, default=0, help="port to listen on (0: any free one)")
    p.add_argument("--port-file", help="write the port listened on to this file")
    p.add_argument("--delay", type=float, default=25.0, help="milliseconds each way (25)")
    p.add_argument("--max-connections", type=int, default=256)
    p.add_argument("--buffer", type=int, default=4 * 1024 * 1024,
                   help="bytes held per direction of a connection")
    p.add_argument("--total-buffer", type=int, default=64 * 1024 * 1024,
                   help="bytes held by the whole relay")
    p.add_argument("--stats", action="store_true", help="print what was relayed at exit")
    args = p.parse_args()
    if not (0 <= args.delay <= 10000 and 1 <= args.max_connections <= 10000
            and CHUNK <= args.buffer <= args.total_buffer and 0 <= args.port <= 65535
            and 1 <= args.upstream <= 65535):
        p.error("an argument is out of range")
    asyncio.run(Relay(args).serve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
