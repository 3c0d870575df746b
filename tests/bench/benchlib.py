#!/usr/bin/python3
"""Helpers for tests/bench/run: workload generation, URL lists, verification; the report is
benchreport.py's.

Only the Python standard library is used (Debian's python3).
"""
import argparse
import hashlib
import json
import os
import random
import socket
import statistics
import sys

from benchreport import cmd_report

# ---------------------------------------------------------------------------------------------
# Workloads


def cmd_gen(a):
    """Create a.count files of a.size bytes in a.dir (named f00000.bin ...) and a manifest.

    Reuses an existing set when its manifest says it has the same count and size.
    """
    manifest_path = os.path.join(a.dir, "manifest.json")
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            m = json.load(f)
        if m.get("count") == a.count and m.get("size") == a.size:
            print(f"  reusing {a.dir} ({a.count} x {a.size} B)")
            return 0
    os.makedirs(a.dir, exist_ok=True)
    for name in os.listdir(a.dir):
        os.unlink(os.path.join(a.dir, name))
    files = {}
    # A pool of random bytes; each file takes a different slice (and a counter prefix), so no two
    # files are equal and generating 1 GiB does not cost 1 GiB of urandom.
    pool = os.urandom(64 * 1024 * 1024 + 4096)
    rng = random.Random(a.count * 1000003 + a.size)
    chunk = 4 * 1024 * 1024
    for i in range(a.count):
        name = f"f{i:05d}.bin"
        h = hashlib.sha256()
        with open(os.path.join(a.dir, name), "wb") as out:
            left = a.size
            first = True
            while left > 0:
                n = min(chunk, left)
                start = rng.randrange(0, len(pool) - n + 1)
                block = pool[start:start + n]
                if first:
                    tag = f"{name}:{a.size}:".encode()
                    block = tag[:n] + block[len(tag[:n]):]
                    first = False
                out.write(block)
                h.update(block)
                left -= n
        files[name] = [a.size, h.hexdigest()]
    with open(manifest_path + ".tmp", "w") as f:
        json.dump({"count": a.count, "size": a.size, "files": files}, f)
    os.replace(manifest_path + ".tmp", manifest_path)
    print(f"  generated {a.dir} ({a.count} x {a.size} B)")
    return 0


def cmd_lists(a):
    """URL lists for one workload and one base URL: fanout/wget2/aria2c (.txt), curl (.curl)."""
    with open(os.path.join(a.www, a.workload, "manifest.json")) as f:
        names = sorted(json.load(f)["files"])
    with open(a.prefix + ".txt", "w") as f:
        for n in names:
            f.write(f"{a.base}/{a.workload}/{n}\n")
    with open(a.prefix + ".curl", "w") as f:
        for n in names:
            f.write(f'url = "{a.base}/{a.workload}/{n}"\noutput = "{n}"\n')
    return 0


def cmd_ports(a):
    socks, ports = [], []
    for _ in range(a.n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        socks.append(s)
        ports.append(s.getsockname()[1])
    for s in socks:
        s.close()
    print(" ".join(map(str, ports)))
    return 0


def cmd_wait(a):
    """Wait (bounded) until every port accepts a TCP connection."""
    import time
    deadline = time.monotonic() + a.timeout
    while time.monotonic() < deadline:
        ok = True
        for p in a.ports:
            try:
                socket.create_connection(("127.0.0.1", p), timeout=0.2).close()
            except OSError:
                ok = False
                break
        if ok:
            return 0
        time.sleep(0.05)
    return 1


def cmd_accepts(a):
    """Print nginx's count of accepted TCP connections, read from its stub_status page on a.port
    (the count includes this reading's own connection)."""
    with socket.create_connection(("127.0.0.1", a.port), timeout=5) as s:
        s.sendall(b"GET /status HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        data = b""
        while True:
            b = s.recv(4096)
            if not b:
                break
            data += b
    # "...server accepts handled requests\n 12 12 40 \n..."
    lines = data.decode("ascii", "replace").splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith("server accepts") and i + 1 < len(lines):
            print(int(lines[i + 1].split()[0]))
            return 0
    print("benchlib accepts: no stub_status answer", file=sys.stderr)
    return 1


def cmd_probe(a):
    """The least an HTTP/1.1 client does: a.jobs keep-alive connections to 127.0.0.1:a.port in one
    thread (non-blocking sockets, one poll), each sending the next path of the URL list as soon as
    its previous answer is in, bodies discarded. Through relay.py it measures the link as the relay
    delivers it. Prints the wall time in seconds and the median round trip in milliseconds."""
    import selectors
    import time
    from urllib.parse import urlsplit
    with open(a.list) as f:
        paths = [urlsplit(u.strip()).path for u in f if u.strip()]
    sel = selectors.DefaultSelector()
    state = {"next": 0, "done": 0}
    rtts = []

    def send_next(conn):
        if state["next"] >= len(paths):
            sel.unregister(conn["sock"])
            conn["sock"].close()
            return
        conn["path"] = paths[state["next"]]
        state["next"] += 1
        conn["buf"] = b""
        conn["need"] = None  # bytes of the whole answer, once its header is in
        conn["t"] = time.monotonic()
        conn["sock"].sendall(f"GET {conn['path']} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())

    t0 = time.monotonic()
    for _ in range(min(a.jobs, len(paths))):
        sock = socket.create_connection(("127.0.0.1", a.port), timeout=30)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setblocking(False)
        conn = {"sock": sock}
        sel.register(sock, selectors.EVENT_READ, conn)
        send_next(conn)
    deadline = t0 + 600
    while state["done"] < len(paths):
        if time.monotonic() > deadline:
            print("benchlib probe: timed out", file=sys.stderr)
            return 1
        for key, _ in sel.select(timeout=5):
            conn = key.data
            data = conn["sock"].recv(65536)
            if not data:
                print(f"benchlib probe: connection closed during {conn['path']}", file=sys.stderr)
                return 1
            conn["buf"] += data
            if conn["need"] is None and b"\r\n\r\n" in conn["buf"]:
                head, _sep, _rest = conn["buf"].partition(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                length = [int(x.split(b":", 1)[1]) for x in lines[1:]
                          if x.lower().startswith(b"content-length:")]
                if b" 200 " not in lines[0] or not length:
                    print(f"benchlib probe: {conn['path']}: {lines[0]!r}", file=sys.stderr)
                    return 1
                conn["need"] = len(head) + 4 + length[0]
            if conn["need"] is not None and len(conn["buf"]) >= conn["need"]:
                rtts.append(time.monotonic() - conn["t"])
                state["done"] += 1
                send_next(conn)
    print(f"{time.monotonic() - t0:.3f} {statistics.median(rtts) * 1000:.1f}")
    return 0


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            b = f.read(4 * 1024 * 1024)
            if not b:
                break
            h.update(b)
    return h.hexdigest()


def cmd_verify(a):
    """The output folder holds exactly the manifest's files, with the right sizes, and a sample
    of them (all when there are few) has the right SHA-256. Prints a one-line verdict."""
    with open(a.manifest) as f:
        files = json.load(f)["files"]
    present = {}
    for root, _dirs, names in os.walk(a.out):
        for n in names:
            p = os.path.join(root, n)
            present[os.path.relpath(p, a.out)] = os.path.getsize(p)
    want_bytes = sum(v[0] for v in files.values())
    got_bytes = sum(present.get(n, 0) for n in files)
    missing = [n for n in files if n not in present]
    extra = [n for n in present if n not in files]
    wrong_size = [n for n in files if n in present and present[n] != files[n][0]]
    problems = []
    if missing:
        problems.append(f"{len(missing)} missing (e.g. {missing[0]})")
    if extra:
        problems.append(f"{len(extra)} unexpected (e.g. {extra[0]})")
    if wrong_size:
        problems.append(f"{len(wrong_size)} wrong size (e.g. {wrong_size[0]})")
    if not problems:
        names = sorted(files)
        rng = random.Random(a.seed)
        sample = names if len(names) <= a.sample else rng.sample(names, a.sample)
        bad = [n for n in sample if sha256_file(os.path.join(a.out, n)) != files[n][1]]
        if bad:
            problems.append(f"{len(bad)}/{len(sample)} sampled files differ (e.g. {bad[0]})")
    if problems:
        print("FAIL: " + "; ".join(problems) + f" [{len(present)} files, {got_bytes} of {want_bytes} B]")
        return 1
    print(f"ok {len(files)} files {want_bytes} B")
    return 0


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gen")
    g.add_argument("dir")
    g.add_argument("count", type=int)
    g.add_argument("size", type=int)
    g.set_defaults(fn=cmd_gen)
    li = sub.add_parser("lists")
    li.add_argument("www")
    li.add_argument("workload")
    li.add_argument("base")
    li.add_argument("prefix")
    li.set_defaults(fn=cmd_lists)
    po = sub.add_parser("ports")
    po.add_argument("n", type=int)
    po.set_defaults(fn=cmd_ports)
    wa = sub.add_parser("wait")
    wa.add_argument("timeout", type=float)
    wa.add_argument("ports", type=int, nargs="+")
    wa.set_defaults(fn=cmd_wait)
    ac = sub.add_parser("accepts")
    ac.add_argument("port", type=int)
    ac.set_defaults(fn=cmd_accepts)
    pr = sub.add_parser("probe")
    pr.add_argument("port", type=int)
    pr.add_argument("list")
    pr.add_argument("--jobs", type=int, default=8)
    pr.set_defaults(fn=cmd_probe)
    v = sub.add_parser("verify")
    v.add_argument("out")
    v.add_argument("manifest")
    v.add_argument("--sample", type=int, default=32)
    v.add_argument("--seed", type=int, default=1)
    v.set_defaults(fn=cmd_verify)
    r = sub.add_parser("report")
    r.add_argument("raw")
    r.add_argument("out")
    r.add_argument("--header")
    r.add_argument("--runs", default="?")
    r.add_argument("--jobs", type=int, default=8)
    r.add_argument("--w-count", type=int, default=500)
    r.add_argument("--w-rtt-ms", type=float, default=50.0)
    r.set_defaults(fn=cmd_report)
    a = p.parse_args()
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
