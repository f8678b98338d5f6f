#!/usr/bin/env bash
# Start OpenIPMI's ipmi_sim as the IpmiSidecar test/benchmark peer.
# Usage: bench/ipmi_sim/start.sh [port]      (default port 9623, address 127.0.0.1)
# Prints the ipmi_sim PID on stdout once it answers an RMCP+ Get Device ID
# (cipher suite 3, user admin); stop it with bench/ipmi_sim/stop.sh PID.
# All state (the config copy, the log, the state dir) lives in one
# /tmp/ipmi_sim.XXXXXX directory that stop.sh removes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${1:-9623}"
case "$port" in (*[!0-9]*|'') echo "start.sh: bad port '$port'" >&2; exit 2;; esac

# ipmi_sim binds with SO_REUSEADDR, so a second instance would share the port
# silently; refuse instead.
if [ -n "$(ss -Hlun "sport = :$port")" ]; then
    echo "start.sh: UDP port $port is already in use" >&2
    exit 1
fi

dir="$(mktemp -d /tmp/ipmi_sim.XXXXXX)"
mkdir "$dir/state"
sed "s/^\(    addr 127\.0\.0\.1\) 9623\$/\1 $port/" "$here/lan.conf" > "$dir/lan.conf"
cp "$here/sim.emu" "$dir/sim.emu"

# -n: no console on stdin/stdout; -p: no persistence; -s: state dir in $dir.
setsid ipmi_sim -c "$dir/lan.conf" -f "$dir/sim.emu" -s "$dir/state" -n -p \
    </dev/null >"$dir/ipmi_sim.log" 2>&1 &
pid=$!

# Wait (at most 10 tries, about 10 s) for a full RMCP+ session to work.
for _ in 1 2 3 4 5 6 7 8 9 10; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "start.sh: ipmi_sim exited; log follows" >&2
        cat "$dir/ipmi_sim.log" >&2
        rm -rf "$dir"
        exit 1
    fi
    if timeout 5 ipmitool -I lanplus -C 3 -H 127.0.0.1 -p "$port" -U admin -P ipmisidecar \
        -N 1 -R 1 raw 0x06 0x01 >/dev/null 2>&1; then
        echo "start.sh: ipmi_sim pid $pid on 127.0.0.1:$port, state in $dir" >&2
        echo "$pid"
        exit 0
    fi
    sleep 1
done
echo "start.sh: ipmi_sim (pid $pid) did not answer on 127.0.0.1:$port; stopping it" >&2
kill "$pid" 2>/dev/null || true
rm -rf "$dir"
exit 1
