package riskassess_test

import (
	"slices"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

func TestHoldersAndSameLine(t *testing.T) {
	org := synth.AprilOrg()
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

// TestBlockerResponsibleHolder: a social account that names the post of its
// responsible person but no person is not blocked when exactly one person
// holds the post; vacant, two holders and a person out of post are.
func TestBlockerResponsibleHolder(t *testing.T) {
	org := synth.AprilOrg()
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

// TestMovedOffLineNilOrganisation: MovedOffLine and SameLine with a nil
// Organisation (no sections known) compare sections as written; they
// dereferenced it and panicked for a person with an earlier posting.
func TestMovedOffLineNilOrganisation(t *testing.T) {
	var org *riskassess.Organisation
	p := riskassess.Person{ID: "a", Section: "keiyaku", Position: "kakaricho",
		Previous: []riskassess.Posting{{Section: "koho", Position: "kakaricho"}}}
	if !p.MovedOffLine(org, "koho", riskassess.NewDate(2026, time.November, 27)) {
		t.Error("MovedOffLine = false, want true: in post off koho, earlier on it")
	}
	if !org.SameLine("koho", "koho") || org.SameLine("koho", "keiyaku") {
		t.Error("SameLine with no organisation: want equal sections only")
	}
}
