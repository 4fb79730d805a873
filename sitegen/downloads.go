package sitegen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/gikai-sec/riskregister/riskassess"
	rcsv "github.com/gikai-sec/riskregister/riskassess/csv"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// downloads returns the downloads page and the files it links:
// downloads/register.json (the report.ExportDocument of
// `riskregister export --format json`, with every assessment's findings
// left out — 40 or so per entry, they would make the file ten times larger;
// they are on the entry pages, and in the full export) and one CSV per
// kind (the shared
// report.RegisterTable written by riskassess/csv: UTF-8 with BOM,
// RFC 4180, formula-neutralised text cells).
func (b *builder) downloads(assessments []riskassess.Assessment) ([]downloadRow, []*page) {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	var rows []downloadRow
	var pages []*page
	reg, asOf, ver := b.reg, b.opts.AsOf, b.opts.CatalogueVersion
	pages = append(pages, &page{path: "downloads/register.json", size: 8192 * len(b.ents), heavy: true, stream: func(w io.Writer) error {
		doc := report.NewExportDocument(reg, assessments, asOf, ver)
		return writeJSONDoc(w, &doc)
	}})
	rows = append(rows, downloadRow{Href: "downloads/register.json", Name: "register.json", Desc: L("全項目と評価結果の要約（JSON。要件ごとの結果は各項目のページ、または riskregister export --format json で）", "Every entry and its assessment summary (JSON; findings per requirement are on the entry pages, or use riskregister export --format json)"), Rows: len(b.ents)})
	for _, k := range riskassess.Kinds() {
		n := 0
		for _, e := range b.ents {
			if e.Kind() == k {
				n++
			}
		}
		name := rcsv.FileName(k)
		pages = append(pages, &page{path: "downloads/" + name, size: 512 * n, heavy: true, stream: func(w io.Writer) error {
			return rcsv.WriteTable(w, report.RegisterTable(reg, assessments, k, lang), lang)
		}})
		rows = append(rows, downloadRow{Href: "downloads/" + name, Name: name, Desc: k.Label(lang) + L("の一覧（CSV）", " (CSV)"), Rows: n})
	}
	return rows, pages
}

// writeJSONDoc writes doc, with every entry's findings left out, as
// json.Encoder.Encode does (compact, HTML-escaped, a final newline), one
// entry at a time: the encoder would hold the whole document's bytes
// (70 MB at 10,000 entries) at once. Entries is the document's last field,
// so the document without entries ends in "entries":[]} and the entries
// go between the brackets.
func writeJSONDoc(w io.Writer, doc *report.ExportDocument) error {
	entries := doc.Entries
	doc.Entries = []report.ExportEntry{}
	head, err := json.Marshal(doc)
	doc.Entries = entries
	if err != nil {
		return err
	}
	const tail = `"entries":[]}`
	if !bytes.HasSuffix(head, []byte(tail)) {
		return errors.New("register.json: entries is not the document's last field")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(head[:len(head)-len("]}")])
	// Each entry is encoded into one reused buffer (json.Marshal would
	// allocate its 7 KB anew: 74 MB at 10,000 entries). Encode writes
	// what Marshal returns, and a newline.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range entries {
		e := entries[i]
		e.Assessment.Findings = []riskassess.Finding{}
		buf.Reset()
		if err := enc.Encode(&e); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}
