package catalog

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// ConfidentialityClauseID is the requirement id of the contract clause on
// confidentiality (守秘義務, surviving the end of the contract). A contract
// records the clause as clauses: [{requirement: OUT-16, article: …}]. The
// blocker BlockerNoConfidentialityClause looks for this id.
const ConfidentialityClauseID = "OUT-16"

// Ids of the blocker rules of the catalogue (Blockers).
const (
	BlockerTermsClass2             = "BLK-TERMS-CLASS2"
	BlockerSocialNoResponsible     = "BLK-SNS-NO-RESPONSIBLE"
	BlockerNoConfidentialityClause = "BLK-NO-CONFIDENTIALITY-CLAUSE"
	BlockerMyNumberSegment         = "BLK-MYNUMBER-SEGMENT"
	BlockerCriticalNotMet          = "BLK-CRITICAL-NOT-MET"
)

// Blockers returns the blocker rules of the catalogue, in the order they
// are reported; each call returns a new slice, which the caller may change.
// Each rule is an id, a message and a named pure check (safe to call
// concurrently):
//
//   - BLK-TERMS-CLASS2 (termsClass2): a terms-based (約款) service
//     handles confidentiality class 2 or higher;
//   - BLK-SNS-NO-RESPONSIBLE (socialNoResponsible): a social-media account
//     has no responsible person on the as-of date: responsible.person is
//     empty (or says nobody, 未定, 担当課長（未定）: namesNobody) and the post it names (section and position) has not exactly
//     one holder (Organisation.Holders), or the person named is not in
//     post (Person.PostOn: no posting of theirs covers the day);
//   - BLK-NO-CONFIDENTIALITY-CLAUSE (noConfidentialityClause): a live
//     contract (Contract.Live) hands class 2+ information to a contractor
//     but lacks the confidentiality clause (ConfidentialityClauseID);
//   - BLK-MYNUMBER-SEGMENT (myNumberSegment): My Number data is used
//     outside the My Number segment (a service on the internet or LGWAN
//     segment; a live contract whose segments include any other segment);
//   - BLK-CRITICAL-NOT-MET (criticalNotMet): a finding of severity
//     critical is not met; its evidence is the ids of those findings.
//
// Rules look only at stated facts: a missing class or segment never
// triggers a blocker (it raises inherent risk and the catalogue reports it:
// CLD-65 for a service, OUT-41 for a contract with My Number data). A
// system or contract used from both the My Number and the internet
// segment joins them whatever its information: that is a requirement's
// finding (CLD-65, OUT-41), not this rule's, which needs My Number data
// stated (Service.MyNumber, InformationAccess.MyNumber).
//
// The scorer takes them as riskassess.Scorer.Blockers:
//
//	sc := riskassess.Scorer{Blockers: catalog.Blockers()}
func Blockers() []riskassess.BlockerRule {
	return []riskassess.BlockerRule{
		{ID: BlockerTermsClass2, Check: termsClass2,
			Message: riskassess.T("約款による外部サービスで機密性2以上の情報を取り扱っています。個別契約のサービスに切り替えるか、取り扱う情報を機密性1に限定してください。",
				"A terms-based (click-through) service handles information of confidentiality class 2 or higher. Move to a negotiated service or limit the information to class 1.")},
		{ID: BlockerSocialNoResponsible, Check: socialNoResponsible,
			Message: riskassess.T("ソーシャルメディアアカウントの責任者が定められていません。在任している職員を責任者に指定してください。",
				"The social-media account has no responsible person. Name a member of staff in post as the responsible person.")},
		{ID: BlockerNoConfidentialityClause, Check: noConfidentialityClause,
			Message: riskassess.T("機密性2以上の情報を委託先に渡す契約に、守秘義務条項（契約終了後も存続するもの）がありません。契約に守秘義務条項を加えてください。",
				"A contract hands information of confidentiality class 2 or higher to the contractor without a confidentiality clause (one that survives the contract). Add the clause to the contract.")},
		{ID: BlockerMyNumberSegment, Check: myNumberSegment,
			Message: riskassess.T("特定個人情報（マイナンバー）をマイナンバー利用事務系以外のネットワークで取り扱っています。マイナンバー利用事務系に限定してください。",
				"My Number data is handled outside the My Number segment. Confine it to the My Number segment.")},
		{ID: BlockerCriticalNotMet, Check: criticalNotMet,
			Message: riskassess.T("重大度「重大」の要件が満たされていません。",
				"A requirement of critical severity is not met.")},
	}
}

// termsClass2 is the check of BLK-TERMS-CLASS2.
func termsClass2(c *riskassess.BlockerContext) (bool, string) {
	s, ok := c.Entry.(*riskassess.Service)
	if !ok || s.ContractType != riskassess.ContractTerms {
		return false, ""
	}
	if c.Scheme.ConfidentialityRank(s.Class) >= 2 {
		return true, "contract_type, class.confidentiality"
	}
	return false, ""
}

// socialNoResponsible is the check of BLK-SNS-NO-RESPONSIBLE.
func socialNoResponsible(c *riskassess.BlockerContext) (bool, string) {
	s, ok := c.Entry.(*riskassess.Social)
	if !ok {
		return false, ""
	}
	r := s.Responsible
	if id := strings.TrimSpace(r.Person); id != "" && !namesNobody(id) { // 未定, 担当課長（未定） name nobody
		// A person who is not in post on the day is nobody.
		if c.Org != nil {
			if p := c.Org.Person(id); p != nil {
				if _, _, in := p.PostOn(c.AsOf); !in {
					return true, "responsible.person"
				}
			}
		}
		return false, ""
	}
	// No person: the post's one holder is the responsible person.
	if r.Position != "" && c.Org != nil && len(c.Org.Holders(r.Section, r.Position, c.AsOf)) == 1 {
		return false, ""
	}
	return true, "responsible.person"
}

// noConfidentialityClause is the check of BLK-NO-CONFIDENTIALITY-CLAUSE.
func noConfidentialityClause(c *riskassess.BlockerContext) (bool, string) {
	k, ok := c.Entry.(*riskassess.Contractor)
	if !ok {
		return false, ""
	}
	return liveContractHits(k, c, contractClausesPaths, func(ct *riskassess.Contract) bool {
		if hasClause(ct, ConfidentialityClauseID) {
			return false
		}
		for _, inf := range ct.Information {
			if c.Scheme.ConfidentialityRank(inf.Class) >= 2 {
				return true
			}
		}
		return false
	})
}

// myNumberSegment is the check of BLK-MYNUMBER-SEGMENT.
func myNumberSegment(c *riskassess.BlockerContext) (bool, string) {
	switch v := c.Entry.(type) {
	case *riskassess.Service:
		if v.MyNumber {
			for _, g := range v.Segments {
				if g == riskassess.SegmentInternet || g == riskassess.SegmentLGWAN {
					return true, "segments"
				}
			}
		}
	case *riskassess.Contractor:
		return liveContractHits(v, c, contractSegmentsPaths, func(ct *riskassess.Contract) bool {
			mn := false
			for _, inf := range ct.Information {
				mn = mn || inf.MyNumber
			}
			return mn && slices.ContainsFunc(ct.Segments, func(g riskassess.Segment) bool { return g != riskassess.SegmentMyNumber })
		})
	}
	return false, ""
}

// liveContractHits returns whether hit holds for a live contract of k
// (Contractor.Live as of c.AsOf) and, as evidence, the field paths
// contracts[i].field of those contracts (paths).
func liveContractHits(k *riskassess.Contractor, c *riskassess.BlockerContext, paths *indexedPath, hit func(*riskassess.Contract) bool) (bool, string) {
	var hbuf [4]string
	hits := hbuf[:0]
	for i := range k.Contracts {
		if ct := &k.Contracts[i]; k.Live(c.Scheme, i, c.AsOf) && hit(ct) {
			hits = append(hits, paths.at(i))
		}
	}
	return len(hits) > 0, strings.Join(hits, ", ")
}

// criticalNotMet is the check of BLK-CRITICAL-NOT-MET.
func criticalNotMet(c *riskassess.BlockerContext) (bool, string) {
	var ids []string
	for i := range c.Findings {
		f := &c.Findings[i]
		if f.Outcome == riskassess.OutcomeNotMet && f.Severity == riskassess.SeverityCritical {
			ids = append(ids, f.Requirement)
		}
	}
	return len(ids) > 0, strings.Join(ids, ", ")
}

// hasClause reports whether contract c records the clause of requirement
// id: an entry of clauses for id whose article does not say the contract
// lacks it (article: なし, 追加予定: articleSaysAbsent; it silenced
// BLK-NO-CONFIDENTIALITY-CLAUSE).
func hasClause(c *riskassess.Contract, id string) bool {
	for _, cl := range c.Clauses {
		if cl.Requirement == id && !articleSaysAbsent(cl.Article) {
			return true
		}
	}
	return false
}

// MergedRequirements returns the ids of findings that were merged into
// another (they said the same thing twice), each mapped to the id that
// replaced it; each call returns a new map. Settings (ForOrg) and
// references (CheckReferences) that name a merged id are refused with the
// new id in the message.
func MergedRequirements() map[string]string {
	return map[string]string{
		"AUD-02":       riskassess.ExpReview,
		"EXP-PASSWORD": "SNS-14",
	}
}

// mergedRequirements is MergedRequirements, built once for lookups.
var mergedRequirements = MergedRequirements()

// clauseAbsentWords are the words of noneWords that, as a clause's
// article, say the contract has no such clause (なし, 該当しない, ×) or
// not yet (予定, 検討中). The others say only that the article's number
// is not known (-, 不明, 未定, 確認中, TBD): the clause is recorded as
// present, as an unnumbered one (特記事項) may be.
var clauseAbsentWords = append(slices.Clip(clauseNoneWords), clauseNotYetWords...)

// clauseNoneWords are the words of clauseAbsentWords that say plainly
// there is no article of the contract's own (なし, 該当しない, 対象外, none): with a
// note naming a place (noteNamesPlace) the clause is written there.
var clauseNoneWords = []string{
	"なし", "無し", "ナシ", "ない", "無", "無い", "該当なし", "該当無し", "該当しない", "特になし", "特に無し", "特にない",
	"ありません", "特にありません", "none", "no", "n/a", "na", "nil", "null", "×",
	"対象外", "適用外", "該当外",
}

// clauseNotYetWords are the words of clauseAbsentWords that say the
// clause is not there yet or not planned (予定なし, 検討中, 追加予定): a
// note naming a place says where it is to come (追加予定（第5条）), not that
// it is there.
var clauseNotYetWords = []string{
	"予定なし", "予定無し",
	"未作成", "未策定", "未整備", "検討中", "作成中", "策定中", "準備中", "調整中", "整備中", "予定", "作成予定", "策定予定", "整備予定", "追加予定",
}

// articleSaysAbsent reports whether a contract clause's article says the
// contract lacks the clause (clauseAbsentWords, read as saysNone reads a
// field: width, case, a note in brackets and a closing 。 aside), unless
// the word is a plain none (clauseNoneWords) and its note says where the
// clause is instead (noteNamesPlace: なし（特記事項第3項で規定）,
// なし（仕様書4.2に記載） have the clause, with no article number of the
// contract's own; なし（追加予定）, なし（特記事項なし）, 追加予定（第5条）,
// 検討中（特記事項） lack it).
//
// An article that names no article but says in a few words of its own
// that the contract has no such clause (articleNamesNoClause: 記載なし,
// 未締結, 追記予定, （なし）) is absent too: it was read as an article
// number, the clause met. So is one saying the clause is still to be
// added or drafted (notYetMade: 秘密保持条項を追加予定, 第5条として追加予定,
// 特記事項を作成中), with or without the number it is to have; 未定 says
// only that the number is not known.
func articleSaysAbsent(article string) bool {
	if mayBeNoneWord(article) {
		k := noneKey(article)
		if slices.Contains(clauseNotYetWords, k) {
			return true
		}
		if slices.Contains(clauseNoneWords, k) {
			return !noteNamesPlace(article)
		}
	}
	return articleNamesNoClause(article) || hasAbsentMark(article) && notYetMade(article, clauseNotYetMadeWords) || numberOutOfScope(article) ||
		articleSaysOral(article)
}

// oralArticle matches a clause's article (half width, a closing 。 or です
// aside) saying the matter was only agreed by word of mouth, which puts
// no clause in the contract: 口頭, 口頭で合意, 口頭合意のみ, 口頭にて了承済み,
// 口頭で約束している, 口頭ベース. A title holding 口頭 (口頭による報告,
// 口頭弁論) does not match.
var oralArticle = regexp.MustCompile(`^` + oralParty + `(?:口頭(?:のみ|だけ|ベース)?(?:で|にて|による|により|での|の)?` +
	`(?:合意|約束|取り決め|取決め|取り決|了承|了解|承諾|確認|説明|伝達)?|口約束` +
	`|(?:電話|メール|e-?mail)(?:のみ|だけ)?(?:で|にて|での)(?:合意|約束|取り決め|取決め|了承|了解|承諾))` +
	`(?:を得た|を得ている|を得ています)?(?:のみ|だけ)?(?:済み|済|している|しています|しております|した|しました|する|します|中)?(?:のみ|だけ)?$`)

// oralParty are the words naming with whom a matter was agreed before
// 口頭 (先方と口頭で合意, 担当者間で口頭合意).
const oralParty = `(?:(?:先方|相手方|受託者|委託先|事業者|業者)と|双方で|担当者(?:間|同士)で)?`

// oralArticleNote matches the note in brackets after an article or a
// title saying the clause was only agreed by word of mouth (第5条（口頭で合意）,
// 秘密保持（口頭合意のみ）); a note naming what is said (第12条（口頭による
// 報告）) does not.
var oralArticleNote = regexp.MustCompile(`^(?:口頭(?:のみ|だけ)?(?:で|にて|による|により|の)?(?:合意|約束|取り決め|取決め|了承|承諾)?|口約束|口頭(?:で|にて)(?:確認|説明)` +
	`|(?:電話|メール|e-?mail)(?:のみ|だけ)?(?:で|にて|での)(?:合意|約束|取り決め|取決め|了承|承諾))(?:のみ|だけ)?(?:済み|済|した|しました)?$`)

// articleSaysOral reports whether article matches oralArticle, alone or
// before a note in brackets, or its note matches oralArticleNote. An
// agreement by telephone or e-mail alone (電話で合意, メールで了承済み) puts
// no clause in the contract either.
func articleSaysOral(article string) bool {
	// 口頭, 口約束, 電話, メール and mail hold one of these runes: an
	// article without any (第12条（秘密保持）) is told at once.
	if !strings.ContainsAny(article, "口電メmMｍＭ") {
		return false
	}
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(strings.TrimSpace(halfWidth(article)), "。. "), "です"))
	if oralArticle.MatchString(t) {
		return true
	}
	note, ok := endingNote(article)
	if !ok {
		return false
	}
	head := strings.TrimSpace(t[:strings.LastIndexByte(t, '(')])
	return oralArticle.MatchString(head) || oralArticleNote.MatchString(note)
}

// outOfScopeNote matches a note (half width) that says only that the
// clause does not apply or is gone: 対象外, 適用外, 該当外, 適用除外, 該当なし,
// 該当しない, 非該当, 適用なし, 適用しない, 不要, 削除, 欠番, after 本契約(で)は,
// 本件(で)は or 今回は, with のため, につき省略, とする, とした or です after it.
var outOfScopeNote = regexp.MustCompile(`^(?:(?:本契約|本件|今回|当該契約)(?:で)?は)?(?:対象外|適用外|該当外|適用除外|該当なし|該当無し|該当しない|非該当|適用なし|適用無し|適用しない|適用しません|適用されない|適用されません|不要|削除|削除済み?|欠番|n/?a)` +
	`(?:(?:のため|につき)(?:記載なし|規定なし|省略)?|とする|とした|となる|である|です)?$`)

// noteOutOfScope reports whether note, the note after an article number,
// matches outOfScopeNote (made lower case), or its first part before a
// colon, 、 or 。 does and the rest says none, by mouth or left out
// (対象外：再委託なし, 該当なし。口頭で合意, 対象外、省略). A first part naming
// what the article covers (対象外事項：別表) or a rest naming a matter
// (対象外：国外移転の取扱い) does not match.
func noteOutOfScope(note string) bool {
	n := strings.ToLower(note)
	if outOfScopeNote.MatchString(n) {
		return true
	}
	i := strings.IndexAny(n, ":：、。,")
	if i <= 0 || !outOfScopeNote.MatchString(strings.TrimSpace(n[:i])) {
		return false
	}
	rest := n[i:]
	return slices.ContainsFunc([]string{"なし", "無し", "ない", "口頭", "省略"}, func(w string) bool { return strings.Contains(rest, w) })
}

// numberOutOfScope reports whether article names an article by number
// with a note in brackets (round or square, a closing ※ aside), or a word
// after a space, that says only that the clause does not apply
// (noteOutOfScope: 第5条（対象外）, 第5条 適用外, 第8条（該当なし）, 第5条 N/A,
// 第5条【対象外】, 第5条（対象外：再委託なし）):
// the number says where such a clause would stand, the note that the
// contract has none. A note naming what the article leaves out (第3条
// （国外移転の対象外）, 第5条（対象外事項）) does not match.
func numberOutOfScope(article string) bool {
	// Every word of outOfScopeNote holds one of these runes: an article
	// without any (第12条（秘密保持）) is told at once.
	if !strings.ContainsAny(article, "外当用要除番/／") {
		return false
	}
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(halfWidth(article)), "。. ※*"))
	var head, note string
	for _, b := range [...][2]string{{"(", ")"}, {"[", "]"}, {"【", "】"}} {
		if body, ok := strings.CutSuffix(t, b[1]); ok {
			if i := strings.LastIndex(body, b[0]); i > 0 && !strings.ContainsAny(body[i+len(b[0]):], "()[]【】") {
				head, note = strings.TrimSpace(body[:i]), strings.TrimSpace(body[i+len(b[0]):])
				break
			}
		}
	}
	if head == "" {
		i := strings.LastIndexFunc(t, unicode.IsSpace)
		if i <= 0 {
			return false
		}
		head, note = strings.TrimSpace(t[:i]), strings.TrimSpace(t[i:])
	}
	return namesArticleNumber(head) && noteOutOfScope(note)
}

// articleNamesNoClause reports whether article, made half width and
// lower case, with a closing 。, です, ※ or * and brackets or quotes
// around the whole of it aside, is one of clauseNoneWords or
// clauseNotYetWords, or matches absentArticle (saysNoClause), alone or
// with a note in brackets that names no place of the clause
// (noteNamesPlace); an article naming an article by number
// (articleNumber: 5条なし, 第三条（期限なし）) never matches.
func articleNamesNoClause(article string) bool {
	if !hasAbsentMark(article) {
		return false // 第2条, 第12条（秘密保持）: told without folding or a regexp
	}
	v := strings.ToLower(strings.TrimSpace(halfWidth(riskassess.WideKana(article))))
	for {
		w := strings.TrimSpace(strings.TrimSuffix(strings.TrimRight(v, "。.※* "), "です"))
		for _, p := range [][2]string{{"(", ")"}, {"「", "」"}, {"『", "』"}, {"[", "]"}, {"【", "】"}, {"\"", "\""}} {
			if len(w) > len(p[0])+len(p[1]) && strings.HasPrefix(w, p[0]) && strings.HasSuffix(w, p[1]) && encloses(w, p[0], p[1]) {
				w = strings.TrimSpace(w[len(p[0]) : len(w)-len(p[1])])
			}
		}
		if w == v {
			break
		}
		v = w
	}
	if saysNoClause(v) {
		return true
	}
	// 記載なし（追記予定）: the words with a note after them are absent
	// unless the note names where the clause is (記載なし（別紙に記載）), as
	// なし（…） is. Words saying the clause is to come (追記予定（第5条）:
	// notYetArticle) are absent whatever the note names, as 追加予定（第5条）
	// is: the place is where the clause is to be written.
	if i := strings.IndexByte(v, '('); i > 0 && strings.HasSuffix(v, ")") {
		if head := strings.TrimSpace(v[:i]); saysNoClause(head) {
			return notYetArticle.MatchString(head) || !noteNamesPlace(article)
		}
	}
	return false
}

// absentMarks holds a rune of every article articleNamesNoClause reads
// as absent, in each width and case: of なし, 無し, ナシ, ない, ありません,
// ていない, 未, 予定, 検討中, ×, missing, not, none, n/a, 今後, to be, and
// ﾅ and ﾝ of half-width katakana (ﾅｼ, 記載ﾅｼ), 外 (対象外, 適用外). An article
// without any is present, and is told so at once: articleSaysAbsent runs
// for every clause of every contract, several times per entry, and the
// folding and the regular expressions made it 18 times slower on such
// articles (第2条 and 第12条（秘密保持）: 0.81 µs for both, against 45 ns
// before articleNamesNoClause; 90 ns with this test).
const absentMarks = "な無ナんい未予中×mnMNｍｎＭＮ今bBｂＢﾅﾝ外"

// hasAbsentMark is strings.ContainsAny(v, absentMarks), a switch rather
// than a search of absentMarks for each rune of v.
func hasAbsentMark(v string) bool {
	for _, r := range v {
		switch r {
		case 'な', '無', 'ナ', 'ん', 'い', '未', '予', '中', '×', 'm', 'n', 'M', 'N', 'ｍ', 'ｎ', 'Ｍ', 'Ｎ', '今', 'b', 'B', 'ｂ', 'Ｂ', 'ﾅ', 'ﾝ', '外':
			return true
		}
	}
	return false
}

// encloses reports whether the opening bracket open at the start of w is
// closed by the close at its end, not earlier: (なし) and ((なし)) are
// enclosed, (別紙)(なし) is not (two notes, not one in brackets).
func encloses(w, open, close string) bool {
	inner := w[len(open) : len(w)-len(close)]
	if open == close {
		return !strings.Contains(inner, close)
	}
	depth := 0
	for i := 0; i < len(inner); i++ {
		switch {
		case strings.HasPrefix(inner[i:], open):
			depth++
		case strings.HasPrefix(inner[i:], close):
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// saysNoClause reports whether v (made as articleNamesNoClause makes it)
// is one of clauseNoneWords or clauseNotYetWords, or matches absentArticle
// and names no article by number (articleNumber) and no number of one
// (条番号なし, 特記事項・番号なし: the clause has no number, not the
// contract no clause; an unnumbered clause is present, as 特記事項 is).
func saysNoClause(v string) bool {
	if slices.Contains(clauseNoneWords, v) || slices.Contains(clauseNotYetWords, v) {
		return true
	}
	return !namesArticleNumber(v) && !strings.Contains(v, "番号") && absentArticle.MatchString(v)
}

// namesArticleNumber reports whether v matches articleNumber other than
// with a kanji numeral that ends a word of numeralWordHeads (統一条項,
// 同一条項, 唯一条項: 一 of 統一 before 条項 is no article 1).
func namesArticleNumber(v string) bool {
	for _, m := range articleNumber.FindAllStringIndex(v, -1) {
		if r, _ := utf8.DecodeLastRuneInString(v[:m[0]]); m[1]-m[0] == 1 || !strings.ContainsRune(numeralWordHeads, r) {
			return true
		}
	}
	return false
}

// numeralWordHeads are the kanji that make a word with a kanji numeral
// after them (統一, 同一, 単一, 唯一, 均一, 画一, 万一).
const numeralWordHeads = "統同単唯均画万"

// articleNumber matches an article (made as articleNamesNoClause makes it)
// that names an article by number: a digit anywhere (5条なし, 4.2), or a
// kanji numeral of an article, paragraph or chapter (第三条（期限なし）,
// 第十条 定めなし, 三項). A kanji numeral in a word (一切なし, 第三者提供の
// 定めなし, 十分な記載なし) names none, and neither does one that ends a
// word (統一条項なし: namesArticleNumber).
var articleNumber = regexp.MustCompile(`[0-9]|[〇一二三四五六七八九十百千]+\s*[条項号章節款]`)

// notYetArticle is the part of absentArticle saying the clause is to
// come (追記予定, 締結予定): a note naming a place says where it is to be
// written, not that it is there.
var notYetArticle = regexp.MustCompile(`^(?:` + notYetForms + `)$`)

// notYetForms are the forms of notYetArticle: a word of drafting, or of
// considering (検討予定, 対応予定), before 予定; 今後 before one (今後策定,
// 今後作成予定, 今後対応します); not yet, planned, to be decided (added,
// agreed ...).
const notYetForms = `(?:追記|追加|締結|記載|規定|作成|策定|明記|検討|対応)予定` +
	`|今後(?:策定|作成|検討|整備|追加|追記|締結|規定|記載|明記|対応)(?:予定|する|します)?` +
	`|not yet|planned|to be (?:decided|determined|defined|drafted|added|agreed|confirmed|prepared|written|created)`

// absentArticle is an article (made as articleNamesNoClause makes it)
// saying the contract has no such clause: up to ten characters ending in
// なし, 無し or ナシ (記載なし, 記載ナシ, 条項なし, 特約なし, 定めなし), the same said in a
// clause (記載がない, 規定はありません, 記載されていない, 定めていない), 未 and a word of
// drafting (未規定, 未締結, 未対応, 未記載), up to ten characters ending in
// 対象外 or 適用外 (本契約は対象外, 対象外のため, 対象外とする), up to six characters ending in
// 予定 but a revision's (追記予定, 締結予定; not 改定予定), a form of
// notYetForms (今後策定, 検討予定, to be decided), not made (作成していない,
// 策定していません, 文書化していない), not there (まだない, 存在しない, 含まれて
// いない, 盛り込まれていない, 契約に含まれない, 合意していない), or in
// English: missing, nothing, none yet (at present), not included
// (specified, stated, applicable ...), no clause (no such clause, no
// provision, no manual, no policy yet ...).
// An article that names an article by number (articleNumber) is never
// read by it.
var absentArticle = regexp.MustCompile(`^(?:.{0,10}(?:なし|無し|ナシ)|.{0,10}(?:記載|規定|定め|条項|明記|記述|特約)(?:が|は)?(?:ない|無い|ありません)|.{0,10}(?:(?:記載|規定|明記|記述|作成|策定|整備|制定|文書化|明文化|合意|締結)(?:され|し)|定め|含まれ|入っ|入れ|盛り込まれ)(?:ていない|ていません|ておりません)|.{0,10}盛り込んで(?:いない|いません|おりません)|(?:契約|契約書|約款|仕様書)(?:に|には)?含まれ(?:ない|ません)|未(?:規定|締結|対応|記載|合意|作成|策定|整備|記入)|` +
	`.{0,10}(?:対象外|適用外|該当外)(?:のため|につき(?:省略)?|とする|となる|である)?|` +
	`(?:まだ|現在は?|今のところ|現時点で(?:は)?)(?:ない|無い|ありません)|存在(?:しない|しません)|` +
	notYetForms + `|missing|nothing|none (?:yet|at present|currently|so far)|not (?:included|specified|stated|defined|provided|covered|written|drafted|agreed|established|set|in place|available|applicable)` +
	`|no (?:such )?(?:clause|provision|article|mention|polic(?:y|ies)|procedures?|rules?|documents?|documentation|page|notice|manual|guidelines?)(?: yet)?)$`)

// noteNamesPlace reports whether the note in brackets after an article's
// word (なし（…）) names a place where the clause is written: an article,
// paragraph or section (第3条, 3項, 4.2条, section 4.2, clause 7, §7) or a
// document (特記事項, 仕様書, 別紙, 別記, 別添, 別表, 約款, 規約, 契約書,
// 覚書, 協定書, appendix, annex, schedule), and says nothing is missing or
// to come (なし, ない, 無し, 未, 予定, 検討, 追加, 今後, 次回, 協議, 調整,
// none, not, planned, to be).
func noteNamesPlace(article string) bool {
	v := strings.ToLower(halfWidth(article))
	i := strings.IndexByte(v, '(')
	if i <= 0 {
		return false
	}
	note := v[i+1:]
	if noteSaysNotYet(note) {
		return false
	}
	for _, w := range clauseNotePlaces {
		if strings.Contains(note, w) {
			return true
		}
	}
	if ordinalArticle(note) {
		return true
	}
	// A numbered article or paragraph: 3条, 三条, 4.2項.
	for _, mark := range []string{"条", "項"} {
		for n := note; ; {
			j := strings.Index(n, mark)
			if j < 0 {
				break
			}
			if r, _ := utf8.DecodeLastRuneInString(n[:j]); r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十", r) {
				return true
			}
			n = n[j+len(mark):]
		}
	}
	return false
}

// noteSaysNotYet reports whether note (half width, lower case) has a word
// of clauseNoteNotYet: ない only at a word's end (しない旨 is no such
// word) or in 記載がない, 規定がない; 追加 not in 追加条項 (a document's name)
// nor 協議, 調整, 追加 in an article's title (第20条(協議)).
func noteSaysNotYet(note string) bool {
	note = withoutArticleTitles(note)
	for _, w := range clauseNoteNotYet {
		for n := note; ; {
			j := strings.Index(n, w)
			if j < 0 {
				break
			}
			rest := n[j+len(w):]
			switch {
			case w == "ない" && !noteWordEnds(rest) && !strings.HasSuffix(n[:j], "記載が") && !strings.HasSuffix(n[:j], "規定が"):
			case w == "追加" && (strings.HasPrefix(rest, "条項") || strings.HasPrefix(rest, "特約") || strings.HasPrefix(rest, "覚書")):
			default:
				return true
			}
			n = rest
		}
	}
	return false
}

// noteWordEnds reports whether rest, what follows a word in a note, starts
// a new word: the note's end, a bracket or punctuation.
func noteWordEnds(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || strings.ContainsRune(")(。、,. 　・/", r)
}

// withoutArticleTitles is note without the titles in brackets after an
// article or paragraph (第20条(協議), 3項(調整)) that hold only kanji and
// none of the words saying the clause is missing or to come but 協議, 調整
// and 追加 (a title (追加予定), (協議中) stays).
func withoutArticleTitles(note string) string {
	if !strings.Contains(note, "(") {
		return note
	}
	var b strings.Builder
	for {
		j := strings.Index(note, "(")
		if j < 0 {
			break
		}
		k := strings.IndexByte(note[j:], ')')
		title := ""
		if k > 0 {
			title = note[j+1 : j+k]
		}
		before := note[:j]
		if title != "" && !strings.HasSuffix(title, "中") && (strings.HasSuffix(before, "条") || strings.HasSuffix(before, "項")) &&
			!strings.ContainsFunc(title, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) &&
			!slices.ContainsFunc(clauseNoteNotYet, func(w string) bool {
				return w != "協議" && w != "調整" && w != "追加" && strings.Contains(title, w)
			}) {
			b.WriteString(before)
			note = note[j+k+1:]
			continue
		}
		b.WriteString(note[:j+1])
		note = note[j+1:]
	}
	b.WriteString(note)
	return b.String()
}

// ordinalArticle reports whether note names a numbered part with 第: 第
// and digits (第3条, 第4.2, 第12), or 第 and kanji numerals before 条, 項,
// 章, 節, 号, 款, 編 or 部 (第三条; not 第三者, nor 次第).
func ordinalArticle(note string) bool {
	for n := note; ; {
		j := strings.Index(n, "第")
		if j < 0 {
			return false
		}
		n = n[j+len("第"):]
		num := n[:len(n)-len(strings.TrimLeftFunc(n, func(r rune) bool {
			return r >= '0' && r <= '9' || r == '.' || strings.ContainsRune("一二三四五六七八九十百〇", r)
		}))]
		if strings.ContainsAny(num, "0123456789") {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(n[len(num):]); num != "" && strings.ContainsRune("条項章節号款編部", r) {
			return true
		}
	}
}

// clauseNotePlaces are the words of noteNamesPlace that name a place in
// the contract's documents (half width, lower case); a numbered part with
// 第 is ordinalArticle.
var clauseNotePlaces = []string{"特記", "仕様書", "別紙", "別記", "別添", "別表", "約款", "規約", "契約書", "覚書", "協定書",
	"section", "clause", "article", "appendix", "annex", "schedule", "§"}

// clauseNoteNotYet are the words of noteNamesPlace that say the clause is
// missing or to come whatever place the note names.
var clauseNoteNotYet = []string{"なし", "無し", "ない", "未", "予定", "検討", "追加", "今後", "次回", "協議", "調整",
	"none", "not ", "planned", "to be"}
