package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

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
