package riskassess

import (
	"strings"
	"testing"
)

// TestTextArena holds the texts a textArena cuts to those of JoinText and
// string concatenation, across chunks, for empty and long texts and with
// no arena at all; and checks that a text cut earlier is not overwritten
// by the ones cut after it.
func TestTextArena(t *testing.T) {
	long := strings.Repeat("長", textArenaMax)
	for _, a := range []*textArena{nil, {}} {
		var kept []Text
		for i := range 3 * textChunk / 40 {
			n := string(rune('a' + i%26))
			ja, en := []string{"契約（", n, "）"}, []string{"contract (", n, ")"}
			got := a.join(ja, en)
			if want := JoinText(ja, en); got != want {
				t.Fatalf("join = %+v, want %+v", got, want)
			}
			kept = append(kept, got)
		}
		for i, k := range kept {
			n := string(rune('a' + i%26))
			if k.Ja != "契約（"+n+"）" || k.En != "contract ("+n+")" {
				t.Fatalf("text %d changed to %+v", i, k)
			}
		}
		if got := a.join([]string{long}, []string{"x"}); got.Ja != long || got.En != "x" {
			t.Errorf("long join: got %d bytes", len(got.Ja))
		}
		if got := a.join(nil, []string{""}); got != (Text{}) {
			t.Errorf("empty join = %+v", got)
		}
		if got := a.concat("ISMS", " ", "IS 1"); got != "ISMS IS 1" {
			t.Errorf("concat = %q", got)
		}
		if got := a.date(NewDate(2026, 4, 1)); got != "2026-04-01" {
			t.Errorf("date = %q", got)
		}
		if got := a.date(Date{}); got != "" {
			t.Errorf("zero date = %q", got)
		}
	}
}
