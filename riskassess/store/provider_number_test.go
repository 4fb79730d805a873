package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/store"
)

// TestProviderNumberOfContractor: a service naming its provider by
// provider.contractor and also by a provider.corporate_number that is not
// that contractor's names two companies; it loaded without a word (each
// cross-check read one of the two and was met). Load refuses it at the
// number, naming both numbers and what to fix; the contractor's own number
// is accepted.
func TestProviderNumberOfContractor(t *testing.T) {
	// contractors/sengawa-web.yaml: corporate_number "3999001001333"
	for _, tt := range []struct {
		name, number string
		wantErr      bool
	}{
		{"another company's number (jindai-insatsu's)", "7999001001148", true},
		{"the contractor's own number", "3999001001333", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err, line, col := loadWithProviderField(t, "corporate_number: \""+tt.number+"\"", `"`+tt.number)
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Load = %v, want no error", err)
				}
				return
			}
			e := oneBadValue(t, err, line, col, "provider.corporate_number")
			for _, msg := range []string{e.Message("ja"), e.Message("en")} {
				for _, want := range []string{tt.number, "3999001001333", "sengawa-web", "provider.corporate_number", "provider.contractor"} {
					if !strings.Contains(msg, want) {
						t.Errorf("message %q does not name %s", msg, want)
					}
				}
			}
		})
	}
}

// loadWithProviderField loads a copy of the example register whose
// services/gikai-cms.yaml gives field (e.g. `name: X`) under provider,
// after its provider.contractor (sengawa-web), and returns Load's error and
// the line and column where at (the start of the added value) stands.
func loadWithProviderField(t *testing.T, field, at string) (err error, line, col int) {
	t.Helper()
	const old = "  contractor: sengawa-web\n"
	dir := copyExample(t)
	path := filepath.Join(dir, "services", "gikai-cms.yaml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if strings.Count(text, old) != 1 || strings.Contains(text, "\n  "+strings.SplitN(field, ":", 2)[0]+":") {
		t.Fatalf("%q not once in services/gikai-cms.yaml, or its provider has %s already: the example changed, update the test", old, field)
	}
	text = strings.Replace(text, old, old+"  "+field+"\n", 1)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	line, col = position(text, strings.Index(text, at))
	_, err = store.Load(dir)
	return err, line, col
}

// oneBadValue returns the one error of err, a store.Errors, failing t
// unless it is a bad-value error at services/gikai-cms.yaml:line:col on
// path.
func oneBadValue(t *testing.T, err error, line, col int, path string) *store.Error {
	t.Helper()
	var errs store.Errors
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("Load = %v, want exactly one error", err)
	}
	e := errs[0]
	if e.Code != store.CodeBadValue || e.File != "services/gikai-cms.yaml" || e.Line != line || e.Col != col || e.Path != path {
		t.Errorf("got %s %s:%d:%d %s, want %s services/gikai-cms.yaml:%d:%d %s", e.Code, e.File, e.Line, e.Col, e.Path, store.CodeBadValue, line, col, path)
	}
	return e
}
