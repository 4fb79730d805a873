package xlsx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// soffice returns the LibreOffice binary, or skips the test when it is
// missing (a failure when CI=true).
func soffice(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("LibreOffice (soffice) not found; CI=true requires it")
	}
	t.Skip("LibreOffice (soffice) not found: skipping the LibreOffice round trip")
	return ""
}

// convert runs soffice --headless --convert-to format on in, with a fresh
// user profile, and returns the output path.
func convert(t *testing.T, bin, in, format string) string {
	t.Helper()
	out := t.TempDir()
	profile := "file://" + filepath.ToSlash(t.TempDir())
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", format, "--outdir", out, in)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	ext, _, _ := strings.Cut(format, ":")
	p := filepath.Join(out, trimExt(filepath.Base(in))+"."+ext)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("soffice wrote no %s: %v", p, err)
	}
	return p
}

func trimExt(s string) string { return s[:len(s)-len(filepath.Ext(s))] }

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
