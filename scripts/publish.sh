#!/usr/bin/env bash
# Builds the release artifacts: one Native AOT executable per runtime identifier, with the demo platform
# profiles and the systemd unit beside it, as a directory and a tarball.
#
# Usage: scripts/publish.sh [-o DIR] [RID ...]     RIDs: linux-x64, linux-arm64 (default: both)
#   DIR/ipmisidecar-RID/           IpmiSidecar, platforms/*.json, ipmisidecar.service and .sysusers, IpmiSidecar.dbg (symbols)
#   DIR/ipmisidecar-RID.tar.gz     the same without the symbols file
# DIR defaults to dist/. The build itself goes to DIR/.build, apart from the developer's bin/ and obj/.
#
# Needs, besides the .NET SDK (Debian package names):
#   every RID:    clang (the linker driver Native AOT calls; zlib and brotli come with the runtime pack)
#   linux-arm64:  gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu (linker, crt files, libgcc) and the arm64
#                 C library from multiarch: dpkg --add-architecture arm64; apt-get update; apt-get install libc6-dev:arm64
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

out="$root/dist"
if [ "${1:-}" = "-o" ]; then
  out=$(mkdir -p "$2" && cd "$2" && pwd)
  shift 2
fi
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 linux-arm64)

missing=()
command -v clang >/dev/null || missing+=(clang)
for rid in "${rids[@]}"; do
  case "$rid" in
    linux-x64) ;;
    linux-arm64)
      command -v aarch64-linux-gnu-gcc >/dev/null || missing+=(gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu)
      [ -e /usr/lib/aarch64-linux-gnu/libc.so ] || missing+=(libc6-dev:arm64) ;;
    *) echo "publish.sh: unknown runtime identifier '$rid'; expected linux-x64 or linux-arm64" >&2; exit 64 ;;
  esac
done
if ((${#missing[@]})); then
  echo "publish.sh: missing Debian packages: ${missing[*]} (arm64 ones need 'dpkg --add-architecture arm64' first)" >&2
  exit 69
fi

for rid in "${rids[@]}"; do
  name="ipmisidecar-$rid"
  echo "== publish $rid (Native AOT) -> $out/$name"
  rm -rf "${out:?}/$name" "$out/$name.tar.gz"
  dotnet publish "$root/src/IpmiSidecar" -c Release -r "$rid" -nologo -clp:ErrorsOnly \
    --artifacts-path "$out/.build" -o "$out/$name"
  rm -f "$out/$name"/*.pdb
  cp "$root/deploy/ipmisidecar.service" "$root/deploy/ipmisidecar.sysusers" "$out/$name/"
  tar -C "$out" --exclude='*.dbg' -czf "$out/$name.tar.gz" "$name"
  echo "   $(du -b "$out/$name/IpmiSidecar" | cut -f1) bytes: $out/$name/IpmiSidecar"
done
