package riskassess_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/assess-golden.json.gz from the current scorer")

const goldenFile = "testdata/assess-golden.json.gz"

// TestAssessAllGolden guards the scoring results byte for byte: AssessAll
// over a synthetic register (internal/synth, 100 entries, seed 1) and over
// the example register examples/chofu-gikai, as of 2026-11-27, marshalled
// to JSON, must equal the golden file. Speed work on the engine and the
// catalogue must not change a single finding, message or score; a change
// that means to change results rewrites the file with -update and the diff
// is reviewed (zcat testdata/assess-golden.json.gz).
func TestAssessAllGolden(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	type set struct {
		Name        string
		Assessments []riskassess.Assessment
	}
	var sets []set

	reg := synth.Generate(100, 1)
	reqs, err := catalog.ForOrg(&reg.Org)
	if err != nil {
		t.Fatal(err)
	}
	sets = append(sets, set{"synth-100-seed-1", mustAssess(scorer().AssessAll(reg, reqs, asOf))})

	ex, err := store.Load(filepath.Join("..", "examples", "chofu-gikai"))
	if err != nil {
		t.Fatalf("loading the example register: %v", err)
	}
	reqs, err = catalog.ForOrg(&ex.Org)
	if err != nil {
		t.Fatal(err)
	}
	sets = append(sets, set{"examples/chofu-gikai", mustAssess(scorer().AssessAll(ex, reqs, asOf))})

	// One line per assessment keeps the file small and a difference easy
	// to find.
	var got []byte
	for _, s := range sets {
		got = append(got, "# "+s.Name+"\n"...)
		for _, a := range s.Assessments {
			b, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			got = append(append(got, b...), '\n')
		}
	}

	if *updateGolden {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if _, err := zw.Write(got); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(goldenFile)
	if err != nil {
		t.Fatalf("%v (run go test -run TestAssessAllGolden -update to create it)", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	want, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w []byte
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if !bytes.Equal(g, w) {
				t.Fatalf("AssessAll output differs from %s at line %d:\n-want %s\n+got  %s\n(%d vs %d lines; if the scoring, the catalogue, internal/synth or examples/chofu-gikai changed on purpose, rerun with -update and review the diff)",
					goldenFile, i+1, w, g, len(wl), len(gl))
			}
		}
	}
}
