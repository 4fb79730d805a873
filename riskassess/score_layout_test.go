package riskassess

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAssessExpiryIDCollision covers the path where an expiry finding has
// the id of a requirement: its place among the requirement's findings
// depends on their evidence, so it is merged after the checks ran.
func TestAssessExpiryIDCollision(t *testing.T) {
	withEvidence := func(id, ev string) Requirement {
		r := fixed(id, SeverityLow, OutcomeMet, KindService)
		r.Check = func(*Subject) Result { return Result{Outcome: OutcomeMet, Evidence: ev} }
		return r
	}
	// Two requirements of one id are refused (checkRequirements); the
	// requirement with the expiry finding's id is one.
	reqs := []Requirement{withEvidence("ZZZ", "z"), withEvidence(ExpCertificate, "a"), withEvidence("AAA", "a")}
	svc := &Service{}
	svc.ID = "svc"
	svc.LastReviewed = asOf.AddDays(-10)
	svc.Certifications = []Certification{{Type: CertISMS, ValidUntil: asOf.AddDays(30)}}
	reg := &Register{Org: *testOrg(), Services: []*Service{svc}}
	for _, got := range []Assessment{mustAssess(testScorer().AssessAll(reg, reqs, asOf))[0], mustAssess(testScorer().Assess(&reg.Org, reqs, svc, asOf))} {
		var ids []string
		for _, f := range got.Findings {
			ids = append(ids, f.Requirement+"@"+f.Evidence)
		}
		// The expiry finding goes after the last finding that does not
		// sort after it (scanning from the back, as mergeFindings does):
		// after EXP-CERT@a.
		want := []string{"AAA@a", "EXP-CERT@a", "EXP-CERT@certifications[0].valid_until", "ZZZ@z"}
		if diff := cmp.Diff(want, ids); diff != "" {
			t.Errorf("findings (-want +got):\n%s", diff)
		}
	}
}

// TestInsertFinding checks the insertion of the review's expiry finding
// into a slice with a free slot before it, after it, or both, against
// mergeFindings.
func TestInsertFinding(t *testing.T) {
	mk := func(ids ...string) []Finding {
		var fs []Finding
		for _, id := range ids {
			id, ev, _ := strings.Cut(id, "@")
			fs = append(fs, Finding{FindingSpec: &FindingSpec{Requirement: id}, Evidence: ev})
		}
		return fs
	}
	ids := func(fs []Finding) string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Requirement+"@"+f.Evidence)
		}
		return strings.Join(out, " ")
	}
	base := mk("AUD-1", "CLD-2", "EXP-CERT@x", "OUT-1", "OUT-10", "SNS-3")
	for _, f := range mk("A", "CLD-3", "EXP-CERT@a", "EXP-CERT@z", "EXP-REVIEW", "OUT-2", "ZZ") {
		want := ids(mergeFindings(append([]Finding(nil), base...), []Finding{f}))
		for _, slack := range []struct{ front, back int }{{1, 1}, {1, 0}, {0, 1}, {0, 0}} {
			region := make([]Finding, slack.front+len(base)+slack.back)
			fs := region[slack.front : slack.front+len(base)]
			copy(fs, base)
			got := insertFinding(region, fs, f)
			if ids(got) != want {
				t.Errorf("insert %s with slack %+v:\n got %s\nwant %s", f.Requirement+"@"+f.Evidence, slack, ids(got), want)
			}
		}
	}
}
