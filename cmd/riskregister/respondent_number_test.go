package main

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestRespondentMismatchNamedProvider: a service whose provider is given
// by provider.name and provider.corporate_number (not a registered
// contractor) took a workbook whose cover named another company's 法人番号
// without a word; import now refuses it as it does for a contractor.
func TestRespondentMismatchNamedProvider(t *testing.T) {
	s := &riskassess.Service{Common: riskassess.Common{ID: "forms"}, Provider: riskassess.Provider{Name: "株式会社フォーム", CorporateNumber: "1010401000002"}}
	reg := &riskassess.Register{Services: []*riskassess.Service{s}}
	for _, tt := range []struct {
		name  string
		cover string
		want  string // "" for no refusal
	}{
		{"another company's number", "2010401000001", "表紙の法人番号 2010401000001 は、"},
		{"the provider's number", "1010401000002", ""},
		{"the provider's number, full-width with a hyphen", "１０１０４０１-０００００２", ""},
		{"no number on the cover", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := respondentMismatch(reg, s, riskassess.Respondent{Company: "株式会社フォーム", CorporateNumber: tt.cover}, "ja")
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) || tt.want != "" && !strings.Contains(got, "1010401000002") {
				t.Errorf("respondentMismatch = %q, want %q", got, tt.want)
			}
		})
	}
}
