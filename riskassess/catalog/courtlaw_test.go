package catalog

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/gikai-sec/riskregister/riskassess"
)

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

// TestKanjiPlacesAbroad: a court or law abroad written with the kanji
// (ateji) name of its city or country was read as Japan's: 紐育簡易裁判所
// (a summary court by its full name is not judged by its place) and
// 日本法（倫敦） (a bracket naming no place CountriesNamed knew) were met.
// Japanese courts and laws whose names hold some of the same kanji stay
// met.
func TestKanjiPlacesAbroad(t *testing.T) {
	for _, p := range []string{"紐育", "倫敦", "巴里", "伯林", "桑港", "羅府", "華盛頓", "新嘉坡", "星港", "台北", "上海", "北京",
		"独国", "仏国", "星国", "蘭国", "愛蘭", "印度", "独逸", "仏蘭西", "濠洲", "北米"} {
		for _, v := range []string{p + "簡易裁判所", "東京地方裁判所（" + p + "）", "東京地方裁判所又は" + p} {
			if isJapaneseCourt(v) {
				t.Errorf("isJapaneseCourt(%q) = true", v)
			}
		}
		for _, v := range []string{"日本法（" + p + "）", "日本法（" + p + "法）"} {
			if isJapaneseLaw(v) {
				t.Errorf("isJapaneseLaw(%q) = true", v)
			}
		}
	}
	for _, v := range []string{"紐育州法", "加州法", "独国法", "日本法又は英吉利法"} {
		if isJapaneseLaw(v) {
			t.Errorf("isJapaneseLaw(%q) = true", v)
		}
	}
	for _, v := range []string{"東京簡易裁判所", "米沢簡易裁判所", "山形地方裁判所米沢支部", "伊勢簡易裁判所", "和歌山地方裁判所", "津地方裁判所",
		"上野簡易裁判所", "北見簡易裁判所", "台東区を管轄する東京簡易裁判所", "大阪地方裁判所（英語版規約も同じ）"} {
		if !isJapaneseCourt(v) {
			t.Errorf("isJapaneseCourt(%q) = false", v)
		}
	}
	for _, v := range []string{"日本法", "日本国法（英語訳は参考）", "日本法（中国・四国地方の拠点を含む）"} {
		if !isJapaneseLaw(v) {
			t.Errorf("isJapaneseLaw(%q) = false", v)
		}
	}
}

// TestTermsVersionAbroad: a law or court named with a bracket saying it
// is read from a version of the terms for abroad (日本法（US版規約）) was met;
// it is not, with a message saying why. A bracket saying the terms are
// not that version, are common to all (グローバル共通) or the Japanese
// version of global terms, or that a translation prevails, stays met.
func TestTermsVersionAbroad(t *testing.T) {
	whyJa, whyEn := "（国外向けの版の規約による。利用する版の定めを確かめて記録する）",
		" (from a version of the terms for abroad: check what the version in use says and record it)"
	for _, tt := range []struct {
		id, v string
		set   func(*riskassess.Service, string)
	}{
		{"CLD-28", "日本法（US版規約）", setLaw},
		{"CLD-28", "日本法（米国版の利用規約による）", setLaw},
		{"CLD-28", "日本法（米国版規約に準拠）", setLaw},
		{"CLD-28", "日本法（ＵＳ版）", setLaw},
		{"CLD-28", "日本法（海外版の規約）", setLaw},
		{"CLD-28", "the laws of Japan (US terms)", setLaw},
		{"CLD-28", "Japanese law (US version of the Terms of Service)", setLaw},
		{"CLD-29", "東京地方裁判所（US版規約）", setCourt},
		{"CLD-29", "東京地方裁判所（シンガポール向けの利用規約）", setCourt},
		// Outside one place abroad, the version of another (reader r34e).
		{"CLD-28", "日本法（米国外の顧客向けシンガポール版規約）", setLaw},
		{"CLD-28", "the laws of Japan (terms for customers outside the US, Singapore edition)", setLaw},
	} {
		got := checks[tt.id](newReq(tt.id), sub(svc(func(v *riskassess.Service) { tt.set(v, tt.v) })))
		want := riskassess.T(tt.v+whyJa, tt.v+whyEn)
		if got.Outcome != riskassess.OutcomeNotMet || got.Message != want {
			t.Errorf("%s %q: %s %v; want not met %v", tt.id, tt.v, got.Outcome, got.Message, want)
		}
	}
	for _, v := range []string{"日本法（英語版が優先）", "日本法（English version prevails）", "日本法（英語版規約）", "日本法（US版規約とは異なる）",
		"日本法（グローバル共通）", "日本法（グローバル規約の日本版）", "日本法（米国法人が定める規約）",
		"日本法（米国版規約の利用者を含む）", "日本法（日本語版が優先）"} {
		if !isJapaneseLaw(v) {
			t.Errorf("isJapaneseLaw(%q) = false", v)
		}
	}
	// Terms for outside a place abroad, set apart or not applied, and
	// APAC terms (APAC holds Japan) point to the council's own version.
	for _, v := range []string{"日本法（米国外の顧客向け規約）", "the laws of Japan (terms for customers outside the US)", "日本法（US版規約の適用なし）",
		"日本法（米国版規約とは別）", "日本法（APAC版規約）", "日本法（EU域外向け規約）"} {
		if !isJapaneseLaw(v) || termsVersionAbroad(v) {
			t.Errorf("isJapaneseLaw(%q) = false or termsVersionAbroad true", v)
		}
	}
	if v := "東京地方裁判所（US版規約とは別）"; !isJapaneseCourt(v) || termsVersionAbroad(v) {
		t.Errorf("isJapaneseCourt(%q) = false or termsVersionAbroad true", v)
	}
	for _, v := range []string{"東京地方裁判所（US版規約とは異なる）", "東京地方裁判所（英語版が優先）", "東京地方裁判所（グローバル共通）"} {
		if !isJapaneseCourt(v) {
			t.Errorf("isJapaneseCourt(%q) = false", v)
		}
	}
}

func setLaw(v *riskassess.Service, x string)   { v.GoverningLaw = x }
func setCourt(v *riskassess.Service, x string) { v.Court = x }

// TestCityAbroadInEnglish: a court or law with a city abroad in English
// in its bracket (Tokyo District Court (Frankfurt)) was met: the city was
// read only in katakana and alone. A bracket naming users there and a
// treaty named after a city stay met.
func TestCityAbroadInEnglish(t *testing.T) {
	for _, v := range []string{"Tokyo District Court (Frankfurt)", "Tokyo District Court (Seoul)", "東京地方裁判所（Sydney）"} {
		if isJapaneseCourt(v) {
			t.Errorf("isJapaneseCourt(%q) = true", v)
		}
	}
	for _, v := range []string{"the laws of Japan (London)", "日本法（Europe）"} {
		if isJapaneseLaw(v) {
			t.Errorf("isJapaneseLaw(%q) = true", v)
		}
	}
	for _, v := range []string{"the laws of Japan (including users in Europe)", "日本法（ウィーン売買条約の適用を除く）",
		"laws of Japan (excluding the Vienna Convention)", "日本法（欧州の利用者を含む）"} {
		if !isJapaneseLaw(v) {
			t.Errorf("isJapaneseLaw(%q) = false", v)
		}
	}
}

// TestCourtLawPlaceAfterConnective: a court or law whose bracket names a
// place abroad in kanji after a word for where a party is (本店所在地倫敦,
// 拠点倫敦, 所在地北米) was met, as the name was not at the start of a run of
// kanji; Japanese places after the same words stay met.
func TestCourtLawPlaceAfterConnective(t *testing.T) {
	type met struct{ Court, Law bool }
	for _, tt := range []struct {
		v    string
		want met
	}{
		{"東京地方裁判所（本店所在地倫敦）", met{}},
		{"日本法（拠点倫敦）", met{}},
		{"日本法（所在地北米）", met{}},
		{"日本法（委託先所在地紐育）", met{}},
		{"東京地方裁判所（本店所在地米沢）", met{Court: true}},
		{"日本法（保管先北米沢）", met{Law: true}},
		{"日本法（拠点中東遠）", met{Law: true}},
		{"甲の本店所在地管轄地方裁判所", met{Court: true}},
		{"日本法（利用中東芝製品を含む）", met{Law: true}},
		{"日本法（運用中東北地方）", met{Law: true}},
		{"東京地方裁判所（運用中東海地方）", met{Court: true}},
		{"日本法（DR用中東）", met{}},
		{"日本法（DR利用中東）", met{}},
		{"日本法（利用中東地域）", met{}},
		{"東京地方裁判所（運用中東リージョン）", met{}},
		{"東京地方裁判所（合意管轄地北米）", met{}},
		{"東京地方裁判所（管轄地倫敦）", met{}},
		{"日本法（管轄地紐育）", met{}},
		{"東京地方裁判所（合意管轄地東京）", met{Court: true}},
		{"東京地方裁判所（管轄地中東部）", met{Court: true}},
	} {
		got := met{isJapaneseCourt(tt.v), isJapaneseLaw(tt.v)}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.v, diff)
		}
	}
}

// TestCourtLawASEAN: a court or law whose bracket names ASEAN (whose
// members are all abroad) was met, though EMEA and LATAM were not, and
// then still in any case or width but capitals (Asean, asean, ｱｾｱﾝ: the
// catalogue had a reading of its own; riskassess.PlaceAbroadNamed reads it
// now, as for the store); so were APeJ (Asia Pacific excluding Japan) and
// ANZ. A bracket saying the same court or law applies to parties there
// stays met.
func TestCourtLawASEAN(t *testing.T) {
	type met struct{ Court, Law bool }
	for _, tt := range []struct {
		v    string
		want met
	}{
		{"東京地方裁判所（ASEAN）", met{}},
		{"日本法（ASEAN）", met{}},
		{"日本法（アセアン）", met{}},
		{"日本法（ＡＳＥＡＮ）", met{}},
		{"日本法（EMEA）", met{}},
		{"Tokyo District Court (Asean)", met{}},
		{"東京地方裁判所（Asean加盟国）", met{}},
		{"東京地方裁判所（ｱｾｱﾝ）", met{}},
		{"日本法（asean）", met{}},
		{"Laws of Japan (Asean)", met{}},
		{"日本法（ａｓｅａｎ）", met{}},
		{"日本法（Aseanの利用者も同じ）", met{Law: true}},
		{"東京地方裁判所（Caseant）", met{Court: true}},
		{"日本法（APeJ）", met{}},
		{"東京地方裁判所（APEJ）", met{}},
		{"日本法（ANZ）", met{}},
		{"日本法（ASEAN諸国の利用者も同じ）", met{Law: true}},
		{"東京地方裁判所（ASEANの利用者を含む）", met{Court: true}},
	} {
		got := met{isJapaneseCourt(tt.v), isJapaneseLaw(tt.v)}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.v, diff)
		}
	}
}

// TestCourtLawSaysNone: a governing law or court that says there is none
// (未定, 記載なし, 規約に記載なし, 合意管轄なし) is not met as nothing
// recorded; its finding said the law or court was abroad (未定（国外）),
// which the register does not say. A law or court named stays judged by
// its place.
func TestCourtLawSaysNone(t *testing.T) {
	reqs := map[string]riskassess.Requirement{}
	for _, r := range Default() {
		reqs[r.ID] = r
	}
	type got struct {
		Outcome riskassess.Outcome
		Ja, En  string
	}
	for _, tt := range []struct {
		id, v string
		want  got
	}{
		{"CLD-29", "未定", got{notMet, "台帳に「未定」と記録されている（記録がないものとして扱う）", `the register says "未定": read as nothing recorded`}},
		{"CLD-29", "記載なし", got{notMet, "台帳に「記載なし」と記録されている（記録がないものとして扱う）", `the register says "記載なし": read as nothing recorded`}},
		{"CLD-29", "規約に記載なし", got{notMet, "台帳に「規約に記載なし」と記録されている（記録がないものとして扱う）", `the register says "規約に記載なし": read as nothing recorded`}},
		{"CLD-29", "合意管轄なし", got{notMet, "台帳に「合意管轄なし」と記録されている（記録がないものとして扱う）", `the register says "合意管轄なし": read as nothing recorded`}},
		{"CLD-28", "不明", got{notMet, "台帳に「不明」と記録されている（記録がないものとして扱う）", `the register says "不明": read as nothing recorded`}},
		{"CLD-28", "not specified", got{notMet, "台帳に「not specified」と記録されている（記録がないものとして扱う）", `the register says "not specified": read as nothing recorded`}},
		{"CLD-29", "東京地方裁判所", got{met, "東京地方裁判所（国内）", "東京地方裁判所 (Japan)"}},
		{"CLD-29", "シンガポール高等裁判所", got{notMet, "シンガポール高等裁判所（国外）", "シンガポール高等裁判所 (not Japan)"}},
		{"CLD-28", "日本法", got{met, "日本法（国内）", "日本法 (Japan)"}},
		{"CLD-28", "シンガポール法", got{notMet, "シンガポール法（国外）", "シンガポール法 (not Japan)"}},
		// A law or court named beside a word of none is judged by its
		// place (なし in a bracket is no none).
		{"CLD-29", "東京地方裁判所（合意管轄の定めなし）", got{met, "東京地方裁判所（合意管轄の定めなし）（国内）", "東京地方裁判所（合意管轄の定めなし） (Japan)"}},
		// A word of none before a guess in brackets records none (were
		// met as Japan's).
		{"CLD-28", "未定（日本法を予定）", got{notMet, "台帳に「未定（日本法を予定）」と記録されている（記録がないものとして扱う）", `the register says "未定（日本法を予定）": read as nothing recorded`}},
		{"CLD-28", "規約に記載なし（日本の事業者）", got{notMet, "台帳に「規約に記載なし（日本の事業者）」と記録されている（記録がないものとして扱う）", `the register says "規約に記載なし（日本の事業者）": read as nothing recorded`}},
		{"CLD-29", "記載なし（東京地裁と想定）", got{notMet, "台帳に「記載なし（東京地裁と想定）」と記録されている（記録がないものとして扱う）", `the register says "記載なし（東京地裁と想定）": read as nothing recorded`}},
		{"CLD-29", "不明 (Tokyo District Court assumed)", got{notMet, "台帳に「不明 (Tokyo District Court assumed)」と記録されている（記録がないものとして扱う）", `the register says "不明 (Tokyo District Court assumed)": read as nothing recorded`}},
		{"CLD-28", "日本法（準拠法の条項は第20条）", got{met, "日本法（準拠法の条項は第20条）（国内）", "日本法（準拠法の条項は第20条） (Japan)"}},
	} {
		s := sub(svc(func(v *riskassess.Service) {
			if tt.id == "CLD-28" {
				v.GoverningLaw = tt.v
			} else {
				v.Court = tt.v
			}
		}))
		r := evaluate(reqs[tt.id], s)
		if d := cmp.Diff(tt.want, got{r.Outcome, r.Message.Ja, r.Message.En}); d != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.id, tt.v, d)
		}
	}
}

// TestCourtLawCityAbroadShort: a court's or law's text naming a city or
// state abroad by its short name in capitals (NY, LA, SF, KL, CA, D.C.)
// beside Japan's was read as Japan's alone; a word that only holds the
// letters (NYAN, LAN, CAD) is no such name.
func TestCourtLawCityAbroadShort(t *testing.T) {
	laws := map[string]bool{
		"日本法（NY法を併用）": false, "日本法（ただしNY法も適用）": false, "日本法（SF本社との契約はCA法）": false,
		"日本法（Ｎ.Ｙ.州法も適用）": false, "日本法（NYANサービスにも適用）": true, "日本法（CADデータの取扱いを含む）": true, "日本法": true,
	}
	courts := map[string]bool{
		"東京地方裁判所（LA郡裁判所も可）": false, "東京地裁（KLの裁判所も可）": false, "東京地方裁判所（D.C.の裁判所も可）": false,
		"東京地方裁判所（LAN障害時の紛争も含む）": true, "東京地方裁判所": true,
	}
	got := map[string]bool{}
	for v := range laws {
		got[v] = isJapaneseLaw(v)
	}
	if d := cmp.Diff(laws, got); d != "" {
		t.Errorf("isJapaneseLaw (-want +got):\n%s", d)
	}
	got = map[string]bool{}
	for v := range courts {
		got[v] = isJapaneseCourt(v)
	}
	if d := cmp.Diff(courts, got); d != "" {
		t.Errorf("isJapaneseCourt (-want +got):\n%s", d)
	}
}
