package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"github.com/google/go-cmp/cmp"
)

// Synthetic foreign questionnaires in the real layouts of
// ../shared/external-xlsx/SOURCES.md §2.1 (CAIQ v4), §2.5 (HECVAT 4.1.4),
// §2.6 (HECVAT Full 3.x) and §2.7 (HECVAT Lite 3.x), with their quirks:
// shared strings mixed with inline strings (CAIQ: no shared strings at
// all in one variant), a wrong <dimension>, merged control cells,
// drop-downs from defined names, question texts as formulas with cached
// values, numbered answers ("1) Yes"), DATE-01 as a serial, a US text date
// or a long date, and evaluation sheets that hold IDs and answers of
// their own. The question texts are made up; only the ids look real.

// fsheet is one sheet of a synthetic foreign workbook: its rows of cells
// written as XML, plus the children after sheetData.
type fsheet struct {
	name string
	dim  string
	rows [][]string
	tail string
}

// fbook collects shared strings while the sheets are written.
type fbook struct {
	sst   []string
	index map[string]int
}

// s is a shared-string cell.
func (b *fbook) s(ref, v string) string {
	if b.index == nil {
		b.index = map[string]int{}
	}
	i, ok := b.index[v]
	if !ok {
		i = len(b.sst)
		b.index[v] = i
		b.sst = append(b.sst, v)
	}
	return fmt.Sprintf(`<c r="%s" t="s"><v>%d</v></c>`, ref, i)
}

// is is an inline-string cell (escaped).
func is(ref, v string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t xml:space="preserve">` + html.EscapeString(v) + `</t></is></c>`
}

// num is a number cell in General format.
func num(ref string, v float64) string { return fmt.Sprintf(`<c r="%s"><v>%v</v></c>`, ref, v) }

// fstr is a formula cell with a cached string value.
func fstr(ref, formula, cached string) string {
	return `<c r="` + ref + `" t="str"><f>` + html.EscapeString(formula) + `</f><v>` + html.EscapeString(cached) + `</v></c>`
}

// build writes the workbook; names are <definedName> elements added to
// the workbook part.
func (b *fbook) build(t testing.TB, sheets []fsheet, names string) []byte {
	t.Helper()
	var hs []hostileSheet
	for _, sh := range sheets {
		hs = append(hs, hostileSheet{name: html.EscapeString(sh.name), body: func(w io.Writer) {
			if sh.dim != "" {
				io.WriteString(w, `<dimension ref="`+sh.dim+`"/>`)
			}
			io.WriteString(w, `<sheetData>`)
			for _, r := range sh.rows {
				if len(r) == 0 {
					continue
				}
				_, row, _ := parseRef(cellRefOf(r[0]))
				fmt.Fprintf(w, `<row r="%d">%s</row>`, row, strings.Join(r, ""))
			}
			io.WriteString(w, `</sheetData>`+sh.tail)
		}})
	}
	var sst func(io.Writer)
	if len(b.sst) > 0 {
		sst = func(w io.Writer) {
			for _, s := range b.sst {
				io.WriteString(w, `<si><t xml:space="preserve">`+html.EscapeString(s)+`</t></si>`)
			}
		}
	}
	out := buildWorkbook(t, hs, sst)
	if names != "" {
		out = rezip(t, out, func(name string, data []byte) []byte {
			if name != "xl/workbook.xml" {
				return nil
			}
			return []byte(strings.Replace(string(data), `</sheets>`, `</sheets><definedNames>`+names+`</definedNames>`, 1))
		})
	}
	return out
}

func cellRefOf(c string) string {
	i := strings.Index(c, `r="`)
	j := strings.Index(c[i+3:], `"`)
	return c[i+3 : i+3+j]
}

// caiqRow is one question of a synthetic CAIQ.
type caiqRow struct{ id, answer, owner, desc string }

// caiqBook builds a CAIQ v4 workbook (SOURCES.md §2.1): Introduction, the
// questionnaire sheet named after the version, A1 the version tag, B1 the
// title, the header in row 2, the questions from row 3, the control
// columns I:K merged per control, "End of Standard" and a copyright row
// merged A:D, the inline Yes/No/NA list on C, a wrong <dimension>. With
// inline set every string is an inline string (no shared-strings part).
func caiqBook(t testing.TB, sheetName, tag string, rows []caiqRow, inline bool) []byte {
	b := &fbook{}
	str := b.s
	if inline {
		str = is
	}
	sh := fsheet{name: sheetName, dim: "A1:D265"}
	sh.rows = append(sh.rows, []string{is("A1", tag), str("B1", "CONSENSUS ASSESSMENTS INITIATIVE QUESTIONNAIRE "+tag)})
	hdr := []string{"Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
		"CSP Implementation Description (Optional/Recommended)", "CSC Responsibilities  (Optional/Recommended)"}
	var r2 []string
	for i, h := range hdr {
		r2 = append(r2, str(cellName(i+1, 2), h))
	}
	r2 = append(r2, str("I2", "CCM Control ID"), str("J2", "CCM Control Specification"), str("K2", "CCM Control Title"), str("L2", "CCM Domain Title"))
	sh.rows = append(sh.rows, r2)
	var merges []string
	lastControl, start := "", 0
	for i, q := range rows {
		r := 3 + i
		cells := []string{is(cellName(1, r), q.id), str(cellName(2, r), "Synthetic question "+q.id+"?")}
		if q.answer != "" {
			cells = append(cells, str(cellName(3, r), q.answer))
		}
		if q.owner != "" {
			cells = append(cells, str(cellName(4, r), q.owner))
		}
		if q.desc != "" {
			cells = append(cells, str(cellName(5, r), q.desc))
		}
		control := strings.Split(q.id, ".")[0]
		if control != lastControl {
			if lastControl != "" && r-1 > start {
				for _, col := range []string{"I", "J", "K"} {
					merges = append(merges, fmt.Sprintf(`<mergeCell ref="%s%d:%s%d"/>`, col, start, col, r-1))
				}
			}
			cells = append(cells, str(cellName(9, r), control), str(cellName(10, r), "Spec "+control), str(cellName(11, r), "Title "+control))
			lastControl, start = control, r
		}
		sh.rows = append(sh.rows, cells)
	}
	end := 3 + len(rows)
	sh.rows = append(sh.rows, []string{str(cellName(1, end), "End of Standard")},
		[]string{str(cellName(1, end+1), "© Copyright synthetic notice - All rights reserved")})
	merges = append(merges, fmt.Sprintf(`<mergeCell ref="A%d:D%d"/>`, end, end), fmt.Sprintf(`<mergeCell ref="A%d:D%d"/>`, end+1, end+1))
	sh.tail = fmt.Sprintf(`<mergeCells count="%d">%s</mergeCells>`, len(merges), strings.Join(merges, "")) +
		fmt.Sprintf(`<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C3:C%d"><formula1>"Yes,No,NA"</formula1></dataValidation></dataValidations>`, end-1)
	intro := fsheet{name: "Introduction", rows: [][]string{{str("A1", "Synthetic introduction")}}}
	return b.build(t, []fsheet{intro, sh}, "")
}

// fReqs is a small catalogue for the foreign tests: contractor and
// service questions the vendor answers, one the council answers.
func fReqs() []riskassess.Requirement {
	yn := func(id string, k riskassess.Kind, by riskassess.Attester) riskassess.Requirement {
		return riskassess.Requirement{ID: id, Kinds: []riskassess.Kind{k}, AttestedBy: by, Title: riskassess.T("要件 "+id, "Requirement "+id),
			Question: &riskassess.Question{ID: "Q-" + id, Type: riskassess.AnswerYesNo, Text: riskassess.T("質問 "+id, "Question "+id)}}
	}
	return []riskassess.Requirement{
		yn("SV-AUDIT", riskassess.KindService, riskassess.AttestVendor),
		yn("SV-CHAIN", riskassess.KindService, riskassess.AttestVendor),
		yn("SV-EXIT", riskassess.KindService, riskassess.AttestVendor),
		yn("SV-NA", riskassess.KindService, riskassess.AttestVendor),
		yn("SV-ASK", riskassess.KindService, riskassess.AttestVendor),
		yn("SV-SELF", riskassess.KindService, riskassess.AttestCouncil),
	}
}

func flink(q, r string, s riskassess.Strength) foreign.Link {
	return foreign.Link{Question: q, Requirement: r, Strength: s, Reason: riskassess.T("理由", "why")}
}

var caiqMapping = foreign.Mapping{Questionnaire: "caiq", Versions: "4.0.x", Name: "CAIQ test", Source: "caiq-test.yaml",
	Links: []foreign.Link{
		flink("A&A-02.1", "SV-AUDIT", riskassess.StrengthFull),
		flink("STA-12.1", "SV-CHAIN", riskassess.StrengthFull),
		flink("IPY-04.1", "SV-EXIT", riskassess.StrengthFull),
		flink("IPY-02.1", "SV-EXIT", riskassess.StrengthPartial),
		flink("DSP-19.1", "SV-NA", riskassess.StrengthFull),
		flink("STA-03.1", "SV-SELF", riskassess.StrengthEvidence),
	}}

var caiqRows = []caiqRow{
	{"A&A-01.1", "Yes", "CSP-owned", "Policy."},
	{"A&A-01.2", "No", "CSP-owned", ""},
	{"A&A-02.1", "Yes", "3rd-party outsourced", "Yearly SOC 2 Type II."},
	{"DSP-19.1", "NA", "CSP-owned", ""},
	{"IPY-02.1", "Yes", "Shared CSP and CSC", "Export API."},
	{"IPY-04.1", "", "", ""}, // blank: answers nothing, removes nothing
	{"STA-03.1", "Yes", "CSP-owned", "Guidance published."},
	{"STA-12.1", "No", "CSP-owned", "Not yet."},
	{"UEM-14.1", "Yes", "CSP-owned", ""},
}

func foreignOpts(current map[string]riskassess.Answer, ms ...foreign.Mapping) ReadOptions {
	return ReadOptions{Requirements: fReqs(), Kind: riskassess.KindService, EntryID: "box", Current: current,
		CatalogueVersion: "2026.12", Mappings: ms}
}

// TestForeignCAIQ: a CAIQ v4.0.3 is recognised by its content, every row
// read (merged control cells, wrong dimension, shared or inline strings
// alike), and only full links answer our vendor questions, with the
// provenance; partial and evidence links are evidence; a blank answer
// leaves the stored answer alone; the gap lists the rest.
func TestForeignCAIQ(t *testing.T) {
	for _, inline := range []bool{false, true} {
		t.Run(fmt.Sprintf("inline=%v", inline), func(t *testing.T) {
			current := map[string]riskassess.Answer{"Q-SV-EXIT": {Value: "yes", Comment: "前回の回答"}, "Q-SV-CHAIN": {Value: "yes"}}
			res := readBytes(t, caiqBook(t, "CAIQv4.0.3", "v4.0.3", caiqRows, inline), foreignOpts(current, caiqMapping))
			if res.HasErrors() || res.Questionnaire == nil {
				t.Fatalf("problems %v, questionnaire %v", res.Problems, res.Questionnaire)
			}
			w := res.Questionnaire
			n, yes, no, na := w.Answered()
			if w.Label() != "CAIQ v4.0.3" || res.Rows != 9 || len(w.Answers) != 9 || n != 8 || yes != 5 || no != 2 || na != 1 || res.Matched != 6 {
				t.Errorf("%s: rows %d answers %d answered %d (yes %d no %d na %d) matched %d", w.Label(), res.Rows, len(w.Answers), n, yes, no, na, res.Matched)
			}
			if got := w.Answers[2]; got != (foreign.Answer{ID: "A&A-02.1", Raw: "Yes", Value: "yes", Owner: "3rd-party outsourced",
				Comment: "Yearly SOC 2 Type II.", Cell: "CAIQv4.0.3!C5"}) {
				t.Errorf("A&A-02.1 read as %+v", got)
			}
			want := map[string]riskassess.Answer{
				"Q-SV-AUDIT": {Value: "yes", Comment: "CAIQ v4.0.3 A&A-02.1: Yes [3rd-party outsourced] Yearly SOC 2 Type II.", Cell: "CAIQv4.0.3!C5"},
				"Q-SV-CHAIN": {Value: "no", Comment: "CAIQ v4.0.3 STA-12.1: No [CSP-owned] Not yet.", Cell: "CAIQv4.0.3!C10"},
				"Q-SV-NA":    {Value: "na", Comment: "CAIQ v4.0.3 DSP-19.1: NA [CSP-owned]", Cell: "CAIQv4.0.3!C6"},
			}
			if diff := cmp.Diff(want, res.Answers); diff != "" {
				t.Errorf("answers (-want +got):\n%s", diff)
			}
			var items []string
			for _, it := range res.Items {
				items = append(items, it.ID+" "+string(it.Status)+" "+it.Raw)
			}
			wantItems := []string{"Q-SV-AUDIT imported CAIQ v4.0.3 A&A-02.1: Yes [3rd-party outsourced] Yearly SOC 2 Type II.",
				"Q-SV-CHAIN changed CAIQ v4.0.3 STA-12.1: No [CSP-owned] Not yet.", "Q-SV-NA imported CAIQ v4.0.3 DSP-19.1: NA [CSP-owned]"}
			if diff := cmp.Diff(wantItems, items); diff != "" {
				t.Errorf("items (-want +got):\n%s", diff)
			}
			wantEv := []riskassess.ForeignEvidence{
				{Requirement: "SV-EXIT", Question: "IPY-02.1", Answer: "Yes", Strength: riskassess.StrengthPartial, Comment: "Export API."},
				{Requirement: "SV-SELF", Question: "STA-03.1", Answer: "Yes", Strength: riskassess.StrengthEvidence, Comment: "Guidance published."},
			}
			if diff := cmp.Diff(wantEv, res.Evidence); diff != "" {
				t.Errorf("evidence (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]string{"Q-SV-EXIT", "Q-SV-ASK"}, res.Gap); diff != "" {
				t.Errorf("gap (-want +got):\n%s", diff)
			}
			rec, merge := res.Record(riskassess.Date{}, "caiq.xlsx")
			if rec.Questionnaire != "CAIQ v4.0.3" || len(rec.Evidence) != 2 || rec.CatalogueVersion != "2026.12" {
				t.Errorf("record %+v", rec)
			}
			// The blank IPY-04.1 keeps the stored answer of Q-SV-EXIT.
			if got := merge.Answers["Q-SV-EXIT"]; got.Value != "yes" || got.Comment != "前回の回答" {
				t.Errorf("Q-SV-EXIT after the merge: %+v", got)
			}
			if _, set := merge.Set["Q-SV-EXIT"]; set {
				t.Error("a blank foreign answer set Q-SV-EXIT")
			}
		})
	}
}

// TestForeignCAIQByContent: a CAIQ whose sheet was renamed is recognised
// by the version tag in A1 and the title in B1; v4.0.2's "v4.0.2+0" tag
// gives 4.0.2.
func TestForeignCAIQByContent(t *testing.T) {
	res := readBytes(t, caiqBook(t, "Sheet1", "v4.0.2+0", caiqRows[:3], false), foreignOpts(nil, caiqMapping))
	if res.Questionnaire == nil || res.Questionnaire.Label() != "CAIQ v4.0.2" || res.Sheet != "Sheet1" || len(res.Answers) != 1 {
		t.Errorf("questionnaire %+v sheet %q answers %v problems %v", res.Questionnaire, res.Sheet, res.Answers, res.Problems)
	}
}

// TestForeignUnknownVersion: a recognised questionnaire in a version no
// mapping covers, or without its version, is refused as a whole with
// ErrUnknownQuestionnaire naming the version and what is supported; an
// unrecognised workbook is not taken for a foreign one.
func TestForeignUnknownVersion(t *testing.T) {
	hecvat211 := func() []byte {
		b := &fbook{}
		return b.build(t, []fsheet{{name: "HECVAT - Full", rows: [][]string{{b.s("A1", "HECVAT - Full"), b.s("E1", "Version 2.11")},
			{is("A3", "DATE-01"), num("C3", 43000)}, {is("A10", "HFIH-01"), b.s("C10", "Yes")}}}}, "")
	}
	noVersion := func() []byte {
		b := &fbook{}
		return b.build(t, []fsheet{{name: "HECVAT - Lite | Vendor Response", rows: [][]string{{b.s("A2", "HECVAT - Lite")},
			{is("A10", "HFIH-01"), b.s("C10", "Yes")}}}}, "")
	}
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"CAIQ v3.0.1", caiqBook(t, "CSA CAIQ v3.0.1", "v3.0.1", caiqRows[:2], false), `CSA CAIQ v3.0.1: unknown questionnaire "CAIQ v3.0.1" (allowed: CAIQ test, HECVAT test)`},
		{"CAIQ v4.1.0", caiqBook(t, "CAIQv4.1.0", "v4.1.0", caiqRows[:2], false), `CAIQv4.1.0: unknown questionnaire "CAIQ v4.1.0"`},
		{"HECVAT 2.11", hecvat211(), `HECVAT - Full!E1: unknown questionnaire "HECVAT Full v2.11"`},
		{"no version", noVersion(), `HECVAT - Lite | Vendor Response: unknown questionnaire "HECVAT Lite"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(string(tt.file)), int64(len(tt.file)), foreignOpts(nil, caiqMapping, hecvatFullMapping))
			ce, ok := err.(*CellError)
			if !ok || ce.Code != ErrUnknownQuestionnaire || !strings.HasPrefix(ce.Error(), tt.want) {
				t.Fatalf("error %v, want %s…", err, tt.want)
			}
			if ja := ce.Message("ja"); !strings.Contains(ja, "何も記録していません") {
				t.Errorf("Japanese message %q", ja)
			}
		})
	}
}

var hecvatFullMapping = foreign.Mapping{Questionnaire: "hecvat-full", Versions: "3.x", Name: "HECVAT test", Source: "hecvat-test.yaml",
	Links: []foreign.Link{
		flink("DOCU-03", "SV-AUDIT", riskassess.StrengthFull),
		flink("THRD-02", "SV-CHAIN", riskassess.StrengthFull),
		flink("HFIH-01", "SV-EXIT", riskassess.StrengthPartial),
		flink("DATA-01", "SV-NA", riskassess.StrengthFull),
	}}

// hecvat3 builds a HECVAT 3.x vendor workbook (SOURCES.md §2.6–2.7): the
// vendor sheet with the title, "Version 3.0x" in E, DATE-01, the GNRL
// block, a section header row (Vendor Answers, Additional Information),
// question texts as VLOOKUP formulas with cached values, answers from a
// defined-name drop-down, a Google-Sheets-style dimension; the analyst and
// summary sheets with IDs and answers of their own, and the hidden Values
// sheet the drop-downs point at.
func hecvat3(t testing.TB, variant, version string, accessNote bool, date string) []byte {
	b := &fbook{}
	off := 0
	var rows [][]string
	if accessNote {
		off = 1
		rows = append(rows, []string{b.s("A1", "Cells in this worksheet may contain drop-down lists (synthetic note).")})
	}
	r := func(n int) int { return n + off }
	rows = append(rows, []string{b.s(cellName(1, r(1)), "HECVAT - "+variant+" (synthetic)"), b.s(cellName(5, r(1)), "Version "+version)})
	dateCell := num(cellName(3, r(3)), 45432) // a serial in a General cell
	if date != "" {
		dateCell = b.s(cellName(3, r(3)), date)
	}
	rows = append(rows, []string{is(cellName(1, r(3)), "DATE-01"), b.s(cellName(2, r(3)), "Date"), dateCell})
	rows = append(rows, []string{b.s(cellName(1, r(5)), " General Information"), b.s(cellName(3, r(5)), "Vendor Answers")})
	gnrl := [][2]string{{"Vendor Name", "Synthetic Learning Inc."}, {"Product Name and Version", "Synthetic LMS 9"}, {"Vendor Contact Name", "Pat Example"},
		{"Vendor Contact Email", "pat@example.com"}}
	for i, g := range gnrl {
		n := r(6 + i)
		rows = append(rows, []string{is(cellName(1, n), fmt.Sprintf("GNRL-%02d", i+1)),
			fstr(cellName(2, n), fmt.Sprintf("VLOOKUP(A%d,Questions!A:B,2,FALSE)", n), g[0]), b.s(cellName(3, n), g[1])})
	}
	rows = append(rows, []string{b.s(cellName(1, r(12)), " Documentation"), b.s(cellName(3, r(12)), "Vendor Answers"),
		b.s(cellName(4, r(12)), "Additional Information"), b.s(cellName(5, r(12)), "Guidance"), b.s(cellName(6, r(12)), "Analyst Notes")})
	qs := []struct{ id, answer, info string }{
		{"DOCU-03", "Yes", "SOC 2 Type II, 2024."},
		{"THRD-02", "1) Yes", ""},
		{"HFIH-01", "No", "Being written."},
		{"DATA-01", "N/A", ""},
		{"APPL-01", "Tier III", ""},
		{"VULN-01", "", ""},
	}
	for i, q := range qs {
		n := r(13 + i)
		cells := []string{is(cellName(1, n), q.id), fstr(cellName(2, n), fmt.Sprintf("VLOOKUP(A%d,Questions!A:B,2,FALSE)", n), "Synthetic question "+q.id+"?")}
		if q.answer != "" {
			cells = append(cells, b.s(cellName(3, n), q.answer))
		}
		if q.info != "" {
			cells = append(cells, b.s(cellName(4, n), q.info))
		}
		cells = append(cells, fstr(cellName(5, n), fmt.Sprintf("IF(C%d=\"No\",\"Explain\",\"\")", n), ""))
		rows = append(rows, cells)
	}
	last := r(13 + len(qs) - 1)
	listName := "yes"
	if variant == "Lite" {
		listName = "YesNo"
	}
	vendor := fsheet{name: "HECVAT - " + variant + " | Vendor Response", dim: "A1:Z1000", rows: rows,
		tail: fmt.Sprintf(`<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C%d:C%d"><formula1>%s</formula1></dataValidation></dataValidations>`, r(13), last, listName)}
	// The analyst sheet repeats the ids with answers of its own: never read.
	analyst := fsheet{name: "Analyst Report", rows: [][]string{{b.s("A1", "Analyst Report")},
		{is("A5", "DOCU-03"), b.s("C5", "No")}, {is("A6", "THRD-02"), b.s("C6", "Mark as Non-Compliant")}, {is("A7", "GNRL-01"), b.s("C7", "Other Vendor")}}}
	summary := fsheet{name: "Summary Report", rows: [][]string{{is("A3", "DATA-01"), b.s("C3", "Yes")}}}
	values := fsheet{name: "Values", rows: [][]string{{b.s("A4", "Yes")}, {b.s("A5", "No")}}}
	names := `<definedName name="yes">Values!$A$4:$A$5</definedName><definedName name="yes" localSheetId="3">Values!$A$4:$A$5</definedName>` +
		`<definedName name="YesNo">Values!$A$4:$A$5</definedName><definedName name="dr" localSheetId="3">#REF!</definedName>`
	intro := fsheet{name: "Introduction", rows: [][]string{{b.s("A1", "Synthetic introduction")}}}
	return b.build(t, []fsheet{intro, vendor, analyst, summary, values}, names)
}

// TestForeignHECVAT3: HECVAT Full 3.06 (the accessibility note pushes it
// down a row) and Lite 3.04: only the vendor sheet is read (the analyst
// and summary sheets' answers never count), the respondent comes from the
// GNRL rows, DATE-01 is read in each of its forms, "1) Yes" and "N/A" are
// yes and na, free text is not an answer but kept, and the full links
// answer.
func TestForeignHECVAT3(t *testing.T) {
	lite := hecvatFullMapping
	lite.Questionnaire, lite.Source = "hecvat-lite", "lite-test.yaml"
	tests := []struct {
		name, variant, version string
		note                   bool
		date, wantDate         string
		m                      foreign.Mapping
	}{
		{"Full 3.06 serial date", "Full", "3.06", true, "", "2024-05-20", hecvatFullMapping},
		{"Full 3.04 long date", "Full", "3.04", false, "July 1, 2024", "2024-07-01", hecvatFullMapping},
		{"Lite 3.04 US date", "Lite", "3.04", false, "09/28/2022", "2022-09-28", lite},
		{"Lite 3.01 ISO date", "Lite", "3.01", false, "2022-09-28", "2022-09-28", lite},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := readBytes(t, hecvat3(t, tt.variant, tt.version, tt.note, tt.date), foreignOpts(nil, caiqMapping, tt.m))
			if res.HasErrors() || res.Questionnaire == nil {
				t.Fatalf("problems %v", res.Problems)
			}
			w := res.Questionnaire
			if want := "HECVAT " + tt.variant + " v" + tt.version; w.Label() != want || res.Sheet != "HECVAT - "+tt.variant+" | Vendor Response" {
				t.Errorf("label %q sheet %q, want %q", w.Label(), res.Sheet, want)
			}
			wantResp := riskassess.Respondent{Company: "Synthetic Learning Inc.", Person: "Pat Example", Contact: "pat@example.com", Date: day(t, tt.wantDate)}
			if res.Respondent != wantResp {
				t.Errorf("respondent %+v, want %+v", res.Respondent, wantResp)
			}
			var got []string
			for _, a := range w.Answers {
				got = append(got, a.ID+"="+a.Value+"|"+a.Raw)
			}
			want := []string{"GNRL-01=|Synthetic Learning Inc.", "GNRL-02=|Synthetic LMS 9", "GNRL-03=|Pat Example", "GNRL-04=|pat@example.com",
				"DOCU-03=yes|Yes", "THRD-02=yes|1) Yes", "HFIH-01=no|No", "DATA-01=na|N/A", "APPL-01=|Tier III", "VULN-01=|"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("answers (-want +got):\n%s", diff)
			}
			wantAns := map[string]string{"Q-SV-AUDIT": "yes", "Q-SV-CHAIN": "yes", "Q-SV-NA": "na"}
			gotAns := map[string]string{}
			for id, a := range res.Answers {
				gotAns[id] = a.Value
			}
			if diff := cmp.Diff(wantAns, gotAns); diff != "" {
				t.Errorf("mapped answers (-want +got):\n%s", diff)
			}
			label := w.Label()
			if c := res.Answers["Q-SV-AUDIT"].Comment; c != label+" DOCU-03: Yes SOC 2 Type II, 2024." {
				t.Errorf("provenance %q", c)
			}
			if len(res.Evidence) != 1 || res.Evidence[0].Question != "HFIH-01" || res.Evidence[0].Answer != "No" {
				t.Errorf("evidence %+v", res.Evidence)
			}
		})
	}
}

// TestForeignHECVAT3BadDate: an unreadable DATE-01 is a warning; the rest
// is imported.
func TestForeignHECVAT3BadDate(t *testing.T) {
	res := readBytes(t, hecvat3(t, "Lite", "3.06", true, "sometime in 2024"), foreignOpts(nil, hecvatFullMapping, foreign.Mapping{
		Questionnaire: "hecvat-lite", Versions: "3.x", Name: "lite", Links: hecvatFullMapping.Links}))
	if res.HasErrors() || len(res.Problems) != 1 || res.Problems[0].Code != ErrForeignDate || res.Problems[0].Pos() != "HECVAT - Lite | Vendor Response!C4" ||
		!res.Respondent.Date.IsZero() || len(res.Answers) != 3 {
		t.Errorf("problems %v, date %v, answers %d", res.Problems, res.Respondent.Date, len(res.Answers))
	}
}

var hecvat4Mapping = foreign.Mapping{Questionnaire: "hecvat", Versions: "4.x", Name: "HECVAT 4 test", Source: "h4.yaml",
	Links: []foreign.Link{
		flink("DOCU-03", "SV-AUDIT", riskassess.StrengthFull),
		flink("THRD-02", "SV-CHAIN", riskassess.StrengthPartial),
	}}

// TestForeignHECVAT4: HECVAT 4.1.4: the answer sheets are read (the GNRL
// block repeated on each, as formulas, is read once), Date Completed on
// START HERE is the respondent's date, and the evaluation and scoring
// sheets, whose cells hold ids and "Mark as Compliant", are never read.
func TestForeignHECVAT4(t *testing.T) {
	b := &fbook{}
	top := func(sheet string) [][]string {
		return [][]string{
			{b.s("A1", "Cells in this worksheet may contain cells with dropdown lists (synthetic).")},
			{b.s("A2", "HECVAT (synthetic)"), b.s("F2", "Version 4.1.4")},
			{b.s("A3", "Date Completed"), func() string {
				if sheet == "START HERE" {
					return b.s("C3", "July 1, 2024")
				}
				return fstr("C3", "'START HERE'!C3", "July 1, 2024")
			}()},
			{is("A13", "GNRL-01"), fstr("B13", "VLOOKUP(A13,Questions!A:B,2,FALSE)", "Solution Provider Name"), func() string {
				if sheet == "START HERE" {
					return b.s("C13", "Synthetic Cloud KK")
				}
				return fstr("C13", "'START HERE'!C13", "Synthetic Cloud KK")
			}()},
		}
	}
	start := fsheet{name: "START HERE", rows: top("START HERE")}
	org := fsheet{name: "Organization", dim: "A1:H1048576", rows: append(top("Organization"),
		[]string{b.s("A22", " Documentation"), b.s("C22", "Answer"), b.s("D22", "Additional Information"), b.s("E22", "Guidance"), b.s("F22", "Analyst Notes")},
		[]string{is("A23", "DOCU-03"), fstr("B23", "VLOOKUP(A23,Questions!A:C,3,FALSE)", "Synthetic audit question?"), b.s("C23", "Yes"), b.s("D23", "SOC 2 report on request"), b.s("G23", "End Table Data")},
		[]string{is("A24", "THRD-02"), fstr("B24", "VLOOKUP(A24,Questions!A:C,3,FALSE)", "Synthetic third-party question?"), b.s("C24", "Yes")},
	)}
	eval := fsheet{name: "Institution Evaluation", rows: [][]string{{is("A5", "DOCU-03"), b.s("C5", "Mark as Non-Compliant")}, {is("A6", "GNRL-01"), b.s("C6", "Evaluator")}}}
	scoring := fsheet{name: "(backend scoring)", rows: [][]string{{is("A2", "THRD-02"), b.s("C2", "No")}}}
	file := b.build(t, []fsheet{start, org, {name: "Privacy", rows: top("Privacy")}, eval, scoring,
		{name: "Auto Responses", rows: [][]string{{b.s("J3", "Yes")}, {b.s("J4", "No")}}}}, "")
	res := readBytes(t, file, foreignOpts(nil, hecvat4Mapping))
	if res.HasErrors() || res.Questionnaire == nil {
		t.Fatalf("problems %v", res.Problems)
	}
	if res.Questionnaire.Label() != "HECVAT v4.1.4" || res.Rows != 3 || res.Respondent.Company != "Synthetic Cloud KK" || res.Respondent.Date != day(t, "2024-07-01") {
		t.Errorf("label %q rows %d respondent %+v", res.Questionnaire.Label(), res.Rows, res.Respondent)
	}
	if a := res.Answers["Q-SV-AUDIT"]; a.Value != "yes" || a.Cell != "Organization!C23" || a.Comment != "HECVAT v4.1.4 DOCU-03: Yes SOC 2 report on request" {
		t.Errorf("Q-SV-AUDIT %+v", a)
	}
	if len(res.Answers) != 1 || len(res.Evidence) != 1 || res.Evidence[0].Answer != "Yes" {
		t.Errorf("answers %v evidence %v", res.Answers, res.Evidence)
	}
}

// TestForeignWithoutMappings: without ReadOptions.Mappings a CAIQ is read
// the generic way, as before (and refused against a catalogue as few
// matched).
func TestForeignWithoutMappings(t *testing.T) {
	opts := foreignOpts(nil)
	opts.Mappings = nil
	res := readBytes(t, caiqBook(t, "CAIQv4.0.3", "v4.0.3", caiqRows, false), opts)
	if res.Questionnaire != nil || len(res.Problems) != 1 || res.Problems[0].Code != ErrFewMatched {
		t.Errorf("questionnaire %v problems %v", res.Questionnaire, res.Problems)
	}
}

func day(t testing.TB, s string) riskassess.Date {
	t.Helper()
	d, err := riskassess.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestForeignHECVAT3DateShown: DATE-01 typed as 7/1 is stored as a day of
// the year it was typed in, shown without a year (d-mmm); as Jul-24 as the
// 1st of the month, shown without a day: a warning, the respondent's date
// left empty (never a day the vendor did not give). A full date cell is
// read.
func TestForeignHECVAT3DateShown(t *testing.T) {
	for _, c := range []struct {
		numFmt int
		want   string // "" when refused with ErrForeignDate
	}{{16, ""}, {17, ""}, {56, ""}, {14, "2024-05-20"}, {0, "2024-05-20"}} {
		b := hecvat3(t, "Lite", "3.06", true, "")
		found := false
		b = rezip(t, b, func(name string, data []byte) []byte {
			if !strings.Contains(string(data), `<c r="C4"><v>45432</v></c>`) {
				return nil
			}
			found = true
			return []byte(strings.Replace(string(data), `<c r="C4">`, `<c r="C4" s="1">`, 1))
		})
		if !found {
			t.Fatal("no date cell C4")
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
		}
		w, _ := zw.Create("xl/styles.xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="%d"/></cellXfs></styleSheet>`, c.numFmt)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		res := readBytes(t, buf.Bytes(), foreignOpts(nil, hecvatFullMapping, foreign.Mapping{
			Questionnaire: "hecvat-lite", Versions: "3.x", Name: "lite", Links: hecvatFullMapping.Links}))
		var codes []ErrorCode
		for _, p := range res.Problems {
			codes = append(codes, p.Code)
		}
		var wantCodes []ErrorCode
		if c.want == "" {
			wantCodes = []ErrorCode{ErrForeignDate}
		}
		got := ""
		if !res.Respondent.Date.IsZero() {
			got = res.Respondent.Date.String()
		}
		if diff := cmp.Diff(wantCodes, codes); diff != "" || got != c.want {
			t.Errorf("format %d: date %q, want %q; problems (-want +got):\n%s", c.numFmt, got, c.want, diff)
		}
	}
}

// TestForeignFormulaNoValue: a CAIQ answer or comment cell holding a
// formula saved without its value (<f> and no <v>) reads as blank with an
// ErrUncalculated warning at the cell, never silently; a merged answer
// whose top-left cell holds one warns too.
func TestForeignFormulaNoValue(t *testing.T) {
	b := caiqBook(t, "CAIQv4.0.3", "v4.0.3", caiqRows, false)
	b = rezip(t, b, func(name string, data []byte) []byte {
		if name != "xl/worksheets/sheet2.xml" {
			return nil
		}
		s := string(data)
		// A&A-02.1 (row 5): the answer a formula; STA-12.1 (row 10): the
		// description; IPY-04.1 (row 8) merged over C8:C9 (STA-03.1) with a formula.
		s = regexp.MustCompile(`<c r="C5"[^>]*><v>[^<]*</v></c>`).ReplaceAllString(s, `<c r="C5" t="str"><f>IF(TRUE,"Yes")</f></c>`)
		s = regexp.MustCompile(`<c r="E10"[^>]*><v>[^<]*</v></c>`).ReplaceAllString(s, `<c r="E10"><f>CONCAT("Not ","yet.")</f><v></v></c>`)
		s = strings.Replace(s, `<c r="B8"`, `<c r="C8" t="str"><f>IF(TRUE,"Yes")</f></c><c r="B8"`, 1)
		s = strings.Replace(s, `<mergeCells count="`, `<mergeCells count="1`, 1) // one more, below
		s = strings.Replace(s, `</mergeCells>`, `<mergeCell ref="C8:C9"/></mergeCells>`, 1)
		return []byte(s)
	})
	res := readBytes(t, b, foreignOpts(nil, caiqMapping))
	var got []string
	for _, p := range res.Problems {
		got = append(got, fmt.Sprintf("%s %v %s %v", p.Pos(), p.Code, p.Value, p.Severity()))
	}
	want := []string{
		"CAIQv4.0.3!C5 formula without a value A&A-02.1 warning",
		"CAIQv4.0.3!C8 formula without a value IPY-04.1 warning",
		"CAIQv4.0.3!C9 formula without a value STA-03.1 warning",
		"CAIQv4.0.3!E10 formula without a value STA-12.1 warning",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if _, ok := res.Answers["Q-SV-AUDIT"]; ok {
		t.Errorf("Q-SV-AUDIT answered by a formula without a value: %+v", res.Answers["Q-SV-AUDIT"])
	}
}

// TestForeignDuplicateRowShown: a CAIQ answering one id twice, differently,
// is refused with an ErrDuplicateRow error at the second row that names no
// QuestionID (the id is the CAIQ's, not one of our questions: import lists
// a problem with a QuestionID only beside that question's item, and no
// item has a CAIQ id, so the error was never shown, only "not recorded").
func TestForeignDuplicateRowShown(t *testing.T) {
	rows := append(append([]caiqRow(nil), caiqRows...), caiqRow{"STA-12.1", "Yes", "CSP-owned", ""})
	res := readBytes(t, caiqBook(t, "CAIQv4.0.3", "v4.0.3", rows, false), foreignOpts(nil, caiqMapping))
	var got []string
	for _, p := range res.Problems {
		got = append(got, fmt.Sprintf("%s %v %s question=%q", p.Pos(), p.Code, p.Value, p.QuestionID))
	}
	want := []string{`CAIQv4.0.3!A12 duplicate question row STA-12.1 question=""`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if !res.HasErrors() {
		t.Error("a CAIQ answering STA-12.1 twice, differently, was not refused")
	}
}

// TestForeignDuplicateRowSameAnswer: a repeated id whose answer differs only
// in case or width (Yes, yes, ＹＥＳ) gives the same answer and is read once,
// not refused as "answered differently (Yes and yes)".
func TestForeignDuplicateRowSameAnswer(t *testing.T) {
	rows := append(append([]caiqRow(nil), caiqRows...), caiqRow{"UEM-14.1", "yes", "CSP-owned", ""}, caiqRow{"A&A-01.2", "ＮＯ", "", ""})
	res := readBytes(t, caiqBook(t, "CAIQv4.0.3", "v4.0.3", rows, false), foreignOpts(nil, caiqMapping))
	if res.HasErrors() {
		t.Errorf("refused: %v", res.Problems)
	}
}

// TestForeignHECVAT3DateToday: DATE-01 holding =TODAY() (or a formula
// built on it or on NOW()) caches the day the file was last calculated
// and saved, by whoever saved it, not a day the vendor gave: a warning,
// the respondent's date left empty. A formula of a fixed day is read.
func TestForeignHECVAT3DateToday(t *testing.T) {
	for _, c := range []struct {
		name, cell string // the XML of cell C4
		want       string // "" when warned with ErrForeignDate
	}{
		{"=TODAY()", `<c r="C4"><f>TODAY()</f><v>45432</v></c>`, ""},
		{"=NOW() lower case", `<c r="C4"><f>now()</f><v>45432.5</v></c>`, ""},
		{"=TEXT(TODAY(),…)", `<c r="C4" t="str"><f>TEXT(TODAY(),"mm/dd/yyyy")</f><v>05/20/2024</v></c>`, ""},
		{"=DATE(YEAR(NOW()),5,20)", `<c r="C4"><f>DATE(YEAR(NOW()),5,20)</f><v>45432</v></c>`, ""},
		{"=DATE(2024,5,20)", `<c r="C4"><f>DATE(2024,5,20)</f><v>45432</v></c>`, "2024-05-20"},
		{"typed", `<c r="C4"><v>45432</v></c>`, "2024-05-20"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := rezip(t, hecvat3(t, "Lite", "3.06", true, ""), func(name string, data []byte) []byte {
				if !strings.Contains(string(data), `<c r="C4"><v>45432</v></c>`) {
					return nil
				}
				return []byte(strings.Replace(string(data), `<c r="C4"><v>45432</v></c>`, c.cell, 1))
			})
			res := readBytes(t, b, foreignOpts(nil, hecvatFullMapping, foreign.Mapping{
				Questionnaire: "hecvat-lite", Versions: "3.x", Name: "lite", Links: hecvatFullMapping.Links}))
			type out struct {
				Date     string
				Problems []string
				Answers  int
			}
			got := out{Answers: len(res.Answers)}
			if !res.Respondent.Date.IsZero() {
				got.Date = res.Respondent.Date.String()
			}
			for _, p := range res.Problems {
				got.Problems = append(got.Problems, p.Pos()+" "+p.Code.String())
			}
			want := out{Date: c.want, Answers: 3}
			if c.want == "" {
				want.Problems = []string{"HECVAT - Lite | Vendor Response!C4 foreign date"}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if c.want == "" && len(res.Problems) > 0 && !strings.Contains(res.Problems[0].Message("en"), "TODAY()") {
				t.Errorf("message: %s", res.Problems[0].Message("en"))
			}
		})
	}
}

// TestForeignNotes: a note on the answer or comment cell of a question row
// of a foreign questionnaire (a CAIQ here) was never read: a caveat a
// vendor put on a Yes (Only with the premium plan) went without a word.
// Such a note is a warning at its cell naming the question; the answers
// are imported as before. Notes elsewhere (a template's guidance on the
// header or a question) are not looked at.
func TestForeignNotes(t *testing.T) {
	type out struct {
		Warned  []string // cells warned with ErrForeignNote
		Errors  bool
		Answers int
	}
	for _, tc := range []struct {
		name  string
		cells []string // cells of the CAIQ sheet with a note
		want  out
	}{
		{"no note", nil, out{Answers: 3}},
		{"on a Yes", []string{"C5"}, out{Warned: []string{"C5"}, Answers: 3}},
		{"on the description", []string{"E5"}, out{Warned: []string{"E5"}, Answers: 3}},
		{"on a blank answer", []string{"C8"}, out{Warned: []string{"C8"}, Answers: 3}},
		{"on the header and a question text", []string{"C2", "B5"}, out{Answers: 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := caiqBook(t, "CAIQv4.0.3", "v4.0.3", caiqRows, false)
			if len(tc.cells) > 0 {
				b = addNotes(t, b, "A&amp;A-01.1", tc.cells, "Only with the premium plan")
			}
			res := readBytes(t, b, foreignOpts(nil, caiqMapping))
			got := out{Errors: res.HasErrors(), Answers: len(res.Answers)}
			for _, p := range res.Problems {
				if p.Code == ErrForeignNote {
					got.Warned = append(got.Warned, p.Cell)
					if ja, en := p.Message("ja"), p.Message("en"); !strings.Contains(ja, "Only with the premium plan") || !strings.Contains(ja, "質問「") ||
						!strings.Contains(en, "question ") || strings.ContainsFunc(strings.ReplaceAll(en, "CAIQv4.0.3", ""), func(r rune) bool { return r >= 0x3000 }) {
						t.Errorf("messages:\n%s\n%s", ja, en)
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s\n%v", diff, res.Problems)
			}
		})
	}
}

// addNotes returns the workbook b with a note (text) on each of cells of
// the sheet whose XML holds marker, as Excel writes them: a comments part
// the sheet's relationships point at.
func addNotes(t testing.TB, b []byte, marker string, cells []string, text string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	sheet := ""
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/sheet") {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, _ := io.ReadAll(rc)
			rc.Close()
			if strings.Contains(string(data), marker) {
				sheet = f.Name
			}
		}
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	if sheet == "" {
		t.Fatalf("no sheet holds %s", marker)
	}
	rels, _ := zw.Create("xl/worksheets/_rels/" + strings.TrimPrefix(sheet, "xl/worksheets/") + ".rels")
	io.WriteString(rels, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
		`<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments9.xml"/></Relationships>`)
	cm, _ := zw.Create("xl/comments9.xml")
	io.WriteString(cm, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>vendor</author></authors><commentList>`)
	for _, c := range cells {
		fmt.Fprintf(cm, `<comment ref="%s" authorId="0"><text><r><t>%s</t></r></text></comment>`, c, text)
	}
	io.WriteString(cm, `</commentList></comments>`)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
