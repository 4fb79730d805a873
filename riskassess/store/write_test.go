package store

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/gikai-sec/riskregister/internal/atomicfile"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

const commentedEntry = `# 株式会社アクメ — 会議録作成業務
name: {ja: 株式会社アクメ, en: Acme}  # 略称
owner:
  section: somu   # 総務課
  person: tanaka
approval:
  status: approved
  # 課長決裁
  approver: kacho
legal_name: 株式会社アクメ

answers:
  # 前回の回答
  Q-OUT-01: {value: "no"}
contracts:
  - id: r8-001
    scope: 会議録作成
    from: 2026-04-01
notes: |
  契約更新時に再確認する。
`

// record returns the record of an import on 2026-05-day that answered
// the questions of answers (its Answered list).
func record(day int, answers map[string]riskassess.Answer) riskassess.AssessmentRecord {
	return riskassess.AssessmentRecord{
		On: riskassess.NewDate(2026, 5, day), Source: "acme-2026.xlsx", SHA256: "9f86d081",
		CatalogueVersion: "2026.1",
		Respondent:       riskassess.Respondent{Company: "株式会社アクメ", Person: "山田"},
		Answered:         slices.Sorted(maps.Keys(answers)),
	}
}

func TestAppendAssessmentKeepsCommentsAndOrder(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry)
	set := map[string]riskassess.Answer{
		"Q-OUT-02": {Value: "yes", Cell: "Questions!D18"},
		"Q-OUT-01": {Value: "partial", Comment: "一部\n二行目", Cell: "Questions!D17"},
	}
	rec := record(1, set)
	rec.Changed = map[string]riskassess.AnswerChange{"Q-OUT-01": {From: "no", To: "partial", FromComment: ptr(""), ToComment: ptr("一部\n二行目")}}
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", rec, set); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// Only the answers: mapping changes (the comment inside it stays with
	// its question) and assessments: is added at the end, with one line
	// for the answered questions and one per change; every other line, the
	// blank line and the user's spacing before comments included, is kept.
	want := `# 株式会社アクメ — 会議録作成業務
name: {ja: 株式会社アクメ, en: Acme}  # 略称
owner:
  section: somu   # 総務課
  person: tanaka
approval:
  status: approved
  # 課長決裁
  approver: kacho
legal_name: 株式会社アクメ

answers:
  # 前回の回答
  Q-OUT-01: {value: partial, comment: "一部\n二行目", cell: Questions!D17}
  Q-OUT-02:
    value: "yes"
    cell: Questions!D18
contracts:
  - id: r8-001
    scope: 会議録作成
    from: 2026-04-01
notes: |
  契約更新時に再確認する。
assessments:
  - "on": "2026-05-01"
    source: acme-2026.xlsx
    sha256: 9f86d081
    catalogue_version: "2026.1"
    respondent:
      company: 株式会社アクメ
      person: 山田
    answered: [Q-OUT-01, Q-OUT-02]
    changed:
      Q-OUT-01: {from: "no", to: partial, from_comment: "", to_comment: "一部\n二行目"}
`
	if diff := cmp.Diff(strings.Split(want, "\n"), strings.Split(string(got), "\n")); diff != "" {
		t.Errorf("file (-want +got):\n%s", diff)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatalf("Load after AppendAssessment: %v", err)
	}
	c := reg.Contractor("acme")
	if diff := cmp.Diff([]riskassess.AssessmentRecord{rec}, c.Assessments); diff != "" {
		t.Errorf("assessments (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(set, c.Answers); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
}

func ptr(s string) *string { return &s }

// TestAppendAssessmentKeepsHandComments: comments written by hand inside
// answers: (above a question, above a field, beside a field, after the
// block) survive setting answers, and answers not set stay as they were.
func TestAppendAssessmentKeepsHandComments(t *testing.T) {
	body := `name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved}
legal_name: 株式会社アクメ

# 質問票の回答
answers:  # 暫定
  # 実地確認
  Q-OUT-31:
    # 日付で答える質問
    value: "2026-10-15"
    comment: 議会棟サーバ室で確認  # 担当: 内田
  Q-OUT-37:
    value: "yes"
    comment: 調達仕様書 別紙3
  # 独自の質問
  Q-ORG-01: {value: "yes"}
  # 答えの後のメモ

# 次の項目
notes: x
`
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+body)
	set := map[string]riskassess.Answer{
		"Q-OUT-31": {Value: "2026-11-20", Comment: "議会棟サーバ室で確認", Cell: "質問!D30"},
		"Q-OUT-02": {Value: "no", Cell: "質問!D5"},
	}
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", record(9, set), set); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	want := `name: {ja: 株式会社アクメ}
owner: {section: somu}
approval: {status: approved}
legal_name: 株式会社アクメ

# 質問票の回答
answers: # 暫定
  Q-OUT-02:
    value: "no"
    cell: 質問!D5
  # 実地確認
  Q-OUT-31:
    # 日付で答える質問
    value: "2026-11-20"
    comment: 議会棟サーバ室で確認 # 担当: 内田
    cell: 質問!D30
  Q-OUT-37:
    value: "yes"
    comment: 調達仕様書 別紙3
  # 独自の質問
  Q-ORG-01: {value: "yes"}
  # 答えの後のメモ

# 次の項目
notes: x
`
	if !strings.HasPrefix(string(got), want) {
		t.Errorf("file (-want +got):\n%s", cmp.Diff(want, string(got)))
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	wantAns := map[string]riskassess.Answer{
		"Q-OUT-02": set["Q-OUT-02"], "Q-OUT-31": set["Q-OUT-31"],
		"Q-OUT-37": {Value: "yes", Comment: "調達仕様書 別紙3"}, "Q-ORG-01": {Value: "yes"},
	}
	if diff := cmp.Diff(wantAns, reg.Contractor("acme").Answers); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
}

func TestAppendAssessmentTwiceKeepsBoth(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+acmeYAML+"assessments: []\n")
	set1 := map[string]riskassess.Answer{"Q-OUT-01": {Value: "no"}, "Q-OUT-02": {Value: "yes"}}
	set2 := map[string]riskassess.Answer{"Q-OUT-01": {Value: "yes"}, "Q-OUT-03": {Value: "na"}}
	first, second := record(1, set1), record(20, set2)
	second.Changed = map[string]riskassess.AnswerChange{"Q-OUT-01": {From: "no", To: "yes"}}
	for i, rec := range []riskassess.AssessmentRecord{first, second} {
		if err := AppendAssessment(dir, riskassess.KindContractor, "acme", rec, []map[string]riskassess.Answer{set1, set2}[i]); err != nil {
			t.Fatal(err)
		}
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := reg.Contractor("acme")
	if diff := cmp.Diff([]riskassess.AssessmentRecord{first, second}, c.Assessments); diff != "" {
		t.Errorf("assessments (-want +got):\n%s", diff)
	}
	// Q-OUT-02, not in the second file, keeps its answer.
	want := map[string]riskassess.Answer{"Q-OUT-01": {Value: "yes"}, "Q-OUT-02": {Value: "yes"}, "Q-OUT-03": {Value: "na"}}
	if diff := cmp.Diff(want, c.Answers); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	if c.LegalName != "株式会社アクメ" || c.Approval.Status != riskassess.StatusApproved {
		t.Errorf("other fields changed: %+v", c)
	}
}

// TestAppendAssessmentCurrentChanged: an Append with Current (the answers
// an import compared the workbook with) is written only while the file
// still has those answers. When an answer was edited in the file after
// they were read, writing the Set computed from them would put the old
// value back (a blank answer with a comment keeps the value read): the
// file is left as it is and the error has CodeChanged. Without Current,
// and with the answers unchanged, the record is written.
func TestAppendAssessmentCurrentChanged(t *testing.T) {
	// entryYAML has Q-OUT-01: no (with a comment) as the import read it.
	read := map[string]riskassess.Answer{"Q-OUT-01": {Value: "no", Comment: "前回"}}
	const entryYAML = acmeYAML + "answers:\n  Q-OUT-01: {value: \"no\", comment: 前回}\n"
	set := map[string]riskassess.Answer{"Q-OUT-01": {Value: "no", Comment: "今回のコメント"}}
	tests := []struct {
		name    string
		file    string // the entry file when the write happens
		current map[string]riskassess.Answer
		want    Code // "" for written
	}{
		{"unchanged", entryYAML, read, ""},
		{"no current: not checked", strings.Replace(entryYAML, `value: "no"`, `value: "yes"`, 1), nil, ""},
		{"value edited", strings.Replace(entryYAML, `value: "no"`, `value: "yes"`, 1), read, CodeChanged},
		{"comment edited", strings.Replace(entryYAML, "comment: 前回", "comment: 手入力", 1), read, CodeChanged},
		{"answer added", entryYAML + "  Q-OUT-02: {value: \"yes\"}\n", read, CodeChanged},
		{"answer removed", acmeYAML, read, CodeChanged},
		{"read without answers, none now", acmeYAML, map[string]riskassess.Answer{}, ""},
		{"read without answers, one now", entryYAML, map[string]riskassess.Answer{}, CodeChanged},
		{"other field edited", strings.Replace(entryYAML, "legal_name: 株式会社アクメ", "legal_name: 株式会社アクメ商事", 1), read, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+tt.file)
			orig, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
			err := AppendAssessments(dir, []Append{{Kind: riskassess.KindContractor, ID: "acme", Record: record(1, set), Set: set, Current: tt.current}})
			var e *Error
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("AppendAssessments = %v, want written", err)
			case tt.want == "":
				reg, lerr := Load(dir)
				if lerr != nil {
					t.Fatal(lerr)
				}
				if got := reg.Contractor("acme").Answers["Q-OUT-01"].Comment; got != "今回のコメント" || len(reg.Contractor("acme").Assessments) != 1 {
					t.Errorf("comment %q, %d records: want the record written", got, len(reg.Contractor("acme").Assessments))
				}
			case !errors.As(err, &e) || e.Code != tt.want:
				t.Fatalf("AppendAssessments = %v, want an *Error with code %s", err, tt.want)
			default:
				assertUntouched(t, dir, "contractors/acme.yaml", orig)
			}
		})
	}
}

// assertUntouched checks that the entry file still holds orig and that no
// temporary file was left behind.
func assertUntouched(t *testing.T, dir, rel string, orig []byte) {
	t.Helper()
	got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(orig), string(got)); diff != "" {
		t.Errorf("file changed (-want +got):\n%s", diff)
	}
	ents, _ := os.ReadDir(filepath.Dir(filepath.Join(dir, filepath.FromSlash(rel))))
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestAppendAssessmentFailedWriteLeavesOriginal(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- services/box.yaml --\n"+`name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box Inc.}
contract_type: terms
delivery: saas
`)
	orig, _ := os.ReadFile(filepath.Join(dir, "services", "box.yaml"))
	boom := errors.New("disk full")
	atomicfile.Rename = func(string, string) error { return boom }
	t.Cleanup(func() { atomicfile.Rename = os.Rename })
	err := AppendAssessment(dir, riskassess.KindService, "box", record(1, nil), nil)
	if !errors.Is(err, boom) {
		t.Fatalf("AppendAssessment = %v, want the rename error", err)
	}
	assertUntouched(t, dir, "services/box.yaml", orig)
}

func TestAppendAssessmentRefuses(t *testing.T) {
	tests := []struct {
		name    string
		kind    riskassess.Kind
		id      string
		content string // contractors/acme.yaml; "" for none
		want    string
	}{
		{"bad kind", "robot", "acme", acmeYAML, `store: append assessment: unknown kind "robot"`},
		{"bad id", riskassess.KindContractor, "../acme", acmeYAML, `store: append assessment: "../acme" is not a valid entry id`},
		{"no such entry", riskassess.KindContractor, "beta", acmeYAML, "contractors/beta.yaml: cannot read file: lstat DIR/contractors/beta.yaml: no such file or directory"},
		{"syntax error", riskassess.KindContractor, "acme", "name: {ja: x\n", "contractors/acme.yaml:1:7: YAML syntax error: did not find expected ',' or '}': close the { that opens here with } (quote the value if the bracket is part of the text)"},
		{"not a mapping", riskassess.KindContractor, "acme", "- a\n", "contractors/acme.yaml:1:1: want a mapping (key: value), got a list"},
		{"assessments not a list", riskassess.KindContractor, "acme", acmeYAML + "assessments: none\n", "contractors/acme.yaml:5:14: assessments: want a list, got a string; nothing written"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+tt.content)
			orig, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
			err := AppendAssessment(dir, tt.kind, tt.id, record(1, nil), nil)
			if err == nil {
				t.Fatal("AppendAssessment succeeded")
			}
			got := strings.ReplaceAll(err.Error(), realpath(t, dir), "DIR")
			if got != tt.want {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
			assertUntouched(t, dir, "contractors/acme.yaml", orig)
		})
	}
}

// TestAppendAssessmentWouldNotLoad: a change that would give the file more
// errors than it had is refused; errors the file already had do not stop
// an append that adds none.
func TestAppendAssessmentWouldNotLoad(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+acmeYAML)
	orig, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	rec := record(1, nil)
	rec.On = riskassess.Date{Year: 2026, Month: 2, Day: 30}
	err := AppendAssessment(dir, riskassess.KindContractor, "acme", rec, nil)
	if err == nil || !strings.Contains(err.Error(), "the updated file would not load") || !strings.Contains(err.Error(), `date "2026-02-30" does not exist`) {
		t.Fatalf("AppendAssessment = %v; want a refusal naming the bad date", err)
	}
	assertUntouched(t, dir, "contractors/acme.yaml", orig)

	// One error already there (an unknown field), none added: written.
	write(t, dir, "contractors/acme.yaml", []byte(acmeYAML+"colour: red\n"))
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", record(1, nil), nil); err != nil {
		t.Fatalf("AppendAssessment to a file with an error of its own: %v", err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	if !strings.Contains(string(got), "acme-2026.xlsx") {
		t.Errorf("the record was not written:\n%s", got)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.yaml")
	for _, content := range []string{"first\n", "second\n"} {
		if err := WriteFileAtomic(p, []byte(content), 0o640); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(p)
		if err != nil || string(got) != content {
			t.Fatalf("read %q, %v; want %q", got, err, content)
		}
	}
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", fi.Mode().Perm())
	}
	if err := WriteFileAtomic(filepath.Join(t.TempDir(), "missing", "x"), []byte("x"), 0o644); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
}

// TestAppendAssessmentConcurrent appends from several goroutines at once:
// every record must survive.
func TestAppendAssessmentConcurrent(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+acmeYAML)
	const n = 8
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			set := map[string]riskassess.Answer{"Q-OUT-01": {Value: "yes"}}
			if err := AppendAssessment(dir, riskassess.KindContractor, "acme", record(i+1, set), set); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	days := map[int]bool{}
	for _, a := range reg.Contractor("acme").Assessments {
		days[a.On.Day] = true
	}
	if len(days) != n {
		t.Errorf("%d of %d records kept: %v", len(days), n, days)
	}
}

// TestAppendAssessmentLayouts appends to entries whose assessments: list is
// laid out in different ways. Every line of the original outside answers:
// must survive unchanged and in order; the file must load with the new
// record last and the answers replaced.
func TestAppendAssessmentLayouts(t *testing.T) {
	head := "name: {ja: 株式会社アクメ}\nowner: {section: somu}\napproval: {status: approved}\nlegal_name: 株式会社アクメ\n\n"
	old := "source: old.xlsx\n    sha256: aa\n    answers: {Q-OUT-01: {value: \"no\"}}\n"
	tests := []struct {
		name, body string
		spliced    bool // edited as text (false: re-encoded)
	}{
		{"no assessments, no answers", head + "notes: メモ  # 末尾\n", true},
		{"indented list", head + "assessments:\n  - on: 2026-01-05\n    " + old + "\n# 次の見直し\nnotes: x\n", true},
		{"unindented list", head + "assessments:\n- on: 2026-01-05\n  " + strings.ReplaceAll(old, "    ", "  ") + "notes: x\n", true},
		{"four-space list", head + "assessments:\n    - on: 2026-01-05\n      " + strings.ReplaceAll(old, "    ", "      ") + "notes: x\n", true},
		{"empty value", head + "assessments:\nanswers:\n  Q-OUT-01: {value: \"no\"}  # 前回\nnotes: x\n", true},
		{"flow list", head + "assessments: []\nnotes: x\n", false},
		// Text added after the end marker would start a second document:
		// the check of the edit catches it and the file is re-encoded.
		{"document end marker", head + "notes: x\n...\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+tc.body)
			before, err := Load(dir)
			if err != nil {
				t.Fatalf("original does not load: %v", err)
			}
			set := map[string]riskassess.Answer{"Q-OUT-02": {Value: "yes", Comment: "二行\nコメント"}}
			rec := record(2, set)
			if err := AppendAssessment(dir, riskassess.KindContractor, "acme", rec, set); err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
			after, err := Load(dir)
			if err != nil {
				t.Fatalf("result does not load: %v\n%s", err, got)
			}
			want := append(before.Contractor("acme").Assessments, rec)
			if diff := cmp.Diff(want, after.Contractor("acme").Assessments); diff != "" {
				t.Errorf("assessments (-want +got):\n%s\n%s", diff, got)
			}
			wantAns := maps.Clone(before.Contractor("acme").Answers)
			if wantAns == nil {
				wantAns = map[string]riskassess.Answer{}
			}
			maps.Copy(wantAns, set)
			if diff := cmp.Diff(wantAns, after.Contractor("acme").Answers); diff != "" {
				t.Errorf("answers (-want +got):\n%s", diff)
			}
			// The original lines outside answers: appear in order.
			kept := strings.Split(string(got), "\n")
			k := 0
			inAnswers := false
			for _, l := range strings.Split(tc.body, "\n") {
				if strings.HasPrefix(l, "answers:") {
					inAnswers = true
					continue
				}
				if inAnswers && (strings.HasPrefix(l, " ") || l == "") {
					continue
				}
				inAnswers = false
				for k < len(kept) && kept[k] != l {
					k++
				}
				if k == len(kept) {
					if tc.spliced {
						t.Errorf("line %q of the original is lost or changed:\n%s", l, got)
					}
					return
				}
				k++
			}
			if !tc.spliced {
				t.Errorf("expected a re-encoded file, but every line was kept:\n%s", got)
			}
		})
	}
}

// TestAppendAssessmentKeepsCRLF: an entry saved with Windows line ends keeps
// them; the original lines stay byte for byte and the new ones end in CRLF.
func TestAppendAssessmentKeepsCRLF(t *testing.T) {
	body := "name: {ja: 株式会社アクメ}  # 略称\nowner: {section: somu}\napproval: {status: approved}\nlegal_name: 株式会社アクメ\n\nnotes: |\n  二行の\n  メモ\n"
	crlf := strings.ReplaceAll(body, "\n", "\r\n")
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n")
	path := filepath.Join(dir, "contractors", "acme.yaml")
	if err := os.WriteFile(path, []byte(crlf), 0o644); err != nil {
		t.Fatal(err)
	}
	set := map[string]riskassess.Answer{"Q-OUT-02": {Value: "yes"}}
	rec := record(3, set)
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", rec, set); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(got), crlf) {
		t.Errorf("the original CRLF lines changed:\n%q", got)
	}
	if n := strings.Count(string(got), "\n"); n != strings.Count(string(got), "\r\n") {
		t.Errorf("%d line ends, %d of them CRLF:\n%q", n, strings.Count(string(got), "\r\n"), got)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]riskassess.AssessmentRecord{rec}, reg.Contractor("acme").Assessments); diff != "" {
		t.Errorf("assessments (-want +got):\n%s", diff)
	}
	if reg.Contractor("acme").Notes != "二行の\nメモ\n" {
		t.Errorf("notes = %q", reg.Contractor("acme").Notes)
	}
}

// TestAppendAssessmentThroughSymlink: an entry file that is a symbolic link
// to a file inside the register folder is written through the link (which
// stays a link), keeping the target's permission bits.
func TestAppendAssessmentThroughSymlink(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- shared/acme.yaml --\n"+acmeYAML+"-- contractors/README --\n")
	target := filepath.Join(dir, "shared", "acme.yaml")
	if err := os.Chmod(target, 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "contractors", "acme.yaml")
	symlink(t, filepath.Join("..", "shared", "acme.yaml"), link)
	set := map[string]riskassess.Answer{"Q-OUT-02": {Value: "yes"}}
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", record(4, set), set); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("contractors/acme.yaml is no longer a symbolic link (%v)", err)
	}
	fi, err := os.Stat(target)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o640 {
		t.Errorf("target mode %v, want 0640", fi.Mode().Perm())
	}
	got, _ := os.ReadFile(target)
	if !strings.HasPrefix(string(got), acmeYAML) || !strings.Contains(string(got), "Q-OUT-02") {
		t.Errorf("the target was not appended to:\n%s", got)
	}
}

// TestAppendAssessmentsAllOrNothing: several entries are recorded all or
// none: a file that cannot take its record stops the others before any is
// written, and a write failing half-way puts back the files already
// written.
func TestAppendAssessmentsAllOrNothing(t *testing.T) {
	box := `name: {ja: Box}
owner: {section: somu}
approval: {status: approved}
provider: {name: Box Inc.}
contract_type: terms
delivery: saas
`
	apps := []Append{
		{Kind: riskassess.KindContractor, ID: "acme", Record: record(1, nil), Set: map[string]riskassess.Answer{"Q-OUT-01": {Value: "yes"}}},
		{Kind: riskassess.KindService, ID: "box", Record: record(1, nil)},
	}
	t.Run("second file unreadable", func(t *testing.T) {
		dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+acmeYAML+"-- services/box.yaml --\nname: {ja: x\n")
		orig, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
		if err := AppendAssessments(dir, apps); err == nil || !strings.Contains(err.Error(), "services/box.yaml:1:7") {
			t.Fatalf("AppendAssessments = %v, want the error of services/box.yaml", err)
		}
		assertUntouched(t, dir, "contractors/acme.yaml", orig)
	})
	t.Run("second rename fails", func(t *testing.T) {
		dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+acmeYAML+"-- services/box.yaml --\n"+box)
		origA, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
		origB, _ := os.ReadFile(filepath.Join(dir, "services", "box.yaml"))
		boom := errors.New("disk full")
		n := 0
		atomicfile.Rename = func(from, to string) error {
			n++
			if n == 2 {
				return boom
			}
			return os.Rename(from, to)
		}
		t.Cleanup(func() { atomicfile.Rename = os.Rename })
		if err := AppendAssessments(dir, apps); !errors.Is(err, boom) {
			t.Fatalf("AppendAssessments = %v, want the rename error", err)
		}
		if n != 3 {
			t.Errorf("%d renames, want 3 (acme written, box failed, acme put back)", n)
		}
		assertUntouched(t, dir, "contractors/acme.yaml", origA)
		assertUntouched(t, dir, "services/box.yaml", origB)
	})
	t.Run("both written", func(t *testing.T) {
		dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+acmeYAML+"-- services/box.yaml --\n"+box)
		if err := AppendAssessments(dir, apps); err != nil {
			t.Fatal(err)
		}
		reg, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range []riskassess.Entry{reg.Entry(riskassess.KindContractor, "acme"), reg.Entry(riskassess.KindService, "box")} {
			if len(e.Base().Assessments) != 1 {
				t.Errorf("%s: %d records, want 1", e.Base().ID, len(e.Base().Assessments))
			}
		}
	})
	t.Run("same entry twice", func(t *testing.T) {
		dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+acmeYAML)
		if err := AppendAssessments(dir, []Append{apps[0], apps[0]}); err == nil || !strings.Contains(err.Error(), "given twice") {
			t.Errorf("AppendAssessments = %v, want a refusal", err)
		}
	})
}

// TestAppendAssessmentQuotesChangedYesNo: an answer changed to yes or no
// is written quoted like a new one ("yes"), not as a plain yes that YAML
// 1.1 readers (PyYAML, Ruby) take for the boolean true.
func TestAppendAssessmentQuotesChangedYesNo(t *testing.T) {
	entry := strings.Replace(commentedEntry, "  Q-OUT-01: {value: \"no\"}\n", `  Q-OUT-01: {value: "no"}
  Q-OUT-02:
    value: "yes"
    cell: Questions!D18
`, 1)
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+entry)
	set := map[string]riskassess.Answer{
		"Q-OUT-01": {Value: "yes", Cell: "Questions!D17"},
		"Q-OUT-02": {Value: "no", Cell: "Questions!D18"},
	}
	if err := AppendAssessment(dir, riskassess.KindContractor, "acme", record(1, set), set); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var values []string
	for _, line := range strings.Split(string(got), "\n") {
		if strings.Contains(line, "value:") {
			values = append(values, strings.TrimSpace(line))
		}
	}
	want := []string{`Q-OUT-01: {value: "yes", cell: Questions!D17}`, `value: "no"`}
	if diff := cmp.Diff(want, values); diff != "" {
		t.Errorf("value lines (-want +got):\n%s\n%s", diff, got)
	}
}
