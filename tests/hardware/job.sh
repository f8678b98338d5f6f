#!/bin/sh
# Runs INSIDE the i2c-vm as /job/run.sh (copied there by tests/hardware/run.sh), with the host's /usr.
#   /dev/i2c-0: i2c-stub (SMBus only), chips at $CHIPS
#   /dev/i2c-1: i2c-regstub (full I2C master), 256-byte register files with an auto-increment pointer
# Every check prints "ok - ..." or "not ok - ..."; the summary line is "N passed, M failed".
set -u
cd /job
ip link set lo up
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=1
: > results.txt
ok() { echo "ok - $1" | tee -a results.txt; }
not_ok() { echo "not ok - $1" | tee -a results.txt; }
expect() { # description, expected, actual
  if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1: expected '$2', got '$3'"; fi
}

# ---- 1. the I2cBridge Linux backend against both adapters ---------------------------------
i2ctransfer -y 1 w5@0x50 0x10 0xde 0xad 0xbe 0xef
i2cset -y 0 0x48 0x05 0x1234 w
dotnet backend/I2cBackendCheck.dll | tee -a results.txt
expect "i2c-1: i2ctransfer reads back what the backend wrote" "0x11 0x22 0x33" "$(i2ctransfer -y 1 w1@0x50 0x20 r3)"

# ---- 2. the whole sidecar against chips on /dev/i2c-1 ---------------------------------------
. ./sidecar-checks.sh

passed=$(grep -c '^ok - ' results.txt)
failed=$(grep -c '^not ok - ' results.txt)
echo "$passed passed, $failed failed" | tee -a results.txt
[ "$failed" -eq 0 ]
