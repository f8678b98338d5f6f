#!/usr/bin/env bash
# Micro-benchmarks of the hot paths (bench/IpmiSidecar.Bench): the allocation check, then BenchmarkDotNet
# with a short job, in process, allocated bytes per operation included. A few minutes on 2 cores.
# Usage: bench/micro.sh [extra BenchmarkDotNet arguments, e.g. --filter '*Handshake*']
set -euo pipefail
cd "$(dirname "$0")/.."

art=/tmp/art-bench-micro
out="$(mktemp -d /tmp/bench-micro.XXXXXX)"
trap 'rm -rf "$out"' EXIT

echo "== build (Release, artifacts in $art)"
dotnet build bench/IpmiSidecar.Bench -c Release --artifacts-path "$art" -nologo -v quiet -clp:ErrorsOnly
dll="$art/bin/IpmiSidecar.Bench/release/IpmiSidecar.Bench.dll"

echo "== allocations per authenticated request (steady state)"
dotnet "$dll" alloc

echo "== BenchmarkDotNet (--job short, in process)"
# The package comparisons (bench/IpmiSidecar.Bench/Packages) have their own script, bench/packages.sh.
filter=(--filter '*AuthenticatedRequest*' '*Handshake*' '*SensorEncoding*')
for arg in "$@"; do [ "$arg" = --filter ] && filter=(); done
dotnet "$dll" "${filter[@]}" --job short --inProcess --join --artifacts "$out" "$@" >"$out/run.log" 2>&1 || { cat "$out/run.log"; exit 1; }
sed "s/\*\*//g" "$out"/results/*-report-github.md
