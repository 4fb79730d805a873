package xlsx

import (
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"os"
	"path/filepath"
	"testing"
)

// TestForeignRealFiles reads the real CAIQ and HECVAT workbooks a user may
// have in ../shared/external-xlsx (SOURCES.md §2.1, §2.5–2.7; they are
// never copied into the repository) and checks the counts and dates that
// SOURCES.md records for them. Each missing file is skipped.
func TestForeignRealFiles(t *testing.T) {
	dir := sharedDir(t)
	ms := []foreign.Mapping{
		{Questionnaire: "caiq", Versions: "4.0.x", Name: "CAIQ"},
		{Questionnaire: "hecvat", Versions: "4.x", Name: "HECVAT 4"},
		{Questionnaire: "hecvat-full", Versions: "3.x", Name: "HECVAT Full 3"},
		{Questionnaire: "hecvat-lite", Versions: "3.x", Name: "HECVAT Lite 3"},
	}
	tests := []struct {
		file, label       string
		rows, yes, no, na int // -1: not checked
		date              string
		refused           bool
	}{
		{file: "caiq-v4.0.3-filled-instructure.xlsx", label: "CAIQ v4.0.3", rows: 261, yes: 259, no: 2, na: 0},
		{file: "caiq-v4.0.3-filled-whitepact.xlsx", label: "CAIQ v4.0.3", rows: 261, yes: 107, no: 122, na: 32},
		{file: "caiq-v4.0.3-blank.xlsx", label: "CAIQ v4.0.3", rows: 261, yes: 0, no: 0, na: 0},
		{file: "caiq-v4.0.2-blank-texasdps.xlsx", label: "CAIQ v4.0.2", rows: 261, yes: 0, no: 0, na: 0},
		{file: "caiq-v3.0.1-2017-blank.xlsx", refused: true},
		{file: "hecvat-2.11-full-filled-instructure-portfolium.xlsx", refused: true},
		{file: "k12cvat-lite-4.1-filled-instructure-canvas-lms.xlsx", refused: true},
		{file: "hecvat-4.14-blank.xlsx", label: "HECVAT v4.1.4", rows: -1, yes: 0, no: 0, na: 0},
		{file: "hecvat-3.06-full-filled-instructure-canvas-credentials.xlsx", label: "HECVAT Full v3.06", rows: -1, yes: -1},
		{file: "hecvat-3.04-full-filled-instructure-canvas-lms.xlsx", label: "HECVAT Full v3.04", rows: -1, yes: -1},
		{file: "hecvat-lite-3.06-filled-instructure-intelligent-insights.xlsx", label: "HECVAT Lite v3.06", rows: -1, yes: -1, date: "2024-07-01"},
		{file: "hecvat-lite-3.04-filled-instructure-canvas-catalog.xlsx", label: "HECVAT Lite v3.04", rows: -1, yes: -1, date: "2024-10-04"},
		{file: "hecvat-lite-3.01-filled-instructure-impact.xlsx", label: "HECVAT Lite v3.01", rows: -1, yes: -1, date: "2022-09-28"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := filepath.Join(dir, tt.file)
			if _, err := os.Stat(p); err != nil {
				t.Skipf("%s not present", tt.file)
			}
			res, err := ReadFile(p, ReadOptions{Mappings: ms})
			if tt.refused {
				if ce, ok := err.(*CellError); !ok || ce.Code != ErrUnknownQuestionnaire {
					t.Errorf("error %v, want unknown questionnaire", err)
				}
				return
			}
			if err != nil || res.Questionnaire == nil {
				t.Fatalf("error %v, result %+v", err, res)
			}
			w := res.Questionnaire
			_, yes, no, na := w.Answered()
			if w.Label() != tt.label || (tt.rows >= 0 && len(w.Answers) != tt.rows) || (tt.yes >= 0 && (yes != tt.yes || no != tt.no || na != tt.na)) {
				t.Errorf("%s: %d rows, yes %d no %d na %d", w.Label(), len(w.Answers), yes, no, na)
			}
			if tt.date != "" && res.Respondent.Date.String() != tt.date {
				t.Errorf("date %v, want %s", res.Respondent.Date, tt.date)
			}
			for _, p := range res.Problems {
				if p.Severity() == SeverityError {
					t.Errorf("problem %v", p)
				}
			}
		})
	}
}
