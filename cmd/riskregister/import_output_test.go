package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/internal/atomicfile"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/xuri/excelize/v2"
)

// TestImportReportWriteFails: an import whose report cannot be written to
// stdout (a full disk) exits 1 naming the cause, in text and in JSON,
// and when it recorded answers says so (they are in the register).
// Before, --format json called it a usage error (exit 2) after recording
// the answers, and the text report was dropped with exit 0.
func TestImportReportWriteFails(t *testing.T) {
	for _, tt := range []struct {
		name     string
		args     []string
		wantLast string // the start of stderr's last line
		recorded bool   // the answers are in the register afterwards
	}{
		{"text", nil, "import: 結果を書き出せませんでした。/dev/stdout: ", true},
		{"json", []string{"--format", "json"}, "import: 結果を書き出せませんでした。/dev/stdout: ", true},
		{"text, dry run, en", []string{"--dry-run", "--lang", "en"}, "import: cannot write the result: /dev/stdout: ", false},
		{"json, dry run", []string{"--dry-run", "--format", "json"}, "import: 結果を書き出せませんでした。/dev/stdout: ", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := qWriteRegister(t)
			reg, reqs := loadCatalogued(t, dir)
			q := &xlsx.Questionnaire{Kind: riskassess.KindContractor, Entry: reg.Entry(riskassess.KindContractor, "acme"), Register: reg, Requirements: reqs}
			var id string
			for _, r := range q.Rows() {
				if r.Question.Type == riskassess.AnswerYesNo {
					id = r.Question.ID
					break
				}
			}
			if id == "" {
				t.Fatal("no yes/no question: the test proves nothing")
			}
			p := filepath.Join(t.TempDir(), "acme.xlsx")
			if err := q.WriteFile(p); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenFile(p)
			if err != nil {
				t.Fatal(err)
			}
			f.SetCellStr("質問", "D"+strconv.Itoa(findRow(t, f, id)), "はい")
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			entry := filepath.Join(dir, "contractors", "acme.yaml")
			before, err := os.ReadFile(entry)
			if err != nil {
				t.Fatal(err)
			}
			var errb bytes.Buffer
			args := append([]string{"import", "--register", dir, "--as-of", "2026-04-15"}, tt.args...)
			code := run(append(args, p), fullWriter{}, &errb)
			if code != 1 {
				t.Errorf("exit %d, want 1\nstderr:\n%s", code, errb.String())
			}
			last := lastLine(errb.String())
			if !strings.HasPrefix(last, tt.wantLast) {
				t.Errorf("last line of stderr %q, want it to start with %q", last, tt.wantLast)
			}
			after, err := os.ReadFile(entry)
			if err != nil {
				t.Fatal(err)
			}
			if changed := !bytes.Equal(before, after); changed != tt.recorded {
				t.Errorf("entry file changed: %v, want %v", changed, tt.recorded)
			}
			if says := strings.Contains(last, "台帳に書き込み済み") || strings.Contains(last, "written to the register"); says != tt.recorded {
				t.Errorf("the message says the answers were recorded: %v, want %v: %q", says, tt.recorded, last)
			}
		})
	}
}

// TestImportReportWriteFailsRoundMarked: a file skipped (already recorded)
// whose round record import then writes (returned and imported dates), with
// stdout on a full disk. The register changed, so the message says so,
// though no record of answers was added; run again, nothing is written and
// the message says nothing was.
func TestImportReportWriteFailsRoundMarked(t *testing.T) {
	for _, tt := range []struct {
		lang, want string
	}{
		{"ja", "（回の記録 1 件は台帳に書き込み済みです。git diff で確かめてください）"},
		{"en", " (round records already written to the register: 1; see git diff)"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			// The first import records the answers but cannot write the
			// round record (the entry file's second write fails), as in
			// TestRoundImportRecordedRoundNotMarked.
			dir, p, _ := roundWorkbookRoundWriteFails(t)
			entryFile := filepath.Join(dir, "contractors", "acme.yaml")
			if code, stdout, stderr := execCLI(t, "import", "--register", dir, "--as-of", "2026-10-20", p); code != 1 {
				t.Fatalf("first import: exit %d, want 1 (round record not written)\n%s%s", code, stdout, stderr)
			}
			atomicfile.Rename = os.Rename

			args := []string{"import", "--register", dir, "--as-of", "2026-10-21", "--lang", tt.lang, p}
			for i, want := range []string{tt.want, ""} {
				before, err := os.ReadFile(entryFile)
				if err != nil {
					t.Fatal(err)
				}
				var errb bytes.Buffer
				code := run(args, fullWriter{}, &errb)
				after, err := os.ReadFile(entryFile)
				if err != nil {
					t.Fatal(err)
				}
				if changed := !bytes.Equal(before, after); changed != (want != "") {
					t.Fatalf("run %d: entry file changed: %v, want %v: the test proves nothing", i+1, changed, want != "")
				}
				last := lastLine(errb.String())
				if code != 1 {
					t.Errorf("run %d: exit %d, want 1", i+1, code)
				}
				if want != "" && !strings.HasSuffix(last, want) {
					t.Errorf("run %d: last line of stderr %q, want it to end with %q", i+1, last, want)
				}
				if want == "" && (strings.Contains(last, "書き込み済み") || strings.Contains(last, "written to the register")) {
					t.Errorf("run %d: last line of stderr %q says something was written; nothing was", i+1, last)
				}
			}
		})
	}
}
