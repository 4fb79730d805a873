# bench/site/machinenote.sh — machine_note for bench/site/speed.sh, which
# sources it (bench/site/machinenote_test.go runs it on a fake /sys).

# machine_note [ROOT] prints, before the table, what decides how much fresh
# memory costs here, read from ROOT/sys (ROOT empty: this machine's): the
# transparent huge pages setting (the warm validate, assess and check ask
# for huge pages only with "madvise" and free page reporting off,
# internal/hugeheap) and whether the
# kernel hands free memory back to the host (free page reporting, a virtio
# or Hyper-V balloon). With reporting on, memory a process freed is given
# back in 2 MiB blocks a few seconds later, and the next process to take
# those blocks waits while the host backs them again: a warm check of
# 10,000 entries then took 0.52-0.62 s after a 4 s pause against
# 0.27-0.31 s right after another run, all of the difference system time,
# while it asked for huge pages (those are the 2 MiB blocks handed back;
# internal/hugeheap no longer asks on such a machine). The "after a 5 s
# pause" row shows what is left of it.
machine_note() {
  local root=${1:-} thp=- rep=off f size order
  local t=$root/sys/kernel/mm/transparent_hugepage
  if [ -r "$t/enabled" ]; then
    thp=$(sed 's/.*\[\(.*\)\].*/\1/' "$t/enabled")
    # Since Linux 6.8 the heap's huge page size (hpage_pmd_size) has a
    # setting of its own, which decides unless it says "inherit"
    # (internal/hugeheap, thpMode): both are shown.
    size=$(cat "$t/hpage_pmd_size" 2>/dev/null) || size=
    case $size in
      '') ;;
      *[!0-9]*) thp="$thp, hpage_pmd_size not a size: $size" ;;
      *)
        f="$t/hugepages-$((size / 1024))kB/enabled"
        if [ -e "$f" ]; then
          thp="$thp, hugepages-$((size / 1024))kB: $(sed 's/.*\[\(.*\)\].*/\1/' "$f" 2>/dev/null || echo '?')"
        fi
        ;;
    esac
  fi
  order=$(cat "$root/sys/module/page_reporting/parameters/page_reporting_order" 2>/dev/null) || order='?'
  # A virtio balloon that negotiated VIRTIO_BALLOON_F_REPORTING, feature
  # bit 5: the 6th character of features (Linux prints bit 0 first). The
  # driver does not bind to the device when it cannot register reporting.
  for f in "$root"/sys/bus/virtio/drivers/virtio_balloon/virtio*/features; do
    [ -r "$f" ] && [ "$(cut -c6 "$f")" = 1 ] && rep="on (virtio balloon, order $order)"
  done
  # A Hyper-V balloon (a device named by its GUID) reports only when the
  # host offers the cold memory discard hint; the kernel then logs "Cold
  # memory discard hint enabled". page_reporting_order reads -1 until a
  # device registers (Linux 6.2+).
  if [ "$rep" = off ] && ls "$root/sys/bus/vmbus/drivers/hv_balloon/" 2>/dev/null | grep -q -- -; then
    if [ "$order" = -1 ]; then
      rep="off (Hyper-V balloon, no cold memory discard: page_reporting_order -1)"
    else
      rep="unknown (Hyper-V balloon: on if the kernel logged \"Cold memory discard hint enabled\"; order $order)"
    fi
  fi
  echo "# $(nproc) CPUs; transparent huge pages: $thp; free page reporting: $rep"
}
