package store

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSocialStatusAfterDecisionAgain: a social account retired (status:
// retired, and the retirement in its approval) and then approved again,
// or requested again, by a later decision, its status left at retired.
// The status carries no date and counts as it is (Social.StatusOn), so
// check, due, the plan and the site read the account as retired, a
// record with no review, no yearly task and no requirement checked,
// although its approval says it was approved again on 2026-09-01; so a
// suspended account resumed by a later approval stayed suspended. Which
// of the two is true the register does not say: it is refused at status.
// Left as they are: a status that agrees with the decision in force, a
// status retired or suspended with no such decision recorded before the
// approval (the account retired or suspended by its status alone), and a
// request after a suspension (the suspension stands until decided).
func TestSocialStatusAfterDecisionAgain(t *testing.T) {
	const file = "social/x.yaml:8:9: "
	retired := func(ap, on string) []string {
		return []string{"bad-value " + file + "status is retired, but approval.history[1] records the retirement of 2025-03-31 and the decision after it is " + ap + " (" + on +
			"): the account was brought back into use, or its retirement is not recorded as a decision; if it is in use again, write status: active; " +
			"if it was retired after that decision, record the retirement in approval (status: retired, decided_on, the decision before it kept in approval.history)"}
	}
	suspended := []string{"bad-value " + file + "status is suspended, but approval.history[1] records the suspension of 2025-03-31 and the decision after it is approved (2026-09-01" +
		"): the account was brought back into use, or its suspension is not recorded as a decision; if it is in use again, write status: active; " +
		"if it was suspended after that decision, record the suspension in approval (status: suspended, decided_on, the decision before it kept in approval.history)"}
	const (
		approved24 = "{status: approved, approver: kacho, on: 2024-07-01}"
		retired25  = "{status: retired, approver: kacho, on: 2025-03-31}"
		suspend25  = "{status: suspended, approver: kacho, on: 2025-03-31}"
	)
	for _, tt := range []struct {
		name, status, apStatus, decided string
		history                         []string
		want                            []string
	}{
		{"retired, approved again", "retired", "approved", "2026-09-01", []string{approved24, retired25, "{status: approved, approver: kacho, on: 2026-09-01}"},
			retired("approved", "2026-09-01")},
		{"retired, approved again with conditions", "retired", "conditional", "2026-09-01", []string{approved24, retired25, "{status: conditional, approver: kacho, on: 2026-09-01}"},
			retired("conditional", "2026-09-01")},
		{"retired, requested again", "retired", "requested", "2026-09-01", []string{approved24, retired25, "{status: requested, on: 2026-09-01}"},
			retired("requested", "2026-09-01")},
		{"retired, requested again, no decided_on", "retired", "requested", "", []string{approved24, retired25, "{status: requested, on: 2026-09-01}"},
			retired("requested", "2026-09-01")},
		{"suspended, approved again", "suspended", "approved", "2026-09-01", []string{approved24, suspend25, "{status: approved, approver: kacho, on: 2026-09-01}"},
			suspended},
		// Agreeing, or the status alone.
		{"active, approved again", "active", "approved", "2026-09-01", []string{approved24, retired25, "{status: approved, approver: kacho, on: 2026-09-01}"}, nil},
		{"retired by the approval", "retired", "retired", "2025-03-31", []string{approved24, retired25}, nil},
		{"retired by the status alone", "retired", "approved", "2024-07-01", []string{approved24}, nil},
		{"suspended by the status alone after a retirement", "suspended", "approved", "2026-09-01", []string{approved24, retired25, "{status: approved, approver: kacho, on: 2026-09-01}"}, nil},
		{"suspended, requested to resume", "suspended", "requested", "2026-09-01", []string{approved24, suspend25, "{status: requested, on: 2026-09-01}"}, nil},
	} {
		src := "name: {ja: 議会X}\nowner: {section: somu}\nplatform: x\nhandle: \"@chofu_gikai\"\nurl: https://x.com/chofu_gikai\n" +
			"responsible: {section: somu}\nnotice_url: https://www.city.chofu.example/gikai/sns.html\nstatus: " + tt.status + "\napproval:\n  status: " + tt.apStatus + "\n  approver: kacho\n"
		if tt.decided != "" {
			src += "  decided_on: " + tt.decided + "\n"
		}
		if tt.apStatus == "conditional" {
			src += "  conditions: [公開済みの情報に限る]\n"
		}
		src += "  history:\n    - " + strings.Join(tt.history, "\n    - ") + "\n"
		res := decodeFile(job{kind: "social", id: "x", rel: "social/x.yaml"}, []byte(src))
		if diff := cmp.Diff(tt.want, lines(Errors(res.errs))); diff != "" {
			t.Errorf("%s (-want +got):\n%s\n%s", tt.name, diff, src)
		}
	}
	// The Japanese message names the record and the decision after it.
	src := "name: {ja: 議会X}\nowner: {section: somu}\nplatform: x\nhandle: \"@chofu_gikai\"\nurl: https://x.com/chofu_gikai\n" +
		"responsible: {section: somu}\nnotice_url: https://www.city.chofu.example/gikai/sns.html\nstatus: retired\napproval:\n  status: approved\n  approver: kacho\n  decided_on: 2026-09-01\n" +
		"  history:\n    - " + approved24 + "\n    - " + retired25 + "\n    - {status: approved, approver: kacho, on: 2026-09-01}\n"
	res := decodeFile(job{kind: "social", id: "x", rel: "social/x.yaml"}, []byte(src))
	want := "social/x.yaml:8:9: status は廃止ですが、approval.history[1] は 2025-03-31 の廃止を記録し、その後の決裁は承認（2026-09-01）です。"
	if len(res.errs) != 1 || !strings.HasPrefix(res.errs[0].Message("ja"), want) {
		t.Errorf("ja: got %v, want one error starting %q", Errors(res.errs), want)
	}
}
