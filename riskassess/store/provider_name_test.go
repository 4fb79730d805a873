package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/store"
)

// TestProviderNameOfContractor: a service naming its provider by
// provider.contractor and also by a provider.name that is another company
// loaded without a word: the export showed provider.name while the site
// and every check used the contractor. Load refuses it at the name,
// naming both names and what to fix; the contractor's legal name, however
// written (㈱, spaces, full width, no legal form), is accepted.
func TestProviderNameOfContractor(t *testing.T) {
	const old = "  contractor: sengawa-web\n" // contractors/sengawa-web.yaml: legal_name 株式会社仙川ウェブ制作
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
			dir := copyExample(t)
			path := filepath.Join(dir, "services", "gikai-cms.yaml")
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			if strings.Count(text, old) != 1 || strings.Contains(text, "\n  name:") {
				t.Fatalf("%q not once in services/gikai-cms.yaml, or a provider.name there: the example changed, update the test", old)
			}
			text = strings.Replace(text, old, old+"  name: "+tt.provider+"\n", 1)
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			line, col := position(text, strings.Index(text, "name: "+tt.provider)+len("name: "))
			_, err = store.Load(dir)
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Load = %v, want no error", err)
				}
				return
			}
			var errs store.Errors
			if !errors.As(err, &errs) || len(errs) != 1 {
				t.Fatalf("Load = %v, want exactly one error", err)
			}
			e := errs[0]
			if e.Code != store.CodeBadValue || e.File != "services/gikai-cms.yaml" || e.Line != line || e.Col != col || e.Path != "provider.name" {
				t.Errorf("got %s %s:%d:%d %s, want %s services/gikai-cms.yaml:%d:%d provider.name", e.Code, e.File, e.Line, e.Col, e.Path, store.CodeBadValue, line, col)
			}
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
