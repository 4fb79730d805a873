package store

import (
	"hash/maphash"
	"path/filepath"
	"sync"
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
)

// memCache is a Cache in memory.
type memCache struct {
	mu   sync.Mutex
	m    map[[32]byte][]byte
	puts int // calls of Put
}

func (c *memCache) Get(k [32]byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *memCache) Put(k [32]byte, v []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
	c.puts++
}

// BenchmarkDecodeCached decodes the cached values of 1,000 synthetic
// entries (what a warm load does instead of parsing), per entry.
func BenchmarkDecodeCached(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "reg")
	if err := synth.WriteDir(dir, synth.Generate(1000, 1)); err != nil {
		b.Fatal(err)
	}
	c := &memCache{m: map[[32]byte][]byte{}}
	if _, err := LoadWith(dir, Options{Cache: c}); err != nil {
		b.Fatal(err)
	}
	root, err := absRoot(dir)
	if err != nil {
		b.Fatal(err)
	}
	jobs, _ := diskSource(root).list()
	type item struct {
		j job
		v []byte
	}
	var items []item
	for _, j := range jobs {
		if j.list {
			continue
		}
		data, d, e := readDigest(diskSource(root), j.rel, nil)
		if e != nil {
			b.Fatal(e)
		}
		_ = data
		key := cacheKey(j, d)
		v, ok := c.Get(key)
		if !ok {
			b.Fatalf("%s not cached", j.rel)
		}
		body, ok := checkSum(key, v)
		if !ok {
			b.Fatal("bad checksum")
		}
		items = append(items, item{j, body})
	}
	// copied: the strings kept in a table of the load (build, serve);
	// retained: slices of the values (validate, assess, check: Retainer).
	for _, retain := range []bool{false, true} {
		name := "copied"
		if retain {
			name = "retained"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tab := &strtab{seed: maphash.MakeSeed()}
				for _, it := range items {
					d := &decoder2{b: it.v, tab: tab, keep: retain}
					if _, err := d.cached(it.j); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(items)), "ns/entry")
		})
	}
}
