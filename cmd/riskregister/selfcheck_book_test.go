package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// bookSection is the example's section with entries of every kind.
const bookSection = "gikai-koho"

// bookRegister copies the example register without its answers into a
// temporary folder.
func bookRegister(t *testing.T) string {
	t.Helper()
	needExample(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	stripAnswers(t, dir)
	return dir
}

// entryFiles returns the bytes of every entry file of the register dir.
func entryFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, k := range riskassess.Kinds() {
		files, _ := filepath.Glob(filepath.Join(dir, k.Dir(), "*.yaml"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f)] = b
		}
	}
	return out
}

// bookRows returns, per entry key, the rows (1-based) and question ids of
// the questions sheet of a self-check book.
func bookRows(t *testing.T, f *excelize.File) (order []string, rows map[string][]int, ids map[string][]string) {
	t.Helper()
	all, err := f.GetRows("質問")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) == 0 || len(all[0]) < 8 || all[0][1] != "エントリ" || all[0][5] != "回答" {
		t.Fatalf("questions header %v: want ID, エントリ, 対象, 分類, 質問, 回答, …", all[0])
	}
	rows, ids = map[string][]int{}, map[string][]string{}
	for i, r := range all[1:] {
		if len(r) < 2 {
			continue
		}
		if rows[r[1]] == nil {
			order = append(order, r[1])
		}
		rows[r[1]] = append(rows[r[1]], i+2)
		ids[r[1]] = append(ids[r[1]], r[0])
	}
	return order, rows, ids
}

// fillChecker fills the checker fields of a self-check's cover.
func fillChecker(t *testing.T, f *excelize.File) {
	t.Helper()
	setCover(t, f, "点検者", "広報 太郎")
	setCover(t, f, "所属・職名", "広報課 課長")
	setCover(t, f, "点検日", "2026/11/20")
}

// TestSelfCheckBookSection: questionnaire --self-check --section writes one
// workbook with every entry the section owns (all kinds, council questions
// only, records left out) and the council-wide sheet; filled in and
// imported, it appends one council record with the checker to each entry;
// imported again, it records nothing.
func TestSelfCheckBookSection(t *testing.T) {
	const asOf = "2026-11-27"
	dir := bookRegister(t)
	reg, reqs := loadCatalogued(t, dir)
	var want []string
	kinds := map[riskassess.Kind]bool{}
	for _, e := range reg.Entries() {
		if e.Base().Owner.Section == bookSection && !riskassess.Record(e) {
			want = append(want, xlsx.EntryKey(e))
			kinds[e.Kind()] = true
		}
	}
	if len(kinds) < 2 {
		t.Fatalf("section %s owns entries of %d kinds: the test proves little", bookSection, len(kinds))
	}
	p := filepath.Join(t.TempDir(), "koho.xlsx")
	code, stdout, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", "2026-11-20", "--self-check", "--section", bookSection, "--fiscal-year", "2026", "-o", p)
	if code != 0 {
		t.Fatalf("questionnaire: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "自己点検（2026年度） エントリ "+strconv.Itoa(len(want))+" 件") {
		t.Errorf("stdout %q", stdout)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"表紙", "議会全体", "質問", "_meta"}, f.GetSheetList()); diff != "" {
		t.Errorf("sheets (-want +got):\n%s", diff)
	}
	if v, _ := f.GetSheetVisible("_meta"); v {
		t.Error("_meta is visible")
	}
	order, rows, ids := bookRows(t, f)
	if diff := cmp.Diff(want, order); diff != "" {
		t.Errorf("entries listed (-want +got):\n%s", diff)
	}
	for _, key := range order {
		k, _, _ := strings.Cut(key, "/")
		var council []string
		for _, q := range xlsx.SelfCheckQuestionsFor(reqs, riskassess.Kind(k)) {
			council = append(council, q.ID)
		}
		if diff := cmp.Diff(council, ids[key]); diff != "" {
			t.Errorf("%s: questions (-council +asked):\n%s", key, diff)
		}
	}
	council, _ := f.GetRows("議会全体")
	var items []string
	for _, r := range council[1:] {
		if len(r) > 2 && strings.HasPrefix(r[0], "CW-") {
			items = append(items, r[0])
		}
	}
	if diff := cmp.Diff([]string{"CW-01", "CW-02", "CW-03", "CW-04"}, items); diff != "" {
		t.Errorf("council-wide items (-want +got):\n%s", diff)
	}

	// Answer the first yes/no question of every entry.
	answered := map[string]string{}
	for _, key := range order {
		r := rows[key][0]
		if err := f.SetCellStr("質問", "F"+strconv.Itoa(r), "はい"); err != nil {
			t.Fatal(err)
		}
		answered[key] = ids[key][0]
	}
	fillChecker(t, f)
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	// A dry run in JSON: the file with its scope and one report per entry;
	// nothing written.
	before := entryFiles(t, dir)
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", asOf, "--dry-run", "--format", "json", p)
	if code != 0 {
		t.Fatalf("import --dry-run: exit %d\n%s\n%s", code, stdout, stderr)
	}
	var reports []struct {
		Scope    string `json:"scope"`
		By       string `json:"by"`
		Recorded bool   `json:"recorded"`
		Entries  []struct {
			Kind, Entry string
			Recorded    bool
			Counts      map[string]int
		} `json:"entries"`
	}
	if err := json.Unmarshal([]byte(stdout), &reports); err != nil || len(reports) != 1 {
		t.Fatalf("JSON report: %v\n%s", err, stdout)
	}
	rp := reports[0]
	if rp.Scope != "section:"+bookSection || rp.By != "council" || rp.Recorded || len(rp.Entries) != len(order) {
		t.Errorf("JSON report: scope %q by %q recorded %v, %d entries (want %d)", rp.Scope, rp.By, rp.Recorded, len(rp.Entries), len(order))
	}
	for i, e := range rp.Entries {
		if i < len(order) && (e.Kind+"/"+e.Entry != order[i] || e.Recorded || e.Counts["imported"] < 1 || e.Counts["error"] != 0) {
			t.Errorf("JSON entry %d: %+v, want %s with answers imported, no error, not recorded", i, e, order[i])
		}
	}
	if diff := cmp.Diff(before, entryFiles(t, dir)); diff != "" {
		t.Errorf("--dry-run changed files:\n%s", diff)
	}

	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", asOf, p)
	if code != 0 {
		t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "【自己点検】 課 "+bookSection) || !strings.Contains(stdout, strconv.Itoa(len(order))+" 件のエントリに記録しました") {
		t.Errorf("import report:\n%s", stdout)
	}
	reg2, err := store.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	wantResp := riskassess.Respondent{Person: "広報 太郎", Contact: "広報課 課長", Date: riskassess.Date{Year: 2026, Month: 11, Day: 20}}
	for _, key := range order {
		k, id, _ := strings.Cut(key, "/")
		b := reg2.Entry(riskassess.Kind(k), id).Base()
		if len(b.Assessments) != 1 {
			t.Errorf("%s: %d records, want 1", key, len(b.Assessments))
			continue
		}
		rec := b.Assessments[0]
		if rec.By != riskassess.AttestCouncil || rec.Source != "koho.xlsx" || rec.Respondent != wantResp || !slices.Contains(rec.Answered, answered[key]) {
			t.Errorf("%s: record %+v: want by council, koho.xlsx, the checker, answering %s", key, rec, answered[key])
		}
		if b.Answers[answered[key]].Value != "yes" {
			t.Errorf("%s: answer %s = %+v", key, answered[key], b.Answers[answered[key]])
		}
	}

	// The same file again: nothing recorded.
	before = entryFiles(t, dir)
	code, stdout, stderr = execCLI(t, "import", "--register", dir, "--as-of", asOf, p)
	if code != 0 || !strings.Contains(stdout, "記録することはありません") {
		t.Errorf("second import: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if diff := cmp.Diff(before, entryFiles(t, dir)); diff != "" {
		t.Errorf("the second import changed files:\n%s", diff)
	}
}

// TestSelfCheckBookAllOrNothing: one unreadable answer in the last entry's
// rows of a whole-council self-check, a row moved to an entry the workbook
// does not list, or a blank checker: the import exits 1 naming the cell and
// writes no entry file at all.
func TestSelfCheckBookAllOrNothing(t *testing.T) {
	const asOf = "2026-11-27"
	dir := bookRegister(t)
	p := filepath.Join(t.TempDir(), "all.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", asOf, "--self-check", "--all", "-o", p); code != 0 {
		t.Fatalf("questionnaire --all: exit %d: %s", code, stderr)
	}
	before := entryFiles(t, dir)
	for _, tc := range []struct {
		name  string
		edit  func(f *excelize.File, order []string, rows map[string][]int) string // returns what the output must name
		check bool
	}{
		{"bad answer in the last entry", func(f *excelize.File, order []string, rows map[string][]int) string {
			for _, key := range order {
				f.SetCellStr("質問", "F"+strconv.Itoa(rows[key][0]), "はい")
			}
			last := rows[order[len(order)-1]]
			cell := "F" + strconv.Itoa(last[len(last)-1])
			f.SetCellStr("質問", cell, "たぶん")
			return "質問!" + cell
		}, true},
		{"row moved to an unlisted entry", func(f *excelize.File, order []string, rows map[string][]int) string {
			f.SetCellStr("質問", "F"+strconv.Itoa(rows[order[0]][0]), "はい")
			cell := "B" + strconv.Itoa(rows[order[1]][0])
			f.SetCellStr("質問", cell, "contractor/not-listed")
			return "質問!" + cell
		}, true},
		{"no checker", func(f *excelize.File, order []string, rows map[string][]int) string {
			f.SetCellStr("質問", "F"+strconv.Itoa(rows[order[0]][0]), "はい")
			return "点検者が空欄です"
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := excelize.OpenFile(p)
			if err != nil {
				t.Fatal(err)
			}
			order, rows, _ := bookRows(t, f)
			if len(order) < 3 {
				t.Fatalf("%d entries", len(order))
			}
			must := tc.edit(f, order, rows)
			if tc.check {
				fillChecker(t, f)
			}
			q := filepath.Join(t.TempDir(), "all.xlsx")
			if err := f.SaveAs(q); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, q)
			if code != 1 || !strings.Contains(stdout, must) || !strings.Contains(stdout, "どのエントリにも記録しませんでした") {
				t.Errorf("exit %d; want 1 naming %s and recording nothing:\n%s\n%s", code, must, stdout, stderr)
			}
			if diff := cmp.Diff(before, entryFiles(t, dir)); diff != "" {
				t.Errorf("a refused self-check changed entry files:\n%s", diff)
			}
		})
	}
}

// TestSelfCheckBookFlags: the flags of a section's or the council's
// self-check are refused where they do not fit, naming the flag, and
// nothing is written.
func TestSelfCheckBookFlags(t *testing.T) {
	needExample(t)
	o := filepath.Join(t.TempDir(), "s.xlsx")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--section", bookSection}, "--self-check"},
		{[]string{"--self-check", "--section", bookSection, "--all"}, "--all"},
		{[]string{"--self-check", "--section", bookSection, "--kind", "contractor"}, "--kind"},
		{[]string{"--self-check", "--all", "--entry", "chofu-keibi"}, "--entry"},
		{[]string{"--self-check", "--all", "--return-to", "x"}, "--return-to"},
		{[]string{"--self-check", "--all", "--gap"}, "--gap"},
		{[]string{"--self-check", "--section", "nosuch"}, "nosuch"},
		{[]string{"--self-check", "--all", "--fiscal-year", "26"}, "--fiscal-year"},
	} {
		args := append([]string{"questionnaire", "--register", exampleRegister, "-o", o}, tc.args...)
		code, _, stderr := execCLI(t, args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, %q; want 2 naming %s", tc.args, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(o); err == nil {
		t.Error("a refused self-check wrote its file")
	}
}

// TestForgedSelfCheckRefused: a vendor's reply whose hidden _meta was
// edited to say "by: council", with its checksum recomputed (the
// algorithm is public), must not be recorded as the council's check: it is
// refused because its cover has the vendor's fields, and, with those
// removed too, because it does not list the council's questions. The entry
// file is unchanged.
func TestForgedSelfCheckRefused(t *testing.T) {
	const asOf = "2026-11-27"
	dir := bookRegister(t)
	reg, reqs := loadCatalogued(t, dir)
	const id = "chofu-keibi"
	e := reg.Entry(riskassess.KindContractor, id)
	vp := filepath.Join(t.TempDir(), "vendor.xlsx")
	vq := &xlsx.Questionnaire{Kind: riskassess.KindContractor, Entry: e, Register: reg, Requirements: reqs, CatalogueVersion: catalog.Version}
	if err := vq.WriteFile(vp); err != nil {
		t.Fatal(err)
	}
	forge := func(t *testing.T, clearCover bool) string {
		f, err := excelize.OpenFile(vp)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range vq.Rows() {
			if row.Question.Type == riskassess.AnswerYesNo || row.Question.Type == "" {
				f.SetCellStr("質問", "D"+strconv.Itoa(findRow(t, f, row.Question.ID)), "該当なし")
			}
		}
		meta, _ := f.GetRows("_meta")
		var qids, digests []string
		for _, r := range meta {
			if len(r) > 1 && r[0] == "question" {
				qids = append(qids, r[1])
				if len(r) > 2 {
					digests = append(digests, r[2])
				}
			}
		}
		for i, r := range meta {
			if len(r) > 1 && r[0] == "checksum" {
				f.SetCellStr("_meta", "B"+strconv.Itoa(i+1), xlsx.Checksum(riskassess.KindContractor,
					id+"|by=council|texts="+strings.Join(digests, ","), catalog.Version, qids))
			}
		}
		n := strconv.Itoa(len(meta) + 1)
		f.SetCellStr("_meta", "A"+n, "by")
		f.SetCellStr("_meta", "B"+n, "council")
		if clearCover {
			cover, _ := f.GetRows("表紙")
			for i, r := range cover {
				if len(r) > 0 && (strings.HasPrefix(r[0], "会社名") || strings.HasPrefix(r[0], "法人番号")) {
					f.SetCellStr("表紙", "A"+strconv.Itoa(i+1), "")
					f.SetCellStr("表紙", "B"+strconv.Itoa(i+1), "")
				}
			}
		}
		p := filepath.Join(t.TempDir(), "forged.xlsx")
		if err := f.SaveAs(p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	before := entryFiles(t, dir)
	for _, tc := range []struct {
		name       string
		clearCover bool
		want       string
	}{
		{"vendor cover kept", false, "会社名・法人番号"},
		{"vendor cover cleared", true, "議会が確認する質問"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := forge(t, tc.clearCover)
			// The forgery is consistent: its checksum matches, so only the
			// checks of the content can tell.
			res, err := xlsx.ReadFile(p, xlsx.ReadOptions{})
			if err != nil || res.By != riskassess.AttestCouncil {
				t.Fatalf("forged workbook: %v, by %q", err, res.By)
			}
			for _, pr := range res.Problems {
				if pr.Code == xlsx.ErrBadMeta {
					t.Fatalf("the forgery's checksum does not match, the test proves nothing: %v", pr)
				}
			}
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, p)
			if code != 1 || !strings.Contains(stdout, "自己点検票ではありません") || !strings.Contains(stdout, tc.want) {
				t.Errorf("exit %d; want 1, not a self-check, naming %q:\n%s\n%s", code, tc.want, stdout, stderr)
			}
			if diff := cmp.Diff(before, entryFiles(t, dir)); diff != "" {
				t.Errorf("the forged self-check changed entry files:\n%s", diff)
			}
		})
	}
	// The genuine vendor reply still imports as the vendor's.
	fillRespondent(t, vp)
	var out bytes.Buffer
	code := run([]string{"import", "--register", dir, "--as-of", asOf, vp}, &out, &out)
	if code != 0 || strings.Contains(out.String(), "【自己点検】") {
		t.Errorf("vendor import: exit %d\n%s", code, out.String())
	}
}

// TestSelfCheckFiscalYearForms: the self-check's --fiscal-year reads the
// same forms as due's (2026, R8, 令和8年度, FY2026) and they give the same
// workbook; an era year the era never had is refused naming the flag.
func TestSelfCheckFiscalYearForms(t *testing.T) {
	needExample(t)
	dir := t.TempDir()
	var books [][]byte
	for i, fy := range []string{"2026", "R8", "令和8年度", "FY2026"} {
		o := filepath.Join(dir, strconv.Itoa(i)+".xlsx")
		code, _, stderr := execCLI(t, "questionnaire", "--register", exampleRegister, "--as-of", "2025-05-01", "--self-check", "--all", "--fiscal-year", fy, "-o", o)
		if code != 0 {
			t.Fatalf("--fiscal-year %s: exit %d: %s", fy, code, stderr)
		}
		if i == 0 && !strings.Contains(coverText(t, o), "2026") {
			t.Errorf("--fiscal-year 2026: the cover does not name 2026:\n%s", coverText(t, o))
		}
		b, err := os.ReadFile(o)
		if err != nil {
			t.Fatal(err)
		}
		books = append(books, b)
	}
	for i := range books {
		if !bytes.Equal(books[i], books[0]) {
			t.Errorf("workbook %d differs from the one for --fiscal-year 2026", i)
		}
	}
	code, _, stderr := execCLI(t, "questionnaire", "--register", exampleRegister, "--self-check", "--all", "--fiscal-year", "平成32年度", "-o", filepath.Join(dir, "x.xlsx"))
	if code != 2 || !strings.Contains(stderr, "--fiscal-year") || !strings.Contains(stderr, "令和2") {
		t.Errorf("平成32年度: exit %d, %q; want 2 naming --fiscal-year and 令和2", code, stderr)
	}
}

// TestOlderSelfCheckRefused: a self-check checked before one already
// recorded for the entry (last year's workbook found and imported after
// this year's) is refused, a section's book for all its entries, and
// nothing changes; it used to replace the newer answers, its own dated as
// the newest. A later check is still recorded.
func TestOlderSelfCheckRefused(t *testing.T) {
	const asOf = "2026-11-27"
	dir := bookRegister(t)
	tmp := t.TempDir()
	make1 := func(name, checked, answer string) string {
		t.Helper()
		p := filepath.Join(tmp, name)
		// Made on the day checked: a check before the day made is refused.
		if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", strings.ReplaceAll(checked, "/", "-"), "--self-check",
			"--kind", "social", "--entry", "x-chofu-gikai", "-o", p); code != 0 {
			t.Fatalf("questionnaire --self-check: exit %d: %s", code, stderr)
		}
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fillChecker(t, f)
		setCover(t, f, "点検日", checked)
		f.SetCellStr("質問", "D"+strconv.Itoa(findRow(t, f, "Q-SNS-10")), answer)
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	answer := func() string {
		t.Helper()
		return loadEntry(t, dir, riskassess.KindSocial, "x-chofu-gikai").Base().Answers["Q-SNS-10"].Value
	}
	newer, older := make1("r8.xlsx", "2026/11/20", "はい"), make1("r7.xlsx", "2026/03/10", "いいえ")
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, newer); code != 0 || answer() != "yes" {
		t.Fatalf("newer self-check: exit %d, Q-SNS-10 %q\n%s\n%s", code, answer(), stdout, stderr)
	}

	bp := filepath.Join(tmp, "book.xlsx")
	// Last year's book (2025), checked on its last day.
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", "2026-03-31", "--self-check", "--section", bookSection, "--fiscal-year", "2025", "-o", bp); code != 0 {
		t.Fatalf("questionnaire --section: exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(bp)
	if err != nil {
		t.Fatal(err)
	}
	order, rows, _ := bookRows(t, f)
	for _, key := range order {
		f.SetCellStr("質問", "F"+strconv.Itoa(rows[key][0]), "はい")
	}
	fillChecker(t, f)
	setCover(t, f, "点検日", "2026/03/31")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}

	before := entryFiles(t, dir)
	for _, p := range []string{older, bp} {
		code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, p)
		if code != 1 || !strings.Contains(stdout, "点検日 2026-11-20、r8.xlsx") {
			t.Errorf("%s: exit %d; want 1 naming the later check:\n%s\n%s", filepath.Base(p), code, stdout, stderr)
		}
		if diff := cmp.Diff(before, entryFiles(t, dir)); diff != "" {
			t.Errorf("%s: the older self-check changed entry files:\n%s", filepath.Base(p), diff)
		}
	}
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, make1("later.xlsx", "2026/11/25", "いいえ")); code != 0 || answer() != "no" {
		t.Errorf("later self-check: exit %d, Q-SNS-10 %q; want 0, no\n%s\n%s", code, answer(), stdout, stderr)
	}
}

// TestSelfCheckAfterRequirementAdded: a self-check made before register.yaml
// gave the council another question is refused (it does not list every
// council question), and the message says the requirements changed and
// to make it again, rather than taking it for an edited vendor workbook.
func TestSelfCheckAfterRequirementAdded(t *testing.T) {
	const asOf = "2026-11-27"
	dir := bookRegister(t)
	p := filepath.Join(t.TempDir(), "self.xlsx")
	if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", asOf, "--self-check",
		"--kind", "social", "--entry", "x-chofu-gikai", "-o", p); code != 0 {
		t.Fatalf("questionnaire --self-check: exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatal(err)
	}
	fillChecker(t, f)
	f.SetCellStr("質問", "D"+strconv.Itoa(findRow(t, f, "Q-SNS-10")), "はい")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	rp := filepath.Join(dir, "register.yaml")
	y, err := os.ReadFile(rp)
	if err != nil {
		t.Fatal(err)
	}
	const add = `
    - id: ORG-02
      kinds: [social]
      title: { ja: 会期中の投稿確認, en: Posting check during sessions }
      text: { ja: 会期中の投稿は係長が確認すること。, en: Posts during sessions are checked by the unit head. }
      clause: 6(7)
      severity: low
      weight: 1
      attested_by: council
      question:
        id: Q-ORG-02
        text: { ja: 会期中の投稿を係長が確認していますか。, en: "Does the unit head check posts during sessions?" }
        type: yesno
        category: { ja: 議会固有, en: Council-specific }
      expect: "yes"
      remediation: { ja: 確認してください。, en: Check them. }
`
	if !bytes.HasSuffix(bytes.TrimRight(y, "\n"), []byte("in the contract or a memorandum.")) {
		t.Fatal("register.yaml no longer ends with requirements.add: the test would not add a requirement")
	}
	if err := os.WriteFile(rp, append(y, add...), 0o644); err != nil {
		t.Fatal(err)
	}
	before := entryFiles(t, dir)
	code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", asOf, p)
	if code != 1 || !strings.Contains(stdout, "Q-ORG-02") || !strings.Contains(stdout, "台帳の要件（register.yaml の requirements）が変わり") ||
		strings.Contains(stdout, "書き換えたもの") {
		t.Errorf("exit %d; want 1 naming Q-ORG-02 and the changed requirements, not an edited workbook:\n%s\n%s", code, stdout, stderr)
	}
	if diff := cmp.Diff(before, entryFiles(t, dir)); diff != "" {
		t.Errorf("the refused self-check changed entry files:\n%s", diff)
	}
}

// TestSelfCheckBookRetiredLater: a whole-council self-check as of a date
// before an entry was retired lists that entry (it was in use then), and one
// as of a later date does not. The list used the undated Record, leaving
// out an entry retired later while the council worksheet counted it.
func TestSelfCheckBookRetiredLater(t *testing.T) {
	needExample(t)
	dir := copyExample(t) // services/chukei-old was retired on 2026-04-15
	for _, tc := range []struct {
		asOf string
		want bool
	}{{"2026-03-31", true}, {"2026-11-27", false}} {
		p := filepath.Join(t.TempDir(), "all.xlsx")
		if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", tc.asOf, "--self-check", "--all", "-o", p); code != 0 {
			t.Fatalf("as of %s: exit %d: %s", tc.asOf, code, stderr)
		}
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows("質問")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, r := range rows {
			if slices.ContainsFunc(r, func(c string) bool { return strings.Contains(c, "chukei-old") }) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("self-check as of %s lists chukei-old: %v, want %v", tc.asOf, got, tc.want)
		}
	}
}

// TestOlderVendorReplyRefused: a vendor questionnaire answered before a
// reply already recorded (an old copy sent again, outside a round) is
// refused as an older self-check is: recorded, its older answers replaced
// the newer ones, dated as the newest (Q-OUT-06 はい of June became いいえ
// of February, reported as "はい (2026-06-15) → いいえ (2026-07-01)").
func TestOlderVendorReplyRefused(t *testing.T) {
	dir := qWriteRegister(t)
	tmp := t.TempDir()
	make1 := func(name, answered, answer string) string {
		t.Helper()
		p := filepath.Join(tmp, name)
		if code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", "2026-01-10",
			"--kind", "contractor", "--entry", "acme", "-o", p); code != 0 {
			t.Fatalf("questionnaire: exit %d: %s", code, stderr)
		}
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatal(err)
		}
		setCover(t, f, "回答者", "山田 太郎")
		setCover(t, f, "回答日", answered)
		f.SetCellStr("質問", "D"+strconv.Itoa(findRow(t, f, "Q-OUT-06")), answer)
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	answer := func() string {
		t.Helper()
		return loadEntry(t, dir, riskassess.KindContractor, "acme").Base().Answers["Q-OUT-06"].Value
	}
	newer, older := make1("june.xlsx", "2026/06/10", "はい"), make1("feb.xlsx", "2026/02/01", "いいえ")
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-06-15", newer); code != 0 || answer() != "yes" {
		t.Fatalf("newer reply: exit %d, Q-OUT-06 %q\n%s\n%s", code, answer(), stdout, stderr)
	}
	before := entryFiles(t, dir)
	for _, args := range [][]string{{"--dry-run", older}, {older}} {
		code, stdout, stderr := execCLI(t, append([]string{"import", "--register", dir, "--as-of", "2026-07-01"}, args...)...)
		if code != 1 || !strings.Contains(stdout, "回答日 2026-06-10、june.xlsx") {
			t.Errorf("%v: exit %d; want 1 naming the later reply:\n%s\n%s", args, code, stdout, stderr)
		}
	}
	if diff := cmp.Diff(before, entryFiles(t, dir)); diff != "" {
		t.Errorf("the older reply changed entry files:\n%s", diff)
	}
	if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-07-01", make1("july.xlsx", "2026/06/30", "いいえ")); code != 0 || answer() != "no" {
		t.Errorf("later reply: exit %d, Q-OUT-06 %q; want 0, no\n%s\n%s", code, answer(), stdout, stderr)
	}
}

// TestSelfCheckBookAllEmpty: --all on a register without entries says so,
// instead of naming a blank section.
func TestSelfCheckBookAllEmpty(t *testing.T) {
	dir := bookRegister(t)
	for _, k := range riskassess.Kinds() {
		if err := os.RemoveAll(filepath.Join(dir, k.Dir())); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(filepath.Join(dir, k.Dir()), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(t.TempDir(), "all.xlsx")
	for lang, want := range map[string]string{"ja": "台帳にエントリ（却下・廃止を除く）がありません。自己点検票は作りませんでした",
		"en": "the register has no entry (rejected and retired left out): no self-check written"} {
		code, _, stderr := execCLI(t, "questionnaire", "--register", dir, "--as-of", "2026-11-27", "--self-check", "--all", "-o", p, "--lang", lang)
		if code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and %q", lang, code, stderr, want)
		}
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s: %s written", lang, p)
		}
	}
}
