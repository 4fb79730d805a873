package catalog

import (
	"bytes"
	"fmt"
	"github.com/gikai-sec/riskregister/riskassess/foreign"
	"github.com/google/go-cmp/cmp"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMappingsSelfTest: the built-in mappings pass their self-test against
// the catalogue (ids well-formed and known, requirements exist, strengths
// valid, full links only to the vendor's yes/no questions), the CAIQ
// mapping lists all 261 question ids of v4.0.x in 17 domains, and says
// something (links or a reason) about every one.
func TestMappingsSelfTest(t *testing.T) {
	ms := Mappings()
	if err := CheckMappings(ms, Default()); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Questionnaire+" "+m.Versions)
	}
	if diff := cmp.Diff([]string{"caiq 4.0.x", "hecvat 4.x", "hecvat-full 3.x", "hecvat-lite 3.x"}, got); diff != "" {
		t.Errorf("mappings (-want +got):\n%s", diff)
	}
	caiq := ms[0]
	domains := map[string]int{}
	for _, q := range caiq.Questions {
		domains[strings.Split(q, "-")[0]]++
	}
	if len(caiq.Questions) != 261 || len(domains) != 17 || caiq.Questions[0] != "A&A-01.1" || caiq.Questions[260] != "UEM-14.1" {
		t.Errorf("CAIQ: %d questions in %d domains, first %q last %q; want 261 in 17, A&A-01.1 … UEM-14.1",
			len(caiq.Questions), len(domains), caiq.Questions[0], caiq.Questions[len(caiq.Questions)-1])
	}
	linked := map[string]bool{}
	for _, l := range caiq.Links {
		linked[l.Question] = true
	}
	for _, q := range caiq.Questions {
		if _, ok := caiq.UnmappedReason(q); !ok && !linked[q] {
			t.Errorf("CAIQ %s: neither linked nor given a reason", q)
		}
	}
	for _, m := range ms {
		for _, l := range m.Links {
			if !foreign.WellFormedID(m.Questionnaire, l.Question) {
				t.Errorf("%s: %s", m.Source, l.Question)
			}
		}
	}
}

// TestMappingCheck: each kind of bad mapping is refused with a message
// naming the file, the link and the fix.
func TestMappingCheck(t *testing.T) {
	const head = "questionnaire: caiq\nversions: \"4.0.x\"\nname: test\nquestions: [\"A&A-01.1\", \"STA-12.1\"]\n"
	reason := `reason: {ja: 理由, en: why}`
	tests := []struct{ name, yaml, want string }{
		{"ok", head + "links:\n  - {question: STA-12.1, requirement: CLD-21, strength: full, " + reason + "}\n", ""},
		{"unknown requirement", head + "links:\n  - {question: STA-12.1, requirement: CLD-999, strength: partial, " + reason + "}\n",
			`org.yaml: links[0] (STA-12.1 → CLD-999): no requirement "CLD-999" in the catalogue`},
		{"bad question id", head + "links:\n  - {question: STA12, requirement: CLD-21, strength: partial, " + reason + "}\n",
			`"STA12" is not a well-formed caiq question id`},
		{"question not in the list", head + "links:\n  - {question: UEM-01.1, requirement: CLD-21, strength: partial, " + reason + "}\n",
			`question "UEM-01.1" is not one of the questionnaire's questions`},
		{"bad strength", head + "links:\n  - {question: STA-12.1, requirement: CLD-21, strength: strong, " + reason + "}\n",
			`strength "strong" is not one of full, partial, evidence`},
		{"full to a council requirement", head + "links:\n  - {question: STA-12.1, requirement: CLD-23, strength: full, " + reason + "}\n",
			`a full link must name a requirement the vendor answers; CLD-23 is attested by council`},
		{"full to a register requirement", head + "links:\n  - {question: STA-12.1, requirement: CLD-03, strength: full, " + reason + "}\n",
			`CLD-03 is attested by register`},
		{"full to a number question", head + "links:\n  - {question: STA-12.1, requirement: CLD-19, strength: full, " + reason + "}\n",
			`a full link must name a yes/no question; CLD-19 is not one`},
		{"reason without English", head + "links:\n  - {question: STA-12.1, requirement: CLD-21, strength: partial, reason: {ja: 理由}}\n",
			`the reason needs ja and en`},
		{"unknown questionnaire", "questionnaire: sig\nversions: \"1\"\nname: x\nlinks: []\n", `unknown questionnaire "sig"`},
		{"bad versions", "questionnaire: caiq\nversions: \"four\"\nname: x\nlinks: []\n", `bad version range "four"`},
		{"repeated link", head + "links:\n  - {question: STA-12.1, requirement: CLD-21, strength: partial, " + reason + "}\n  - {question: STA-12.1, requirement: CLD-21, strength: evidence, " + reason + "}\n",
			`link repeated`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMapping("org.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			err = CheckMappings([]foreign.Mapping{m}, Default())
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestParseMappingErrors: an unknown field and a YAML error name the file
// and line.
func TestParseMappingErrors(t *testing.T) {
	_, err := ParseMapping("mappings/own.yaml", []byte("questionnaire: caiq\nversion: \"4.0.x\"\n"))
	if err == nil || !strings.Contains(err.Error(), "mappings/own.yaml") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error %v, want file and line 2", err)
	}
	m1, _ := ParseMapping("a.yaml", []byte("questionnaire: caiq\nversions: \"4.0.x\"\nname: a\nlinks: []\n"))
	err = CheckMappings([]foreign.Mapping{m1, m1}, Default())
	if err == nil || !strings.Contains(err.Error(), "also mapped by a.yaml") {
		t.Errorf("duplicate range: %v", err)
	}
}

// TestWithOrgMappings: an organisation's mapping of a range replaces the
// built-in one; other ranges stay.
func TestWithOrgMappings(t *testing.T) {
	own := foreign.Mapping{Questionnaire: "hecvat-lite", Versions: "3.x", Name: "own", Source: "mappings/lite.yaml"}
	var got []string
	for _, m := range WithOrgMappings([]foreign.Mapping{own}, Mappings()) {
		got = append(got, m.Questionnaire+" "+m.Versions+" "+m.Name)
	}
	want := []string{"hecvat-lite 3.x own", "caiq 4.0.x CSA CAIQ v4.0.x", "hecvat 4.x EDUCAUSE HECVAT 4.x", "hecvat-full 3.x EDUCAUSE HECVAT Full 3.x"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// mappingDocs are the generated documents: one per mapping listed here.
var mappingDocs = map[string]string{"caiq": "../../docs/mapping-caiq-v4.md"}

// TestMappingDocs: docs/mapping-caiq-v4.md is generated from the mapping
// and current (regenerate with -update); it lists all 261 question ids.
func TestMappingDocs(t *testing.T) {
	for _, m := range Mappings() {
		p, ok := mappingDocs[m.Questionnaire]
		if !ok {
			continue
		}
		got := MappingMarkdown(m, Default())
		if *update {
			if err := os.WriteFile(filepath.FromSlash(p), got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(filepath.FromSlash(p))
		if err != nil {
			t.Fatalf("%v (create it: go test ./riskassess/catalog -run TestMappingDocs -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale; regenerate: go test ./riskassess/catalog -run TestMappingDocs -update\n%s", p, cmp.Diff(string(want), string(got)))
		}
		for _, q := range m.Questions {
			if !bytes.Contains(got, []byte("| "+q+" |")) {
				t.Errorf("%s: %s not listed", p, q)
			}
		}
		if n := bytes.Count(got, []byte("対応なし / not mapped")); n == 0 || n >= len(m.Questions) {
			t.Errorf("%s: %d rows not mapped", p, n)
		}
	}
}

func ExampleMappings() {
	for _, m := range Mappings() {
		fmt.Println(m.Questionnaire, m.Versions, len(m.Questions), m.Name)
	}
	// Output:
	// caiq 4.0.x 261 CSA CAIQ v4.0.x
	// hecvat 4.x 0 EDUCAUSE HECVAT 4.x
	// hecvat-full 3.x 0 EDUCAUSE HECVAT Full 3.x
	// hecvat-lite 3.x 0 EDUCAUSE HECVAT Lite 3.x
}
