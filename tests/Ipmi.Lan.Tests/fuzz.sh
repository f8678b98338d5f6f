#!/bin/sh
# A longer fuzz run of the LAN datagram entry point (DatagramProcessor and the real UDP listener).
# Usage: tests/Ipmi.Lan.Tests/fuzz.sh [iterations per property, default 100000]
set -eu
cd "$(dirname "$0")/../.."
LAN_FUZZ_ITERATIONS="${1:-100000}" exec dotnet test tests/Ipmi.Lan.Tests --artifacts-path "/tmp/art-fuzz-$(id -u)" --filter TestCategory=Fuzz
