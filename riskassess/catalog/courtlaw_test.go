package catalog

import "testing"

// TestCourtSeatsMet holds isJapaneseCourt to every seat it lists: each of
// districtCourtPlaces before 地方裁判所 and 地裁, each of highCourtPlaces
// before 高等裁判所 and 高裁 (京都地裁 and 甲府地方裁判所 were read as abroad:
// 都 and 府 were taken off the seat's own name).
func TestCourtSeatsMet(t *testing.T) {
	var vs []string
	for _, p := range districtCourtPlaces {
		vs = append(vs, p+"地方裁判所", p+"地裁")
	}
	for _, p := range highCourtPlaces {
		vs = append(vs, p+"高等裁判所", p+"高裁")
	}
	vs = append(vs, "京都府京都地方裁判所", "山梨県甲府地方裁判所", "東京都東京地方裁判所", "三重県津市地方裁判所")
	for _, v := range vs {
		if !isJapaneseCourt(v) {
			t.Errorf("isJapaneseCourt(%q) = false", v)
		}
	}
}

// TestCourtLawWordings holds isJapaneseCourt and isJapaneseLaw to
// wordings of a Japanese court or law that were read as abroad: a court
// word after a kanji run that is no place (合意管轄地方裁判所), 日本国内 or
// 日本における裁判所, and a word for outside Japan only in an explanatory
// bracket; and keeps courts and laws outside Japan not met.
func TestCourtLawWordings(t *testing.T) {
	for _, v := range []string{"甲の本店所在地管轄地方裁判所", "合意管轄地方裁判所", "委託者所在地管轄地方裁判所", "日本国内にある裁判所",
		"日本における裁判所", "日本国内", "東京地方裁判所（日本国外からの利用者も同じ）", "東京地方裁判所(日本国外からの利用者も同じ)",
		"東京地方裁判所", "日本の裁判所", "専属的合意管轄裁判所東京地裁"} {
		if !isJapaneseCourt(v) {
			t.Errorf("isJapaneseCourt(%q) = false", v)
		}
	}
	for _, v := range []string{"日本国外の裁判所", "日本以外の裁判所", "北京高裁", "日本商事仲裁協会", "日本国外の裁判所（東京地裁を除く）",
		"東京地方裁判所（日本国外からの利用者も同じ", "北京所在地管轄地方裁判所又は北京高裁", "日本国内又はシンガポールの裁判所"} {
		if isJapaneseCourt(v) {
			t.Errorf("isJapaneseCourt(%q) = true", v)
		}
	}
	for _, v := range []string{"日本法（日本国外からの利用にも適用）", "日本法（日本法以外は適用しない）", "日本法", "日本法（外国法の適用を除く）"} {
		if !isJapaneseLaw(v) {
			t.Errorf("isJapaneseLaw(%q) = false", v)
		}
	}
	for _, v := range []string{"日本以外の国の法", "日本法以外の準拠法（提供者の定めによる）", "日本国外の法令", "日本法又はシンガポール法"} {
		if isJapaneseLaw(v) {
			t.Errorf("isJapaneseLaw(%q) = true", v)
		}
	}
}
