package xlsx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/internal/libreoffice"
	"github.com/google/go-cmp/cmp"
)

// soffice returns the LibreOffice binary, or skips the test when it is
// missing (a failure when CI=true).
func soffice(t *testing.T) string { return libreoffice.Binary(t) }

// convert runs soffice --headless --convert-to format on in, with a fresh
// user profile, and returns the output path (libreoffice.Convert).
func convert(t *testing.T, bin, in, format string) string {
	return libreoffice.Convert(t, bin, in, format)
}

// TestLibreOfficeRoundTrip: a filled questionnaire saved again by
// LibreOffice Calc imports with exactly the same answers and respondent.
func TestLibreOfficeRoundTrip(t *testing.T) {
	bin := soffice(t)
	q := defaultQ()
	b, want, wantResp := fill(t, generate(t, q), false)
	in := filepath.Join(t.TempDir(), "filled.xlsx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := convert(t, bin, in, "xlsx:Calc MS Excel 2007 XML")
	opts := ReadOptions{Requirements: q.Requirements, Kind: q.Kind, EntryID: "acme", CatalogueVersion: testVersion}
	ob, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if app := partOf(t, ob, "docProps/app.xml"); !strings.Contains(app, "LibreOffice") {
		t.Fatalf("converted file not written by LibreOffice: %s", app)
	}
	res, err := ReadFile(out, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) > 0 {
		t.Fatalf("problems after LibreOffice: %v", res.Problems)
	}
	if diff := cmp.Diff(want, res.Answers); diff != "" {
		t.Errorf("answers after LibreOffice (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantResp, res.Respondent); diff != "" {
		t.Errorf("respondent after LibreOffice (-want +got):\n%s", diff)
	}
}
