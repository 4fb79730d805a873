package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// cellsOf returns the non-empty cells of every sheet of a grid as
// "Sheet!A1=value" lines.
func cellsOf(sheet string, g *grid) []string {
	var out []string
	for _, r := range g.rows {
		for _, c := range r.cells {
			out = append(out, fmt.Sprintf("%s!%s=%q", sheet, cellName(c.col, r.num), c.v))
		}
	}
	return out
}

// excelizeCells is cellsOf computed by excelize (raw values), the reader
// the package used before it streamed the sheets itself.
func excelizeCells(t *testing.T, f *excelize.File, sheet string) []string {
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("excelize %s: %v", sheet, err)
	}
	var out []string
	for i, r := range rows {
		for j, v := range r {
			if v != "" {
				out = append(out, fmt.Sprintf("%s!%s=%q", sheet, cellName(j+1, i+1), v))
			}
		}
	}
	return out
}

// TestGridMatchesExcelize: on the generated questionnaires and on every
// external workbook, the streaming reader sees exactly the cells excelize
// sees, and the same sheets and date system.
func TestGridMatchesExcelize(t *testing.T) {
	files := map[string][]byte{"generated-ja": generate(t, defaultQ())}
	qe := defaultQ()
	qe.Lang = "en"
	files["generated-en"] = generate(t, qe)
	files["caiq-v4-synthetic"] = caiqV4(t)
	if dir, err := findSharedDir(); err == nil {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.HasPrefix(b, zipMagic) {
				files[filepath.Base(p)] = b
			}
		}
	} else {
		t.Logf("external workbooks not found (%v): generated ones only", err)
	}
	for name, b := range files {
		t.Run(name, func(t *testing.T) {
			zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
			if err != nil {
				t.Fatal(err)
			}
			bk, err := openBook(zr, defaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var names []string
			for _, s := range bk.sheets {
				names = append(names, s.name)
			}
			if diff := cmp.Diff(f.GetSheetList(), names); diff != "" {
				t.Errorf("sheets (-excelize +reader):\n%s", diff)
			}
			if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil && *p.Date1904 != bk.date1904 {
				t.Errorf("date1904 = %v, excelize %v", bk.date1904, *p.Date1904)
			}
			for _, s := range names {
				g, err := bk.loadGrid(s, 0)
				if err != nil {
					t.Fatalf("%s: %v", s, err)
				}
				want := excelizeCells(t, f, s)
				if diff := cmp.Diff(want, cellsOf(s, g)); diff != "" {
					t.Errorf("cells of %s (-excelize +reader):\n%s", s, diff)
				}
				ms, err := f.GetMergeCells(s)
				if err == nil && len(ms) != len(g.merges) {
					t.Errorf("%s: %d merged ranges, excelize %d", s, len(g.merges), len(ms))
				}
			}
		})
	}
}
