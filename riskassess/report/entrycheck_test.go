package report_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// TestReportChecksEntries: the functions that read an entry's enum fields
// without its assessment panic with riskassess.CheckEntry's error on a
// register built in Go with a value its field does not allow, as
// riskassess.Assessor's function does. Before, they read it as no value:
// a contractor rejected as "Rejected" was not a record, so Assignments and
// CouncilItems judged its owner, and RegisterTable showed "Rejected" as
// its approval.
func TestReportChecksEntries(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	c := &riskassess.Contractor{Common: riskassess.Common{ID: "acme",
		Owner:    riskassess.Owner{Section: "gikai-jimukyoku", Position: "kakaricho"},
		Approval: riskassess.Approval{Status: "Rejected", DecidedOn: riskassess.NewDate(2026, time.April, 1)}}}
	reg := &riskassess.Register{Contractors: []*riskassess.Contractor{c}}
	want := riskassess.CheckEntry(&reg.Org, c)
	if !errors.Is(want, riskassess.ErrEntryValue) {
		t.Fatalf("CheckEntry = %v, want ErrEntryValue", want)
	}
	for name, f := range map[string]func(){
		"Assignments":       func() { report.Assignments(reg, asOf) },
		"SignOffMismatches": func() { report.SignOffMismatches(reg) },
		"CouncilItems":      func() { report.CouncilItems(reg, nil, asOf, nil) },
		"RegisterTable":     func() { report.RegisterTable(reg, nil, riskassess.KindContractor, "ja") },
	} {
		func() {
			defer func() {
				if p, _ := recover().(error); !reflect.DeepEqual(p, want) {
					t.Errorf("%s panicked with %v, want %v", name, p, want)
				}
			}()
			f()
		}()
	}
}
