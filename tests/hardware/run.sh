#!/usr/bin/env bash
# Proves the Linux I2C backend and the whole sidecar against a real kernel I2C stack: builds on the host,
# boots the test VM of vm/boot.sh once (qemu, Debian's kernel, i2c-stub + vm/i2c-regstub.c, a full I2C
# master) and runs job.sh inside. The sidecar is the linux-x64 release executable (Native AOT).
# Usage: tests/hardware/run.sh [DIST]   DIST: an output directory of scripts/publish.sh (default: publish now)
# Prints the checks and a closing line "N passed, M failed"; exits non-zero on any failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

job=$(mktemp -d /tmp/ipmisidecar-hw-job.XXXXXX)
work=$(mktemp -d /tmp/ipmisidecar-hw-vm.XXXXXX)
trap 'rm -rf "$job" "$work"' EXIT

echo "== build (host)"
dotnet build "$here/I2cBackendCheck" -c Release -nologo -clp:ErrorsOnly -o "$job/backend"
dist="${1:-$work/dist}"
[ -n "${1:-}" ] || "$root/scripts/publish.sh" -o "$dist" linux-x64
mkdir "$job/sidecar"
cp -r "$dist/ipmisidecar-linux-x64/IpmiSidecar" "$dist/ipmisidecar-linux-x64/platforms" "$job/sidecar/"
cp "$here/job.sh" "$job/run.sh"
cp "$here/sidecar-checks.sh" "$here/vm-board.json" "$job/"
python3 "$here/fru_image.py" > "$job/fru.hex"
chmod +x "$job"/*.sh

echo "== boot the test VM and run the job"
status=0
VM_WORK="$work" VM_CHIPS=${VM_CHIPS:-0x20,0x48,0x50} VM_TIMEOUT=${VM_TIMEOUT:-420} \
  "$here/vm/boot.sh" --job "$job" > "$work/boot.log" 2>&1 || status=$?
if [ -f "$job/results.txt" ]; then
  cat "$job/results.txt"
else
  echo "0 passed, 1 failed"
  echo "the job left no results; the VM said:" >&2
  tail -40 "$work/boot.log" >&2
  [ -f "$work/console.log" ] && tail -40 "$work/console.log" >&2
  exit 1
fi
if [ $status -ne 0 ]; then
  tail -20 "$work/console.log" >&2 || true
fi
exit $status
