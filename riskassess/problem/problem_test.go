package problem_test

import (
	"fmt"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/problem"
)

// Example sorts the problems of a register folder and prints them as the
// command does: by file, line and column, a warning marked as such.
func Example() {
	ps := problem.List{
		{File: "contractors/acme.yaml", Line: 12, Col: 3, Code: "bad-enum", Msg: riskassess.T("契約の種類 約款 は使えません", "contract type 約款 is not allowed"), Replacement: "terms"},
		{File: "register.yaml", Code: "bad-setting", Warning: true, Msg: riskassess.T("設定が古い形です", "the setting is in the old form")},
		{File: "contractors/acme.yaml", Line: 4, Code: "bad-date", Msg: riskassess.T("日付が読めません", "the date cannot be read")},
	}
	problem.Sort(ps)
	for _, p := range ps {
		fmt.Println(p.Message(riskassess.LangEn))
	}
	fmt.Println(ps.HasErrors(), ps[2:].HasErrors())
	// Output:
	// contractors/acme.yaml:4: the date cannot be read
	// contractors/acme.yaml:12:3: contract type 約款 is not allowed
	// register.yaml: warning: the setting is in the old form
	// true false
}

// TestMessage: the position has as many parts as are known, a warning
// says so in the language asked for, and Error is the English message.
func TestMessage(t *testing.T) {
	msg := riskassess.T("不明な要件です", "unknown requirement")
	for _, tt := range []struct {
		p      problem.Problem
		ja, en string
	}{
		{problem.Problem{File: "a.yaml", Line: 3, Col: 7, Msg: msg}, "a.yaml:3:7: 不明な要件です", "a.yaml:3:7: unknown requirement"},
		{problem.Problem{File: "a.yaml", Line: 3, Msg: msg}, "a.yaml:3: 不明な要件です", "a.yaml:3: unknown requirement"},
		{problem.Problem{File: ".", Msg: msg, Warning: true}, ".: 警告: 不明な要件です", ".: warning: unknown requirement"},
	} {
		if got := tt.p.Message(riskassess.LangJa); got != tt.ja {
			t.Errorf("Message(ja) = %q, want %q", got, tt.ja)
		}
		if got := tt.p.Message(riskassess.LangEn); got != tt.en {
			t.Errorf("Message(en) = %q, want %q", got, tt.en)
		}
		if got := tt.p.Error(); got != tt.en {
			t.Errorf("Error() = %q, want %q", got, tt.en)
		}
	}
}

// TestSort: ties on the position are broken by the English message, the
// code and the Japanese message, so the order never depends on the input's.
func TestSort(t *testing.T) {
	a := problem.Problem{File: "x.yaml", Line: 1, Code: "b", Msg: riskassess.T("い", "same")}
	b := problem.Problem{File: "x.yaml", Line: 1, Code: "a", Msg: riskassess.T("あ", "same")}
	c := problem.Problem{File: "x.yaml", Line: 1, Code: "a", Msg: riskassess.T("う", "same")}
	for _, in := range []problem.List{{a, b, c}, {c, b, a}, {b, a, c}} {
		problem.Sort(in)
		if in[0] != b || in[1] != c || in[2] != a {
			t.Errorf("sorted %v", in)
		}
	}
}
