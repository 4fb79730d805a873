package foreign_test

import (
	"slices"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
)

// TestCovers: version ranges.
func TestCovers(t *testing.T) {
	tests := []struct {
		mq, versions, q, v string
		want               bool
	}{
		{"caiq", "4.0.x", "caiq", "4.0.3", true},
		{"caiq", "4.0.x", "caiq", "4.0.2", true},
		{"caiq", "4.0.x", "caiq", "4.1.0", false},
		{"caiq", "4.0.x", "caiq", "4.0", false},
		{"caiq", "4.0.x", "caiq", "3.0.1", false},
		{"caiq", "4.0.x", "hecvat", "4.0.3", false},
		{"hecvat-full", "3.x", "hecvat-full", "3.06", true},
		{"hecvat-full", "3.x", "hecvat-full", "2.11", false},
		{"hecvat-full", "3.x", "hecvat-lite", "3.06", false},
		{"hecvat", "4.x", "hecvat", "4.1.4", true},
		{"hecvat-full", "3.06", "hecvat-full", "3.06", true},
		{"hecvat-full", "3.06", "hecvat-full", "3.04", false},
	}
	for _, tt := range tests {
		m := foreign.Mapping{Questionnaire: tt.mq, Versions: tt.versions}
		if got := m.Covers(tt.q, tt.v); got != tt.want {
			t.Errorf("%s covers %s %s = %v, want %v", tt.versions, tt.q, tt.v, got, tt.want)
		}
	}
}

// TestWellFormedID: every questionnaire a mapping may name has a form of
// question id, and only those forms are accepted.
func TestWellFormedID(t *testing.T) {
	if got := foreign.Questionnaires(); !slices.Equal(got, []string{"caiq", "hecvat", "hecvat-full", "hecvat-lite"}) {
		t.Errorf("Questionnaires() = %v", got)
	}
	for _, tt := range []struct {
		q, id string
		want  bool
	}{
		{"caiq", "A&A-01.1", true},
		{"caiq", "STA-12.10", true},
		{"caiq", "STA-12", false},
		{"caiq", "sta-12.1", false},
		{"hecvat", "HFIH-01", true},
		{"hecvat-full", "DATA-05a", true},
		{"hecvat-lite", "HFIH-1", false},
		{"hecvat", "A&A-01.1", false},
		{"sig", "A.1", false},
	} {
		if got := foreign.WellFormedID(tt.q, tt.id); got != tt.want {
			t.Errorf("WellFormedID(%q, %q) = %v, want %v", tt.q, tt.id, got, tt.want)
		}
	}
}

// TestUnmappedReason: a question is unmapped by its id or by a prefix
// ending in "*"; any other question has no reason.
func TestUnmappedReason(t *testing.T) {
	why := riskassess.T("対象外", "out of scope")
	m := &foreign.Mapping{Unmapped: []foreign.Unmapped{{Questions: []string{"DCS-*", "STA-01.1"}, Reason: why}}}
	for id, want := range map[string]bool{"DCS-01.1": true, "DCS-12.3": true, "STA-01.1": true, "STA-01.2": false, "DC-01.1": false} {
		got, ok := m.UnmappedReason(id)
		if ok != want || (ok && got != why) {
			t.Errorf("UnmappedReason(%q) = %v, %v; want %v", id, got, ok, want)
		}
	}
}
