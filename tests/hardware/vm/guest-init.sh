#!/bin/sh
# PID 1 of the test VM (busybox). Loads the I2C drivers, checks both adapters once, and when the kernel
# command line says ipmisidecar.job, runs /job/run.sh in a chroot whose /usr is the host's (read-only 9p).
# Settings come from the kernel command line: ipmisidecar.chips=0x20,0x48,0x50 and ipmisidecar.job.
uptime_s() { cut -d' ' -f1 /proc/uptime; }
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
chips=0x48,0x50
for word in $(cat /proc/cmdline); do
  case $word in ipmisidecar.chips=*) chips=${word#ipmisidecar.chips=} ;; esac
done
echo "VM: userspace at $(uptime_s)s, chips $chips"

# /dev/i2c-0: the kernel's i2c-stub (SMBus only); /dev/i2c-1: i2c-regstub (a full I2C master).
insmod /modules/i2c-dev.ko
insmod /modules/i2c-stub.ko chip_addr=$chips
insmod /modules/i2c-regstub.ko chip_addr=$chips
i2cdetect -l

# Self-check: a word through i2c-stub, a combined write-read through i2c-regstub.
i2cset -y 0 0x48 0x00 0x1900 w
echo "CHECK i2c-0 word readback: $(i2cget -y 0 0x48 0x00 w)"
i2ctransfer -y 1 w3@0x50 0x10 0xab 0xcd
echo "CHECK i2c-1 write-read readback: $(i2ctransfer -y 1 w1@0x50 0x10 r2)"

if grep -q ipmisidecar.job /proc/cmdline; then
  for module in virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci \
                9pnet 9pnet_virtio netfs fscache 9p; do
    insmod /modules/$module.ko
  done
  options=trans=virtio,version=9p2000.L,msize=512000,cache=loose
  mkdir -p /newroot && mount -t tmpfs root /newroot
  mkdir -p /newroot/usr /newroot/job /newroot/dev /newroot/proc /newroot/sys /newroot/tmp /newroot/etc
  for link in bin sbin lib lib64; do ln -s usr/$link /newroot/$link; done   # Debian's merged /usr
  mount -t 9p -o ro,$options hostusr /newroot/usr
  mount -t 9p -o $options job /newroot/job
  mount --bind /dev /newroot/dev
  mount --bind /proc /newroot/proc
  mount --bind /sys /newroot/sys
  echo "VM: job starts at $(uptime_s)s"
  chroot /newroot /bin/sh -c 'cd /job && HOME=/tmp PATH=/usr/sbin:/usr/bin exec ./run.sh' 2>&1
  echo "VM: job exit=$? at $(uptime_s)s"
fi
echo "VM: done at $(uptime_s)s"
poweroff -f
