package entrycache

import (
	"bytes"
	"path/filepath"
	"testing"
)

// TestKeep: values marked with Keep stay in the file Save writes, where
// without it they would be dropped as unused (more unused values than
// used ones); Keep of a key the cache does not hold reports false.
func TestKeep(t *testing.T) {
	dir := filepath.Join(t.TempDir(), Folder)
	tool := [32]byte{4}
	p := Open(dir, tool)
	vs := map[[32]byte][]byte{}
	for i := range 10 {
		k := [32]byte{byte(i)}
		vs[k] = bytes.Repeat([]byte{byte('a' + i)}, 10+i)
		p.Put(k, vs[k])
	}
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	for _, keep := range []bool{false, true} {
		q := Open(dir, tool)
		if keep {
			for k := range vs {
				if !q.Keep(k) {
					t.Fatalf("Keep(%x) = false for a value in the cache", k[:1])
				}
			}
		}
		if q.Keep([32]byte{'n', 'o'}) {
			t.Error("Keep of a key not in the cache = true")
		}
		q.Put([32]byte{99}, []byte("the one file edited"))
		if err := q.Save(); err != nil {
			t.Fatal(err)
		}
		r := Open(dir, tool)
		n := 0
		for k, want := range vs {
			if got, ok := r.Get(k); ok && bytes.Equal(got, want) {
				n++
			}
		}
		switch {
		case keep && n != len(vs):
			t.Errorf("with Keep: %d of %d values kept", n, len(vs))
		case !keep && n != 0:
			t.Errorf("without Keep: %d unused values kept, want them dropped (the rule Keep works around)", n)
		}
		if !keep {
			// Put them back for the pass with Keep.
			for k, v := range vs {
				r.Put(k, v)
			}
			if err := r.Save(); err != nil {
				t.Fatal(err)
			}
		}
	}
}
