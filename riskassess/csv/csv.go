// Package csv exports the register as CSV files that Excel and LibreOffice
// open correctly: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line
// ends, one file per kind of entry. Text cells go through TextCell: a ' in
// front of text a spreadsheet would evaluate as a formula (=, +, -, @) or
// read as a number or date (00123, 2026-04-01, 1-2).
//
// The shortest use: one CSV per kind into a folder:
//
//	files, err := csv.WriteDir("out", reg, assessments, "ja")
package csv

import (
	"bufio"
	stdcsv "encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/gikai-sec/riskregister/internal/atomicfile"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// BOM is the UTF-8 byte-order mark written at the start of every file, so
// that Excel reads the file as UTF-8 rather than Shift_JIS.
const BOM = "\uFEFF"

// WriteTable writes t to w as CSV: the BOM, a header row with the column
// titles in lang ("ja" or "en"), then one row per entry. Dates are ISO
// (2026-04-01), numbers plain, risk levels their label; every text cell,
// the header's included, goes through TextCell. It returns w's error, if
// any.
func WriteTable(w io.Writer, t report.Table, lang riskassess.Lang) error {
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(BOM); err != nil {
		return err
	}
	cw := stdcsv.NewWriter(bw)
	cw.UseCRLF = true
	header := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		header[i] = TextCell(c.Title.In(lang))
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	rec := make([]string, len(t.Columns))
	for _, r := range t.Rows {
		for i, c := range t.Columns {
			v := ""
			if i < len(r.Values) {
				v = r.Values[i].Text
			}
			switch c.Type {
			case report.ValueDate, report.ValueNumber:
				rec[i] = v
			default:
				rec[i] = TextCell(v)
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// FileName returns the file name of kind k's CSV in a folder export:
// contractors.csv, services.csv or social.csv.
func FileName(k riskassess.Kind) string { return k.Dir() + ".csv" }

// WriteDir writes one CSV per kind (FileName) into dir, creating dir if
// needed, and returns the paths written. Each file is written to a
// temporary file in dir and renamed into place, so an existing file is
// never left half-written.
func WriteDir(dir string, reg *riskassess.Register, as []riskassess.Assessment, lang riskassess.Lang) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for _, k := range riskassess.Kinds() {
		p := filepath.Join(dir, FileName(k))
		if err := WriteFileAtomic(p, func(w io.Writer) error {
			return WriteTable(w, report.RegisterTable(reg, as, k, lang), lang)
		}); err != nil {
			return paths, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// WriteFileAtomic writes path through write into a temporary file in the
// same folder and renames it into place (mode 0644) when write succeeds; on
// any error the temporary file is removed and path is untouched. An error
// of write is returned as "path: error".
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	return atomicfile.Write(path, 0o644, func(w io.Writer) error {
		if err := write(w); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	})
}
