package cputime_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/cputime"
)

// TestProcessGrows burns CPU for a while and checks that the process's CPU
// time grew by at least part of it (on unix, where it is measured).
func TestProcessGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("CPU time is not measured on", runtime.GOOS)
	}
	before := cputime.Process()
	if before <= 0 {
		t.Fatalf("Process() = %v at the start, want > 0", before)
	}
	x := 0
	for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		for i := range 1000 {
			x += i
		}
	}
	_ = x
	if after := cputime.Process(); after <= before {
		t.Errorf("Process() = %v after 50 ms of work, want more than %v", after, before)
	}
}
