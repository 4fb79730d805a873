package load_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/sitegen"
)

// From a register folder to a published site: load.Dir reads and checks
// the folder and returns the catalogue in force with the register;
// riskassess.Scorer.AssessAll scores every entry against it, with the
// catalogue's blocker rules (Result.Blockers); publiclist.Apply adds the
// cross-checks against the register's public-list snapshots (lists/);
// sitegen.Build writes the site. These are the calls of riskregister build.
// An invalid register stops at the first step with every problem.
func Example() {
	res, err := load.Dir("../../examples/chofu-gikai")
	if err != nil {
		log.Fatal(err) // every problem, one per line
	}
	reg := res.Register
	asOf := riskassess.NewDate(2026, 11, 27)
	assessments, err := riskassess.Scorer{Blockers: res.Blockers}.AssessAll(reg, res.Requirements, asOf)
	if err != nil {
		log.Fatal(err)
	}
	publiclist.Apply(reg, assessments)

	tmp, err := os.MkdirTemp("", "load-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "public")
	_, err = sitegen.Build(context.Background(), reg, assessments, sitegen.Options{
		OutDir: out, AsOf: asOf, Requirements: res.Requirements, CatalogueVersion: catalog.Version,
	})
	if err != nil {
		log.Fatal(err)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("problems:", len(res.Problems))
	fmt.Println("every entry assessed:", len(assessments) == len(reg.Entries()))
	fmt.Println("index names the council:", strings.Contains(string(index), reg.Org.Name.Ja))
	// Output:
	// problems: 0
	// every entry assessed: true
	// index names the council: true
}

// An invalid register: every problem at once, each at its file, line and
// column, in Japanese or English — here a contract clause citing a
// requirement that does not exist next to a misspelt key.
func ExampleDir_invalid() {
	dir, err := os.MkdirTemp("", "load-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	write := func(name, body string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	write("register.yaml", "name: {ja: 見本市議会}\nsections:\n  - {id: somu, name: {ja: 総務課}}\n")
	write("contractors/acme.yaml", `name: {ja: 株式会社アクメ}
legal_name: 株式会社アクメ
owner: {section: somu}
approval: {status: draft}
sertifications: []
contracts:
  - {id: k1, scope: 保守, clauses: [{requirement: OUT-99}]}
`)
	res, err := load.Dir(dir)
	fmt.Println(err != nil, res.Valid())
	for _, line := range res.Lines("en", nil) {
		fmt.Println(line)
	}
	for _, p := range res.Problems {
		fmt.Println(p.Code, p.Path)
	}
	// Output:
	// true false
	// contractors/acme.yaml:5:1: unknown field "sertifications" (did you mean "certifications"?)
	// contractors/acme.yaml:7:49: contracts[0].clauses[0].requirement: unknown requirement "OUT-99"; use a requirement id from docs/catalog.md
	// unknown-field sertifications
	// unknown-requirement contracts[0].clauses[0].requirement
}
