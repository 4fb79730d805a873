package riskassess_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// TestCheckSignOff: the standings of a sign-off by the organisation's
// records, the rule APR-01 and validate's staff warnings share.
func TestCheckSignOff(t *testing.T) {
	d := func(s string) riskassess.Date {
		v, err := riskassess.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	org := &riskassess.Organisation{
		Sections: []riskassess.Section{{ID: "somu"}, {ID: "shomu", Parent: "somu"}, {ID: "giji"}, {ID: "joho"}},
		People: []riskassess.Person{
			// kato: unit head of shomu for a year, then division head of somu.
			{ID: "kato", Section: "somu", Position: "kacho", From: d("2026-04-01"),
				Previous: []riskassess.Posting{{Section: "shomu", Position: "kakaricho", From: d("2025-04-01"), Until: d("2026-03-31")}}},
			{ID: "fuji", Section: "giji", Position: "kacho"},
			{ID: "gone", Section: "somu", Position: "kakaricho", From: d("2024-04-01"), Until: d("2026-03-31")},
		},
	}
	kato, fuji := org.Person("kato"), org.Person("fuji")
	for _, tc := range []struct {
		name                    string
		person, position, owner string
		on                      string
		acting                  bool
		want                    riskassess.SignOffCheck
	}{
		{"in post", "kato", "kacho", "shomu", "2026-04-01", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffHeld, Person: kato, Section: "somu", Position: "kacho"}},
		{"earlier post", "kato", "kakaricho", "", "2026-03-31", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffHeld, Person: kato, Section: "shomu", Position: "kakaricho"}},
		{"another position that day", "kato", "kacho", "", "2026-03-31", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffOtherPost, Person: kato, Section: "shomu", Position: "kakaricho"}},
		{"another position, acting", "kato", "kacho", "", "2026-03-31", true,
			riskassess.SignOffCheck{Standing: riskassess.SignOffHeld, Person: kato, Section: "shomu", Position: "kakaricho"}},
		{"head of another division", "fuji", "kacho", "shomu", "2026-04-01", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffOffLine, Person: fuji, Section: "giji", Position: "kacho", Holder: kato}},
		{"head of another division, acting", "fuji", "kacho", "shomu", "2026-04-01", true,
			riskassess.SignOffCheck{Standing: riskassess.SignOffHeld, Person: fuji, Section: "giji", Position: "kacho"}},
		{"no head on the owner's line", "fuji", "kacho", "joho", "2026-04-01", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffHeld, Person: fuji, Section: "giji", Position: "kacho"}},
		{"no head on the line that day", "fuji", "kacho", "shomu", "2026-03-31", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffHeld, Person: fuji, Section: "giji", Position: "kacho"}},
		{"no owner", "fuji", "kacho", "", "2026-04-01", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffHeld, Person: fuji, Section: "giji", Position: "kacho"}},
		{"before the first recorded post", "kato", "kakaricho", "", "2025-03-31", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffUnrecorded, Person: kato}},
		{"after leaving", "gone", "kakaricho", "", "2026-04-01", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffLeft, Person: org.Person("gone")}},
		{"after leaving, acting", "gone", "kakaricho", "", "2026-04-01", true,
			riskassess.SignOffCheck{Standing: riskassess.SignOffLeft, Person: org.Person("gone")}},
		{"unknown person", "nobody", "kacho", "", "2026-04-01", false,
			riskassess.SignOffCheck{Standing: riskassess.SignOffUnknown}},
	} {
		got := org.CheckSignOff(tc.person, tc.position, tc.owner, d(tc.on), tc.acting)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}
