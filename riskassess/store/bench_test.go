package store_test

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

// BenchmarkLoad10k loads a synthetic register of 10,000 entries (about
// 3 KB of YAML each) and reports the time and allocations per entry.
func BenchmarkLoad10k(b *testing.B) {
	const n = 10_000
	dir := bench10k(b)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		reg, err := store.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		if got := len(reg.Entries()); got != n {
			b.Fatalf("loaded %d entries, want %d", got, n)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	per := float64(b.N) * n
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/entry")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/per, "allocs/entry")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/per, "B/entry")
}

var bench10kDir struct {
	once sync.Once
	dir  string
	err  error
}

// bench10k writes the synthetic 10,000-entry register once per process.
func bench10k(b *testing.B) string {
	b.Helper()
	bench10kDir.once.Do(func() {
		bench10kDir.dir, bench10kDir.err = os.MkdirTemp("", "store-bench-")
		if bench10kDir.err == nil {
			bench10kDir.err = synth.WriteDir(bench10kDir.dir, synth.Generate(10_000, 1))
		}
	})
	if bench10kDir.err != nil {
		b.Fatal(bench10kDir.err)
	}
	return bench10kDir.dir
}

// BenchmarkLoad10kAnchor is the anchor of BenchmarkLoad10k, measured in the
// same run on the same files with two workers: "read" reads the bytes only
// (the floor), "parse" also parses each file into a yaml.Node with
// go.yaml.in/yaml/v3 and nothing more. Load's time over "parse" is the cost
// of decoding into the model with positions and of every check.
func BenchmarkLoad10kAnchor(b *testing.B) {
	dir := bench10k(b)
	var files []string
	for _, k := range []string{"contractors", "services", "social"} {
		m, _ := filepath.Glob(filepath.Join(dir, k, "*.yaml"))
		files = append(files, m...)
	}
	for _, mode := range []string{"read", "parse"} {
		b.Run(mode, func(b *testing.B) {
			for b.Loop() {
				var next atomic.Int64
				var wg sync.WaitGroup
				for w := 0; w < 2; w++ {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for i := int(next.Add(1)) - 1; i < len(files); i = int(next.Add(1)) - 1 {
							data, err := os.ReadFile(files[i])
							if err != nil {
								b.Error(err)
								return
							}
							if mode == "parse" {
								var doc yaml.Node
								if err := yaml.Unmarshal(data, &doc); err != nil {
									b.Error(err)
									return
								}
							}
						}
					}()
				}
				wg.Wait()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/entry")
		})
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench10kDir.dir != "" {
		os.RemoveAll(bench10kDir.dir)
	}
	os.Exit(code)
}
