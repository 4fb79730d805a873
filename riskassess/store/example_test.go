package store_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/gikai-sec/riskregister/riskassess/store"
	"golang.org/x/tools/txtar"
)

// A register folder: register.yaml and one YAML file per entry.
const exampleRegister = `-- register.yaml --
name: {ja: 調布市議会, en: Chofu City Council}
sections:
  - {id: somu, name: {ja: 総務課}}
positions:
  - {id: kacho, title: {ja: 課長}}
people:
  - {id: tanaka, name: {ja: 田中 一郎}, section: somu, position: kacho}
-- contractors/acme.yaml --
name: {ja: 株式会社アクメ}
owner: {section: somu, person: tanaka}
approval: {status: approved, approver: kacho, decided_on: 2026-04-01}
legal_name: 株式会社アクメ
-- services/box.yaml --
name: {ja: Box}
owner: {section: somu}
approval: {status: requested}
provider: {name: "Box, Inc."}
contract_type: terms
delivery: saas
-- social/x-gikai.yaml --
name: {ja: 調布市議会公式X}
owner: {section: somu}
approval: {status: approved}
platform: x
handle: chofu_gikai
url: https://x.com/chofu_gikai
status: active
responsible: {section: somu, person: tanaka}
`

func writeRegister(archive string) (string, error) {
	dir, err := os.MkdirTemp("", "register")
	if err != nil {
		return "", err
	}
	for _, f := range txtar.Parse([]byte(archive)).Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
}

func ExampleLoad() {
	dir, err := writeRegister(exampleRegister)
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	reg, err := store.Load(dir)
	if err != nil {
		fmt.Println(err) // every problem, one per line: "file:line:col: message"
		return
	}
	fmt.Println(reg.Org.Name.Ja)
	for _, e := range reg.Entries() {
		b := e.Base()
		fmt.Printf("%-10s %-8s %-14s %s\n", e.Kind(), b.ID, b.Approval.Status, b.Source)
	}
	// Output:
	// 調布市議会
	// contractor acme     approved       contractors/acme.yaml
	// service    box      requested      services/box.yaml
	// social     x-gikai  approved       social/x-gikai.yaml
}

func ExampleLoad_errors() {
	dir, err := writeRegister(exampleRegister + `-- contractors/beta.yaml --
name: {ja: ベータ株式会社}
owner: {section: soumu}
approval: {status: approve}
legal_name: ベータ株式会社
sertifications: []
`)
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	_, err = store.Load(dir)
	fmt.Println(err)
	// Output:
	// contractors/beta.yaml:2:18: unknown section "soumu" in owner.section: register.yaml has no such section under sections: (did you mean "somu"?)
	// contractors/beta.yaml:3:20: bad value "approve": write approved instead (allowed: draft, requested, approved, conditional, rejected, suspended, retired)
	// contractors/beta.yaml:5:1: unknown field "sertifications" (did you mean "certifications"?)
}
