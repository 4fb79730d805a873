package catalog

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestResultJE checks that the two messages built in one allocation are
// the concatenations of their parts.
func TestResultJE(t *testing.T) {
	r := resultJE(riskassess.OutcomeMet, "ev", []string{"最終", "", "実施"}, []string{"last ", "done"})
	want := riskassess.Result{Outcome: riskassess.OutcomeMet, Evidence: "ev", Message: riskassess.T("最終実施", "last done")}
	if r != want {
		t.Errorf("resultJE = %#v, want %#v", r, want)
	}
}

// TestContractsEn: OUT-41's English names one contract in the singular and
// several in the plural.
func TestContractsEn(t *testing.T) {
	if got := contractsEn([]string{"C-1"}, " is used", " are used"); got != "contract C-1 is used" {
		t.Errorf("one: %q", got)
	}
	if got := contractsEn([]string{"C-1", "C-2"}, " is used", " are used"); got != "contracts C-1, C-2 are used" {
		t.Errorf("two: %q", got)
	}
}
