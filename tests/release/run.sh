#!/usr/bin/env bash
# Proves the release artifacts of scripts/publish.sh as an operator gets them: the tarballs' contents, the
# linux-x64 executable natively and the linux-arm64 one under qemu user-mode emulation (qemu-aarch64-static,
# the arm64 C library and OpenSSL from Debian multiarch), each driven by the real ipmitool over 127.0.0.1,
# and the systemd unit with systemd-analyze (verify, and the security exposure score).
# The x64 executable runs with PR_SET_MDWE (the kernel's MemoryDenyWriteExecute) to back that unit setting.
# Usage: tests/release/run.sh [DIST]   DIST: an output directory of scripts/publish.sh (default: publish now)
# Prints "ok - ..." / "not ok - ..." per check and a closing line "N passed, M failed"; exits non-zero on a failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

work=$(mktemp -d /tmp/ipmisidecar-release.XXXXXX)
sidecar=""
cleanup() {
  if [ -n "$sidecar" ] && kill -0 "$sidecar" 2>/dev/null; then kill "$sidecar"; wait "$sidecar" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

dist="${1:-}"
if [ -z "$dist" ]; then
  dist="$work/dist"
  "$root/scripts/publish.sh" -o "$dist" || { echo "0 passed, 1 failed"; exit 1; }
fi

passed=0 failed=0
ok() { echo "ok - $1"; passed=$((passed + 1)); }
not_ok() { echo "not ok - $1"; failed=$((failed + 1)); }
expect() { # description, expected, actual
  if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1: expected '$2', got '$3'"; fi
}

free_port() {
  local port=$1
  while [ -n "$(ss -Hlun "sport = :$port")" ]; do port=$((port + 1)); done
  echo "$port"
}

# $1: label; the rest: the command that runs the executable (arguments are appended).
check_executable() {
  local label=$1; shift
  local port state log
  port=$(free_port 9823)
  state="$work/state-$label"
  log="$work/sidecar-$label.log"
  "$@" "--Lan:Port=$port" "--State:Directory=$state" > "$log" 2>&1 &
  sidecar=$!
  local i=0
  while [ $i -lt 240 ] && ! grep -q 'Listening on' "$log" && kill -0 "$sidecar" 2>/dev/null; do sleep 0.5; i=$((i + 1)); done
  if ! grep -q 'Listening on' "$log"; then
    not_ok "$label: starts and listens (log: $(tail -3 "$log" | tr '\n' ' '))"
    return
  fi
  ok "$label: starts and listens"
  ipmi() { ipmitool -I lanplus -H 127.0.0.1 -p "$port" -U admin -P ipmisidecar -C 3 "$@" 2>&1; }
  expect "$label: mc info shows device ID 32, IPMI 2.0" "32 2.0" \
    "$(ipmi mc info | sed -n 's/^Device ID *: //p; s/^IPMI Version *: //p' | tr '\n' ' ' | sed 's/ $//')"
  expect "$label: sdr elist lists the demo's 10 sensors, Inlet Temp first" "10 Inlet Temp" \
    "$(ipmi sdr elist | awk -F'|' 'NR == 1 { first = $1 } END { sub(/ +$/, "", first); print NR, first }')"
  expect "$label: chassis power on is accepted" "Chassis Power Control: Up/On" "$(ipmi chassis power on)"
  expect "$label: chassis power status follows" "Chassis Power is on" "$(ipmi chassis power status)"
  expect "$label: fru print shows the board" "IpmiSidecar / demo-1u board" \
    "$(ipmi fru print 0 | sed -n 's/^ *Board Mfg *: //p; s/^ *Board Product *: //p' | paste -sd/ | sed 's|/| / |')"
  kill "$sidecar"
  wait "$sidecar"
  expect "$label: exits 0 on SIGTERM" "0" "$?"
  sidecar=""
}

# ---- the artifacts ----------------------------------------------------------------------------------
for rid in linux-x64 linux-arm64; do
  expect "$rid tarball holds the executable, the demo profile, the unit and the sysusers file" \
    "ipmisidecar-$rid/IpmiSidecar ipmisidecar-$rid/ipmisidecar.service ipmisidecar-$rid/ipmisidecar.sysusers ipmisidecar-$rid/platforms/demo-1u.json" \
    "$(tar -tzf "$dist/ipmisidecar-$rid.tar.gz" | grep -E '/(IpmiSidecar|ipmisidecar\.service|ipmisidecar\.sysusers|platforms/demo-1u\.json)$' | sort | paste -sd' ')"
done
expect "linux-x64 executable is a native x86-64 program (no dotnet runtime)" "x86-64" \
  "$(file -b "$dist/ipmisidecar-linux-x64/IpmiSidecar" | grep -o 'x86-64' | head -1)"
expect "linux-arm64 executable is a native aarch64 program" "ARM aarch64" \
  "$(file -b "$dist/ipmisidecar-linux-arm64/IpmiSidecar" | grep -o 'ARM aarch64')"

# ---- the executables ------------------------------------------------------------------------------------
mdwe() { # PR_SET_MDWE (65), PR_MDWE_REFUSE_EXEC_GAIN (1): no mapping may become writable and executable
  exec /usr/bin/python3 -c 'import ctypes, os, sys
if ctypes.CDLL(None, use_errno=True).prctl(65, 1, 0, 0, 0) != 0: sys.exit("prctl(PR_SET_MDWE): errno %d" % ctypes.get_errno())
os.execv(sys.argv[1], sys.argv[1:])' "$@"
}
check_executable "x64 (MDWE)" mdwe "$dist/ipmisidecar-linux-x64/IpmiSidecar"
check_executable "arm64 (qemu)" qemu-aarch64-static -L / "$dist/ipmisidecar-linux-arm64/IpmiSidecar"

# ---- the systemd unit -------------------------------------------------------------------------------------
# ExecStart names /opt/ipmisidecar/IpmiSidecar, which verify requires to exist: check a copy pointing at the artifact.
unit="$work/ipmisidecar.service"
sed "s|/opt/ipmisidecar/IpmiSidecar|$dist/ipmisidecar-linux-x64/IpmiSidecar|" "$dist/ipmisidecar-linux-x64/ipmisidecar.service" > "$unit"
verify=$(systemd-analyze verify "$unit" 2>&1)
expect "systemd-analyze verify accepts the unit" "0 ''" "$? '$verify'"
exposure=$(systemd-analyze security --offline=yes "$unit" 2>&1 | sed -n 's/.*Overall exposure level for ipmisidecar.service: \([0-9.]*\) .*/\1/p')
echo "   systemd-analyze security: exposure ${exposure:-?}"
expect "systemd-analyze security rates the unit at most 2.0 (OK)" "yes" \
  "$(awk -v e="${exposure:-99}" 'BEGIN { print (e <= 2.0 ? "yes" : "no (" e ")") }')"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
