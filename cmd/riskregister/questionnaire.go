package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/report"
	"github.com/gikai-sec/riskregister/riskassess/xlsx"
	"github.com/spf13/cobra"
)

type questionnaireOptions struct {
	dir, kind, entry, out, asOf string
	deadline, returnTo          string
	selfCheck, all, gap         bool
	section                     string
	fiscalYear                  string
	dates                       string
}

func newQuestionnaireCmd(a *app) *cobra.Command {
	var o questionnaireOptions
	cmd := &cobra.Command{
		Use:   "questionnaire --kind K [--entry ID] -o FILE.xlsx",
		Short: "事業者向けの Excel 確認票を作成 / generate an Excel questionnaire for a vendor",
		Long: `questionnaire は要件カタログの質問から Excel 確認票（.xlsx）を作成します。--entry を指定すると、
台帳で分かっていることをあらかじめ記入します（事業者は確認して直すだけで済みます）：記録済みの回答、
台帳の記録（認証・契約条項など）から判定できる はい／いいえ の回答（コメント欄に「台帳の記録から記入」と
根拠を書きます。判定は --as-of の日付で行います）、表紙の会社名と法人番号。表紙には目的（register.yaml の
questionnaire.purpose、なければ定型文）、回答期限（--deadline、なければ --as-of から questionnaire.reply_within_days
日、既定30日）、返送先（--return-to または questionnaire.return_to。必須）を記載します。事業者に尋ねるのは事業者が
答える質問だけです（議会が確認する項目は含めません）。回答は
riskregister import で取り込みます。書式は docs/questionnaires.md を参照してください。

questionnaire writes an Excel questionnaire (.xlsx) with the catalogue's questions for one kind of entry.
With --entry, what the register knows is filled in, so the vendor confirms rather than retypes: the stored
answers, yes/no answers the register facts decide (certificates, contract clauses …; the comment says
"filled in from the register" and names the fields; checked as of --as-of), and the company name and
corporate number on the cover. The cover states the purpose (questionnaire.purpose of register.yaml, or a
built-in text), the reply deadline (--deadline, or --as-of plus questionnaire.reply_within_days, default 30 days)
and the return address (--return-to or questionnaire.return_to; required). Only the vendor's questions are
asked; the council answers its own. Import the returned workbook with riskregister import.
See docs/questionnaires.md.

--self-check（--entry、または下の --section・--all）は、同じ書式で所管課の自己点検票を作成します：議会が自ら確認する質問だけを
載せ、記録済みの回答と台帳の記録から判定できる はい／いいえ を記入し、表紙に所管課・年度（--fiscal-year、既定は --as-of の年度。4月～翌3月）・
点検者欄（点検者、所属・職名、点検日）を置きます。riskregister import で取り込むと「by: council」の記録になります。

--self-check (with --entry, or --section / --all below) writes the section's self-check (自己点検) workbook in the same format: the
questions the council checks itself, pre-filled with the stored answers and the yes/no answers the register facts decide, with the section, the
fiscal year (--fiscal-year, default the fiscal year of --as-of, April to March) and checker fields on the
cover. riskregister import records it as the council's own check ("by: council").

--self-check --section 課ID は、その課が所管するすべてのエントリ（種別を問わず、却下・廃止は除く）の自己点検票を
1冊にまとめます。--self-check --all は議会全体です。どちらも「議会全体」シートに、台帳から判定する議会全体の
点検項目（公式アカウントの公開一覧への掲載、有効な契約の条項、責任者の在任、見直しの期限）を載せます。
取り込み（riskregister import）は、全エントリに記録するか、1か所でも誤りがあれば何も記録しないかのどちらかです。

--self-check --section ID puts the self-check of every entry the section owns (all kinds; rejected and retired
entries left out) into one workbook; --self-check --all does so for the whole council. Both have a council-wide
sheet with the items the register decides (official accounts on the public list, clauses of contracts in force,
responsible people in post, reviews on time). riskregister import records the workbook for all its entries, or,
if anything in it is wrong, for none.

--gap（--entry 必須）は、事業者が提出した外部の質問票（CSA CAIQ・EDUCAUSE HECVAT）を import --entry で取り込んだ後に、
その質問票で回答されなかった当方の質問（事業者が答える質問のうち、対応の強さ full で回答とならなかったもの）だけの確認票を作ります。

--gap (needs --entry), after a vendor's foreign questionnaire (CSA CAIQ, EDUCAUSE HECVAT) was imported with
import --entry, writes a questionnaire with only our vendor questions it did not answer (no full-strength link).

-o に記入済みのブック（表紙の回答者・連絡先・回答日、点検者・所属・職名・点検日のどれかが記入されたもの、または
質問シートに事前記入と違う回答・コメントが記入されたもの）があるときは、上書きせずに終了します（終了コード 2）。回答は import で取り込み、新しい確認票は別のファイル名で作成してください。

-o is not overwritten when it holds a filled-in workbook (a respondent, contact or reply date, or a checker,
position or check date, on its cover, or an answer or comment in its questions other than the pre-filled ones): import it, and write the new questionnaire under another name (exit 2).`,
		Example: `  riskregister questionnaire --kind contractor --entry acme -o acme-2026.xlsx
  riskregister questionnaire --kind service --lang en -o service-questionnaire.xlsx
  riskregister questionnaire --self-check --kind contractor --entry acme --fiscal-year 2026 -o acme-self-2026.xlsx
  riskregister questionnaire --self-check --section somu --fiscal-year 2026 -o somu-self-2026.xlsx
  riskregister questionnaire --self-check --all --fiscal-year 2026 -o council-self-2026.xlsx
  riskregister questionnaire --gap --kind service --entry box -o box-gap-2026.xlsx`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return a.runQuestionnaire(o) },
	}
	addRegisterFlag(cmd, &o.dir)
	addAsOfFlag(cmd, &o.asOf)
	cmd.Flags().StringVar(&o.kind, "kind", "", "種別 contractor|service|social（必須） / kind of entry (required)")
	cmd.Flags().StringVar(&o.entry, "entry", "", "対象エントリの ID（回答を事前記入） / entry id (pre-fills its answers)")
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "出力ファイル .xlsx（必須） / output file (required)")
	cmd.Flags().StringVar(&o.deadline, "deadline", "", "回答期限 YYYY-MM-DD または和暦（令和8年5月31日）（既定: --as-of から questionnaire.reply_within_days 日、なければ30日後） / reply deadline, YYYY-MM-DD or a Japanese date (default: --as-of plus questionnaire.reply_within_days, or 30 days)")
	cmd.Flags().BoolVar(&o.selfCheck, "self-check", false, "自己点検票を作成（--entry、--section、--all のいずれか） / write a self-check workbook (with --entry, --section or --all)")
	cmd.Flags().StringVar(&o.section, "section", "", "自己点検票: この課が所管する全エントリ（課の ID） / self-check of every entry this section owns (section id)")
	cmd.Flags().BoolVar(&o.all, "all", false, "自己点検票: 議会全体の全エントリ / self-check of every entry of the council")
	cmd.Flags().StringVar(&o.fiscalYear, "fiscal-year", "", "自己点検の年度 2026|2026年|R8|令和8年度|FY2026（4月～翌3月。既定: --as-of の年度） / fiscal year of the self-check: 2026, 2026年, R8, 令和8年度, FY2026, April to March (default: that of --as-of)")
	cmd.Flags().BoolVar(&o.gap, "gap", false, "外部の質問票（CAIQ・HECVAT）の取り込み後、回答されなかった質問だけの確認票（--entry 必須） / after a foreign questionnaire (CAIQ, HECVAT) was imported, ask only the questions it did not answer (needs --entry)")
	addDatesFlag(cmd.Flags(), &o.dates)
	cmd.Flags().StringVar(&o.returnTo, "return-to", "", "返送先（既定: register.yaml の questionnaire.return_to） / where to return it (default: questionnaire.return_to of register.yaml)")
	return cmd
}

func (a *app) runQuestionnaire(o questionnaireOptions) error {
	if o.section != "" || o.all {
		return a.runSelfCheckBook(o)
	}
	kind, err := parseKind(o.kind)
	if err != nil || kind == "" {
		if err == nil {
			err = badUsage("--kind: contractor, service, social のいずれかを指定してください", "--kind: contractor, service or social is required")
		}
		return err
	}
	if o.out == "" {
		return badUsage("-o: 出力ファイルを指定してください（例: -o acme.xlsx）", "-o: give the output file (e.g. -o acme.xlsx)")
	}
	if !strings.EqualFold(filepath.Ext(o.out), ".xlsx") {
		return badUsage(fmt.Sprintf("-o %s: 確認票は Excel ブックです。名前を .xlsx で終えてください", o.out), fmt.Sprintf("-o %s: the questionnaire is an Excel workbook: name it .xlsx", o.out))
	}
	asOf, err := parseAsOf(o.asOf)
	if err != nil {
		return err
	}
	if _, err := parseDates(o.dates); err != nil {
		return err
	}
	reg, reqs, err := a.loadRegister(o.dir)
	if err != nil {
		return err
	}
	if o.selfCheck {
		if o.gap {
			return badUsage("--gap: 事業者向け確認票の指定です。自己点検票（--self-check）では使えません", "--gap is for the vendor questionnaire, not the self-check")
		}
		return a.runSelfCheck(o, kind, asOf, reg, reqs)
	}
	if o.gap && o.entry == "" {
		return badUsage("--gap: 対象のエントリを --entry で指定してください", "--gap needs --entry: the entry whose foreign questionnaire was imported")
	}
	if o.fiscalYear != "" {
		return badUsage("--fiscal-year: 年度は自己点検票（--self-check）にだけ使います", "--fiscal-year: the fiscal year is for the self-check workbook (--self-check) only")
	}
	if len(xlsx.QuestionsFor(reqs, kind)) == 0 {
		// A social account has no vendor: the council answers every question itself.
		return badUsage(fmt.Sprintf("--kind %s: %sには事業者に尋ねる質問がありません（議会が自ら確認します）。自己点検票は --self-check --entry ID で作成します", kind, kind.Label("ja")),
			fmt.Sprintf("--kind %s: no question of this kind is for a vendor (the council checks it itself): make the self-check with --self-check --entry ID", kind))
	}
	qs := reg.Org.Questionnaire
	returnTo := strings.TrimSpace(o.returnTo)
	if returnTo == "" {
		returnTo = strings.TrimSpace(qs.ReturnTo)
	}
	if returnTo == "" {
		return badUsage("--return-to: 確認票の返送先がありません。register.yaml の questionnaire.return_to に書くか、--return-to で指定してください", "--return-to: no return address for the questionnaire: set questionnaire.return_to in register.yaml or pass --return-to")
	}
	deadline, err := parseDeadline(o.deadline, asOf, qs.ReplyWithinDays, "作成日", "the date of the questionnaire")
	if err != nil {
		return err
	}
	q := &xlsx.Questionnaire{Kind: kind, Requirements: reqs, CatalogueVersion: catalog.Version, Lang: a.lang, Org: reg.Org.Name,
		Register: reg, AsOf: asOf, Purpose: qs.Purpose, Deadline: deadline, ReturnTo: returnTo, Dates: o.style(reg)}
	if o.entry != "" {
		e := reg.Entry(kind, o.entry)
		if e == nil {
			return badUsage(fmt.Sprintf("--entry: %sに ID %q のエントリはありません", kind.Label("ja"), o.entry),
				fmt.Sprintf("--entry: no %s with id %q in the register", kind, o.entry))
		}
		q.Entry = e
		if o.gap {
			// The imports as they stood on the as-of date: one answered
			// after it was not there then.
			rec, ok := e.Base().LatestForeignOn(asOf)
			if !ok {
				if _, later := e.Base().LatestForeign(); later {
					return &exitError{code: 1, msg: l10n(a.lang,
						fmt.Sprintf("--gap: %s %s の外部の質問票（CAIQ・HECVAT）は基準日 %s より後に回答・取り込みされたもので、基準日の時点では記録がありません。--as-of を取り込み後の日付にしてください", kind.Label("ja"), o.entry, asOf),
						fmt.Sprintf("--gap: the foreign questionnaire (CAIQ, HECVAT) of %s %s was answered or imported after the as-of date %s: none was recorded by then. Give an --as-of on or after the import", kind, o.entry, asOf))}
				}
				return &exitError{code: 1, msg: l10n(a.lang,
					fmt.Sprintf("--gap: %s %s には外部の質問票（CAIQ・HECVAT）の取り込みの記録がありません。先に riskregister import --entry %s で取り込んでください", kind.Label("ja"), o.entry, o.entry),
					fmt.Sprintf("--gap: %s %s has no foreign questionnaire (CAIQ, HECVAT) recorded: import one first with riskregister import --entry %s", kind, o.entry, o.entry))}
			}
			answered := rec.Received()
			q.Only, q.Gap = []string{}, rec.Questionnaire
			for _, qq := range xlsx.QuestionsFor(reqs, kind) {
				if !slices.Contains(answered, qq.ID) {
					q.Only = append(q.Only, qq.ID)
				}
			}
			if len(q.Only) == 0 {
				fmt.Fprintln(a.stdout, l10n(a.lang,
					fmt.Sprintf("%s（%s %s）で当方の質問にすべて回答があります。尋ねる質問はありません（何も書き出していません）", rec.Questionnaire, rec.On, rec.Source),
					fmt.Sprintf("%s (%s %s) answered every question of ours: nothing to ask, nothing written", rec.Questionnaire, rec.On, rec.Source)))
				return nil
			}
			base := q.Purpose
			if base.Ja == "" {
				base = xlsx.DefaultPurpose
			}
			q.Purpose = riskassess.T(base.Ja+"ご提出の "+rec.Questionnaire+"（"+rec.Source+"）で確認できなかった質問だけをお尋ねします。",
				cmp.Or(base.En, base.Ja)+" We ask only what your "+rec.Questionnaire+" ("+rec.Source+") did not answer.")
		}
	}
	if err := a.keepFilledIn(o.out, reg, reqs, asOf); err != nil {
		return err
	}
	if err := q.WriteFile(o.out); err != nil {
		return &exitError{code: 1, msg: a.writeText(o.out, err)}
	}
	n := len(q.Rows())
	if a.lang == "en" {
		fmt.Fprintf(a.stdout, "wrote %s: %d questions for %s\n", o.out, n, describeTarget(kind, o.entry, "en"))
	} else {
		fmt.Fprintf(a.stdout, "%s を作成しました：%s向けの質問 %d 問\n", o.out, describeTarget(kind, o.entry, "ja"), n)
	}
	return nil
}

func describeTarget(k riskassess.Kind, id string, lang riskassess.Lang) string {
	if id == "" {
		return k.Label(lang)
	}
	if lang == "en" {
		return string(k) + " " + id
	}
	return k.Label("ja") + " " + id + " "
}

// selfCheckYear returns the fiscal year of the self-check: --fiscal-year
// in any form parseFiscalYearFlag reads (2026, R8, 令和8年度, FY2026), or
// the fiscal year of asOf when the flag is not given.
func (o questionnaireOptions) selfCheckYear(asOf riskassess.Date) (int, error) {
	if o.fiscalYear == "" {
		return int(riskassess.FiscalYearOf(asOf)), nil
	}
	fy, err := parseFiscalYearFlag(o.fiscalYear)
	return int(fy), err
}

// runSelfCheck writes the self-check (自己点検) workbook of one entry.
func (a *app) runSelfCheck(o questionnaireOptions, kind riskassess.Kind, asOf riskassess.Date, reg *riskassess.Register, reqs []riskassess.Requirement) error {
	if o.entry == "" {
		return badUsage("--entry: 自己点検票の対象を --entry（1件、--kind と）、--section（課）、--all（議会全体）のいずれかで指定してください", "--entry: name what the self-check is for: --entry (one entry, with --kind), --section (a section) or --all (the whole council)")
	}
	if o.deadline != "" || o.returnTo != "" {
		return badUsage("--deadline, --return-to: 事業者向け確認票の項目です。自己点検票では使えません", "--deadline, --return-to: these are for the vendor questionnaire, not the self-check")
	}
	fy, err := o.selfCheckYear(asOf)
	if err != nil {
		return err
	}
	e := reg.Entry(kind, o.entry)
	if e == nil {
		return badUsage(fmt.Sprintf("--entry: %sに ID %q のエントリはありません", kind.Label("ja"), o.entry),
			fmt.Sprintf("--entry: no %s with id %q in the register", kind, o.entry))
	}
	section := riskassess.T(e.Base().Owner.Section, e.Base().Owner.Section)
	if s := reg.Org.Section(e.Base().Owner.Section); s != nil && s.Name.Ja != "" {
		section = s.Name
	}
	q := &xlsx.Questionnaire{Kind: kind, Entry: e, Register: reg, AsOf: asOf, Requirements: reqs, CatalogueVersion: catalog.Version,
		Lang: a.lang, Org: reg.Org.Name, By: riskassess.AttestCouncil, FiscalYear: fy, Section: section, Dates: o.style(reg)}
	if err := a.keepFilledIn(o.out, reg, reqs, asOf); err != nil {
		return err
	}
	if err := q.WriteFile(o.out); err != nil {
		return &exitError{code: 1, msg: a.writeText(o.out, err)}
	}
	n := len(q.Rows())
	if a.lang == "en" {
		fmt.Fprintf(a.stdout, "wrote %s: self-check of %s, FY%d: %d questions\n", o.out, describeTarget(kind, o.entry, "en"), fy, n)
	} else {
		fmt.Fprintf(a.stdout, "%s を作成しました：%sの自己点検（%d年度） %d 問\n", o.out, describeTarget(kind, o.entry, "ja"), fy, n)
	}
	return nil
}

// runSelfCheckBook writes the self-check (自己点検) workbook of a section
// (--section) or of the whole council (--all).
func (a *app) runSelfCheckBook(o questionnaireOptions) error {
	switch {
	case !o.selfCheck:
		return badUsage("--section, --all: 自己点検票（--self-check）の指定です", "--section and --all are for the self-check workbook (--self-check)")
	case o.section != "" && o.all:
		return badUsage("--section, --all: どちらか一方を指定してください", "--section, --all: pass --section or --all, not both")
	case o.entry != "" || o.kind != "":
		return badUsage("--entry, --kind: 課・議会全体の自己点検票は全種別のエントリを載せます。--entry・--kind は1件の自己点検票に使います", "--entry, --kind: a section's or the council's self-check lists entries of every kind: --entry and --kind are for the self-check of one entry")
	case o.deadline != "" || o.returnTo != "":
		return badUsage("--deadline, --return-to: 事業者向け確認票の項目です。自己点検票では使えません", "--deadline, --return-to: these are for the vendor questionnaire, not the self-check")
	case o.gap:
		return badUsage("--gap: 事業者向け確認票の指定です。自己点検票（--self-check）では使えません", "--gap is for the vendor questionnaire, not the self-check")
	case o.out == "":
		return badUsage("-o: 出力ファイルを指定してください", "-o FILE.xlsx is required")
	case !strings.EqualFold(filepath.Ext(o.out), ".xlsx"):
		return badUsage(fmt.Sprintf("-o %s: 自己点検票は Excel ブックです。名前を .xlsx で終えてください", o.out), fmt.Sprintf("-o %s: the self-check is an Excel workbook: name it .xlsx", o.out))
	}
	asOf, err := parseAsOf(o.asOf)
	if err != nil {
		return err
	}
	fy, err := o.selfCheckYear(asOf)
	if err != nil {
		return err
	}
	reg, reqs, err := a.loadRegister(o.dir)
	if err != nil {
		return err
	}
	in := func(riskassess.Entry) bool { return true }
	var name riskassess.Text
	if o.section != "" {
		s := reg.Org.Section(o.section)
		if s == nil {
			var ids []string
			for _, s := range reg.Org.Sections {
				ids = append(ids, s.ID)
			}
			return badUsage(fmt.Sprintf("--section: register.yaml に課 %q はありません（あるのは %s）", o.section, strings.Join(ids, ", ")),
				fmt.Sprintf("--section: no section %q in register.yaml (there are %s)", o.section, strings.Join(ids, ", ")))
		}
		name = s.Name
		in = func(e riskassess.Entry) bool { return e.Base().Owner.Section == o.section }
	}
	var entries []riskassess.Entry
	for _, e := range reg.Entries() {
		if in(e) && !riskassess.RecordOn(e, asOf) {
			entries = append(entries, e)
		}
	}
	if len(entries) == 0 && o.section == "" {
		return failure("台帳にエントリ（却下・廃止を除く）がありません。自己点検票は作りませんでした",
			"the register has no entry (rejected and retired left out): no self-check written")
	}
	if len(entries) == 0 {
		return failure(fmt.Sprintf("課 %s が所管するエントリ（却下・廃止を除く）はありません。自己点検票は作りませんでした", o.section),
			fmt.Sprintf("section %s owns no entry (rejected and retired left out): no self-check written", o.section))
	}
	as, err := a.assessRegister(reg, reqs, asOf)
	if err != nil {
		return err
	}
	var scope func(riskassess.Entry) bool
	if o.section != "" {
		scope = in
	}
	b := &xlsx.SelfCheckBook{Register: reg, Entries: entries, Requirements: reqs, CatalogueVersion: catalog.Version, AsOf: asOf,
		Lang: a.lang, Section: o.section, SectionName: name, FiscalYear: fy, Council: report.CouncilItems(reg, as, asOf, scope)}
	if err := a.keepFilledIn(o.out, reg, reqs, asOf); err != nil {
		return err
	}
	if err := b.WriteFile(o.out); err != nil {
		return &exitError{code: 1, msg: a.writeText(o.out, err)}
	}
	target := riskassess.T("議会全体", "the whole council")
	if o.section != "" {
		target = riskassess.T(name.Ja+"（"+o.section+"）", name.In("en")+" ("+o.section+")")
	}
	notMet := 0
	for _, it := range b.Council {
		if it.Outcome == riskassess.OutcomeNotMet {
			notMet++
		}
	}
	fmt.Fprintln(a.stdout, l10n(a.lang,
		fmt.Sprintf("%s を作成しました：%sの自己点検（%d年度） エントリ %d 件、質問 %d 問、議会全体の点検項目 %d 項目（不適合 %d）",
			o.out, target.Ja, fy, len(entries), b.Questions(), len(b.Council), notMet),
		fmt.Sprintf("wrote %s: self-check of %s, FY%d: %d entries, %d questions, %d council-wide items (%d not met)",
			o.out, target.En, fy, len(entries), b.Questions(), len(b.Council), notMet)))
	return nil
}

// style returns the date style of the workbook's cover: --dates, else the
// register's date_style (a bad --dates was refused before the register was
// read).
func (o questionnaireOptions) style(reg *riskassess.Register) riskassess.DateStyle {
	return dateStyle(riskassess.DateStyle(o.dates), reg)
}

// keepFilledIn refuses (exit 2) to write a new questionnaire over path
// when path holds a workbook that was filled in: one whose cover names a
// respondent or checker, their contact or position, or a date (回答者・
// 連絡先・回答日, 点検者・所属・職名・点検日), or one with an answer or a
// comment typed in its questions (xlsx.Result.Typed: anything other than
// what it was pre-filled with, as its _meta records, or, in a workbook
// made before it recorded that, from reg as of asOf). A reply saved under
// the name its questionnaire was made with was replaced by a blank
// questionnaire, and the answers not yet imported were lost. A workbook
// with a blank cover and its answers blank or as pre-filled (one made and
// not yet sent), a file that is no workbook and a path that does not
// exist are written as before.
func (a *app) keepFilledIn(path string, reg *riskassess.Register, reqs []riskassess.Requirement, asOf riskassess.Date) error {
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	res, err := xlsx.ReadFile(path, xlsx.ReadOptions{Requirements: reqs, Register: reg, AsOf: asOf, CatalogueVersion: catalog.Version})
	if err != nil || res == nil {
		return nil
	}
	r := res.Respondent
	if strings.TrimSpace(r.Person) == "" && strings.TrimSpace(r.Contact) == "" && r.Date.IsZero() {
		it := res.Typed()
		if it == nil {
			return nil
		}
		where := cmp.Or(it.Cell, it.ID)
		return badUsage(
			fmt.Sprintf("-o %s: 回答・コメントが記入された確認票（%s の行、%s）があるため上書きしません。返送された回答なら riskregister import で取り込み、新しい確認票は別のファイル名（-o）で作成してください", path, where, it.ID),
			fmt.Sprintf("-o %s: the workbook holds a typed answer or comment (row of %s, %s) and is not overwritten: if it is a reply, import it with riskregister import; write the new questionnaire under another name (-o)", path, where, it.ID))
	}
	who := cmp.Or(strings.TrimSpace(r.Person), strings.TrimSpace(r.Contact))
	if !r.Date.IsZero() {
		who = strings.TrimSpace(who + " " + r.Date.String())
	}
	return badUsage(
		fmt.Sprintf("-o %s: 記入済みの確認票（表紙の記入: %s）があるため上書きしません。回答は riskregister import で取り込み、新しい確認票は別のファイル名で作成してください", path, who),
		fmt.Sprintf("-o %s: the file is a filled-in workbook (on its cover: %s) and is not overwritten: import it with riskregister import and write the new questionnaire under another name", path, who))
}
