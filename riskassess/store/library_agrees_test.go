package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestLibraryRefusesWhatTheStoreRefuses: the review log's rules and the
// dates of people's posts, which the store refuses in a register file,
// are refused by the library too for the same values built in Go
// (CheckEntry with ErrEntryValue, CheckOrganisation with ErrOrgSetting),
// where the library scored them silently: a review log out of date
// order, a last_reviewed that is not the latest review's date (ReviewOf
// read one, the log the other), a post that ends before it starts, an
// earlier post that does not end before the current one starts (Holders
// and CheckSignOff read who held a post on a day wrong). Each input is
// decoded by the store, which refuses it with the code given; the value
// it decoded is then refused by the library. The nearby legitimate inputs
// pass both.
func TestLibraryRefusesWhatTheStoreRefuses(t *testing.T) {
	const entry = "name: {ja: x}\nowner: {section: somu}\nlegal_name: x\napproval: {status: approved}\n"
	rev := func(on string) string {
		return "  - {on: " + on + ", position: kacho, person: p1, outcome: still-valid, reason: 変更なし, residual: low, decision: approve}\n"
	}
	const org = "name: {ja: x}\nsections: [{id: somu}, {id: kikaku}]\npeople:\n"
	for _, tc := range []struct {
		name, rel, src string
		code           Code // "" when the input is fine
		want           string
	}{
		{"reviews out of order", "contractors/x.yaml", entry + "last_reviewed: 2026-05-01\nreviews:\n" + rev("2026-06-01") + rev("2026-05-01"), CodeReviewLog, "reviews[1].on 2026-05-01 is before reviews[0].on 2026-06-01"},
		{"last_reviewed earlier than the log", "contractors/x.yaml", entry + "last_reviewed: 2025-06-01\nreviews:\n" + rev("2026-06-01"), CodeReviewLog, `last_reviewed "2025-06-01" is not the date of the latest review in reviews, 2026-06-01`},
		{"last_reviewed later than the log", "contractors/x.yaml", entry + "last_reviewed: 2027-06-01\nreviews:\n" + rev("2026-06-01"), CodeReviewLog, `last_reviewed "2027-06-01" is not`},
		{"last_reviewed missing beside the log", "contractors/x.yaml", entry + "reviews:\n" + rev("2026-06-01"), CodeReviewLog, `last_reviewed "" is not`},
		{"post ends before it starts", RegisterFile, org + "  - {id: p1, section: somu, from: 2026-04-01, until: 2025-03-31}\n", CodeBadValue, `Organisation.People[0] ("p1"): until 2025-03-31 is before from 2026-04-01`},
		{"earlier post ends before it starts", RegisterFile, org + "  - id: p1\n    section: somu\n    from: 2026-04-01\n    previous:\n      - {section: kikaku, from: 2025-04-01, until: 2024-03-31}\n", CodeBadValue, `Organisation.People[0] ("p1"): previous[0].until 2024-03-31 is before previous[0].from 2025-04-01`},
		{"earlier post overlaps the current one", RegisterFile, org + "  - id: p1\n    section: somu\n    from: 2026-04-01\n    previous:\n      - {section: kikaku, from: 2024-04-01, until: 2026-05-31}\n", CodeBadValue, "previous[0] (until 2026-05-31) does not end before the current post starts (from 2026-04-01)"},
		{"earlier post without its end", RegisterFile, org + "  - id: p1\n    section: somu\n    from: 2026-04-01\n    previous:\n      - {section: kikaku, from: 2024-04-01}\n", CodeBadValue, "previous[0] (until none) does not end"},
		{"current post without its start beside an earlier one", RegisterFile, org + "  - id: p1\n    section: somu\n    previous:\n      - {section: kikaku, until: 2026-03-31}\n", CodeBadValue, "(from none)"},

		{"previous_review on the review's day", "contractors/x.yaml", entry + "last_reviewed: 2026-06-01\nreviews:\n" + strings.Replace(rev("2026-06-01"), "}", ", previous_review: 2026-06-01}", 1), CodeReviewLog, "reviews[0].previous_review 2026-06-01 is not before reviews[0].on 2026-06-01"},
		{"previous_review on a later record", "contractors/x.yaml", entry + "last_reviewed: 2026-12-03\nreviews:\n" + rev("2025-12-01") + strings.Replace(rev("2026-12-03"), "}", ", previous_review: 2026-06-01}", 1), CodeReviewLog, "reviews[1].previous_review 2026-06-01 is on a record other than the first"},
		{"previous_review on the first of two records", "contractors/x.yaml", entry + "last_reviewed: 2026-12-03\nreviews:\n" + strings.Replace(rev("2025-12-01"), "}", ", previous_review: 2024-12-01}", 1) + rev("2026-12-03"), "", ""},
		{"previous_review before the review", "contractors/x.yaml", entry + "last_reviewed: 2026-06-01\nreviews:\n" + strings.Replace(rev("2026-06-01"), "}", ", previous_review: 2025-06-01}", 1), "", ""},
		{"reviews in order", "contractors/x.yaml", entry + "last_reviewed: 2026-06-01\nreviews:\n" + rev("2025-06-01") + rev("2026-06-01"), "", ""},
		{"two reviews on one day", "contractors/x.yaml", entry + "last_reviewed: 2026-06-01\nreviews:\n" + rev("2026-06-01") + rev("2026-06-01"), "", ""},
		{"last_reviewed without a log", "contractors/x.yaml", entry + "last_reviewed: 2026-06-01\n", "", ""},
		{"post of one day", RegisterFile, org + "  - {id: p1, section: somu, from: 2026-04-01, until: 2026-04-01}\n", "", ""},
		{"post without dates", RegisterFile, org + "  - {id: p1, section: somu}\n", "", ""},
		{"move in April", RegisterFile, org + "  - id: p1\n    section: somu\n    from: 2026-04-01\n    previous:\n      - {section: kikaku, from: 2024-04-01, until: 2026-03-31}\n", "", ""},
		{"move with an open start of the earlier post", RegisterFile, org + "  - id: p1\n    section: somu\n    from: 2026-04-01\n    previous:\n      - {section: kikaku, until: 2026-03-31}\n", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j := job{rel: tc.rel}
			if tc.rel != RegisterFile {
				j.kind, j.id = riskassess.KindContractor, "x"
			}
			res := decodeFile(j, []byte(tc.src))
			var codes []Code
			for _, e := range res.errs {
				codes = append(codes, e.Code)
			}
			var lib error
			if res.entry != nil {
				lib = riskassess.CheckEntry(nil, res.entry)
			} else {
				lib = riskassess.CheckOrganisation(res.org)
			}
			if tc.code == "" {
				if len(res.errs) != 0 || lib != nil {
					t.Errorf("store: %v; library: %v; want both to accept it", Errors(res.errs), lib)
				}
				return
			}
			if len(codes) != 1 || codes[0] != tc.code {
				t.Errorf("store: %v; want one %s error", Errors(res.errs), tc.code)
			}
			want := riskassess.ErrEntryValue
			if res.entry == nil {
				want = riskassess.ErrOrgSetting
			}
			if !errors.Is(lib, want) || !strings.Contains(lib.Error(), tc.want) {
				t.Errorf("library: %v; want an error wrapping %v with %q", lib, want, tc.want)
			}
		})
	}
}

// TestLibraryRefusesLatePersonDates: a date of a person's post after the
// year MaxYear, which the store refuses as out-of-range when it decodes
// register.yaml (TestFarFutureDateRefused), is refused by
// CheckOrganisation in an Organisation built in Go; the last day of
// MaxYear passes.
func TestLibraryRefusesLatePersonDates(t *testing.T) {
	late := riskassess.NewDate(riskassess.MaxYear+1, 1, 1)
	last := riskassess.NewDate(riskassess.MaxYear, 12, 31)
	start := riskassess.NewDate(2026, 4, 1)
	for _, tc := range []struct {
		name string
		p    riskassess.Person
		want string
	}{
		{"until", riskassess.Person{ID: "p1", From: start, Until: late}, "until 2100-01-01 is after the year 2099"},
		{"from", riskassess.Person{ID: "p1", From: late}, "from 2100-01-01 is after the year 2099"},
		{"earlier post's from", riskassess.Person{ID: "p1", From: start, Previous: []riskassess.Posting{{From: late, Until: start.AddDays(-1)}}}, "previous[0].from 2100-01-01"},
		{"last day of MaxYear", riskassess.Person{ID: "p1", From: start, Until: last}, ""},
	} {
		err := riskassess.CheckOrganisation(&riskassess.Organisation{People: []riskassess.Person{tc.p}})
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v; want no error", tc.name, err)
			}
			continue
		}
		if !errors.Is(err, riskassess.ErrOrgSetting) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want an error wrapping ErrOrgSetting with %q", tc.name, err, tc.want)
		}
	}
}
