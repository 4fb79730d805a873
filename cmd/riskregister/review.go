package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/entryedit"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/spf13/cobra"
	"golang.org/x/text/unicode/norm"
)

// reviewOpts are the flags of review.
type reviewOpts struct {
	dir, kind, entry, date, position, person, outcome, reason string
}

func newReviewCmd(a *app) *cobra.Command {
	var o reviewOpts
	cmd := &cobra.Command{
		Use:   "review --entry ID --reviewer-position POS --reviewer PERSON --outcome OUTCOME --reason TEXT [--date DATE]",
		Short: "エントリの見直しを記録する（見直しの記録・次回の見直し日）/ record a review of an entry (review log, next review date)",
		Long: `review はエントリの見直しを、そのエントリのファイルの reviews:（見直しの記録）に追記し、last_reviewed を
見直しの日付にします。記録には日付・見直した人の役職と氏名・結果・理由と、その時点の残留リスクと推奨判断
（見直しの日付を基準日とする評価）が残ります。次回の見直し日は最新の記録から計算されます。
置き換える last_reviewed が記録にない日付（記録を始める前の見直し）なら、記録の previous_review に残し、
この見直しより前の基準日ではその日が前回の見直しとして数えられます。
結果 --outcome: still-valid（現状維持）、rescored（再評価）、conditions-changed（条件変更）、retired（廃止）。
retired は承認を廃止にします（approval.status: retired、decided_on、approver、history に廃止の記録）。
その時点のリスクは廃止する前の評価です。役職・職員は register.yaml の ID か、役職名・氏名で指定します。
review_due はこの見直しで済んだものとして削除し、削除した日付を表示します（見直しより後の日付なら、その後に決めた期限のときは
書き直すよう添えます。コメントは残ります）。
最新の記録が同じ見直し（日付・役職・氏名・結果・理由が同じ）なら、何も変更せずにそう表示します（同じコマンドの再実行）。
別の見直しの後に前と同じ見直しをしたときは記録します（その結果が最新になります）。
ファイルは import と同じく台帳をロックして、一時ファイルから置き換えます。コメントと他の行はそのままです。

Appends a review to the entry's review log (reviews:) and sets last_reviewed to its date. The record keeps
the date, the reviewer's position and person, the outcome, the reason, and the residual risk and recommended
decision at that moment (the entry assessed as of the review date). The next review date follows from the
latest record. A last_reviewed replaced that no record holds (a review made before the log was kept) is kept
in the record as previous_review, and counts as the last review at an as-of date before this review.
Outcomes: still-valid, rescored, conditions-changed, retired; retired also retires the approval
(approval.status: retired, decided_on, approver and a history record), and the risk recorded is
the assessment before retiring. Give the position and the person as register.yaml ids or by title and name.
review_due is removed as met by the review, and the date removed is said (when it was after the review date, with the
advice to write it again if it is a follow-up set since; its comments stay).
A review equal to the last one logged (same date, position, person, outcome and reason: the command run again)
changes nothing and is said so; one equal only to an earlier record, after another review, is recorded (its
outcome is then in force).
The file is edited as import edits it: under the register's lock, replaced atomically, comments and every
other line kept.`,
		Example: `  riskregister review --register examples/chofu-gikai --entry musashino-sokki --date 2026-12-01 \
      --reviewer-position 課長 --reviewer 石川 --outcome still-valid --reason "契約・認証に変更なし"
  riskregister review --entry quick-enquete --outcome retired --reviewer-position kacho --reviewer ishikawa-t \
      --reason "令和8年度末で利用終了。回答データの消去を確認" --lang en`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runReview(o) },
	}
	addRegisterFlag(cmd, &o.dir)
	cmd.Flags().StringVar(&o.kind, "kind", "", "種別 contractor|service|social（ID が複数の種別にあるとき） / kind, when the id exists in several kinds")
	cmd.Flags().StringVar(&o.entry, "entry", "", "見直したエントリの ID（必須） / id of the entry reviewed (required)")
	cmd.Flags().StringVar(&o.date, "date", "", "見直しの日付 YYYY-MM-DD（省略時は日本時間の今日） / review date (default today in Japan)")
	cmd.Flags().StringVar(&o.position, "reviewer-position", "", "見直した人の役職（ID か役職名、必須） / reviewer's position (id or title, required)")
	cmd.Flags().StringVar(&o.person, "reviewer", "", "見直した人（職員 ID か氏名、必須） / reviewer (person id or name, required)")
	cmd.Flags().StringVar(&o.outcome, "outcome", "", "結果 still-valid|rescored|conditions-changed|retired（必須） / outcome (required)")
	cmd.Flags().StringVar(&o.reason, "reason", "", "理由（1行、必須） / reason (one line, required)")
	return cmd
}

func (a *app) runReview(o reviewOpts) error {
	usage := func(ja, en string) error { return &exitError{code: 2, msg: l10n(a.lang, ja, en)} }
	if o.entry == "" {
		return usage("--entry で見直したエントリの ID を指定してください", "give the entry reviewed with --entry")
	}
	kind, err := parseKind(o.kind)
	if err != nil {
		return err
	}
	outcome := riskassess.ReviewOutcome(o.outcome)
	if r, ok := riskassess.Replacement(outcome, o.outcome); ok {
		outcome = riskassess.ReviewOutcome(r)
	}
	if !outcome.Valid() || outcome == "" {
		return usage(fmt.Sprintf("--outcome %q: %s のいずれかを指定してください", o.outcome, strings.Join(outcome.Allowed(), "・")),
			fmt.Sprintf("--outcome %q: use one of %s", o.outcome, strings.Join(outcome.Allowed(), ", ")))
	}
	if strings.TrimSpace(o.reason) == "" {
		return usage("--reason で見直しの理由を書いてください", "write the reason of the review with --reason")
	}
	// reviews[].reason is one line (the loader refuses a line break or
	// another control character there): said here, before anything is
	// read, rather than as a file that would not read back.
	if strings.ContainsFunc(strings.TrimSpace(o.reason), func(r rune) bool { return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' }) {
		return usage("--reason: 理由は1行で書いてください（改行・タブなどの制御文字は使えません）",
			"--reason: write the reason on one line (no line break, tab or other control character)")
	}
	today, _ := parseAsOf("")
	date := today
	if o.date != "" {
		if date, err = riskassess.ParseDate(o.date); err != nil {
			return badDate("--date", o.date)
		}
		if date.After(today) {
			return usage(fmt.Sprintf("--date %s は今日（%s）より後です。見直しは行った日付で記録します", date, today),
				fmt.Sprintf("--date %s is after today (%s): record a review on the day it was done", date, today))
		}
	}

	unlock, err := a.lockRegister(o.dir)
	if err != nil {
		return err
	}
	defer unlock()
	reg, reqs, err := a.loadRegister(o.dir)
	if err != nil {
		return err
	}
	e, err := findEntry(a.lang, reg, kind, o.entry)
	if err != nil {
		return err
	}
	pos, err := resolvePosition(a.lang, &reg.Org, o.position)
	if err != nil {
		return err
	}
	person, err := resolvePerson(a.lang, &reg.Org, o.person, pos, date)
	if err != nil {
		return err
	}

	rec := riskassess.ReviewRecord{On: date, Position: pos, Person: person, Outcome: outcome,
		Reason: strings.TrimSpace(o.reason),
		// The last_reviewed this review replaces, unless the log holds it:
		// as of a day before this review, that review had been made.
		PreviousReview: entryedit.ReplacedReview(e, date)}
	file := a.regPath(e.Base().Source)
	// The same command run again (a retry, a script run twice) finds its
	// record: a second one would count the review twice in the log, the
	// site and diff.
	if entryedit.Logged(e, rec) {
		i := len(e.Base().Reviews) - 1
		fmt.Fprintln(a.stdout, l10n(a.lang,
			fmt.Sprintf("%s: この見直し（%s %s、%s %s）は reviews[%d] に記録済みです。何も変更していません", file, date, outcome.Label("ja"),
				report.PositionLabel(&reg.Org, pos, "ja"), report.PersonLabel(&reg.Org, person, "ja"), i),
			fmt.Sprintf("%s: this review (%s %s, %s %s) is already recorded as reviews[%d]; nothing changed", file, date, outcome.Label("en"),
				report.PositionLabel(&reg.Org, pos, "en"), report.PersonLabel(&reg.Org, person, "en"), i)))
		return nil
	}
	if t := entryedit.CheckReview(e, rec); t != (riskassess.Text{}) {
		return &exitError{code: 1, msg: file + ": " + t.In(a.lang)}
	}
	if t, bad := report.ReviewerMismatch(&reg.Org, person, pos, date); bad {
		return &exitError{code: 1, msg: file + ": " + t.In(a.lang)}
	}

	// The risk at the moment of the review: the entry as reviewed (its
	// last review on date), assessed as of date; for a retirement, before
	// it is retired. Its review log ends with this review, as
	// last_reviewed does (the two are one record of the last review,
	// riskassess.Common.LastReviewedAgrees; the scorer refuses an entry
	// where they differ).
	seen := cloneForReview(e)
	sb := seen.Base()
	sb.LastReviewed = date
	if len(sb.Reviews) > 0 {
		sb.Reviews = append(sb.Reviews, rec)
	}
	as, err := a.scorer().Assess(&reg.Org, reqs, seen, date)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	rec.Residual, rec.Decision = as.Residual, as.Decision
	if err := store.AppendReview(o.dir, e.Kind(), e.Base().ID, rec); err != nil {
		return &exitError{code: 1, msg: file + ": " + a.errText(err)}
	}

	after := cloneForReview(e)
	entryedit.ApplyReview(after, rec)
	next := ""
	if !riskassess.Record(after) {
		// As of today, as assess and due will see the register: as of a
		// review date before the approval decision, the decision (a date
		// after it) would be left out and the next review put months early.
		next = riskassess.ReviewOf(&reg.Org, after, rec.Residual, today).Date.String()
	}
	ja := fmt.Sprintf("%s: 見直しを記録しました（%s %s、%s %s、残留リスク %s・%s）", file, date, outcome.Label("ja"),
		report.PositionLabel(&reg.Org, pos, "ja"), report.PersonLabel(&reg.Org, person, "ja"), rec.Residual.Label("ja"), rec.Decision.Label("ja"))
	en := fmt.Sprintf("%s: review recorded (%s %s, %s %s, residual risk %s, %s)", file, date, outcome.Label("en"),
		report.PositionLabel(&reg.Org, pos, "en"), report.PersonLabel(&reg.Org, person, "en"), rec.Residual.Label("en"), rec.Decision.Label("en"))
	retired := riskassess.Retired(after)
	switch {
	case next != "":
		ja += "。次回の見直し: " + next
		en += "; next review: " + next
	case retired:
		ja += "。廃止の記録になりました"
		en += "; the entry is now a retired record"
	default:
		// A rejected entry reviewed without retiring it stays a
		// rejected record: it was said to be retired.
		ja += "。却下の記録のため、次回の見直し日はありません"
		en += "; the entry is a rejected record, with no next review"
	}
	// The review meets the review_due the entry had (entryedit.ApplyReview):
	// say that the date staff wrote went, since the file no longer holds
	// it. One after the review may be a follow-up set since: say how to
	// keep it.
	switch due := e.Base().ReviewDue; {
	case due.After(date):
		ja += "。review_due: " + due.String() + " はこの見直しで済んだものとして削除しました（この見直しの後に決めた追加の期限なら、review_due を書き直してください）"
		en += "; review_due: " + due.String() + " was removed as met by this review (if it is a follow-up set after this review, write it again)"
	case !due.IsZero():
		ja += "。review_due: " + due.String() + " はこの見直しで済んだため削除しました"
		en += "; review_due: " + due.String() + " was removed, met by this review"
	}
	fmt.Fprintln(a.stdout, l10n(a.lang, ja, en))
	if retired {
		// A contract whose information the retired record still holds
		// stays due (riskassess.DueItems of the entry as retired) until
		// the return is recorded: say where for each one due by the
		// review date (ended, or with no end date: due on the
		// retirement). One still running falls due at its end.
		for _, f := range riskassess.ExpiryFindings(riskassess.DueItems(&reg.Org, after, riskassess.Date{}, date), date, 0, false) {
			if f.Requirement != riskassess.ExpContractEnd {
				continue
			}
			path := strings.TrimSuffix(strings.TrimSuffix(f.Evidence, ".to"), ".data_returned_on") + ".data_returned_on"
			fmt.Fprintln(a.stderr, l10n(a.lang,
				file+": 警告: "+f.Message.Ja+"廃止しても、返却・消去を記録するまで期限の一覧・check・サイトに期限切れとして残ります。データの返却・消去を確かめて "+path+" に記録してください",
				file+": warning: "+f.Message.In("en")+" Retiring the entry does not end it: due, check and the site show it as expired until the return is recorded. Confirm the return or deletion of the data and record it in "+path))
		}
		// So does a corrective action open on the review date (no
		// closed_on by then) until it is closed.
		if k, ok := e.(*riskassess.Contractor); ok {
			for i := range k.Remediation {
				r := &k.Remediation[i]
				if !r.OpenOn(date) || r.Due.IsZero() {
					continue
				}
				path := fmt.Sprintf("remediation[%d].closed_on", i)
				fmt.Fprintln(a.stderr, l10n(a.lang,
					file+": 警告: 是正措置「"+r.Summary+"」（期限 "+r.Due.String()+"）の完了の記録がありません。廃止しても、完了を記録するまで期限の一覧・check・サイトに残ります。完了を確かめて "+path+" に記録してください",
					file+": warning: the corrective action “"+r.Summary+"” (due "+r.Due.String()+") is not recorded as closed. Retiring the entry does not end it: due, check and the site show it until it is closed. Confirm it is done and record the date in "+path))
			}
		}
	}
	return nil
}

// cloneForReview returns a copy of e whose review log, approval history
// and other fields a review changes can be changed without touching e.
func cloneForReview(e riskassess.Entry) riskassess.Entry {
	var c riskassess.Entry
	switch e := e.(type) {
	case *riskassess.Contractor:
		x := *e
		c = &x
	case *riskassess.Service:
		x := *e
		c = &x
	case *riskassess.Social:
		x := *e
		c = &x
	}
	b := c.Base()
	b.Reviews = append([]riskassess.ReviewRecord(nil), b.Reviews...)
	b.Approval.History = append([]riskassess.DecisionRecord(nil), b.Approval.History...)
	return c
}

// findEntry returns the entry id of kind (any kind when kind is ""), or a
// usage error naming what to give.
func findEntry(lang riskassess.Lang, reg *riskassess.Register, kind riskassess.Kind, id string) (riskassess.Entry, error) {
	var found []riskassess.Entry
	for _, e := range reg.Entries() {
		if e.Base().ID == id && (kind == "" || e.Kind() == kind) {
			found = append(found, e)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return nil, &exitError{code: 2, msg: l10n(lang, fmt.Sprintf("--entry: ID %q のエントリは台帳にありません", id),
			fmt.Sprintf("--entry: no entry with id %q in the register", id))}
	}
	return nil, &exitError{code: 2, msg: l10n(lang, fmt.Sprintf("--entry: ID %q は複数の種別にあります。--kind で種別を指定してください", id),
		fmt.Sprintf("--entry: the id %q exists in several kinds; give --kind", id))}
}

// resolvePosition returns the position id that s names: an id, or a title
// in Japanese or English (spaces ignored) that exactly one position has.
func resolvePosition(lang riskassess.Lang, org *riskassess.Organisation, s string) (string, error) {
	var ids []string
	for _, p := range org.Positions {
		if p.ID == s {
			return p.ID, nil
		}
		if s != "" && (sameName(p.Title.Ja, s) || sameName(p.Title.En, s)) {
			ids = append(ids, p.ID)
		}
	}
	return pickID(lang, "--reviewer-position", "役職", "position", s, ids)
}

// resolvePerson returns the person id that s names: an id, or a name in
// Japanese or English (spaces ignored; a family name alone when only one
// person has it). Names are also compared with their variant kanji folded
// (personKey: 髙橋 and 高橋), which are typed one for the other. When
// several people match only so folded (at most one as written), the one
// of them who held position on day on (Person.PostOn) is named: 高橋
// names 高橋 一郎, the 課長, for a review as 課長 though 髙橋 翼 is a 係長,
// and 髙橋 names 髙橋 翼 for one as 係長. It is refused, listing them all, when none or several of them
// held it, or when the one who held it does not match the name as written
// and another does (高橋 typed for a review as 課長 when 髙橋 翼 is the
// 課長 and 高橋 一郎 a 係長): either could be meant.
func resolvePerson(lang riskassess.Lang, org *riskassess.Organisation, s, position string, on riskassess.Date) (string, error) {
	var exact, folded []string
	key := personKey(s)
	for _, p := range org.People {
		if p.ID == s {
			return p.ID, nil
		}
		if s == "" {
			continue
		}
		if sameName(p.Name.Ja, s) || sameName(p.Name.En, s) || familyName(p.Name.Ja) == strings.TrimSpace(s) {
			exact = append(exact, p.ID)
			folded = append(folded, p.ID)
		} else if key != "" && (personKey(p.Name.Ja) == key || personKey(familyName(p.Name.Ja)) == key) {
			folded = append(folded, p.ID)
		}
	}
	if len(folded) < 2 || len(exact) > 1 {
		// Two people of one name as written (山田 太郎, 山田 花子) are
		// refused as they always were.
		return pickID(lang, "--reviewer", "職員", "person", s, folded)
	}
	// Taken as written, 高橋 named 高橋 一郎 and the review was recorded
	// for him when 髙橋 翼, also a 係長, had done it: who held position
	// that day tells them apart, the name as written does not.
	var held []string
	for _, id := range folded {
		if _, pos, ok := org.Person(id).PostOn(on); ok && pos == position {
			held = append(held, id)
		}
	}
	if len(held) == 1 && (len(exact) == 0 || slices.Contains(exact, held[0])) {
		return held[0], nil
	}
	return pickID(lang, "--reviewer", "職員", "person", s, folded)
}

// nameVariants maps variant kanji common in personal names to the form
// usually typed for them.
var nameVariants = strings.NewReplacer(
	"髙", "高", "﨑", "崎", "嵜", "崎", "邊", "辺", "邉", "辺", "濵", "浜", "濱", "浜",
	"齋", "斎", "齊", "斉", "德", "徳", "櫻", "桜", "澤", "沢", "廣", "広", "國", "国",
	"眞", "真", "惠", "恵", "冨", "富", "內", "内", "槇", "槙", "藪", "薮")

// personKey is a personal name as resolvePerson compares it with its
// variants: NFKC, without spaces, variant kanji folded (nameVariants).
func personKey(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFKC.String(s))
	return nameVariants.Replace(s)
}

func pickID(lang riskassess.Lang, flag, whatJa, whatEn, s string, ids []string) (string, error) {
	switch {
	case s == "":
		return "", &exitError{code: 2, msg: l10n(lang, flag+" を指定してください（register.yaml の"+whatJa+"の ID か名前）",
			"give "+flag+" (a "+whatEn+" id or name of register.yaml)")}
	case len(ids) == 1:
		return ids[0], nil
	case len(ids) == 0:
		return "", &exitError{code: 2, msg: l10n(lang, fmt.Sprintf("%s %q: register.yaml にその%sはありません（ID か名前で指定してください）", flag, s, whatJa),
			fmt.Sprintf("%s %q: register.yaml has no such %s (give its id or name)", flag, s, whatEn))}
	}
	return "", &exitError{code: 2, msg: l10n(lang, fmt.Sprintf("%s %q: 該当する%sが複数あります（%s）。ID で指定してください", flag, s, whatJa, strings.Join(ids, "、")),
		fmt.Sprintf("%s %q: several %ss match (%s); give the id", flag, s, whatEn, strings.Join(ids, ", ")))}
}

// sameName compares names ignoring spaces (full- and half-width).
func sameName(a, b string) bool {
	strip := strings.NewReplacer(" ", "", "　", "")
	return a != "" && strip.Replace(a) == strip.Replace(b)
}

// familyName is the part of a Japanese name before its first space.
func familyName(n string) string {
	n = strings.ReplaceAll(strings.TrimSpace(n), "　", " ")
	f, _, ok := strings.Cut(n, " ")
	if !ok {
		return ""
	}
	return f
}
