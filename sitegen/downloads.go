package sitegen

import (
	"bytes"
	"encoding/json"

	"github.com/gikai-sec/riskregister/riskassess"
	rcsv "github.com/gikai-sec/riskregister/riskassess/csv"
)

// downloads returns the downloads page and the files it links:
// downloads/register.json (the riskassess.ExportDocument, the same as
// `riskregister export --format json`) and one CSV per kind (the shared
// riskassess.RegisterTable written by riskassess/csv: UTF-8 with BOM,
// RFC 4180, formula-neutralised text cells).
func (b *builder) downloads(assessments []riskassess.Assessment) ([]downloadRow, []*page) {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	var rows []downloadRow
	var pages []*page
	reg, asOf, ver := b.reg, b.opts.AsOf, b.opts.CatalogueVersion
	pages = append(pages, &page{path: "downloads/register.json", size: 4096 * len(b.ents), raw: func(w *bytes.Buffer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(riskassess.NewExportDocument(reg, assessments, asOf, ver))
	}})
	rows = append(rows, downloadRow{Href: "downloads/register.json", Name: "register.json", Desc: L("全項目と評価結果（JSON）", "Every entry and its assessment (JSON)"), Rows: len(b.ents)})
	for _, k := range riskassess.Kinds {
		n := 0
		for _, e := range b.ents {
			if e.Kind() == k {
				n++
			}
		}
		name := rcsv.FileName(k)
		pages = append(pages, &page{path: "downloads/" + name, size: 512 * n, raw: func(w *bytes.Buffer) error {
			return rcsv.WriteTable(w, riskassess.RegisterTable(reg, assessments, k, lang), lang)
		}})
		rows = append(rows, downloadRow{Href: "downloads/" + name, Name: name, Desc: k.Label(lang) + L("の一覧（CSV）", " (CSV)"), Rows: n})
	}
	return rows, pages
}
