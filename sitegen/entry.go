package sitegen

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// entryPage builds the page of entry i: every field of the model, the
// assessment, findings by outcome, questionnaire history, notes and
// evidence. a is its assessment (assessmentOf), nil when not assessed.
func (b *builder) entryPage(i int, e riskassess.Entry, a *riskassess.Assessment) (*entryPage, error) {
	c := e.Base()
	row := b.rows[i]
	root := rootOf(row.Href)
	lang := b.lang
	p := &entryPage{Row: row}
	if alt := c.Name.In(otherLang(lang)); alt != row.Name {
		p.AltName = alt
	}
	L := func(ja, en string) string { return l(lang, ja, en) }
	date := b.dateText

	// The yearly re-evaluation as the review date reads it: last_reviewed,
	// else the council's answer (riskassess.ReevaluationAt); and the yearly
	// tasks as the due items and the catalogue date them: the register
	// field, else the council's answer (riskassess.TaskDatesAt).
	tasks, reeval := riskassess.TasksAt(&b.reg.Org, b.opts.Requirements, e, b.opts.AsOf)
	// Room for the review facts and the file appended below.
	p.Summary = append(make([]fact, 0, 9), []fact{
		{Label: tr(lang, "kind"), Value: row.KindLabel},
		{Label: tr(lang, "id"), Value: c.ID},
		{Label: tr(lang, "section"), Value: b.section(c.Owner.Section)},
		{Label: L("役職", "Position"), Value: b.position(c.Owner.Position)},
		{Label: tr(lang, "person"), Value: b.ownerPerson(e, c.Owner)},
		{Label: L("前回見直し", "Last reviewed"), Value: b.lastReviewedText(c, reeval)},
	}...)
	// The one review date (riskassess.ReviewOf) with its reason; review_due
	// as written appears only inside the reason, so the page cannot show
	// two review dates that disagree.
	if a != nil && !a.Review.Date.IsZero() {
		v := date(a.Review.Date)
		cls := ""
		if a.Review.Overdue {
			v += L("（期限超過）", " (overdue)")
			cls = "overdue"
		}
		p.Summary = append(p.Summary, fact{Label: tr(lang, "nextreview"), Value: v, Class: cls},
			fact{Label: L("見直し日の根拠", "Why this date"), Value: a.Review.Reason.In(lang)})
	} else if !riskassess.RecordOn(e, b.opts.AsOf) && (a == nil || riskassess.RecordFrom(e, a.AsOf).IsZero()) {
		// Not assessed. An assessed entry retired ahead before its
		// review falls due (riskassess.RecordFrom) has no review to
		// come, as a record has none.
		p.Summary = append(p.Summary, fact{Label: L("見直し期限（台帳の記載、未評価）", "Review due (as written, not assessed)"), Value: date(c.ReviewDue)})
	}
	p.Summary = append(p.Summary, fact{Label: L("台帳ファイル", "Register file"), Value: c.Source, Code: true})

	// Approval: the decision in force on the as-of date, whose status the
	// row shows (approvalOn), with its own approver, date, expiry and
	// conditions - not those of a decision taken after it (a history
	// record has no expiry or conditions). Undecided then: none, and the
	// later decision is named below.
	ap := c.Approval
	if in, undecided := approvalOn(ap, b.opts.AsOf); undecided {
		ap = in
	} else {
		ap.Approver, ap.DecidedOn, ap.ValidUntil, ap.Conditions = in.Approver, in.DecidedOn, in.ValidUntil, in.Conditions
	}
	appr := detailSection{ID: "approval", Title: tr(lang, "entry.approval"), Facts: []fact{
		{Label: tr(lang, "status"), Value: row.Status, Class: row.StatusClass},
		{Label: tr(lang, "approver"), Value: b.position(ap.Approver)},
		{Label: L("決定日", "Decided on"), Value: date(ap.DecidedOn)},
		{Label: L("有効期限", "Valid until"), Value: date(ap.ValidUntil)},
		{Label: L("承認の条件", "Conditions"), List: ap.Conditions},
	}}
	if later := recordedOn(c.Approval); b.afterAsOf(later) {
		appr.Facts = append(appr.Facts, fact{Label: L("基準日より後の決定", "Decided after the date"),
			Value: c.Approval.Status.Label(lang) + " " + b.iso(later)})
	}
	if t, ok := b.routeTable(e, a); ok {
		appr.Tables = append(appr.Tables, t)
	}
	if len(c.Approval.History) > 0 {
		t := tableView{Caption: tr(lang, "entry.approvalhistory"), Head: []string{tr(lang, "date"), tr(lang, "status"), tr(lang, "approver"), tr(lang, "note")}}
		h := slices.Clone(c.Approval.History)
		slices.SortStableFunc(h, func(x, y riskassess.DecisionRecord) int { return y.On.Compare(x.On) })
		for _, d := range h {
			t.Rows = append(t.Rows, []cellView{b.logDate(d.On), {Text: d.Status.Label(lang), Class: "badge status-" + string(d.Status)}, {Text: b.position(d.Approver)}, {Text: d.Note}})
		}
		appr.Tables = append(appr.Tables, t)
	}

	tasks = append(tasks, reeval)
	var kindSecs []detailSection
	switch x := e.(type) {
	case *riskassess.Contractor:
		kindSecs = b.contractorSections(x, root, tasks)
	case *riskassess.Service:
		kindSecs = b.serviceSections(x, root, tasks)
	case *riskassess.Social:
		kindSecs = b.socialSections(x, root, tasks)
	}
	// The approval comes first: with the assessment it is what a reviewer
	// reads; the kind's details follow the findings.
	p.Sections = append([]detailSection{appr}, kindSecs...)

	// Assessment.
	if a != nil && a.Residual != "" {
		p.Assessed = true
		var factors, conds, blockers []string
		for _, t := range a.InherentFactors {
			factors = append(factors, t.In(lang))
		}
		// A condition that only repeats a finding's remediation
		// ("OUT-10: …") links to the finding, named by its title (people
		// read titles, not requirement ids), instead of repeating it.
		failing := func(id string) *riskassess.Finding {
			for i := range a.Findings {
				if f := &a.Findings[i]; f.Requirement == id && f.Outcome != riskassess.OutcomeMet && f.Outcome != riskassess.OutcomeNotApplicable {
					return f
				}
			}
			return nil
		}
		var condLinks []linkView
		for _, t := range a.Conditions {
			c := t.In(lang)
			if id, rest, ok := strings.Cut(c, ": "); ok {
				if f := failing(id); f != nil && f.Remediation.In(lang) != "" && f.Remediation.In(lang) == rest {
					condLinks = append(condLinks, linkView{Text: cmp.Or(f.Title.In(lang), id), Href: "#" + findingAnchor(id)})
					continue
				}
			}
			conds = append(conds, c)
		}
		for _, bl := range a.Blockers {
			blockers = append(blockers, bl.Message.In(lang))
		}
		counts := []string{}
		for _, o := range outcomesInOrder {
			counts = append(counts, b.outcomeLabel(o)+" "+strconv.Itoa(a.Counts.Of(o)))
		}
		p.Assessment = []fact{
			{Label: tr(lang, "inherent"), Value: a.Inherent.Label(lang) + " (" + strconv.Itoa(a.InherentScore) + ")", Class: "risk-" + string(a.Inherent)},
			{Label: L("固有リスクの要因", "Inherent risk factors"), List: factors},
			{Label: tr(lang, "score"), Value: row.Score},
			{Label: tr(lang, "residual"), Value: row.Residual, Class: row.ResidualClass},
			{Label: tr(lang, "decision"), Value: row.Decision, Class: row.DecisionClass},
		}
		switch {
		case row.Record:
			// A rejected or retired entry is a record: nothing to decide.
			p.Assessment[len(p.Assessment)-1] = fact{Label: tr(lang, "decision"), Value: tr(lang, "record"), Class: "decision-record"}
		case len(conds) > 0 || len(condLinks) == 0:
			p.Assessment = append(p.Assessment, fact{Label: L("条件", "Conditions"), List: conds})
			if len(condLinks) > 0 {
				p.Assessment = append(p.Assessment, fact{Label: L("条件（各要件の是正措置）", "Conditions (remediation of these findings)"), Links: condLinks})
			}
		default:
			p.Assessment = append(p.Assessment, fact{Label: L("条件（各要件の是正措置）", "Conditions (remediation of these findings)"), Links: condLinks})
		}
		p.Assessment = append(p.Assessment,
			fact{Label: L("阻止要因", "Blockers"), List: blockers},
			fact{Label: L("結果の内訳", "Outcome counts"), Value: strings.Join(counts, " / ")},
			fact{Label: L("評価基準日", "Assessed as of"), Value: date(a.AsOf)},
		)
		// One array for every finding, in runs by outcome (sized first:
		// forty or so findings per entry, ten thousand entries).
		start := make([]int, len(outcomesInOrder)+1)
		for i := range a.Findings {
			if r := outcomeRank(a.Findings[i].Outcome); r < len(outcomesInOrder) {
				start[r+1]++
			}
		}
		for i := 1; i < len(start); i++ {
			start[i] += start[i-1]
		}
		all := p.findingsArray(start[len(outcomesInOrder)])
		next := slices.Clone(start)
		for i := range a.Findings {
			f := &a.Findings[i]
			r := outcomeRank(f.Outcome)
			if r == len(outcomesInOrder) {
				continue // not an outcome of the model: not shown
			}
			all[next[r]] = findingView{
				Requirement: f.Requirement,
				Title:       f.Title.In(lang), Severity: b.sevLabel(f.Severity), Clause: f.Clause, Evidence: f.Evidence,
				Message: f.Message.In(lang), Remediation: f.Remediation.In(lang), Due: date(f.Due()),
				Provenance: provenanceText(f, lang), Conflict: conflictIn(f, lang),
				Answered: answered(f),
			}
			next[r]++
		}
		for r, o := range outcomesInOrder {
			if fs := all[start[r]:start[r+1]:start[r+1]]; len(fs) > 0 {
				slices.SortStableFunc(fs, func(x, y findingView) int { return strings.Compare(x.Requirement, y.Requirement) })
				p.Groups = append(p.Groups, findingGroup{Outcome: b.outcomeLabel(o), Class: "outcome-" + string(o), Findings: fs,
					Brief: o == riskassess.OutcomeMet || o == riskassess.OutcomeNotApplicable})
			}
		}
		p.Due = b.dueRows(a.Due, nil)
		b.sortDue(p.Due)
	}

	if a != nil {
		p.Next = b.nextView(e, a)
	}

	// Current answers: as they stood on the site's date, as the findings
	// count them (an answer imported with a later 回答日 is not shown).
	question := func(id string) string { return cmp.Or(b.qtext[id], id) }
	ac := c.AnswersOn(b.opts.AsOf)
	given := ac.AnswerDates()
	p.Answers = tableView{Caption: tr(lang, "entry.answers"), Head: []string{L("質問", "Question"), L("回答", "Answer"), L("回答日", "Given on"), L("補足", "Comment"), L("セル", "Cell")}}
	p.Answers.reserveFrom(p.scratchArrays(), len(ac.Answers))
	for _, id := range sortedKeys(ac.Answers) {
		ans := ac.Answers[id]
		value := b.answerValue(ans.Value)
		if td := overruledBy(tasks, id); td != nil {
			// The register field wins over the answer (LastDone): say
			// which date is used, so that the answer is not read as it.
			value += L("（使われていません。台帳の "+td.Field+" "+b.iso(td.Date)+" を使用）",
				" (not used: the register's "+td.Field+" "+b.iso(td.Date)+" is)")
		}
		if _, outdated := riskassess.AnswerOutdated(entryAsOf{e, ac}, b.questions[id]); outdated {
			// The finding says 未回答 (the question changed since): the
			// answer shown next to today's text is not the one counted.
			value += L("（変わる前の質問文への回答。判定に使わない）", " (answer to an earlier wording of the question: not counted)")
		}
		p.Answers.addRow(cellView{Text: question(id)}, cellView{Text: value}, cellView{Text: date(given[id])}, cellView{Text: ans.Comment}, cellView{Text: ans.Cell})
	}

	// The answers the latest questionnaire changed.
	p.Changes = tableView{Caption: tr(lang, "entry.changes"), Head: []string{L("質問", "Question"), L("前の回答", "Old answer"), L("回答日", "Given on"), L("新しい回答", "New answer"), L("回答日", "Given on")}}
	for _, ch := range ac.LatestChanges() {
		old, new := b.answerValue(ch.From), b.answerValue(ch.To)
		if ch.ToComment != nil {
			old = joinNonEmpty(" / ", old, *ch.FromComment)
			new = joinNonEmpty(" / ", new, *ch.ToComment)
		}
		p.Changes.Rows = append(p.Changes.Rows, []cellView{{Text: question(ch.Question)}, {Text: old}, {Text: date(ch.FromOn)}, {Text: new}, {Text: date(ch.ToOn)}})
	}

	// Evidence of the latest foreign questionnaire as of the as-of date: not scored.
	if rec, ok := ac.LatestForeign(); ok {
		p.Foreign = tableView{Caption: tr(lang, "entry.foreign") + "（" + rec.Questionnaire + "、" + b.iso(rec.On) + " " + rec.Source + "）",
			Head: []string{L("要件", "Requirement"), L("外部の質問", "Foreign question"), L("回答", "Answer"), L("対応の強さ", "Strength"), L("説明", "Description")}}
		if lang == "en" {
			p.Foreign.Caption = tr(lang, "entry.foreign") + " (" + rec.Questionnaire + ", " + b.iso(rec.On) + " " + rec.Source + ")"
		}
		for _, ev := range rec.Evidence {
			p.Foreign.Rows = append(p.Foreign.Rows, []cellView{{Text: ev.Requirement}, {Text: ev.Question}, {Text: ev.Answer},
				{Text: ev.Strength.Label(lang)}, {Text: ev.Comment}})
		}
	}

	// Review log, newest first: what each review concluded and the risk
	// the reviewer saw then (riskassess.ReviewRecord).
	p.Reviews = tableView{Caption: tr(lang, "entry.reviews"), Head: []string{L("見直し日", "Reviewed on"), L("結果", "Outcome"),
		L("見直した人", "Reviewer"), L("理由", "Reason"), L("その時点の残留リスク", "Residual risk then"), L("その時点の推奨判断", "Decision then")}}
	revs := slices.Clone(c.Reviews)
	slices.Reverse(revs)
	slices.SortStableFunc(revs, func(x, y riskassess.ReviewRecord) int { return y.On.Compare(x.On) })
	for _, r := range revs {
		p.Reviews.Rows = append(p.Reviews.Rows, []cellView{b.logDate(r.On), {Text: r.Outcome.Label(lang)},
			{Text: joinNonEmpty(" ", b.position(r.Position), b.person(r.Person))}, {Text: r.Reason},
			{Text: r.Residual.Label(lang), Class: "badge risk-" + string(r.Residual)}, {Text: r.Decision.Label(lang)}})
	}

	// Questionnaire rounds, newest first: when each was sent, its reply
	// deadline and when it came back; an open round past its deadline is
	// marked overdue as `riskregister due` lists it (riskassess.DueReply).
	p.Rounds = tableView{Caption: tr(lang, "entry.rounds"), Head: []string{L("回", "Round"), L("送付日", "Sent on"),
		L("回答期限", "Reply due"), L("返送日", "Returned on"), L("取込日", "Imported on")}}
	rounds := slices.Clone(c.Rounds)
	slices.Reverse(rounds)
	slices.SortStableFunc(rounds, func(x, y riskassess.RoundRecord) int { return y.SentOn.Compare(x.SentOn) })
	for _, r := range rounds {
		due := cellView{Text: date(r.ReplyDue)}
		if r.OpenOn(b.opts.AsOf) && c.SupersededOn(r, b.opts.AsOf) == nil && !r.ReplyDue.IsZero() && r.ReplyDue.Before(b.opts.AsOf) {
			due = cellView{Text: due.Text + L("（期限超過）", " (overdue)"), Class: "badge overdue"}
		}
		p.Rounds.Rows = append(p.Rounds.Rows, []cellView{{Text: r.Name}, b.logDate(r.SentOn), due,
			{Text: date(r.ReturnedOn)}, {Text: date(r.ImportedOn)}})
	}

	// Questionnaire history, newest first.
	p.History = tableView{Caption: tr(lang, "entry.history"), Head: []string{L("取込日", "Imported on"), L("ファイル", "File"), "SHA-256", L("要件カタログ版", "Catalogue version"), L("回答者", "Respondent"), L("回答数", "Answers")}}
	hist := slices.Clone(c.Assessments)
	slices.Reverse(hist)
	slices.SortStableFunc(hist, func(x, y riskassess.AssessmentRecord) int { return y.On.Compare(x.On) })
	for _, h := range hist {
		resp := joinNonEmpty(" / ", h.Respondent.Company, h.Respondent.CorporateNumber, h.Respondent.Person, h.Respondent.Contact, date(h.Respondent.Date))
		sha := h.SHA256
		if len(sha) > 12 {
			sha = sha[:12] + "…"
		}
		p.History.Rows = append(p.History.Rows, []cellView{b.logDate(h.On), {Text: h.Source}, {Text: sha}, {Text: h.CatalogueVersion}, {Text: resp}, {Text: strconv.Itoa(len(h.Received()))}})
	}

	notes, err := b.notes.render(c.Notes, cmp.Or(c.Source, string(e.Kind())+"/"+c.ID))
	if err != nil {
		return nil, err
	}
	p.Notes = notes
	for _, ev := range c.Evidence {
		title := ev.Title
		if b.afterAsOf(ev.On) { // a document dated after the as-of date did not exist on it
			title += l(b.lang, "（"+b.iso(ev.On)+"付け、基準日より後）", " (dated "+b.iso(ev.On)+", after the as-of date)")
		}
		p.Evidence = append(p.Evidence, makeLink(title, ev.URL, root))
	}
	return p, nil
}

// doneFact is a fact giving the date something was last done (last
// confirmation or on-site check, password change, terms check, last post):
// one dated after the as-of date had not been done on the date the site
// shows, as the requirements judge it, and says so, as the logs do
// (logDate).
func (b *builder) doneFact(label string, d riskassess.Date) fact {
	if b.afterAsOf(d) {
		return fact{Label: label, Value: b.iso(d) + afterAsOfNote(b.lang)}
	}
	return fact{Label: label, Value: b.iso(d)}
}

// ownerPerson is the person an owner (or a social account's responsible)
// names, marked when they did not hold the post on the as-of date
// (report.PersonMark, as the exports mark them). A person named without a
// post (operator, custodian, service manager) is given as an Owner with
// the section Assignments judges them by. The page's actions name the
// holder then, so an unmarked name read as the one in charge on that date.
func (b *builder) ownerPerson(e riskassess.Entry, ow riskassess.Owner) string {
	return b.person(ow.Person) + report.PersonMark(&b.reg.Org, e, ow, b.opts.AsOf, b.lang)
}

// taskFact is doneFact for a yearly task whose register field (field,
// holding recorded) a council's answer can stand in for: the date the
// due items and the catalogue use (tasks, riskassess.TaskDatesAt), and,
// when it is the answer's, which answer and where it came from.
func (b *builder) taskFact(label string, recorded riskassess.Date, tasks []riskassess.TaskDate, field string) fact {
	i := slices.IndexFunc(tasks, func(t riskassess.TaskDate) bool { return t.Field == field })
	if i < 0 || !tasks[i].FromAnswer {
		return b.doneFact(label, recorded)
	}
	td := &tasks[i]
	f := b.doneFact(label, td.Date)
	id := strings.TrimPrefix(td.Answer, "answers.")
	src := td.Source.Text().In(b.lang)
	f.Value += l(b.lang, "（台帳に記録なし。回答 "+id+" による: "+src+"）", " (not in the register: from answer "+id+", "+src+")")
	return f
}

// overruledBy returns the task of tasks whose answer to question id the
// register field overrules (riskassess.TaskDate.Overruled), nil if none.
// entryAsOf is an entry whose common fields are c (its answers as they
// stood on a date, Common.AnswersOn).
type entryAsOf struct {
	riskassess.Entry
	c *riskassess.Common
}

func (e entryAsOf) Base() *riskassess.Common { return e.c }

func overruledBy(tasks []riskassess.TaskDate, id string) *riskassess.TaskDate {
	for i := range tasks {
		if tasks[i].Overruled && tasks[i].Answer == "answers."+id {
			return &tasks[i]
		}
	}
	return nil
}

// doneCell is a table cell giving the date a record of the entry
// happened (a report received, an incident, its report and closing, a
// corrective action closed, a subcontractor approved, data returned): one
// dated after the as-of date had not happened on the date the site shows,
// and says so, as the logs do (logDate).
func (b *builder) doneCell(d riskassess.Date) cellView {
	if b.afterAsOf(d) {
		return cellView{Text: b.iso(d) + afterAsOfNote(b.lang), Class: "muted"}
	}
	return cellView{Text: b.iso(d)}
}

// logDate is the date cell of a record in one of an entry page's logs
// (approval history, reviews, rounds, imports): a record dated after the
// as-of date had not happened on the date the site shows, and says so.
func (b *builder) logDate(d riskassess.Date) cellView {
	if b.afterAsOf(d) {
		return cellView{Text: b.dateText(d) + afterAsOfNote(b.lang), Class: "muted"}
	}
	return cellView{Text: b.dateText(d)}
}

// otherLang returns the site's second language: "en" for "ja" and back.
func otherLang(lang riskassess.Lang) riskassess.Lang {
	if lang == "en" {
		return "ja"
	}
	return "en"
}

func reqAnchor(id string) string { return reqAnchorPrefix + id }

// reqAnchorPrefix begins the anchor of every requirement (reqAnchor).
const reqAnchorPrefix = "req-"

// findingAnchor is the id of the first finding of requirement id on an
// entry page.
func findingAnchor(id string) string { return "f-" + id }

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func (b *builder) classText(c riskassess.Classification) string {
	s := b.reg.Org.Scheme()
	name := func(levels []riskassess.Level, v string) string {
		if v == "" {
			return ""
		}
		if lv, ok := riskassess.Lookup(levels, v); ok {
			return lv.Name.In(b.lang)
		}
		return v
	}
	return joinNonEmpty(" / ", name(s.Confidentiality, c.Confidentiality), name(s.Integrity, c.Integrity), name(s.Availability, c.Availability))
}

func (b *builder) segments(ss []riskassess.Segment) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Label(b.lang))
	}
	return out
}

func (b *builder) certTable(certs []riskassess.Certification) []tableView {
	if len(certs) == 0 {
		return nil
	}
	L := func(ja, en string) string { return l(b.lang, ja, en) }
	t := tableView{Caption: L("認証", "Certifications"), Head: []string{L("種類", "Type"), tr(b.lang, "name"), L("登録番号", "Number"), L("範囲", "Scope"), L("有効期限", "Valid until")}}
	// The date obtained is shown when the register records one: a
	// certificate obtained after the as-of date says so, as the
	// requirements and the due list do not count it on that date.
	obtained := slices.ContainsFunc(certs, func(c riskassess.Certification) bool { return !c.ObtainedOn.IsZero() })
	if obtained {
		t.Head = slices.Insert(t.Head, 4, L("取得日", "Obtained on"))
	}
	for _, c := range certs {
		row := []cellView{{Text: c.Type.Label(b.lang)}, {Text: c.Name}, {Text: c.Number}, {Text: c.Scope}, {Text: b.iso(c.ValidUntil)}}
		if obtained {
			row = slices.Insert(row, 4, b.doneCell(c.ObtainedOn))
		}
		t.Rows = append(t.Rows, row)
	}
	return []tableView{t}
}

func (b *builder) incidentTable(inc []riskassess.Incident) []tableView {
	if len(inc) == 0 {
		return nil
	}
	L := func(ja, en string) string { return l(b.lang, ja, en) }
	t := tableView{Caption: L("インシデント", "Incidents"), Head: []string{L("発生日", "On"), L("概要", "Summary"), L("報告日", "Reported on"), L("終結日", "Closed on")}}
	for _, x := range inc {
		t.Rows = append(t.Rows, []cellView{b.doneCell(x.On), {Text: x.Summary}, b.doneCell(x.ReportedOn), b.doneCell(x.ClosedOn)})
	}
	return []tableView{t}
}

// entryCell links to the registered entry (k, id) when it exists.
func (b *builder) entryCell(k riskassess.Kind, id, name, root string) cellView {
	if id != "" {
		if i := b.index(k, id); i >= 0 {
			return cellView{Text: b.rows[i].Name, Href: root + b.rows[i].Href}
		}
		return cellView{Text: joinNonEmpty(" ", name, "("+id+")")}
	}
	return cellView{Text: name}
}

// corporateNumber is the corporate number of x, marked when it is not
// cross-checked on the as-of date (publiclist.CorporateUnchecked): no
// snapshot by then, or one that did not look for the number. A number
// checked and agreed and one not checked otherwise look alike.
func (b *builder) corporateNumber(x *riskassess.Contractor) string {
	pl := riskassess.ListCorporate
	switch why, sn := publiclist.CorporateUnchecked(b.reg.Lists, x, b.opts.AsOf); why {
	case publiclist.UncheckedNoSnapshot:
		return x.CorporateNumber + b.noSnapshotNote(pl)
	case publiclist.UncheckedNotSearched:
		return x.CorporateNumber + l(b.lang, "（公表リストと未照合: "+sn.Date.String()+"の"+pl.Label("ja")+"のスナップショットではこの番号を検索していない。検索したスナップショットを riskregister lists import "+string(pl)+" で取り込む）",
			" (not cross-checked: not looked for in the snapshot of the "+pl.Label("en")+" of "+sn.Date.String()+"; import a snapshot that searched it with riskregister lists import "+string(pl)+")")
	}
	return x.CorporateNumber
}

// noSnapshotNote is the note of a value not cross-checked because the
// public list pl has no snapshot on or before the as-of date
// (corporateNumber, the ISMAP listing).
func (b *builder) noSnapshotNote(pl riskassess.PublicList) string {
	return l(b.lang, "（公表リストと未照合: 基準日以前の"+pl.Label("ja")+"のスナップショットがない。riskregister lists import "+string(pl)+" で取り込む）",
		" (not cross-checked: no snapshot of the "+pl.Label("en")+" on or before the as-of date; import one with riskregister lists import "+string(pl)+")")
}

func (b *builder) contractorSections(x *riskassess.Contractor, root string, tasks []riskassess.TaskDate) []detailSection {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	sec := detailSection{ID: "contractor", Title: L("事業者", "Contractor"), Facts: []fact{
		{Label: L("商号", "Legal name"), Value: x.LegalName},
		{Label: L("商号（カナ）", "Legal name (kana)"), Value: x.LegalNameKana},
		{Label: L("法人番号", "Corporate number"), Value: b.corporateNumber(x)},
		b.taskFact(L("最終の報告・確認", "Last confirmation"), x.LastConfirmed, tasks, "last_confirmed"),
		b.taskFact(L("最終の実地確認", "Last on-site check"), x.LastOnsiteCheck, tasks, "last_onsite_check"),
	}}
	sec.Tables = append(sec.Tables, b.certTable(x.Certifications)...)

	con := detailSection{ID: "contracts", Title: L("契約", "Contracts")}
	if len(x.Contracts) > 0 {
		t := tableView{Caption: L("契約", "Contracts"), Head: []string{L("契約ID", "Contract"), L("業務範囲", "Scope"), L("開始", "From"), L("終了", "To"), L("ネットワーク", "Segments"), L("データ返却・消去日", "Data returned on")}}
		info := tableView{Caption: L("取り扱う情報", "Information handled"), Head: []string{L("契約ID", "Contract"), L("情報", "Information"), L("格付", "Class"), L("個人情報", "Personal data"), L("マイナンバー", "My Number")}}
		cls := tableView{Caption: L("契約書のセキュリティ条項", "Security clauses in the contract"), Head: []string{L("契約ID", "Contract"), tr(lang, "req"), L("条項", "Article")}}
		sub := tableView{Caption: L("再委託先", "Subcontractors"), Head: []string{L("契約ID", "Contract"), tr(lang, "name"), L("範囲", "Scope"), L("事前承認日", "Approved on")}}
		site := tableView{Caption: L("作業場所", "Work sites"), Head: []string{L("契約ID", "Contract"), L("種類", "Kind"), L("所在地", "Address")}}
		for _, c := range x.Contracts {
			returned := b.doneCell(c.DataReturnedOn)
			if returned.Text == "" && c.RenewedBy != "" {
				returned.Text = L("更新（"+c.RenewedBy+"）", "renewed ("+c.RenewedBy+")")
			}
			t.Rows = append(t.Rows, []cellView{{Text: c.ID}, {Text: c.Scope}, {Text: b.iso(c.From)}, {Text: b.iso(c.To)}, {Text: strings.Join(b.segments(c.Segments), "、")}, returned})
			for _, in := range c.Information {
				info.Rows = append(info.Rows, []cellView{{Text: c.ID}, {Text: in.Description}, {Text: b.classText(in.Class)}, {Text: b.flag(in.PersonalData)}, {Text: b.flag(in.MyNumber)}})
			}
			for _, cl := range c.Clauses {
				// People read the requirement's title; its id stays in the link.
				title := b.rtitle[cl.Requirement]
				if title == "" {
					title = cl.Requirement
				}
				cls.Rows = append(cls.Rows, []cellView{{Text: c.ID}, {Text: title, Href: root + "requirements.html#" + reqAnchor(cl.Requirement)}, {Text: cl.Article}})
			}
			for _, s := range c.Subcontractors {
				approved := b.doneCell(s.ApprovedOn)
				if approved.Text == "" {
					approved.Text = L("未承認", "Not approved")
				}
				sub.Rows = append(sub.Rows, []cellView{{Text: c.ID}, b.entryCell(riskassess.KindContractor, s.Contractor, s.Name, root), {Text: s.Scope}, approved})
			}
			for _, w := range c.WorkSites {
				site.Rows = append(site.Rows, []cellView{{Text: c.ID}, {Text: workSiteLabel(w.Kind, lang)}, {Text: w.Address}})
			}
		}
		con.Tables = append(con.Tables, t)
		for _, tv := range []tableView{info, cls, sub, site} {
			if len(tv.Rows) > 0 {
				con.Tables = append(con.Tables, tv)
			}
		}
	}
	out := []detailSection{sec, con}
	ops := detailSection{ID: "operations", Title: L("報告・インシデント・是正", "Reports, incidents and remediation")}
	if len(x.Reports) > 0 {
		t := tableView{Caption: L("受領した報告", "Reports received"), Head: []string{L("受領日", "On"), L("表題", "Title")}}
		for _, r := range x.Reports {
			t.Rows = append(t.Rows, []cellView{b.doneCell(r.On), {Text: r.Title}})
		}
		ops.Tables = append(ops.Tables, t)
	}
	ops.Tables = append(ops.Tables, b.incidentTable(x.Incidents)...)
	if len(x.Remediation) > 0 {
		// The date raised is shown when the register records one: an
		// action raised after the as-of date says so, as the due list
		// and OUT-35 leave it out on that date.
		raised := slices.ContainsFunc(x.Remediation, func(r riskassess.RemediationItem) bool { return !r.RaisedOn.IsZero() })
		t := tableView{Caption: tr(lang, "remediation"), Head: []string{L("概要", "Summary"), tr(lang, "req"), tr(lang, "due"), L("完了日", "Closed on")}}
		if raised {
			t.Head = slices.Insert(t.Head, 2, L("求めた日", "Raised on"))
		}
		for _, r := range x.Remediation {
			rc := cellView{Text: r.Requirement}
			if r.Requirement != "" {
				rc.Href = root + "requirements.html#" + reqAnchor(r.Requirement)
			}
			row := []cellView{{Text: r.Summary}, rc, {Text: b.iso(r.Due)}, b.doneCell(r.ClosedOn)}
			if raised {
				row = slices.Insert(row, 2, b.doneCell(r.RaisedOn))
			}
			t.Rows = append(t.Rows, row)
		}
		ops.Tables = append(ops.Tables, t)
	}
	if len(ops.Tables) > 0 {
		out = append(out, ops)
	}
	return out
}

// workSiteLabels and answerLabels are the words for work-site kinds and
// normalised answers, in Japanese and English.
var (
	workSiteLabels = map[riskassess.WorkSiteKind][2]string{
		riskassess.SiteOurPremises: {"庁舎内", "Our premises"}, riskassess.SiteVendorPremises: {"受託者の事業所", "Vendor premises"},
		riskassess.SiteRemote: {"リモート保守", "Remote"}, riskassess.SiteDataCentre: {"データセンター", "Data centre"},
	}
	answerLabels = map[string][2]string{"yes": {"はい", "Yes"}, "no": {"いいえ", "No"}, "partial": {"一部", "Partly"}, "na": {"該当なし", "Not applicable"}}
)

func workSiteLabel(k riskassess.WorkSiteKind, lang riskassess.Lang) string {
	if p, ok := workSiteLabels[k]; ok {
		return l(lang, p[0], p[1])
	}
	return string(k)
}

func (b *builder) serviceSections(x *riskassess.Service, root string, tasks []riskassess.TaskDate) []detailSection {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	prov := b.entryCell(riskassess.KindContractor, x.Provider.Contractor, x.Provider.Name, root)
	provFact := fact{Label: L("提供者", "Provider"), Value: prov.Text}
	if prov.Href != "" {
		provFact = fact{Label: provFact.Label, Links: []linkView{{Text: prov.Text, Href: prov.Href}}}
	}
	var locs []string
	for _, d := range x.DataLocations {
		locs = append(locs, joinNonEmpty(" ", d.Country, d.Region))
	}
	sec := detailSection{ID: "service", Title: L("サービス", "Service"), Facts: []fact{
		provFact,
		{Label: L("契約形態", "Contract type"), Value: x.ContractType.Label(lang)},
		{Label: L("提供形態", "Delivery"), Value: x.Delivery.Label(lang)},
		{Label: L("利用するネットワーク", "Segments"), List: b.segments(x.Segments)},
		{Label: L("取り扱う情報の格付", "Information class"), Value: b.classText(x.Class)},
		{Label: L("個人情報", "Personal data"), Value: b.flag(x.PersonalData)},
		{Label: L("マイナンバー", "My Number"), Value: b.flag(x.MyNumber)},
		{Label: tr(lang, "purpose"), Value: x.Purpose},
		{Label: L("認められた用途", "Permitted uses"), List: x.PermittedUses},
		{Label: L("外部サービス管理者", "Service manager"), Value: b.ownerPerson(x, riskassess.Owner{Section: x.Owner.Section, Person: x.Manager})},
		{Label: L("契約終了日", "Contract end"), Value: b.iso(x.ContractEnd)},
		b.taskFact(L("利用規約の確認日", "Terms checked on"), x.TermsCheckedOn, tasks, "terms_checked_on"),
		{Label: L("データの保管場所", "Data locations"), List: locs},
		{Label: L("準拠法", "Governing law"), Value: x.GoverningLaw},
		{Label: L("管轄裁判所", "Court"), Value: x.Court},
	}}
	if x.ISMAP != nil {
		list := map[riskassess.ISMAPList]string{riskassess.ISMAPFull: "ISMAP", riskassess.ISMAPLIU: "ISMAP-LIU"}[x.ISMAP.List]
		if list == "" {
			list = string(x.ISMAP.List)
		}
		listing := list + " " + x.ISMAP.Number
		if pl, unchecked := publiclist.ISMAPUnchecked(b.reg.Lists, x, b.opts.AsOf); unchecked {
			// Checked and unchecked listings otherwise look alike.
			listing += b.noSnapshotNote(pl)
		}
		sec.Facts = append(sec.Facts,
			fact{Label: L("ISMAP登録", "ISMAP listing"), Value: listing},
			fact{Label: L("ISMAP有効期限", "ISMAP valid until"), Value: b.iso(x.ISMAP.ValidUntil)},
			fact{Label: L("利用機能が登録範囲内", "Functions in scope"), Value: b.yesNo(x.ISMAP.FunctionsInScope)})
	}
	if x.SLA != nil {
		f := fact{Label: "SLA", Value: joinNonEmpty(" / ", fmtAvail(x.SLA.Availability), x.SLA.Support)}
		if x.SLA.URL != "" {
			f.Links = []linkView{makeLink(joinNonEmpty(" / ", fmtAvail(x.SLA.Availability), x.SLA.Support, "SLA"), x.SLA.URL, root)}
		}
		sec.Facts = append(sec.Facts, f)
	}
	if x.Exit != nil {
		sec.Facts = append(sec.Facts,
			fact{Label: L("終了時のデータ返却", "Data returned at exit"), Value: b.yesNo(x.Exit.DataReturn)},
			fact{Label: L("終了時のデータ消去", "Data deleted at exit"), Value: b.yesNo(x.Exit.Deletion)},
			fact{Label: L("返却形式", "Export format"), Value: x.Exit.Format},
			fact{Label: L("消去証明", "Deletion certificate"), Value: b.yesNo(x.Exit.Certificate)})
	}
	if x.Auth != nil {
		sec.Facts = append(sec.Facts,
			fact{Label: L("シングルサインオン", "Single sign-on"), Value: b.yesNo(x.Auth.SSO)},
			fact{Label: L("管理者の多要素認証", "Admin MFA"), Value: b.yesNo(x.Auth.AdminMFA)})
	}
	sec.Tables = append(sec.Tables, b.certTable(x.Certifications)...)
	sec.Tables = append(sec.Tables, b.incidentTable(x.Incidents)...)
	return []detailSection{sec}
}

func fmtAvail(v float64) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + "%"
}

func (b *builder) socialSections(x *riskassess.Social, root string, tasks []riskassess.TaskDate) []detailSection {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	status := x.StatusOn(b.opts.AsOf) // as on the date the site shows
	var ops []string
	staffSec := x.StaffSection() // the line operators and the custodian work in, as report.Assignments judges them
	for _, o := range x.Operators {
		ops = append(ops, b.ownerPerson(x, riskassess.Owner{Section: staffSec, Person: o}))
	}
	linkFact := func(label, raw string) fact {
		if raw == "" {
			return fact{Label: label}
		}
		return fact{Label: label, Links: []linkView{makeLink("", raw, root)}}
	}
	sec := detailSection{ID: "account", Title: L("アカウント", "Account"), Facts: []fact{
		{Label: tr(lang, "platform"), Value: x.Platform.Label(lang)},
		{Label: tr(lang, "handle"), Value: x.Platform.Handle(x.Handle)},
		linkFact("URL", x.URL),
		{Label: tr(lang, "accountstatus"), Value: status.Label(lang), Class: "account-" + string(status)},
		linkFact(tr(lang, "notice"), x.NoticeURL),
		{Label: tr(lang, "purpose"), Value: x.Purpose},
		{Label: L("責任者の所管課", "Responsible section"), Value: b.section(x.Responsible.Section)},
		{Label: L("責任者の役職", "Responsible position"), Value: b.position(x.Responsible.Position)},
		{Label: L("責任者", "Responsible person"), Value: b.ownerPerson(x, x.Responsible)},
		{Label: L("投稿担当者", "Operators"), List: ops},
		{Label: L("多要素認証", "MFA"), Value: b.yesNo(x.MFA)},
		{Label: L("パスワード管理者", "Credential custodian"), Value: b.ownerPerson(x, riskassess.Owner{Section: staffSec, Person: x.CredentialCustodian})},
		b.taskFact(L("パスワード変更日", "Password changed on"), x.PasswordChangedOn, tasks, "password_changed_on"),
		{Label: L("プロフィールに運営者を明記", "Profile names operator"), Value: b.yesNo(x.ProfileNamesOperator)},
		linkFact(L("掲載ページ", "Listed on"), x.ListedOn),
		linkFact(L("運用方針", "Posting rules"), x.PostingRules),
		{Label: L("投稿範囲", "Posting scope"), Value: x.PostingScope},
		{Label: L("乗っ取り時の手順", "Takeover procedure"), Value: x.TakeoverProcedure},
		{Label: L("なりすまし時の手順", "Impersonation procedure"), Value: x.ImpersonationProcedure},
		b.taskFact(L("利用規約の確認日", "Terms checked on"), x.TermsCheckedOn, tasks, "terms_checked_on"),
		b.doneFact(L("最終投稿日", "Last post"), x.LastPost),
	}}
	return []detailSection{sec}
}

// answerValue shows the normalised yes/no answers in words.
func (b *builder) answerValue(v string) string {
	if p, ok := answerLabels[v]; ok {
		return l(b.lang, p[0], p[1])
	}
	return v
}

// routeTable returns the approval route (決裁ルート) of e: every step of
// the approval chain for e's kind with whether it is required at the
// residual risk of a, and who signed it or that nobody did. ok is false
// when register.yaml has no chain step for e's kind. Without an assessment
// every step with a minimum risk counts as required (ApprovalRoute).
func (b *builder) routeTable(e riskassess.Entry, a *riskassess.Assessment) (tableView, bool) {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	var residual riskassess.RiskLevel
	if a != nil {
		residual = a.Residual
	}
	route := riskassess.ApprovalRoute(&b.reg.Org, e, residual)
	if len(route) == 0 {
		return tableView{}, false
	}
	caption := L("決裁ルート", "Approval route")
	if residual != "" {
		caption += L("（残留リスク「"+residual.Label(lang)+"」）", " (residual risk "+residual.Label(lang)+")")
	}
	t := tableView{Caption: caption, Head: []string{L("段階", "Step"), L("役職", "Position"), L("要否", "Required"), L("決裁", "Sign-off")}}
	status := e.Base().Approval.Status
	for _, st := range route {
		need := cellView{Text: L("必要", "Required")}
		if !st.Required {
			need = cellView{Text: L("不要（残留リスク「"+st.Step.MinRisk.Label(lang)+"」以上で必要）", "Not required (from residual risk "+st.Step.MinRisk.Label(lang)+")"), Class: "muted"}
		}
		var sign cellView
		switch {
		case st.Signed && st.Signature.On.After(b.opts.AsOf):
			// Signed after the as-of date: not signed by then, as APR-01
			// judges it.
			d := b.iso(st.Signature.On)
			sign = cellView{Text: L("未決裁（決裁日 "+d+" は基準日より後）", "Not signed by then (signed on "+d+", after the as-of date)")}
			if st.Required && status.Signed() {
				sign.Class = "badge risk-high"
			}
		case st.Signed:
			who := L("決裁済み", "Signed")
			if st.Signature.Person != "" {
				who = b.person(st.Signature.Person)
			}
			if st.Signature.Acting {
				who += L("（代決・兼務）", " (as deputy or concurrent post)")
			}
			if !st.Signature.On.IsZero() {
				who += " " + b.iso(st.Signature.On)
			}
			sign = cellView{Text: who}
		case st.Required && status.Signed():
			sign = cellView{Text: L("未決裁（決裁がない）", "Missing: not signed"), Class: "badge risk-high"}
		case st.Required:
			sign = cellView{Text: L("未決裁", "Not yet signed")}
		default:
			sign = cellView{Text: "—", Class: "muted"}
		}
		t.Rows = append(t.Rows, []cellView{{Text: st.Step.Role.In(lang)}, {Text: b.position(st.Step.Position)}, need, sign})
	}
	return t, true
}

// answered reports whether f's outcome rests on an answer (a vendor
// questionnaire, a self-check or an answer entered in the register).
func answered(f *riskassess.Finding) bool {
	p := f.Provenance
	return p != nil && (p.From == riskassess.AttestVendor || p.From == riskassess.AttestCouncil)
}

// provenanceText says where f's outcome came from, without repeating the
// evidence field shown next to it; "" when nothing evidences it.
func provenanceText(f *riskassess.Finding, lang riskassess.Lang) string {
	if f.Provenance == nil {
		return ""
	}
	p := *f.Provenance
	if p.Field == f.Evidence {
		p.Field = ""
	}
	return p.Text().In(lang)
}

// nextView builds the 次にすること section of entry e from its assessment.
func (b *builder) nextView(e riskassess.Entry, a *riskassess.Assessment) *nextView {
	lang := b.lang
	ns := report.NextActions(&b.reg.Org, e, a)
	v := &nextView{Why: ns.Why.In(lang), More: ns.More}
	for _, s := range ns.Steps {
		v.Steps = append(v.Steps, stepView{What: s.What.In(lang), Who: s.Who.In(lang), Due: b.iso(s.Due),
			Severity: b.sevLabel(s.Severity), SevClass: "risk-" + string(s.Severity), Overdue: s.Overdue, Now: s.Now,
			Requirement: s.Requirement, Field: s.Field})
	}
	return v
}

// conflictIn is f's conflict in lang, or "" when f has none.
func conflictIn(f *riskassess.Finding, lang riskassess.Lang) string {
	if f.Conflict == nil {
		return ""
	}
	return f.Conflict.In(lang)
}

// lastReviewedText is the entry page's 前回見直し: last_reviewed, or when it
// is after the as-of date (a review not yet held then) the latest review
// of the review log by then (as ReviewOf and CLD-42 count it, "—" when
// there is none), naming the later one. When the council's answer dates
// the yearly re-evaluation in their stead (re, riskassess.ReevaluationAt),
// as the review date and OUT-36/CLD-42 read it, the answer's date is
// shown with the answer it came from.
func (b *builder) lastReviewedText(c *riskassess.Common, re riskassess.TaskDate) string {
	last := c.LastReviewed
	if !b.afterAsOf(last) && !re.FromAnswer {
		return b.dateText(last)
	}
	var by riskassess.Date
	if d, _ := c.LastReviewedOn(b.opts.AsOf); !b.afterAsOf(d) {
		by = d
	}
	shown := "—"
	switch {
	case re.FromAnswer:
		id := strings.TrimPrefix(re.Answer, "answers.")
		src := re.Source.Text().In(b.lang)
		shown = b.dateText(re.Date)
		if last.IsZero() {
			shown += l(b.lang, "（台帳に記録なし。回答 "+id+" による: "+src+"）", " (not in the register: from answer "+id+", "+src+")")
			return shown
		}
		shown += l(b.lang, "（回答 "+id+" による: "+src+"）", " (from answer "+id+", "+src+")")
	case !by.IsZero():
		shown = b.dateText(by)
	}
	d := b.iso(last)
	return shown + l(b.lang, "（基準日より後の見直し "+d+"）", " (reviewed on "+d+", after the as-of date)")
}
