package load_test

import (
	"github.com/gikai-sec/riskregister/internal/cputime"
	"path/filepath"
	"sync"
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
		cpu0 := cputime.Process()
		for b.Loop() {
			if _, err := load.Dir(dir); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cputime.Process()-cpu0)
	})
	b.Run("warm", func(b *testing.B) {
		c := newMapCache()
		if _, err := load.DirWith(dir, load.Options{Cache: c}); err != nil {
			b.Fatal(err)
		}
		cpu0 := cputime.Process()
		b.ResetTimer()
		for b.Loop() {
			if _, err := load.DirWith(dir, load.Options{Cache: c}); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cputime.Process()-cpu0)
	})
}

// reportCPU reports the CPU time (user + system, all goroutines) per
// operation, which stays meaningful on a busy machine.
func reportCPU(b *testing.B, cpu time.Duration) {
	if cpu > 0 && b.N > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/1e6, "cpu-ms/op")
	}
}
