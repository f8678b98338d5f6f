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
command -v prometheus-ipmi-exporter >/dev/null || missing+=(prometheus-ipmi-exporter)
# The release artifacts (scripts/publish.sh, tests/release/run.sh): Native AOT's linker driver, the arm64 cross
# toolchain and C library, and qemu user-mode emulation with arm64 OpenSSL to run the arm64 executable.
command -v clang >/dev/null || missing+=(clang)
command -v aarch64-linux-gnu-gcc >/dev/null || missing+=(gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu)
[ -e /usr/lib/aarch64-linux-gnu/libc.so ] || missing+=(libc6-dev:arm64)
[ -e /usr/lib/aarch64-linux-gnu/libssl.so.3 ] || missing+=(libssl3:arm64)
command -v qemu-aarch64-static >/dev/null || missing+=(qemu-user-static)
command -v file >/dev/null || missing+=(file)
if ((${#missing[@]})); then
  echo "== installing: ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  dpkg --print-foreign-architectures | grep -qx arm64 || $sudo dpkg --add-architecture arm64
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "== build"
dotnet build IpmiSidecar.sln -c Release -nologo -clp:ErrorsOnly

log=$(mktemp)
dist=$(mktemp -d /tmp/ipmisidecar-dist.XXXXXX)
trap 'rm -rf "$log" "$dist"' EXIT
filter=()
[ $# -gt 0 ] && filter=(--filter "$1")

echo "== unit and end-to-end tests"
set +e
dotnet test IpmiSidecar.sln -c Release --no-build -nologo "${filter[@]}" 2>&1 | tee -a "$log"
status=${PIPESTATUS[0]}
set -e

# The release artifacts, published once and used by both steps below. Skipped when a filter is given.
if [ $# -eq 0 ]; then
  echo "== release: scripts/publish.sh, tests/release/run.sh"
  set +e
  if scripts/publish.sh -o "$dist"; then
    tests/release/run.sh "$dist" 2>&1 | tee -a "$log"
    release=${PIPESTATUS[0]}
  else
    release=1
    echo "0 passed, 1 failed" | tee -a "$log"
  fi
  set -e
  [ "$release" -eq 0 ] || status=$release
fi

# The Linux I2C backend and the whole sidecar (the x64 release executable) against a real kernel I2C stack
# (qemu; needs root). Skipped when a filter is given, or with IPMISIDECAR_SKIP_HARDWARE=1.
if [ $# -eq 0 ] && [ "${IPMISIDECAR_SKIP_HARDWARE:-0}" != 1 ]; then
  echo "== hardware: tests/hardware/run.sh (i2c-vm)"
  set +e
  timeout 600 tests/hardware/run.sh "$dist" 2>&1 | tee -a "$log"
  hw=${PIPESTATUS[0]}
  set -e
  [ "$hw" -eq 0 ] || status=$hw
fi

# One closing line for the whole run: the per-assembly summaries of dotnet test plus the hardware job's.
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     /^[0-9]+ passed, [0-9]+ failed$/ { p += $1; f += $3 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
