package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/xuri/excelize/v2"
)

// answersBlock matches a top-level answers: block of an entry file.
var answersBlock = regexp.MustCompile(`(?m)^answers:\n(?:[ \t#].*\n|\n)*`)

// stripAnswers removes the answers: of every entry of the register in dir,
// so that its assessment rests on the register's facts alone.
func stripAnswers(t *testing.T, dir string) {
	t.Helper()
	for _, k := range riskassess.Kinds() {
		files, _ := filepath.Glob(filepath.Join(dir, k.Dir(), "*.yaml"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f, answersBlock.ReplaceAll(b, nil), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	reg, err := store.Load(dir)
	if err != nil {
		t.Fatalf("stripped register: %v", err)
	}
	for _, e := range reg.Entries() {
		if len(e.Base().Answers) > 0 {
			t.Fatalf("%s: answers left after stripping", e.Base().Source)
		}
	}
}

// assessJSON runs assess --format json on dir and returns the
// assessments by kind/id.
func assessJSON(t *testing.T, dir, asOf string) map[string]riskassess.Assessment {
	t.Helper()
	code, out, stderr := execCLI(t, "assess", "--register", dir, "--as-of", asOf, "--format", "json")
	if code != 0 {
		t.Fatalf("assess: exit %d: %s", code, stderr)
	}
	var as []riskassess.Assessment
	if err := json.Unmarshal([]byte(out), &as); err != nil {
		t.Fatal(err)
	}
	m := map[string]riskassess.Assessment{}
	for _, a := range as {
		m[string(a.Kind)+"/"+a.EntryID] = a
	}
	return m
}

// fieldPath matches a register field path (contracts[0].clauses,
// ismap.valid_until, governing_law).
var fieldPath = regexp.MustCompile(`[a-z_]+\[[0-9]*\]|[a-z]+_[a-z_]+|[a-z]+\.[a-z_]+`)

var decisionRank = map[riskassess.Decision]int{riskassess.DecisionApprove: 1, riskassess.DecisionConditional: 2, riskassess.DecisionReject: 3}

// TestVendorCannotImproveItsRating imports, for every kind, a vendor
// workbook answering はい, いいえ and 該当なし to every yes/no question it
// contains, for every entry of the example register (its answers removed
// first). No requirement the council or the register attests may change
// (except a register check that depends on the residual risk, APR-01),
// and answering 該当なし everywhere may never give a better residual risk,
// decision or control score than no answers at all.
func TestVendorCannotImproveItsRating(t *testing.T) {
	needExample(t)
	const asOf = "2026-11-27"
	base := t.TempDir()
	if err := os.CopyFS(base, os.DirFS(exampleRegister)); err != nil {
		t.Fatal(err)
	}
	stripAnswers(t, base)
	reg, reqs := loadCatalogued(t, base)
	attested := map[string]riskassess.Attester{}
	afterResidual := map[string]bool{}
	for _, r := range reqs {
		attested[r.ID] = r.AttestedBy
		afterResidual[r.ID] = r.AfterResidual
	}
	baseline := assessJSON(t, base, asOf)

	// Social accounts have no vendor: every question is the council's.
	if code, _, stderr := execCLI(t, "questionnaire", "--register", base, "--kind", "social", "-o", filepath.Join(t.TempDir(), "s.xlsx")); code == 0 || !strings.Contains(stderr, "議会が自ら確認します") {
		t.Errorf("questionnaire --kind social: exit %d, %s; want a refusal naming the council", code, stderr)
	}

	for _, v := range []string{"はい", "いいえ", "該当なし"} {
		t.Run(v, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(base)); err != nil {
				t.Fatal(err)
			}
			out := t.TempDir()
			var files []string
			asked := 0
			for _, k := range []riskassess.Kind{riskassess.KindContractor, riskassess.KindService} {
				qtype := map[string]riskassess.AnswerType{}
				for _, q := range xlsx.QuestionsFor(reqs, k) {
					qtype[q.ID] = q.Type
				}
				for _, e := range reg.Entries() {
					if e.Kind() != k {
						continue
					}
					p := filepath.Join(out, string(k)+"-"+e.Base().ID+".xlsx")
					q := &xlsx.Questionnaire{Kind: k, Entry: e, Register: reg, Requirements: reqs, CatalogueVersion: catalog.Version}
					if err := q.WriteFile(p); err != nil {
						t.Fatal(err)
					}
					f, err := excelize.OpenFile(p)
					if err != nil {
						t.Fatal(err)
					}
					rows, _ := f.GetRows("質問")
					for i, r := range rows {
						if i == 0 || len(r) == 0 {
							continue
						}
						if attested[strings.TrimPrefix(r[0], "Q-")] != riskassess.AttestVendor && r[0] != "Q-ORG-01" {
							t.Errorf("%s: the vendor is asked %s", p, r[0])
						}
						if len(r) > 4 && fieldPath.MatchString(r[4]) {
							t.Errorf("%s %s: the pre-filled comment %q shows a register field path", p, r[0], r[4])
						}
						if qtype[r[0]] != riskassess.AnswerYesNo {
							continue // a number or choice question cannot take はい / 該当なし: left blank
						}
						f.SetCellStr("質問", "D"+strconv.Itoa(i+1), v)
						asked++
					}
					if err := f.Save(); err != nil {
						t.Fatal(err)
					}
					files = append(files, p)
				}
			}
			if asked == 0 {
				t.Fatal("no question answered")
			}
			args := append([]string{"import", "--register", dir, "--as-of", asOf}, files...)
			if code, stdout, stderr := execCLI(t, args...); code != 0 {
				t.Fatalf("import: exit %d\n%s\n%s", code, stdout, stderr)
			}
			after := assessJSON(t, dir, asOf)
			for key, b := range baseline {
				a, ok := after[key]
				if !ok {
					t.Fatalf("%s missing after the import", key)
				}
				if strings.HasPrefix(key, string(riskassess.KindSocial)) {
					continue
				}
				bf := map[string]riskassess.Finding{}
				for _, f := range b.Findings {
					bf[f.Requirement+"|"+f.Evidence] = f
				}
				for _, f := range a.Findings {
					by, known := attested[f.Requirement]
					if !known || by == riskassess.AttestVendor || (by == riskassess.AttestRegister && afterResidual[f.Requirement]) {
						// Expiry findings follow the register; vendor requirements
						// may change, and so may a register check of what the
						// residual risk requires (the approval chain).
						continue
					}
					was, ok := bf[f.Requirement+"|"+f.Evidence]
					if !ok || was.Outcome != f.Outcome || was.Message != f.Message {
						t.Errorf("%s %s (%s): %s %q → %s %q after a vendor import", key, f.Requirement, by, was.Outcome, was.Message.Ja, f.Outcome, f.Message.Ja)
					}
				}
				if v != "該当なし" {
					continue
				}
				if a.Residual.Rank() < b.Residual.Rank() || decisionRank[a.Decision] < decisionRank[b.Decision] || a.ControlScore > b.ControlScore {
					t.Errorf("%s: all 該当なし gives %s/%s/%.1f, better than no answers %s/%s/%.1f",
						key, a.Residual, a.Decision, a.ControlScore, b.Residual, b.Decision, b.ControlScore)
				}
			}
		})
	}
}
