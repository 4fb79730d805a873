package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/spf13/cobra"
)

// The rotation report is a command of its own rather than a section of
// validate: validate is the pass/fail gate of a pre-commit hook and says
// only what is wrong, while the rotation report is the work list of the
// April personnel change, run for a chosen date (--as-of 2027-04-01 to
// prepare the announced moves), listing also the hand-overs that are not
// faults and the holder to write in.

func newRotationCmd(a *app) *cobra.Command {
	var dir, asOfStr, format, out string
	cmd := &cobra.Command{
		Use:   "rotation [--register DIR] [--as-of DATE] [--format table|json]",
		Short: "人事異動で担当者が変わった・空席のエントリを一覧にする / list entries whose responsible people changed or are vacant",
		Long: `基準日（--as-of、既定は今日）に、エントリの所管（owner）、SNS の責任者（responsible）・投稿担当
（operators）・パスワード管理（credential_custodian）、外部サービス管理者（manager）として記入された
職員と、register.yaml の people（課・役職・from・until）を突き合わせ、担当者が変わった・いなくなった
エントリをすべて一覧にします。状況は 異動（別の課・役職にいる）、在任期間外（until を過ぎた・from 前）、
空席（役職だけ記入し在任者がいない）、在任者が複数（役職だけ記入し 2 人以上）、見直し後に交代
（役職の在任者が最終見直し・決裁より後に着任。引継ぎの確認）。現任者の列に後任（その課・役職の在任者）を
示します。4 月の異動の前に --as-of 2027-04-01 のように発令日で実行すると、準備ができます。
問題がなくても終了コードは 0 です（台帳の誤りは 1）。

Matches every owner, social-media responsible person, operator, credential custodian and service
manager named by the entries against the people of register.yaml (section, position, from, until) on
the as-of date (--as-of, default today), and lists every entry whose responsible people changed or are
missing: moved (holds another section or position), not in post (until passed, from not come), vacant
(a post named without a person that nobody holds), several holders (a post named without a person that
two or more hold), new holder since the last review (a hand-over to confirm). The current-holder column
gives whom to write in. Run it with the date of the April moves (--as-of 2027-04-01) to prepare them.
Exits 0 whatever it finds (1 for an invalid register).`,
		Example: `  riskregister rotation --register examples/chofu-gikai --as-of 2027-04-01
  riskregister rotation --register . --format json -o rotation.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			asOf, err := parseAsOf(asOfStr)
			if err != nil {
				return err
			}
			if format != "table" && format != "json" {
				return badUsage(fmt.Sprintf("--format %q: table か json を指定してください", format), fmt.Sprintf("--format %q: use table or json", format))
			}
			if err := checkOutputExt(out, format, map[string]string{".json": "json"}); err != nil {
				return err
			}
			reg, _, err := a.loadRegister(dir)
			if err != nil {
				return err
			}
			var rows []report.Assignment
			for _, as := range report.Assignments(reg, asOf) {
				if as.Problem != "" {
					rows = append(rows, as)
				}
			}
			return a.expWrite("rotation", out, func(w io.Writer) error {
				if format == "json" {
					return writeRotationJSON(w, rows, asOf)
				}
				return writeRotationTable(w, reg, rows, asOf, a.lang)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "形式 table|json / output format")
	cmd.Flags().StringVarP(&out, "output", "o", "", "出力先ファイル（省略時は標準出力） / output file (default stdout)")
	addRegisterFlag(cmd, &dir)
	addAsOfFlag(cmd, &asOfStr)
	return cmd
}

// rotationPost names what the entry wrote: "広報係 係長 坂本 涼子".
func rotationPost(org *riskassess.Organisation, as report.Assignment, lang riskassess.Lang) string {
	var parts []string
	if as.Position != "" {
		parts = append(parts, report.SectionLabel(org, as.Section, lang), report.PositionLabel(org, as.Position, lang))
	}
	if as.Person != "" {
		parts = append(parts, report.PersonLabel(org, as.Person, lang))
	}
	return strings.Join(parts, " ")
}

// rotationHolders names who holds the post now: Current, else every holder.
func rotationHolders(org *riskassess.Organisation, as report.Assignment, lang riskassess.Lang) string {
	ids := as.Holders
	if as.Current != "" {
		ids = []string{as.Current}
	}
	var names []string
	for _, id := range ids {
		names = append(names, report.PersonLabel(org, id, lang))
	}
	return strings.Join(names, "、")
}

// writeRotationTable writes rows as an aligned text table, filtered by
// termSafe (names come from the register), also into a file.
func writeRotationTable(w io.Writer, reg *riskassess.Register, rows []report.Assignment, asOf riskassess.Date, lang riskassess.Lang) error {
	w = newTermWriter(w)
	l := func(ja, en string) string { return l10n(lang, ja, en) }
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, l(asOf.String()+" 時点で担当者の変わったエントリはありません。", "No entry's responsible people changed as of "+asOf.String()+"."))
		return err
	}
	org := &reg.Org
	entries := report.EntryIndex(reg)
	table := [][]string{{l("状況", "Status"), l("種別", "Kind"), "ID", l("名称", "Name"), l("役割", "Role"),
		l("項目", "Field"), l("台帳の記載", "As written"), l("現任者", "Holder now")}}
	entrySet := map[riskassess.EntryKey]bool{}
	for _, as := range rows {
		k := riskassess.EntryKey{Kind: as.Kind, ID: as.EntryID}
		entrySet[k] = true
		name := as.EntryID
		if e := entries[k]; e != nil && e.Base().Name.In(lang) != "" {
			name = e.Base().Name.In(lang)
		}
		holder := rotationHolders(org, as, lang)
		if holder == "" {
			holder = l("（なし）", "(none)")
		}
		table = append(table, []string{as.Problem.Label(lang), as.Kind.Label(lang), as.EntryID, dueCell(name), as.Role.Label(lang),
			as.Field(), dueCell(rotationPost(org, as, lang)), holder})
	}
	if err := writeAligned(w, table, nil, true); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, l(fmt.Sprintf("%d 件（エントリ %d 件）基準日 %s", len(rows), len(entrySet), asOf),
		fmt.Sprintf("%d items (%d entries) as of %s", len(rows), len(entrySet), asOf)))
	return err
}

// rotationItem is one line of the JSON rotation report.
type rotationItem struct {
	Status   report.StaffProblem `json:"status"`
	Kind     riskassess.Kind     `json:"kind"`
	ID       string              `json:"id"`
	File     string              `json:"file"`
	Field    string              `json:"field"`
	Role     riskassess.Role     `json:"role"`
	Section  string              `json:"section,omitempty"`
	Position string              `json:"position,omitempty"`
	Person   string              `json:"person,omitempty"`
	Current  string              `json:"current,omitempty"`
	Holders  []string            `json:"holders,omitempty"`
	Message  riskassess.Text     `json:"message"`
}

func writeRotationJSON(w io.Writer, rows []report.Assignment, asOf riskassess.Date) error {
	doc := struct {
		AsOf  riskassess.Date `json:"as_of"`
		Items []rotationItem  `json:"items"`
	}{AsOf: asOf, Items: []rotationItem{}}
	for _, as := range rows {
		doc.Items = append(doc.Items, rotationItem{Status: as.Problem, Kind: as.Kind, ID: as.EntryID, File: as.File, Field: as.Field(),
			Role: as.Role, Section: as.Section, Position: as.Position, Person: as.Person, Current: as.Current, Holders: as.Holders, Message: as.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
