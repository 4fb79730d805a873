package riskassess_test

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
)

// TestConfidentialityClauseInCatalogue checks that the blocker's clause id
// names the catalogue's confidentiality-clause requirement.
func TestConfidentialityClauseInCatalogue(t *testing.T) {
	for _, r := range catalog.Default() {
		if r.ID != riskassess.ConfidentialityClauseID {
			continue
		}
		if !r.AppliesTo(riskassess.KindContractor) || r.Field != "contracts[].clauses" || !strings.Contains(r.Title.Ja, "守秘義務") {
			t.Errorf("%s is not the contract confidentiality clause: kinds %v, field %q, title %q", r.ID, r.Kinds, r.Field, r.Title.Ja)
		}
		return
	}
	t.Errorf("catalogue has no requirement %s (ConfidentialityClauseID)", riskassess.ConfidentialityClauseID)
}

// TestCatalogueIDsDistinctFromExpiry checks that no catalogue requirement
// uses an id reserved for expiry findings.
func TestCatalogueIDsDistinctFromExpiry(t *testing.T) {
	for _, r := range catalog.Default() {
		if strings.HasPrefix(r.ID, "EXP-") || strings.HasPrefix(r.ID, "BLK-") {
			t.Errorf("catalogue requirement %s uses a reserved prefix", r.ID)
		}
	}
}
