#!/usr/bin/env bash
# IpmiSidecar against OpenIPMI's ipmi_sim with the same client (bench/IpmiLoad): both on loopback, cipher
# suite 3, user admin / ipmisidecar. Prints the machine, then one table with the ratio
# IpmiSidecar / ipmi_sim for every figure. Kills what it started (by PID) on exit. About 2 minutes.
# Usage: bench/load.sh                     (PHASE_SECONDS=5 WARMUP_SECONDS=2 CLIENTS=8 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

phase="${PHASE_SECONDS:-5}"
warmup="${WARMUP_SECONDS:-2}"
clients="${CLIENTS:-8}"
art=/tmp/art-bench-load

sidecar_pid=""
sim_pid=""
state="$(mktemp -d /tmp/bench-load.XXXXXX)"
cleanup() {
    if [ -n "$sidecar_pid" ] && kill -0 "$sidecar_pid" 2>/dev/null; then
        kill -TERM "$sidecar_pid"
        wait "$sidecar_pid" 2>/dev/null || true
    fi
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

echo "== build (Release, artifacts in $art)"
dotnet build src/IpmiSidecar -c Release --artifacts-path "$art" -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/IpmiLoad -c Release --artifacts-path "$art" -nologo -v quiet -clp:ErrorsOnly

echo "== servers"
sim_port="$(free_port 9623)"
sim_pid="$(bench/ipmi_sim/start.sh "$sim_port")"
sidecar_port="$(free_port 9723)"
"$art/bin/IpmiSidecar/release/IpmiSidecar" "--Lan:Port=$sidecar_port" "--State:Directory=$state/sidecar" \
    >"$state/sidecar.log" 2>&1 &
sidecar_pid=$!
echo "IpmiSidecar pid $sidecar_pid on 127.0.0.1:$sidecar_port (log $state/sidecar.log); ipmi_sim pid $sim_pid on 127.0.0.1:$sim_port"

echo "== load (each phase ${phase} s after ${warmup} s of warm-up; $clients clients in the many-client phase)"
"$art/bin/IpmiLoad/release/IpmiLoad" \
    --server "IpmiSidecar=127.0.0.1:$sidecar_port:$sidecar_pid" \
    --server "ipmi_sim=127.0.0.1:$sim_port:$sim_pid" \
    --seconds "$phase" --warmup "$warmup" --clients "$clients" --suite 3 --user admin --password ipmisidecar
