package riskassess

import (
	"encoding/json"
	"testing"
)

// TestOutcomeCountsJSON holds the JSON of OutcomeCounts to that of the
// map[Outcome]int that Assessment.Counts was (Count), reads it back, and
// checks Of, Map and CountOutcomes against Count.
func TestOutcomeCountsJSON(t *testing.T) {
	var fs []Finding
	for i, o := range Outcomes() {
		for range i*3 + 1 {
			fs = append(fs, Finding{Outcome: o})
		}
	}
	for _, fs := range [][]Finding{nil, fs, fs[3:9]} {
		c, m := CountOutcomes(fs), Count(fs)
		got, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(m)
		if string(got) != string(want) {
			t.Errorf("JSON %s, want %s (the map's)", got, want)
		}
		for _, o := range Outcomes() {
			if c.Of(o) != m[o] || c.Map()[o] != m[o] {
				t.Errorf("%s: Of %d, Map %d, want %d", o, c.Of(o), c.Map()[o], m[o])
			}
		}
		var back OutcomeCounts
		if err := json.Unmarshal(got, &back); err != nil || back != c {
			t.Errorf("read back %+v, %v; want %+v", back, err, c)
		}
	}
	if n := CountOutcomes([]Finding{{Outcome: "maybe"}, {Outcome: OutcomeMet}}); n != (OutcomeCounts{Met: 1}) {
		t.Errorf("an unknown outcome: %+v, want only the met one counted", n)
	}
	var c OutcomeCounts
	if err := json.Unmarshal([]byte(`{"maybe":1}`), &c); err == nil {
		t.Errorf("an unknown outcome read without error")
	}
}
