package catalog

import (
	"slices"
	"strings"
	"testing"

	"github.com/gikai-sec/riskregister/riskassess/wareki"
	"github.com/google/go-cmp/cmp"
)

// fullWidth is s with ASCII made full width, as halfWidth reads it back.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '!' && r <= '~' {
			return r + 0xFEE0
		}
		return r
	}, s)
}

// TestSaysNoneQuick holds saysNone, with its quick test mayBeNoneWord,
// to saysNoneSlow on every word for none written as people write it
// (upper case, full width, spaced, with a note in brackets, a closing 。)
// and on texts that are not one (ids, URLs, sentences, broken UTF-8).
func TestSaysNoneQuick(t *testing.T) {
	var vs []string
	for _, w := range noneWords {
		for _, v := range []string{w, strings.ToUpper(w), fullWidth(w), fullWidth(strings.ToUpper(w)), " \u3000" + w + "。",
			"\t" + w + "（令和9年度に策定予定）", w + " (tbd)", "(" + w + ")", "（" + w + "）", w + "x", "x" + w} {
			vs = append(vs, v)
		}
	}
	vs = append(vs, "", " ", "\u3000", "。", ".", "．", "staff-03", "https://www.example.lg.jp/", "投稿運用ルールに従う", "Ｎ/Ａ", "\xffなし",
		"なし\xff", "\xef\xbc", "\u212Aelvin", "İ", "\u0085なし", "\u00a0none", "ＴＢＤ（来年度）", "未定 。", "--.", "ー。",
		"---", "ーーー", "―――（未定）", "－－－", "ｰｰｰ", "−−", "➖➖", "—-", "--x", "ー ー", "ーク")
	n := 0
	for _, v := range vs {
		got, want := saysNone(v), saysNoneSlow(v)
		if got != want {
			t.Errorf("saysNone(%q) = %v, saysNoneSlow %v", v, got, want)
		}
		if want {
			n++
		}
	}
	if n < 4*len(noneWords) {
		t.Errorf("only %d of the texts say none: the test no longer reaches saysNoneSlow's words", n)
	}
}

// FuzzSaysNone holds saysNone to saysNoneSlow on any text.
func FuzzSaysNone(f *testing.F) {
	for _, w := range noneWords {
		f.Add(w)
		f.Add(fullWidth(strings.ToUpper(w)) + "（注）")
	}
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := saysNone(v), saysNoneSlow(v); got != want {
			t.Errorf("saysNone(%q) = %v, saysNoneSlow %v", v, got, want)
		}
	})
}

// TestAbsentMarks: hasAbsentMark is strings.ContainsAny with absentMarks,
// and every word articleNamesNoClause reads as absent by its lists holds
// one of absentMarks, as people write it (full width, upper
// case), or the quick test would read it as present; the regexp's forms
// are rows of TestArticleSaysAbsent.
func TestAbsentMarks(t *testing.T) {
	for _, v := range []string{"", "第2条", "第12条（秘密保持）", "none", "ＮＯＮＥ", "未締結", "×", "検討中", "clause 7", "see schedule", "別紙"} {
		if got, want := hasAbsentMark(v), strings.ContainsAny(v, absentMarks); got != want {
			t.Errorf("hasAbsentMark(%q) = %v, strings.ContainsAny %v", v, got, want)
		}
	}
	for _, r := range absentMarks {
		if !hasAbsentMark("第" + string(r)) {
			t.Errorf("hasAbsentMark misses %q of absentMarks", r)
		}
	}
	for _, w := range append(slices.Clone(clauseNoneWords), clauseNotYetWords...) {
		for _, v := range []string{w, strings.ToUpper(w), fullWidth(w), fullWidth(strings.ToUpper(w))} {
			if !hasAbsentMark(v) {
				t.Errorf("%q holds none of absentMarks %q", v, absentMarks)
			}
			if !articleNamesNoClause("（" + v + "）") {
				t.Errorf("articleNamesNoClause(%q) = false", "（"+v+"）")
			}
		}
	}
}

// TestArticleSaysAbsent holds articleSaysAbsent, with saysNone's quick
// test, to its words as people write them, and keeps the article words
// that say only the number is not known (-, 不明, 未定) out of it.
func TestArticleSaysAbsent(t *testing.T) {
	for _, w := range clauseAbsentWords {
		for _, v := range []string{w, strings.ToUpper(w), fullWidth(w), " " + w + "。", w + "（注）"} {
			if !articleSaysAbsent(v) {
				t.Errorf("articleSaysAbsent(%q) = false", v)
			}
		}
		if !saysNone(w) {
			t.Errorf("clause-absent word %q is not one of noneWords", w)
		}
	}
	for _, v := range []string{"なし（追加予定）", "なし（特記事項なし）", "なし（該当事項なし）", "なし（次回更新時に第5条として追加予定）", "none (to be added)", "なし（注）",
		// A not-yet word with a note naming where the clause is to come:
		// still missing (they read as present).
		"追加予定（第5条）", "作成予定（仕様書4.2）", "検討中（特記事項）", "準備中（別紙）", "予定（第5条として）", "追加予定（次期契約の第3条）",
		// The same in a few words of absentArticle's (were read as present:
		// the note named a place, as of なし（第3条で規定）).
		"追記予定（第5条）", "締結予定（第5条）", "記載予定（仕様書4.2）", "明記予定(特記事項)", "規定予定（別紙）です",
		// 第 not before a number names no place (read as present).
		"なし（契約次第）", "なし（第三者認証で代替）",
		// Kept: ない at a word's end, 記載がない, a not-yet title.
		"なし（再委託しない）", "なし（第8条に規定がないため）", "なし（仕様書に記載がない）", "なし（第5条（追加予定））", "なし（第5条（協議中））",
		// No article, but the contract's lack said in a few words of its
		// own (helper-268: validate passed them, every command said met).
		"記載なし", "規定なし", "条項なし", "特約なし", "定めなし", "秘密保持条項なし", "特記事項なし", "記載無し", "ｷｻｲなし",
		"未規定", "未締結", "未対応", "未記載", "追記予定", "締結予定", "追記予定です", "追加予定です。",
		"（なし）", "(なし)", "「なし」", "『記載なし』", "【規定なし】", "((なし))", "「（記載なし）」", "なし※", "記載なし。", "　記載なし　", "Not included", "MISSING", "not yet",
		// A kanji numeral in a word, not an article's number (were read
		// as present: the clause met).
		"一切なし", "記載は一切なし", "第三者提供の定めなし", "十分な記載なし", "三者間の合意なし",
		// 一 of 統一, 同一, 単一, 唯一 before 条項 is a word, not article 1
		// (were read as 一条, an article number: present).
		"統一条項なし", "統一条項の記載なし", "同一条項なし", "単一条項なし", "唯一条項の定めなし",
		// The words with a note that names no place of the clause (were
		// read as present: the clause met).
		"記載なし（追記予定）", "記載なし（確認中）", "未締結（次回更新時）", "記載なし（第5条に追記予定）", "条項なし(今後協議)",
		// The same said in a clause (were read as present).
		"記載がない", "記載がありません", "規定はありません", "契約書に定めがない", "定めていない", "記載されていない", "規定していない", "特約はない",
		// In katakana (was read as present).
		"記載ナシ", "条項ナシ",
		// In half-width katakana, in English, to come later (今後) or to
		// be considered (検討予定), or not made, in a clause (were read
		// as present: the clause met).
		"ﾅｼ", "記載ﾅｼ", "ﾅｼ（追加予定）", "（ﾅｼ）", "条項ﾅｼ。",
		"not specified", "Not stated", "NOT APPLICABLE", "not available", "not defined", "not in place", "no clause", "No such clause",
		"no provision", "none yet", "nothing", "to be decided", "To be determined", "to be added", "ｎｏ ｃｌａｕｓｅ", "no clause (to be added)",
		"not yet (clause 5)", "to be added (see schedule 2)",
		"今後策定", "今後作成予定", "今後検討", "今後追加", "今後対応します", "検討予定", "対応予定", "整備予定（第5条）", "今後追記（第5条）",
		"作成していない", "策定されていない", "整備していない",
		// A sentence saying the clause is to be added, or being drafted,
		// with or without the number it is to have (were read as present:
		// the clause met).
		"秘密保持条項を追加予定", "次回更新時に追記予定", "第5条として追加予定", "第5条に追記予定です。", "覚書で締結予定", "特記事項を作成中",
		"再委託の条項は検討中",
		// A title or a number with a note saying the clause is to come
		// in 今後 words (were read as present, though 第5条（追記予定） was
		// absent).
		"秘密保持（今後追加）", "第5条（今後追加）", "第５条（今後追記）", "個人情報の取扱い（今後規定）",
		// Not made in the polite form, or not there (were read as present).
		"規定していません", "明文化されていない", "存在しない", "まだない", "no provision yet",
		// Being negotiated (as 調整中), or not included (were read as
		// present: the clause met).
		"協議中", "交渉中", "秘密保持条項は協議中", "第5条（協議中）", "含まれていない", "契約書に含まれていない", "契約に含まれない",
		"入っていない", "盛り込まれていない", "盛り込んでいない", "合意していない", "締結していない"} {
		if !articleSaysAbsent(v) {
			t.Errorf("articleSaysAbsent(%q) = false", v)
		}
	}
	for _, v := range []string{"", "-", "ー", "不明", "未定", "確認中", "TBD", "?", "第6条", "特記事項", "別紙 SLA", "なし崩し",
		// A note naming where the clause is written: the contract has it.
		"なし（特記事項第3項で規定）", "なし（仕様書4.2に記載）", "なし（別紙3に記載）", "該当なし（約款第12条）", "なし（3条で規定）",
		"なし（十二条）", "ＮＯＮＥ（ｓｅｅ ｓｅｃｔｉｏｎ ４．２）", "none (see clause 7)",
		// しない, 追加条項 and a title (協議) say nothing is missing (read as
		// absent).
		"なし（再委託しない旨を第8条で規定）", "なし（追加条項第12条に規定）", "なし（第20条（協議）で規定）", "なし（第三条）", "なし（第3章）",
		"なし（第5条（調整）に規定）",
		// Articles that name an article (a digit or a kanji numeral), a
		// word of the title, a revision, or a word only near one of
		// absentArticle's: present.
		"第8条（複写しない）", "第5条（予定表の提出）", "第三条（期限なし）", "第十条 定めなし", "5条なし", "未成年者条項", "改定予定",
		"未定です", "(不明)", "「-」", "（）", "missing clause 7", "見込みなし崩し",
		"三条なし", "第 十 条なし", "二項なし", "第五章 記載なし",
		"一条なし", "第一条なし", "統一条項 第一条なし", "契約書一条なし", "統一約款十条なし",
		// English and 今後 that name an article, a title or a place.
		"not specified in clause 7", "no clause 7", "Notification of incidents", "Nothing Shared policy", "none (see clause 7)",
		"no clause (see schedule 2)", "ﾅｼ（第3条で規定）", "今後の対応", "今後の検討体制", "今後策定する手順の第3条", "to be read with clause 4",
		"Non-disclosure", "Annex B", "Clause 12 (notification)",
		// A title about negotiation or what is left out.
		"第20条（協議）", "第8条（協議中の事項の取扱い）", "協議中の事項", "再委託を含まない", "第5条（個人情報を含まない資料）",
		// An article whose number is not known yet (未定) stays present,
		// and so do a revision to come and a title holding such words.
		"第5条（条番号は未定）", "条番号未定", "第5条（改定予定）", "第8条（作業予定の報告）", "第3条 報告予定日の通知",
		// The clause's number is missing, not the clause (were read as
		// absent: a false not met and a missing-clause blocker).
		"条番号なし", "番号なし", "条文番号なし", "特記事項・条番号なし", "利用規約 条番号なし", "（条番号なし）",
		// A note naming where the clause is, or a title with a note.
		"記載なし（別紙に記載）", "記載なし（特記事項第3項で規定）", "条項なし（利用規約に規定）", "秘密保持（期限なし）", "第5条（記載なし）",
		// A clause's title saying what the party does not do, or a number.
		"目的外利用しない", "再委託しない", "第三者に提供しない", "条番号の記載がない", "記載がない場合の協議",
		// Brackets that do not enclose the whole: a place, then a note
		// (were stripped as one pair and read as absent).
		"(別紙)(なし)", "「特記事項」「なし」", "(特記事項)(記載なし)", "【別表】【なし】"} {
		if articleSaysAbsent(v) {
			t.Errorf("articleSaysAbsent(%q) = true", v)
		}
	}
}

// TestDateAlone holds dateAlone, with its quick test on the first rune,
// to wareki.Parse on every form wareki reads (era and Western, letters,
// kanji and kanji numerals, full width, a weekday, a closing 。), and
// keeps titles with a date in them, numbers and words out of it.
func TestDateAlone(t *testing.T) {
	forms := []string{"令和8年4月1日", "令和元年5月1日", "平成31年4月30日", "昭和64年1月7日", "大正15年12月24日", "明治45年7月29日",
		"R8.4.1", "R8/4/1", "R8-4-1", "H31.4.30", "r8.4.1", "S64.1.7", "T15.12.24", "M45.7.29", "令和8.4.1",
		"2026-04-01", "2026/4/1", "2026.4.1", "2026年4月1日", "西暦2026年4月1日", "20260401",
		"㋿8年4月1日", "令和八年四月一日", "二〇二六年十二月三十一日", "令和8年4月1日(水)"}
	for _, f := range forms {
		for _, v := range []string{f, fullWidth(f), " \u3000" + f + "。", f + "．", strings.ToUpper(f)} {
			if _, err := wareki.Parse(strings.TrimRight(strings.TrimSpace(v), "。．. ")); err != nil {
				continue // a spelling wareki does not read: not a date
			}
			if !dateAlone(v) {
				t.Errorf("dateAlone(%q) = false, wareki.Parse reads it", v)
			}
		}
		if !dateAlone(f) {
			t.Errorf("dateAlone(%q) = false", f)
		}
	}
	for _, v := range []string{"", " ", "。", "SNS運用方針（2026年4月1日制定）", "2026年4月1日制定 SNS運用方針", "令和8年度SNS運用手順", "2026",
		"R8", "第4条", "別紙1", "なし", "https://www.city.chofu.example/gikai/sns-policy.html", "2026-04-01 改定版", "令和8年4月1日から施行"} {
		if dateAlone(v) {
			t.Errorf("dateAlone(%q) = true", v)
		}
	}
}

// TestNotYetMadeQuick: every word notYetMade reads (notYetMadeWords and
// 予定) holds one of the runes of its quick test (予, 中, 未, 決, 定), as people
// write it (full width, with a note), or the quick test would read it as
// a document.
func TestNotYetMadeQuick(t *testing.T) {
	for _, w := range append(slices.Clone(notYetMadeWords), "予定") {
		if !strings.ContainsAny(w, "予中未決定") {
			t.Errorf("%q holds none of 予中未決定", w)
		}
		vs := []string{w, "SNS運用方針（" + w + "）", fullWidth("R9") + "年度" + w}
		if w != "予定" { // 予定 alone only after a time: 手順書を予定 is no sentence
			vs = append(vs, "手順書を"+w)
		}
		for _, v := range vs {
			if !saysNotYetMade(v) {
				t.Errorf("saysNotYetMade(%q) = false", v)
			}
		}
	}
}

// TestSaysNoDocument: a document field saying there is none in words
// near the ones read already (策定していません as 作成していない, 文書化して
// いない, まだない, 存在しない, 未確定 as 未定, no manual, no policy yet,
// none at present) was met as the document's title; titles holding such
// words stay met.
func TestSaysNoDocument(t *testing.T) {
	none := []string{
		"記載なし", "作成していない", "未作成", "No policy", "none yet", "SNS運用方針（今後策定）",
		"策定していません", "作成しておりません。", "文書化していない", "明文化されていない", "制定していない",
		"まだない", "まだありません", "現在はない", "存在しない", "存在しません", "未決定", "未確定", "SNS運用方針（未確定）",
		"no manual", "No policy yet", "no guidelines", "none at present", "No documentation",
	}
	titles := []string{
		"おもてなし運用方針", "議会だより掲載予定表", "大連載", "運用ガイドライン（個人情報は掲載しない）", "今後の対応",
		"ネタバレなし運用ルール", "ガイドライン（改定予定）", "運用要領（令和8年度改定予定）", "存在確認手順", "まだ見ぬ脅威への対応手順",
		"Social Media Policy", "Guidelines for No-Reply Accounts", "No Manual Posting Policy", "None of the above", "第3条（未確定事項の扱い）",
	}
	var got []string
	for _, v := range append(slices.Clone(none), titles...) {
		if saysNoDocument(v) {
			got = append(got, v)
		}
	}
	if diff := cmp.Diff(none, got); diff != "" {
		t.Errorf("texts saying there is no document (-want +got):\n%s", diff)
	}
}
