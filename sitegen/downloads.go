package sitegen

import (
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
// RFC 4180, text cells through csv.TextCell: no formula, no number or
// date read out of text such as 00123 or 2026-04-01).
func (b *builder) downloads(assessments []riskassess.Assessment) ([]downloadRow, []*page) {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	var rows []downloadRow
	var pages []*page
	reg, asOf, ver := b.reg, b.opts.AsOf, b.opts.CatalogueVersion
	pages = append(pages, &page{path: "downloads/register.json", size: 8192 * len(b.ents), heavy: true, stream: func(w io.Writer) error {
		doc := report.NewExportDocument(reg, assessments, asOf, ver)
		return report.WriteJSON(w, &doc, report.JSONOptions{OmitFindings: true})
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
