package catalog

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// notInForceWords are the words that, ending a document field's text or
// the note ending a title, say the document is not in force: put off
// (延期, 見送り), called off (中止, 撤回, 取り下げ), abolished (廃止) or never
// brought into force (未施行).
var notInForceWords = []string{"延期", "見送り", "中止", "撤回", "取り下げ", "取下げ", "廃止", "未施行"}

// notInForceTails are the endings that may follow a word of
// notInForceWords (延期となった, 廃止済み, 撤回されました); longest first. A
// word of the future (廃止予定, 廃止となる) is not among them: the document
// is in force until then.
var notInForceTails = []string{"となりました", "になりました", "されました", "されている", "となっている", "になっている",
	"しました", "しています", "している", "となった", "になった", "された", "済み", "した", "済", "中"}

// notInForceEnglish are the English words that, in a note ending a title
// (SNS policy (postponed), SNS policy: withdrawn) or alone, say the
// document is not in force.
var notInForceEnglish = []string{"postponed", "withdrawn", "abolished", "repealed", "rescinded", "cancelled", "canceled",
	"not in force", "not yet in force", "not in effect"}

// saysNotInForce reports whether v, a document field's text, says the
// document is not in force: the text or the note ending it ends in a word
// of notInForceWords, perhaps with an ending of notInForceTails
// (SNS運用方針（令和8年4月1日施行予定だったが延期）, SNS運用方針（廃止済み）, 撤回), or
// in English in a note (SNS policy (postponed)). The word does not count
// when the part it ends (after the last bracket, comma, colon or space)
// names another edition (旧, 版, 改定前, 前回, 従前: SNS運用方針（令和6年版は廃止）,
// 旧方針は廃止), or when that part holds more than the word but neither
// ends in a document (運用方針の廃止) nor holds a word of its making or
// enforcement or a date (enforcementWords: 施行の延期, 令和8年3月31日廃止):
// 第4章（アカウントの廃止）, 投稿の中止 and a takeover procedure's step
// (事業者へ連絡・投稿中止) name what is done, not the document. A text where the word is followed by
// more (令和7年度延期分を令和8年4月1日施行) does not end in it. A URL is
// never read so.
func saysNotInForce(v string) bool {
	if strings.Contains(v, "://") {
		return false
	}
	if strings.ContainsAny(v, "延送止撤下廃未") && notInForceJa(v) {
		return true
	}
	return notInForceEn(v)
}

// notInForceJa is saysNotInForce's reading of the Japanese words.
func notInForceJa(v string) bool {
	t := strings.ReplaceAll(halfWidth(v), "\u3000", " ")
	// Closing brackets, stops and です (SNS運用方針（未施行です）。).
	const closing = ")】]〕>。. "
	t = strings.TrimRight(strings.TrimSpace(t), closing)
	t = strings.TrimRight(strings.TrimSuffix(t, "です"), closing)
	for _, tail := range notInForceTails {
		if cut, ok := strings.CutSuffix(t, tail); ok {
			t = cut
			break
		}
	}
	for _, w := range notInForceWords {
		head, ok := strings.CutSuffix(t, w)
		if !ok {
			continue
		}
		clause := head
		if i := strings.LastIndexAny(head, "(【[〔<、,:; "); i >= 0 {
			_, n := utf8.DecodeRuneInString(head[i:])
			clause = head[i+n:]
		}
		if strings.Contains(clause, "旧") || strings.Contains(clause, "版") || strings.Contains(clause, "改定前") ||
			strings.Contains(clause, "前回") || strings.Contains(clause, "従前") {
			return false // another edition's
		}
		if of, ok := strings.CutSuffix(clause, "の"); ok {
			clause = of
		}
		// The word alone in its part (（延期）, SNS運用方針 廃止), after the
		// document (運用方針の廃止, 運用方針廃止), or after words of its
		// making or enforcement or a date (施行予定だったが延期, 策定中止,
		// 令和8年3月31日廃止); not after what a procedure does (投稿中止,
		// アカウント廃止: a step of a takeover procedure).
		return clause == "" || slices.ContainsFunc(documentWords, func(d string) bool { return strings.HasSuffix(clause, d) }) ||
			slices.ContainsFunc(enforcementWords, func(d string) bool { return strings.Contains(clause, d) })
	}
	return false
}

// enforcementWords are the words of a document's making or enforcement,
// and of a date, before which a word of notInForceWords speaks of the
// document (施行予定だったが延期, 策定中止, 令和8年3月31日廃止).
var enforcementWords = []string{"施行", "策定", "制定", "決定", "決裁", "予定", "公布", "運用開始", "年", "月", "日"}

// notInForceEn is saysNotInForce's reading of the English words: one of
// notInForceEnglish alone or ending the text after a bracket, a colon or
// a dash (SNS policy (postponed), SNS policy: withdrawn, SNS policy -
// abolished); a title ending in such a word after a space alone (Rules
// for posts withdrawn) is not read so.
func notInForceEn(v string) bool {
	t := strings.TrimRight(strings.TrimSpace(v), " .。)）]】")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case 'd', 'D', 'n', 'N', 'e', 'E', 't', 'T':
	default:
		return false
	}
	for _, w := range notInForceEnglish {
		if len(t) < len(w) || !strings.EqualFold(t[len(t)-len(w):], w) {
			continue
		}
		head := strings.TrimRight(t[:len(t)-len(w)], " ")
		if head == "" {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(head)
		return strings.ContainsRune("(（[【:：-–—", r)
	}
	return false
}

// notInForceRecorded is the result of a document field whose text says
// the document is not in force (saysNotInForce): not met, no document is
// in force.
func notInForceRecorded(v, path string) riskassess.Result {
	v = strings.TrimSpace(v)
	return resultJE(riskassess.OutcomeNotMet, path,
		[]string{"台帳に「", v, "」と記録されていて、延期・中止・廃止・撤回などで施行されていない（施行中の文書名か URL を記録する）"},
		[]string{"the register says ", strconv.Quote(v), ": postponed, cancelled, abolished or withdrawn, not in force (record the title or URL of the document in force)"})
}
