#!/usr/bin/env bash
# Boots Debian's own kernel under qemu (software emulation; no KVM, no network device) with two real
# I2C adapters, checks them, and optionally runs a job inside. Everything comes from Debian packages.
#
#   tests/hardware/vm/boot.sh              boot, check both adapters, power off; exit 0 when they work
#   tests/hardware/vm/boot.sh --job DIR    also run DIR/run.sh inside; exit 0 when it exits 0
#
# Inside: /dev/i2c-0 is the kernel's i2c-stub (SMBus only: I2C_RDWR fails with EOPNOTSUPP, an absent
# address with ENODEV); /dev/i2c-1 is i2c-regstub.c from this folder (a full I2C master; an absent
# address fails with ENXIO, as a real NAK). Both carry the chips in VM_CHIPS. DIR is mounted read-write
# at /job and run.sh runs as root in a chroot whose /usr is the host's /usr (read-only), so the host's
# dotnet, ipmitool and i2c-tools work there; /tmp is a tmpfs; symlinks into the host's /etc do not
# resolve (use command -v and mawk, not which and awk).
#
# Settings (environment): VM_CHIPS (default 0x48,0x50), VM_TIMEOUT seconds (300), VM_MEMORY MiB (1024),
# VM_WORK (a fresh temporary folder; holds console.log), VM_CACHE (downloads and the built module, kept
# between runs; default ~/.cache/ipmisidecar-vm), VM_KERNEL (the version linux-image-amd64 depends on).
# Needs root (apt-get, and the 9p export of /usr).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

job=""
while [ $# -gt 0 ]; do
  case $1 in
    --job) job=$(cd "$2" && pwd); shift ;;
    *) echo "boot.sh: unknown argument '$1' (expected --job DIR)" >&2; exit 2 ;;
  esac
  shift
done
chips=${VM_CHIPS:-0x48,0x50}
cache=${VM_CACHE:-${HOME:-/root}/.cache/ipmisidecar-vm}
work=${VM_WORK:-$(mktemp -d /tmp/ipmisidecar-vm.XXXXXX)}
mkdir -p "$cache/debs" "$work"
chown _apt "$cache/debs" 2>/dev/null || true   # apt-get download drops privileges to _apt
export DEBIAN_FRONTEND=noninteractive

# ---- packages: the emulator and the tools are installed; the kernel is only downloaded and unpacked
[ -n "$(ls /var/lib/apt/lists/*_Packages 2>/dev/null | head -1)" ] || apt-get update -qq
kernel=${VM_KERNEL:-$(apt-cache depends linux-image-amd64 | sed -n 's/^ *Depends: linux-image-\(.*\)$/\1/p' | head -1)}
[ -n "$kernel" ] || { echo "boot.sh: cannot tell the kernel version (apt-cache depends linux-image-amd64)" >&2; exit 1; }
needed=(qemu-system-x86 i2c-tools gcc make "linux-headers-$kernel")
if ! dpkg -s "${needed[@]}" >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
( cd "$cache/debs" && { ls linux-image-"$kernel"_*.deb >/dev/null 2>&1 || apt-get download -qq "linux-image-$kernel"; } )
( cd "$cache/debs" && { ls busybox-static_*.deb >/dev/null 2>&1 || apt-get download -qq busybox-static; } )

# ---- the kernel and the few modules the VM loads (in this order, by guest-init.sh)
modules=(drivers/i2c/i2c-dev drivers/i2c/i2c-stub
         drivers/virtio/virtio_ring drivers/virtio/virtio drivers/virtio/virtio_pci_modern_dev
         drivers/virtio/virtio_pci_legacy_dev drivers/virtio/virtio_pci
         net/9p/9pnet net/9p/9pnet_virtio fs/netfs/netfs fs/fscache/fscache fs/9p/9p)
tree="$cache/kernel-$kernel"
if [ ! -f "$tree/boot/vmlinuz-$kernel" ]; then
  mkdir -p "$tree"
  members=("./boot/vmlinuz-$kernel")
  for module in "${modules[@]}"; do members+=("./lib/modules/$kernel/kernel/$module.ko"); done
  dpkg-deb --fsys-tarfile "$cache"/debs/linux-image-"$kernel"_*.deb | tar -x -C "$tree" "${members[@]}"
fi
busybox="$cache/busybox"
[ -x "$busybox/bin/busybox" ] || dpkg-deb -x "$cache"/debs/busybox-static_*.deb "$busybox"

# ---- i2c-regstub, built against the same kernel's headers (rebuilt when its source changes)
build="$cache/regstub-$kernel"
mkdir -p "$build"
if ! cmp -s "$here/i2c-regstub.c" "$build/i2c-regstub.c" || [ ! -f "$build/i2c-regstub.ko" ]; then
  cp "$here/i2c-regstub.c" "$here/Kbuild" "$build/"
  make -s -C "/usr/src/linux-headers-$kernel" M="$build" modules 2>&1 | grep -v 'Skipping BTF' || true
fi
[ -f "$build/i2c-regstub.ko" ] || { echo "boot.sh: building i2c-regstub.ko failed" >&2; exit 1; }

# ---- the initramfs: busybox, i2c-tools (they need only libc), the modules and guest-init.sh as /init
root="$work/initramfs"
rm -rf "$root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,modules,lib/x86_64-linux-gnu,lib64}
cp "$busybox/bin/busybox" "$root/bin/"
for applet in sh mount insmod mkdir cat cut ls grep chroot ln poweroff; do ln -s busybox "$root/bin/$applet"; done
cp /usr/sbin/i2cdetect /usr/sbin/i2cget /usr/sbin/i2cset /usr/sbin/i2ctransfer "$root/bin/"
cp /lib/x86_64-linux-gnu/libc.so.6 "$root/lib/x86_64-linux-gnu/"
cp /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
for module in "${modules[@]}"; do cp "$tree/lib/modules/$kernel/kernel/$module.ko" "$root/modules/"; done
cp "$build/i2c-regstub.ko" "$root/modules/"
install -m 755 "$here/guest-init.sh" "$root/init"
( cd "$root" && find . | "$busybox/bin/busybox" cpio -o -H newc -R 0:0 2>/dev/null | gzip -1 ) > "$work/initrd.gz"

# ---- boot. /dev/kvm may exist, but nested in this kind of container the guest hangs early: use TCG.
append="console=ttyS0 quiet panic=-1 ipmisidecar.chips=$chips"
shares=()
if [ -n "$job" ]; then
  append="$append ipmisidecar.job"
  shares=(-virtfs "local,path=/usr,mount_tag=hostusr,security_model=none,readonly=on"
          -virtfs "local,path=$job,mount_tag=job,security_model=none")
fi
started=$(date +%s)
timeout "${VM_TIMEOUT:-300}" qemu-system-x86_64 -accel tcg -smp 2 -m "${VM_MEMORY:-1024}" -nographic -no-reboot \
  -nic none -kernel "$tree/boot/vmlinuz-$kernel" -initrd "$work/initrd.gz" -append "$append" "${shares[@]}" \
  </dev/null 2>&1 | tr -d '\r' | tee "$work/console.log" || true
echo "VM wall time: $(( $(date +%s) - started )) s (console: $work/console.log)"

grep -q 'CHECK i2c-0 word readback: 0x1900' "$work/console.log" || { echo "boot.sh: i2c-stub check failed" >&2; exit 1; }
grep -q 'CHECK i2c-1 write-read readback: 0xab 0xcd' "$work/console.log" || { echo "boot.sh: i2c-regstub check failed" >&2; exit 1; }
if [ -n "$job" ]; then
  grep -q 'VM: job exit=0 ' "$work/console.log" || { echo "boot.sh: the job failed or did not finish" >&2; exit 1; }
fi
echo "boot.sh: ok"
