package entrycache

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenMapped checks that OpenMapped finds what Open finds: the values
// saved, a value put after it, a cache saved over the mapped file (whose
// values, read from the mapping, stay as they were); and that it ignores
// a damaged, truncated or empty file, and one of another tool, as Open
// does.
func TestOpenMapped(t *testing.T) {
	dir := filepath.Join(t.TempDir(), Folder)
	tool := [32]byte{7}
	want := map[[32]byte]string{}
	p := Open(dir, tool)
	for i, v := range []string{"first", strings.Repeat("長い値", 3000), "third"} {
		k := [32]byte{byte(i + 1)}
		p.Put(k, []byte(v))
		want[k] = v
	}
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	got := func(p *Pack) map[[32]byte]string {
		m := map[[32]byte]string{}
		for k := range want {
			if v, ok := p.Get(k); ok {
				m[k] = string(v)
			}
		}
		return m
	}
	q := OpenMapped(dir, tool)
	if q.Len() != len(want) || q.Size() == 0 {
		t.Fatalf("OpenMapped: Len %d, Size %d; want %d values", q.Len(), q.Size(), len(want))
	}
	before, _ := q.Get([32]byte{2})
	if diff := cmp.Diff(want, got(q)); diff != "" {
		t.Fatalf("OpenMapped values (-want +got):\n%s", diff)
	}
	// A value put, and the file saved again while q's mapping of it is
	// alive: the new file has every value, and what q returned from the
	// mapping is unchanged.
	k4 := [32]byte{4}
	q.Put(k4, []byte("fourth"))
	if err := q.Save(); err != nil {
		t.Fatal(err)
	}
	want[k4] = "fourth"
	if diff := cmp.Diff(want, got(OpenMapped(dir, tool))); diff != "" {
		t.Errorf("after a save over the mapped file (-want +got):\n%s", diff)
	}
	if string(before) != want[[32]byte{2}] {
		t.Error("a value read from the mapping changed when the file was saved again")
	}
	if n := OpenMapped(dir, [32]byte{8}).Len(); n != 0 {
		t.Errorf("another tool's OpenMapped: Len %d, want 0", n)
	}

	file := filepath.Join(dir, fileName)
	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{
		"damaged":   append(append([]byte{}, good[:len(good)/2]...), append([]byte{good[len(good)/2] ^ 1}, good[len(good)/2+1:]...)...),
		"truncated": good[:len(good)-9],
		"empty":     {},
	} {
		if err := os.WriteFile(file, b, 0o644); err != nil {
			t.Fatal(err)
		}
		r := OpenMapped(dir, tool)
		if r.Len() != 0 || r.Size() != 0 {
			t.Errorf("%s file: Len %d, Size %d; want an empty cache", name, r.Len(), r.Size())
		}
		if _, ok := r.Get([32]byte{1}); ok {
			t.Errorf("%s file: Get found a value", name)
		}
	}
}
