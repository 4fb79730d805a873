package riskassess

import (
	"runtime"
	"runtime/debug"
	"syscall"
	"testing"
	"unsafe"
)

// TestFindingPageFaults guards how checkInto first touches a block of
// findings: by writing it, never by reading it. A run's findings go into
// large blocks of fresh memory (10,000 entries: about 38 MB), and Linux
// backs a page that is read before it is written with its shared zero
// page, then takes a second fault on the write to replace it, and flushes
// the zero page's address from the other cores' caches (an interrupt to
// each, costly on a virtual machine). A nil check of a *Finding compiles
// to such a read (TESTB AL, (reg)); checkInto takes the block and an index
// instead, whose address needs no check. With the read, a warm assess of
// 10,000 synthetic entries took 58,200 faults; without it, 54,600.
//
// The test writes findings into a block it allocates itself, with the
// collector off (a collection running meanwhile would read the block
// through its write barriers), and counts the process's minor faults:
// about one per page, not 4/3 as with the read (a third of the pages
// start with a finding, since 96 × 128 = 3 × 4096). It skips when the
// block was not fresh memory (far fewer faults than pages: huge pages, or
// memory the heap had touched before).
func TestFindingPageFaults(t *testing.T) {
	const pageSize = 4096
	if unsafe.Sizeof(Finding{}) != 96 || syscall.Getpagesize() != pageSize {
		t.Skip("counted for 96-byte findings and 4 KiB pages")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	// Return what the heap has freed to the system, so that the block
	// is fresh memory.
	debug.FreeOSMemory()
	res := Result{Outcome: OutcomeMet, Evidence: "field"}
	req := &Requirement{ID: "T-01", Kinds: []Kind{KindContractor}, Severity: SeverityLow,
		Check: func(*Subject) Result { return res }}
	ps := prepareReqs([]*Requirement{req})
	subj := &Subject{Entry: &Contractor{}}

	const n = 1 << 18 // 24 MiB of findings
	before := minorFaults(t)
	block := make([]Finding, n)
	for i := range block {
		checkInto(block, i, subj, ps[0], nil)
	}
	faults := minorFaults(t) - before
	pages := int64(len(block)) * int64(unsafe.Sizeof(Finding{})) / pageSize
	runtime.KeepAlive(block)
	t.Logf("%d faults for %d pages", faults, pages)
	if faults < pages*9/10 {
		t.Skipf("%d faults for %d pages: the block was not fresh memory (huge pages, or reused), nothing to count", faults, pages)
	}
	if faults > pages*11/10 {
		t.Errorf("%d faults for %d pages of findings, want about one a page: checkInto reads a finding before writing it (a nil check of a *Finding?), so that a fresh page is first mapped to the zero page and faults again on the write", faults, pages)
	}
}

// minorFaults returns the process's minor page faults so far.
func minorFaults(t *testing.T) int64 {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return int64(ru.Minflt) // int32 on 386
}
