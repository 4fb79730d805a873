package report

import (
	"regexp"
	"testing"
)

// TestClauseEvidence checks clauseEvidence against the regexp it stands for.
func TestClauseEvidence(t *testing.T) {
	re := regexp.MustCompile(`^contracts\[\d+\]\.clauses$`)
	for _, s := range []string{
		"contracts[0].clauses", "contracts[12].clauses", "contracts[].clauses", "contracts[1].clauses.x",
		"xcontracts[1].clauses", "contracts[1a].clauses", "contracts[-1].clauses", "contracts[１].clauses",
		"contracts[0].clauses]", "contracts[0]].clauses", "contracts[0].clause", "contracts[", "", "listed_on",
		"contracts[0].clauses, contracts[1].clauses",
	} {
		if got, want := clauseEvidence(s), re.MatchString(s); got != want {
			t.Errorf("clauseEvidence(%q) = %v, want %v", s, got, want)
		}
	}
}
