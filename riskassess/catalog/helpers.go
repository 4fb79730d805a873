package catalog

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/wareki"
)

// checkFunc is the pure check of requirement q.
type checkFunc func(q *req, s *riskassess.Subject) riskassess.Result

// req is what a check knows of its requirement: the id and, built once
// when the catalogue loads, the question id, the answer path and the
// results that do not depend on the entry, so that checks do not build
// the same strings for every entry.
type req struct {
	id   string
	qid  string // QuestionID(id)
	path string // answerPath(qid)
	// Results of the yes/no answer (byAnswer) and of an absent or "na"
	// answer (answered).
	notAnswered, answeredNA, yes, partial, no riskassess.Result
}

// newReq returns the req of built-in requirement id, evidenced by
// question QuestionID(id).
func newReq(id string) *req { return newReqQ(id, QuestionID(id)) }

// newReqQ returns the req of requirement id evidenced by question qid.
func newReqQ(id, qid string) *req {
	ev := answerPath(qid)
	return &req{
		id: id, qid: qid, path: ev,
		notAnswered: notAnswered(qid),
		answeredNA:  result(riskassess.OutcomeNotApplicable, ev, "「該当なし」と回答", "answered not applicable"),
		yes:         result(riskassess.OutcomeMet, ev, "「はい」と回答", "answered yes"),
		partial:     result(riskassess.OutcomePartial, ev, "「一部」と回答", "answered partially"),
		no:          result(riskassess.OutcomeNotMet, ev, "「いいえ」と回答", "answered no"),
	}
}

// appliesFunc reports whether a requirement applies to a subject.
type appliesFunc func(s *riskassess.Subject) bool

// dueSoonDays is how close to an expiry a certificate, listing or approval
// counts as partially met: the window of the engine's expiry findings.
const dueSoonDays = riskassess.DefaultExpiryWindowDays

// dueSoonText is dueSoonDays in messages.
var dueSoonText = strconv.Itoa(dueSoonDays)

// ---- Subject accessors --------------------------------------------------

func contractorOf(s *riskassess.Subject) *riskassess.Contractor {
	c, _ := s.Entry.(*riskassess.Contractor)
	return c
}

func serviceOf(s *riskassess.Subject) *riskassess.Service {
	v, _ := s.Entry.(*riskassess.Service)
	return v
}

func socialOf(s *riskassess.Subject) *riskassess.Social {
	v, _ := s.Entry.(*riskassess.Social)
	return v
}

// defaultScheme is riskassess.DefaultClassification, built once.
var defaultScheme = riskassess.DefaultClassification()

// schemeOf returns a pointer to the classification scheme of s's
// organisation, what Organisation.Scheme returns (an axis left empty takes
// the default levels), which the caller must not change: the default
// scheme when s has no organisation or its organisation none, the
// organisation's own when it gives every axis, and otherwise *buf set to
// Organisation.Scheme (a variable on the caller's stack, not an
// allocation). The
// checks of every entry call it, and copying the scheme each time was a
// tenth of the cost of the contract checks.
func schemeOf(s *riskassess.Subject, buf *riskassess.ClassificationScheme) *riskassess.ClassificationScheme {
	if s.Org == nil || s.Org.Classification == nil {
		return &defaultScheme
	}
	if c := s.Org.Classification; len(c.Confidentiality) > 0 && len(c.Integrity) > 0 && len(c.Availability) > 0 {
		return c
	}
	*buf = s.Org.Scheme()
	return buf
}

// MaxClass returns the most sensitive classification, axis by axis, of the
// information s's entry handles: over the information of every contract
// live on s.AsOf for a contractor (Contractor.Live: not ended, or ended
// with its information still with the contractor, as inherent risk and
// the due items count it), the service's class for a service.
// Social-media accounts publish only public information: their class is
// empty.
func MaxClass(s *riskassess.Subject) riskassess.Classification {
	switch e := s.Entry.(type) {
	case *riskassess.Contractor:
		var buf riskassess.ClassificationScheme
		sc := schemeOf(s, &buf)
		var m riskassess.Classification
		for i := range e.Contracts {
			c := &e.Contracts[i]
			if !e.Live(sc, i, s.AsOf) {
				continue
			}
			for j := range c.Information {
				m = sc.Max(m, c.Information[j].Class)
			}
		}
		return m
	case *riskassess.Service:
		return e.Class
	}
	return riskassess.Classification{}
}

// confRank returns the confidentiality rank of MaxClass(s); 0 when not stated.
func confRank(s *riskassess.Subject) int {
	var buf riskassess.ClassificationScheme
	sc := schemeOf(s, &buf)
	switch e := s.Entry.(type) {
	case *riskassess.Contractor:
		c, _, _ := liveConfidentiality(s, sc, e)
		return riskassess.RankOf(sc.Confidentiality, c)
	case *riskassess.Service:
		return riskassess.RankOf(sc.Confidentiality, e.Class.Confidentiality)
	}
	return riskassess.RankOf(sc.Confidentiality, "")
}

// integrityRank returns the integrity rank of MaxClass(s); 0 when not
// stated.
func integrityRank(s *riskassess.Subject) int {
	var buf riskassess.ClassificationScheme
	return riskassess.RankOf(schemeOf(s, &buf).Integrity, MaxClass(s).Integrity)
}

// availabilityRank returns the availability rank of MaxClass(s); 0 when
// not stated.
func availabilityRank(s *riskassess.Subject) int {
	var buf riskassess.ClassificationScheme
	return riskassess.RankOf(schemeOf(s, &buf).Availability, MaxClass(s).Availability)
}

// liveConfidentiality returns, in one pass over k's contracts, the
// confidentiality of MaxClass(s) for contractor k (the axis Max takes
// apart from the others), whether a contract of k is live on s.AsOf
// (Contractor.Live) and whether an information item of a live contract
// has a confidentiality of rank 0 (not stated, or not in the scheme).
func liveConfidentiality(s *riskassess.Subject, sc *riskassess.ClassificationScheme, k *riskassess.Contractor) (conf string, live, unranked bool) {
	for i := range k.Contracts {
		if !k.Live(sc, i, s.AsOf) {
			continue
		}
		live = true
		info := k.Contracts[i].Information
		for j := range info {
			c := info[j].Class.Confidentiality
			conf = riskassess.MaxLevel(sc.Confidentiality, conf, c)
			if riskassess.RankOf(sc.Confidentiality, c) == 0 {
				unranked = true
			}
		}
	}
	return conf, live, unranked
}

// Class2OrUnknown reports whether the entry handles confidentiality class 2
// or higher, or does not state the class (requirements then apply, to be
// safe). A contractor's information item without a class counts so even
// beside class 1 items (MaxClass would give class 1). A contractor whose
// contracts are none of them live (ended, their information returned or
// renewed) handles nothing.
func Class2OrUnknown(s *riskassess.Subject) bool {
	k, isContractor := s.Entry.(*riskassess.Contractor)
	if !isContractor {
		r := confRank(s)
		return r == 0 || r >= 2
	}
	var buf riskassess.ClassificationScheme
	sc := schemeOf(s, &buf)
	c, live, unranked := liveConfidentiality(s, sc, k)
	if len(k.Contracts) > 0 && !live {
		return false
	}
	r := riskassess.RankOf(sc.Confidentiality, c)
	if r == 1 && unranked {
		return true
	}
	return r == 0 || r >= 2
}

// HandlesPersonalData reports whether the entry handles personal data
// (including My Number data): for a contractor, under a contract live on
// s.AsOf (Contractor.Live).
func HandlesPersonalData(s *riskassess.Subject) bool {
	switch e := s.Entry.(type) {
	case *riskassess.Contractor:
		var buf riskassess.ClassificationScheme
		sc := schemeOf(s, &buf)
		for i := range e.Contracts {
			if e.Live(sc, i, s.AsOf) && contractPersonal(nil, &e.Contracts[i]) {
				return true
			}
		}
	case *riskassess.Service:
		return e.PersonalData || e.MyNumber
	}
	return false
}

func contractHas(c *riskassess.Contract, f func(*riskassess.InformationAccess) bool) bool {
	for i := range c.Information {
		if f(&c.Information[i]) {
			return true
		}
	}
	return false
}

// clauseBound reports whether contract i of k must carry the clauses the
// catalogue requires (contracts[].clauses) on s.AsOf: it has not ended (one
// signed for a later start included), or it ended with the council's
// information still with the contractor, neither returned or deleted nor
// carried on by a renewal. That is Contractor.Live, the contracts
// BLK-NO-CONFIDENTIALITY-CLAUSE looks at: a clause requirement is met only
// when every one of them that it concerns has the clause, so that a clause
// in a contract not yet started does not cover an ended one that still
// holds the information.
func clauseBound(s *riskassess.Subject, k *riskassess.Contractor, i int) bool {
	var buf riskassess.ClassificationScheme
	return k.Live(schemeOf(s, &buf), i, s.AsOf)
}

// retired reports whether the entry is retired (approval status retired,
// or a social account with status retired).
func retired(s *riskassess.Subject) bool { return riskassess.RetiredOn(s.Entry, s.AsOf) }

// ---- Results --------------------------------------------------------------

func result(o riskassess.Outcome, ev, ja, en string) riskassess.Result {
	return riskassess.Result{Outcome: o, Evidence: ev, Message: riskassess.T(ja, en)}
}

func resultf(o riskassess.Outcome, ev, ja, en string, args ...any) riskassess.Result {
	return result(o, ev, fmt.Sprintf(ja, args...), fmt.Sprintf(en, args...))
}

// resultJE returns a result whose Japanese and English messages are the
// concatenations of ja and en (riskassess.JoinText).
func resultJE(o riskassess.Outcome, ev string, ja, en []string) riskassess.Result {
	return riskassess.Result{Outcome: o, Evidence: ev, Message: riskassess.JoinText(ja, en)}
}

func withDue(r riskassess.Result, d riskassess.Date) riskassess.Result {
	r.Due = d
	return r
}

func notApplicable(ja, en string) riskassess.Result {
	return result(riskassess.OutcomeNotApplicable, "", ja, en)
}

func notAnswered(qid string) riskassess.Result {
	return result(riskassess.OutcomeNotAnswered, answerPath(qid),
		"台帳に記録がなく、確認票の質問への回答もない", "nothing in the register and no answer to the questionnaire's question")
}

func answerPath(qid string) string { return "answers." + qid }

// answer returns the trimmed answer to question qid; ok is false when it is
// absent or blank.
func answer(s *riskassess.Subject, qid string) (string, bool) {
	a, ok := s.Answers[qid]
	v := strings.TrimSpace(a.Value)
	return v, ok && v != ""
}

// answeredReq returns the answer to the question of q. When there is
// nothing to judge, done is true and r is q's prebuilt result: not answered
// when the answer is absent or blank, not applicable when it is "na" or
// not applicable written out (riskassess.NotApplicable: 該当なし typed as
// the answer to a free-text question).
func answeredReq(s *riskassess.Subject, q *req) (v string, r riskassess.Result, done bool) {
	v, ok := answer(s, q.qid)
	switch {
	case !ok:
		return v, q.notAnswered, true
	case riskassess.NotApplicable(v):
		return v, q.answeredNA, true
	}
	return v, riskassess.Result{}, false
}

// ---- Generic checks -----------------------------------------------------

// byAnswer evaluates the yes/no answer to the requirement's question:
// yes met, partial partial, na not applicable, no (or anything else) not
// met, absent not answered.
func byAnswer(q *req, s *riskassess.Subject) riskassess.Result {
	v, r, done := answeredReq(s, q)
	if done {
		return r
	}
	switch v {
	case "yes":
		return q.yes
	case "partial":
		return q.partial
	case "no":
		return q.no
	}
	return resultJE(riskassess.OutcomeNotMet, q.path, []string{"回答「", v, "」は「はい」ではない"}, []string{"the answer ", strconv.Quote(v), " is not yes"})
}

// boolField checks a *bool register field, falling back to the answer when the
// field is unknown (nil).
func boolField(get func(s *riskassess.Subject) (*bool, string)) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		v, path := get(s)
		switch {
		case v == nil:
			return byAnswer(q, s)
		case *v:
			return result(riskassess.OutcomeMet, path, "台帳に「はい」と記録", "recorded as true")
		}
		return result(riskassess.OutcomeNotMet, path, "台帳に「いいえ」と記録", "recorded as false")
	}
}

// noneWords are what people write into a field when there is nothing to
// record yet (なし, 未定, TBD, -). saysNone reads them as "nothing", never as
// the document, URL or person the field asks for.
var noneWords = []string{
	"なし", "無し", "ナシ", "ない", "無", "該当なし", "該当無し", "特になし", "特に無し", "特にない", "ありません", "未定", "未作成", "未策定", "未整備", "未記入", "未設定", "未指定",
	"未掲載", "未公開", "未選任", "不明", "検討中", "作成中", "策定中", "準備中", "調整中", "予定",
	"作成予定", "策定予定", "整備予定", "公開予定", "掲載予定", "選任予定", "追加予定",
	"予定なし", "予定無し", "整備中", "該当しない", "特にありません", "無い",
	"確認中", "未確認", "要確認", "照会中", "対応中", "○○", "〇〇", "○○○", "〇〇〇", "対象外", "適用外", "該当外",
	"none", "no", "n/a", "na", "tbd", "tba", "tbc", "pending", "nil", "null", "unknown", "xx", "xxx", "xxxx",
	"-", "--", "ー", "―", "‐", "—", "–", "×", "?",
}

// dashes are the dashes, long-vowel marks and question marks people type
// in a run for nothing to record (---, ーーー, ―――, －－, ？？？):
// noneWords holds only "-", "--" and single marks, and a longer run was
// met as a document.
const dashes = "-‐‑‒–—―−ー－ｰ⁃➖?"

// saysNone reports whether a register field's text says there is nothing:
// one of noneWords or a run of dashes, in full- or half-width, with or
// without a note in brackets after it (未定（令和9年度に策定予定）) or a
// closing 。.
func saysNone(v string) bool {
	if !mayBeNoneWord(v) {
		return false
	}
	return saysNoneSlow(v)
}

// saysNoneSlow is saysNone without the quick test mayBeNoneWord.
func saysNoneSlow(v string) bool {
	k := noneKey(v)
	return slices.Contains(noneWords, k) || k != "" && strings.Trim(k, dashes) == ""
}

// noneKey is v as saysNone compares it with noneWords: half-width, lower
// case, trimmed, without a note in brackets after it or a closing 。.
func noneKey(v string) string {
	v = strings.ToLower(strings.TrimSpace(halfWidth(v)))
	if i := strings.IndexByte(v, '('); i > 0 {
		v = strings.TrimSpace(v[:i])
	}
	return strings.TrimRight(v, "。. ")
}

// noneFirstRunes holds the first rune of each of noneWords and the
// dashes.
var noneFirstRunes = func() map[rune]bool {
	m := map[rune]bool{}
	for _, w := range noneWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = true
	}
	for _, r := range dashes {
		m[r] = true
	}
	return m
}()

// mayBeNoneWord is false when saysNone(v) is sure to be: the first rune
// of v that is not a space, made half width and lower case as saysNone
// makes it, begins none of noneWords. saysNone's text starts with that
// rune (halfWidth and strings.ToLower map rune to rune and make no space,
// and only spaces are trimmed from the front), so a staff id, a URL or a
// sentence is told from a word for none without mapping the whole text
// twice (strings.Map and the case tables of every rune, most of the cost
// of saysNone).
func mayBeNoneWord(v string) bool {
	for _, r := range v {
		if unicode.IsSpace(r) {
			continue
		}
		r = riskassess.NarrowRune(r)
		return noneFirstRunes[unicode.ToLower(r)]
	}
	return false // blank: saysNone's text is empty, none of noneWords
}

// saysNoDocument reports whether v, the text of a field that asks for a
// document, a page or a use (posting_rules, takeover_procedure, listed_on,
// notice_url, permitted_uses), says there is none: a word for none
// (saysNone) or a few words of its own that say so, read as a contract
// clause's article is (articleNamesNoClause: 記載なし, 規定なし, 手順なし,
// 定めていない, not yet, （なし）). Those were met as the document's title
// (記録あり（記載なし）). A URL says nothing of the kind and is not read.
//
// A title with a note in brackets ending it that says so (noteSaysNone:
// SNS運用方針（なし）, SNS policy (not yet), SNS policy (TBD)) names no
// document either.
//
// So does a title followed, after a space, by the English words for not
// yet (SNS policy not yet, SNS運用方針 not yet drafted: notYetTail), and a
// text ending in a sentence saying the document is not there or not made
// (SNS運用方針 まだない, まだ作っていない, 作成する予定: saysNotMade).
func saysNoDocument(v string) bool {
	return saysNone(v) || !strings.Contains(v, "://") && (articleNamesNoClause(v) || saysNotYetMade(v) || noteSaysNone(v) || saysOralOnly(v) || endsNotYet(v) || saysNotMade(v))
}

// notMadeSentence matches the end of a document field's text (half
// width, lower case, a closing 。 or です aside) saying the document is
// not made (作っていない, まだ作成していません, 特に定めていない, 用意してない),
// not there after nothing, a space, は or も (まだない, SNS運用方針はありません,
// 運用方針も無い), to be made (作成する予定, 策定する見込み, これから作る,
// 今後作成する), considered (作成を検討, 整備を予定), not to be made (当面作成しない,
// 作らない), まだ, これから or 今後 alone, or in English not written (not
// drafted yet, SNS policy not written). A title with such words before a noun (投稿してはいけない
// 事項の一覧, 作成する予定表の様式) does not end in them.
var notMadeSentence = regexp.MustCompile(`(?:(?:作っ|作成し|策定し|整備し|用意し|制定し|文書化し|明文化し|検討し|定め)て(?:い|お)?(?:ない|ません|りません)` +
	`|(?:^|\s|は|も|:|、|,)(?:まだ|現在は?|今のところ|現時点では?|特に)?(?:ない|無い|ありません|存在しない|存在しません)` +
	`|(?:作る|作成する|策定する|整備する|用意する|制定する|定める)(?:予定|見込み)` +
	`|(?:^|\s|は|も|を)(?:これから|今後)(?:作る|(?:作成|策定|整備|用意|制定)(?:する)?|定める)` +
	`|(?:作成|策定|整備|制定|用意|文書化)を(?:検討|予定)(?:中|している|しています|します)?` +
	`|(?:作成|策定|整備|制定|用意|文書化)しない|作らない|(?:^|\s|は|も|:|、)(?:まだ|これから)|^今後` +
	`|(?:^|\s|:)not (?:yet )?(?:written|drafted|made|created|prepared|established|adopted)(?: yet)?)$`)

// notMadeLast holds the last rune of every text notMadeSentence matches
// (TestNotMadeLast enumerates the regexp's strings): saysNotMade tries
// the regexp only on a text ending in one of them. It reads every
// document field and permitted use of every entry assessed, and the
// regexp, anchored at the end but tried from every start of the text,
// took 11% of BenchmarkAssess10k's CPU when run on every text.
const notMadeLast = "dentいすだみらるん中備定後意成討"

// saysNotMade reports whether v, or the note in brackets ending it, ends
// with notMadeSentence (a colon or a comma before the words is read as a
// separator: SNS運用方針：まだない).
func saysNotMade(v string) bool {
	if !strings.ContainsAny(v, "いん定込るだら討今tTｔＴ") {
		return false
	}
	says := func(t string) bool {
		t = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(t), "\u3000", " "))
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(t, "。. "), "です"))
		last, _ := utf8.DecodeLastRuneInString(t)
		return strings.ContainsRune(notMadeLast, last) && notMadeSentence.MatchString(t)
	}
	// The whole text, or the note ending a title (SNS運用方針（まだない）).
	if says(halfWidth(v)) {
		return true
	}
	note, ok := endingNote(v)
	return ok && says(note)
}

// notYetTail matches the end of a text (half width, lower case, a closing
// 。 aside) that is not yet or none yet after a space, with a word of
// making or being after it (not yet drafted, not yet in place). A title
// holding the words inside (Rules for posts not yet public) does not
// match.
var notYetTail = regexp.MustCompile(`\s(?:not|none) yet(?: (?:made|drafted|created|prepared|written|established|adopted|decided|in place|available|ready))?$`)

// endsNotYet reports whether v ends with notYetTail.
func endsNotYet(v string) bool {
	if !strings.ContainsAny(v, "yYｙＹ") {
		return false
	}
	return notYetTail.MatchString(strings.TrimRight(strings.ToLower(strings.TrimSpace(halfWidth(v))), "。. "))
}

// oralOnly matches a document field's text (half width, lower case, a
// closing 。 aside) saying the thing is done by word of mouth, which is
// no document: 口頭, 口頭のみ, 口頭で運用, 口頭にて引継ぎ, 口頭による指示,
// 口頭伝達, 口頭で対応している, 口頭ベース, 口頭ベースで運用, 口頭で伝えている,
// 口頭での申し送りのみ, with who or when before it (oralWho: 都度口頭で指示,
// 担当者間で口頭共有, 電話・口頭で対応). A title holding 口頭 (口頭説明資料,
// 口頭による引継ぎ手順書, 口頭ベースの引継ぎ要領, 都度口頭で指示する事項の一覧)
// names a document.
var oralOnly = regexp.MustCompile(`^` + oralWho + `口頭(?:のみ|だけ|ベース)?(?:で|にて|による|により|での|の)?` +
	`(?:` + oralVerbs + `|確認|実施|報告|合意)?` +
	`(?:のみ|だけ)?(?:している|しています|しております|する|します|中|やっている|やっています)?$`)

// oralWho are the words of who tells or when before 口頭 in a text saying
// the thing is only told (都度, 担当者間で, 前任者から, 電話・).
const oralWho = `(?:(?:その)?都度|随時|必要に応じて|(?:担当者|職員|係員)(?:間で|同士で|から|に|へ)|課内で|係内で|前任者から|電話(?:・|や|と|、|又は|または))?`

// oralVerbs are the verbs of telling or running a thing after 口頭 (伝達,
// 共有, 申し送り, 伝えている, 引き継いでいる).
const oralVerbs = `運用|伝達|引継ぎ|引き継ぎ|引継|説明|指示|対応|共有|周知|連絡|申し送り|` +
	`伝えて(?:いる|います|おります)|伝える|引き継いで(?:いる|います|おります)|引き継ぐ`

// oralOnlyNote matches a note after a title saying it is only spoken
// (SNS運用方針（口頭のみ）, （口頭）, （口頭ベース）); a note saying how a document is made known
// (SNS運用方針（口頭で周知）) does not.
var oralOnlyNote = regexp.MustCompile(`^口頭(?:(?:のみ|だけ)(?:で(?:運用|対応|伝達|共有))?|ベース)?$`)

// oralTail matches the words after a title and a space that say the
// thing is run or told by word of mouth (口頭のみ, 口頭ベース, 口頭で運用,
// 口頭ベースで対応している, 口頭で伝達, 口頭のみで共有), not what is spoken
// (口頭報告, 口頭の説明); 口頭 alone after a title (SNS運用方針 口頭) too.
var oralTail = regexp.MustCompile(`^口頭(?:(?:のみ|だけ|ベース)(?:(?:で|にて)(?:` + oralVerbs + `))?|(?:のみ|だけ|ベース)?(?:で|にて)(?:` + oralVerbs + `))?(?:のみ|だけ)?(?:している|しています|中)?$`)

// saysOralOnly reports whether v says the document is only spoken: it
// matches oralOnly, alone or before a note in brackets (口頭のみ（文書なし）),
// or its ending note matches oralOnlyNote.
func saysOralOnly(v string) bool {
	if !strings.Contains(v, "口頭") {
		return false
	}
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(strings.TrimSpace(halfWidth(v)), "。. "), "です"))
	if oralOnly.MatchString(t) {
		return true
	}
	// After a title and a space (SNS運用方針 口頭ベース, 手順書 口頭で運用),
	// only the words saying the thing is run by mouth (oralTail): a
	// section's title (乗っ取り時対応手順 口頭報告) names a document.
	if i := strings.LastIndexFunc(t, unicode.IsSpace); i > 0 {
		_, n := utf8.DecodeRuneInString(t[i:])
		if oralTail.MatchString(t[i+n:]) {
			return true
		}
	}
	note, ok := endingNote(v)
	if !ok {
		return false
	}
	head := strings.TrimSpace(t[:strings.LastIndexByte(t, '(')])
	return oralOnly.MatchString(head) || oralOnlyNote.MatchString(note)
}

// noteSaysNone reports whether the note in brackets ending v, after a
// title or a name, says there is none: a word for none (saysNone: なし,
// 未定, TBD, none, pending), a form of notYetArticle (not yet, to be
// drafted, planned, 今後策定), or words saying it is not written
// (noteSaysUnwritten: 日本法（記載なし）, 日本法（規約に記載なし）). A note
// saying something else is none (ガイドライン（改定なし）, 運用方針（個人情報の
// 掲載なし）, 東京地方裁判所（合意管轄の定めなし）) says nothing of the kind.
// A text pointing to an attachment is left to unnamedAttachment
// (別紙のとおり（未定）: partial), as in notYetMade.
//
// The note may also stand in square brackets (SNS policy [not yet],
// 【未定】) or after a colon or a dash set off by spaces (SNS policy: not
// yet, SNS policy - TBD).
func noteSaysNone(v string) bool {
	says := func(note string) bool {
		return saysNone(note) || notYetArticle.MatchString(strings.ToLower(note)) || noteSaysUnwritten(note)
	}
	if note, ok := endingNote(v); ok && says(note) || slices.ContainsFunc(separatedNotes(v), says) {
		return !unnamedAttachment(v)
	}
	return false
}

// separatedNotes returns the texts that may be a note ending v (half
// width, trimmed, a closing 。 aside) besides endingNote's: in square
// brackets ([not yet], 【未定】), or after the last colon or a dash set off
// by spaces (: not yet, - TBD), when something stands before it.
func separatedNotes(v string) []string {
	// Each separator, made half width, comes from one of these runes: a
	// text without them (most titles) has none, and is not copied.
	if !strings.ContainsAny(v, "]］】:：-－–—") {
		return nil
	}
	t := strings.TrimRight(strings.TrimSpace(halfWidth(v)), "。. ")
	var notes []string
	for _, p := range [][2]string{{"[", "]"}, {"【", "】"}} {
		if strings.HasSuffix(t, p[1]) {
			if i := strings.LastIndex(t, p[0]); i > 0 && strings.TrimSpace(t[:i]) != "" {
				notes = append(notes, strings.TrimSpace(t[i+len(p[0]):len(t)-len(p[1])]))
			}
		}
	}
	for _, sep := range []string{":", " - ", " – ", " — "} {
		if i := strings.LastIndex(t, sep); i > 0 && strings.TrimSpace(t[:i]) != "" {
			notes = append(notes, strings.TrimSpace(t[i+len(sep):]))
		}
	}
	return notes
}

// unwrittenLead matches the start of a note (half width) saying the thing
// before it is not written: a word of writing (記載, 規定, 定め, 明記,
// 記述; not, no), after nothing, a place of writing (規約に, 契約書上,
// 約款では) or the name of the field itself (準拠法の, 管轄の). A note
// naming another clause (合意管轄の定めなし, 専属管轄の記載なし) does not
// match: the law or court before it may be one the text names.
var unwrittenLead = regexp.MustCompile(`^(?i:(?:(?:利用)?(?:規約|契約書?|約款|仕様書|terms)(?:上|に|には|では|で)?|(?:準拠法|管轄裁判所|管轄|裁判所)(?:の|は|が|に関する)?)?(?:記載|規定|定め|明記|記述|not |no ))`)

// noteSaysUnwritten reports whether note matches unwrittenLead and says
// there is no such text as a contract clause's article does
// (articleNamesNoClause: 記載なし, 記載されていない, not stated).
func noteSaysUnwritten(note string) bool {
	return unwrittenLead.MatchString(note) && articleNamesNoClause(note)
}

// endingNote returns the text of the note in brackets ending v (half
// width, trimmed; a closing 。 aside) when something stands before it and
// the note holds no bracket of its own.
func endingNote(v string) (string, bool) {
	if !strings.HasSuffix(strings.TrimRight(v, "。. "), ")") && !strings.HasSuffix(strings.TrimRight(v, "。. "), "）") {
		return "", false
	}
	t := strings.TrimRight(strings.TrimSpace(halfWidth(v)), "。. ")
	i := strings.LastIndexByte(t, '(')
	if i <= 0 || strings.TrimSpace(t[:i]) == "" || strings.ContainsAny(t[i+1:len(t)-1], "()") {
		return "", false
	}
	return strings.TrimSpace(t[i+1 : len(t)-1]), true
}

// notYetMadeWords are the words that, ending a field's text or the note
// in brackets after a title, say the document is still to be made (策定予定,
// 作成中, 未策定) or not decided (未定, 決まっていない); not a revision's
// (改定予定) nor 運用中 (in use).
var notYetMadeWords = append(slices.Clip(clauseNotYetMadeWords), "未定", "未決定", "未確定",
	"決まっていない", "決めていない", "定まっていない", "決定していない", "決まってない", "決めてない")

// clauseNotYetMadeWords are notYetMadeWords but 未定 (未決定, 未確定), which
// in a contract clause's article says only that its number is not known
// (未定, 条番号未定: present).
var clauseNotYetMadeWords = []string{"策定予定", "作成予定", "整備予定", "制定予定", "掲載予定", "公開予定", "追加予定", "検討予定",
	"追記予定", "締結予定", "記載予定", "明記予定", "規定予定",
	"策定中", "作成中", "整備中", "検討中", "準備中", "調整中", "協議中", "交渉中", "未策定", "未作成", "未整備", "未制定", "未掲載", "未公開"}

// notYetTime matches a time at the start of a text (令和9年度, R9年度,
// 2027年度中, 今年度中, 来年度, 現在, 今後), which may stand before a word of
// notYetMadeWords.
// An era's year may stand without 年 (r9, 令和9, r9.4), in kanji numerals
// (令和九年度) or with a month (令和9年4月).
var notYetTime = regexp.MustCompile(`^` + notYetTimeForms)

// notYetTimeForms are the forms of notYetTime.
const notYetTimeForms = `(?:(?:令和|平成|r|h)?[0-9元〇一二三四五六七八九十]+年度?(?:[0-9〇一二三四五六七八九十]+月)?|(?:令和|平成|r|h)[0-9元]+(?:[./][0-9]+)?|(?:今|来|次|本)年度|年度|現在|今後|年内)(?:中|内|末)?`

// notYetTimeTail matches a time of notYetTimeForms ending a text, with a
// particle after it (SNS運用方針 R9, 運用方針は令和9年度に): the time
// stands between a title and a word of notYetMadeWords (SNS運用方針 R9策定予定).
var notYetTimeTail = regexp.MustCompile(notYetTimeForms + `(?:に|の|までに|まで)?$`)

// editionAlone matches an edition named by a time of notYetTimeForms, a
// number or as the next one (令和9年度版, R9版, 第2版, 次期版, 新版), with
// を or の after it. Before a word of notYetMadeWords as the whole of a
// field's text (令和9年度版策定予定, 第2版を作成中) it only announces a
// document still to be made and names none in force; after a title
// (SNS運用方針（第2版作成中）, SNS運用方針 令和9年度版策定予定) the title names
// the edition in force.
//
// A version number (v1.0作成中, Ver.2を作成中, 1.0版作成中: versionForms) is
// an edition alone too.
var editionAlone = regexp.MustCompile(`^(?:(?:` + notYetTimeForms + `|第[0-9〇一二三四五六七八九十]+|次期|次|新)版|` + versionForms + `)(?:を|の)?$`)

// versionForms are the forms of a version number (half width, lower
// case): v1.0, ver.2, version 2, 1.0, 1.0版.
const versionForms = `(?:v|ver\.?|version)\s?[0-9]+(?:\.[0-9]+)*|[0-9]+(?:\.[0-9]+)+版?`

// firstEditionTail matches a first edition, a first version or a draft
// ending the words before a word of notYetMadeWords after a title
// (SNS運用方針 v1.0, SNS運用方針 初版, SNS運用方針 第一版, SNS運用方針 ver.1): being made, it is
// no edition in force, where SNS運用方針 v2 or v1.1 (作成中) names the
// first. A number ending a longer one (v11.0, 2.1.0, 第11版) is not one.
var firstEditionTail = regexp.MustCompile(`(?:^|[^0-9a-z.])(?:初版|第1版|第一版|素案|原案|草案|ドラフト|たたき台|叩き台|(?:v|ver\.?|version)\s?(?:0(?:\.[0-9]+)*|1(?:\.0+)*)|(?:0(?:\.[0-9]+)+|1(?:\.0+)+)版?|1版)$`)

// draftAlone matches a first edition or a draft (初版, 素案, 原案を,
// たたき台の), with を or の after it: before a word of notYetMadeWords
// (初版作成中, 素案を作成中, SNS運用方針（素案作成中）) it says that no
// edition is in force yet, where 第2版作成中 after a title names the
// first.
var draftAlone = regexp.MustCompile(`^(?:初版|第1版|素案|原案|草案|案|ドラフト|たたき台|叩き台|骨子案?)(?:を|の)?$`)

// timeToCome reports whether m, a time notYetTime matched, is one to
// come: within a time (今年度中, 令和9年度内, 年度末) or the next year
// (来年度, 次年度, 年内). A drafting word alone after it (今年度中に作成,
// 来年度策定) says the document is to be made; after another time
// (令和5年度策定, 今年度作成) it may say when it was made.
func timeToCome(m string) bool {
	return strings.HasSuffix(m, "中") || strings.HasSuffix(m, "内") || strings.HasSuffix(m, "末") ||
		strings.HasPrefix(m, "来") || strings.HasPrefix(m, "次")
}

// saysNotYetMade reports whether v, a document field's text (made half
// width, lower case, a closing 。 or です aside), says the document is
// still to be made: it, or the note in brackets ending it, ends with a
// word of notYetMadeWords after nothing, a time (notYetTime) or a word
// ending in hiragana or a space (手順書を作成予定, 公式サイトの一覧に掲載予定,
// 令和9年度に策定予定, SNS運用方針 策定中, SNS運用方針（策定予定）), or is
// 予定 alone after a time. A title's word before it (第2版作成中, 改定予定,
// 投稿準備中の確認手順) says nothing of the kind. A text pointing to an
// attachment is left to unnamedAttachment (別紙（手順書は未作成）: partial).
func saysNotYetMade(v string) bool { return notYetMade(v, notYetMadeWords) }

// notYetMade is saysNotYetMade with the words of words: notYetMadeWords,
// or clauseNotYetMadeWords for a contract clause's article
// (articleSaysAbsent: 秘密保持条項を追加予定, 第5条として追加予定).
func notYetMade(v string, words []string) bool {
	// Every word of words and 予定 holds 予, 中 or 未, and the forms of
	// 今後 (notYetArticle: 今後追加) hold 今, which no mapping below makes or
	// takes away: a text without any is told at once.
	// The words of deciding (決まっていない, 決定していない) hold 決 or 定,
	// and a time to come before a drafting word alone (来年度作成) 年 or 中.
	if !strings.ContainsAny(v, "予中未今決定年") {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(halfWidth(riskassess.WideKana(v))))
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(t, "。. "), "です"))
	// The polite form says the same (決まっていません, 決まっておりません).
	t = strings.NewReplacer("ておりません", "ていない", "ていません", "ていない").Replace(t)
	if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(t, w) }) &&
		!strings.Contains(t, "予定") && !strings.Contains(t, "今後") && !strings.Contains(t, "年") && !notYetTime.MatchString(t) || unnamedAttachment(v) {
		return false
	}
	// An edition alone before the word, as the whole text (令和9年度版策定予定,
	// 第2版を作成中), names no document in force.
	for _, w := range words {
		if before, ok := strings.CutSuffix(t, w); ok && editionAlone.MatchString(before) {
			return true
		}
	}
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 && !strings.Contains(t[i+1:len(t)-1], "(") {
			if endsNotYetMade(strings.TrimSpace(t[i+1:len(t)-1]), words) {
				return true
			}
		}
	}
	return endsNotYetMade(t, words)
}

// endsNotYetMade is notYetMade's test of one text t (a field's text or
// a note): also a form of notYetArticle alone (今後追加, 今後策定), which
// an article says alone (articleNamesNoClause) and after a title or a
// number in a note (秘密保持（今後追加）, 第5条（今後追加）).
func endsNotYetMade(t string, words []string) bool {
	t = strings.TrimSpace(strings.TrimSuffix(t, "です"))
	if notYetArticle.MatchString(t) {
		return true
	}
	if m := notYetTime.FindString(t); m != "" {
		t = strings.TrimLeft(t[len(m):], "にの ")
		// The plain and polite forms of the verb and 見込み say the same
		// (今年度中に作成する, 年度内に策定見込み).
		bare := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, "見込み"), "します"), "する")
		if timeToCome(m) && slices.ContainsFunc(words, func(w string) bool {
			stem, ok := strings.CutSuffix(w, "予定")
			return ok && bare == stem
		}) {
			return true // 今年度中に作成, 来年度策定
		}
	}
	if t == "予定" {
		return true
	}
	for _, w := range words {
		before, ok := strings.CutSuffix(t, w)
		if !ok {
			continue
		}
		// A time between a title and the word (SNS運用方針 R9策定予定)
		// stands for nothing: the rune before it is read.
		if loc := notYetTimeTail.FindStringIndex(before); loc != nil && loc[0] > 0 {
			if b := before[:loc[0]]; strings.TrimRight(b, " 、,:：") != b {
				// An edition before the separator is one in force
				// (令和6年度版、令和9年度版策定予定): a document is named.
				if strings.HasSuffix(strings.TrimRight(b, " 、,:："), "版") {
					return false
				}
				before = b
			}
		}
		if before == "" || draftAlone.MatchString(before) {
			return true
		}
		// A first edition or version, or a draft of a document, after a
		// title (SNS運用方針 v1.0作成中, SNS運用方針 初版作成中,
		// SNS運用方針案を作成中): no edition is in force yet.
		if b := strings.TrimRight(before, "をの "); firstEditionTail.MatchString(b) || draftTitle.MatchString(b) {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(before)
		return unicode.Is(unicode.Hiragana, r) || unicode.IsSpace(r) || r == '、' || r == ',' || r == ':' || r == '：'
	}
	return false
}

// noneRecorded is the result of a field whose text says there is nothing
// (saysNoDocument): not met, whatever the answer says.
func noneRecorded(v, path string) riskassess.Result {
	v = strings.TrimSpace(v)
	return resultJE(riskassess.OutcomeNotMet, path,
		[]string{"台帳に「", v, "」と記録されている（記録がないものとして扱う）"},
		[]string{"the register says ", strconv.Quote(v), ": read as nothing recorded"})
}

// present checks that a string register field is filled in, falling back
// to the answer when it is empty. A field that says there is nothing
// (なし, 未定, 記載なし: saysNoDocument) is not met, and so is one that
// says the thing is done with no document (慣例による, 担当者の判断,
// 都度相談, メールで共有: saysPracticeOnly). A draft or a document not yet
// approved (saysDraft: SNS運用方針（案）, SNS運用方針（未決裁）) is partial: it
// is not in force. permitted_uses reads its uses with presentValue alone:
// a use may be one of a channel (チャットで連絡) or of drafts (会議資料（案）の共有).
func present(get func(s *riskassess.Subject) (string, string)) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		v, path := get(s)
		return presentDocument(q, s, v, path)
	}
}

// presentDocument is present's result for the document field at path
// holding v.
func presentDocument(q *req, s *riskassess.Subject, v, path string) riskassess.Result {
	return presentField(q, s, v, path, true)
}

// presentValue is the result for the field at path holding v, a use of
// permitted_uses: present without the readings of a document
// (saysPracticeOnly, saysDraft).
func presentValue(q *req, s *riskassess.Subject, v, path string) riskassess.Result {
	return presentField(q, s, v, path, false)
}

// presentField is the result for the field at path holding v: the answer
// when v is blank, nothing recorded when it says there is none
// (saysNoDocument), no document when it names none (namesNoDocument),
// else recorded. A document field (document) is also nothing recorded
// when it says the thing is done with no document (saysPracticeOnly), not
// met when it says the document is not in force (saysNotInForce: 延期,
// 廃止, 撤回), and partial when it is a draft (saysDraft).
func presentField(q *req, s *riskassess.Subject, v, path string, document bool) riskassess.Result {
	switch {
	case strings.TrimSpace(v) == "":
		return byAnswer(q, s)
	case saysNoDocument(v) || document && saysPracticeOnly(v):
		return noneRecorded(v, path)
	case namesNoDocument(v):
		return noDocumentRecorded(v, path)
	case document && saysNotInForce(v):
		return notInForceRecorded(v, path)
	case document && saysDraft(v):
		return draftRecorded(v, path)
	}
	return recordedAs(v, path)
}

// recordedAs is the result of a field at path holding v, a document
// recorded: met.
func recordedAs(v, path string) riskassess.Result {
	return resultJE(riskassess.OutcomeMet, path, []string{"記録あり（", v, "）"}, []string{"recorded (", v, ")"})
}

// attachmentWords are what a field holds when it points to an attachment
// or another document without naming it (別紙, 別添, 別途); the register
// has no attachment, so nothing tells which document, or that there is
// one. 別紙1 or 別添「SNS運用手順」 names one.
var attachmentWords = []string{"別紙", "別添", "添付", "添付資料", "添付書類", "添付ファイル", "別冊", "別表", "別途", "別資料"}

// documentWords are words of a document's title (lower case), by which a
// bracket after an attachment word names the document (unnamedAttachment;
// 書 only at the end of a word: namesDocument).
var documentWords = []string{"手順", "方針", "規程", "規定", "規則", "要綱", "要領", "基準", "計画", "マニュアル", "ガイドライン",
	"ガイド", "細則", "ルール", "指針", "様式", "policy", "manual", "guideline", "procedure", "rules"}

// namesDocument reports whether inner, the text of a bracket after an
// attachment word (half width, lower case), holds one of documentWords, or
// 書 at the end of a word after another letter (手順書, 運用書（第2版）; not
// 書面, 文書管理).
func namesDocument(inner string) bool {
	if slices.ContainsFunc(documentWords, func(w string) bool { return strings.Contains(inner, w) }) {
		return true
	}
	for i := 0; ; {
		j := strings.Index(inner[i:], "書")
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len("書")
		next, _ := utf8.DecodeRuneInString(inner[i:])
		if at > 0 && !unicode.Is(unicode.Han, next) && !unicode.Is(unicode.Katakana, next) && next != 'ー' {
			return true
		}
	}
}

// notYetWords are the words of noneWords, and others, that in a bracket
// after an attachment word say the document is not there yet or not at
// all (別紙（手順書は未作成）, 別紙（規定なし）, 別紙（計画中）): the bracket is a
// note, whatever document it names. 未 stands for every 未… word; ない is
// left out (別紙（SNSを使わない場合の手順）names one).
var notYetWords = func() []string {
	ws := []string{"未", "計画中", "予定", "中止", "廃止"}
	for _, w := range noneWords {
		if r, _ := utf8.DecodeRuneInString(w); r >= utf8.RuneSelf && utf8.RuneCountInString(w) > 1 && !strings.HasPrefix(w, "未") && !strings.HasSuffix(w, "ない") && !strings.HasSuffix(w, "無い") {
			ws = append(ws, w)
		}
	}
	return ws
}()

// bracketSaysNotYet reports whether inner, the text of a bracket after an
// attachment word, holds one of notYetWords.
func bracketSaysNotYet(inner string) bool {
	return slices.ContainsFunc(notYetWords, func(w string) bool { return strings.Contains(inner, w) })
}

// attachmentTails are what follows an attachment word in such a field
// (別紙のとおり, 別添参照, 別途定める), longest first.
var attachmentTails = []string{"のとおり定める", "のとおりとする", "のとおり", "の通り", "を参照", "に定める", "で定める", "に記載", "による", "参照", "定める", "記載"}

// unnamedAttachment reports whether v only points to an attachment or
// another document without naming it (attachmentWords, with or without
// one of attachmentTails, read as saysNone reads a field: width, case and
// a closing 。 aside). A bracket that names a document, as 「」 does, with a
// word for one (documentWords: 別紙（SNS運用手順）, 別添(SNS緊急時対応手順)のとおり,
// 別紙参照（SNS運用手順書）), makes it named; any other bracket is a note
// (別添参照（紙で保管）, 別紙のとおり（未定）, 別紙のとおり（文書管理システムで保管）),
// as is one that says the document is not there yet (notYetWords:
// 別紙（手順書は未作成）, 別紙（規定なし）, 別紙（計画中）).
func unnamedAttachment(v string) bool {
	t := strings.TrimSpace(v)
	if !strings.HasPrefix(t, "別") && !strings.HasPrefix(t, "添") {
		return false
	}
	k := strings.TrimRight(strings.ToLower(strings.TrimSpace(halfWidth(v))), "。. ")
	if i := strings.IndexByte(k, '('); i > 0 {
		inner, rest, _ := strings.Cut(k[i+1:], ")")
		if !bracketSaysNotYet(inner) && namesDocument(inner) {
			return false // the bracket names the document
		}
		k = strings.TrimSpace(k[:i]) + strings.TrimSpace(rest)
	}
	for _, tail := range attachmentTails {
		if h, ok := strings.CutSuffix(k, tail); ok {
			k = h
			break
		}
	}
	return slices.Contains(attachmentWords, k)
}

// attachmentRecorded is the result of a field that only points to an
// attachment it does not name (unnamedAttachment): partial, the document
// to be named.
func attachmentRecorded(v, path string) riskassess.Result {
	v = strings.TrimSpace(v)
	return resultJE(riskassess.OutcomePartial, path,
		[]string{"台帳に「", v, "」とだけ記録されていて、どの文書かが分からない（文書名か URL を記録する）"},
		[]string{"the register says only ", strconv.Quote(v), ", which names no document (record the document's title or URL)"})
}

// dateAlone reports whether v holds a date alone (wareki.DateAlone), which
// names no document: posting_scope: 2026-04-01 was met as a document
// recorded (記録あり（2026-04-01）), though the register then says neither
// which document nor that there is one (the day it was made, perhaps). A
// title with a date in it (SNS運用方針（2026年4月1日制定）) is not a date
// alone. The store refuses a date alone in a link field by the same rule
// (bad-url: listed_on, notice_url, posting_rules).
func dateAlone(v string) bool { return wareki.DateAlone(v) }

// dateRecorded is the result of a field holding a date alone (dateAlone):
// partial, as for an unnamed attachment, the document to be named.
func dateRecorded(v, path string) riskassess.Result {
	v = strings.TrimSpace(v)
	return resultJE(riskassess.OutcomePartial, path,
		[]string{"台帳に日付「", v, "」だけが記録されていて、どの文書かが分からない（文書名か URL を記録する）"},
		[]string{"the register holds only a date, ", strconv.Quote(v), ", which names no document (record the document's title or URL)"})
}

// namesNoDocument reports whether v, a field's text that does not say
// there is nothing (saysNone), still names no document: it only points to
// an attachment (unnamedAttachment) or holds a date alone (dateAlone).
func namesNoDocument(v string) bool { return unnamedAttachment(v) || dateAlone(v) }

// noDocumentRecorded is the result of a field v at path that names no
// document (namesNoDocument): partial, the document to be named.
func noDocumentRecorded(v, path string) riskassess.Result {
	if unnamedAttachment(v) {
		return attachmentRecorded(v, path)
	}
	return dateRecorded(v, path)
}

// recorded checks that a string register field is filled in (and does not
// say there is nothing, saysNoDocument); there is no question to fall back on.
func recorded(get func(s *riskassess.Subject) (string, string)) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		v, path := get(s)
		if strings.TrimSpace(v) == "" {
			return result(riskassess.OutcomeNotMet, path, "台帳に記録がない", "not recorded in the register")
		}
		if saysNoDocument(v) || saysPracticeOnly(v) {
			return noneRecorded(v, path)
		}
		if namesNoDocument(v) {
			return noDocumentRecorded(v, path)
		}
		if saysDraft(v) {
			return draftRecorded(v, path)
		}
		return resultJE(riskassess.OutcomeMet, path, []string{"記録あり（", v, "）"}, []string{"recorded (", v, ")"})
	}
}

// within checks that a date (the last time something was done) is no
// older than months before the as-of date. When the field is zero the
// answer to the date question is used (riskassess.LastDone: the rule the
// engine's due items follow too). The result's Due is when it next falls
// due.
func within(months int, get func(s *riskassess.Subject) (riskassess.Date, string)) checkFunc {
	return lastDone(get, func(d riskassess.Date) riskassess.Date { return d.AddMonths(months) })
}

// withinDays is within with an interval in days.
func withinDays(days int, get func(s *riskassess.Subject) (riskassess.Date, string)) checkFunc {
	return lastDone(get, func(d riskassess.Date) riskassess.Date { return d.AddDays(days) })
}

func lastDone(get func(s *riskassess.Subject) (riskassess.Date, string), next func(riskassess.Date) riskassess.Date) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		d, path := get(s)
		d, v, fromAnswer := riskassess.LastDone(d, s.Answers, q.qid)
		if d.IsZero() {
			return noDate(q, v)
		}
		if fromAnswer {
			path = q.path
		}
		return freshness(d, next(d), path, s.AsOf)
	}
}

// withinReview is within(months, last_reviewed) for the yearly
// re-evaluation (OUT-36, CLD-42): when the last review is after the as-of
// date and the review log has none by then, the self-check's date answer
// by then stands in (the re-evaluation it records was done by then). The
// date is riskassess.Common.LastReevaluatedOn's, from which the engine
// bounds the review too.
func withinReview(months int) checkFunc {
	return func(q *req, s *riskassess.Subject) riskassess.Result {
		d, path, v, fromAnswer := s.Entry.Base().LastReevaluatedOn(s.AsOf, s.Answers, q.qid)
		if d.IsZero() {
			return noDate(q, v)
		}
		if fromAnswer {
			path = q.path
		}
		return freshness(d, d.AddMonths(months), path, s.AsOf)
	}
}

// noDate is the result of a date requirement q with neither a recorded
// date nor an answer that is one; v is the answer read
// (riskassess.LastDone): none, "na", or text that is not a date.
func noDate(q *req, v string) riskassess.Result {
	switch v {
	case "":
		return q.notAnswered
	case "na":
		return q.answeredNA
	}
	return result(riskassess.OutcomeNotMet, q.path,
		"回答「"+v+"」は実施日ではない（未実施として扱う）", "the answer "+strconv.Quote(v)+" is not a date (treated as not done)")
}

// freshness judges last (when something was last done) against the date
// it next falls due: met until then, not met after; Due is that date. A
// last date after asOf is not met and due on asOf: as of asOf it had not
// been done (a check done after a past --as-of), or the date is a slip
// (2062 for 2026), which would otherwise count as done for decades.
func freshness(last, due riskassess.Date, path string, asOf riskassess.Date) riskassess.Result {
	if last.After(asOf) {
		return withDue(riskassess.Result{Outcome: riskassess.OutcomeNotMet, Evidence: path, Message: freshnessText(freshAfterAsOf, last, asOf)}, asOf)
	}
	if due.Before(asOf) {
		return withDue(riskassess.Result{Outcome: riskassess.OutcomeNotMet, Evidence: path, Message: freshnessText(freshOverdue, last, due)}, due)
	}
	return withDue(riskassess.Result{Outcome: riskassess.OutcomeMet, Evidence: path, Message: freshnessText(freshMet, last, due)}, due)
}

// The messages of freshness: done after the as-of date (of the last date
// and the as-of date), overdue and met (of the last and the due date).
const (
	freshAfterAsOf = iota
	freshOverdue
	freshMet
)

// dateTextKey is the key of a message of a kind made of one or two dates,
// the dates packed (packDate): three words of 32 bits compare at once,
// where two Dates (48 bytes) were compared byte by byte (memeqbody: 2% of
// scoring 10,000 entries).
type dateTextKey struct {
	kind, a, b uint32
}

// packDate returns d in 26 bits (year, month, day) and true, or false
// when a field is outside what they hold (a year from 0 to 131,071, a
// month and a day from 0 to 15 and 31): such a date's message is made
// every time, never kept.
func packDate(d riskassess.Date) (uint32, bool) {
	if d.Year < 0 || d.Year >= 1<<17 || d.Month < 0 || d.Month > 15 || d.Day < 0 || d.Day > 31 {
		return 0, false
	}
	return uint32(d.Year)<<9 | uint32(d.Month)<<5 | uint32(d.Day), true
}

// dateKey returns the key of the message of kind for dates a and b, and
// whether it may be kept (packDate).
func dateKey(kind int, a, b riskassess.Date) (dateTextKey, bool) {
	pa, okA := packDate(a)
	pb, okB := packDate(b)
	return dateTextKey{uint32(kind), pa, pb}, okA && okB
}

// hash returns the hash of k for its memo, made of the packed key: keys
// that pack alike hash alike.
func (k dateTextKey) hash() uint64 {
	h := (uint64(k.a)<<32 | uint64(k.b)) * 0x9e3779b97f4a7c15
	return h ^ h>>29 + uint64(k.kind)
}

// freshnessTexts keeps freshness's messages: a register's last dates are
// a few years of days, the same for many entries and requirements.
var freshnessTexts = newMemo[dateTextKey, riskassess.Text](8192)

// freshnessText returns freshness's message of kind for the last date and
// the as-of or due date d.
func freshnessText(kind int, last, d riskassess.Date) riskassess.Text {
	k, keep := dateKey(kind, last, d)
	if t, ok := freshnessTexts.get(k.hash(), k); keep && ok {
		return t
	}
	var lb, db [10]byte
	l, ds := string(last.AppendISO(lb[:0])), string(d.AppendISO(db[:0]))
	var t riskassess.Text
	switch kind {
	case freshAfterAsOf:
		t = ownText([]string{"最終実施日 ", l, " が基準日 ", ds, " より後で、基準日までの実施日が台帳にない（日付の誤りなら直す）"},
			[]string{"last done ", l, ", after the as-of date ", ds, ": no date by then is recorded (correct the date if it is a slip)"})
	case freshOverdue:
		t = ownText([]string{"最終実施日 ", l, "、期限 ", ds, " を過ぎている"}, []string{"last done ", l, "; it was due again by ", ds})
	default:
		t = ownText([]string{"最終実施日 ", l, "（次回期限 ", ds, "）"}, []string{"last done ", l, " (next due ", ds, ")"})
	}
	if keep {
		freshnessTexts.put(k.hash(), k, t)
	}
	return t
}

// expiry judges an expiry date: passed is not met, within dueSoonDays is
// partial, later is met; Due is the expiry. A zero date is partial: the
// expiry is not recorded.
func expiry(until riskassess.Date, path string, asOf riskassess.Date) riskassess.Result {
	switch {
	case until.IsZero():
		return result(riskassess.OutcomePartial, path, "有効期限が記録されていない", "the expiry date is not recorded")
	case until.Before(asOf):
		return withDue(riskassess.Result{Outcome: riskassess.OutcomeNotMet, Evidence: path, Message: expiryText(expiryPassed, until)}, until)
	case !asOf.AddDays(dueSoonDays).Before(until):
		return withDue(riskassess.Result{Outcome: riskassess.OutcomePartial, Evidence: path, Message: expiryText(expirySoon, until)}, until)
	}
	return withDue(riskassess.Result{Outcome: riskassess.OutcomeMet, Evidence: path, Message: expiryText(expiryValid, until)}, until)
}

// The messages of expiry: passed, within dueSoonDays, and valid.
const (
	expiryPassed = iota
	expirySoon
	expiryValid
)

// expiryTexts keeps expiry's messages, of a few years of expiry dates.
var expiryTexts = newMemo[dateTextKey, riskassess.Text](4096)

// expiryText returns expiry's message of kind for the expiry date until.
func expiryText(kind int, until riskassess.Date) riskassess.Text {
	k, keep := dateKey(kind, until, riskassess.Date{})
	if t, ok := expiryTexts.get(k.hash(), k); keep && ok {
		return t
	}
	var ub [10]byte
	u := string(until.AppendISO(ub[:0]))
	var t riskassess.Text
	switch kind {
	case expiryPassed:
		t = ownText([]string{u, " に期限切れ"}, []string{"expired on ", u})
	case expirySoon:
		t = ownText([]string{u, " に期限切れとなる（", dueSoonText, "日以内）"}, []string{"expires on ", u, " (within ", dueSoonText, " days)"})
	default:
		t = ownText([]string{"有効（期限 ", u, "）"}, []string{"valid until ", u})
	}
	if keep {
		expiryTexts.put(k.hash(), k, t)
	}
	return t
}

// approved checks an entry's approval record: approved or conditionally
// approved with a decision date is met.
func approved(_ *req, s *riskassess.Subject) riskassess.Result {
	a := &s.Entry.Base().Approval
	if a.DecidedOn.After(s.AsOf) || a.RenewingOn(s.AsOf) {
		// A request to renew an approval leaves that approval in force
		// until it is decided (Approval.InForceOn).
		// Decided after the as-of date (or a slip, 2062 for 2026): as of
		// then, the decision in force is the history's latest by then.
		in := a.InForceOn(s.AsOf)
		if !in.Status.Signed() {
			var db, ab [10]byte
			d, asOf := string(a.DecidedOn.AppendISO(db[:0])), string(s.AsOf.AppendISO(ab[:0]))
			return resultJE(riskassess.OutcomeNotMet, "approval.decided_on",
				[]string{"承認の決定日 ", d, " が基準日 ", asOf, " より後で、基準日の時点で承認の記録がない（日付の誤りなら直す）"},
				[]string{"the approval was decided on ", d, ", after the as-of date ", asOf, ": nothing was approved by then (correct the date if it is a slip)"})
		}
		return riskassess.Result{Outcome: riskassess.OutcomeMet, Evidence: "approval.history", Message: approvedText(approvedFromHistory, in.Status, in.DecidedOn)}
	}
	st := approvalStatusTexts(a.Status)
	switch a.Status {
	case riskassess.StatusApproved, riskassess.StatusConditional:
		if a.DecidedOn.IsZero() {
			return st.noDate
		}
		return riskassess.Result{Outcome: riskassess.OutcomeMet, Evidence: "approval.status", Message: approvedText(approvedRecorded, a.Status, a.DecidedOn)}
	case "":
		return result(riskassess.OutcomeNotMet, "approval.status", "承認の記録がない", "no approval recorded")
	}
	return st.notApproved
}

// The messages of approved that name a decision: the approval recorded,
// and the one in force from the history.
const (
	approvedRecorded = iota
	approvedFromHistory
)

// approvedKey is the key of a message of approved: its kind, the status
// and the date of the decision.
type approvedKey struct {
	kind   int
	status riskassess.ApprovalStatus
	on     riskassess.Date
}

// approvedTexts keeps approved's messages: a few statuses on a few years
// of days.
var approvedTexts = newMemo[approvedKey, riskassess.Text](8192)

// approvedText returns approved's message of kind for a decision of
// status on the date on.
func approvedText(kind int, status riskassess.ApprovalStatus, on riskassess.Date) riskassess.Text {
	k := approvedKey{kind, status, on}
	h := hashDates(on) + uint64(kind) + uint64(len(status))<<3
	if t, ok := approvedTexts.get(h, k); ok {
		return t
	}
	var db [10]byte
	st, d := approvalStatusTexts(status), string(on.AppendISO(db[:0]))
	t := ownText([]string{st.ja, "（", d, "）"}, []string{st.en, " (", d, ")"})
	if kind == approvedFromHistory {
		t = ownText([]string{st.ja, "（", d, "、承認の記録）"}, []string{st.en, " (", d, ", approval history)"})
	}
	approvedTexts.put(h, k, t)
	return t
}

// statusTexts are the labels of an approval status and the results of
// approved that depend only on the status.
type statusTexts struct {
	status              riskassess.ApprovalStatus
	ja, en              string
	noDate, notApproved riskassess.Result
}

func newStatusTexts(st riskassess.ApprovalStatus) *statusTexts {
	ja, en := st.Label("ja"), st.Label("en")
	return &statusTexts{status: st, ja: ja, en: en,
		noDate:      result(riskassess.OutcomePartial, "approval.decided_on", ja+"だが承認日が記録されていない", en+", but the decision date is not recorded"),
		notApproved: result(riskassess.OutcomeNotMet, "approval.status", "承認されていない（"+ja+"）", "not approved ("+en+")"),
	}
}

// knownStatusTexts are the statusTexts of the known statuses, built once.
var knownStatusTexts = func() (ts []*statusTexts) {
	for _, v := range riskassess.ApprovalStatus("").Allowed() {
		ts = append(ts, newStatusTexts(riskassess.ApprovalStatus(v)))
	}
	return ts
}()

// approvalStatusTexts returns the statusTexts of st.
func approvalStatusTexts(st riskassess.ApprovalStatus) *statusTexts {
	for _, t := range knownStatusTexts {
		if t.status == st {
			return t
		}
	}
	return newStatusTexts(st)
}

// person checks that a person id is filled in and, when the organisation
// lists its people, that it names one of them in post on the as-of date
// (people's from and until, as SNS-06 and riskregister rotation read them).
func person(s *riskassess.Subject, id, path string) riskassess.Result {
	p := personFound(s, id)
	if !personKnown(s, id, p) {
		return personProblem(s, id, path)
	}
	if !personInPost(s, p) {
		qv := strconv.Quote(id)
		return result(riskassess.OutcomeNotMet, path, "職員 "+qv+" は基準日に在任していない（people の from・until）", "person "+qv+" is not in post on the as-of date (from/until in people)")
	}
	// People read names, not staff ids: the name when the register has one
	// (report.PersonLabel).
	ja, en := id, id
	if s.Org != nil {
		ja, en = p.Label(id, riskassess.LangJa), p.Label(id, riskassess.LangEn)
	}
	return resultJE(riskassess.OutcomeMet, path, []string{ja, " を指定"}, []string{en, " named"})
}

// personFound returns the person register.yaml lists under id, or nil (as
// without an organisation). The person checks look each id up once, with
// it, not once for each question they ask of it.
func personFound(s *riskassess.Subject, id string) *riskassess.Person {
	if s.Org == nil {
		return nil
	}
	return s.Org.Person(id)
}

// personKnown reports whether person reads id, whose person is p
// (personFound), as met: id is given, names somebody (not 未定 nor
// 担当課長（未定）: namesNobody) and, when register.yaml lists people,
// names one of them.
func personKnown(s *riskassess.Subject, id string, p *riskassess.Person) bool {
	return id != "" && !namesNobody(id) && (s.Org == nil || len(s.Org.People) == 0 || p != nil)
}

// namesNobody reports whether v, a person or a position, names nobody: a
// word for none (未定, 調整中, TBD: saysNone), a word for a post without
// its holder (欠員, 空席, 不在, 後任未定, 前任者, 空欄, 同上, vacant,
// to be decided: nobodyWords), placeholder marks (●●, ＊＊, 〃), a note in
// brackets saying one of these (担当課長（未定）, 係長（欠員）, （空欄）), a
// part set apart saying one (課長 未定, 課長・未定) or a text ending in
// 未定, 調整中 or 選任中 (人事異動のため未定). Without people in
// register.yaml such a text was met as the name of a person or a post.
func namesNobody(v string) bool {
	if saysNone(v) {
		return true
	}
	// Every form holds one of these runes (欠員, 空席, 不在, 未定, 調整中,
	// 前任者, 後任, 同上, 〃, the marks, brackets; vacant, to be, blank...
	// in ASCII): a staff id or a name without any is told at once.
	if allASCII(v) {
		return asciiNobody(v)
	}
	if !strings.ContainsAny(v, nobodyRunes) {
		return false
	}
	k := strings.TrimRight(strings.TrimSpace(halfWidth(v)), "。. ")
	k = strings.TrimRight(strings.TrimSuffix(k, "です"), "。. ") // 未定です, 欠員中です
	if nobodyWord(k) || strings.Trim(k, placeholderMarks) == "" {
		return true
	}
	// A single mark leading the text is a bullet (○山田太郎, ◆広報係長 山田):
	// what follows it names, or not.
	if r, n := utf8.DecodeRuneInString(k); strings.ContainsRune(nameMarks, r) {
		if next, _ := utf8.DecodeRuneInString(strings.TrimLeft(k[n:], " ")); next != utf8.RuneError && !strings.ContainsRune(nameMarks, next) {
			return namesNobody(k[n:])
		}
	}
	// Placeholder marks with a post (○○係長, 係長××), a word of a post
	// not filled before it (未定係長) or the predecessor alone
	// (課長（前任：山田）).
	if strings.ContainsAny(k, nameMarks) || nobodyHead(k) || namesPredecessorOnly(k) {
		return true
	}
	// A note in brackets leading a post or nothing ((未定)係長); before a
	// name, the name counts ((調整中)山田).
	if strings.HasPrefix(k, "(") {
		if j := strings.IndexByte(k, ')'); j > 0 {
			if noteSaysNobody(strings.TrimSpace(k[1:j])) {
				if rest := strings.TrimSpace(k[j+1:]); rest == "" || endsInTitle(rest) || namesNobody(rest) {
					return true
				}
				return false
			}
		}
	}
	// A note in brackets (担当課長(未定), (空欄)).
	if i := strings.IndexByte(k, '('); i >= 0 && strings.HasSuffix(k, ")") {
		if noteSaysNobody(strings.TrimSpace(k[i+1 : len(k)-1])) {
			return true
		}
		k = strings.TrimSpace(k[:i])
	}
	for _, p := range strings.FieldsFunc(k, func(r rune) bool { return strings.ContainsRune(" 　・/、,", r) }) {
		if p != k && (saysNone(p) || nobodyWord(p)) {
			return true
		}
	}
	return nobodyTail(k)
}

// noteSaysNobody reports whether in, the trimmed text of a note in
// brackets in a person or a position, says nobody: saysNone, a word of
// nobodyWords or one ending in nobodyTails ((未定), (欠員中)).
func noteSaysNobody(in string) bool {
	return in != "" && (saysNone(in) || nobodyWord(in) || nobodyTail(in))
}

// nameMarks are the placeholder marks that stand for a name or a section
// among other words (○○係長, 係長××); a name holds none of them. ・, …
// and ※ are left out (ジョン・スミス, 山田太郎※兼務).
const nameMarks = "●■＊△×◯○〇□◆◇"

// nobodyHeads are the words that, leading a person or a position, say its
// holder is not decided (未定係長, 欠員 課長).
var nobodyHeads = []string{"未定", "欠員", "空席", "調整中", "後任未定"}

// nobodyHead reports whether k (half width, trimmed) begins with one of
// nobodyHeads.
func nobodyHead(k string) bool {
	for _, w := range nobodyHeads {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// predecessorWords are the words that introduce the previous holder of a
// post (前任：山田), longest first.
var predecessorWords = []string{"前任者", "前任", "旧担当者", "旧担当"}

// namesPredecessorOnly reports whether k (half width, trimmed) names only
// the previous holder of a post: a predecessor word followed by a
// separator (: は = or a space) and a name, with nothing before it but a
// post (課長（前任：山田）, 課長 前任：山田, 前任：山田). A name before it
// names the current holder (山田（前任：佐藤））. A post is a text ending
// in a title (endsInTitle): a name written with its title before the note
// (山田課長（前任：佐藤）) is read as a post too.
func namesPredecessorOnly(k string) bool {
	i := strings.Index(k, "前任")
	if i < 0 {
		i = strings.Index(k, "旧担当")
	}
	if i < 0 {
		return false
	}
	rest := k[i:]
	for _, w := range predecessorWords {
		if strings.HasPrefix(rest, w) {
			rest = rest[len(w):]
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune(":は= \u3000", r) || strings.TrimSpace(strings.TrimLeft(rest, ":は= \u3000)")) == "" {
		return false
	}
	if namesCurrentHolder(rest) {
		return false // 課長（前任：佐藤、現任：山田）
	}
	before := strings.TrimRight(k[:i], " \u3000(、,・/")
	if strings.HasSuffix(k[:i], "(") {
		// The note in brackets before a name ((前任:佐藤)山田) leaves the
		// name; before a post ((前任:佐藤)係長) or nothing, nobody.
		if j := strings.LastIndexByte(rest, ')'); j >= 0 {
			if after := strings.TrimSpace(rest[j+1:]); after != "" && !endsInTitle(after) {
				return false
			}
		}
	}
	return before == "" || endsInTitle(before)
}

// postEvents are the words of what became of a post's holder (前任：佐藤→
// 異動): no holder named.
var postEvents = []string{"異動", "転出", "転勤", "転任", "退任", "離任", "休職", "出向", "昇任", "昇格", "交代", "交替"}

// namesSection reports whether s ends in a post (endsInTitle) or in a
// unit of the organisation (総務課, 広報係, 議会事務局): a post or section,
// not a person.
func namesSection(s string) bool {
	if endsInTitle(s) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("課係部局室所班", r)
}

// currentHolderWords are the words that, in a note after the predecessor,
// introduce the current holder of the post (前任：佐藤、現任：山田; 前任：佐藤→
// 山田).
var currentHolderWords = []string{"現任者", "現任", "現担当者", "現担当", "現", "後任者", "後任", "新任", "新担当", "→", "⇒", "->"}

// namesCurrentHolder reports whether rest, the text after a word of
// predecessorWords, names the current holder too: a word of
// currentHolderWords followed by a name that is not nobody (現任：山田,
// →山田; not 後任：未定), nor a post or section (前任：佐藤 現 総務課: where
// the predecessor is now), nor what became of the predecessor (→異動:
// postEvents), the word not opening a bracket of its own
// (前任：佐藤（現 広報課）).
func namesCurrentHolder(rest string) bool {
	for _, w := range currentHolderWords {
		i := strings.Index(rest, w)
		if i < 0 || strings.HasSuffix(rest[:i], "(") {
			continue // 佐藤(現 総務課長): the predecessor's post now
		}
		name := rest[i+len(w):]
		if w == "現" || w == "後任" || w == "後任者" || w == "新任" {
			r, _ := utf8.DecodeRuneInString(name)
			if !strings.ContainsRune(":は= \u3000", r) {
				continue // 現在, 後任未定: not a holder named
			}
		}
		name = strings.TrimLeft(name, ":は= \u3000")
		if j := strings.IndexAny(name, "()、,"); j >= 0 {
			name = name[:j]
		}
		if name = strings.TrimSpace(name); name != "" && !namesNobody(name) && !namesSection(name) && !containsAny(name, postEvents...) {
			return true
		}
	}
	return false
}

// titleWords are the words a post ends in (主査, 担当課長補佐).
var titleWords = []string{"主査", "主任", "主事", "主幹", "参事", "補佐", "担当", "担当者", "責任者", "係員", "職員", "管理者", "リーダー"}

// endsInTitle reports whether s ends in a title: one of titleWords, or 長
// after a unit (課長, 係長, 事務局長, 次長, 議長); not a given name ending
// in 長 (信長).
func endsInTitle(s string) bool {
	if endsInAny(s, titleWords) {
		return true
	}
	if head, ok := strings.CutSuffix(s, "長"); ok {
		r, _ := utf8.DecodeLastRuneInString(head)
		return strings.ContainsRune("課係部局次室所班議館園場", r)
	}
	return false
}

// endsInAny reports whether s ends in one of words.
func endsInAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasSuffix(s, w) })
}

// cutSuffixAny returns s without the first of words that ends it, and
// true; or s and false when none does. Where one word ends another, the
// longer comes first in words.
func cutSuffixAny(s string, words []string) (string, bool) {
	for _, w := range words {
		if r, ok := strings.CutSuffix(s, w); ok {
			return r, true
		}
	}
	return s, false
}

// cutPrefixAny is cutSuffixAny at the start of s.
func cutPrefixAny(s string, words []string) (string, bool) {
	for _, w := range words {
		if r, ok := strings.CutPrefix(s, w); ok {
			return r, true
		}
	}
	return s, false
}

// nobodyRunes holds a rune of each form namesNobody reads beyond saysNone.
const nobodyRunes = "欠空不前後未定調選人同上記旧〃●■＊*△×◯○〇□◆◇※(（氏名着任採配募退異連通…‥・"

// placeholderMarks are the marks typed in place of a name (●●, ＊＊, 〃).
const placeholderMarks = "●■＊*△×◯○〇□◆◇※〃…‥・ 　"

// nobodyWords are words for a post without its holder or for a name not
// written (half width), beyond saysNone's noneWords.
var nobodyWords = []string{
	"欠員", "空席", "不在", "空欄", "空白", "後任者", "前任者", "後任未定", "後任調整中", "後任選任中", "選任中", "人選中",
	"未配置", "未任命", "未割当", "未割り当て", "未決定", "後日決定", "決定次第", "後日記入", "決まり次第記入", "追って記入", "未入力",
	"同上", "上記に同じ", "上に同じ", "人事異動により未定", "人事異動のため未定",
	"後任", "前任", "氏名", "名前", "担当者名", "責任者名", "担当者氏名", "責任者氏名", "氏名を記入", "氏名を記入してください",
	"空き", "記入漏れ", "未登録", "異動済み",
}

// nobodyWord reports whether k (half width, trimmed) is one of nobodyWords.
func nobodyWord(k string) bool { return slices.Contains(nobodyWords, k) }

// nobodyTail reports whether k ends in a word saying the person is not
// decided yet (人事異動のため未定, 後任調整中, 係長選任中).
func nobodyTail(k string) bool { return endsInAny(k, nobodyTails) }

// nobodyTails are the words nobodyTail reads at the end of a text: a
// person not decided yet, a post vacant (欠員中, 空席中, 係長不在中) or a
// holder not yet in post (未着任, 着任待ち, 4月着任予定, 任命予定, 募集中),
// one gone (山田太郎（退職済み）) or a name to come (決定後に記入, 後日連絡).
var nobodyTails = []string{
	"未定", "調整中", "選任中", "人選中", "欠員", "欠員中", "空席", "空席中", "不在中",
	"未着任", "着任前", "着任待ち", "着任予定", "任命予定", "配置予定", "採用予定", "募集中", "公募中", "選定中",
	"退職", "退職済み", "後に記入", "次第記入", "後日連絡", "追って連絡", "別途連絡", "別途通知",
}

// asciiNobody is namesNobody for an ASCII text: an English word for a post
// without its holder, or one in a note in brackets (kacho (TBD)).
func asciiNobody(v string) bool {
	if strings.Trim(v, "*. ") == "" {
		return v != ""
	}
	if strings.IndexByte(v, ' ') < 0 && strings.IndexByte(v, '(') < 0 {
		return equalFoldAny(v, asciiNobodyWords) || equalFoldAny(v, asciiNobodyParts)
	}
	k := strings.TrimRight(strings.TrimSpace(v), ". ")
	if i := strings.IndexByte(k, '('); i >= 0 && strings.HasSuffix(k, ")") {
		if in := strings.TrimSpace(k[i+1 : len(k)-1]); in != "" && (saysNone(in) || asciiNobody(in)) {
			return true
		}
	}
	if equalFoldAny(k, asciiNobodyWords) {
		return true
	}
	// A word of a vacant post among others (kacho vacant, Vacant post,
	// kacho - TBD, kacho (vacant since April)), scanned in place.
	for rest := k; rest != ""; {
		i := strings.IndexAny(rest, " ,/;:()-")
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if equalFoldAny(w, asciiNobodyParts) {
			return true
		}
	}
	return false
}

// equalFoldAny reports whether v is one of words, whatever the case.
func equalFoldAny(v string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.EqualFold(v, w) })
}

// asciiNobodyParts are English words that, among others in a person or a
// position, say the post has no holder.
var asciiNobodyParts = []string{"vacant", "vacancy", "unfilled", "unassigned", "undecided", "unappointed", "tbd", "tba", "tbc"}

// asciiNobodyWords are English words for a post without its holder.
var asciiNobodyWords = []string{
	"vacant", "vacancy", "undecided", "unassigned", "not assigned", "not decided", "not yet decided", "predecessor", "successor",
	"to be decided", "to be determined", "to be confirmed", "to be assigned", "to be announced", "blank", "same as above",
	"to be appointed", "not yet appointed", "not appointed", "to be named", "not yet named", "none yet", "no one", "nobody", "name",
}

// personInPost reports whether the person p that register.yaml lists
// (personFound; nil when it does not) holds a post on the as-of date.
func personInPost(s *riskassess.Subject, p *riskassess.Person) bool {
	if p == nil {
		return true
	}
	_, _, in := p.PostOn(s.AsOf)
	return in
}

// personProblem is person's result for an id that personKnown rejects.
func personProblem(s *riskassess.Subject, id, path string) riskassess.Result {
	if id == "" {
		return result(riskassess.OutcomeNotMet, path, "指定されていない", "nobody is named")
	}
	if namesNobody(id) {
		return noneRecorded(id, path)
	}
	// Not among the people register.yaml lists.
	qv := strconv.Quote(id)
	return result(riskassess.OutcomeNotMet, path, "職員 "+qv+" は register.yaml の people にない", "person "+qv+" is not in people of register.yaml")
}

// indexedPath is an evidence path with an index, prefix + i + suffix
// ("incidents[" 2 "].closed_on"), built once for small indexes so that
// checks do not build the same path for every entry.
type indexedPath struct {
	prefix, suffix string
	small          [16]string
}

func newIndexedPath(prefix, suffix string) *indexedPath {
	p := &indexedPath{prefix: prefix, suffix: suffix}
	for i := range p.small {
		p.small[i] = prefix + strconv.Itoa(i) + suffix
	}
	return p
}

// at returns the path of index i.
func (p *indexedPath) at(i int) string {
	if i >= 0 && i < len(p.small) {
		return p.small[i]
	}
	return p.prefix + strconv.Itoa(i) + p.suffix
}

// joinedParts appends head and then items with sep between them to dst:
// the parts of head + strings.Join(items, sep), for resultJE without the
// join.
func joinedParts(dst []string, head string, items []string, sep string) []string {
	dst = append(dst, head)
	for i, it := range items {
		if i > 0 {
			dst = append(dst, sep)
		}
		dst = append(dst, it)
	}
	return dst
}
