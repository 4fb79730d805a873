package hugeheap

import (
	"bytes"
	"os"
	"runtime/debug"
	"strings"
	"syscall"
)

// modeFile holds the system's setting of transparent huge pages, the one
// in force between brackets: "always [madvise] never".
const modeFile = "/sys/kernel/mm/transparent_hugepage/enabled"

// advise does nothing when n is more than half the machine's memory:
// Linux refuses by default to map more than its memory and swap at once
// (the runtime then dies), and no run fills such a heap quickly; n comes
// from the size of a file (cmd/riskregister), which may be damaged.
func advise(n int64) bool {
	mode, err := os.ReadFile(modeFile)
	if err != nil || !onRequest(mode) || thpDisabled(os.Getenv("GODEBUG")) || int64(int(n)) != n || uint64(n) > physMem()/2 {
		return false
	}
	b := make([]byte, n)
	err = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	// b is dead from here: the collection frees its pages and, as it
	// scavenges, marks them as needing no clearing (they are fresh).
	debug.FreeOSMemory()
	return err == nil
}

// physMem returns the bytes of the machine's memory, 0 when unknown.
func physMem() uint64 {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return 0
	}
	return uint64(si.Totalram) * uint64(si.Unit)
}

// onRequest reports whether the setting read from modeFile gives huge
// pages only to the regions that ask (madvise): with "always" the heap
// has them already, with "never" it cannot.
func onRequest(mode []byte) bool {
	return bytes.Contains(mode, []byte("[madvise]"))
}

// thpDisabled reports whether the GODEBUG setting godebug switches huge
// pages off for the heap (disablethp=1, the runtime's own switch): Advise
// then leaves the heap alone too. The last setting of a name wins, as in
// the runtime.
func thpDisabled(godebug string) bool {
	off := false
	for kv := range strings.SplitSeq(godebug, ",") {
		if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok && k == "disablethp" {
			off = v == "1"
		}
	}
	return off
}
