package hugeheap

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
)

// thpDir is where Linux keeps the settings of transparent huge pages.
const thpDir = "/sys/kernel/mm/transparent_hugepage"

// thpMode returns the setting that decides whether the heap's huge pages
// (the size of a page-middle-directory entry, 2 MiB on x86-64) are given,
// read from the folder dir (thpDir), and the file it was read from. The
// setting in force is the word between brackets: "always [madvise]
// never". Since Linux 6.8 each size has its own setting
// (hugepages-2048kB/enabled), which may say "inherit" (the default: the
// folder's enabled) or override it either way: "never" there gives no 2
// MiB pages under a main "madvise", and "madvise" there gives them under
// a main "never". Without that file (older kernels) the main setting
// decides. A size or size's setting that exists but cannot be read, or a
// size that is not a number of KiB, is an error: the main setting does
// not decide where the size's own one may override it.
func thpMode(dir string) (mode []byte, file string, err error) {
	file = dir + "/enabled"
	if mode, err = os.ReadFile(file); err != nil {
		return nil, file, err
	}
	sizeFile := dir + "/hpage_pmd_size"
	size, err := os.ReadFile(sizeFile)
	if errors.Is(err, fs.ErrNotExist) {
		return mode, file, nil
	} else if err != nil {
		return nil, sizeFile, err
	}
	n, err := strconv.ParseUint(string(bytes.TrimSpace(size)), 10, 64)
	if err != nil || n == 0 || n%1024 != 0 {
		return nil, sizeFile, fmt.Errorf("%s: %q is not a size in bytes", sizeFile, bytes.TrimSpace(size))
	}
	perFile := fmt.Sprintf("%s/hugepages-%dkB/enabled", dir, n/1024)
	per, err := os.ReadFile(perFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return mode, file, nil
	case err != nil:
		return nil, perFile, err
	case bytes.Contains(per, []byte("[inherit]")):
		return mode, file, nil
	}
	return per, perFile, nil
}

// advise does nothing when n is more than half the machine's memory:
// Linux refuses by default to map more than its memory and swap at once
// (the runtime then dies), and no run fills such a heap quickly; n comes
// from the size of a file (cmd/riskregister), which may be damaged. Nor
// does it act in a process where notAsked gives a reason.
//
// Nor does it act on a machine that hands free memory back to its host
// (reportsFreeMemory): there the advice makes the run that follows a
// pause slower, which is how the commands are used (a file edited, then
// check run).
func advise(n int64) bool {
	if int64(int(n)) != n || uint64(n) > physMem()/2 || notAsked() != "" || reportsFreeMemory(sysRoot) != "" {
		return false
	}
	return adviseRange(n)
}

// adviseRange allocates n bytes, advises their range MADV_HUGEPAGE and
// returns them to the system at once, so that the heap's next spans are
// taken from the range (see Advise); it reports whether the advice was
// taken.
func adviseRange(n int64) bool {
	b := make([]byte, n)
	err := syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	// b is dead from here. The collection frees its pages and scavenges
	// them (returns them to the system), and the runtime does not clear a
	// span made only of scavenged pages (needZeroAfterSysUnused is false
	// unless GODEBUG=madvdontneed=0, which makes the runtime clear them).
	debug.FreeOSMemory()
	return err == nil
}

// notAsked says why Advise does not ask for huge pages in this process,
// whatever n, or "" when it does: the system does not give them on
// request (thpMode), GODEBUG leaves the advice without effect
// (adviceOff), strict overcommit (vm.overcommit_memory 2, where the range
// stays charged against the commit limit after it is returned), huge
// pages switched off for the process (prctl PR_SET_THP_DISABLE,
// inherited from a launcher: THP_enabled 0 in /proc/self/status, where
// the advice is not taken), or an address space or data limit
// (addressLimited).
func notAsked() string {
	mode, file, err := thpMode(thpDir)
	switch {
	case err != nil:
		return "transparent huge pages not known: " + err.Error()
	case !onRequest(mode):
		return fmt.Sprintf("%s is %q, not madvise", file, bytes.TrimSpace(mode))
	case adviceOff(os.Getenv("GODEBUG")):
		return "GODEBUG=" + os.Getenv("GODEBUG")
	}
	if oc, err := os.ReadFile(overcommitFile); err != nil || strictOvercommit(oc) {
		return "strict overcommit or unknown: " + string(bytes.TrimSpace(oc))
	}
	if st, err := os.ReadFile(statusFile); err != nil || !processTHP(st) {
		return "huge pages switched off for the process (THP_enabled 0)"
	}
	if addressLimited() {
		return "address space or data limited (ulimit -v, ulimit -d)"
	}
	return ""
}

// sysRoot is the root of the sysfs tree reportsFreeMemory reads.
const sysRoot = "/sys"

// reportsFreeMemory says whether the machine hands free memory back to
// its host (free page reporting), read from the sysfs tree at sys, or ""
// when it does not: a virtio balloon that negotiated reporting
// (VIRTIO_BALLOON_F_REPORTING, feature bit 5: the sixth character of
// features, bit 0 first), or a Hyper-V balloon unless page reporting is
// known to be off (page_reporting_order -1, Linux 6.2+: the host did not
// offer the cold memory discard hint).
//
// The kernel reports free blocks of 2 MiB (page_reporting_order 9) a few
// seconds after they are freed, and those blocks are the huge pages the
// advice asks for: the next process to take one waits while the host
// backs it again, and a small page comes more often from memory never
// handed back. Warm assess and check runs at 10,000 entries on such a
// machine (synthetic and grown example registers, 2 CPUs, 8-9 runs of
// each, the two ways alternated) spent, in medians, 0.26–0.34 s of system
// time after a 5 s pause with the advice against 0.18–0.21 s without,
// and 0.05–0.16 s against 0.18–0.22 s right after another run.
func reportsFreeMemory(sys string) string {
	balloons, _ := filepath.Glob(sys + "/bus/virtio/drivers/virtio_balloon/virtio*/features")
	for _, f := range balloons {
		if b, err := os.ReadFile(f); err == nil && len(b) > 5 && b[5] == '1' {
			return "free page reporting on (virtio balloon, " + f + ")"
		}
	}
	hv, _ := os.ReadDir(sys + "/bus/vmbus/drivers/hv_balloon")
	for _, e := range hv {
		if !strings.Contains(e.Name(), "-") {
			continue // bind, unbind, module: not a device
		}
		order, err := os.ReadFile(sys + "/module/page_reporting/parameters/page_reporting_order")
		if err == nil && string(bytes.TrimSpace(order)) == "-1" {
			return ""
		}
		return "free page reporting on or unknown (Hyper-V balloon " + e.Name() + ")"
	}
	return ""
}

// overcommitFile holds the system's overcommit mode: 0 heuristic, 1
// always, 2 strict.
const overcommitFile = "/proc/sys/vm/overcommit_memory"

// statusFile is the process's status, with THP_enabled (Linux 6.x).
const statusFile = "/proc/self/status"

// strictOvercommit reports whether the mode read from overcommitFile is
// strict (2).
func strictOvercommit(mode []byte) bool {
	return string(bytes.TrimSpace(mode)) == "2"
}

// processTHP reports whether the status read from statusFile leaves huge
// pages on for the process: true unless it says "THP_enabled: 0" (older
// kernels do not say).
func processTHP(status []byte) bool {
	for line := range bytes.Lines(status) {
		if v, ok := bytes.CutPrefix(line, []byte("THP_enabled:")); ok {
			return string(bytes.TrimSpace(v)) != "0"
		}
	}
	return true
}

// addressLimited reports whether the process runs with a limit on its
// address space or its data (RLIMIT_AS, RLIMIT_DATA: ulimit -v, ulimit
// -d, systemd's LimitAS=), or whether it cannot tell. Untouched memory
// counts against both: a command that stays within the limit would die
// on the advised allocation ("fatal error: out of memory", exit 2).
func addressLimited() bool {
	for _, r := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var l syscall.Rlimit
		if syscall.Getrlimit(r, &l) != nil || l.Cur != ^uint64(0) {
			return true
		}
	}
	return false
}

// physMem returns the bytes of the machine's memory, 0 when unknown.
func physMem() uint64 {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return 0
	}
	return uint64(si.Totalram) * uint64(si.Unit)
}

// onRequest reports whether the setting thpMode read gives huge
// pages only to the regions that ask (madvise): with "always" the heap
// has them already, with "never" it cannot.
func onRequest(mode []byte) bool {
	return bytes.Contains(mode, []byte("[madvise]"))
}

// adviceOff reports whether the GODEBUG setting godebug leaves the
// advice without effect: disablethp, the runtime's own switch, turns huge
// pages off for the heap (Advise then leaves the heap alone too), and
// harddecommit makes the runtime map the memory it returns to the system
// afresh (mmap, not madvise), without the advice, before Advise's
// collection ends.
func adviceOff(godebug string) bool {
	return godebugOn(godebug, "disablethp") || godebugOn(godebug, "harddecommit")
}

// godebugOn reports whether the GODEBUG setting godebug sets name to a
// number other than 0. It reads the setting as the runtime does at
// startup: fields split at commas, not trimmed, the last setting of a
// name wins, a value that is not a number is ignored.
func godebugOn(godebug, name string) bool {
	on := false
	for kv := range strings.SplitSeq(godebug, ",") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == name {
			if n, err := strconv.ParseInt(v, 10, 32); err == nil {
				on = n != 0
			}
		}
	}
	return on
}
