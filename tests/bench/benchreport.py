"""The report of tests/bench/run: medians, ratios to each row's reference, the targets, the W
link's floor, CPU, memory and connections, and the Qt floors beside them (benchlib.py report).

Only the Python standard library is used (Debian's python3).
"""
import statistics
import sys

PEERS = ["curl", "wget2", "aria2c"]
# qt-floor and qt-contract (tests/bench/qtfloor) are not peers: they set no target. qt-floor is a
# bare QNetworkAccessManager downloader, qt-contract the same plus the file work Fanout's contract
# asks for (.part, SHA-256, rename); they show how close to the targets any engine on
# QNetworkAccessManager can get.
FLOORS = ["qt-floor", "qt-contract"]
ORDER = ["fanout", "curl", "wget2", "aria2c", "cp"] + FLOORS
MAIN_COLUMNS = ["fanout", "curl", "wget2", "aria2c", "cp"]
LISTENER_NAME = {"http": "HTTP/1.1 (plain)", "h1": "HTTPS HTTP/1.1", "h2": "HTTPS HTTP/2",
                 "h2c": "HTTP/2 cleartext (h2c)"}
TLS_LISTENERS = ("h1", "h2")
RSS_LIMIT_MIB = 64
W_LIMIT = 1.0  # issue 15: Fanout ≤ 1.0 × the best of curl, wget2, aria2c on every W row
T_LIMIT = 1.05  # issue 17: Fanout's throughput ≥ 0.95 × aria2c's (-x 4 -s 4) on T: wall ≤ 1/0.95


def load_raw(path):
    rows = []
    with open(path, newline="\n") as f:  # a detail may hold a stray \r (curl's progress)
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            for k in ("wall", "user", "sys"):
                r[k] = float(r[k]) if r[k] not in ("", "-") else None
            r["rss_kb"] = int(r["rss_kb"]) if r["rss_kb"] not in ("", "-") else None
            conns = r.get("conns", "-")
            r["conns"] = int(conns) if conns not in ("", "-") else None
            rows.append(r)
    return rows


def fmt_s(x):
    if x is None:
        return "–"
    return f"{x:.2f} s" if x < 10 else f"{x:.1f} s"


def target_for(workload, listener, walls):
    """(limit, reference name, reference wall) for Fanout's wall time: issue 7's, issue 15's
    for W and issue 17's for T (against aria2c's segmented downloads). Rows without a target (h2c) get limit None beside their best peer."""
    best_peer = min(((walls[p], p) for p in PEERS if walls.get(p) is not None), default=None)
    if workload == "W":
        return (W_LIMIT, best_peer[1], best_peer[0]) if best_peer else None
    if workload == "T":
        return (T_LIMIT, "aria2c", walls["aria2c"]) if walls.get("aria2c") is not None else None
    if listener == "h2c":
        if best_peer:
            return None, best_peer[1], best_peer[0]
        # No peer speaks it here (see the n/a lines): beside the QNAM floor with the contract.
        return (None, "qt-contract", walls["qt-contract"]) if walls.get("qt-contract") else None
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


def w_floor(listener, count, jobs, rtt):
    """The link's floor for W: ceil(count / jobs) request round trips, plus the set-up of the
    connections (opened side by side): one round trip for TCP, one more for TLS 1.3."""
    setup = 1 + (1 if listener in TLS_LISTENERS else 0)
    return (-(-count // jobs) + setup) * rtt


def cmd_report(a):
    rows = load_raw(a.raw)
    groups = {}
    for r in rows:
        groups.setdefault((r["workload"], r["listener"]), {}).setdefault(r["contender"], []).append(r)
    wl_order = {w: i for i, w in enumerate("SMLWT")}
    li_order = {l: i for i, l in enumerate(["http", "h1", "h2", "h2c", "disk"])}
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
    targets = 0  # rows with a target
    details = []
    not_applicable = {}  # (contender, reason) -> listeners
    floors_run = [c for c in FLOORS if any(r["contender"] == c and r["status"] != "n/a" for r in rows)]
    floor_rows = []  # (workload, listener, cells) for the floors' table
    floor_misses = {c: [] for c in FLOORS}  # rows where that floor is above the target's limit
    w_rows = []  # (listener, walls) for W's floor table
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
            walls[c] = None
            if runs and all(r["status"] == "n/a" for r in runs):
                cells[c] = "n/a"
                not_applicable.setdefault((c, runs[0]["detail"]), []).append(l)
                continue
            runs = [r for r in runs if r["status"] != "n/a"]
            if not runs:
                # (Raw files from before n/a rows were recorded had none for aria2c over h2.)
                cells[c] = "n/a" if (c == "aria2c" and l in ("h2", "h2c")) else "–"
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
                    row += [cells.get(c, "–"), "–"] if c != "fanout" else ["–"]
                    continue
                ratio = walls[c] / ref_wall
                row += [cells[c], f"{ratio:.2f}"] if c != "fanout" else [f"{ratio:.2f}"]
                if c in FLOORS and limit is not None and ratio > limit:
                    floor_misses[c].append(f"{w} {LISTENER_NAME.get(l, l)} ({ratio:.2f} > {limit:g})")
            floor_rows.append((w, l, row + [f"≤ {limit:g}" if limit is not None else "none"]))
        if w == "W":
            w_rows.append((l, walls, t))
        if t and t[0] is not None and walls.get("fanout") is not None:
            limit, ref, ref_wall = t
            ratio = walls["fanout"] / ref_wall
            met = ratio <= limit
            ratio_cell = f"{ratio:.2f} × {ref}"
            target_cell = f"≤ {limit:g} × " + ("best peer" if ref in PEERS and w != "T" and not (l == 'http' and w == 'S') else ref)
            met_cell = "yes" if met else "**no**"
            summary_ok &= met
            targets += 1
        elif t and t[0] is None:
            # A row to watch, with no target (h2c): the ratio to the best peer that speaks it.
            ratio_cell = f"{walls['fanout'] / t[2]:.2f} × {t[1]}" if walls.get("fanout") else "–"
            target_cell, met_cell = "none", "–"
        else:
            ratio_cell, target_cell, met_cell = "–", "–", "–"
            summary_ok = False
            targets += 1
        out.append(f"| {w} | {LISTENER_NAME.get(l, l)} | " + " | ".join(cells[c] for c in MAIN_COLUMNS)
                   + f" | {ratio_cell} | {target_cell} | {met_cell} |")
    for (w, l) in keys:
        if l == "disk" and "cp" in groups[(w, l)]:
            ok = [r for r in groups[(w, l)]["cp"] if r["status"] == "ok"]
            if ok:
                details.append((w, "disk", "cp", ok, 0))
    if not_applicable:
        out.append("")
        for (c, reason), ls in sorted(not_applicable.items()):
            names = ", ".join(LISTENER_NAME.get(x, x) for x in sorted(set(ls), key=lambda x: li_order.get(x, 9)))
            out.append(f"n/a: {c} over {names}: {reason}.  ")

    if w_rows:
        rtt = a.w_rtt_ms / 1000.0
        out.append("")
        out.append("### W: the wide-area link and its floor\n")
        out.append(f"W = {a.w_count} files through `relay.py`: {a.w_rtt_ms / 2:g} ms each way, so a "
                   f"{a.w_rtt_ms:g} ms round trip, and one round trip to set up each TCP connection. "
                   f"The link's floor: ⌈{a.w_count} / {a.jobs}⌉ = {-(-a.w_count // a.jobs)} request "
                   f"round trips at -j {a.jobs}, plus the connections' set-up (one round trip; one more "
                   "for TLS 1.3). Nothing can finish sooner with at most "
                   f"{a.jobs} requests in flight; start-up, CPU and disk come on top.\n")
        out.append("| Listener | Link floor | fanout | ÷ floor | Best peer | ÷ floor | Fanout ÷ best peer | Target | Met |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---|:-:|")
        for (l, walls, t) in w_rows:
            floor = w_floor(l, a.w_count, a.jobs, rtt)
            fw = walls.get("fanout")
            cells = [LISTENER_NAME.get(l, l), fmt_s(floor), fmt_s(fw),
                     f"{fw / floor:.2f}" if fw else "–"]
            if t:
                cells += [f"{t[1]} {fmt_s(t[2])}", f"{t[2] / floor:.2f}"]
            else:
                cells += ["–", "–"]
            if t and fw:
                ratio = fw / t[2]
                cells += [f"{ratio:.2f}", f"≤ {W_LIMIT:g}", "yes" if ratio <= W_LIMIT else "**no**"]
            else:
                cells += ["–", f"≤ {W_LIMIT:g}", "–"]
            out.append("| " + " | ".join(cells) + " |")

    out.append("")
    out.append("### CPU time, memory and connections per contender\n")
    out.append("TCP connections: how many the contender opened to nginx in one run (nginx's count of "
               "accepted connections before and after it), median of the valid runs.\n")
    out.append("| Workload | Listener | Contender | Wall median [min–max] | CPU user+sys (median) | CPU ÷ wall | Peak RSS (max) | TCP connections | Valid runs |")
    out.append("|---|---|---|---:|---:|---:|---:|---:|---:|")
    rss_ok = True
    details.sort(key=lambda d: (wl_order.get(d[0], 9), li_order.get(d[1], 9), ORDER.index(d[2])))
    for (w, l, c, ok, bad) in details:
        walls = [r["wall"] for r in ok]
        cpus = [r["user"] + r["sys"] for r in ok]
        rss = max(r["rss_kb"] for r in ok) / 1024
        if c == "fanout" and rss >= RSS_LIMIT_MIB:
            rss_ok = False
        rss_cell = f"{rss:.0f} MiB" + (" **(≥ 64)**" if c == "fanout" and rss >= RSS_LIMIT_MIB else "")
        conns = [r["conns"] for r in ok if r["conns"] is not None]
        conns_cell = f"{statistics.median(conns):g}" if conns else "–"
        wm = statistics.median(walls)
        cm = statistics.median(cpus)
        out.append(f"| {w} | {LISTENER_NAME.get(l, l) if l != 'disk' else 'local disk'} | {c} | "
                   f"{fmt_s(wm)} [{min(walls):.2f}–{max(walls):.2f}] | {fmt_s(cm)} | {cm / wm:.2f} | "
                   f"{rss_cell} | {conns_cell} | {len(ok)}/{len(ok) + bad} |")
    out.append("")
    verdict = ("yes" if summary_ok else "no") if targets else "none in this run"
    out.append(f"Wall-time targets all met: **{verdict}**; "
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


