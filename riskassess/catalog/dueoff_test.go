package catalog

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestDueOff: disabling the requirement whose deadline is one of the
// engine's yearly tasks switches the task off (Organisation.DueOff); other
// settings switch nothing off.
func TestDueOff(t *testing.T) {
	for _, tc := range []struct {
		name    string
		disable []string
		want    []riskassess.DueKind
	}{
		{"nothing disabled", nil, nil},
		{"other requirements", []string{"SNS-18", "OUT-33", "CLD-35"}, nil},
		{"yearly re-evaluation", []string{"CLD-42", "OUT-36"}, []riskassess.DueKind{riskassess.DueReevaluation, riskassess.DueOperationReview}},
		{"yearly oversight tasks", []string{"SNS-15", "CLD-47", "OUT-32", "OUT-30"}, []riskassess.DueKind{
			riskassess.DueConfirmation, riskassess.DueReport, riskassess.DueTermsCheck, riskassess.DuePlatformTerms}},
		{"CLD-47 alone", []string{"CLD-47"}, []riskassess.DueKind{riskassess.DueTermsCheck}},
		{"OUT-31", []string{"OUT-31"}, []riskassess.DueKind{riskassess.DueOnsiteCheck}},
		{"SNS-14", []string{"SNS-18", "SNS-14"}, []riskassess.DueKind{riskassess.DuePassword}},
		{"both", []string{"SNS-14", "OUT-31"}, []riskassess.DueKind{riskassess.DueOnsiteCheck, riskassess.DuePassword}},
	} {
		org := &riskassess.Organisation{Requirements: riskassess.RequirementSettings{Disable: tc.disable}}
		if _, err := ForOrg(org); err != nil {
			t.Errorf("%s: ForOrg: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, DueOff(org)); diff != "" {
			t.Errorf("%s: DueOff (-want +got):\n%s", tc.name, diff)
		}
	}
	if got := DueOff(nil); got != nil {
		t.Errorf("DueOff(nil) = %v, want nil", got)
	}
}

// TestDueTasks: each task's requirement is in the catalogue and judges the
// register field the engine dates the task from.
func TestDueTasks(t *testing.T) {
	want := map[string]riskassess.DueKind{"OUT-31": riskassess.DueOnsiteCheck, "SNS-14": riskassess.DuePassword,
		"OUT-30": riskassess.DueConfirmation, "OUT-32": riskassess.DueReport, "CLD-47": riskassess.DueTermsCheck, "SNS-15": riskassess.DuePlatformTerms,
		"OUT-36": riskassess.DueReevaluation, "CLD-42": riskassess.DueOperationReview}
	if diff := cmp.Diff(want, DueTasks()); diff != "" {
		t.Errorf("DueTasks (-want +got):\n%s", diff)
	}
	fields := map[riskassess.DueKind]string{riskassess.DueOnsiteCheck: "last_onsite_check", riskassess.DuePassword: "password_changed_on",
		riskassess.DueConfirmation: "last_confirmed", riskassess.DueReport: "reports", riskassess.DueTermsCheck: "terms_checked_on",
		riskassess.DuePlatformTerms: "terms_checked_on", riskassess.DueReevaluation: "last_reviewed", riskassess.DueOperationReview: "last_reviewed"}
	byID := map[string]riskassess.Requirement{}
	for _, r := range Default() {
		byID[r.ID] = r
	}
	for id, k := range DueTasks() {
		r, ok := byID[id]
		if !ok {
			t.Errorf("%s (%s) is not in the catalogue", id, k)
			continue
		}
		if r.Field != fields[k] {
			t.Errorf("%s judges %q, want %q, the field the %s task is dated from", id, r.Field, fields[k], k)
		}
	}
}

// TestDisableTaskFinding: disable naming the expiry finding of a yearly
// task, or the merged id of one, is refused with the requirement to
// disable instead.
func TestDisableTaskFinding(t *testing.T) {
	org := &riskassess.Organisation{Requirements: riskassess.RequirementSettings{
		Disable: []string{"EXP-ONSITE", "EXP-PASSWORD", "EXP-CERT"},
	}}
	_, err := ForOrg(org)
	if err == nil {
		t.Fatal("ForOrg: no error")
	}
	var got []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		got = append(got, e.Error(), e.(*SettingError).Ja)
	}
	want := []string{
		`register.yaml: requirements.disable[0]: "EXP-ONSITE" is not a requirement but the finding of a missed deadline of OUT-31 (on-site check); to switch it off, disable OUT-31 (its deadline and finding go with it; see docs/scoring.md)`,
		`"EXP-ONSITE" は要件ではなく、OUT-31（実地確認）の期日を過ぎたときの所見です。止めるには OUT-31 を disable に書いてください（期日と所見も出なくなります。docs/scoring.md を参照）`,
		`register.yaml: requirements.disable[1]: requirement "EXP-PASSWORD" was merged into SNS-14; disable SNS-14 instead (see docs/catalog.md)`,
		`要件 "EXP-PASSWORD" は SNS-14 に統合されました。disable には SNS-14 を書いてください（docs/catalog.md を参照）`,
		`register.yaml: requirements.disable[2]: unknown requirement "EXP-CERT" (see docs/catalog.md for the ids)`,
		`要件 "EXP-CERT" はありません（要件IDは docs/catalog.md を参照）`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ForOrg errors (-want +got):\n%s", diff)
	}
}
