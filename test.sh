#!/usr/bin/env bash
# Installs what the tests need (Debian packages, only when missing) and runs every test.
# Usage: ./test.sh            — the whole suite, as CI runs it
#        ./test.sh FILTER     — only tests matching a dotnet test --filter expression
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v ipmitool >/dev/null || missing+=(ipmitool)
command -v bmc-info >/dev/null || missing+=(freeipmi-tools)
command -v ipmi_sim >/dev/null || missing+=(openipmi)
command -v i2ctransfer >/dev/null || missing+=(i2c-tools)
/usr/bin/python3 -c 'import pyghmi' 2>/dev/null || missing+=(python3-pyghmi)
if ((${#missing[@]})); then
  echo "== installing: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "== build"
dotnet build IpmiSidecar.sln -c Release -nologo -clp:ErrorsOnly

echo "== test"
log=$(mktemp)
filter=()
[ $# -gt 0 ] && filter=(--filter "$1")
set +e
dotnet test IpmiSidecar.sln -c Release --no-build -nologo "${filter[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run: sum the per-assembly summaries dotnet test prints.
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
