package riskassess

import (
	"strings"
	"testing"
)

// TestEntryCheckSwitches: each ok function of checkEntry accepts "" and
// exactly the values of its type's table (Valid): a value added to a
// table and not to its switch would be refused by the scorer, one left in
// a switch after leaving the table would pass it.
func TestEntryCheckSwitches(t *testing.T) {
	tests := map[string]func(t *testing.T){
		"ApprovalStatus": okMatches(okApprovalStatus),
		"Attester":       okMatches(okAttester),
		"Strength":       okMatches(okStrength),
		"ReviewOutcome":  okMatches(okReviewOutcome),
		"RiskLevel":      okMatches(okRiskLevel),
		"Decision":       okMatches(okDecision),
		"Segment":        okMatches(okSegment),
		"WorkSiteKind":   okMatches(okWorkSiteKind),
		"CertType":       okMatches(okCertType),
		"ContractType":   okMatches(okContractType),
		"Delivery":       okMatches(okDelivery),
		"ISMAPList":      okMatches(okISMAPList),
		"Platform":       okMatches(okPlatform),
		"AccountStatus":  okMatches(okAccountStatus),
	}
	for name, f := range tests {
		t.Run(name, f)
	}
}

// okMatches tests ok against E's Valid on "", every allowed value, every
// value of every other table and variants of each ("Approved", " approved").
func okMatches[E enumType](ok func(E) bool) func(t *testing.T) {
	return func(t *testing.T) {
		vs := []string{"", "x", "other "}
		for _, tab := range enumTables {
			for _, v := range tab.allowed() {
				vs = append(vs, v, strings.ToUpper(v[:1])+v[1:], " "+v, v+"s")
			}
		}
		for _, v := range vs {
			e := E(v)
			if want := v == "" || e.Valid(); ok(e) != want {
				t.Errorf("ok(%q) = %v, Valid says %v", v, ok(e), want)
			}
		}
	}
}
