package store_test

import (
	"strings"
	"testing"
)

// TestProviderNameOfContractor: a service naming its provider by
// provider.contractor and also by a provider.name that is another company
// loaded without a word: the export showed provider.name while the site
// and every check used the contractor. Load refuses it at the name,
// naming both names and what to fix; the contractor's legal name, however
// written (㈱, spaces, full width, no legal form), is accepted.
func TestProviderNameOfContractor(t *testing.T) {
	// contractors/sengawa-web.yaml: legal_name 株式会社仙川ウェブ制作
	for _, tt := range []struct {
		name, provider string
		wantErr        bool
	}{
		{"another company", "株式会社神代印刷", true},
		{"the legal form at the other end", "仙川ウェブ制作株式会社", true},
		{"another legal form", "合同会社仙川ウェブ制作", true},
		{"the contractor's legal name", "株式会社仙川ウェブ制作", false},
		{"abbreviated, with a space", "㈱ 仙川ウェブ制作", false},
		{"without a legal form", "仙川ウェブ制作", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err, line, col := loadWithProviderField(t, "name: "+tt.provider, "name: "+tt.provider)
			col += len("name: ")
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Load = %v, want no error", err)
				}
				return
			}
			e := oneBadValue(t, err, line, col, "provider.name")
			ja, en := e.Message("ja"), e.Message("en")
			if !strings.Contains(ja, "委託事業者 sengawa-web の商号") || !strings.Contains(en, "is not the legal name of provider.contractor sengawa-web") {
				t.Errorf("messages %q, %q", ja, en)
			}
			for _, msg := range []string{ja, en} {
				for _, want := range []string{tt.provider, "株式会社仙川ウェブ制作", "contractors/sengawa-web.yaml", "provider.name", "provider.contractor"} {
					if !strings.Contains(msg, want) {
						t.Errorf("message %q does not name %s", msg, want)
					}
				}
			}
		})
	}
}
