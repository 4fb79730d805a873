package catalog

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gikai-sec/riskregister/riskassess"
)

// notInForceWords are the words that, ending a document field's text or
// the note ending a title, say the document is not in force: put off
// (延期, 見送り), called off (中止, 撤回, 取り下げ), abolished (廃止), never
// brought into force (未施行), suspended for now (停止, 休止, 凍結, 中断,
// 保留, and 一時中止 with pauseWords before the word), lapsed or void (失効,
// 無効), dropped (取りやめ, 棚上げ, 先送り, 破棄) or held back (見合わせ).
var notInForceWords = []string{"延期", "見送り", "中止", "撤回", "取り下げ", "取下げ", "廃止", "未施行", "停止", "休止", "凍結",
	"失効", "中断", "保留", "取りやめ", "取り止め", "取止め", "棚上げ", "先送り", "破棄", "無効", "見合わせ", "見合せ"}

// pauseWords are the words right before a word of notInForceWords that
// say it holds for now (一時中止, 当面休止, 一時的に停止), or for good
// (白紙撤回): the document is
// not in force now all the same. They are taken off the word's part
// before it is read (投稿の一時中止 is a topic as 投稿の中止 is), with a
// は after them (当面の間は停止).
var pauseWords = []string{"一時的に", "一時", "当面の間", "当分の間", "しばらくの間", "当面", "当分", "しばらく", "一旦", "いったん", "白紙"}

// nowWords are the words at the start of the part before a word of
// notInForceWords that say the document is not in force now (現在停止中,
// 現在は休止中, 現時点では休止中): taken off the part before it is read, as
// pauseWords are, but not before の (現在の方針は廃止予定: a topic).
var nowWords = []string{"現時点では", "現時点で", "現在は", "現在", "現状は", "目下", "ただいま", "只今", "今は"}

// operation reports whether subject, the part before a word of
// notInForceWords without a particle after it, is the operation of the
// account or of the rules themselves: 運用 alone or after SNS, X or
// another name in letters, アカウント or アカウントの (運用停止中, SNS運用停止中,
// アカウント運用停止中). It is the document's own, as 効力 or 適用 is (効力
// 停止): the document is not applied. Not 運用 ending another word or
// after a topic (夜間運用停止, 試行運用は停止, 災害時の運用停止: when or what is
// stopped), nor 運用の before the word (運用の休止: a topic, left to the
// の reading).
func operation(subject string) bool {
	name, ok := strings.CutSuffix(subject, "運用")
	if !ok {
		return false
	}
	name = strings.TrimSuffix(name, "の")
	return name == "" || name == "アカウント" || name == "公式アカウント" || strings.IndexFunc(name, func(r rune) bool {
		return r >= utf8.RuneSelf || !isASCIILetter(byte(r))
	}) < 0
}

// notInForceTails are the endings that may follow a word of
// notInForceWords (延期となった, 廃止済み, 撤回されました), also said politely
// (休止しております, 廃止いたしました, 停止となっております, 見合わせています); longest first where
// one ends another (いたしております before しております). A word of the
// future (廃止予定, 廃止となる) is not among them: the document is in force
// until then.
var notInForceTails = []string{"いたしております", "致しております", "となっております", "になっております", "となっています", "になっています",
	"されております", "しております", "いたしました", "致しました", "となりました", "になりました", "されています", "されました", "されている",
	"となっている", "になっている", "しました", "しています", "している", "となった", "になった", "された", "ております", "ています", "ている", "済み", "した", "済", "中"}

// notInForceEnglish are the English words that, in a note ending a title
// (SNS policy (postponed), SNS policy: withdrawn) or alone, say the
// document is not in force.
// "temporarily suspended" comes before "suspended", which ends it.
var notInForceEnglish = []string{"no longer in force", "not currently in force", "no longer in effect", "out of force", "inactive", "postponed", "withdrawn", "abolished", "repealed", "rescinded", "cancelled", "canceled",
	"not in force", "not yet in force", "not in effect", "temporarily suspended", "suspended", "on hold", "paused", "frozen",
	"discontinued", "deferred", "shelved", "revoked", "superseded", "expired", "delayed", "halted", "retired", "not adopted",
	"lapsed", "void"}

// saysNotInForce reports whether v, a document field's text, says the
// document is not in force: the text or the note ending it ends in a word
// of notInForceWords, perhaps with an ending of notInForceTails
// (SNS運用方針（令和8年4月1日施行予定だったが延期）, SNS運用方針（廃止済み）, 撤回,
// SNS運用方針（一時中止）, （休止中）, （凍結）, （運用停止中）, （現在停止中）), or in English in a note (SNS
// policy (postponed), SNS policy (suspended)). The word does not count
// when the part it ends (after the last bracket, comma, colon or space)
// names another edition (旧 before a document, 版, 改定前, 前回, 従前:
// SNS運用方針（令和6年版は廃止）, 旧方針は廃止; not X（旧Twitter）) after a
// title (a text that is only 旧方針は廃止 or 旧Twitter運用方針は停止 names
// no document in force), or when that part holds more than the word but neither
// ends in a document (運用方針の廃止) nor holds a word of its making or
// enforcement or a date (enforcementWords: 施行の延期, 令和8年3月31日廃止):
// 第4章（アカウントの廃止）, 投稿の中止 and a takeover procedure's step
// (事業者へ連絡・投稿中止) name what is done, not the document. A part that
// is only a reason (ending in reasonEnds: 施行予定だったが、国の指針が示されたため延期)
// is the word alone, unless a topic before the reason (reasonTopic) is
// not the document (イベントは雨天のため中止). A text where the word is followed by
// more (令和7年度延期分を令和8年4月1日施行) does not end in it, but a reason
// after it in a bracket or after a colon (停止中（不正ログイン検知のため）:
// reasonAfterEnds) is read as if it were not there. A URL is never read so.
func saysNotInForce(v string) bool {
	if strings.Contains(v, "://") {
		return false
	}
	if strings.ContainsAny(v, "延送止撤下廃未凍効断留取棚棄合") && notInForceJa(v) {
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
	if k := strings.LastIndexAny(t, "(:"); k > 0 && endsInAny(t[k+1:], reasonAfterEnds) {
		// A reason after the word, in a bracket or after a colon (停止中
		// (不正ログイン検知のため), 停止中:不正ログイン検知のため): read without it.
		t = strings.TrimRight(t[:k], closing)
	}
	t = strings.TrimRight(strings.TrimSuffix(t, "です"), closing)
	t, _ = cutSuffixAny(t, notInForceTails)
	for _, w := range notInForceWords {
		head, ok := strings.CutSuffix(t, w)
		if !ok {
			continue
		}
		start := clauseStart(head)
		clause := head[start:]
		if c, ok := cutSuffixAny(strings.TrimSuffix(clause, "は"), pauseWords); ok {
			clause = c // SNS運用方針（一時中止）
		}
		if c, ok := cutPrefixAny(clause, nowWords); ok && !strings.HasPrefix(c, "の") {
			clause = c // SNS運用方針（現在停止中）, （現在運用停止中）
		}
		subject := strings.TrimRight(clause, "はがもを")
		if (containsAny(clause, otherEditionWords...) || olderEdition(clause)) && (start > 0 || !endsInAny(subject, documentWords)) {
			// Another edition's, or an amendment's; not when the part is
			// the whole text and names the document (旧Twitter運用方針は
			// 停止, 旧方針は廃止): the field then names none in force.
			return false
		}
		if start > 0 && namesOtherDocument(clause, head[:start]) {
			return false // another document's (令和2年要領は廃止)
		}
		if list, ok := strings.CutSuffix(clause, "・"); ok {
			// A list of topics (運用開始・中止, アカウント停止・凍結),
			// unless the item before says it as the note alone would
			// (策定中止・撤回, 延期・中止).
			return endsInAny(list, notInForceWords) && notInForceJa(head[:start]+list)
		}
		if of, ok := strings.CutSuffix(clause, "の"); ok {
			// A topic (アカウントの廃止, 毎月の定例投稿の中止) unless the
			// document or its making or enforcement (運用方針の廃止,
			// 施行の延期, 施行日の延期).
			return endsInAny(of, documentWords) || endsInAny(of, enforcementEnds)
		}
		if reason, ok := cutSuffixAny(clause, reasonEnds); ok {
			// A part that is only a reason (…施行予定だったが、国の指針が
			// 示されたため延期) leaves what is put off unsaid, as the word
			// alone does: the document. A topic before the reason says what
			// it is (本方針は…ため延期; イベントは雨天のため中止: not the
			// document).
			topic, ok := reasonTopic(reason)
			if !ok || endsInAny(topic, documentWords) {
				return true
			}
		}
		// The word alone in its part (（延期）, SNS運用方針 廃止), after the
		// document (運用方針廃止, SNS運用方針は廃止), or after words of its making or
		// enforcement or a date (施行予定だったが延期, 策定中止,
		// 令和8年3月31日廃止); not after what a procedure does (投稿中止,
		// アカウント廃止: a step of a takeover procedure).
		// The document as the subject or the object (SNS運用方針は廃止,
		// 本方針は撤回, 国の指針に基づき運用方針を延期): the particle before
		// the word does not keep it from ending the part (another
		// document's was told above).
		return clause == "" || endsInAny(subject, documentWords) || operation(subject) ||
			slices.ContainsFunc(enforcementWords, func(d string) bool { return strings.Contains(clause, d) }) || saysDate(clause)
	}
	return false
}

// reasonAfterEnds are the endings of a reason given after a word of
// notInForceWords, in a bracket or after a colon (停止中（不正ログイン検知の
// ため）, 運用停止：乗っ取り被害により, 廃止：国の指針改定を受けて).
var reasonAfterEnds = []string{"ため", "により", "による", "につき", "を受けて", "を受け", "に伴い", "に伴って"}

// reasonEnds are the endings of a reason right before a word of
// notInForceWords (国の指針が示されたため延期, 国の指針改定を受けて延期,
// システム障害により延期, 国の指針に従い延期, 諸般の事情で延期, 4月から
// 休止); longest first where one ends another (ので before で, ことから
// before から).
var reasonEnds = []string{"ために", "ため", "によって", "により", "に伴って", "に伴い", "を受けて", "を受け", "を踏まえて", "を踏まえ",
	"ことから", "ので", "に基づいて", "に基づき", "に従って", "に従い", "に沿って", "に沿い", "に鑑みて", "に鑑み", "を理由として",
	"を理由に", "から", "で"}

// reasonTopic returns the topic before reason (the part before a word of
// reasonEnds): the text before its first は that is not part of では,
// には or とは, without a frame of topicFrames (イベントは雨天の gives
// イベント, 本方針については… 本方針; 本市では国の指針が示された has none),
// and true when there is one.
func reasonTopic(reason string) (string, bool) {
	for i := 0; ; {
		k := strings.Index(reason[i:], "は")
		if k < 0 {
			return "", false
		}
		k += i
		if r, _ := utf8.DecodeLastRuneInString(reason[:k]); k > 0 && !strings.ContainsRune("でにと", r) {
			topic, _ := cutSuffixAny(reason[:k], topicFrames) // 本方針については: 本方針
			return topic, true
		}
		i = k + len("は")
	}
}

// topicFrames are the words before は that frame a topic (本方針について
// は, 本方針に関しては, 運用方針としては), also after a document's name
// (令和2年要領については).
var topicFrames = []string{"について", "に関しまして", "に関して", "として"}

// otherEditionWords are the words of a part that speaks of another
// edition or an amendment (SNS運用方針（令和6年版は廃止）, 改正部分は未施行,
// 従来の要領を廃止): the document in force is not the one not in force. An
// amendment by which it goes (改正により廃止) is no other edition. 旧 is
// olderEdition's (旧方針は廃止; not X（旧Twitter）).
var otherEditionWords = []string{"版", "改定前", "前回", "従前", "従来", "改正部分", "改正分", "改正案", "改正箇所", "改正規定"}

// olderEdition reports whether clause holds a 旧 before the name of a
// document or an edition (旧方針は廃止, 旧SNS運用要領は廃止, 旧第3条は廃止,
// 旧来の要領を廃止, 旧令和3年要領): the name, the run of kanji, katakana,
// letters and digits after it, holds a word of documentWords or of
// olderEditionMarks, or begins with 来. A 旧 of a former name (X（旧
// Twitter）の仕様変更のため停止, 旧称, 旧Facebook) or ending another word
// (復旧まで停止) names no edition: the note is read as if it were not
// there. Before, any 旧 made the note another edition's, and the document
// was in force.
func olderEdition(clause string) bool {
	for i := 0; ; {
		k := strings.Index(clause[i:], "旧")
		if k < 0 {
			return false
		}
		i += k + len("旧")
		name := clause[i:]
		if end := strings.IndexFunc(name, func(r rune) bool { return !nameRune(r) }); end >= 0 {
			name = name[:end]
		}
		name = strings.ToLower(name)
		if strings.HasPrefix(name, "来") || containsAny(name, documentWords...) || containsAny(name, olderEditionMarks...) ||
			strings.ContainsAny(name, "0123456789") {
			return true
		}
	}
}

// olderEditionMarks are the words of a name after 旧 that make it an
// edition or a part of one (旧第3条, 旧令和3年要領, 旧条例, 旧規約).
var olderEditionMarks = []string{"第", "条", "項", "年", "度", "例規", "規約", "要項", "制度", "ポリシー", "版"}

// nameRune reports whether r is a rune of a name after 旧 (olderEdition):
// a titleRune or an ASCII digit.
func nameRune(r rune) bool { return titleRune(r) || r >= '0' && r <= '9' }

// titleRune reports whether r is a rune of a title's name before a
// document word (selfReference): a kanji, katakana, ー or ASCII letter.
func titleRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// clauseStart returns where the part of head (the text before a word of
// notInForceWords) that the word ends begins: after the last opening
// bracket, comma, colon, stop, slash or space outside a bracket pair
// closed in head (SNS運用要領（令和3年）は: the bracket is the title's).
func clauseStart(head string) int {
	depth := 0
	for i := len(head); i > 0; {
		r, n := utf8.DecodeLastRuneInString(head[:i])
		i -= n
		switch {
		case strings.ContainsRune(")】]〕>", r):
			depth++
		case strings.ContainsRune("(【[〔<", r):
			if depth == 0 {
				return i + n
			}
			depth--
		case depth == 0 && strings.ContainsRune("、,:; 。/", r):
			return i + n
		}
	}
	return 0
}

// namesOtherDocument reports whether clause, a part after the title
// (title: the text before it) that a word of notInForceWords ends, names
// a document of its own as what the word speaks of: a word of
// documentWords (its title perhaps followed by a bracket) before は, を, も
// or が, or ending the part before の (令和2年要領は廃止, SNS運用要領（令和3年）は
// 廃止, 従来の要領を廃止, 附則 令和3年要領の廃止), unless it is the document
// itself (selfReference: 本方針は令和8年3月31日廃止, 施行前に方針を撤回), or
// a document of the title's kind (方針 after SNS運用方針) without a bracket
// or a year of its own (施行予定だった運用方針を撤回, 施行予定だったSNS運用方針を撤回
// after ソーシャルメディア運用方針; not 令和3年方針は廃止: dated).
func namesOtherDocument(clause, title string) bool {
	for _, d := range documentWords {
		for i := 0; ; {
			j := strings.Index(clause[i:], d)
			if j < 0 {
				break
			}
			j += i
			i = j + len(d)
			after := clause[i:]
			bracket := strings.HasPrefix(after, "(")
			if bracket {
				if k := strings.IndexByte(after, ')'); k > 0 {
					after = after[k+1:]
				}
			}
			if a, ok := cutPrefixAny(after, topicFrames); ok && strings.HasPrefix(a, "は") {
				after = a // 令和2年要領については…廃止: a topic, as 要領は
			}
			r, _ := utf8.DecodeRuneInString(after)
			if !strings.ContainsRune("はをもが", r) && after != "の" || r != 'は' && containsAny(after, reasonWords...) {
				// Not what the word speaks of (ガイドラインを優先するため撤回);
				// a topic before a reason is (令和2年要領は国の指針が
				// 示されたため廃止).
				continue
			}
			self, name := selfReference(clause[:j])
			if !self && (bracket || !strings.Contains(title, d) || dated(clause[:j], name)) {
				return true
			}
		}
	}
	return false
}

// dated reports whether name, the title before a document word ending
// before (selfReference), carries a year of its own: 年 or 度 in it, or a
// digit before it (令和3年方針, 2023方針).
func dated(before, name string) bool {
	if strings.Contains(name, "年") || strings.Contains(name, "度") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(name)])
	return r >= '0' && r <= '9'
}

// reasonWords are the words of a reason: a document named before one is
// the cause, not what is abolished (SNSガイドラインを優先するため撤回,
// 国の指針を受けて延期, 国の指針を踏まえ施行を延期).
var reasonWords = []string{"ため", "により", "によって", "に伴", "ので", "から", "として", "に基づ", "受け", "踏まえ"}

// selfReference reports whether before, the text before a document word,
// ends in a title that begins with 本, 当, 同 or この (本方針, 本運用方針, この
// 方針), or is the bare word after a particle such as に or を (施行前に方針を
// 撤回): the document itself. The title (returned as name) is the run of
// kanji, katakana and letters before the word; the bare word after の or
// 付け, or leading the part, is another's (従来の要領, 4月1日付け要領, 要領は廃止).
func selfReference(before string) (self bool, name string) {
	i := len(before)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if !titleRune(r) {
			break
		}
		i -= n
	}
	name = before[i:]
	if strings.HasSuffix(before[:i], "この") {
		return true, name
	}
	if name == "" {
		// The bare word after a particle is the document's (施行前に方針を
		// 撤回); after の or 付け, or leading the part, another's (従来の
		// 要領は, 4月1日付け要領は, 要領は廃止).
		r, _ := utf8.DecodeLastRuneInString(before)
		return strings.ContainsRune("にでてをはがもとし", r), name
	}
	return strings.HasPrefix(name, "本") || strings.HasPrefix(name, "当") || strings.HasPrefix(name, "同"), name
}

// enforcementEnds are the words of a document's making or enforcement
// that, ending a topic before の, make it the document's (施行の延期,
// 施行日の延期, 策定の中止).
var enforcementEnds = []string{"施行", "施行日", "策定", "制定", "決定", "決裁", "公布", "運用開始", "施行予定", "効力", "適用"}

// enforcementWords are the words of a document's making or enforcement
// (and saysDate a date) before which a word of notInForceWords speaks of the
// document (施行予定だったが延期, 策定中止, 令和8年3月31日廃止, 改正により廃止).
var enforcementWords = []string{"施行", "改正により", "改正に伴い", "改正で", "策定", "制定", "決定", "決裁", "予定", "公布", "運用開始",
	"効力", "適用"}

// saysDate reports whether clause holds a date: 年, 月 or 日 right after a
// digit, a kanji numeral or a word of dateBefore (令和8年3月31日, 令和元年,
// 本日, 同日, 今年度). Not 年末年始, 土日, 休日, 閉庁日, 毎日: days on which
// posting pauses (年末年始は休止), not when the document went out of force.
func saysDate(clause string) bool {
	for i, r := range clause {
		if r != '年' && r != '月' && r != '日' {
			continue
		}
		if b, _ := utf8.DecodeLastRuneInString(clause[:i]); b >= '0' && b <= '9' || strings.ContainsRune(dateBefore, b) {
			return true
		}
	}
	return false
}

// dateBefore are the runes before 年, 月 or 日 that make a date: kanji
// numerals, 元 (令和元年) and 本日, 同日, 即日, 当日, 翌日, 前日, 昨年, 今年,
// 来年.
const dateBefore = "〇一二三四五六七八九十百元本同即当翌前昨今来"

// notInForceEn is saysNotInForce's reading of the English words: one of
// notInForceEnglish alone or ending the text after a bracket, a colon or
// a dash (SNS policy (postponed), SNS policy: withdrawn, SNS policy -
// abolished; full-width letters and brackets read as half width),
// perhaps with words of notInForceBeforeEn before it and of
// notInForceWhenEn after it (SNS policy (currently suspended), (operation
// suspended), (suspended until further notice)); a title ending in such a
// word after a space alone (Rules for posts withdrawn) is not read so.
func notInForceEn(v string) bool {
	t := strings.TrimRight(strings.TrimSpace(strings.ReplaceAll(halfWidth(v), "\u3000", " ")), " .。)）]】")
	for _, w := range notInForceWhenEn {
		if len(t) > len(w) && strings.EqualFold(t[len(t)-len(w):], w) && strings.ContainsRune(" ,", rune(t[len(t)-len(w)-1])) {
			t = strings.TrimRight(t[:len(t)-len(w)], " ,") // suspended until further notice
			break
		}
	}
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
		for {
			i := len(head)
			for i > 0 && isASCIILetter(head[i-1]) {
				i--
			}
			if !slices.Contains(notInForceBeforeEn, strings.ToLower(head[i:])) {
				break
			}
			head = strings.TrimRight(head[:i], " ") // currently suspended, operation suspended
		}
		if head == "" {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(head)
		return strings.ContainsRune("(（[【:：-–—", r) && !otherEditionEn(head)
	}
	return false
}

// notInForceWhenEn are the English words that may follow a word of
// notInForceEnglish ending the text, saying for how long (suspended for
// now, suspended until further notice): taken off before it is read.
var notInForceWhenEn = []string{"until further notice", "for the time being", "for the moment", "for now", "indefinitely",
	"at present", "at the moment", "currently"}

// notInForceBeforeEn are the English words that may stand between a
// bracket, colon or dash and a word of notInForceEnglish (currently
// suspended, temporarily paused, operation suspended, operations are
// currently suspended): when, or the operation of the rules themselves,
// as 現在 and 運用 are in Japanese. Not what is done (account suspended,
// posts paused).
var notInForceBeforeEn = []string{"currently", "temporarily", "presently", "now", "operation", "operations", "is", "are"}

// otherEditionsEn are the English words of a note that speaks of another
// edition (2023 version: withdrawn, previous edition - repealed), as whole
// words: not formerly or previously, which speak of a former name (X,
// formerly Twitter: suspended).
var otherEditionsEn = []string{"version", "versions", "edition", "editions", "previous", "prior", "former", "earlier", "older", "old"}

// otherEditionEn reports whether head, the text before an English word of
// notInForceEnglish, names another edition in its note (after the last
// opening bracket): a word of otherEditionsEn or a version number (v2).
func otherEditionEn(head string) bool {
	i := strings.LastIndexAny(head, "(（[【")
	if i < 0 {
		return false // SNS policy: withdrawn
	}
	l := strings.ToLower(head[i:])
	if slices.ContainsFunc(strings.FieldsFunc(l, func(r rune) bool { return r >= utf8.RuneSelf || !isASCIILetter(byte(r)) }),
		func(f string) bool { return slices.Contains(otherEditionsEn, f) }) {
		return true
	}
	for i := 0; i+1 < len(l); i++ {
		if l[i] == 'v' && (i == 0 || !isASCIILetter(l[i-1])) && l[i+1] >= '0' && l[i+1] <= '9' {
			return true
		}
	}
	return false
}

// notInForceRecorded is the result of a document field whose text says
// the document is not in force (saysNotInForce): not met, no document is
// in force.
func notInForceRecorded(v, path string) riskassess.Result {
	v = strings.TrimSpace(v)
	return resultJE(riskassess.OutcomeNotMet, path,
		[]string{"台帳に「", v, "」と記録されていて、延期・中止・休止・廃止・撤回などで施行されていない（施行中の文書名か URL を記録する）"},
		[]string{"the register says ", strconv.Quote(v), ": postponed, cancelled, suspended, abolished or withdrawn, not in force (record the title or URL of the document in force)"})
}
