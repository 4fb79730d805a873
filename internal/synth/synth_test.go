package synth_test

import (
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"os"
	"path/filepath"
	"testing"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess/fieldrule"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
)

func TestCounts(t *testing.T) {
	for _, tt := range []struct{ n, c, s, m int }{
		{0, 0, 0, 0}, {1, 0, 0, 1}, {10, 5, 3, 2}, {100, 50, 35, 15}, {10000, 5000, 3500, 1500},
	} {
		c, s, m := synth.Counts(tt.n)
		if c != tt.c || s != tt.s || m != tt.m {
			t.Errorf("Counts(%d) = %d, %d, %d; want %d, %d, %d", tt.n, c, s, m, tt.c, tt.s, tt.m)
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, b := synth.Generate(60, 42), synth.Generate(60, 42)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("same seed, different registers (-a +b):\n%s", diff)
	}
	if cmp.Equal(a, synth.Generate(60, 43)) {
		t.Error("seeds 42 and 43 gave the same register")
	}
	c, s, m := synth.Counts(60)
	if len(a.Contractors) != c || len(a.Services) != s || len(a.Social) != m {
		t.Errorf("got %d/%d/%d entries, want %d/%d/%d", len(a.Contractors), len(a.Services), len(a.Social), c, s, m)
	}
}

// TestWriteDirLoads writes a generated register and loads it back: no
// errors, and the loaded register equals the generated one.
func TestWriteDirLoads(t *testing.T) {
	dir := t.TempDir()
	want := synth.Generate(300, 7)
	if err := synth.WriteDir(dir, want); err != nil {
		t.Fatal(err)
	}
	got, err := store.Load(dir)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("loaded register differs (-generated +loaded):\n%s", diff)
	}
	// Entries are realistic in size: about 3 KB of YAML each.
	var total int64
	for _, e := range want.Entries() {
		fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(e.Base().Source)))
		if err != nil {
			t.Fatal(err)
		}
		total += fi.Size()
	}
	if avg := total / int64(len(want.Entries())); avg < 2000 || avg > 6000 {
		t.Errorf("average entry is %d bytes, want about 3 KB", avg)
	}
	for _, c := range want.Contractors {
		if err := fieldrule.CheckCorporateNumber(c.CorporateNumber); err != nil {
			t.Errorf("%s: %v", c.ID, err)
		}
	}
}

func TestWriteDirRefusesBadID(t *testing.T) {
	reg := synth.Generate(4, 1)
	reg.Contractors[0].ID = "../escape"
	if err := synth.WriteDir(t.TempDir(), reg); err == nil {
		t.Error("WriteDir accepted an invalid id")
	}
}

// TestGeneratedRegisterPassesValidate: benchmarks measure a register that
// validate accepts, so every clause, remediation item and answer names a
// requirement or question of the built-in catalogue for its kind.
func TestGeneratedRegisterPassesValidate(t *testing.T) {
	reg := synth.Generate(600, 7)
	if errs := catalog.CheckReferences(reg, catalog.Default()); len(errs) > 0 {
		t.Errorf("%d reference errors, first: %v", len(errs), errs[0])
	}
}
