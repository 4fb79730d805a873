package catalog

import (
	"testing"
)

// TestSaysNoDocumentNotDecided: a social-media document field saying the
// document is not decided (決まっていない, politely too), is to be made
// within a time to come with a drafting word alone (今年度中に作成,
// 来年度策定) or by an era's year without 年 (R9策定予定) was met as the
// document's title (記録あり（決まっていない）). Titles holding such words,
// and a drafting word after a time that may be past (令和5年度策定,
// 今年度作成), stay met.
func TestSaysNoDocumentNotDecided(t *testing.T) {
	none := []string{
		"決まっていない", "決まっていません", "まだ決まっていない", "運用方針は決まっていない", "SNS運用方針（決まっていない）",
		"決めていない", "定まっていない", "決定していません。", "決まっておりません",
		"今年度中に作成", "今年度中に策定", "来年度作成", "来年度に策定", "次年度整備", "令和9年度中に策定", "R9年度内に作成", "年度末に策定",
		"SNS運用方針（今年度中に作成）",
		"R9策定予定", "令和9策定予定", "ｒ９作成予定", "R9中に策定", "SNS運用方針（R9策定予定）",
	}
	titles := []string{
		"決まっていない事項の整理表", "決定事項の周知手順", "未定稿の取扱い", "令和5年度策定", "今年度作成", "R6年度策定 SNS運用方針",
		"年度末処理手順", "来年度予算要求資料", "中期計画", "次年度作成分の引継ぎ手順", "令和9年度版SNS運用方針", "R9運用方針",
		"口頭説明資料", "対象外事項の整理表", "督促状の送付手順",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentNote: a title followed by a note in brackets saying
// there is none or not yet, in English or in a word for none (SNS policy
// (not yet), SNS運用方針（なし）, (TBD)), was met as the document's title.
// Notes saying something else, and brackets inside a title, stay met.
func TestSaysNoDocumentNote(t *testing.T) {
	none := []string{
		"SNS policy (not yet)", "SNS Policy (Not yet)", "SNS運用方針（not yet）", "SNS policy (to be drafted)", "SNS policy (planned)",
		"SNS policy (TBD)", "SNS policy (none)", "SNS運用方針（なし）", "SNS運用方針（検討中）。", "引継ぎ手順書（－）", "SNS運用方針（今後策定）",
		"SNS運用方針 (pending)", "SNS運用方針（不明）",
	}
	titles := []string{
		"SNS運用方針（第2版）", "Social Media Policy (2026 edition)", "SNS運用方針（No.3）", "ガイドライン（改定なし）", "運用方針（個人情報の掲載なし）",
		"SNS policy (planned maintenance)", "手順書（予定表付き）", "SNS運用方針（案）", "運用要領（なし崩し防止）", "SNS運用方針（なし）別表",
		"口頭説明資料（議会用）", "対象外事項の整理表（令和8年度）",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentOral: a document field saying the thing is done only
// by word of mouth (口頭のみ, 口頭で運用) was met as the document's title;
// titles holding 口頭 stay met.
func TestSaysNoDocumentOral(t *testing.T) {
	none := []string{
		"口頭", "口頭のみ", "口頭のみ。", "口頭だけ", "口頭で運用", "口頭で運用しています", "口頭にて引継ぎ", "口頭による指示", "口頭伝達",
		"口頭で対応している", "口頭のみで運用", "口頭のみ（文書なし）", "口頭で運用（文書化は今後）", "SNS運用方針（口頭のみ）", "引継ぎ（口頭だけで対応）",
	}
	titles := []string{
		"口頭説明資料", "口頭による引継ぎ手順書", "口頭説明資料（議会用）", "SNS運用方針（口頭で周知）", "口頭弁論対応要領",
		"口頭での問合せ対応手順", "電話・口頭による通報受付要領",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentTimeForms: a document field saying it is to be made
// at a time written with a month (令和9年4月策定予定, R9.4策定予定), in kanji
// numerals (令和九年度策定予定), after the title (SNS運用方針 R9策定予定), with
// the verb's ending (今年度中に作成する, 年度内に策定見込み), or not decided
// in the casual form (決まってない) was met as the document's title.
// Titles holding a time stay met.
func TestSaysNoDocumentTimeForms(t *testing.T) {
	none := []string{
		"令和9年4月策定予定", "R9年4月策定予定", "R9.4策定予定", "r9/4作成予定", "令和九年度策定予定", "令和九年度中に策定",
		"SNS運用方針 R9策定予定", "SNS運用方針、令和9年度に策定予定", "引継ぎ手順書：R9作成予定",
		"今年度中に作成する", "今年度中に作成します", "年度内に策定見込み", "決まってない", "決めてない",
	}
	titles := []string{
		"令和9年4月改定 SNS運用方針", "SNS運用方針（令和9年4月改定予定）", "令和九年度版SNS運用方針", "SNS運用方針R9年度版",
		"第2版R9作成", "R9.4作成 SNS運用方針", "今年度中に作成した手順書", "令和6年度策定済み",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentSeparatedNote: a title followed by a note saying none
// or not yet in square brackets or after a colon or a spaced dash (SNS
// policy: not yet, SNS policy - TBD, SNS policy [not yet]) was met as the
// document's title; titles with such marks stay met.
func TestSaysNoDocumentSeparatedNote(t *testing.T) {
	none := []string{
		"SNS policy: not yet", "SNS policy - not yet", "SNS policy [not yet]", "SNS policy: TBD", "SNS policy – none", "SNS運用方針【未定】",
		"SNS運用方針：なし", "SNS policy: to be drafted", "Japanese law: not stated",
	}
	titles := []string{
		"SNS policy: posting rules", "SNS policy - version 2", "SNS運用方針【第2版】", "Ver.2: SNS policy", "SNS-Policy-2026", "SNS運用方針：第3条",
		"Policy [no-reply accounts]", "SNS policy: No-reply accounts",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentOralBaseEditionNotYet: a social-media document field
// (operating policy, posting rules, manual) saying the thing is run by
// word of mouth (口頭ベース, 口頭ベースで運用, after a title: SNS運用方針
// 口頭ベース), whose whole text only announces an edition still to be made
// (令和9年度版策定予定, 第2版を作成中), or ending in not yet after a space
// without brackets (SNS policy not yet) was met as the document's title.
// Titles holding 口頭, an edition or not yet stay met, and so does a title
// or an edition in force with a new edition to come after it
// (SNS運用方針（令和9年度版策定予定）, as SNS運用方針（第2版作成中）).
func TestSaysNoDocumentOralBaseEditionNotYet(t *testing.T) {
	none := []string{
		"口頭ベース", "口頭ベースで運用", "口頭ベースのみ", "口頭ベース（文書なし）", "口頭ベースで運用しています。", "SNS運用方針 口頭ベース", "手順書 口頭で運用", "引継ぎ手順 口頭のみ", "SNS運用方針 口頭ベースで対応している",
		"令和9年度版策定予定", "令和9年度版を策定予定", "R9年度版策定予定", "R9版策定予定", "令和九年度版作成中", "第2版を作成中", "次期版作成中",
		"令和９年度版策定予定。", "第２版策定予定です",
		"SNS policy not yet", "SNS運用方針 not yet", "SNS policy not yet drafted", "Posting rules none yet", "SNS POLICY NOT YET.",
	}
	titles := []string{
		"SNS運用方針（令和6年度版）", "令和9年度版SNS運用方針", "令和9年度版 SNS運用方針", "SNS運用方針 令和6年度版", "SNS運用方針（第2版）",
		"令和6年度版、令和9年度版策定予定", "令和6年度版、R9策定予定", "SNS運用方針（令和6年度版、令和9年度版策定予定）", "SNS運用方針（令和9年度版改定予定）",
		"SNS運用方針 令和9年度版策定予定", "SNS運用方針（令和9年度版策定予定）", "SNS運用方針（第2版作成中）",
		"口頭ベースの引継ぎ要領", "SNS運用方針 口頭説明資料", "議会 口頭による引継ぎ手順書", "電話・口頭による通報受付要領",
		"乗っ取り時対応手順 口頭報告", "緊急時対応手順 口頭の報告", "SNS運用方針 口頭伝達の記録様式",
		"Rules for posts not yet public", "Checklist for items not yet approved", "Not yet public posts: handling rules",
		"予定稿の取扱い要領", "第2版R9作成", "版下作成要領",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentNotMadeSentence: a social-media document field saying
// in a sentence that the document is not there or not made (SNS運用方針
// まだない, SNS運用方針はありません, まだ作っていない, 作成する予定, これから作る),
// that only its first edition or a draft is being made (初版作成中,
// 素案作成中, SNS運用方針（素案作成中）), or in English that it is not
// written yet (SNS policy not drafted yet) was met as the document's
// title. Titles holding such words before a noun, or naming an edition
// in force, stay met.
func TestSaysNoDocumentNotMadeSentence(t *testing.T) {
	none := []string{
		"SNS運用方針 まだない", "SNS運用方針　まだありません", "SNS運用方針はまだない", "SNS運用方針はありません", "SNS運用方針は無い",
		"まだ作っていない", "作っていない", "作ってない", "まだ作成していません", "SNSアカウント運用方針は特に定めていない", "手順書は用意していない",
		"まだ検討していない", "SNS運用方針 まだ作っていない", "運用方針も作っていません。",
		"作る予定", "作成する予定", "策定する予定です", "令和9年度に策定する予定", "これから作る", "今後作成する", "SNS運用方針 これから作成する",
		"初版作成中", "初版を策定予定", "素案作成中", "原案を作成中", "たたき台作成中", "SNS運用方針（素案作成中）", "SNS運用方針（初版策定予定）",
		"Not written yet", "SNS policy not drafted yet", "SNS policy not written", "SNS policy: not drafted",
	}
	titles := []string{
		"SNS運用方針", "投稿してはいけない事項の一覧", "返信しない投稿の基準", "SNS運用方針（まだ見ていない方へ）", "作成する予定表の様式",
		"素案作成要領", "初版", "SNS運用方針（第2版作成中）", "改訂版作成中の旧版SNS運用方針", "Rules for posts not yet public",
		"Checklist for drafts not written by staff", "予定稿作成中の確認手順",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentOralSentence: a social-media document field saying
// the thing is only told by word of mouth with a verb oralOnly did not
// know (口頭で伝えている, 口頭で申し送り, 口頭での申し送りのみ), with who or
// when before 口頭 (都度口頭で指示, 担当者間で口頭共有, 電話・口頭で対応), or
// after a title and a space with a particle (SNS運用方針 口頭で伝達, 手順書
// 口頭のみで共有) was met as the document's title. Titles holding 口頭, and
// a title with a section on what is spoken (乗っ取り時対応手順 口頭報告), stay
// met.
func TestSaysNoDocumentOralSentence(t *testing.T) {
	none := []string{
		"口頭で伝えている", "口頭で伝えています。", "口頭で申し送り", "口頭での申し送りのみ", "口頭で引き継いでいる", "都度口頭で指示", "その都度口頭で伝達",
		"担当者間で口頭共有", "担当者から口頭で引継ぎ", "電話・口頭で対応", "SNS運用方針 口頭で伝達", "手順書 口頭のみで共有", "乗っ取り時の手順 口頭で共有している",
	}
	titles := []string{
		"乗っ取り時対応手順 口頭報告", "緊急時対応手順 口頭の報告", "電話・口頭による通報受付要領", "口頭による引継ぎ手順書", "口頭ベースの引継ぎ要領",
		"SNS運用方針 口頭説明資料", "担当者間の口頭伝達要領", "都度口頭で指示する事項の一覧", "口頭で伝える内容のチェックリスト",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentConsidered: a social-media document field saying in a
// few more words that the document is not made (作成を検討, 整備を予定,
// 令和9年度版の策定を予定, 当面作成しない, 作らない, or まだ, これから, 今後
// alone) was met as the document's title. Titles holding such words stay
// met, and so does a draft (SNS運用方針（案）): it is a document, if not one
// in force (saysDraft: partial, TestSaysDraft).
func TestSaysNoDocumentConsidered(t *testing.T) {
	none := []string{"作成を検討", "策定を検討している", "整備を予定", "令和9年度版の策定を予定", "当面作成しない", "作らない", "まだ", "これから", "今後"}
	titles := []string{
		"SNS運用方針（案）", "答弁案作成要領", "SNS運用方針（改定案検討中）", "今後の予定の投稿ルール", "作成しない投稿の一覧表",
		"まだ公開していない投稿の扱い", "これからの広報方針", "Checklist for items not yet approved",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentOralNote: a social-media document field giving a
// title with 口頭 alone after it, in brackets or after a space
// (SNS運用方針（口頭）, SNS運用方針 口頭, SNS運用方針（口頭ベース）), or saying it
// is done by mouth with やっている (口頭ベースでやっている) was met as the
// document's title. A note saying how a document is made known
// (SNS運用方針（口頭で周知）) and a section's title (乗っ取り時対応手順 口頭報告)
// stay met.
func TestSaysNoDocumentOralNote(t *testing.T) {
	none := []string{"SNS運用方針（口頭）", "SNS運用方針(口頭)", "SNS運用方針 口頭", "SNS運用方針（口頭ベース）", "口頭ベースでやっている", "口頭でやっています"}
	titles := []string{"SNS運用方針（口頭で周知）", "乗っ取り時対応手順 口頭報告", "SNS運用方針（口頭説明用）", "SNS運用方針 口頭説明資料", "口頭ベースでやっている業務の一覧"}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentNotMadeNote: a social-media document field giving a
// title with a sentence saying the document is not made in a note or
// after a colon or a comma (SNS運用方針（まだない）, SNS運用方針：まだない,
// SNS運用方針、まだない, SNS運用方針（作成していない）, SNS運用方針（これから作成）),
// or まだ after は (SNS運用方針はまだです) was met as the document's title.
func TestSaysNoDocumentNotMadeNote(t *testing.T) {
	none := []string{
		"SNS運用方針：まだない", "SNS運用方針:まだない", "SNS運用方針、まだない", "SNS運用方針（まだない）", "SNS運用方針（まだ作っていない）",
		"SNS運用方針（作成していない）", "SNS運用方針（これから作成）", "SNS運用方針は今後作成", "SNS運用方針はまだです",
	}
	titles := []string{"SNS運用方針（まだ見ていない方へ）", "SNS運用方針（改定していない旧版）", "SNS運用方針：まだ公開していない投稿の扱い", "SNS運用方針（これからの広報）"}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentVersion: a social-media document field saying a
// version, not an edition, is being made (v1.0作成中, Ver.2作成中, 1.0版作成中),
// or that a first version or a draft is being made after a title
// (SNS運用方針 v1.0作成中, SNS運用方針 初版作成中, SNS運用方針案を作成中), was met
// as the document's title. 作成中 alone was already none. A later version
// being made after a title names the edition in force (SNS運用方針 v2作成中,
// as SNS運用方針 第2版作成中), and titles holding a version stay met.
func TestSaysNoDocumentVersion(t *testing.T) {
	none := []string{
		"作成中", "作成中。", "v1.0作成中", "V1.0作成中", "ｖ１．０作成中", "Ver.2作成中", "ver1を作成中", "version 1.0 作成中", "1.0版作成中", "v0.9作成中",
		"SNS運用方針 v1.0作成中", "SNS運用方針v1.0作成中", "SNS運用方針 ver.1 策定中", "SNS運用方針 初版作成中", "SNS運用方針（v1.0作成中）",
		"SNS運用方針案を作成中", "SNS運用方針案作成中", "SNS運用方針 第一版作成中", "SNS運用方針 第１版を作成中", "SNS運用方針 Ver 1.0 作成中",
	}
	titles := []string{
		"SNS運用方針 v2作成中", "SNS運用方針 v1.1作成中", "SNS運用方針 1.1版作成中", "SNS運用方針 v1.1", "SNS運用方針 v11.0作成中", "SNS運用方針 v2.1.0作成中", "SNS運用方針 第11版作成中", "SNS運用方針 v1.0",
		"SNS運用方針（v2.0）", "SNS運用方針 第十一版作成中", "SNS運用方針 第二版作成中", "SNS運用方針（改定案検討中）", "答弁案作成要領", "v1.0作成中の投稿の確認手順",
	}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestSaysNoDocumentPractice: a social-media document field (present,
// recorded: saysPracticeOnly) saying the
// thing is done with no document, by custom (慣例による, 慣例で運用), by a
// person (担当者が把握, 担当者の判断), by consulting each time (都度相談) or by
// e-mail (メールで共有), was met as the document's title. Titles holding
// such words stay met, and so do a bare channel (メール, which may name
// information handled) and a note saying how a document is made known
// (SNS運用方針（メールで周知）).
func TestSaysNoDocumentPractice(t *testing.T) {
	none := []string{
		"慣例による", "慣例で運用", "慣例で運用しています。", "慣例", "慣行による", "前例踏襲", "従来どおり", "これまでどおり運用", "慣例に従い対応",
		"担当者が把握", "担当者が把握している", "担当者の判断", "担当者の判断による", "担当者判断", "担当者に一任", "職員の裁量", "事務局で対応", "各担当の判断で対応",
		"都度相談", "その都度相談", "都度協議", "個別に判断", "随時対応", "ケースバイケース", "臨機応変に対応", "状況に応じて判断",
		"メールで共有", "メールで共有している", "メールで周知", "電子メールにて連絡", "チャットで共有", "Teamsで共有", "電話で連絡",
		"case by case", "By convention", "at staff discretion", "ad hoc", "shared by e-mail",
		"慣習による", "暗黙のルール", "担当者のみ把握", "担当者だけが把握している", "担当者の頭の中",
		"都度相談して決める", "メールで都度共有", "LINEで共有", "ＬＩＮＥで共有", "口頭とメールで共有",
	}
	titles := []string{
		"担当者の判断基準", "メール送信手順書", "慣例集", "慣例による運用の見直し方針", "担当者が把握すべき事項の一覧", "都度相談の手順",
		"メールで共有する事項の一覧", "メール", "メール対応マニュアル", "SNS運用方針（メールで周知）", "担当者の判断に関するガイドライン",
		"前例踏襲チェックリスト", "Case-by-case review procedure", "E-mail sharing rules", "ケースバイケース対応要領", "事務局対応マニュアル",
		"https://www.city.chofu.example/gikai/kanrei", "慣習法の解説", "暗黙のルールを明文化した投稿要領", "担当者のみ閲覧可の手順書", "LINE公式アカウント運用要領", "担当者の判断基準による", "メール送信手順書（担当者の判断）",
	}
	checkSays(t, saysPracticeOnly, "texts saying the thing is done with no document", none, titles)
}
