package riskassess

import (
	"testing"
	"unsafe"
)

// TestFindingSize guards the size of a Finding on 64-bit platforms: the
// findings of an assessment run are one large block (about 420,000 for
// 10,000 entries, BenchmarkAssess10k), so every byte of a finding is
// 0.4 MB a run that the garbage collector scans. The spec, the
// provenance, the due date and the conflict are pointers for that reason
// (see Finding).
func TestFindingSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are for 64-bit platforms")
	}
	if got, want := unsafe.Sizeof(Finding{}), uintptr(96); got > want {
		t.Errorf("a Finding is %d bytes, want at most %d: a field added to Finding grows every run's block of findings; make a rare field a pointer (as Conflict, Provenance, DueOn)", got, want)
	}
}
