package main

import (
	"math"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestBoundHeap: boundHeap sets the soft memory limit to heapBound times
// the live heap (at least minHeapLimit) and never raises a lower limit.
func TestBoundHeap(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	held := make([]byte, 96<<20)
	boundHeap()
	got := debug.SetMemoryLimit(-1)
	if low := int64(float64(len(held)) * heapBound); got < low || got > low+96<<20 {
		t.Errorf("limit %d MiB with %d MiB live, want about %.1f times that", got>>20, len(held)>>20, heapBound)
	}
	runtime.KeepAlive(held)
	held = nil
	debug.SetMemoryLimit(math.MaxInt64)
	boundHeap()
	if got := debug.SetMemoryLimit(-1); got != minHeapLimit {
		t.Errorf("limit %d MiB with a small heap, want %d MiB", got>>20, minHeapLimit>>20)
	}
	debug.SetMemoryLimit(32 << 20)
	boundHeap()
	if got := debug.SetMemoryLimit(-1); got != 32<<20 {
		t.Errorf("limit %d MiB, want the lower limit in force (32 MiB) kept", got>>20)
	}
}

// TestBuildRestoresMemoryLimit: build bounds the heap while it renders
// and puts back the limit it found, for what runs next in the process.
func TestBuildRestoresMemoryLimit(t *testing.T) {
	needExample(t)
	const before = 3 << 30
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(before))
	out := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := execCLI(t, "build", "--register", exampleRegister, "-o", out, "--as-of", "2026-11-27"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("memory limit after build %d, want %d as before", got, before)
	}
}
