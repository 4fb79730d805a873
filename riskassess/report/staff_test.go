package report_test

import (
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/google/go-cmp/cmp"
)

// TestAssignments feeds the silent-wrong cases of people moving in April:
// a named owner who moved, a vacant post, a post with two holders, a
// person who retired, an operator now in another division, and a post
// that resolves to its new holder.
func TestAssignments(t *testing.T) {
	reg := &riskassess.Register{Org: synth.AprilOrg()}
	con := func(id string, o riskassess.Owner, reviewed string) {
		c := &riskassess.Contractor{}
		c.ID, c.Source, c.Owner = id, "contractors/"+id+".yaml", o
		c.Approval.Status = riskassess.StatusApproved
		c.LastReviewed, _ = riskassess.ParseDate(reviewed)
		reg.Contractors = append(reg.Contractors, c)
	}
	con("moved", riskassess.Owner{Section: "koho", Position: "kakaricho", Person: "sakamoto"}, "2026-05-01")
	con("vacant", riskassess.Owner{Section: "giji", Position: "kacho"}, "2026-05-01")
	con("two", riskassess.Owner{Section: "koho", Position: "shunin"}, "2026-05-01")
	con("resolved", riskassess.Owner{Section: "koho", Position: "kakaricho"}, "2026-05-01")
	con("handover", riskassess.Owner{Section: "koho", Position: "kakaricho"}, "2026-02-01")
	// Renewed after the as-of date: the decision of 2026-06-01 had not
	// been taken on 2026-05-10, so it is no review after the hand-over
	// (it hid the new holder from rotation and CW-03 as of that day).
	con("handover-renewed-later", riskassess.Owner{Section: "koho", Position: "kakaricho"}, "2026-02-01")
	later := reg.Contractors[len(reg.Contractors)-1]
	later.Approval.DecidedOn = riskassess.NewDate(2026, time.June, 1)
	later.Approval.History = []riskassess.DecisionRecord{{Status: riskassess.StatusApproved, On: riskassess.NewDate(2025, time.June, 1)}, {Status: riskassess.StatusApproved, On: later.Approval.DecidedOn}}
	con("fine", riskassess.Owner{Section: "somu", Position: "kacho", Person: "sakamoto"}, "2026-05-01")
	con("section-only", riskassess.Owner{Section: "koho"}, "2026-05-01")
	gone := &riskassess.Contractor{}
	gone.ID, gone.Owner = "gone", riskassess.Owner{Section: "giji", Position: "kacho"}
	gone.Approval.Status = riskassess.StatusRetired
	reg.Contractors = append(reg.Contractors, gone)
	s := &riskassess.Social{Responsible: riskassess.Owner{Section: "koho", Person: "kondo"},
		Operators: []string{"kondo", "maeda"}, CredentialCustodian: "ogawa"}
	s.ID, s.Source = "x", "social/x.yaml"
	s.Owner = riskassess.Owner{Section: "koho", Person: "hayashi"}
	s.Approval.Status = riskassess.StatusApproved
	reg.Social = append(reg.Social, s)

	type row struct {
		Entry, Path, Current string
		Problem              report.StaffProblem
	}
	asOf := riskassess.NewDate(2026, time.May, 10)
	var got []row
	for _, a := range report.Assignments(reg, asOf) {
		got = append(got, row{a.EntryID, a.Path, a.Current, a.Problem})
		if a.Problem != "" && (a.Message.Ja == "" || a.Message.En == "") {
			t.Errorf("%s %s: %s without a bilingual message", a.EntryID, a.Path, a.Problem)
		}
		if a.Problem == "" && a.Message != (riskassess.Text{}) {
			t.Errorf("%s %s: message %v without a problem", a.EntryID, a.Path, a.Message)
		}
	}
	want := []row{
		{"moved", "owner", "nagai", report.StaffMoved},
		{"vacant", "owner", "", report.StaffVacant},
		{"two", "owner", "", report.StaffAmbiguous},
		{"resolved", "owner", "nagai", ""},
		{"handover", "owner", "nagai", report.StaffNewHolder},
		{"handover-renewed-later", "owner", "nagai", report.StaffNewHolder},
		{"fine", "owner", "sakamoto", ""},
		{"x", "owner", "hayashi", ""},
		{"x", "responsible", "kondo", ""},
		{"x", "operators[0]", "kondo", ""},
		{"x", "operators[1]", "", report.StaffMoved},
		{"x", "credential_custodian", "", report.StaffLeft},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Assignments (-want +got):\n%s", diff)
	}
	msg := func(entry, path string) riskassess.Text {
		for _, a := range report.Assignments(reg, asOf) {
			if a.EntryID == entry && a.Path == path {
				return a.Message
			}
		}
		return riskassess.Text{}
	}
	if diff := cmp.Diff(riskassess.T(
		"owner.person: sakamoto（sakamoto） は kohoのkakaricho ではありません（2026-05-10 時点では somuのkacho）。現任者は nagai（nagai）です。owner.person を更新してください",
		"owner.person: sakamoto (sakamoto) is no longer kakaricho of koho (on 2026-05-10: kacho of somu). The holder now is nagai: update owner.person"),
		msg("moved", "owner")); diff != "" {
		t.Errorf("moved message (-want +got):\n%s", diff)
	}
	// Before April the named owner still held the post.
	march := riskassess.NewDate(2026, time.March, 15)
	for _, a := range report.Assignments(reg, march) {
		if a.EntryID == "x" && a.Path == "credential_custodian" && a.Problem != "" {
			t.Errorf("in March ogawa is in post, got %s", a.Problem)
		}
		if a.EntryID == "resolved" && (a.Problem != "" || a.Current != "sakamoto") {
			t.Errorf("in March sakamoto is still 係長: resolved = %q, %q", a.Current, a.Problem)
		}
		if a.EntryID == "moved" && a.Problem != "" {
			t.Errorf("in March sakamoto is still 係長: moved = %q", a.Problem)
		}
	}
}

// TestSignOffMismatches: a signature whose person held another position on
// the day of the sign-off is reported; one whose post that day the records
// do not show, or that names no person, is not.
func TestSignOffMismatches(t *testing.T) {
	reg := &riskassess.Register{Org: synth.AprilOrg()}
	c := &riskassess.Contractor{}
	c.ID, c.Source = "c", "contractors/c.yaml"
	c.Approval = riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: riskassess.NewDate(2026, time.May, 1), Signatures: []riskassess.Signature{
		{Position: "kakaricho", Person: "nagai"},                                                  // nagai is 係長 from 2026-04-01: fine
		{Position: "kacho", Person: "nagai"},                                                      // but not 課長
		{Position: "kakaricho", Person: "sakamoto", On: riskassess.NewDate(2026, time.March, 20)}, // 係長 until 03-31: fine
		{Position: "kakaricho", Person: "sakamoto"},                                               // 課長 on 05-01
		{Position: "kacho", Person: "nagai", On: riskassess.NewDate(2025, time.May, 1)},           // no record of nagai then: APR-01 not met
		{Position: "kacho"},
		{Position: "shunin", Person: "ogawa", On: riskassess.NewDate(2026, time.March, 31)}, // 主任 until 03-31: fine
		{Position: "shunin", Person: "ogawa", On: riskassess.NewDate(2026, time.April, 1)},  // had left
	}}
	// The review log (oldest first, last_reviewed its latest date, as the
	// store requires): riskregister review wrote "課長 nagai" for a 係長.
	c.Reviews = []riskassess.ReviewRecord{
		{On: riskassess.NewDate(2025, time.July, 1), Position: "kacho", Person: "nagai"},     // no record then
		{On: riskassess.NewDate(2026, time.June, 1), Position: "kakaricho", Person: "nagai"}, // fine
		{On: riskassess.NewDate(2026, time.June, 1), Position: "shunin", Person: "ogawa"},    // had left
		{On: riskassess.NewDate(2026, time.July, 1), Position: "kacho", Person: "nagai"},     // not 課長
	}
	c.LastReviewed = riskassess.NewDate(2026, time.July, 1)
	reg.Contractors = append(reg.Contractors, c)
	var got []string
	for _, a := range report.SignOffMismatches(reg) {
		got = append(got, a.Path+" "+string(a.Problem))
	}
	// A review on a day with no post recorded (reviews[0]) is not judged,
	// as riskregister review records it; a sign-off is (APR-01).
	want := []string{"approval.signatures[1] moved", "approval.signatures[3] moved", "approval.signatures[4] left", "approval.signatures[7] left", "reviews[2] left", "reviews[3] moved"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatches (-want +got):\n%s", diff)
	}
	msg, bad := report.ReviewerMismatch(&reg.Org, "nagai", "kacho", riskassess.NewDate(2026, time.July, 1))
	if !bad || !strings.Contains(msg.Ja, "として見直しできません") || !strings.Contains(msg.En, "not ") {
		t.Errorf("ReviewerMismatch = %v, %q / %q; want a refusal naming the post held", bad, msg.Ja, msg.En)
	}
	if _, bad := report.ReviewerMismatch(&reg.Org, "nagai", "kakaricho", riskassess.NewDate(2026, time.July, 1)); bad {
		t.Error("ReviewerMismatch refuses nagai as 係長, the post nagai holds")
	}
	if msg, bad := report.ReviewerMismatch(&reg.Org, "ogawa", "shunin", riskassess.NewDate(2026, time.April, 1)); !bad || !strings.Contains(msg.Ja, "2026-03-31 まで在任") {
		t.Errorf("ReviewerMismatch = %v, %q; want a refusal of ogawa, who left on 2026-03-31", bad, msg.Ja)
	}
}

// TestAssignmentsMoveRecordedAhead: a holder whose April move is recorded
// ahead (the new post in section, position and from, the post held now in
// previous) took the post when that previous posting began, not on the
// from of the new one. The post was reported "new holder since review"
// with a hand-over dated in the future (2027-04-01) for someone who had
// held it since 2020. A holder who did take the post after the review
// (a previous posting begun then, or a promotion on the line) still is.
func TestAssignmentsMoveRecordedAhead(t *testing.T) {
	d := func(s string) riskassess.Date { v, _ := riskassess.ParseDate(s); return v }
	reg := &riskassess.Register{Org: riskassess.Organisation{
		Sections:  []riskassess.Section{{ID: "giji"}, {ID: "somu"}, {ID: "koho"}, {ID: "kikaku"}},
		Positions: []riskassess.Position{{ID: "kakaricho"}, {ID: "shunin"}},
		People: []riskassess.Person{
			// 議事係長 since 2020, moving to 総務 on 2027-04-01.
			{ID: "yoshida", Section: "somu", Position: "kakaricho", From: d("2027-04-01"),
				Previous: []riskassess.Posting{{Section: "giji", Position: "kakaricho", From: d("2020-04-01"), Until: d("2027-03-31")}}},
			// 広報係長 since 2026-09-01 (after the review), moving on 2027-04-01.
			{ID: "kato", Section: "somu", Position: "shunin", From: d("2027-04-01"),
				Previous: []riskassess.Posting{{Section: "koho", Position: "kakaricho", From: d("2026-09-01"), Until: d("2027-03-31")}}},
			// 企画主任 until 2026-07-31, promoted to 企画係長 on 2026-08-01.
			{ID: "mori", Section: "kikaku", Position: "kakaricho", From: d("2026-08-01"),
				Previous: []riskassess.Posting{{Section: "kikaku", Position: "shunin", From: d("2019-04-01"), Until: d("2026-07-31")}}},
		},
	}}
	for _, id := range []string{"giji", "koho", "kikaku"} {
		c := &riskassess.Contractor{}
		c.ID, c.Source, c.Owner = id, "contractors/"+id+".yaml", riskassess.Owner{Section: id, Position: "kakaricho"}
		c.Approval.Status = riskassess.StatusApproved
		c.LastReviewed = d("2026-06-01")
		reg.Contractors = append(reg.Contractors, c)
	}
	type row struct {
		Entry, Current string
		Problem        report.StaffProblem
		Since          bool
	}
	var got []row
	for _, a := range report.Assignments(reg, d("2026-12-06")) {
		got = append(got, row{a.EntryID, a.Current, a.Problem, strings.Contains(a.Message.En, "2027-04-01")})
	}
	want := []row{
		{"giji", "yoshida", "", false},
		{"koho", "kato", report.StaffNewHolder, false},
		{"kikaku", "mori", report.StaffNewHolder, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Assignments as of 2026-12-06 (-want +got):\n%s", diff)
	}
	for _, a := range report.Assignments(reg, d("2026-12-06")) {
		if a.EntryID == "koho" && !strings.Contains(a.Message.En, "passed to kato on 2026-09-01") {
			t.Errorf("koho: message %q does not date the hand-over 2026-09-01", a.Message.En)
		}
	}
}
