package main

import (
	"path/filepath"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/load"
)

// TestGrownRegisterLoads: the grown example is a register the tool
// accepts, so that bench/site/speed.sh measures builds, not refusals (two
// copies of one social-media account are refused as the same account).
func TestGrownRegisterLoads(t *testing.T) {
	out := filepath.Join(t.TempDir(), "reg")
	if err := run(filepath.Join("..", "..", "..", "examples", "chofu-gikai"), 120, out); err != nil {
		t.Fatal(err)
	}
	res, err := load.Dir(out)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Valid() {
		for _, p := range res.Problems {
			t.Error(p)
		}
	}
	if n := len(res.Register.Entries()); n != 120 {
		t.Errorf("%d entries, want 120", n)
	}
}
