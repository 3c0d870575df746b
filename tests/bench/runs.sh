# Sourced by tests/bench/run: each contender's command line for a workload and listener, and one
# timed run of it (GNU time, a timeout, the files verified, nginx's connection count around it).
# Uses run's variables: FANOUT, QTFLOOR, CA, LISTS, WWW, OUTROOT, NICE, jobs, T_JOBS, ...
# shellcheck shell=bash

# Prints the command line of contender $1 for workload $2 over listener $3 (run inside the output
# folder), or "n/a: REASON" when the contender cannot speak that listener's protocol.
command_for() {
    local c="$1" w="$2" l="$3" list="$LISTS/$2-$3" jobs="$jobs" extra_fanout="" extra_aria2c="-x 1 -s 1"
    if [[ $w == T ]]; then
        # T: segments are the point; every contender may open as many connections as aria2c.
        jobs=$T_JOBS
        extra_fanout=" --segments auto"
        extra_aria2c="-x 4 -s 4 -k 1M"
    fi
    case "$c" in
        fanout)
            local pk=""
            if [[ $l == h2c ]]; then
                [[ $fanout_h2c == 1 ]] || { echo "n/a: this fanout has no --http2-prior-knowledge"; return 0; }
                pk=" --http2-prior-knowledge"
            fi
            echo "$FANOUT --headless $list.txt -o . -q -j $jobs --ca-cert $CA$pk$extra_fanout" ;;
        qt-floor|qt-contract)
            local extra=""
            [[ $c == qt-contract ]] && extra+=" --contract"
            if [[ $l == h2c ]]; then
                [[ $qtfloor_h2c == 1 ]] || { echo "n/a: this fanout-qt-floor has no --http2-prior-knowledge (rebuild it)"; return 0; }
                extra+=" --http2-prior-knowledge"
            fi
            echo "$QTFLOOR $list.txt -o . -j $jobs --ca-cert $CA$extra" ;;
        curl)
            [[ $l == h2c && -n $curl_h2c_broken ]] && { echo "n/a: $curl_h2c_broken"; return 0; }
            local proto="--http1.1"
            [[ $l == h2 ]] && proto="--http2"
            [[ $l == h2c ]] && proto="--http2-prior-knowledge"
            echo "curl --parallel --parallel-max $jobs -K $list.curl --cacert $CA $proto -s -S --fail" ;;
        wget2)
            [[ $l == h2c ]] && { echo "n/a: wget2 has no HTTP/2 with prior knowledge (only via TLS ALPN)"; return 0; }
            local proto="--no-http2"; [[ $l == h2 ]] && proto="--http2"
            # Over HTTP/2 wget2 sends up to 30 requests per connection by default; W holds it to
            # one per thread, so that it too has at most -j requests in flight across the link.
            [[ $l == h2 && $w == W ]] && proto+=" --http2-request-window=1"
            echo "wget2 --no-config --max-threads=$jobs -i $list.txt -nd -q --ca-certificate=$CA $proto --no-hsts --no-hpkp --no-ocsp --no-tcp-fastopen --no-netrc --no-cookies --progress=none" ;;
        aria2c)
            [[ $l == h2 || $l == h2c ]] && { echo "n/a: aria2c has no HTTP/2"; return 0; }
            echo "aria2c --no-conf -i $list.txt -d . -j $jobs $extra_aria2c --ca-certificate=$CA -q --allow-overwrite=true --auto-file-renaming=false --file-allocation=none --summary-interval=0" ;;
        cp) echo "cp -r $WWW/$w/. ." ;;
    esac
}

samples_for() { case "$1" in S|W) echo 64 ;; M) echo 16 ;; L|T) echo 4 ;; esac; }

# One timed run: fresh output folder, the command in its own process group under GNU time and a
# timeout, then verification (count, bytes, SHA-256 sample), then the folder goes. Around it, nginx's
# count of accepted connections gives the TCP connections the contender opened.
one_run() {
    local w="$1" l="$2" c="$3" rep="$4" cmd out tf t0 t1 rc status detail a0="" a1="" conns="-"
    cmd=$(command_for "$c" "$w" "$l")
    [[ -n $cmd ]] || return 0
    if [[ $cmd == n/a:* ]]; then
        printf '%s\t%s\t%s\t%s\t-\t-\t-\t-\tn/a\t%s\t-\n' "$w" "$l" "$c" "$rep" "${cmd#n/a: }" >>"$raw"
        return 0
    fi
    out="$OUTROOT/$w-$l-$c-$rep"
    rm -rf "$out"; mkdir -p "$out"
    sync
    tf="$workdir/time.txt"; : >"$tf"
    [[ $c != cp ]] && a0=$(accepts || true)
    t0=$EPOCHREALTIME
    (cd "$out" && exec "${NICE[@]}" /usr/bin/time -f '%U %S %M' -o "$tf" timeout -k 5 "$run_timeout" $cmd) \
        >"$workdir/last.log" 2>&1 &
    child_pid=$!
    rc=0; wait "$child_pid" || rc=$?
    t1=$EPOCHREALTIME
    child_pid=""
    [[ $c != cp ]] && a1=$(accepts || true)
    # The second reading counts its own connection; the first one's is already in a0.
    [[ -n $a0 && -n $a1 ]] && conns=$((a1 - a0 - 1))
    local wall user sys rss
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", b - a}')
    read -r user sys rss < <(grep -E '^[0-9.]+ [0-9.]+ [0-9]+$' "$tf" | tail -n 1 || echo "- - -")
    # Manifest check; cp copies manifest.json too, which verify ignores only for cp.
    [[ $c == cp ]] && rm -f "$out/manifest.json"
    if [[ $rc != 0 ]]; then
        status="failed"; detail="exit $rc: $(tail -n 2 "$workdir/last.log" | tr '\t\r\n' '   ' | cut -c1-200)"
    elif detail=$("$PY" "$LIB" verify "$out" "$WWW/$w/manifest.json" --sample "$(samples_for "$w")" --seed "$rep"); then
        status="ok"
    else
        status="wrong"
    fi
    # Many small files are kept until the end: on ext4 without a journal (this machine's) the
    # kernel passes over inodes freed in the last minutes when it allocates new ones, so deleting
    # 10,000 files makes every file created in the next few minutes cost up to ~1 ms of kernel
    # time (recently_deleted() in perf), whoever creates it. That would time the benchmark's own
    # clean-up, not the contenders.
    # (W's 500 files are kept too.)
    if [[ $w == S || $w == W ]]; then mkdir -p "$OUTROOT/kept" && mv "$out" "$OUTROOT/kept/"; else rm -rf "$out"; fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$w" "$l" "$c" "$rep" "$wall" "$user" "$sys" "$rss" "$status" "$detail" "$conns" >>"$raw"
    log "$w $l $c #$rep: ${wall} s wall, ${user}+${sys} s CPU, ${rss} KiB peak RSS, $conns TCP connections: $status${detail:+ ($detail)}"
}

