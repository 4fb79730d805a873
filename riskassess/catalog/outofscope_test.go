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
	present := []string{"第5条は対象外事項を定める", "第5条（対象外）", "対象外事項の整理表", "対象外情報の取扱い（第9条）", "第3条（国外移転の対象外）"}
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
