package store

import (
	"fmt"
	"hash/maphash"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/gikai-sec/riskregister/internal/synth"
)

// TestStrtabOf: the table gives one copy per distinct string, whatever
// the goroutine, and never the bytes it was given.
func TestStrtabOf(t *testing.T) {
	tab := &strtab{seed: maphash.MakeSeed()}
	long := strings.Repeat("長い文字列", strBlock/8)
	words := []string{"yes", "Q-CLD-01", "Questions!D57", long, "定期見直しによる判断"}
	got := make([][]string, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() {
			for range 100 {
				for _, w := range words {
					b := []byte(w)
					s := tab.of(b)
					clear(b) // the table keeps a copy, not b
					got[g] = append(got[g], s)
				}
			}
		})
	}
	wg.Wait()
	for g := range got {
		for i, s := range got[g] {
			w := words[i%len(words)]
			if s != w {
				t.Fatalf("of(%q) = %q", w, s)
			}
			if unsafe.StringData(s) != unsafe.StringData(got[0][i%len(words)]) {
				t.Errorf("of(%.20q) gave two copies", w)
			}
		}
	}
	if tab.of(nil) != "" || tab.of([]byte{}) != "" {
		t.Error("of(empty) is not empty")
	}
}

// TestStrtabFrontCollisions: with more distinct strings than the front
// table has slots, strings share slots; each is still given back with its
// own bytes, and as the one copy given the first time.
//
// Four goroutines do it at once (run with -race), each in its own order:
// they share slots while others fill them.
func TestStrtabFrontCollisions(t *testing.T) {
	tab := &strtab{seed: maphash.MakeSeed()}
	n := 3 * strFront
	got := make([][]string, 4)
	var wg sync.WaitGroup
	for g := range got {
		wg.Go(func() {
			got[g] = make([]string, n)
			for pass := range 2 {
				for j := range n {
					// A different order per goroutine: the multipliers are
					// prime to n (3 × 2^14), so each order is a permutation.
					i := (j*[]int{1, 5, 7, 11}[g] + g) % n
					b := []byte(fmt.Sprintf("Q-%06d", i))
					s := tab.of(b)
					clear(b)
					if want := fmt.Sprintf("Q-%06d", i); s != want {
						t.Errorf("pass %d: of(%q) = %q", pass, want, s)
						return
					}
					if pass == 0 {
						got[g][i] = s
					} else if unsafe.StringData(s) != unsafe.StringData(got[g][i]) {
						t.Errorf("of(%q) gave a second copy", s)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	for g := range got {
		for i := range n {
			if unsafe.StringData(got[g][i]) != unsafe.StringData(got[0][i]) {
				t.Fatalf("goroutines %d and 0 were given two copies of %q", g, got[0][i])
			}
		}
	}
}

// TestCachedLoadSharesStrings: a register loaded through the cache (the
// load that fills it and the load that reads it) equals the one parsed,
// holds nothing of the cached values (they are overwritten after the
// load) and keeps one copy of a string that repeats from entry to entry;
// the values stored take no more memory than their bytes.
func TestCachedLoadSharesStrings(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if err := synth.WriteDir(dir, synth.Generate(60, 1)); err != nil {
		t.Fatal(err)
	}
	want, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := &memCache{m: map[[32]byte][]byte{}}
	var filled map[[32]byte][]byte
	for _, pass := range []string{"filling the cache", "from the cache"} {
		c.puts = 0
		reg, err := LoadWith(dir, Options{Cache: c})
		if err != nil {
			t.Fatal(err)
		}
		if filled == nil {
			filled = map[[32]byte][]byte{}
			for k, v := range c.m {
				if cap(v) != len(v) {
					t.Errorf("a value of %d bytes stored in a slice of %d: the cache would hold the difference", len(v), cap(v))
				}
				filled[k] = slices.Clone(v)
			}
		}
		if len(c.m) < len(want.Entries()) {
			t.Fatalf("%s: %d values cached for %d entries", pass, len(c.m), len(want.Entries()))
		}
		for _, v := range c.m {
			for i := range v {
				v[i] = 'x'
			}
		}
		if !reflect.DeepEqual(reg, want) {
			t.Fatalf("%s: the register differs from the one parsed", pass)
		}
		yes := map[*byte]bool{}
		for _, e := range reg.Entries() {
			for _, a := range e.Base().Answers {
				if a.Value == "yes" {
					yes[unsafe.StringData(a.Value)] = true
				}
			}
		}
		if len(yes) != 1 {
			t.Errorf("%s: %d copies of the answer \"yes\", want 1", pass, len(yes))
		}
		if pass == "from the cache" && c.puts != 0 {
			t.Errorf("%s: %d values stored: they were not read from the cache", pass, c.puts)
		}
		c.m = filled
	}
}

// retainCache is a memCache that lets the loaded entries keep their
// strings in its values (Retainer).
type retainCache struct{ *memCache }

func (retainCache) RetainValues() bool { return true }

// TestCachedLoadRetains: through a Retainer, a load from the cache gives
// the register parsed, with the strings of its entries slices of the
// cached values (no copies); the load that fills the cache keeps copies
// of its own, as without a Retainer.
func TestCachedLoadRetains(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if err := synth.WriteDir(dir, synth.Generate(40, 3)); err != nil {
		t.Fatal(err)
	}
	want, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := retainCache{&memCache{m: map[[32]byte][]byte{}}}
	within := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		for _, v := range c.m {
			if len(v) > 0 && p >= uintptr(unsafe.Pointer(&v[0])) && p < uintptr(unsafe.Pointer(&v[0]))+uintptr(len(v)) {
				return true
			}
		}
		return false
	}
	for _, pass := range []string{"filling the cache", "from the cache"} {
		reg, err := LoadWith(dir, Options{Cache: c})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(reg, want) {
			t.Fatalf("%s: the register differs from the one parsed", pass)
		}
		in, out := 0, 0
		for _, e := range reg.Entries() {
			for q, a := range e.Base().Answers {
				for _, s := range []string{q, a.Value} {
					if within(s) {
						in++
					} else {
						out++
					}
				}
			}
		}
		if in+out == 0 {
			t.Fatal("no answers")
		}
		if pass == "filling the cache" && in > 0 {
			t.Errorf("%s: %d strings in the values stored", pass, in)
		}
		if pass == "from the cache" && out > 0 {
			t.Errorf("%s: %d strings copied, %d in the values", pass, out, in)
		}
	}
}
