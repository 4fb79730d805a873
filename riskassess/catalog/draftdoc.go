package catalog

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// draftWord matches a note or a word set apart (in brackets, after a
// space, a comma or a colon; half width, lower case) saying the document
// is a draft or not yet approved: 案, 素案, 草案, たたき台, ドラフト, draft,
// 未決裁, 未承認, 決裁前, 決裁待ち, 決裁中, 施行前, not yet approved,
// pending approval, and a revision's draft (改定案, 修正案, 改正案,
// 見直し案): the register names the proposal, not the edition in force.
// A planned approval (決裁予定, 施行予定) is no approval.
var draftWord = regexp.MustCompile(`^(?:素案|草案|原案|試案|骨子案?|案|(?:検討|事務局|最終|暫定|仮|パブコメ|パブリックコメント|たたき台|第[0-9一二三四五六七八九十]+次)案|` + revisionDraft + `|未定稿|たたき台|叩き台|` + plannedApproval + `|` +
	`ドラフト|ドラフト版|(?:working )?draft(?: version)?(?: v?[0-9]+(?:\.[0-9]+)*)?|proposed|` +
	`未決裁|未承認|決裁前|承認前|決裁待ち|承認待ち|決裁中|承認中|承認申請中|決裁手続き?中|決裁未了|承認未了|起案中|施行前|未施行|審議中|審査中|` +
	`unapproved|not (?:yet )?approved|to be approved|pending approval|approval pending|awaiting approval|yet to be approved)` +
	`(?:の段階|段階|のまま|の状態|です)?$`)

// revisionDraft is the pattern of a revision's draft (改定案, 修正案,
// 一部改正案, 令和8年度改定案, 令和8年4月改定案, 令和8年4月1日改定案, r8改定案,
// r8.4改定案, 第3次改定案, 改定素案, 改正の原案): the register names the
// proposal, not the edition in force.
const revisionDraft = `(?:` + draftDate + `|第[0-9一二三四五六七八九十]+次|一部|全部|全面)?(?:修正|改定|改訂|改正|変更|見直し)の?(?:素案|草案|原案|試案|案)`

// plannedApproval is the pattern of an approval only planned, dated or
// not (決裁予定, 令和8年4月決裁予定, 4月中旬施行予定, r8.4.1施行予定,
// 決裁予定日, 承認見込み): no approval yet. approvedMark reads the dated
// ones as approvals and approvedLater undoes it, so the note itself must
// say draft.
const plannedApproval = `(?:` + draftDate + `(?:頃|ごろ|中|末|初め|上旬|中旬|下旬)?(?:付け?)?(?:に|で)?)?(?:決裁|承認|施行)(?:予定日?|見込み?)`

// draftDate is the pattern of a date naming a draft or a planned approval
// (half width, lower case): a year (令和8年度, 2026年, r8), a month and a
// day after it (令和8年4月1日, r8.4.1, 2026/4/1, 2026-04-01) or a month
// alone (4月, 4月1日).
const draftDate = `(?:(?:令和|平成|r|h)?[0-9元一二三四五六七八九十]+(?:年度|年(?:[0-9]+月(?:[0-9]+日)?)?|[./-][0-9]+(?:[./-][0-9]+)?)?|[0-9]+月(?:[0-9]+日)?)`

// draftTitle matches a Japanese title ending in 案 after a word of a
// document (SNS運用方針案, 投稿ルール案, 手順書の素案): a draft of that
// document. 案 ending another word (提案, 答案, 議案, 法案, 改定案) or
// inside one (案内) does not match.
var draftTitle = regexp.MustCompile(`(?:方針|規程|規定|規則|要綱|要項|要領|基準|手順|書|マニュアル|ガイドライン|ルール|指針|計画|細則|ポリシー)の?(?:素案|草案|原案|試案|案|ドラフト)$`)

// revisionTitle matches a Japanese title ending in a revision's draft
// after a word of a document (SNS運用方針改定案, 投稿ルールの修正案): the
// register names the proposal, not the edition in force. saysNoDocument
// reads draftTitle alone: a revision being drafted (SNS運用方針改定案を
// 作成中) leaves the edition it revises in force.
var revisionTitle = regexp.MustCompile(`(?:方針|規程|規定|規則|要綱|要項|要領|基準|手順|書|マニュアル|ガイドライン|ルール|指針|計画|細則|ポリシー)の?` + revisionDraft + `$`)

// provisionalWord matches a note or a word set apart (half width, lower
// case) saying the title is provisional: 仮, 仮称, 仮版, tentative. Such a
// document is not yet settled (partial) unless the text says it is in use
// (inUse: SNS運用方針（仮）で運用中). An interim edition (暫定版, 暫定,
// provisional, interim) is issued to be used and names a document in force.
var provisionalWord = regexp.MustCompile(`^(?:仮|仮称|仮版|tentative(?: version)?)$`)

// inUse reports whether t (saysDraft's text) says the document is in use
// or in force (運用中, 施行中, 適用中, in use, in force), which a
// provisional title (provisionalWord) does not undo.
// A use stopped or denied (運用中止, 運用中断, 運用中ではない, not in use,
// no longer in force) is no use.
func inUse(t string) bool {
	if !(strings.Contains(t, "運用中") || strings.Contains(t, "施行中") || strings.Contains(t, "適用中") ||
		strings.Contains(t, "in use") || strings.Contains(t, "in force") || strings.Contains(t, "in effect")) {
		return false
	}
	for _, w := range notInUse {
		if strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// notInUse are words (lower case) that make inUse's words say the
// document is not in use.
var notInUse = []string{
	"運用中止", "運用中断", "施行中止", "適用中止", "運用中では", "施行中では", "適用中では", "運用中でな", "適用中でな",
	"not in use", "not in force", "not in effect", "not yet in", "no longer in", "not currently in",
}

// draftSentence matches a Japanese text ending in a sentence saying the
// document is a draft or not approved after は, が, も, で or にて
// (SNS運用方針は未決裁, 運用方針はまだ案の段階です, SNS運用方針（総務課で決裁中）,
// SNS運用方針（議会運営委員会で審議中）).
var draftSentence = regexp.MustCompile(`(?:は|が|も|で|にて)(?:まだ|現在)?(?:未決裁|未承認|決裁前|承認前|決裁待ち|承認待ち|決裁中|承認中|承認申請中|審議中|審査中|施行前|未施行|案|素案|草案|起案中)(?:の段階|段階|のまま|の状態)?$`)

// draftEnglish matches an English text (half width, lower case) naming a
// draft of a document: draft before the title (Draft SNS policy; not a
// title on draft posts: Draft posts review procedure), or draft or not
// yet approved after a word of a document (SNS policy draft, SNS policy
// not yet approved, SNS policy, pending approval). A title on things not
// yet approved (Checklist for items not yet approved) does not match.
var draftEnglish = regexp.MustCompile(`^(?:(?:working )?draft|proposed|tentative)\s*[:-]?\s+(?:(?:of|for)\s+)?(?:the\s+)?(?:sns|social|policy|posting|rules|manual|guidelines?|procedures?|operating|operation|account|takeover|impersonation)\b` +
	`|(?:policy|rules|manual|guidelines?|procedures?|plan)(?:\s*[,:;-]\s*|\s+)(?:revision\s+|revised\s+)?(?:draft(?: v?[0-9]+(?:\.[0-9]+)*)?|tentative|unapproved|not (?:yet )?approved|pending approval|awaiting approval|yet to be approved)$` +
	`|[,:;]\s*(?:draft|unapproved|not (?:yet )?approved|pending approval|awaiting approval|yet to be approved)$`)

// draftThings matches an English title on draft posts or replies (Draft
// posts review procedure), which draftEnglish's draft before a title would
// read as a draft of the title.
var draftThings = regexp.MustCompile(`^draft (?:posts?|replies|reply|tweets?|messages?)\b`)

// approvedMark matches words saying the document was approved or put in
// force (決裁済み, 承認済, 2026年4月1日決裁, 令和6年4月1日施行, R6決定,
// 承認日：2026-04-01, approved on 2026-04-01): a text holding one names the document in force,
// whatever note of a draft it keeps (SNS運用方針（案）（2026年4月1日決裁）).
// A day to come (令和9年4月1日施行予定) is checked by approvedLater.
var approvedMark = regexp.MustCompile(`決裁済|承認済|決定済|施行済|[0-9元一二三四五六七八九十〇]日?(?:付け?)?(?:で|に)?(?:決裁|承認|決定|施行|制定)` +
	`|(?:決裁|承認|決定|施行|制定)日\s*[:：]?\s*(?:令和|平成|r|h)?[0-9元]|(?:approved|adopted)(?: on| in)? [0-9]`)

// approvedLater matches what follows approvedMark when the approval is
// only to come (施行予定, 決裁見込み, 承認前).
var approvedLater = regexp.MustCompile(`^(?:予定|見込|前|待ち|申請|の予定)`)

// saysDraft reports whether v, the text of a field that asks for a
// document, records a draft or a document not yet approved: a note or a
// word set apart saying so (SNS運用方針（案）, 【案】SNS運用方針,
// SNS運用方針（未決裁）, SNS運用方針 決裁前, SNS policy (draft),
// not yet approved: draftWord), a title ending in 案 (SNS運用方針案:
// draftTitle), a sentence (SNS運用方針は未決裁: draftSentence) or an
// English title naming a draft (draftEnglish). A text saying it was
// approved or put in force (approvedMark: 決裁済み, 2026年4月1日決裁) names
// the document in force. The council's policy asks for rules established
// for each service: a draft is not in force.
func saysDraft(v string) bool {
	// Every form holds one of these runes (案, 決裁, 承認, 施行, たたき台,
	// 未定稿, 審議中, ドラフト, draft, approved): a text without any (most
	// titles) is told at once.
	// 仮 and tentative (provisionalWord) hold 仮 or t.
	if !strings.ContainsAny(v, "案裁認施台稿審ドﾄdDｄＤpPｐＰ仮tTｔＴ") || strings.Contains(v, "://") {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(halfWidth(riskassess.WideKana(v))))
	// Quotes hold a title, not a note: they are read as spaces
	// (別添「SNS運用手順（案）」).
	t = quoteMarks.Replace(t)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(strings.TrimSpace(t), "。. "), "です"))
	for _, loc := range approvedMark.FindAllStringIndex(t, -1) {
		if !approvedLater.MatchString(t[loc[1]:]) {
			return false
		}
	}
	if draftEnglish.MatchString(t) && !draftThings.MatchString(t) {
		return true
	}
	provisional := func(p string) bool { return provisionalWord.MatchString(p) && !inUse(t) }
	// The notes in brackets (（）, 【】, [], 〔〕, 〈〉, 《》, ＜＞), each read
	// as a whole and in parts (案・未決裁), and the text around them in parts set apart by a space,
	// a comma or a colon (SNS運用方針 案, SNS運用方針案 第2版).
	var outside strings.Builder
	isPart := func(r rune) bool { return strings.ContainsRune(" 　、,:：/_・;※", r) }
	for rest := t; rest != ""; {
		i := strings.IndexAny(rest, "(【[〔〈《<")
		if i < 0 {
			outside.WriteString(rest)
			break
		}
		outside.WriteString(rest[:i])
		outside.WriteByte(' ')
		open := rest[i:]
		r, n := utf8.DecodeRuneInString(open)
		closer := closingBracket(r)
		j := strings.Index(open[n:], closer)
		if j < 0 {
			outside.WriteString(open[n:])
			break
		}
		inner := strings.TrimSpace(open[n : n+j])
		rest = open[n+j+len(closer):]
		// A note before words that make it part of a phrase on another
		// thing (答申（案）に基づくSNS運用方針) says nothing of the document.
		if modifierAfter.MatchString(rest) {
			continue
		}
		if draftWord.MatchString(inner) || draftSentence.MatchString(inner) || provisional(inner) {
			return true
		}
		for _, p := range strings.FieldsFunc(inner, isPart) {
			if draftWord.MatchString(p) || draftTitle.MatchString(p) || revisionTitle.MatchString(p) || provisional(p) {
				return true
			}
		}
	}
	o := strings.TrimSpace(outside.String())
	if draftWord.MatchString(o) || draftSentence.MatchString(o) || draftEnglish.MatchString(o) && !draftThings.MatchString(o) || provisional(o) {
		return true
	}
	for _, p := range strings.FieldsFunc(o, isPart) {
		if (draftWord.MatchString(p) || provisional(p)) && (!isEnglishWord(p) || !allASCII(o)) || draftTitle.MatchString(p) || revisionTitle.MatchString(p) || draftSentence.MatchString(p) {
			return true
		}
	}
	return false
}

// quoteMarks replaces the quotation marks around a title by spaces.
var quoteMarks = strings.NewReplacer("「", " ", "」", " ", "『", " ", "』", " ")

// closingBracket returns the bracket closing open, one of the opening
// brackets saysDraft reads.
func closingBracket(open rune) string {
	switch open {
	case '(':
		return ")"
	case '[':
		return "]"
	case '【':
		return "】"
	case '〈':
		return "〉"
	case '《':
		return "》"
	case '<':
		return ">"
	}
	return "〕"
}

// isEnglishWord reports whether p, a part of a text set apart by a space,
// is an English word: draft alone among other English words (Rules for
// draft replies) names no draft, where (draft), draft alone or draft after
// a Japanese title (SNS運用方針 DRAFT: allASCII) does.
func isEnglishWord(p string) bool {
	return p != "" && p[0] < 0x80
}

// allASCII reports whether s holds ASCII alone.
func allASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// modifierAfter matches the start of the words after a note that make the
// note part of a phrase on another thing (に基づく, による, について, に関する,
// に係る, への, を踏まえた, に沿った).
var modifierAfter = regexp.MustCompile(`^\s*(?:に基づ|による|により|について|に関する|に係る|への|を踏まえ|に沿)`)

// draftRecorded is the result of a field whose text records a draft or a
// document not yet approved (saysDraft): partial, a document is being
// made but none is in force.
func draftRecorded(v, path string) riskassess.Result {
	v = strings.TrimSpace(v)
	return resultJE(riskassess.OutcomePartial, path,
		[]string{"台帳に「", v, "」と記録されているが、案（未決裁）で施行されていない（決裁・施行された文書名か URL を記録する）"},
		[]string{"the register says ", strconv.Quote(v), ": a draft or a document not yet approved, not in force (record the title or URL of the approved document)"})
}
