package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"github.com/gikai-sec/riskregister/internal/entrycache"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

// TestHeapBounds: render sets the soft memory limit to heapBound times
// the live heap (at least minRenderHeadroom above it), assess to the live
// heap plus assessHeadroom (or 1.5 times the live heap, when larger), and
// neither raises the limit in force before the build.
func TestHeapBounds(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	held := make([]byte, 192<<20)
	h := heapBounds{outer: math.MaxInt64}
	h.render()
	got := debug.SetMemoryLimit(-1)
	if low := int64(float64(len(held)) * heapBound); got < low || got > low+64<<20 {
		t.Errorf("render: limit %d MiB with %d MiB live, want about %.1f times that", got>>20, len(held)>>20, heapBound)
	}
	h.assess()
	got = debug.SetMemoryLimit(-1)
	if low := int64(len(held)) + assessHeadroom; got < low || got > low+64<<20 {
		t.Errorf("assess: limit %d MiB with %d MiB live, want about %d MiB more", got>>20, len(held)>>20, assessHeadroom>>20)
	}
	runtime.KeepAlive(held)
	held = nil
	h.render()
	if got := debug.SetMemoryLimit(-1); got < minRenderHeadroom || got > minRenderHeadroom+64<<20 {
		t.Errorf("render: limit %d MiB with a small heap, want about %d MiB", got>>20, minRenderHeadroom>>20)
	}
	h = heapBounds{outer: 32 << 20}
	for _, set := range []func(){h.assess, h.render} {
		debug.SetMemoryLimit(math.MaxInt64)
		set()
		if got := debug.SetMemoryLimit(-1); got != 32<<20 {
			t.Errorf("limit %d MiB, want the lower limit in force before the build (32 MiB) kept", got>>20)
		}
	}
}

// TestRenderLimit: the render limit is heapBound times the live heap
// between the headroom bounds: a small heap gets minRenderHeadroom above
// it, and a large one (too large to allocate in a test) no more than
// maxRenderHeadroom, however large.
func TestRenderLimit(t *testing.T) {
	for _, c := range []struct {
		live, want int64
	}{
		{0, minRenderHeadroom},
		{90 << 20, 90<<20 + minRenderHeadroom},
		{200 << 20, 380 << 20},
		{400 << 20, 760 << 20},
		{900 << 20, 900<<20 + maxRenderHeadroom},
		{4 << 30, 4<<30 + maxRenderHeadroom},
	} {
		if got := renderLimit(c.live); got != c.want {
			t.Errorf("renderLimit(%d MiB) = %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
}

// TestBuildRestoresMemoryLimit: build bounds the heap while it renders
// and puts back the limit it found, for what runs next in the process.
func TestBuildRestoresMemoryLimit(t *testing.T) {
	needExample(t)
	const before int64 = 3 << 30
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(before))
	out := filepath.Join(t.TempDir(), "site")
	if code, _, stderr := execCLI(t, "build", "--register", exampleRegister, "-o", out, "--as-of", "2026-11-27"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("memory limit after build %d, want %d as before", got, before)
	}
}

// TestLowerGCWhileLoading: a load halves the GC percentage and puts it
// back when it ends, the last of overlapping loads; a collector turned
// off stays off.
func TestLowerGCWhileLoading(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	end1 := lowerGCWhileLoading()
	if got := gcPercent(); got != 50 {
		t.Errorf("GC percent while loading %d, want 50", got)
	}
	end2 := lowerGCWhileLoading()
	if got := gcPercent(); got != 50 {
		t.Errorf("GC percent while two loads overlap %d, want 50", got)
	}
	end1()
	if got := gcPercent(); got != 50 {
		t.Errorf("GC percent while the second load goes on %d, want 50", got)
	}
	end2()
	if got := gcPercent(); got != 100 {
		t.Errorf("GC percent after loading %d, want 100 as before", got)
	}
	debug.SetGCPercent(-1)
	end := lowerGCWhileLoading()
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent while loading with the collector off %d, want -1", got)
	}
	end()
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent after loading with the collector off %d, want -1", got)
	}
}

// TestColdLoadGC: a cold load lowers the GC percentage to a quarter of
// what it was before the loads, while it goes on; the other loads keep
// half; a collector turned off stays off.
func TestColdLoadGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	end1 := lowerGCWhileLoading()
	end2 := lowerGCWhileLoading()
	cold := coldLoadGC()
	if got := gcPercent(); got != 25 {
		t.Errorf("GC percent during a cold load %d, want 25", got)
	}
	cold()
	if got := gcPercent(); got != 50 {
		t.Errorf("GC percent after the cold load, another load going on %d, want 50", got)
	}
	end2()
	end1()
	if got := gcPercent(); got != 100 {
		t.Errorf("GC percent after loading %d, want 100 as before", got)
	}
	debug.SetGCPercent(-1)
	end := lowerGCWhileLoading()
	cold = coldLoadGC()
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent during a cold load with the collector off %d, want -1", got)
	}
	cold()
	end()
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent after loading with the collector off %d, want -1", got)
	}
}

// TestRaiseGCAfterLoad: assessing after the load triples the GC
// percentage and puts it back when it ends; a collector turned off stays
// off.
func TestRaiseGCAfterLoad(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	end := raiseGCAfterLoad()
	if got := gcPercent(); got != 300 {
		t.Errorf("GC percent while assessing %d, want 300", got)
	}
	end()
	if got := gcPercent(); got != 100 {
		t.Errorf("GC percent after assessing %d, want 100 as before", got)
	}
	debug.SetGCPercent(-1)
	end = raiseGCAfterLoad()
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent while assessing with the collector off %d, want -1", got)
	}
	end()
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent after assessing with the collector off %d, want -1", got)
	}
}

// gcPercent returns the GC percentage in effect (SetGCPercent reads it
// only by setting it, so it is set back at once).
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestWarmRunGC: a warm run switches the collector off, with a memory
// limit of 16 times the cache file (at least 64 MiB, never above a lower
// limit already set), through the end of its load, and puts both back
// when it ends.
func TestWarmRunGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	end := lowerGCWhileLoading()
	release := warmRunGC(100 << 20)
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent during a warm run's load %d, want -1", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1600<<20 {
		t.Errorf("memory limit during a warm run %d MiB, want 1600 MiB", got>>20)
	}
	end()
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent after a warm run's load %d, want -1 until the run ends", got)
	}
	restoreAssess := raiseGCAfterLoad()
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent while a warm run assesses %d, want -1", got)
	}
	restoreAssess()
	release()
	if got := gcPercent(); got != 100 {
		t.Errorf("GC percent after a warm run %d, want 100 as before", got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("memory limit after a warm run %d, want none as before", got)
	}

	// A small cache: the floor. A lower limit set before: kept.
	release = warmRunGC(1 << 20)
	if got := debug.SetMemoryLimit(-1); got != 64<<20 {
		t.Errorf("memory limit for a small cache %d MiB, want 64 MiB", got>>20)
	}
	release()
	debug.SetMemoryLimit(32 << 20)
	release = warmRunGC(100 << 20)
	if got := debug.SetMemoryLimit(-1); got != 32<<20 {
		t.Errorf("memory limit under GOMEMLIMIT=32MiB %d MiB, want 32 MiB", got>>20)
	}
	release()
	if got := debug.SetMemoryLimit(-1); got != 32<<20 {
		t.Errorf("memory limit after a warm run %d MiB, want 32 MiB as before", got>>20)
	}
}

// TestWarmRunGivesGCBackWhenReading: the load of a warm run that reads or
// parses warmRunReads files (changed since the cache was written, or
// their stamps) calls onRead, which gives the collector back, once;
// fewer do not.
func TestWarmRunGivesGCBackWhenReading(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	dir := t.TempDir()
	var tool [32]byte
	p := entrycache.Open(filepath.Join(dir, entrycache.Folder), tool)
	defer p.Close()
	end := lowerGCWhileLoading()
	kc := newKeyedCache(p, tool)
	kc.onRead = sync.OnceFunc(warmRunGC(1 << 20))
	// Half the files parsed, half read again for their stamps.
	file := func(i int) {
		if i%2 == 0 {
			kc.Put([32]byte{byte(i), byte(i >> 8)}, []byte("value"))
		} else {
			kc.Record(fmt.Sprintf("contractors/c%d.yaml", i), store.FileStamp{Size: 5}, [32]byte{byte(i)})
		}
	}
	for i := range warmRunReads - 1 {
		file(i)
	}
	if got := gcPercent(); got != -1 {
		t.Errorf("GC percent after %d files read %d, want -1 (off)", warmRunReads-1, got)
	}
	for i := warmRunReads - 1; i < warmRunReads+8; i++ {
		file(i)
	}
	if got := gcPercent(); got != 50 {
		t.Errorf("GC percent after %d files read %d, want 50 (the load's)", warmRunReads+8, got)
	}
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("memory limit after the load read %d MiB, want none as before", got>>20)
	}
	end()
	if got := gcPercent(); got != 100 {
		t.Errorf("GC percent after the load %d, want 100", got)
	}
}

// TestWarmRunSetup: validate, assess and check, loading from a cache
// file, ask for huge pages for warmRunHeap times its bytes before the
// load, switch the collector off (warmRunGC) with its size, and map it
// into memory (entrycache.OpenMapped; seen in /proc/self/maps where there
// is one); the first run (no cache file yet), a run with --no-cache and
// build do none of it. Each gives back the GC percentage and the memory
// limit it found.
func TestWarmRunSetup(t *testing.T) {
	needExample(t)
	dir := copyExample(t)
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	var advised, off []int64
	defer func(f func(int64) bool) { adviseHeap = f }(adviseHeap)
	adviseHeap = func(n int64) bool { advised = append(advised, n); return false }
	defer func(f func(int64) func()) { startWarmRun = f }(startWarmRun)
	startWarmRun = func(n int64) func() { off = append(off, n); return warmRunGC(n) }
	cacheDir := filepath.Join(dir, entrycache.Folder)
	// mappings counts the mappings of the cache file; -1 without
	// /proc/self/maps.
	mappings := func() int {
		b, err := os.ReadFile("/proc/self/maps")
		if err != nil {
			return -1
		}
		return strings.Count(string(b), " "+filepath.Join(cacheDir, "entries-v2.bin"))
	}
	site := filepath.Join(t.TempDir(), "site")
	for _, c := range []struct {
		args []string
		warm bool
	}{
		{[]string{"assess", "--register", dir, "--as-of", "2026-11-27"}, false}, // no cache file yet
		{[]string{"validate", "--register", dir}, true},
		{[]string{"assess", "--register", dir, "--as-of", "2026-11-27"}, true},
		{[]string{"check", "--register", dir, "--as-of", "2026-11-27", "--fail-on", "critical"}, true},
		{[]string{"validate", "--register", dir, "--no-cache"}, false},
		{[]string{"assess", "--register", dir, "--as-of", "2026-11-27", "--no-cache"}, false},
		{[]string{"build", "--register", dir, "--as-of", "2026-11-27", "-o", site}, false},
	} {
		advised, off = nil, nil
		size := entrycache.FileSize(cacheDir)
		before := mappings()
		execCLI(t, c.args...)
		var wantAdvised, wantOff []int64
		if c.warm {
			wantAdvised, wantOff = []int64{warmRunHeap * size}, []int64{size}
		}
		if c.warm && size == 0 {
			t.Fatalf("%q: no cache file", c.args)
		}
		if fmt.Sprint(advised) != fmt.Sprint(wantAdvised) {
			t.Errorf("%q with a cache file of %d bytes: asked for huge pages %v, want %v", c.args, size, advised, wantAdvised)
		}
		if fmt.Sprint(off) != fmt.Sprint(wantOff) {
			t.Errorf("%q with a cache file of %d bytes: collector switched off for %v, want %v", c.args, size, off, wantOff)
		}
		if before >= 0 {
			if got := mappings() - before; (got > 0) != c.warm {
				t.Errorf("%q: %d new mappings of the cache file, want a mapping: %v", c.args, got, c.warm)
			}
		}
		if got := gcPercent(); got != 100 {
			t.Errorf("%q: GC percent after %d, want 100 as before", c.args, got)
		}
		if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
			t.Errorf("%q: memory limit after %d, want none as before", c.args, got)
		}
	}
}
