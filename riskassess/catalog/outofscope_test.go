package catalog

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestArticleOutOfScope: a contract clause's article saying the clause is
// out of scope or does not apply (対象外, 適用外, 該当外), alone, politely,
// in brackets or before a note naming no place, was present: the clause
// met. With a note naming where the clause is (対象外（特記事項第3項で規定）)
// it is present, as なし（…） is; titles and numbered articles holding
// 対象外 stay present.
func TestArticleOutOfScope(t *testing.T) {
	absent := []string{"対象外", "対象外です", "対象外。", "（対象外）", "「対象外」", "対象外（本契約）", "対象外（再委託なし）", "適用外", "該当外", "対象外（注）"}
	present := []string{"対象外事項の整理表", "第5条（対象外情報の取扱い）", "対象外（特記事項第3項で規定）", "第12条", "第12条（秘密保持）", "国外移転の禁止（第8条）", "適用外の場合の取扱い（第9条）"}
	checkSays(t, articleSaysAbsent, "articles saying the clause is absent", absent, present)
}

// TestSaysNoDocumentOutOfScope: a document field saying 対象外 (適用外)
// was met as the document's title; titles holding it stay met.
func TestSaysNoDocumentOutOfScope(t *testing.T) {
	none := []string{"対象外", "対象外。", "適用外", "該当外", "対象外（アカウント廃止予定）"}
	titles := []string{"対象外事項の整理表", "対象外アカウント一覧", "適用外申請手順"}
	checkSays(t, saysNoDocument, "texts saying there is no document", none, titles)
}

// TestArticleOutOfScopeSentence: an article saying in a few words that
// the clause does not apply (本契約は対象外, 対象外のため, 対象外とする,
// 対象外につき省略) was present; numbered articles and titles stay.
func TestArticleOutOfScopeSentence(t *testing.T) {
	absent := []string{"本契約は対象外", "対象外のため", "対象外とする", "対象外につき省略", "本件は適用外です", "再委託がないため対象外"}
	present := []string{"第5条は対象外事項を定める", "対象外事項の整理表", "対象外情報の取扱い（第9条）", "第3条（国外移転の対象外）"}
	checkSays(t, articleSaysAbsent, "articles saying the clause is absent", absent, present)
}

// checkSays fails t unless says reports true for every text of yes and
// false for every text of no; what names the texts in the message.
func checkSays(t *testing.T, says func(string) bool, what string, yes, no []string) {
	t.Helper()
	var got []string
	for _, v := range append(slices.Clone(yes), no...) {
		if says(v) {
			got = append(got, v)
		}
	}
	if d := cmp.Diff(yes, got); d != "" {
		t.Errorf("%s (-want +got):\n%s", what, d)
	}
}

// TestArticleNumberOutOfScopeOral: a clause's article naming an article
// number with a note saying only that the clause does not apply (第5条
// （対象外）, 第5条 適用外, 第8条（該当なし）), or saying the matter was only
// agreed by word of mouth (口頭で合意, 口頭合意のみ, 第5条（口頭で合意）), was
// read as present: the clause requirement met and
// BLK-NO-CONFIDENTIALITY-CLAUSE silent. Articles whose note names what the
// article leaves out or says, and titles holding 口頭, stay present.
func TestArticleNumberOutOfScopeOral(t *testing.T) {
	absent := []string{
		"第5条（対象外）", "第５条（対象外）", "第5条(適用外)", "第5条 対象外", "第5条　適用外です", "第8条（該当なし）", "第8条（該当しない）",
		"第十条（適用除外）", "第5条（対象外のため）", "第5条（本契約は対象外）",
		"口頭", "口頭で合意", "口頭合意", "口頭合意のみ", "口頭のみ", "口頭で合意済み", "口頭にて了承済み", "口頭で約束している", "口頭ベース",
		"口頭で合意しました。", "口頭で合意（文書なし）", "第5条（口頭で合意）", "秘密保持（口頭合意のみ）", "第5条（口頭のみ）",
	}
	present := []string{
		"第5条", "第5条（秘密保持）", "第3条（国外移転の対象外）", "第5条（対象外事項）", "第5条（対象外情報の取扱い）", "第5条（記載なし）",
		"第12条（口頭による報告）", "第8条（口頭弁論）", "口頭による報告の手順（第12条）", "口頭弁論", "第5条（口頭で周知する事項）",
		"第5条（合意管轄）", "対象外事項の整理表", "第7条（適用範囲）",
	}
	checkSays(t, articleSaysAbsent, "articles saying the clause is absent", absent, present)
}

// TestArticleNumberOutOfScopeMoreWords: an article number whose note says
// in other words that the clause does not apply or is gone (第5条（適用なし）,
// 第5条（非該当）, 第5条（本契約では対象外）, 第5条 削除, 第5条（不要）), or an
// article saying the matter was agreed only by word of mouth with who
// before it or a word oralArticle did not know (口約束のみ, 先方と口頭で合意,
// 第5条（口頭で確認済み）), was read as present: the clause requirement met
// and BLK-NO-CONFIDENTIALITY-CLAUSE silent. Notes naming what the article
// covers stay present.
func TestArticleNumberOutOfScopeMoreWords(t *testing.T) {
	absent := []string{
		"第5条（適用なし）", "第5条（非該当）", "第5条 非該当", "第5条（本契約では対象外）", "第5条（今回は対象外）", "第5条（本件では適用外）",
		"第5条（削除）", "第5条 削除", "第5条（欠番）", "第5条（不要）", "第5条（対象外とした）", "第5条（適用しない）",
		"口約束のみ", "口約束", "先方と口頭で合意", "委託先と口頭で合意済み", "担当者間で口頭合意", "第5条（口頭で確認済み）", "第5条（口約束）",
	}
	present := []string{
		"第5条（適用範囲）", "第5条（削除の請求）", "第5条（不要となった資料の返却）", "第5条（非該当情報の取扱い）", "第5条（対象外事項）",
		"第12条（口頭による確認）", "第5条（口頭での確認の記録）", "口約束の禁止（第9条）",
	}
	checkSays(t, articleSaysAbsent, "articles saying the clause is absent", absent, present)
}

// TestArticleNumberOutOfScopeForms: an article number whose note says the
// clause does not apply in another form (第5条（N/A）, 第5条 N/A, 第5条【対象外】,
// 第5条（対象外）※, 第5条（適用しません）, 第5条（削除済み）), with a reason or a
// word of none after it (第5条（対象外：再委託なし）, 第5条（対象外のため記載なし）,
// 第5条（該当なし。口頭で合意）), or an agreement only by telephone or e-mail
// or by word of mouth in other words (電話で合意, メールで了承済み, 口頭での合意のみ,
// 口頭で了承を得た) was read as present: the clause requirement met and
// BLK-NO-CONFIDENTIALITY-CLAUSE silent. Notes naming what the article is
// about stay present.
func TestArticleNumberOutOfScopeForms(t *testing.T) {
	absent := []string{
		"第5条（N/A）", "第5条（n/a）", "第5条 N/A", "第5条【対象外】", "第5条 [対象外]", "第5条（対象外）※", "第5条（適用しません）", "第5条（適用されない）",
		"第5条（削除済み）", "第5条（対象外：再委託なし）", "第5条（対象外のため記載なし）", "第5条（該当なし。口頭で合意）", "第5条（対象外、省略）",
		"電話で合意", "メールで合意", "メールで了承済み", "口頭での合意のみ", "口頭で了承を得た", "第5条（メールで合意）",
	}
	present := []string{
		"第5条（対象外：国外移転の取扱い）", "第5条（対象外事項：別表）", "第5条（適用範囲）", "第5条【秘密保持】", "第5条（削除の請求）", "第5条（記載なし）",
		"第5条（メールによる通知）", "電話による報告（第9条）", "第5条（N/A以外の事項）",
	}
	checkSays(t, articleSaysAbsent, "articles saying the clause is absent", absent, present)
}
