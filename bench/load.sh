#!/usr/bin/env bash
# IpmiSidecar, as the JIT build (dotnet build) and as the linux-x64 Native AOT release executable
# (scripts/publish.sh), against OpenIPMI's ipmi_sim with the same client (bench/IpmiLoad): all on loopback,
# cipher suite 3, user admin / ipmisidecar. Prints the machine, a start-up table (exec to UDP port bound, size;
# also the linux-arm64 executable under qemu-aarch64-static when it and qemu are there), then one table with
# every figure and its ratio to ipmi_sim. Kills what it started (by PID) on exit. About 4 minutes (the AOT
# publish is 1-3 of them; BENCH_DIST=DIR reuses a scripts/publish.sh output directory).
# Usage: bench/load.sh                     (PHASE_SECONDS=5 WARMUP_SECONDS=2 CLIENTS=8 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

phase="${PHASE_SECONDS:-5}"
warmup="${WARMUP_SECONDS:-2}"
clients="${CLIENTS:-8}"
art=/tmp/art-bench-load

started=()
sim_pid=""
state="$(mktemp -d /tmp/bench-load.XXXXXX)"
cleanup() {
    for pid in "${started[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid"
            wait "$pid" 2>/dev/null || true
        fi
    done
    if [ -n "$sim_pid" ]; then
        bench/ipmi_sim/stop.sh "$sim_pid" || true
    fi
    rm -rf "$state"
}
trap cleanup EXIT

# A free loopback UDP port at or above $1.
free_port() {
    local port="$1"
    while [ -n "$(ss -Hlun "sport = :$port")" ]; do port=$((port + 1)); done
    echo "$port"
}

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo | sed 's/^model name\s*:\s*/cpu: /'
free -h
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# Starts a sidecar executable ("$@") on 127.0.0.1:$port; sets pid and bound_ms, the time from the start to
# the port in /proc/net/udp (polled every 5 ms).
start_sidecar() {
    local name=$1; shift
    local begin=$EPOCHREALTIME entry tries=0
    entry=$(printf '0100007F:%04X ' "$port")
    "$@" "--Lan:Port=$port" "--State:Directory=$state/$name" >"$state/$name.log" 2>&1 &
    pid=$!
    started+=("$pid")
    while ! grep -q "$entry" /proc/net/udp && [ $tries -lt 6000 ] && kill -0 "$pid" 2>/dev/null; do
        sleep 0.005
        tries=$((tries + 1))
    done
    bound_ms=$(awk -v a="$begin" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
    echo "$name pid $pid on 127.0.0.1:$port (log $state/$name.log)"
}
mib() { awk -v b="$(du -bc "$@" | tail -1 | cut -f1)" 'BEGIN { printf "%.1f", b / 1048576 }'; }
rss_mib() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

echo "== build (Release, artifacts in $art)"
dotnet build src/IpmiSidecar -c Release --artifacts-path "$art" -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/IpmiLoad -c Release --artifacts-path "$art" -nologo -v quiet -clp:ErrorsOnly
dist="${BENCH_DIST:-$art/dist}"
[ -n "${BENCH_DIST:-}" ] || scripts/publish.sh -o "$dist" linux-x64
jit_dir="$art/bin/IpmiSidecar/release"
aot="$dist/ipmisidecar-linux-x64/IpmiSidecar"
arm64="$dist/ipmisidecar-linux-arm64/IpmiSidecar"

echo "== servers"
sim_port="$(free_port 9623)"
sim_pid="$(bench/ipmi_sim/start.sh "$sim_port")"
echo "ipmi_sim pid $sim_pid on 127.0.0.1:$sim_port"
port="$(free_port 9723)"; start_sidecar jit "$jit_dir/IpmiSidecar"
jit_port=$port jit_pid=$pid jit_bound=$bound_ms
port="$(free_port $((port + 1)))"; start_sidecar aot "$aot"
aot_port=$port aot_pid=$pid aot_bound=$bound_ms

echo "== start-up (exec to UDP port bound; size on disk: the JIT build is its output directory, without the .NET runtime)"
echo "| executable | exec to bound (ms) | size (MiB) | VmRSS after start (MiB) |"
echo "|---|--:|--:|--:|"
echo "| IpmiSidecar JIT (dotnet build) | $jit_bound | $(mib "$jit_dir") | $(rss_mib "$jit_pid") |"
echo "| IpmiSidecar AOT linux-x64 | $aot_bound | $(mib "$aot") | $(rss_mib "$aot_pid") |"
if [ -x "$arm64" ] && command -v qemu-aarch64-static >/dev/null; then
    port="$(free_port $((port + 1)))"; start_sidecar arm64 qemu-aarch64-static -L / "$arm64"
    sleep 2
    echo "| IpmiSidecar AOT linux-arm64 under qemu-aarch64-static (RSS includes qemu) | $bound_ms | $(mib "$arm64") | $(rss_mib "$pid") |"
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
fi

echo "== load (each phase ${phase} s after ${warmup} s of warm-up; $clients clients in the many-client phase)"
"$art/bin/IpmiLoad/release/IpmiLoad" \
    --server "IpmiSidecar JIT=127.0.0.1:$jit_port:$jit_pid" \
    --server "IpmiSidecar AOT=127.0.0.1:$aot_port:$aot_pid" \
    --server "ipmi_sim=127.0.0.1:$sim_port:$sim_pid" \
    --seconds "$phase" --warmup "$warmup" --clients "$clients" --suite 3 --user admin --password ipmisidecar
