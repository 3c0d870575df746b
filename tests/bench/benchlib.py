#!/usr/bin/python3
"""Helpers for tests/bench/run: workload generation, URL lists, verification, the report.

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


# ---------------------------------------------------------------------------------------------
# Report

PEERS = ["curl", "wget2", "aria2c"]
# qt-floor and qt-contract (tests/bench/qtfloor) are not peers: they set no target. qt-floor is a
# bare QNetworkAccessManager downloader, qt-contract the same plus the file work Fanout's contract
# asks for (.part, SHA-256, rename); they show how close to the targets any engine on
# QNetworkAccessManager can get.
FLOORS = ["qt-floor", "qt-contract"]
ORDER = ["fanout", "curl", "wget2", "aria2c", "cp"] + FLOORS
MAIN_COLUMNS = ["fanout", "curl", "wget2", "aria2c", "cp"]
LISTENER_NAME = {"http": "HTTP/1.1 (plain)", "h1": "HTTPS HTTP/1.1", "h2": "HTTPS HTTP/2"}
RSS_LIMIT_MIB = 64


def load_raw(path):
    rows = []
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            for k in ("wall", "user", "sys"):
                r[k] = float(r[k]) if r[k] not in ("", "-") else None
            r["rss_kb"] = int(r["rss_kb"]) if r["rss_kb"] not in ("", "-") else None
            rows.append(r)
    return rows


def fmt_s(x):
    if x is None:
        return "–"
    return f"{x:.2f} s" if x < 10 else f"{x:.1f} s"


def target_for(workload, listener, walls):
    """(limit, reference name, reference wall) for Fanout's wall time, per issue 7."""
    best_peer = min(((walls[p], p) for p in PEERS if walls.get(p) is not None), default=None)
    if listener in ("h1", "h2"):
        if best_peer is None:
            return None
        return 0.8, best_peer[1], best_peer[0]
    if workload == "S":
        return (3.5, "curl", walls["curl"]) if walls.get("curl") is not None else None
    if workload == "M":
        return (1.25, best_peer[1], best_peer[0]) if best_peer else None
    if workload == "L":
        return (1.1, "cp", walls["cp"]) if walls.get("cp") is not None else None
    return None


def cmd_report(a):
    rows = load_raw(a.raw)
    groups = {}
    for r in rows:
        groups.setdefault((r["workload"], r["listener"]), {}).setdefault(r["contender"], []).append(r)
    wl_order = {w: i for i, w in enumerate("SML")}
    li_order = {l: i for i, l in enumerate(["http", "h1", "h2", "disk"])}
    keys = sorted(groups, key=lambda k: (wl_order.get(k[0], 9), li_order.get(k[1], 9)))
    # cp runs once per repetition per workload ("disk"), and is the reference for L over http.
    cp_walls = {}
    for (w, l), by in groups.items():
        if l == "disk" and "cp" in by:
            ok = [r["wall"] for r in by["cp"] if r["status"] == "ok"]
            if ok:
                cp_walls[w] = statistics.median(ok)

    out = []
    out.append(f"### Wall time (median of the valid runs; {a.runs} runs each, interleaved)\n")
    out.append("| Workload | Listener | fanout | curl | wget2 | aria2c | cp | Fanout ÷ reference | Target | Met |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---|:-:|")
    summary_ok = True
    details = []
    floors_run = [c for c in FLOORS if any(r["contender"] == c for r in rows)]
    floor_rows = []  # (workload, listener, cells) for the floors' table
    floor_misses = {c: [] for c in FLOORS}  # rows where that floor is above the target's limit
    for (w, l) in keys:
        if l == "disk":
            continue
        by = groups[(w, l)]
        walls, cells = {}, {}
        for c in ORDER:
            runs = by.get(c, [])
            if c == "cp":
                walls["cp"] = cp_walls.get(w) if l == "http" else None
                cells["cp"] = fmt_s(walls["cp"]) if walls["cp"] is not None else "–"
                continue
            if not runs:
                cells[c] = "n/a" if (c == "aria2c" and l == "h2") else "–"
                walls[c] = None
                continue
            ok = [r for r in runs if r["status"] == "ok"]
            bad = len(runs) - len(ok)
            walls[c] = statistics.median([r["wall"] for r in ok]) if ok else None
            cells[c] = (fmt_s(walls[c]) if ok else "FAILED") + (f" ({bad} failed)" if bad and ok else "")
            if ok:
                details.append((w, l, c, ok, bad))
        t = target_for(w, l, walls)
        if t and floors_run:
            limit, ref, ref_wall = t
            row = [f"{ref} {fmt_s(ref_wall)}"]
            for c in FLOORS + ["fanout"]:
                if walls.get(c) is None:
                    row += ["–", "–"] if c != "fanout" else ["–"]
                    continue
                ratio = walls[c] / ref_wall
                row += [cells[c], f"{ratio:.2f}"] if c != "fanout" else [f"{ratio:.2f}"]
                if c in FLOORS and ratio > limit:
                    floor_misses[c].append(f"{w} {LISTENER_NAME.get(l, l)} ({ratio:.2f} > {limit:g})")
            floor_rows.append((w, l, row + [f"≤ {limit:g}"]))
        if t and walls.get("fanout") is not None:
            limit, ref, ref_wall = t
            ratio = walls["fanout"] / ref_wall
            met = ratio <= limit
            ratio_cell = f"{ratio:.2f} × {ref}"
            target_cell = f"≤ {limit:g} × " + ("best peer" if ref in PEERS and not (l == 'http' and w == 'S') else ref)
            met_cell = "yes" if met else "**no**"
        else:
            ratio_cell, target_cell, met_cell, met = "–", "–", "–", False
        summary_ok &= bool(met)
        out.append(f"| {w} | {LISTENER_NAME.get(l, l)} | " + " | ".join(cells[c] for c in MAIN_COLUMNS)
                   + f" | {ratio_cell} | {target_cell} | {met_cell} |")
    for (w, l) in keys:
        if l == "disk" and "cp" in groups[(w, l)]:
            ok = [r for r in groups[(w, l)]["cp"] if r["status"] == "ok"]
            if ok:
                details.append((w, "disk", "cp", ok, 0))

    out.append("")
    out.append("### CPU time and memory per contender\n")
    out.append("| Workload | Listener | Contender | Wall median [min–max] | CPU user+sys (median) | CPU ÷ wall | Peak RSS (max) | Valid runs |")
    out.append("|---|---|---|---:|---:|---:|---:|---:|")
    rss_ok = True
    details.sort(key=lambda d: (wl_order.get(d[0], 9), li_order.get(d[1], 9), ORDER.index(d[2])))
    for (w, l, c, ok, bad) in details:
        walls = [r["wall"] for r in ok]
        cpus = [r["user"] + r["sys"] for r in ok]
        rss = max(r["rss_kb"] for r in ok) / 1024
        if c == "fanout" and rss >= RSS_LIMIT_MIB:
            rss_ok = False
        rss_cell = f"{rss:.0f} MiB" + (" **(≥ 64)**" if c == "fanout" and rss >= RSS_LIMIT_MIB else "")
        wm = statistics.median(walls)
        cm = statistics.median(cpus)
        out.append(f"| {w} | {LISTENER_NAME.get(l, l) if l != 'disk' else 'local disk'} | {c} | "
                   f"{fmt_s(wm)} [{min(walls):.2f}–{max(walls):.2f}] | {fmt_s(cm)} | {cm / wm:.2f} | "
                   f"{rss_cell} | {len(ok)}/{len(ok) + bad} |")
    out.append("")
    out.append(f"Wall-time targets all met: **{'yes' if summary_ok else 'no'}**; "
               f"Fanout's peak RSS under {RSS_LIMIT_MIB} MiB everywhere: **{'yes' if rss_ok else 'no'}**.")
    if floors_run:
        out.append("")
        out.append("### What QNetworkAccessManager allows: the Qt floors against the same reference\n")
        out.append("qt-floor: a bare QNetworkAccessManager downloader (GET, write the body); qt-contract: the same "
                   "plus the file work Fanout's contract asks for (NAME.part created exclusively, SHA-256 of "
                   "every byte, rename without replacing). Same Qt, same lanes (threads, one manager each) and "
                   "read buffer as Fanout. Ratios are to the reference of Fanout's target.\n")
        out.append("| Workload | Listener | Reference | qt-floor | ÷ ref | qt-contract | ÷ ref | Fanout ÷ ref | Target |")
        out.append("|---|---|---|---:|---:|---:|---:|---:|---|")
        for (w, l, row) in floor_rows:
            out.append(f"| {w} | {LISTENER_NAME.get(l, l)} | " + " | ".join(row) + " |")
        out.append("")
        for c, what in (("qt-floor", "the bare-QNAM floor"), ("qt-contract", "the QNAM floor with the contract's file work")):
            if c in floors_run:
                out.append(f"Rows where even {what} misses the target: {', '.join(floor_misses[c]) or 'none'}.")
    text = "\n".join(out) + "\n"
    with open(a.out, "w") as f:
        if a.header:
            with open(a.header) as h:
                f.write(h.read())
        f.write(text)
    sys.stdout.write(text)
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
    r.set_defaults(fn=cmd_report)
    a = p.parse_args()
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
