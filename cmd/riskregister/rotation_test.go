package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// rotationRegister: on 2027-04-01 sakamoto leaves 広報係長 for 総務課長 and
// kato takes it over; the 議事係長 retires with nobody after; two 主任
// share 広報係.
const rotationRegister = `
-- register.yaml --
name: {ja: 見本市議会}
sections:
  - {id: somu, name: {ja: 総務課, en: General Affairs}}
  - {id: koho, name: {ja: 広報係, en: PR Unit}, parent: somu}
  - {id: giji, name: {ja: 議事係, en: Proceedings Unit}}
positions:
  - {id: kacho, title: {ja: 課長, en: Head}}
  - {id: kakaricho, title: {ja: 係長, en: Unit Head}}
  - {id: shunin, title: {ja: 主任, en: Senior}}
people:
  - id: sakamoto
    name: {ja: 坂本 涼子, en: Ryoko Sakamoto}
    section: somu
    position: kacho
    from: 2027-04-01
    previous: [{section: koho, position: kakaricho, until: 2027-03-31}]
  - {id: kato, name: {ja: 加藤 優子, en: Yuko Kato}, section: koho, position: kakaricho, from: 2027-04-01}
  - {id: yoshida, name: {ja: 吉田 直樹, en: Naoki Yoshida}, section: giji, position: kakaricho, until: 2027-03-31}
  - {id: nagai, name: {ja: 永井 大輔}, section: koho, position: shunin}
  - {id: ito, name: {ja: 伊藤 翔}, section: koho, position: shunin}
-- contractors/print.yaml --
name: {ja: 印刷株式会社}
legal_name: 印刷株式会社
owner: {section: koho, position: kakaricho, person: sakamoto}
approval: {status: approved, decided_on: 2026-05-01}
last_reviewed: 2026-05-01
-- contractors/tape.yaml --
name: {ja: 反訳株式会社}
legal_name: 反訳株式会社
owner: {section: giji, position: kakaricho}
approval: {status: approved, decided_on: 2026-05-01}
last_reviewed: 2026-05-01
-- contractors/web.yaml --
name: {ja: ウェブ株式会社}
legal_name: ウェブ株式会社
owner: {section: koho, position: shunin}
approval: {status: approved, decided_on: 2026-05-01}
last_reviewed: 2026-05-01
-- contractors/ok.yaml --
name: {ja: 問題なし株式会社}
legal_name: 問題なし株式会社
owner: {section: koho, position: shunin, person: nagai}
approval:
  status: approved
  decided_on: 2026-05-01
  signatures: [{position: kacho, person: nagai}]
last_reviewed: 2026-05-01
`

// TestValidateStaffWarnings: validate warns, at the field, about a named
// owner who moved, a vacant post and a post with two holders, and still
// exits 0; before the moves only the two holders are a problem.
func TestValidateStaffWarnings(t *testing.T) {
	dir := writeTxtar(t, rotationRegister)
	code, out, errOut := execCLI(t, "validate", "--register", dir, "--as-of", "2027-04-01")
	if code != 0 {
		t.Fatalf("exit %d, want 0 (warnings only)\n%s", code, errOut)
	}
	p := func(f string) string { return filepath.ToSlash(filepath.Join(dir, f)) }
	want := []string{
		p("contractors/ok.yaml") + ":7:42: 警告: approval.signatures[0].person: 永井 大輔（nagai） は 2026-05-01 に 広報係の主任 で、課長 として決裁できません。決裁した役職か職員を直すか、代決・兼務なら acting: true を記録してください",
		p("contractors/print.yaml") + ":3:53: 警告: owner.person: 坂本 涼子（sakamoto） は 広報係の係長 ではありません（2027-04-01 時点では 総務課の課長）。現任者は 加藤 優子（kato）です。owner.person を更新してください",
		p("contractors/tape.yaml") + ":3:8: 警告: owner: 議事係の係長 は 2027-04-01 に空席です（register.yaml の people に在任者がいない）。担当者を owner.person に記入するか、people を更新してください",
		p("contractors/web.yaml") + ":3:8: 警告: owner: 広報係の主任 の在任者が 2 人います（nagai, ito）。どちらが担当かを owner.person に記入してください",
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSpace(errOut), "\n")); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if !strings.Contains(out, "OK: 委託事業者 4件, 外部サービス 0件, SNS 0件（2027-04-01 時点の警告 4件。一覧は riskregister rotation）") {
		t.Errorf("stdout = %q", out)
	}
	code, _, errOut = execCLI(t, "validate", "--register", dir, "--as-of", "2027-03-31", "--lang", "en")
	if code != 0 || strings.Count(errOut, "warning:") != 2 || !strings.Contains(errOut, "web.yaml:3:8: warning: owner: 2 people hold Senior of PR Unit (nagai, ito)") {
		t.Errorf("on 2027-03-31: exit %d, stderr:\n%s", code, errOut)
	}
}

// TestRotation: the rotation report lists every entry whose responsible
// people changed or are vacant, with the holder to write in; an entry
// whose named person still holds the post is not listed.
func TestRotation(t *testing.T) {
	dir := writeTxtar(t, rotationRegister)
	code, out, errOut := execCLI(t, "rotation", "--register", dir, "--as-of", "2027-04-01", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var doc struct {
		AsOf  string `json:"as_of"`
		Items []struct {
			Status, Kind, ID, Field, Current string
			Holders                          []string
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	type item struct{ Status, ID, Field, Current, Holders string }
	var got []item
	for _, it := range doc.Items {
		got = append(got, item{it.Status, it.ID, it.Field, it.Current, strings.Join(it.Holders, ",")})
	}
	want := []item{
		{"moved", "print", "owner.person", "kato", "kato"},
		{"vacant", "tape", "owner", "", ""},
		{"ambiguous", "web", "owner", "", "nagai,ito"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rotation items (-want +got):\n%s", diff)
	}
	code, out, _ = execCLI(t, "rotation", "--register", dir, "--as-of", "2027-04-01")
	if code != 0 || !strings.Contains(out, "3 件（エントリ 3 件）基準日 2027-04-01") || !strings.Contains(out, "広報係 係長 坂本 涼子") {
		t.Errorf("table: exit %d\n%s", code, out)
	}
	if code, _, errOut := execCLI(t, "rotation", "--register", dir, "--format", "xml"); code != 2 {
		t.Errorf("--format xml: exit %d, want 2\n%s", code, errOut)
	}
}

// TestRotationExample: in the example register the April 2027 moves are
// announced: 坂本 涼子 leaves 広報係長 (加藤 優子 follows) and the 議事係長
// retires with no successor; before that date nothing is listed.
func TestRotationExample(t *testing.T) {
	needExample(t)
	dir := filepath.Join("..", "..", "examples", "chofu-gikai")
	code, out, _ := execCLI(t, "rotation", "--register", dir, "--as-of", "2026-11-27")
	if code != 0 || !strings.Contains(out, "担当者の変わったエントリはありません") {
		t.Errorf("2026-11-27: exit %d\n%s", code, out)
	}
	code, out, _ = execCLI(t, "rotation", "--register", dir, "--as-of", "2027-04-01", "--lang", "en")
	for _, want := range []string{"x-chofu-gikai", "credential_custodian", "Yuko Kato", "fuda-data-entry", "(none)"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("2027-04-01: exit %d, output lacks %q\n%s", code, want, out)
		}
	}
}
