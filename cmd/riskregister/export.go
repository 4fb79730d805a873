package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	rcsv "github.com/gikai-sec/riskregister/riskassess/csv"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/spf13/cobra"
)

func newExportCmd(a *app) *cobra.Command {
	var format, kind, out, dir, asOfStr, dates string
	cmd := &cobra.Command{
		Use:   "export --format xlsx|csv|json [--kind K] [-o FILE]",
		Short: "台帳を Excel・CSV・JSON に書き出す / export the register as xlsx, CSV or JSON",
		Long: `台帳を評価して書き出します。
  xlsx  台帳ワークブック（種別ごとのシート、責任者、期限一覧）。既定のファイル名は 台帳.xlsx
  csv   UTF-8（BOM付き）の CSV。-o DIR に種別ごとに contractors.csv / services.csv / social.csv、
        または --kind で1種別を -o FILE か標準出力へ
  json  ExportDocument（schemas/export.schema.json）。-o FILE か標準出力へ。各エントリの記録（contractor・service・
        social）はファイルのまま（--as-of より後の日付の回答・インシデント・決裁も含む）で、assessment が --as-of 時点の評価です
-o - は標準出力です。CSV では数式として解釈される文字（= + - @ タブ CR）で始まる文字のセルと、表計算ソフトが
数値・日付として読み替える文字のセル（00123、1234567890123、2026-04-01、1-2、3/4 など）、' で始まる文字のセルに
' を前置します（プログラムで読むときは先頭の ' を1つ除くか、json を使ってください）。
xlsx のセルは文字列（書式「文字列」）で、入力どおりに表示され数式になりません。

Assesses the register and exports it: xlsx (the register workbook, default 台帳.xlsx), csv
(UTF-8 with BOM; one file per kind into -o DIR, or one --kind to -o FILE or stdout) or json
(an ExportDocument, see schemas/export.schema.json; to -o FILE or stdout). In json, each entry's
record (contractor, service, social) is its file as it is, answers, incidents and decisions dated
after --as-of included; its assessment is as of --as-of. In csv, text cells starting with
= + - @ tab or CR are prefixed with ' against formula injection, and so are text cells a
spreadsheet would read as a number or a date (00123, 1234567890123, 2026-04-01, 1-2, 3/4) and
text cells starting with ' (a program reading the CSV removes one leading ', or reads json);
xlsx text cells are string cells with the Text format, shown as typed and never a formula.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			asOf, err := parseAsOf(asOfStr)
			if err != nil {
				return err
			}
			k, err := parseKind(kind)
			if err != nil {
				return err
			}
			style, err := parseDates(dates)
			if err != nil {
				return err
			}
			switch format {
			case "xlsx", "json":
			case "csv":
				if k == "" && (out == "" || out == "-") {
					return badUsage("--format csv: -o DIR で出力先フォルダを指定するか、--kind で1種別を選んでください", "--format csv: give -o DIR, or choose one --kind")
				}
				// All kinds go to a folder of three files; a name ending in
				// .csv is surely meant as one file.
				if k == "" && strings.EqualFold(filepath.Ext(out), ".csv") {
					return badUsage(fmt.Sprintf("--format csv -o %s: 種別ごとに3つのファイルを書くため -o にはフォルダを指定します。1つのファイルにするには --kind contractor|service|social を付けてください", out),
						fmt.Sprintf("--format csv -o %s: all kinds are written as three files into a folder: give a folder, or choose one --kind for a single file", out))
				}
			default:
				return badUsage(fmt.Sprintf("--format %q: xlsx, csv, json のいずれかを指定してください", format), fmt.Sprintf("--format %q: use xlsx, csv or json", format))
			}
			if err := checkOutputExt(out, format, map[string]string{".xlsx": "xlsx", ".csv": "csv", ".json": "json"}); err != nil {
				return err
			}
			reg, reqs, err := a.loadRegister(dir)
			if err != nil {
				return err
			}
			// A table of one kind still names the contractors that provide
			// its services: keep the whole register for the CSV and xlsx
			// lookups.
			full := reg
			if k != "" {
				reg = expFilterKind(reg, k)
			}
			as, err := a.assessRegister(reg, reqs, asOf)
			if err != nil {
				return err
			}
			switch format {
			case "xlsx":
				if out == "" {
					out = xlsx.RegisterFileName
				}
				return a.expWrite("export", out, func(w io.Writer) error {
					return xlsx.WriteRegister(w, full, as, xlsx.RegisterOptions{Lang: a.lang, Kind: k, Dates: style})
				})
			case "json":
				doc := report.NewExportDocument(reg, as, asOf, catalog.Version)
				return a.expWrite("export", out, func(w io.Writer) error {
					// As json.Encoder with SetIndent("", "  "), one entry at
					// a time (the whole text is 1.4 GB at 10,000 entries).
					return report.WriteJSON(w, &doc, report.JSONOptions{Indent: "  "})
				})
			default: // csv
				if k != "" {
					return a.expWrite("export", out, func(w io.Writer) error {
						return rcsv.WriteTable(w, report.RegisterTable(full, as, k, a.lang), a.lang)
					})
				}
				paths, err := rcsv.WriteDir(out, reg, as, a.lang)
				if err != nil {
					return &exitError{code: 1, msg: "export: " + a.failText("書き出せませんでした", "cannot export", err)}
				}
				for _, p := range paths {
					fmt.Fprintln(a.stderr, p)
				}
				return nil
			}
		},
	}
	cmd.Flags().StringVar(&format, "format", "xlsx", "形式 xlsx|csv|json / output format")
	cmd.Flags().StringVar(&kind, "kind", "", "種別 contractor|service|social（省略時はすべて） / only this kind")
	addDatesFlag(cmd.Flags(), &dates) // the xlsx workbook's date cells; CSV and JSON keep ISO dates
	cmd.Flags().StringVarP(&out, "output", "o", "", "出力先（- は標準出力） / output file or folder (- for stdout)")
	addRegisterFlag(cmd, &dir)
	addAsOfFlag(cmd, &asOfStr)
	return cmd
}

// expFilterKind returns a shallow copy of reg holding only the entries of kind k.
func expFilterKind(reg *riskassess.Register, k riskassess.Kind) *riskassess.Register {
	r := &riskassess.Register{Org: reg.Org}
	switch k {
	case riskassess.KindContractor:
		r.Contractors = reg.Contractors
	case riskassess.KindService:
		r.Services = reg.Services
	case riskassess.KindSocial:
		r.Social = reg.Social
	}
	return r
}

// expWrite writes to stdout when out is "" or "-", else to the file out,
// atomically (a failed write leaves an existing file untouched). It
// prints the path written to stderr. A failure is exit status 1 with a
// message that starts with the command's name cmd ("due: …").
func (a *app) expWrite(cmd, out string, write func(io.Writer) error) error {
	if out == "" || out == "-" {
		if err := write(a.data); err != nil {
			return &exitError{code: 1, msg: cmd + ": " + a.failText("結果を書き出せませんでした", "cannot write the result", err)}
		}
		return nil
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		return badUsage(fmt.Sprintf("-o %s: フォルダです。ファイル名を指定してください", out), fmt.Sprintf("-o %s: is a folder; give a file name", out))
	}
	if err := rcsv.WriteFileAtomic(out, write); err != nil {
		return &exitError{code: 1, msg: cmd + ": " + a.writeText(out, err)}
	}
	fmt.Fprintln(a.stderr, out)
	return nil
}
