#!/usr/bin/env bash
# Is the bus the limit? Runs the sidecar (demo platform, simulated I2C bus timed at 100 kHz) twice for the
# same time: once idle (only the background sensor refresher uses the bus), once under back-to-back
# `ipmi-sensors` sweeps. Each run ends with the sidecar's per-bus statistics line (transactions, time on
# the bus); the table sets the bus time the sweeps caused against their wall time. About 1 minute.
# Usage: bench/bus.sh                      (RUN_SECONDS=10 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

run_seconds="${RUN_SECONDS:-10}"
art=/tmp/art-bench-load
state="$(mktemp -d /tmp/bench-bus.XXXXXX)"
sidecar_pid=""
stop_sidecar() {
    if [ -n "$sidecar_pid" ] && kill -0 "$sidecar_pid" 2>/dev/null; then
        kill -TERM "$sidecar_pid"
        wait "$sidecar_pid" 2>/dev/null || true
    fi
    sidecar_pid=""
}
cleanup() {
    stop_sidecar
    rm -rf "$state"
}
trap cleanup EXIT

free_port() {
    local port="$1"
    while [ -n "$(ss -Hlun "sport = :$port")" ]; do port=$((port + 1)); done
    echo "$port"
}

echo "== build (Release, artifacts in $art)"
dotnet build src/IpmiSidecar -c Release --artifacts-path "$art" -nologo -v quiet -clp:ErrorsOnly

# sensors PORT SDR_CACHE_DIR: one full ipmi-sensors sweep (cipher suite 3, FreeIPMI's default); exits on failure.
sensors() {
    if ! out="$(timeout 30 ipmi-sensors -D LAN_2_0 -h "127.0.0.1:$1" -u admin -p ipmisidecar --sdr-cache-directory="$2" --quiet-cache 2>&1)"; then
        echo "bus.sh: ipmi-sensors failed: $out" >&2
        exit 1
    fi
}

# run NAME SWEEP(0|1): starts the sidecar, sweeps (or not) for $run_seconds, stops it, prints
# "NAME sweeps sweep_ms_total bus_ms uptime_ms transactions".
run() {
    local name="$1" sweep="$2" port log sweeps=0 sweep_ms=0
    # run executes in a command substitution (a subshell): the EXIT trap above does not see its sidecar.
    trap stop_sidecar EXIT
    port="$(free_port 9823)"
    log="$state/$name.log"
    "$art/bin/IpmiSidecar/release/IpmiSidecar" "--Lan:Port=$port" "--State:Directory=$state/$name" >"$log" 2>&1 &
    sidecar_pid=$!
    for _ in $(seq 1 100); do grep -q "Listening on" "$log" && break; sleep 0.1; done
    local sdr="$state/$name-sdr-cache"
    mkdir -p "$sdr"
    # One sweep first, outside the figures, so FreeIPMI's SDR cache is filled in both runs alike.
    sensors "$port" "$sdr"
    local end=$(( $(date +%s%N) + run_seconds * 1000000000 ))
    while [ "$(date +%s%N)" -lt "$end" ]; do
        if [ "$sweep" = 1 ]; then
            local t0; t0=$(date +%s%N)
            sensors "$port" "$sdr"
            sweep_ms=$(( sweep_ms + ($(date +%s%N) - t0) / 1000000 ))
            sweeps=$((sweeps + 1))
        else
            sleep 0.2
        fi
    done
    stop_sidecar
    local line
    line="$(grep -m1 'Bus 1:' "$log")" || { echo "bus.sh: no bus statistics in $log" >&2; cat "$log" >&2; exit 1; }
    # "Bus 1: 1234 transactions, 567.8 ms on the bus in 10012 ms (5.67 % busy), 0 retries, 0 failed"
    sed -E "s/.*Bus 1: ([0-9]+) transactions, ([0-9.]+) ms on the bus in ([0-9]+) ms.*/$name $sweeps $sweep_ms \2 \3 \1/" <<<"$line"
}

echo "== runs (${run_seconds} s each)"
idle="$(run idle 0)" || exit 1
swept="$(run sweeps 1)" || exit 1
echo "$idle"
echo "$swept"

awk -v idle="$idle" -v swept="$swept" 'BEGIN {
    split(idle, i, " "); split(swept, s, " ")
    sweeps = s[2]; wall = s[3] / sweeps
    per_transaction = (i[4] + s[4]) / (i[6] + s[6])        # measured bus ms per transaction, both runs
    added = s[6] - i[6] * s[5] / i[5]                      # transactions the sweeps caused beyond the refresher
    if (added < 0) added = 0
    printf "| figure | value |\n|---|---:|\n"
    printf "| ipmi-sensors sweeps in %.1f s | %d |\n", s[5] / 1000, sweeps
    printf "| wall time per sweep (ms), ipmi-sensors start to exit | %.1f |\n", wall
    printf "| bus transactions, idle run / sweep run | %d / %d |\n", i[6], s[6]
    printf "| bus transactions the sweeps caused | %.0f |\n", added
    printf "| bus time per transaction (ms), simulated 100 kHz | %.3f |\n", per_transaction
    printf "| bus busy, idle run / sweep run (%%) | %.2f / %.2f |\n", 100 * i[4] / i[5], 100 * s[4] / s[5]
    printf "| share of a sweep spent on the bus (%%) | %.1f |\n", 100 * added * per_transaction / (sweeps * wall)
}'
