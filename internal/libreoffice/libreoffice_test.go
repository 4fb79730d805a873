package libreoffice_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gikai-sec/riskregister/internal/libreoffice"
)

// TestConvert: a CSV converted to xlsx through the CSV import filter comes
// back as the workbook of the same name, which holds what the CSV held.
func TestConvert(t *testing.T) {
	bin := libreoffice.Binary(t)
	in := filepath.Join(t.TempDir(), "list.csv")
	if err := os.WriteFile(in, []byte("id,name\nacme,株式会社アクメ\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := libreoffice.Convert(t, bin, in, "csv:Text - txt - csv (StarCalc):44,34,76", "--infilter=CSV:44,34,76,1")
	if filepath.Base(out) != "list.csv" || filepath.Dir(out) == filepath.Dir(in) {
		t.Errorf("Convert wrote %s, want list.csv in a folder of its own", out)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != "id,name\nacme,株式会社アクメ\n" {
		t.Errorf("round trip gave %q", b)
	}
}
