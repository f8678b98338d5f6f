#!/usr/bin/env bash
# Stop an ipmi_sim started by bench/ipmi_sim/start.sh and remove its /tmp state.
# Usage: bench/ipmi_sim/stop.sh PID
set -euo pipefail

pid="${1:?usage: stop.sh PID}"
case "$pid" in (*[!0-9]*) echo "stop.sh: bad pid '$pid'" >&2; exit 2;; esac

cmdline="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || true)"
case "$cmdline" in
    (ipmi_sim\ *) ;;
    (*) echo "stop.sh: pid $pid is not an ipmi_sim process" >&2; exit 1;;
esac

# The state dir is the one start.sh made: -s /tmp/ipmi_sim.XXXXXX/state.
dir="$(sed -n 's|.* -s \(/tmp/ipmi_sim\.[A-Za-z0-9]*\)/state .*|\1|p' <<<"$cmdline")"

kill -TERM "$pid"
for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
fi
if [ -n "$dir" ]; then
    rm -rf "$dir"
fi
echo "stop.sh: stopped ipmi_sim pid $pid" >&2
