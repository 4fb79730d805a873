package xlsx

import (
	"testing"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/google/go-cmp/cmp"
)

// TestYesNoPresenceMark: the form marks 有/無 were read as yes/no in every
// yes/no question. In one that asks about the presence of something (its
// text says 有無: 過去の情報セキュリティ事故の有無と…を報告しましたか（事故が
// ない場合は「はい」）), 無 answers "none" (no incidents: はい by the
// question's own note), yet it was stored as いいえ; 有 ("there were
// incidents") was stored as はい (reported). There they are refused at
// their cell; はい and いいえ are read as before, and so are 有 and 無 in a
// question whose text does not say 有無. So are they in a question whose
// note names the answer for when something is absent (…がない場合は「該当なし」).
func TestYesNoPresenceMark(t *testing.T) {
	const presence, plain, absent = "Q-YN-01", "Q-YN-02", "Q-YN-03"
	// Questions asking whether something is not so, and one whether a duty
	// not to do something is written down (read as before).
	const negative, practice, ruleNot, duty = "Q-YN-04", "Q-YN-05", "Q-YN-06", "Q-YN-07"
	q := presenceQuestionnaire()
	for _, tc := range []struct {
		id   string
		v    any
		want string // "" refused
	}{
		{presence, "有", ""},
		{presence, "無", ""},
		{presence, "\u3000無\u3000", ""},
		{presence, "\u3292", ""}, // ㊒, NFKC 有
		// Read as before.
		{presence, "はい", Yes},
		{presence, "いいえ", No},
		{presence, "該当なし", NA},
		{presence, "済", Yes},
		{presence, true, Yes},
		// A question whose note names the answer for when something is
		// absent (再委託がない場合は「該当なし」): 有 ("there is
		// subcontracting") was stored as はい (all approved), 無 as いいえ.
		{absent, "有", ""},
		{absent, "無", ""},
		{absent, "該当なし", NA},
		{absent, "はい", Yes},
		{plain, "有", Yes},
		{plain, "無", No},
		// Asking whether something is not so: 有 ("personal accounts are
		// used") was stored as はい (a false met), 無 as いいえ.
		{negative, "有", ""},
		{negative, "無", ""},
		{practice, "有", ""},
		{practice, "無", ""},
		{ruleNot, "有", ""},
		{negative, "はい", Yes},
		{practice, "いいえ", No},
		{duty, "有", Yes},
		{duty, "無", No},
	} {
		readOrRefused(t, q, tc.id, tc.v, tc.want, ErrUnknownAnswer, "「有」「無」だけでは", "有 or 無 alone")
	}
}

// TestYesNoPresenceCircle: ○ and × in a question whose text says 有無
// (過去の情報セキュリティ事故の有無と…を報告しましたか) were read as はい and
// いいえ, though a 有無 column is filled with ○ for 有 ("there were
// incidents": stored as はい, reported, a false met) and × for 無 (none:
// はい by the question's note, stored as いいえ). There they are refused
// at their cell, as 有 and 無 are. Elsewhere, also where 有 is refused
// (…ない場合は「該当なし」, a negative question), ○ and × answer the
// question (○×式) and are read as はい and いいえ.
func TestYesNoPresenceCircle(t *testing.T) {
	const presence, plain, absent, negative = "Q-YN-01", "Q-YN-02", "Q-YN-03", "Q-YN-04"
	q := presenceQuestionnaire()
	for _, tc := range []struct {
		id   string
		v    any
		want string // "" refused
	}{
		{presence, "○", ""},
		{presence, "〇", ""},
		{presence, "\u3000◯\u3000", ""},
		{presence, "◎", ""},
		{presence, "✓", ""},
		{presence, "×", ""},
		{presence, "✕", ""},
		{presence, "はい", Yes},
		{presence, "いいえ", No},
		{presence, "△", Partial},
		{absent, "○", Yes},
		{absent, "×", No},
		{negative, "○", Yes},
		{negative, "×", No},
		{plain, "○", Yes},
		{plain, "×", No},
	} {
		readOrRefused(t, q, tc.id, tc.v, tc.want, ErrUnknownAnswer, "「○」「×」が", "○ or × may mark")
	}
}

// presenceQuestionnaire returns the test questionnaire (defaultQ) whose
// yes/no questions Q-YN-01 to Q-YN-07 ask, in turn: about a presence
// (事故の有無と…報告しましたか), plainly (Q-YN-02, as testReqs has it),
// with a note naming the answer for an absence (再委託がない場合は「該当な
// し」), whether something is not so (個人のアカウントは使われていませんか), a
// practice of not doing (扱わない運用), a rule not to (使わないことになって
// いますか), and whether a duty not to is written (目的外に使わないことが定
// められていますか).
func presenceQuestionnaire() *Questionnaire {
	texts := map[string]riskassess.Text{
		"Q-YN-01": riskassess.T("過去の情報セキュリティ事故の有無と、その再発防止策の実施状況を報告しましたか（事故がない場合は「はい」）。",
			"Have you reported any past security incidents and the status of measures against recurrence (\"yes\" if there were none)?"),
		"Q-YN-03": riskassess.T("再委託先はすべて事前に発注者の承諾を得ていますか（再委託がない場合は「該当なし」）。",
			"Were all subcontractors approved by us in advance (\"n/a\" if there is no subcontracting)?"),
		"Q-YN-04": riskassess.T("このサービスの業務利用は組織が管理するアカウントに限られ、個人のアカウントは使われていませんか。", "Is work use limited to accounts the organisation manages, with no personal accounts?"),
		"Q-YN-05": riskassess.T("このサービスでは機密性2以上の情報を扱わない運用になっていますか。", "Is the service used so that no class 2 or higher information is handled?"),
		"Q-YN-06": riskassess.T("投稿では、リンク先が分からなくなる短縮URLを原則として使わないことになっていますか。", "Do posts avoid URL shorteners, as a rule?"),
		"Q-YN-07": riskassess.T("契約書に、提供された情報を目的外に使わないことが定められていますか。", "Does the contract forbid using our information for other purposes?"),
	}
	reqs := testReqs()
	for i := range reqs {
		if q := reqs[i].Question; q != nil && texts[q.ID] != (riskassess.Text{}) {
			q.Text = texts[q.ID]
		}
	}
	q := defaultQ()
	q.Requirements = reqs
	return q
}

// TestYesNoPresenceNotOnly: ○ and × answering a question whose 有無 is only
// what it goes beyond (認証の有無だけでなく、…管理状況を個別に確認しましたか:
// the catalogue's Q-OUT-05) were refused as a 有無 mark, though no 有無 is
// asked for the mark to fill: they are read as はい and いいえ. Where a
// 有無 is still asked (a second 有無, or the note …ない場合は「はい」 that
// makes the presence the answer's matter) they stay refused, and 有 and 無
// stay refused everywhere a 有無 is written.
func TestYesNoPresenceNotOnly(t *testing.T) {
	const notOnly, notOnlyNote, notOnlyTwice, regardless = "Q-YN-08", "Q-YN-09", "Q-YN-10", "Q-YN-11"
	texts := map[string]riskassess.Text{
		notOnly: riskassess.T("認証の有無だけでなく、今回の業務を行う体制・担当者・作業場所の管理状況を個別に確認しましたか。",
			"Beyond certificates, did you check the team, staff and work sites that will actually do this work?"),
		notOnlyNote: riskassess.T("事故の有無だけでなく、その内容と再発防止策も報告しましたか（事故がない場合は「はい」）。",
			"Beyond whether there were incidents, did you report what they were and the measures taken (\"yes\" if there were none)?"),
		notOnlyTwice: riskassess.T("認証の有無だけでなく、過去の事故の有無も確認しましたか。", "Beyond certificates, did you check whether there were past incidents?"),
		regardless:   riskassess.T("認証の有無にかかわらず、作業場所の入退室管理を確認しましたか。", "Whatever the certificates, did you check access control at the work sites?"),
	}
	reqs := testReqs()
	for i := range reqs {
		if q := reqs[i].Question; q != nil && texts[q.ID] != (riskassess.Text{}) {
			q.Text = texts[q.ID]
		}
	}
	q := defaultQ()
	q.Requirements = reqs
	for _, tc := range []struct {
		id   string
		v    any
		want string // "" refused
	}{
		{notOnly, "○", Yes},
		{notOnly, "〇", Yes},
		{notOnly, "×", No},
		{notOnly, "はい", Yes},
		{regardless, "○", Yes},
		{regardless, "×", No},
		// Still a 有無 to fill.
		{notOnlyNote, "○", ""},
		{notOnlyNote, "×", ""},
		{notOnlyNote, "はい", Yes},
		{notOnlyTwice, "○", ""},
		{notOnlyTwice, "×", ""},
	} {
		readOrRefused(t, q, tc.id, tc.v, tc.want, ErrUnknownAnswer, "「○」「×」が", "○ or × may mark")
	}
	// 有 and 無 stay refused: 無 may say "no certificate" as well as "not checked".
	for _, id := range []string{notOnly, regardless} {
		for _, v := range []string{"有", "無"} {
			readOrRefused(t, q, id, v, "", ErrUnknownAnswer, "「有」「無」だけでは", "有 or 無 alone")
		}
	}
}

// TestCataloguePresenceMarks: of the catalogue's yes/no questions, only
// those whose text asks a 有無 refuse ○ and × (Q-OUT-07: 過去の情報セキュリテ
// ィ事故の有無と…を報告しましたか（事故がない場合は「はい」）); Q-OUT-05 (認証
// の有無だけでなく…を個別に確認しましたか) reads them as はい and いいえ.
func TestCataloguePresenceMarks(t *testing.T) {
	var got []string
	for _, r := range catalog.Default() {
		if q := r.Question; q != nil && q.Type == riskassess.AnswerYesNo && asksPresenceMark(q.Text.Ja) {
			got = append(got, q.ID)
		}
	}
	if diff := cmp.Diff([]string{"Q-OUT-07"}, got); diff != "" {
		t.Errorf("questions refusing ○ and × (-want +got):\n%s", diff)
	}
}

// TestYesNoWithNote: an answer with a caveat in brackets (はい（ただし夜間は
// 除く）, 該当なし（ただし一部の業務は再委託）) was refused with no more than
// the list of answers: typed again as はい, as the message led, the caveat
// was dropped without a word. It is still refused (never read as the
// answer alone), and the message says to move the note to the comment
// column, or choose 一部 if it limits the answer. A word that is no
// answer before the note (なし（ただし…）) keeps the message of the list.
func TestYesNoWithNote(t *testing.T) {
	q := defaultQ()
	for _, tc := range []struct {
		v      string
		ja, en string // "" the list's message
	}{
		{"はい（ただし夜間は除く）", "括弧書き（ただし夜間は除く）はコメント欄", "the note in brackets (ただし夜間は除く) in the comment column"},
		{"該当なし（ただし一部の業務は再委託）", "括弧書き（ただし一部の業務は再委託）はコメント欄", "choose Partial"},
		{"Yes (except at night)", "括弧書き（except at night）はコメント欄", "the note in brackets (except at night)"},
		{"○ (一部のみ)", "括弧書き（一部のみ）はコメント欄", "in the comment column"},
		{"なし（ただし軽微なものは除く）", "使える回答", "allowed"},
		{"はい（", "使える回答", "allowed"},
	} {
		readOrRefused(t, q, "Q-YN-02", tc.v, "", ErrUnknownAnswer, tc.ja, tc.en)
	}
}
