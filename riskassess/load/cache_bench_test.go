package load_test

import (
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess/load"
)

// mapCache is a store.Cache in memory.
type mapCache struct {
	mu sync.Mutex
	m  map[[32]byte][]byte
}

func newMapCache() *mapCache { return &mapCache{m: map[[32]byte][]byte{}} }

func (c *mapCache) Get(k [32]byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *mapCache) Put(k [32]byte, v []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
}

// BenchmarkDir10k loads a synthetic register of 10,000 entries through the
// front door: cold (parsing every file) and warm (every entry file from a
// cache in memory).
func BenchmarkDir10k(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "reg")
	if err := synth.WriteDir(dir, synth.Generate(10000, 1)); err != nil {
		b.Fatal(err)
	}
	b.Run("cold", func(b *testing.B) {
		cpu0 := processCPU()
		for b.Loop() {
			if _, err := load.Dir(dir); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, processCPU()-cpu0)
	})
	b.Run("warm", func(b *testing.B) {
		c := newMapCache()
		if _, err := load.DirWith(dir, load.Options{Cache: c}); err != nil {
			b.Fatal(err)
		}
		cpu0 := processCPU()
		b.ResetTimer()
		for b.Loop() {
			if _, err := load.DirWith(dir, load.Options{Cache: c}); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, processCPU()-cpu0)
	})
}

// processCPU returns the user + system CPU time of the process so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time (user + system, all goroutines) per
// operation, which stays meaningful on a busy machine.
func reportCPU(b *testing.B, cpu time.Duration) {
	if cpu > 0 && b.N > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
	}
}
