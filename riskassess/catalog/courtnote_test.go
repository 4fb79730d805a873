package catalog

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/gikai-sec/riskregister/riskassess"
)

// TestCourtLawNoteSaysNone: a governing law or court named before a note
// saying it is not written or not decided (日本法（記載なし）, 日本法（規約に
// 記載なし）, 東京地方裁判所（未定）) records none, the name a guess: it was
// met as Japan's. A note naming another clause (合意管轄の定めなし), where
// the text is written (第20条に記載) or anything else stays judged by the
// name.
func TestCourtLawNoteSaysNone(t *testing.T) {
	reqs := map[string]riskassess.Requirement{}
	for _, r := range Default() {
		reqs[r.ID] = r
	}
	type in struct{ id, v string }
	var none, met []in
	for _, v := range []string{"日本法（記載なし）", "日本法（規約に記載なし）", "日本法(準拠法の記載なし)", "日本法（利用規約上記載されていない）", "日本法（未定）",
		"日本法（確認中）", "日本法（予定）", "Japanese law (not stated)", "laws of Japan (not specified)", "日本法（定めなし）。"} {
		none = append(none, in{"CLD-28", v})
	}
	for _, v := range []string{"東京地方裁判所（記載なし）", "東京地方裁判所（規定されていない）", "東京地裁（管轄の定めなし）", "東京地方裁判所（不明）", "Tokyo District Court (TBD)"} {
		none = append(none, in{"CLD-29", v})
	}
	for _, v := range []string{"日本法（準拠法の条項は第20条）", "日本法（US版規約の適用なし）", "日本法（第20条に記載）", "日本法（規約第15条に明記）", "日本法（記載事項は別紙）",
		"日本法（定めなしの場合も日本法）", "日本法（記載あり）"} {
		met = append(met, in{"CLD-28", v})
	}
	for _, v := range []string{"東京地方裁判所（合意管轄の定めなし）", "東京地方裁判所（専属的合意管轄）", "東京地方裁判所（第25条に規定）", "東京地方裁判所（専属管轄の記載なし）"} {
		met = append(met, in{"CLD-29", v})
	}
	outcomes := func(ins []in) map[string]riskassess.Outcome {
		m := map[string]riskassess.Outcome{}
		for _, tt := range ins {
			s := sub(svc(func(v *riskassess.Service) {
				if tt.id == "CLD-28" {
					v.GoverningLaw = tt.v
				} else {
					v.Court = tt.v
				}
			}))
			m[tt.v] = evaluate(reqs[tt.id], s).Outcome
		}
		return m
	}
	want := map[string]riskassess.Outcome{}
	for _, tt := range none {
		want[tt.v] = notMet
	}
	for _, tt := range met {
		want[tt.v] = riskassess.OutcomeMet
	}
	if d := cmp.Diff(want, outcomes(append(none, met...))); d != "" {
		t.Errorf("outcomes (-want +got):\n%s", d)
	}
	// The message says nothing is recorded, not that the name is Japan.
	r := evaluate(reqs["CLD-28"], sub(svc(func(v *riskassess.Service) { v.GoverningLaw = "日本法（記載なし）" })))
	if d := cmp.Diff(riskassess.T("台帳に「日本法（記載なし）」と記録されている（記録がないものとして扱う）", `the register says "日本法（記載なし）": read as nothing recorded`), r.Message); d != "" {
		t.Errorf("message (-want +got):\n%s", d)
	}
}

// TestCourtLawGuessed: a governing law or court given as a guess
// (日本法（想定）, 日本法と思われる, 東京地裁（仮）, 日本法?) or with a note one
// part of which says none (日本法（規約に明記なし、事業者に確認中）) was met as
// Japan's; it records none. Notes saying something else stay judged by
// the name.
func TestCourtLawGuessed(t *testing.T) {
	reqs := map[string]riskassess.Requirement{}
	for _, r := range Default() {
		reqs[r.ID] = r
	}
	none := []string{"日本法（想定）", "日本法（推定）", "日本法と思われる", "日本法を想定", "日本法?", "日本法？", "日本法（仮）", "日本法（見込み）", "日本法（おそらく）",
		"日本法（規約未確認）", "日本法（確認できず）", "日本法（規約に明記なし、事業者に確認中）", "Japanese law (assumed)", "laws of Japan (presumably)",
		"東京地方裁判所（想定）", "東京地裁と推定", "東京地方裁判所（仮・事業者に確認中）"}
	met := []string{"日本法（グローバル共通）", "日本法（第20条）", "日本法（規約第15条に明記、事業者に確認済み）", "東京地方裁判所（合意管轄の定めなし）",
		"東京地方裁判所（専属的合意管轄）", "日本法（想定外の事態も含む）", "仮想通貨取引所の規約による日本法"}
	want, got := map[string]riskassess.Outcome{}, map[string]riskassess.Outcome{}
	for _, v := range append(append([]string(nil), none...), met...) {
		want[v] = riskassess.OutcomeMet
		if slices.Contains(none, v) {
			want[v] = notMet
		}
		id := "CLD-28"
		if strings.Contains(v, "裁") {
			id = "CLD-29"
		}
		got[v] = evaluate(reqs[id], sub(svc(func(s *riskassess.Service) {
			if id == "CLD-28" {
				s.GoverningLaw = v
			} else {
				s.Court = v
			}
		}))).Outcome
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("outcomes (-want +got):\n%s", d)
	}
}
