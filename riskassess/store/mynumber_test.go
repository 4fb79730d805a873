package store

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMyNumberNotClass1: information flagged my_number (a service's
// my_number, a contract's information item) at the lowest confidentiality
// level is refused at the level: My Number information is never class 1,
// and read as class 1 a terms-based service holding it met CLD-56 and
// escaped BLK-TERMS-CLASS2 (and a contract handing it over without a
// confidentiality clause escaped BLK-NO-CONFIDENTIALITY-CLAUSE). My
// Number at class 2 or higher, personal data at class 1 and My Number
// with no class stated are accepted; a register whose own scheme renames
// the levels is read by rank.
func TestMyNumberNotClass1(t *testing.T) {
	service := func(class, flags string) string {
		return "-- services/pay.yaml --\nname: {ja: 支払調書}\nowner: {section: somu}\napproval: {status: approved}\nprovider: {name: 株式会社多摩}\ncontract_type: terms\ndelivery: saas\n" +
			"class: {confidentiality: " + class + "}\n" + flags
	}
	contractor := func(class, flags string) string {
		return "-- contractors/acme.yaml --\nname: {ja: アクメ}\nlegal_name: 株式会社アクメ\nowner: {section: somu}\napproval: {status: approved}\ncontracts:\n  - id: k\n    scope: 入力\n    information:\n" +
			"      - description: 源泉徴収票\n        class: {confidentiality: " + class + "}\n" + flags
	}
	scheme := "classification:\n  confidentiality:\n    - {id: 秘, name: {ja: 秘}, rank: 2}\n    - {id: 公開, name: {ja: 公開}, rank: 1}\n" +
		"  integrity:\n    - {id: \"1\", name: {ja: 完全性1}, rank: 1}\n  availability:\n    - {id: \"1\", name: {ja: 可用性1}, rank: 1}\n"
	for _, tt := range []struct {
		name, reg, files string
		want             []string
	}{
		{"service, my number at class 1", "", service(`"1"`, "my_number: true\n"),
			[]string{`bad-value services/pay.yaml:7:26: class.confidentiality is "1", the lowest confidentiality level, but my_number is true: My Number information (特定個人情報) is never class 1; write its level (one of 3A, 3B, 3C, 2), or remove my_number if the information holds no My Number`}},
		{"contract, my number at class 1", "", contractor(`"1"`, "        my_number: true\n"),
			[]string{`bad-value contractors/acme.yaml:10:34: contracts[0].information[0].class.confidentiality is "1", the lowest confidentiality level, but contracts[0].information[0].my_number is true: My Number information (特定個人情報) is never class 1; write its level (one of 3A, 3B, 3C, 2), or remove contracts[0].information[0].my_number if the information holds no My Number`}},
		{"own scheme, my number at its lowest level", scheme, service("公開", "my_number: true\n"),
			[]string{`bad-value services/pay.yaml:7:26: class.confidentiality is "公開", the lowest confidentiality level, but my_number is true: My Number information (特定個人情報) is never class 1; write its level (one of 秘), or remove my_number if the information holds no My Number`}},
		{"service, my number at class 2", "", service(`"2"`, "my_number: true\n"), nil},
		{"service, my number at 3B", "", service("3B", "my_number: true\n"), nil},
		{"service, personal data at class 1", "", service(`"1"`, "personal_data: true\n"), nil},
		{"contract, my number at 3C", "", contractor("3C", "        my_number: true\n"), nil},
		{"contract, personal data at class 1", "", contractor(`"1"`, "        personal_data: true\n"), nil},
		{"own scheme, my number at its higher level", scheme, service("秘", "my_number: true\n"), nil},
	} {
		reg := registerYAML
		if tt.reg != "" {
			reg += tt.reg
		}
		_, err := Load(writeTxtar(t, reg+tt.files))
		if diff := cmp.Diff(tt.want, lines(err)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
