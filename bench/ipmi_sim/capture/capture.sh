#!/usr/bin/env bash
# Run one real IPMI client against the ipmi_sim peer while tcpdump records
# the UDP traffic on lo, and write two fixture files:
#   OUTBASE.LOGKIND.txt     the client's own output (stdout+stderr), verbatim
#   OUTBASE.datagrams.txt   every UDP datagram, "C>S hex" / "S>C hex", in order
# Both start with '#' header lines naming the command, versions, date, server
# and password.
# Usage: capture.sh OUTBASE LOGKIND PASSWORD -- command [args...]
# Env: PORT (default 9623), CLIENT_TIMEOUT (seconds, default 30).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
outbase="$1"; logkind="$2"; password="$3"
[ "$4" = "--" ] || { echo "usage: capture.sh OUTBASE LOGKIND PASSWORD -- command..." >&2; exit 2; }
shift 4
port="${PORT:-9623}"

work="$(mktemp -d /tmp/fix-capture.XXXXXX)"
tcpdump -i lo -n -U --immediate-mode -s 0 -w "$work/trace.pcap" "udp port $port" 2>"$work/tcpdump.err" &
tcpdump_pid=$!
for _ in $(seq 1 50); do
    grep -q "listening on" "$work/tcpdump.err" 2>/dev/null && break
    sleep 0.1
done
grep -q "listening on" "$work/tcpdump.err" || { kill "$tcpdump_pid"; cat "$work/tcpdump.err" >&2; exit 1; }

# Line-buffer the client so stdout and stderr interleave in real order.
set +e
timeout "${CLIENT_TIMEOUT:-30}" stdbuf -oL -eL "$@" >"$work/client.log" 2>&1
status=$?
set -e
sleep 0.5
kill -INT "$tcpdump_pid"
wait "$tcpdump_pid" || true

header() {
    echo "# Command: $*"
    echo "# Exit status: $status"
    echo "# Password used: $password"
    echo "# Date (UTC): $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "# Client versions: $(ipmitool -V); $(bmc-info --version | head -n 1)" \
         "(Debian ipmitool $(dpkg-query -W -f='${Version}' ipmitool)," \
         "freeipmi-tools $(dpkg-query -W -f='${Version}' freeipmi-tools))"
    echo "# Server: ipmi_sim from Debian openipmi $(dpkg-query -W -f='${Version}' openipmi)" \
         "on 127.0.0.1:$port, configured by bench/ipmi_sim/lan.conf and sim.emu (started by bench/ipmi_sim/start.sh)"
    echo "# Captured by bench/ipmi_sim/capture/capture.sh: tcpdump -i lo 'udp port $port'," \
         "decoded by bench/ipmi_sim/capture/pcap_to_datagrams.py"
}

{
    header "$@"
    echo "# Content: the client's stdout and stderr, verbatim, below this header."
    cat "$work/client.log"
} > "$outbase.$logkind.txt"
{
    header "$@"
    echo "# Content: UDP payloads in capture order; C>S = client to server (dst port $port), S>C = server to client."
    "$here/pcap_to_datagrams.py" "$work/trace.pcap" "$port"
} > "$outbase.datagrams.txt"
rm -rf "$work"
echo "capture.sh: $outbase.{$logkind,datagrams}.txt (client exit $status)" >&2
