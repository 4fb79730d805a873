package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestImportSameDayForeignCopies: a folder holding a vendor's CAIQ and its
// copy (box-caiq.xlsx, box-caiq (1).xlsx) answering one CAIQ question
// differently, or a HECVAT and its copy of the same DATE-01, was imported
// in name order, each recorded over the one before: the answers of the
// last name were kept, whichever was the newer reply (only our own
// questionnaires were compared). They are now refused alike, each naming
// the other file and the CAIQ/HECVAT question where they differ, and
// nothing of them is recorded. Copies that agree (other bytes), where one
// leaves blank what the other answers, or HECVATs of different DATE-01s
// are imported as before.
func TestImportSameDayForeignCopies(t *testing.T) {
	type out struct {
		Code    int
		Refused []string // files named in the summary as refused
	}
	caiq := func(answers map[string]string, extra string) func(t *testing.T, dir, name string) {
		return func(t *testing.T, dir, name string) {
			caiqFile(t, dir, name, answers, extra)
		}
	}
	hecvat := func(date any, answer string) func(t *testing.T, dir, name string) {
		return func(t *testing.T, dir, name string) {
			p := hecvatFile(t, t.TempDir(), "Full", "3.06", date, [][2]string{{"HFIH-01", answer}, {"DOCU-03", "Yes"}})
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, name), b, 0o644)
		}
	}
	// ours is our questionnaire for chat answering Q-CLD-24 (answer|comment).
	ours := func(answer string) func(t *testing.T, dir, name string) {
		return func(t *testing.T, dir, name string) {
			p := filepath.Join(dir, name)
			if code, _, stderr := execCLI(t, "questionnaire", "--as-of", "2026-04-01", "--register", qWriteRegister(t), "--kind", "service", "--entry", "chat", "-o", p); code != 0 {
				t.Fatal(stderr)
			}
			qSetCell(t, p, "質問", func(f *excelize.File, rowOf func(string) string) {
				ans, comment, _ := strings.Cut(answer, "|")
				f.SetCellStr("質問", "D"+rowOf("Q-CLD-24"), ans)
				f.SetCellStr("質問", "E"+rowOf("Q-CLD-24"), comment)
			})
		}
	}
	// generic is a workbook of no known questionnaire (no _meta): an ID
	// and an answer column answering Q-CLD-24.
	generic := func(answer string) func(t *testing.T, dir, name string) {
		return func(t *testing.T, dir, name string) {
			f := excelize.NewFile()
			f.SetSheetRow("Sheet1", "A1", &[]any{"ID", "質問", "回答", "コメント"})
			f.SetSheetRow("Sheet1", "A2", &[]any{"Q-CLD-24", "監査", answer, ""})
			if err := f.SaveAs(filepath.Join(dir, name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, tc := range []struct {
		name  string
		files map[string]func(t *testing.T, dir, name string)
		want  out
		says  []string // the report says each
	}{
		{"CAIQ copies answering a mapped question differently", map[string]func(*testing.T, string, string){
			"box-caiq.xlsx": caiq(map[string]string{"A&A-02.1": "Yes"}, ""), "box-caiq (1).xlsx": caiq(map[string]string{"A&A-02.1": "No"}, "copy")},
			out{1, []string{"box-caiq (1).xlsx", "box-caiq.xlsx"}}, []string{"box-caiq.xlsx", "「A&A-02.1」", "CAIQv4.0.3!C", "「Yes」", "「No」", "CAIQ にはありません"}},
		{"CAIQ copies differing in an evidence-only answer", map[string]func(*testing.T, string, string){
			"box-caiq.xlsx": caiq(map[string]string{"DSP-19.1": "NA"}, ""), "box-caiq - コピー.xlsx": caiq(map[string]string{"DSP-19.1": "Yes"}, "copy")},
			out{1, []string{"box-caiq - コピー.xlsx", "box-caiq.xlsx"}}, []string{"「DSP-19.1」"}},
		{"HECVAT copies of one date", map[string]func(*testing.T, string, string){
			"full.xlsx": hecvat(45432, "No"), "full (1).xlsx": hecvat(45432, "Yes")},
			out{1, []string{"full (1).xlsx", "full.xlsx"}}, []string{"「HFIH-01」"}},
		{"our questionnaire and a CAIQ answering one of our questions differently", map[string]func(*testing.T, string, string){
			"chat.xlsx": ours("いいえ"), "box-caiq.xlsx": caiq(map[string]string{"A&A-02.1": "Yes"}, "")},
			out{1, []string{"box-caiq.xlsx", "chat.xlsx"}}, []string{"質問「Q-CLD-24」の回答が違います"}},
		{"generic copies answering differently", map[string]func(*testing.T, string, string){
			"answers.xlsx": generic("はい"), "answers (1).xlsx": generic("いいえ")},
			out{1, []string{"answers (1).xlsx", "answers.xlsx"}}, []string{"質問「Q-CLD-24」の回答が違います"}},
		// Imported as before.
		{"our questionnaire and a CAIQ agreeing, with comments of their own", map[string]func(*testing.T, string, string){
			"chat.xlsx": ours("はい|SOC 2 報告書あり"), "box-caiq.xlsx": caiq(map[string]string{"A&A-02.1": "Yes"}, "")},
			out{0, nil}, nil},
		{"CAIQ copies agreeing", map[string]func(*testing.T, string, string){
			"box-caiq.xlsx": caiq(map[string]string{"A&A-02.1": "Yes"}, ""), "box-caiq (1).xlsx": caiq(map[string]string{"A&A-02.1": "yes"}, "copy")},
			out{0, nil}, nil},
		// A draft leaving blank what the full reply answers: recorded
		// after it (named so), it was the latest CAIQ, the full reply's
		// evidence no longer shown and its questions asked again.
		{"a CAIQ copy leaving blank what the other answers", map[string]func(*testing.T, string, string){
			"box-caiq (1).xlsx": caiq(map[string]string{"A&A-02.1": "Yes"}, ""), "box-caiq.xlsx": caiq(map[string]string{"A&A-02.1": ""}, "copy")},
			out{1, []string{"box-caiq (1).xlsx", "box-caiq.xlsx"}}, []string{"「A&A-02.1」に一方だけが回答しています", "「空欄」"}},
		{"a CAIQ copy leaving blank an evidence-only answer", map[string]func(*testing.T, string, string){
			"box-caiq (1).xlsx": caiq(map[string]string{"DSP-19.1": "NA"}, ""), "box-caiq.xlsx": caiq(map[string]string{"DSP-19.1": ""}, "copy")},
			out{1, []string{"box-caiq (1).xlsx", "box-caiq.xlsx"}}, []string{"「DSP-19.1」に一方だけが回答しています"}},
		// The older named last (full.xlsx after full (1).xlsx): recorded
		// after the newer, it was the latest HECVAT and its No stood.
		{"HECVATs of different dates, the older named last", map[string]func(*testing.T, string, string){
			"full.xlsx": hecvat(45432, "No"), "full (1).xlsx": hecvat(45433, "Yes")},
			out{1, []string{"full.xlsx"}}, []string{"より後に回答された HECVAT Full v3.06（回答日 2024-05-21、full (1).xlsx）を記録済み"}},
		{"HECVATs of different dates, the newer named last", map[string]func(*testing.T, string, string){
			"full.xlsx": hecvat(45433, "Yes"), "full (1).xlsx": hecvat(45432, "No")},
			out{0, nil}, nil},
		// Another questionnaire is another document: not compared.
		{"a CAIQ and an older HECVAT", map[string]func(*testing.T, string, string){
			"a-caiq.xlsx": caiq(map[string]string{"A&A-02.1": "Yes"}, ""), "full.xlsx": hecvat(45432, "No")},
			out{0, nil}, nil},
		{"our questionnaire and an older HECVAT", map[string]func(*testing.T, string, string){
			"a-chat.xlsx": ours("はい"), "full.xlsx": hecvat(45432, "No")},
			out{0, nil}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := qWriteRegister(t)
			in := t.TempDir()
			for name, mk := range tc.files {
				mk(t, in, name)
			}
			before, _ := os.ReadFile(filepath.Join(dir, "services", "chat.yaml"))
			code, stdout, stderr := execCLI(t, "import", "--register", dir, "--entry", "chat", "--as-of", "2026-05-01", in)
			var refused []string
			if _, sum, ok := strings.Cut(stdout, "\n集計: "); ok {
				for _, l := range strings.Split(sum, "\n")[1:] {
					if name, _, ok := strings.Cut(strings.TrimSpace(l), ": "); ok {
						refused = append(refused, filepath.Base(name))
					}
				}
			}
			slices.Sort(refused)
			if diff := cmp.Diff(tc.want, out{code, refused}); diff != "" {
				t.Errorf("(-want +got):\n%s\n%s%s", diff, stdout, stderr)
			}
			for _, s := range tc.says {
				if !strings.Contains(stdout, s) {
					t.Errorf("the report does not say %q:\n%s", s, stdout)
				}
			}
			after, _ := os.ReadFile(filepath.Join(dir, "services", "chat.yaml"))
			if tc.want.Code == 1 && len(tc.want.Refused) == len(tc.files) && string(after) != string(before) {
				t.Errorf("refused copies changed the entry:\n%s", after)
			}
			for _, name := range tc.want.Refused {
				if strings.Contains(string(after), "source: "+name+"\n") {
					t.Errorf("refused %s is recorded:\n%s", name, after)
				}
			}
		})
	}
}
