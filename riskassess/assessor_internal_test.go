package riskassess

import (
	"reflect"
	"testing"
)

// TestAllocateEachZeroesEveryBlock: Assessor promises that one kept
// assessment holds no other's findings, due items, blockers, dates or
// texts, which holds only when every block of its run allocates on its own
// (chunk 0). Blocks added to run later (blockers, finding dates, conflict
// texts were) are found by walking run's fields, so a new block that
// allocateEach forgets fails here.
func TestAllocateEachZeroesEveryBlock(t *testing.T) {
	r := newRun(&Scorer{}, &Organisation{}, []Requirement{{ID: "R-1", Kinds: []Kind{KindContractor}, Severity: SeverityLow}}, 2)
	before := chunks(reflect.ValueOf(r).Elem(), "run")
	if len(before) < 7 {
		t.Fatalf("found %d blocks in run (%v); the walk is broken", len(before), before)
	}
	nonzero := 0
	for _, n := range before {
		if n != 0 {
			nonzero++
		}
	}
	if nonzero == 0 {
		t.Fatalf("no block of a run for many entries has a chunk (%v): the test shows nothing", before)
	}
	r.allocateEach()
	for path, n := range chunks(reflect.ValueOf(r).Elem(), "run") {
		if n != 0 {
			t.Errorf("%s = %d after allocateEach, want 0: an Assessor's assessments would share that block", path, n)
		}
	}
}

// chunks returns the chunk field of every block in v (a struct), by path.
func chunks(v reflect.Value, path string) map[string]int64 {
	out := map[string]int64{}
	for i := range v.NumField() {
		f, sf := v.Field(i), v.Type().Field(i)
		p := path + "." + sf.Name
		switch {
		case sf.Name == "chunk" && f.Kind() == reflect.Int:
			out[p] = f.Int()
		case f.Kind() == reflect.Struct:
			for k, n := range chunks(f, p) {
				out[k] = n
			}
		}
	}
	return out
}
