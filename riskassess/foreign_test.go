package riskassess_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestLatestForeign: the latest record imported from a foreign
// questionnaire, skipping later records of our own questionnaire.
func TestLatestForeign(t *testing.T) {
	c := &riskassess.Common{Assessments: []riskassess.AssessmentRecord{
		{On: day(t, "2026-01-10"), Source: "old-caiq.xlsx", Questionnaire: "CAIQ v4.0.2"},
		{On: day(t, "2026-03-01"), Source: "caiq.xlsx", Questionnaire: "CAIQ v4.0.3"},
		{On: day(t, "2026-04-01"), Source: "gap.xlsx"},
	}}
	rec, ok := c.LatestForeign()
	if !ok || rec.Source != "caiq.xlsx" {
		t.Errorf("LatestForeign = %v %v", rec.Source, ok)
	}
	if _, ok := (&riskassess.Common{}).LatestForeign(); ok {
		t.Error("no records: want false")
	}
}

func day(t *testing.T, s string) riskassess.Date {
	t.Helper()
	d, err := riskassess.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
