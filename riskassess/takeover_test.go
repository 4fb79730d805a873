package riskassess

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPasswordDueOnTakeover: a social account's password change is due on
// the day a credential custodian or operator took the account over after
// the last change (Social.PasswordTakeoverOn, the rule of the catalogue's
// SNS-14), in DueItems and Assess alike, when that is within the year.
// The item kept the yearly date (2026-10-01 + 12 months) while SNS-14
// said the change was due on the takeover (the example's kato-y, from
// 2027-04-01, written in as custodian), so due, check and the site said
// it was due months later. The takeover is the day they came onto the
// line, not a later promotion within it (From was the promotion's day);
// someone of another division is judged on their own posting. Someone
// still named who left the line after the change (moved off it, or out of
// the council, by until in people) is a change of those in charge too:
// due the day after (it was yearly). A change on or after the takeover, a promotion
// within the section, a yearly date already past and a register without
// people keep the yearly date.
func TestPasswordDueOnTakeover(t *testing.T) {
	org := &Organisation{
		Sections: []Section{{ID: "gikai"}, {ID: "koho", Parent: "gikai"}, {ID: "keiyaku"}, {ID: "jinji"}},
		People: []Person{
			{ID: "old", Section: "koho"},
			{ID: "new", Section: "koho", From: d(2027, 4, 1)},
			{ID: "moved-in", Section: "koho", From: d(2027, 2, 1), Previous: []Posting{{Section: "keiyaku", Until: d(2027, 1, 31)}}},
			{ID: "promoted", Section: "koho", Position: "kakaricho", From: d(2027, 4, 1), Previous: []Posting{{Section: "koho", Position: "shuji", Until: d(2027, 3, 31)}}},
			// Came onto koho's line on 2027-02-01 (new, from keiyaku, or
			// from gikai above), promoted within it on 2027-04-01; and one who
			// left the line for a while in between.
			{ID: "came-then-promoted", Section: "koho", Position: "kakaricho", From: d(2027, 4, 1), Previous: []Posting{
				{Section: "koho", Position: "shuji", From: d(2027, 2, 1), Until: d(2027, 3, 31)}}},
			{ID: "moved-in-then-promoted", Section: "koho", Position: "kakaricho", From: d(2027, 4, 1), Previous: []Posting{
				{Section: "koho", Position: "shuji", From: d(2027, 2, 1), Until: d(2027, 3, 31)}, {Section: "keiyaku", Until: d(2027, 1, 31)}}},
			{ID: "came-down-then-promoted", Section: "koho", Position: "kakaricho", From: d(2027, 4, 1), Previous: []Posting{
				{Section: "gikai", Position: "shuji", From: d(2027, 2, 1), Until: d(2027, 3, 31)}}},
			{ID: "came-back", Section: "koho", Position: "kakaricho", From: d(2027, 4, 1), Previous: []Posting{
				{Section: "keiyaku", From: d(2027, 2, 1), Until: d(2027, 3, 31)}, {Section: "koho", Position: "shuji", From: d(2026, 11, 1), Until: d(2027, 1, 31)}}},
			// Of another division, never on koho's line: named on purpose.
			{ID: "other-new", Section: "keiyaku", From: d(2027, 4, 1)},
			{ID: "other-since", Section: "keiyaku"},
			{ID: "other-moved-in", Section: "keiyaku", From: d(2027, 2, 1), Previous: []Posting{{Section: "jinji", Until: d(2027, 1, 31)}}},
			{ID: "moved-out", Section: "keiyaku", From: d(2027, 2, 1), Previous: []Posting{{Section: "koho", Until: d(2027, 1, 31)}}},
			// Left koho's line before the change, out of the council after
			// it, and moved off it on a day people does not give.
			{ID: "moved-out-before", Section: "keiyaku", From: d(2026, 9, 1), Previous: []Posting{{Section: "koho", Until: d(2026, 8, 31)}}},
			{ID: "retired", Section: "koho", Until: d(2027, 1, 15)},
		},
	}
	asOf := d(2027, 4, 1)
	soc := func(changed Date, custodian string, operators ...string) *Social {
		return &Social{Common: Common{ID: "x", Owner: Owner{Section: "koho"}, LastReviewed: d(2026, 4, 1), Approval: Approval{Status: StatusApproved}},
			PasswordChangedOn: changed, CredentialCustodian: custodian, Operators: operators, Status: AccountActive}
	}
	for _, c := range []struct {
		name string
		e    *Social
		org  *Organisation
		want string // the password item: date field overdue
	}{
		{"custodian took over", soc(d(2026, 10, 1), "new", "old"), org, "2027-04-01 credential_custodian false"},
		{"operator moved in", soc(d(2026, 10, 1), "old", "old", "moved-in"), org, "2027-02-01 operators[1] true"},
		{"operator moved in, changed since", soc(d(2027, 3, 1), "old", "moved-in"), org, "2028-03-01 password_changed_on false"},
		{"changed on the day", soc(d(2027, 4, 1), "new"), org, "2028-04-01 password_changed_on false"},
		{"promoted within the section", soc(d(2026, 10, 1), "promoted"), org, "2027-10-01 password_changed_on false"},
		// The takeover is the day they came onto the line, not that of a
		// later promotion within it (it was 2027-04-01); one who left the
		// line in between took it over again when they came back.
		{"operator promoted after coming onto the line", soc(d(2026, 10, 1), "old", "came-then-promoted"), org, "2027-02-01 operators[0] true"},
		{"operator promoted after moving onto the line", soc(d(2026, 10, 1), "old", "moved-in-then-promoted"), org, "2027-02-01 operators[0] true"},
		{"operator promoted after coming down the line", soc(d(2026, 10, 1), "old", "came-down-then-promoted"), org, "2027-02-01 operators[0] true"},
		{"operator back on the line", soc(d(2026, 10, 1), "old", "came-back"), org, "2027-04-01 operators[0] false"},
		// Someone of another division named on purpose is judged on their
		// own posting: new there since the change, they took over (SNS-14
		// was met and the item yearly, while SNS-04/SNS-20 report only
		// people moved off the line). In post there since before it, or
		// moved off koho's line (SNS-04/SNS-20's), no takeover.
		{"custodian of another division, new", soc(d(2026, 10, 1), "other-new", "old"), org, "2027-04-01 credential_custodian false"},
		{"operator of another division, moved within it", soc(d(2026, 10, 1), "old", "other-moved-in"), org, "2027-02-01 operators[0] true"},
		{"custodian of another division since before", soc(d(2026, 10, 1), "other-since", "old"), org, "2027-10-01 password_changed_on false"},
		// Still named, they left the line after the change knowing the
		// password: due the day after (it was yearly, while SNS-04/SNS-20
		// reported them). Left before it, yearly; a departure before a
		// takeover comes first.
		{"custodian moved off the line", soc(d(2026, 10, 1), "moved-out", "old"), org, "2027-02-01 credential_custodian true"},
		{"operator left the council", soc(d(2026, 10, 1), "old", "old", "retired"), org, "2027-01-16 operators[1] true"},
		{"operator left, then a custodian took over", soc(d(2026, 10, 1), "new", "retired"), org, "2027-01-16 operators[0] true"},
		{"custodian moved off the line before the change", soc(d(2026, 10, 1), "moved-out-before", "old"), org, "2027-10-01 password_changed_on false"},
		{"operator left, changed since", soc(d(2027, 1, 20), "old", "retired"), org, "2028-01-20 password_changed_on false"},
		{"yearly date past", soc(d(2026, 3, 1), "new"), org, "2027-03-01 password_changed_on true"},
		{"no people", soc(d(2026, 10, 1), "new"), &Organisation{}, "2027-10-01 password_changed_on false"},
	} {
		t.Run(c.name, func(t *testing.T) {
			item := func(items []DueItem) string {
				for _, it := range items {
					if it.Kind == DuePassword {
						return fmt.Sprintf("%s %s %v", it.Date, it.Field, it.Overdue)
					}
				}
				return "none"
			}
			if diff := cmp.Diff(c.want, item(DueItems(c.org, c.e, Date{}, asOf))); diff != "" {
				t.Errorf("DueItems (-want +got):\n%s", diff)
			}
			a, err := (Scorer{Blockers: []BlockerRule{}}).Assess(c.org, []Requirement{fixed("SNS-01", SeverityLow, OutcomeMet, KindSocial)}, c.e, asOf)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, item(a.Due)); diff != "" {
				t.Errorf("Assess (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPasswordUndatedMoveRefused: a move off the line that people does
// not date by the earlier post's until (with or without the current
// post's from), which the store refuses in register.yaml, is refused in
// an Organisation built in Go too (CheckOrganisation), so that no
// password date is made from a guess: DueItems panics and Assess returns
// the error.
func TestPasswordUndatedMoveRefused(t *testing.T) {
	for _, mover := range []Person{
		{ID: "mover", Section: "keiyaku", Previous: []Posting{{Section: "koho"}}},
		{ID: "mover", Section: "keiyaku", From: d(2027, 3, 1), Previous: []Posting{{Section: "koho"}}},
		{ID: "mover", Section: "keiyaku", From: d(2026, 9, 1), Previous: []Posting{{Section: "koho"}}},
	} {
		t.Run(fmt.Sprintf("from %s", mover.From), func(t *testing.T) {
			org := &Organisation{
				Sections: []Section{{ID: "koho"}, {ID: "keiyaku"}},
				People:   []Person{{ID: "old", Section: "koho"}, mover},
			}
			if err := CheckOrganisation(org); !errors.Is(err, ErrOrgSetting) {
				t.Fatalf("CheckOrganisation: %v, want ErrOrgSetting", err)
			}
			e := &Social{Common: Common{ID: "x", Owner: Owner{Section: "koho"}, LastReviewed: d(2026, 4, 1), Approval: Approval{Status: StatusApproved}},
				PasswordChangedOn: d(2026, 10, 1), CredentialCustodian: "mover", Operators: []string{"old"}, Status: AccountActive}
			_, err := (Scorer{Blockers: []BlockerRule{}}).Assess(org, []Requirement{fixed("SNS-01", SeverityLow, OutcomeMet, KindSocial)}, e, d(2027, 4, 1))
			if !errors.Is(err, ErrOrgSetting) {
				t.Errorf("Assess: %v, want ErrOrgSetting", err)
			}
			func() {
				defer func() {
					if p, _ := recover().(error); !errors.Is(p, ErrOrgSetting) {
						t.Errorf("DueItems: recovered %v, want a panic with ErrOrgSetting", p)
					}
				}()
				DueItems(org, e, Date{}, d(2027, 4, 1))
			}()
		})
	}
}

// TestStaffSection: the section an account's operators and custodian work
// in is responsible.section, else owner.section, else none.
func TestStaffSection(t *testing.T) {
	for _, c := range []struct {
		resp, owner, want string
	}{
		{"koho", "somu", "koho"},
		{"", "somu", "somu"},
		{"", "", ""},
	} {
		a := &Social{Common: Common{Owner: Owner{Section: c.owner}}, Responsible: Owner{Section: c.resp}}
		if got := a.StaffSection(); got != c.want {
			t.Errorf("responsible %q, owner %q: StaffSection %q, want %q", c.resp, c.owner, got, c.want)
		}
	}
}
