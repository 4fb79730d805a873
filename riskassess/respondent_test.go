package riskassess_test

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

func TestExpectedRespondent(t *testing.T) {
	acme := &riskassess.Contractor{Common: riskassess.Common{ID: "acme"}, LegalName: "アクメ株式会社", CorporateNumber: "2010401000001"}
	reg := &riskassess.Register{Contractors: []*riskassess.Contractor{acme}}
	byAcme := &riskassess.Service{Common: riskassess.Common{ID: "box"}, Provider: riskassess.Provider{Contractor: "acme"}}
	named := &riskassess.Service{Common: riskassess.Common{ID: "chat"}, Provider: riskassess.Provider{Name: "チャット社"}}
	// provider.name with provider.corporate_number: the number was left
	// out, so import accepted a workbook whose cover named another company.
	numbered := &riskassess.Service{Common: riskassess.Common{ID: "form"}, Provider: riskassess.Provider{Name: "フォーム社", CorporateNumber: "1010401000002"}}
	dangling := &riskassess.Service{Common: riskassess.Common{ID: "x"}, Provider: riskassess.Provider{Contractor: "gone", Name: "旧社"}}
	tests := []struct {
		name string
		reg  *riskassess.Register
		e    riskassess.Entry
		want riskassess.Respondent
	}{
		{"contractor", reg, acme, riskassess.Respondent{Company: "アクメ株式会社", CorporateNumber: "2010401000001"}},
		{"service of a contractor", reg, byAcme, riskassess.Respondent{Company: "アクメ株式会社", CorporateNumber: "2010401000001"}},
		{"service of a named provider", reg, named, riskassess.Respondent{Company: "チャット社"}},
		{"service of a named provider with its number", reg, numbered, riskassess.Respondent{Company: "フォーム社", CorporateNumber: "1010401000002"}},
		{"service of a named provider with its number, nil register", nil, numbered, riskassess.Respondent{Company: "フォーム社", CorporateNumber: "1010401000002"}},
		{"provider not in the register", reg, dangling, riskassess.Respondent{Company: "旧社"}},
		{"nil register", nil, byAcme, riskassess.Respondent{}},
		{"social", reg, &riskassess.Social{}, riskassess.Respondent{}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.reg.ExpectedRespondent(tc.e)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}
