package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
)

// FuzzRead feeds arbitrary bytes to Read: it must never panic, must return
// either a *CellError or a result, and a result's answers must all be
// listed as imported, changed or unchanged items. Read streams the parts it
// needs instead of opening the workbook with excelize, which made one
// execution about ten times cheaper (BenchmarkReadQuestionnaire); since a
// mutated byte of a compressed part mostly fails the zip's CRC, the XML
// itself is explored by FuzzSheetXML.
func FuzzRead(f *testing.F) {
	q := defaultQ()
	gen := func(q *Questionnaire) []byte {
		var buf bytes.Buffer
		if err := q.Write(&buf); err != nil {
			f.Fatal(err)
		}
		return buf.Bytes()
	}
	f.Add(gen(q))
	qe := defaultQ()
	qe.Lang = "en"
	qe.Entry = nil
	f.Add(gen(qe))
	f.Add([]byte("ID,回答\nQ-YN-01,はい\n"))
	f.Add(append(append([]byte{}, oleMagic...), utf16le("EncryptedPackage")...))
	// The external workbooks, when present (small ones only, to keep the
	// fuzzer fast).
	if dir, err := findSharedDir(); err == nil {
		files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
		for _, p := range files {
			if st, err := os.Stat(p); err == nil && st.Size() < 64<<10 {
				if b, err := os.ReadFile(p); err == nil {
					f.Add(b)
				}
			}
		}
	}
	reqs := q.Requirements
	f.Fuzz(func(t *testing.T, b []byte) {
		res, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{Requirements: reqs, Kind: riskassess.KindContractor,
			Current: map[string]riskassess.Answer{"Q-YN-01": {Value: Yes}}})
		if err != nil {
			var ce *CellError
			if !errors.As(err, &ce) {
				t.Fatalf("error %T is not a *CellError: %v", err, err)
			}
			if res != nil {
				t.Fatal("result with a fatal error")
			}
			return
		}
		ok := map[string]bool{}
		for _, it := range res.Items {
			if it.Status == StatusImported || it.Status == StatusChanged || it.Status == StatusUnchanged {
				ok[it.ID] = true
			}
		}
		for id := range res.Answers {
			if !ok[id] {
				t.Fatalf("answer %s imported without an imported item", id)
			}
		}
		for _, p := range res.Problems {
			_ = p.Error()
		}
	})
}

// storedWorkbook packs a workbook with one sheet "Q" (sheet XML) and a
// shared-strings part (sst, when not nil) without compression: cheap to
// build on every execution, and the fuzzer's mutations reach the XML.
func storedWorkbook(sheet, sst []byte) []byte {
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	put := func(name string, data []byte) {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		w.Write(data)
	}
	put("[Content_Types].xml", []byte(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`))
	put("_rels/.rels", []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`))
	put("xl/workbook.xml", []byte(`<workbook `+mainNS+`><workbookPr date1904="false"/><sheets><sheet name="Q" sheetId="1" r:id="rId1"/></sheets></workbook>`))
	put("xl/_rels/workbook.xml.rels", []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>`+
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`))
	put("xl/worksheets/sheet1.xml", sheet)
	if sst != nil {
		put("xl/sharedStrings.xml", sst)
	}
	zw.Close()
	return out.Bytes()
}

// FuzzSheetXML fuzzes the XML of the questions sheet and of the shared
// strings inside a valid package. Read must never panic; it returns a
// *CellError or a result, never both; every answer of a result comes from
// a cell of sheet Q with a valid reference, and is listed as an item.
func FuzzSheetXML(f *testing.F) {
	sheet := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<worksheet ` + mainNS + `><sheetData>` +
		`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>コメント</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>Q-YN-01</t></is></c><c r="B2" t="s"><v>2</v></c></row>` +
		`<row><c t="inlineStr"><is><r><t>Q-YN-</t></r><r><rPr><b/></rPr><t>02</t></r><rPh><t>x</t></rPh></is></c><c><v>46113</v></c><c t="b"><v>1</v></c></row>` +
		`<row r="5"><c r="A5" t="str"><f>A2</f><v>Q-DT-01</v></c><c r="B5" t="e"><v>#N/A</v></c></row>` +
		`<row r="6"><c r="A6" t="inlineStr"><is><t>Q-CH-01</t></is></c><c r="C6" t="inlineStr"><is><t xml:space="preserve"> a_x000D_b </t></is></c></row>` +
		`</sheetData><mergeCells count="1"><mergeCell ref="B6:B7"/></mergeCells></worksheet>`
	sst := `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>ID</t></si><si><r><t>回答</t></r></si><si><t>はい</t><rPh sb="0" eb="1"><t>ハイ</t></rPh></si></sst>`
	f.Add([]byte(sheet), []byte(sst))
	f.Add([]byte(strings.ReplaceAll(sheet, "<c", "<x:c")), []byte(sst))
	f.Add([]byte(`<worksheet><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>`), []byte(nil))
	f.Add([]byte("\xef\xbb\xbf<worksheet><sheetData><row><c t=\"s\"><v>7</v></c></row></sheetData></worksheet>"), []byte(sst))
	reqs := testReqs()
	f.Fuzz(func(t *testing.T, sheet, sst []byte) {
		b := storedWorkbook(sheet, sst)
		res, err := Read(bytes.NewReader(b), int64(len(b)), ReadOptions{Requirements: reqs, Kind: riskassess.KindContractor})
		if err != nil {
			var ce *CellError
			if !errors.As(err, &ce) {
				t.Fatalf("error %T is not a *CellError: %v", err, err)
			}
			if res != nil {
				t.Fatal("result with a fatal error")
			}
			_ = ce.Message("ja")
			return
		}
		items := map[string]bool{}
		for _, it := range res.Items {
			items[it.ID] = true
		}
		for id, a := range res.Answers {
			if !items[id] {
				t.Fatalf("answer %s without an item", id)
			}
			ref, ok := strings.CutPrefix(a.Cell, "Q!")
			if !ok {
				t.Fatalf("answer %s from %q, not sheet Q", id, a.Cell)
			}
			if _, _, ok := parseRef(ref); !ok {
				t.Fatalf("answer %s from a bad cell %q", id, a.Cell)
			}
		}
	})
}
