package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

const betaEntry = `name: {ja: ベータ株式会社}
owner: {section: somu}
approval: {status: approved}
legal_name: ベータ株式会社
rounds:
  - name: 令和7年度春
    sent_on: 2025-05-01
    reply_due: 2025-05-31
    returned_on: 2025-05-20
    imported_on: 2025-05-22
# 末尾のコメント
`

func spring(sent, due string) riskassess.RoundRecord {
	s, _ := riskassess.ParseDate(sent)
	d, _ := riskassess.ParseDate(due)
	return riskassess.RoundRecord{Name: "令和8年度春", SentOn: s, ReplyDue: d, File: "somu/acme.xlsx"}
}

func TestAddRoundsSeveralFiles(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry+"-- contractors/beta.yaml --\n"+betaEntry)
	r := spring("2026-05-01", "2026-05-31")
	if err := AddRounds(dir, []RoundAdd{{riskassess.KindContractor, "acme", r}, {riskassess.KindContractor, "beta", r}}); err != nil {
		t.Fatal(err)
	}
	acme, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
	want := commentedEntry + "rounds:\n  - name: 令和8年度春\n    sent_on: 2026-05-01\n    reply_due: 2026-05-31\n    file: somu/acme.xlsx\n"
	if diff := cmp.Diff(want, string(acme)); diff != "" {
		t.Errorf("acme.yaml (-want +got):\n%s", diff)
	}
	beta, _ := os.ReadFile(filepath.Join(dir, "contractors", "beta.yaml"))
	wantBeta := strings.Replace(betaEntry, "# 末尾のコメント\n", "  - name: 令和8年度春\n    sent_on: 2026-05-01\n    reply_due: 2026-05-31\n    file: somu/acme.xlsx\n# 末尾のコメント\n", 1)
	if diff := cmp.Diff(wantBeta, string(beta)); diff != "" {
		t.Errorf("beta.yaml (-want +got):\n%s", diff)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := reg.Contractor("beta").Rounds; len(got) != 2 || got[1] != r {
		t.Errorf("beta rounds = %+v", got)
	}

	// Marking the round returned and imported; a second mark keeps the
	// first returned date.
	ret, _ := riskassess.ParseDate("2026-05-20")
	imp, _ := riskassess.ParseDate("2026-05-25")
	if err := MarkRound(dir, riskassess.KindContractor, "acme", "令和8年度春", ret, imp); err != nil {
		t.Fatal(err)
	}
	if err := MarkRound(dir, riskassess.KindContractor, "acme", "令和8年度春", imp, imp); err != nil {
		t.Fatal(err)
	}
	reg, err = Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := reg.Contractor("acme").Rounds
	if len(got) != 1 || got[0].ReturnedOn != ret || got[0].ImportedOn != imp {
		t.Errorf("acme rounds after MarkRound = %+v", got)
	}
	if err := MarkRound(dir, riskassess.KindContractor, "acme", "令和9年度春", ret, imp); err == nil || !strings.Contains(err.Error(), "令和9年度春") {
		t.Errorf("MarkRound of an unknown round = %v", err)
	}
}

// TestAddRoundsAllOrNothing: a round already recorded for one entry, or a
// missing entry file, leaves every file as it was.
func TestAddRoundsAllOrNothing(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n"+commentedEntry+"-- contractors/beta.yaml --\n"+betaEntry)
	read := func() string {
		a, _ := os.ReadFile(filepath.Join(dir, "contractors", "acme.yaml"))
		b, _ := os.ReadFile(filepath.Join(dir, "contractors", "beta.yaml"))
		return string(a) + "\x00" + string(b)
	}
	before := read()
	dup := spring("2026-05-01", "2026-05-31")
	dup.Name = "令和7年度春" // beta has it already
	err := AddRounds(dir, []RoundAdd{{riskassess.KindContractor, "acme", dup}, {riskassess.KindContractor, "beta", dup}})
	if err == nil || !strings.Contains(err.Error(), "令和7年度春") {
		t.Fatalf("duplicate round: err = %v", err)
	}
	err = AddRounds(dir, []RoundAdd{{riskassess.KindContractor, "acme", spring("2026-05-01", "2026-05-31")}, {riskassess.KindContractor, "gone", spring("2026-05-01", "2026-05-31")}})
	if err == nil {
		t.Fatal("missing file: no error")
	}
	if got := read(); got != before {
		t.Errorf("files changed by failed AddRounds:\n%s", got)
	}
}

// TestRoundsReencodeFlow: a flow-style file is re-encoded, and still loads
// with the round.
func TestRoundsReencodeFlow(t *testing.T) {
	dir := writeTxtar(t, registerYAML+"-- contractors/acme.yaml --\n{name: {ja: アクメ}, owner: {section: somu}, approval: {status: approved}, legal_name: アクメ, rounds: []}\n")
	if err := AddRounds(dir, []RoundAdd{{riskassess.KindContractor, "acme", spring("2026-05-01", "2026-05-31")}}); err != nil {
		t.Fatal(err)
	}
	reg, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := reg.Contractor("acme").Rounds; len(got) != 1 || got[0].Name != "令和8年度春" {
		t.Errorf("rounds = %+v", got)
	}
}

// TestRoundChecks: the store refuses a round without a name or dates, a
// reply date before the sending date and two rounds of one name.
func TestRoundChecks(t *testing.T) {
	dir := writeTxtar(t, registerYAML+`-- contractors/acme.yaml --
name: {ja: アクメ}
name_kana: あくめ
owner: {section: somu}
approval: {status: approved}
legal_name: アクメ
rounds:
  - name: 春
    sent_on: 2026-05-01
    reply_due: 2026-04-30
  - name: 春
    sent_on: 2026-05-01
    reply_due: 2026-05-30
  - sent_on: 2026-06-01
`)
	_, err := Load(dir)
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{"name_kana", "rounds[0].reply_due", `10:11: duplicate questionnaire round name "春"`, "rounds[2].name", "rounds[2].reply_due"} {
		if !strings.Contains(msg, want) {
			t.Errorf("errors do not mention %s:\n%s", want, msg)
		}
	}
}
