package riskassess

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestJapanHedge: the words that say a place is in Japan only mostly or
// as a rule (主に国内, 原則として国内, 国内中心, mainly in Japan), which the
// store refuses in a data location's region under JP and a work site's
// address (they were read as all in Japan). A word for Japan inside
// another word (日本橋, Japanese, domestically), a hedge about something
// else (原則として受託者事務所, 主に東京, 東京（メイン）), 中心部 (a city's centre),
// 国内のみ and a hedge with no exception (原則国内（例外なし）) are not.
func TestJapanHedge(t *testing.T) {
	type got struct {
		Phrase string
		OK     bool
	}
	for _, tt := range []struct {
		in   string
		want got
	}{
		{"主に国内", got{"主に国内", true}},
		{"原則国内", got{"原則国内", true}},
		{"原則として国内", got{"原則として国内", true}},
		{"原則として日本国内", got{"原則として日本国内", true}},
		{"基本的に国内", got{"基本的に国内", true}},
		{"ほぼ国内", got{"ほぼ国内", true}},
		{"大部分は国内", got{"大部分は国内", true}},
		{"大半が国内", got{"大半が国内", true}},
		{"概ね国内", got{"概ね国内", true}},
		{"通常は国内", got{"通常は国内", true}},
		{"主に日本全国", got{"主に日本", true}},
		{"国内中心", got{"国内中心", true}},
		{"国内が中心", got{"国内が中心", true}},
		{"国内メイン", got{"国内メイン", true}},
		{"国内がメイン", got{"国内がメイン", true}},
		{"国内主体", got{"国内主体", true}},
		{"国内が主", got{"国内が主", true}},
		{"国内優先", got{"国内優先", true}},
		{"主に国内の受託者事務所", got{"主に国内", true}},
		{"mainly in Japan", got{"mainly in Japan", true}},
		{"Mostly Japan", got{"Mostly Japan", true}},
		{"primarily domestic", got{"primarily domestic", true}},
		{"in principle, Japan", got{"in principle, Japan", true}},
		{"Japan-centric", got{"Japan-centric", true}},
		{"ＭＡＩＮＬＹ　ＪＡＰＡＮ", got{"MAINLY JAPAN", true}},
		// The hedge in a bracket after the word for Japan, or 基本 alone.
		{"国内（原則）", got{"国内(原則)", true}},
		{"日本（原則として）", got{"日本(原則", true}},
		{"国内（例外あり）", got{"国内(例外あり)", true}},
		{"東京都港区（日本国内（一部例外あり））", got{"日本国内(一部例外あり)", true}},
		{"基本国内", got{"基本国内", true}},
		{"Japan (mostly)", got{"Japan (mostly)", true}},
		{"in Japan as a rule", got{"Japan as a rule", true}},
		{"Japan (in principle)", got{"Japan (in principle)", true}},
		{"Japan, with exceptions", got{"Japan, with exceptions", true}},
		// No such words.
		{"国内", got{}},
		{"日本国内", got{}},
		{"国内のみ", got{}},
		{"主に東京", got{}},
		{"東京（メイン）", got{}},
		{"原則として受託者事務所", got{}},
		{"主に日本橋のDC", got{}},
		{"東京都中央区日本橋", got{}},
		{"国内中心部", got{}},
		{"国内主要都市", got{}},
		{"Japanese vendor", got{}},
		{"stored domestically", got{}},
		{"原則国内（例外なし）", got{}},
		{"mainly Tokyo", got{}},
		{"主に国内向けの広報物の入力", got{}},
		{"国内（基本設計・詳細設計）", got{}},
		{"国内（主体は受託者）", got{}},
		{"国内（原則どおり）", got{}},
		{"国内（例外なし）", got{}},
		{"Japan (mostly Tokyo)", got{}},
		{"Japan as a rule, no exception", got{}},
		{"基本設計は国内", got{}},
		{"", got{}},
	} {
		p, ok := JapanHedge(tt.in)
		if diff := cmp.Diff(tt.want, got{p, ok}); diff != "" {
			t.Errorf("JapanHedge(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
