package xlsx

import (
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestOtherOrganisation: the _meta sheet did not name the organisation
// that made the questionnaire, so a vendor answering two councils'
// questionnaires for an entry of the same ID (acme) could return one to
// the wrong council and it imported there. The _meta sheet now names it
// (sealed by the checksum) and a register of another organisation refuses
// the workbook at _meta, naming both. The same organisation by its
// Japanese or English name, in another width, a register without a name,
// or a workbook made without one (before this change) reads as before; a
// _meta edited to name the other council is refused by its checksum.
func TestOtherOrganisation(t *testing.T) {
	type out struct {
		Codes []string // problems of _meta: code and cell column
		Says  []string // what the messages say, of those wanted
	}
	const chofu, fuchu = "調布市議会", "府中市議会"
	for _, tc := range []struct {
		name    string
		made    riskassess.Text // the organisation that made it
		reg     riskassess.Text // the register's organisation
		editOrg string          // _meta's org rewritten to this, "" kept
		want    out
	}{
		{"the same council", riskassess.T(chofu, "Chofu City Council"), riskassess.T(chofu, "Chofu City Council"), "", out{}},
		{"another council", riskassess.T(chofu, "Chofu City Council"), riskassess.T(fuchu, "Fuchu City Council"), "",
			out{[]string{"wrong entry _meta!B"}, []string{"「調布市議会」が作った", "「府中市議会」", `made by "調布市議会"`, `register of "府中市議会"`}}},
		{"another council, English names only", riskassess.T("", "Chofu City Council"), riskassess.T("", "Fuchu City Council"), "",
			out{[]string{"wrong entry _meta!B"}, []string{"「Chofu City Council」が作った"}}},
		{"the same Japanese name, another English one", riskassess.T(chofu, "Chofu City Council"), riskassess.T(chofu, "Chofu Council"), "", out{}},
		{"the same English name, no Japanese one", riskassess.T(chofu, "Chofu City Council"), riskassess.T("", "chofu city council"), "", out{}},
		{"the same name in another width", riskassess.T(chofu, ""), riskassess.T(" 調布市議会\u3000", ""), "", out{}},
		{"the same names, blanks at the ends and full-width letters", riskassess.T(chofu, "Chofu City Council"), riskassess.T("調布市議会\u3000", "Ｃｈｏｆｕ City Council "), "", out{}},
		// Two councils romanised alike (大野市, 小野市: Ono City): the
		// English names agreeing must not let the other's in.
		{"another Japanese name, the same English one", riskassess.T("大野市議会", "Ono City Council"), riskassess.T("小野市議会", "Ono City Council"), "",
			out{[]string{"wrong entry _meta!B"}, []string{"「大野市議会」が作った", "「小野市議会」"}}},
		// A register begun as a copy of another council's, its English
		// name not yet changed.
		{"another council, the English name copied", riskassess.T(chofu, "Chofu City Council"), riskassess.T(fuchu, "Chofu City Council"), "",
			out{[]string{"wrong entry _meta!B"}, []string{"「調布市議会」が作った", "「府中市議会」"}}},
		{"a Japanese name against an English one", riskassess.T(chofu, ""), riskassess.T("", "Chofu City Council"), "",
			out{[]string{"wrong entry _meta!B"}, nil}},
		// register.yaml's name: "調布市議会　" (a trailing full-width
		// blank YAML keeps), written so into _meta.
		{"made by a name with blanks at the ends", riskassess.T("調布市議会\u3000", " Chofu City Council "), riskassess.T(chofu, "Chofu City Council"), "", out{}},
		{"a register without a name", riskassess.T(chofu, ""), riskassess.Text{}, "", out{}},
		{"a workbook made without a name", riskassess.Text{}, riskassess.T(fuchu, ""), "", out{}},
		{"_meta edited to name the other council", riskassess.T(chofu, ""), riskassess.T(fuchu, ""), fuchu,
			out{[]string{"bad metadata _meta!B"}, nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := defaultQ()
			q.Org = tc.made
			f := workbook(t, generate(t, q))
			setAnswer(t, f, qs, "Q-YN-02", "いいえ")
			if tc.editOrg != "" {
				rows, _ := f.GetRows(MetaSheet)
				for i, r := range rows {
					if len(r) > 1 && r[0] == "org" {
						f.SetCellStr(MetaSheet, "B"+itoa(i+1), tc.editOrg)
					}
				}
			}
			b := save(t, f)
			reg := &riskassess.Register{Org: riskassess.Organisation{Name: tc.reg}, Contractors: []*riskassess.Contractor{q.Entry.(*riskassess.Contractor)}}
			res := readBytes(t, b, ReadOptions{Requirements: q.Requirements, Register: reg, CatalogueVersion: testVersion})
			var got out
			var msgs string
			for _, p := range res.Problems {
				if p.Sheet == MetaSheet {
					got.Codes = append(got.Codes, p.Code.String()+" "+strings.TrimRight(p.Pos(), "0123456789"))
					msgs += p.Message("ja") + "\n" + p.Message("en") + "\n"
				}
			}
			for _, s := range tc.want.Says {
				if strings.Contains(msgs, s) {
					got.Says = append(got.Says, s)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%s", diff, msgs)
			}
			if refused := len(tc.want.Codes) > 0; res.HasErrors() != refused {
				t.Errorf("refused %v, want %v: %v", res.HasErrors(), refused, res.Problems)
			}
		})
	}
}

// dropMetaOrg clears the org row of f's _meta sheet, as in a workbook
// made before the organisation was recorded there.
func dropMetaOrg(t *testing.T, f *excelize.File) {
	t.Helper()
	rows, err := f.GetRows(MetaSheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == "org" {
			for _, col := range []string{"A", "B", "C"} {
				f.SetCellStr(MetaSheet, col+itoa(i+1), "")
			}
		}
	}
}
