#!/usr/bin/env bash
# Regenerate every fixture in fixtures/ipmitool-1.8.19 and fixtures/freeipmi
# (and the OpenIPMI rmcp_ping capture in bench/ipmi_sim/captures) against a
# fresh ipmi_sim. Run from anywhere as root (tcpdump needs CAP_NET_RAW).
# Random numbers, session IDs and keys differ on every run: after re-running,
# update the SIK/K1/K2 values quoted in the fixture READMEs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cap="$here/capture.sh"
it="$root/fixtures/ipmitool-1.8.19"
fi="$root/fixtures/freeipmi"
oi="$root/bench/ipmi_sim/captures"
mkdir -p "$it" "$fi" "$oi"

pid="$("$root/bench/ipmi_sim/start.sh" 9623)"
trap '"$root/bench/ipmi_sim/stop.sh" "$pid"' EXIT

lanplus() {  # lanplus SUITE USER PASSWORD
    echo ipmitool -I lanplus -vvvv -C "$1" -H 127.0.0.1 -p 9623 -U "$2" -P "$3" mc info
}
bmcinfo=(bmc-info -D LAN_2_0 -h 127.0.0.1:9623 -u admin -p ipmisidecar)

for suite in 3 17 1 2 0; do
    "$cap" "$it/lanplus-cs$suite-mc-info" vvvv ipmisidecar -- $(lanplus "$suite" admin ipmisidecar)
done
"$cap" "$it/lanplus-cs3-mc-info-wrong-password" vvvv wrong -- $(lanplus 3 admin wrong)
"$cap" "$it/lanplus-cs3-mc-info-unknown-user" vvvv ipmisidecar -- $(lanplus 3 nobody ipmisidecar)

"$cap" "$fi/bmc-info-cs3-user" debug ipmisidecar -- "${bmcinfo[@]}" --debug
"$cap" "$fi/bmc-info-cs3-user-opensesspriv" debug ipmisidecar -- "${bmcinfo[@]}" -W opensesspriv --debug
"$cap" "$fi/bmc-info-cs3-admin" debug ipmisidecar -- "${bmcinfo[@]}" -l ADMIN --debug
"$cap" "$fi/bmc-info-cs3-admin-opensesspriv" debug ipmisidecar -- "${bmcinfo[@]}" -l ADMIN -W opensesspriv --debug
"$cap" "$fi/bmc-info-cs17-user" debug ipmisidecar -- "${bmcinfo[@]}" -I 17 --debug

CLIENT_TIMEOUT=3 "$cap" "$oi/openipmi-rmcp_ping" debug none -- rmcp_ping -p 9623 -t 1 -d 127.0.0.1
