package catalog

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestDateBytes checks dateBytes against Date.String.
func TestDateBytes(t *testing.T) {
	for _, d := range []riskassess.Date{{}, riskassess.NewDate(2026, 4, 1), riskassess.NewDate(1, 1, 1), riskassess.NewDate(9999, 12, 31),
		riskassess.NewDate(10000, 1, 1), riskassess.NewDate(-1, 1, 1), riskassess.NewDate(2026, 0, 0), riskassess.NewDate(2026, 13, 45),
		riskassess.NewDate(2026, 100, 1), riskassess.NewDate(2026, 1, 100), riskassess.NewDate(0, 0, 1)} {
		var buf [10]byte
		if got, want := string(dateBytes(&buf, d)), d.String(); got != want {
			t.Errorf("dateBytes(%#v) = %q, want %q", d, got, want)
		}
	}
}

// TestResultJE checks that the two messages built in one allocation are
// the concatenations of their parts.
func TestResultJE(t *testing.T) {
	r := resultJE(riskassess.OutcomeMet, "ev", []string{"最終", "", "実施"}, []string{"last ", "done"})
	want := riskassess.Result{Outcome: riskassess.OutcomeMet, Evidence: "ev", Message: riskassess.T("最終実施", "last done")}
	if r != want {
		t.Errorf("resultJE = %#v, want %#v", r, want)
	}
}
