#!/usr/bin/env bash
# The design-card package candidates against what production uses (bench/IpmiSidecar.Bench/Packages):
# BCL vs BouncyCastle.Cryptography for HMAC-SHA1/SHA256 and AES-CBC-128 at IPMI packet and key-derivation sizes,
# and the UDP receive/send loop vs Pipelines.Sockets.Unofficial. BenchmarkDotNet --job short, in process, run
# RUNS times (default 3); prints every run's table, then the median of the runs' means per benchmark.
# Usage: bench/packages.sh [extra BenchmarkDotNet arguments, e.g. --filter '*Aes*']     ~4 min per run on 2 cores
set -euo pipefail
cd "$(dirname "$0")/.."

art=/tmp/art-bench-packages
out="$(mktemp -d /tmp/bench-packages.XXXXXX)"
trap 'rm -rf "$out"' EXIT
runs=${RUNS:-3}

echo "== build (Release, artifacts in $art)"
dotnet build bench/IpmiSidecar.Bench -c Release --artifacts-path "$art" -nologo -v quiet -clp:ErrorsOnly
dll="$art/bin/IpmiSidecar.Bench/release/IpmiSidecar.Bench.dll"

filter=(--filter 'IpmiSidecar.Bench.Packages.*')
for arg in "$@"; do [ "$arg" = --filter ] && filter=(); done
for run in $(seq 1 "$runs"); do
  echo "== run $run of $runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  dotnet "$dll" "${filter[@]}" --job short --inProcess --join --exporters json github --artifacts "$out/$run" "$@" \
    >"$out/run$run.log" 2>&1 || { cat "$out/run$run.log"; exit 1; }
  sed "s/\*\*//g" "$out/$run"/results/*-report-github.md
  grep -h '^// CPU per round trip' "$out/run$run.log" || true
done

echo "== median of $runs runs (mean per operation; allocated bytes from the last run)"
python3 - "$out" "$runs" <<'PY'
import json, glob, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
means, alloc = {}, {}
for run in range(1, runs + 1):
    for path in glob.glob(f"{out}/{run}/results/*.json"):
        for b in json.load(open(path))["Benchmarks"]:
            key = (b["Type"], b["Method"], b["Parameters"])
            means.setdefault(key, []).append(b["Statistics"]["Mean"])
            alloc[key] = (b.get("Memory") or {}).get("BytesAllocatedPerOperation")
print(f"| benchmark | parameters | median ns | runs (ns) | B/op |\n|---|---|--:|---|--:|")
for key in sorted(means):
    values = means[key]
    print(f"| {key[0]}.{key[1]} | {key[2]} | {statistics.median(values):.0f} | {', '.join(f'{v:.0f}' for v in values)} | {alloc[key]} |")
PY
grep -h '^// CPU per round trip' "$out"/run*.log | sort || true
