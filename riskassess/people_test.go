package riskassess_test

import (
	"slices"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

// aprilOrg is a council where people moved on 2026-04-01: sakamoto left
// 広報係長 for 総務課長, nagai took it over; ogawa retired on 2026-03-31;
// two 主任 share 広報係; nobody holds 議事課長.
func aprilOrg() riskassess.Organisation {
	day := func(s string) riskassess.Date {
		d, err := riskassess.ParseDate(s)
		if err != nil {
			panic(err)
		}
		return d
	}
	return riskassess.Organisation{
		Sections: []riskassess.Section{{ID: "gikai"}, {ID: "somu", Parent: "gikai"}, {ID: "koho", Parent: "somu"},
			{ID: "giji", Parent: "gikai"}, {ID: "johoseisaku"}},
		Positions: []riskassess.Position{{ID: "kacho"}, {ID: "kakaricho"}, {ID: "shunin"}},
		People: []riskassess.Person{
			{ID: "sakamoto", Section: "somu", Position: "kacho", From: day("2026-04-01"),
				Previous: []riskassess.Posting{{Section: "koho", Position: "kakaricho", Until: day("2026-03-31")}}},
			{ID: "nagai", Section: "koho", Position: "kakaricho", From: day("2026-04-01")},
			{ID: "ogawa", Section: "koho", Position: "shunin", Until: day("2026-03-31")},
			{ID: "kondo", Section: "koho", Position: "shunin"},
			{ID: "hayashi", Section: "koho", Position: "shunin"},
			{ID: "maeda", Section: "johoseisaku", Position: "shunin"},
		},
	}
}

func TestHoldersAndSameLine(t *testing.T) {
	org := aprilOrg()
	ids := func(ps []*riskassess.Person) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	for _, tc := range []struct {
		sec, pos, on string
		want         []string
	}{
		{"koho", "kakaricho", "2026-03-31", []string{"sakamoto"}}, // the move recorded ahead
		{"koho", "kakaricho", "2026-04-01", []string{"nagai"}},
		{"koho", "shunin", "2026-03-31", []string{"ogawa", "kondo", "hayashi"}},
		{"koho", "shunin", "2026-04-01", []string{"kondo", "hayashi"}},
		{"giji", "kacho", "2026-04-01", nil},
	} {
		d, _ := riskassess.ParseDate(tc.on)
		if diff := cmp.Diff(tc.want, ids(org.Holders(tc.sec, tc.pos, d))); diff != "" {
			t.Errorf("Holders(%s, %s, %s) (-want +got):\n%s", tc.sec, tc.pos, tc.on, diff)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"koho", "koho", true}, {"koho", "somu", true}, {"somu", "koho", true}, {"koho", "gikai", true},
		{"koho", "giji", false}, {"johoseisaku", "koho", false}, {"unknown", "koho", false},
	} {
		if got := org.SameLine(tc.a, tc.b); got != tc.want {
			t.Errorf("SameLine(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestAssignments feeds the silent-wrong cases of people moving in April:
// a named owner who moved, a vacant post, a post with two holders, a
// person who retired, an operator now in another division, and a post
// that resolves to its new holder.
func TestAssignments(t *testing.T) {
	reg := &riskassess.Register{Org: aprilOrg()}
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
		Problem              riskassess.StaffProblem
	}
	asOf := riskassess.NewDate(2026, time.May, 10)
	var got []row
	for _, a := range riskassess.Assignments(reg, asOf) {
		got = append(got, row{a.EntryID, a.Path, a.Current, a.Problem})
		if a.Problem != "" && (a.Message.Ja == "" || a.Message.En == "") {
			t.Errorf("%s %s: %s without a bilingual message", a.EntryID, a.Path, a.Problem)
		}
		if a.Problem == "" && a.Message != (riskassess.Text{}) {
			t.Errorf("%s %s: message %v without a problem", a.EntryID, a.Path, a.Message)
		}
	}
	want := []row{
		{"moved", "owner", "nagai", riskassess.StaffMoved},
		{"vacant", "owner", "", riskassess.StaffVacant},
		{"two", "owner", "", riskassess.StaffAmbiguous},
		{"resolved", "owner", "nagai", ""},
		{"handover", "owner", "nagai", riskassess.StaffNewHolder},
		{"fine", "owner", "sakamoto", ""},
		{"x", "owner", "hayashi", ""},
		{"x", "responsible", "kondo", ""},
		{"x", "operators[0]", "kondo", ""},
		{"x", "operators[1]", "", riskassess.StaffMoved},
		{"x", "credential_custodian", "", riskassess.StaffLeft},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Assignments (-want +got):\n%s", diff)
	}
	msg := func(entry, path string) riskassess.Text {
		for _, a := range riskassess.Assignments(reg, asOf) {
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
	for _, a := range riskassess.Assignments(reg, march) {
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

// TestBlockerResponsibleHolder: a social account that names the post of its
// responsible person but no person is not blocked when exactly one person
// holds the post; vacant, two holders and a person out of post are.
func TestBlockerResponsibleHolder(t *testing.T) {
	org := aprilOrg()
	all := catalog.Blockers()
	rule := slices.IndexFunc(all, func(b riskassess.BlockerRule) bool {
		return b.ID == catalog.BlockerSocialNoResponsible
	})
	sc := riskassess.Scorer{Blockers: all[rule : rule+1]}
	asOf := riskassess.NewDate(2026, time.May, 10)
	one := riskassess.Requirement{ID: "T-1", Kinds: []riskassess.Kind{riskassess.KindSocial}, Severity: riskassess.SeverityLow, Weight: 1,
		Check: func(*riskassess.Subject) riskassess.Result { return riskassess.Result{Outcome: riskassess.OutcomeMet} }}
	for _, tc := range []struct {
		name    string
		o       riskassess.Owner
		blocked bool
	}{
		{"post with one holder", riskassess.Owner{Section: "koho", Position: "kakaricho"}, false},
		{"vacant post", riskassess.Owner{Section: "giji", Position: "kacho"}, true},
		{"two holders", riskassess.Owner{Section: "koho", Position: "shunin"}, true},
		{"section only", riskassess.Owner{Section: "koho"}, true},
		{"named person in post", riskassess.Owner{Section: "koho", Person: "kondo"}, false},
		{"named person retired", riskassess.Owner{Section: "koho", Person: "ogawa"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &riskassess.Social{Responsible: tc.o, Status: riskassess.AccountActive}
			s.ID = "x"
			a := mustAssess(sc.Assess(&org, []riskassess.Requirement{one}, s, asOf))
			if got := len(a.Blockers) > 0; got != tc.blocked {
				t.Errorf("blocked = %v, want %v (%v)", got, tc.blocked, a.Blockers)
			}
		})
	}
}

// TestSignOffMismatches: a signature whose person held another position on
// the day of the sign-off is reported; one whose post that day the records
// do not show, or that names no person, is not.
func TestSignOffMismatches(t *testing.T) {
	reg := &riskassess.Register{Org: aprilOrg()}
	c := &riskassess.Contractor{}
	c.ID, c.Source = "c", "contractors/c.yaml"
	c.Approval = riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: riskassess.NewDate(2026, time.May, 1), Signatures: []riskassess.Signature{
		{Position: "kakaricho", Person: "nagai"},                                                  // nagai is 係長 from 2026-04-01: fine
		{Position: "kacho", Person: "nagai"},                                                      // but not 課長
		{Position: "kakaricho", Person: "sakamoto", On: riskassess.NewDate(2026, time.March, 20)}, // 係長 until 03-31: fine
		{Position: "kakaricho", Person: "sakamoto"},                                               // 課長 on 05-01
		{Position: "kacho", Person: "nagai", On: riskassess.NewDate(2025, time.May, 1)},           // no record of nagai then
		{Position: "kacho"},
	}}
	reg.Contractors = append(reg.Contractors, c)
	var got []string
	for _, a := range riskassess.SignOffMismatches(reg) {
		got = append(got, a.Path+" "+string(a.Problem))
	}
	if diff := cmp.Diff([]string{"approval.signatures[1] moved", "approval.signatures[3] moved"}, got); diff != "" {
		t.Errorf("mismatches (-want +got):\n%s", diff)
	}
}
