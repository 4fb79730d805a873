package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// zipReplace rewrites the workbook at path with old replaced by new in
// every part (excelize itself cuts cell text at Excel's limit, so a hostile
// file is made by editing its XML).
func zipReplace(t *testing.T, path, old, new string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if bytes.Contains(b, []byte(old)) {
			found = true
			b = bytes.ReplaceAll(b, []byte(old), []byte(new))
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zr.Close()
	zw.Close()
	if !found {
		t.Fatalf("%q not in %s", old, path)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestImportRefusesOverlongText: a comment longer than an Excel cell holds
// (the 3 MiB comment, which was stored twice and made the entry
// file too large to load) is refused, naming the cell; nothing is recorded
// and the register still loads.
func TestImportRefusesOverlongText(t *testing.T) {
	for _, size := range []int{maxCellText + 1, 3 << 20} {
		dir, p, qs, _ := filledAcme(t)
		cell := ""
		qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
			cell = "質問!E" + rowOf(qs[0].ID)
			f.SetCellStr("質問", "E"+rowOf(qs[0].ID), "PLACEHOLDER-COMMENT")
		})
		zipReplace(t, p, "PLACEHOLDER-COMMENT", strings.Repeat("a", size))
		entry := filepath.Join(dir, "contractors", "acme.yaml")
		before, _ := os.ReadFile(entry)
		code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p)
		if code != 1 {
			t.Errorf("%d characters: exit %d, want 1\n%s%s", size, code, stdout, stderr)
		}
		if want := "Excel のセルに入る 32767 文字を超えています"; !strings.Contains(stdout, want) || !strings.Contains(stdout, "記録しませんでした") {
			t.Errorf("%d characters: report lacks %q:\n%s", size, want, stdout[:min(len(stdout), 3000)])
		}
		if !strings.Contains(stdout, "のコメント: ") {
			t.Errorf("%d characters: the report does not name the comment's cell (near %s):\n%s", size, cell, stdout[:min(len(stdout), 3000)])
		}
		if after, _ := os.ReadFile(entry); !bytes.Equal(before, after) {
			t.Errorf("%d characters: the entry file changed", size)
		}
		if code, _, stderr := execCLI(t, "validate", "--register", dir); code != 0 {
			t.Errorf("the register no longer validates: %s", stderr)
		}
	}
	// At the limit it is recorded.
	dir := qWriteRegister(t)
	p := filepath.Join(t.TempDir(), "acme.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", dir, "--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
		t.Fatal(stderr)
	}
	qs := contractorQuestions(t)
	qFill(t, p, qs)
	qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
		f.SetCellStr("質問", "E"+rowOf(qs[0].ID), strings.Repeat("長", maxCellText))
	})
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-04-15", p); code != 0 {
		t.Errorf("a comment of %d characters: exit %d\n%s%s", maxCellText, code, stdout[:min(len(stdout), 2000)], stderr)
	}
}
