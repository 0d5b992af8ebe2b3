#!/bin/sh
# Prints a snapshot of this machine's PCI devices, IOMMU units and IOMMU groups for
# hostCreate(input: { name, snapshot }). POSIX sh and coreutils only (cat, od, readlink, tr,
# basename, uname), so it runs on a production host without Node. SYSFS_ROOT (default /sys) names the
# sysfs to read. Format: README "Snapshot format"; one record a line, "<kind> <key> <value...>".
set -u
SYS=${SYSFS_ROOT:-/sys}
# Version 1 of the format; a parser refuses versions it does not know.
echo "iommufd-graph-snapshot 1"
# SNAPSHOT_HOSTNAME overrides the name (fixture trees have no hostname of their own).
echo "hostname ${SNAPSHOT_HOSTNAME:-$(uname -n)}"

# One line with the file's first line, when it can be read.
attr() { # kind key name file
  [ -r "$4" ] || return 0
  v=$(cat "$4" 2>/dev/null) || return 0
  v=$(printf '%s' "$v" | tr '\n' ' ')
  echo "$1 $2 $3 ${v% }"
}
# The last path component a symlink points to.
link() { # kind key name path
  [ -L "$4" ] || return 0
  t=$(readlink "$4") || return 0
  echo "$1 $2 $3 $(basename "$t")"
}

for u in "$SYS"/class/iommu/*; do
  [ -e "$u" ] || continue
  n=$(basename "$u")
  echo "iommu $n"
  for f in intel-iommu/cap intel-iommu/ecap intel-iommu/version intel-iommu/address amd-iommu/cap amd-iommu/features; do
    attr iommu-reg "$n" "$f" "$u/$f"
  done
done

for d in "$SYS"/bus/pci/devices/*; do
  [ -e "$d" ] || continue
  b=$(basename "$d")
  echo "device $b"
  for f in vendor device class subsystem_vendor subsystem_device numa_node current_link_speed current_link_width max_link_speed max_link_width sriov_totalvfs sriov_numvfs; do
    attr device-attr "$b" "$f" "$d/$f"
  done
  link device-attr "$b" driver "$d/driver"
  link device-attr "$b" iommu "$d/iommu"
  link device-attr "$b" iommu_group "$d/iommu_group"
  link device-attr "$b" physfn "$d/physfn"
  # As much config space as this user may read (64 bytes unprivileged, 256 or 4096 as root).
  if [ -r "$d/config" ]; then
    hex=$(od -An -v -tx1 "$d/config" 2>/dev/null | tr -d ' \n')
    [ -n "$hex" ] && echo "config $b $hex"
  fi
done

for g in "$SYS"/kernel/iommu_groups/*; do
  [ -e "$g" ] || continue
  n=$(basename "$g")
  echo "group $n"
  attr group-attr "$n" type "$g/type"
  for m in "$g"/devices/*; do
    [ -e "$m" ] || [ -L "$m" ] || continue
    echo "group-device $n $(basename "$m")"
  done
  if [ -r "$g/reserved_regions" ]; then
    while read -r start end kind; do
      echo "group-reserved $n $start $end $kind"
    done < "$g/reserved_regions"
  fi
done
echo "end"
