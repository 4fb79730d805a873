package sitegen

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/report"
)

// owners groups entries by section (in register.yaml order, then unknown
// sections by id) and, within a section, by person and role.
func (b *builder) owners() []ownerSection {
	lang := b.lang
	L := func(ja, en string) string { return l(lang, ja, en) }
	type roleKey struct{ person, role string }
	secs := map[string]*ownerSection{}
	var order []string
	get := func(id string) *ownerSection {
		if s := secs[id]; s != nil {
			return s
		}
		s := &ownerSection{ID: id, Name: b.section(id)}
		secs[id] = s
		order = append(order, id)
		return s
	}
	for _, s := range b.reg.Org.Sections {
		get(s.ID)
	}
	known := len(order)
	people := map[string]map[string]*ownerPerson{} // section → person → roles
	addRole := func(secID, personID, role string, r *entryRow) {
		s := get(secID)
		if personID == "" {
			if role == L("所管", "Owner") {
				s.Unstaffed = append(s.Unstaffed, r)
			}
			return
		}
		if people[secID] == nil {
			people[secID] = map[string]*ownerPerson{}
		}
		p := people[secID][personID]
		if p == nil {
			p = &ownerPerson{ID: personID, Name: b.person(personID)}
			if pp := b.reg.Org.Person(personID); pp != nil {
				p.Position = b.position(pp.Position)
			}
			people[secID][personID] = p
		}
		p.Roles = append(p.Roles, ownerRole{Role: role, Entry: r})
	}
	personSection := func(id, fallback string) string {
		if p := b.reg.Org.Person(id); p != nil && p.Section != "" {
			return p.Section
		}
		return fallback
	}
	// Who holds each responsibility on the as-of date: the page lists the
	// current holders, not the names the entries were written with.
	type asgKey struct {
		kind     riskassess.Kind
		id, path string
	}
	all := report.Assignments(b.reg, b.opts.AsOf)
	asg := make(map[asgKey]*report.Assignment, len(all))
	for i := range all {
		a := &all[i]
		asg[asgKey{a.Kind, a.EntryID, a.Path}] = a
	}
	// place lists entry r under the person who holds the responsibility at
	// path now. Without an assignment (a section named alone, a retired
	// entry, a person missing from people) it lists the person named; with
	// nobody holding it, it lists the entry as without a holder.
	place := func(e riskassess.Entry, r *entryRow, secID, path, role, named string, post bool) {
		a, ok := asg[asgKey{e.Kind(), e.Base().ID, path}]
		if !ok {
			addRole(secID, named, role, r)
			return
		}
		if !post {
			secID = personSection(a.Current, secID)
		}
		written := ""
		if a.Person != "" {
			written = b.person(a.Person)
		}
		switch {
		case a.Current == "":
			why := a.Problem.Label(lang)
			if written != "" {
				why += L("（台帳の記載: "+written+"）", " (written: "+written+")")
			}
			get(secID).Vacant = append(get(secID).Vacant, ownerRole{Role: role + " — " + why, Entry: r})
		case a.Person == "":
			addRole(secID, a.Current, role+L("（役職の現任者）", " (holder of the post)"), r)
		case a.Current != a.Person:
			addRole(secID, a.Current, role+L("（後任。台帳の記載: "+written+" — "+a.Problem.Label(lang)+"）", " (successor; written: "+written+" — "+a.Problem.Label(lang)+")"), r)
		default:
			addRole(secID, a.Current, role, r)
		}
	}
	// Entries in the register page's order (kind, reading, id), so that a
	// person's roles and a section's lists read in 五十音 order.
	for _, i := range b.entryOrder() {
		e := b.ents[i]
		c := e.Base()
		r := &b.rows[i]
		owner := L("所管", "Owner")
		switch x := e.(type) {
		case *riskassess.Social:
			sec := x.StaffSection()
			// The owner is listed unless a responsible person or post of
			// the same section stands for it: a responsible naming only
			// the section names nobody, and leaving the owner out then
			// left the account off the page.
			named := x.Responsible.Person != "" || x.Responsible.Position != ""
			if c.Owner.Section != "" && (c.Owner.Section != x.Responsible.Section || !named) {
				place(e, r, c.Owner.Section, "owner", owner, c.Owner.Person, true)
			}
			place(e, r, sec, "responsible", L("責任者", "Responsible"), x.Responsible.Person, true)
			if x.Responsible.Person == "" && x.Responsible.Position == "" && c.Owner.Section == "" {
				get(sec).Unstaffed = append(get(sec).Unstaffed, r)
			}
			for j, o := range x.Operators {
				place(e, r, personSection(o, sec), "operators["+strconv.Itoa(j)+"]", L("投稿担当", "Operator"), o, false)
			}
			if x.CredentialCustodian != "" {
				place(e, r, personSection(x.CredentialCustodian, sec), "credential_custodian", L("パスワード管理", "Credential custodian"), x.CredentialCustodian, false)
			}
		case *riskassess.Service:
			place(e, r, c.Owner.Section, "owner", owner, c.Owner.Person, true)
			if x.Manager != "" {
				place(e, r, personSection(x.Manager, c.Owner.Section), "manager", L("外部サービス管理者", "Service manager"), x.Manager, false)
			}
		default:
			place(e, r, c.Owner.Section, "owner", owner, c.Owner.Person, true)
		}
		if a := b.asmts[i]; a != nil {
			for _, d := range a.Due {
				s := get(cmp.Or(d.Section, c.Owner.Section))
				s.Due = append(s.Due, b.dueRow(d))
			}
		}
	}
	slices.Sort(order[known:])
	var out []ownerSection
	for _, id := range order {
		s := secs[id]
		for _, pid := range sortedKeys(people[id]) {
			s.People = append(s.People, *people[id][pid])
		}
		b.sortDue(s.Due)
		if len(s.People) == 0 && len(s.Unstaffed) == 0 && len(s.Vacant) == 0 && len(s.Due) == 0 {
			continue
		}
		out = append(out, *s)
	}
	return out
}

// afterAsOf reports whether d is after the site's as-of date: a decision
// of that day had not been taken on the date the site shows.
func (b *builder) afterAsOf(d riskassess.Date) bool {
	return !b.opts.AsOf.IsZero() && d.After(b.opts.AsOf)
}

// afterAsOfNote is the note a date after the as-of date carries (afterAsOf).
func afterAsOfNote(lang riskassess.Lang) string {
	return l(lang, "（基準日より後）", " (after the as-of date)")
}

// approvalRef is a decision the approvals page lists (builder.approvals):
// record hist of the approval history of entry ent (b.ents), or the
// entry's current decision when hist is -1, with the date the list shows
// (b.iso) and its place in the order the decisions were collected (seq).
// The page's rows are made from these one at a time as they are written
// (builder.approvalRow): at 100,000 entries the rows made all at once
// were a spike of 130 MiB, the build's peak.
type approvalRef struct {
	date           string
	ent, hist, seq int32
}

// approvals lists every approval decision (the current one and the
// history), newest first, then in entry order (entryCmp), then in the
// order of the history (the current decision last); the current decision
// is not repeated when the history already holds it.
func (b *builder) approvals() []approvalRef {
	var out []approvalRef
	for i, e := range b.ents {
		ap := &e.Base().Approval
		repeated := false // the history holds the current decision (same day and status)
		for j := range ap.History {
			h := &ap.History[j]
			repeated = repeated || h.Status == ap.Status && b.iso(h.On) == b.iso(ap.DecidedOn)
			out = append(out, approvalRef{date: b.iso(h.On), ent: int32(i), hist: int32(j), seq: int32(len(out))})
		}
		if !ap.DecidedOn.IsZero() && !repeated {
			out = append(out, approvalRef{date: b.iso(ap.DecidedOn), ent: int32(i), hist: -1, seq: int32(len(out))})
		}
	}
	byEntry := b.entryCmp()
	slices.SortFunc(out, func(x, y approvalRef) int {
		if c := strings.Compare(y.date, x.date); c != 0 {
			return c
		}
		if c := byEntry(&b.rows[x.ent], &b.rows[y.ent]); c != 0 {
			return c
		}
		return cmp.Compare(x.seq, y.seq)
	})
	return out
}

// approvalRow is the row of the approvals page for the decision r.
func (b *builder) approvalRow(r approvalRef) approvalRow {
	ap := &b.ents[r.ent].Base().Approval
	row := approvalRow{Date: r.date, Entry: &b.rows[r.ent]}
	if r.hist >= 0 {
		h := &ap.History[r.hist]
		row.Later, row.Status, row.StatusClass = b.afterAsOf(h.On), h.Status.Label(b.lang), "status-"+string(h.Status)
		row.Approver, row.Note = b.position(h.Approver), h.Note
		return row
	}
	row.Later, row.Status, row.StatusClass = b.afterAsOf(ap.DecidedOn), ap.Status.Label(b.lang), "status-"+string(ap.Status)
	row.Approver, row.Note = b.position(ap.Approver), strings.Join(ap.Conditions, " / ")
	return row
}

// requirements lists the catalogue (or, without one, the requirements seen
// in findings) with the entries that do not meet each one: 不適合, 一部適合
// and 未回答 (which scores as not met), in that order.
func (b *builder) requirements() []reqView {
	lang := b.lang
	var out []reqView
	idx := map[string]int{}
	for _, r := range b.opts.Requirements {
		var kinds []string
		for _, k := range r.Kinds {
			kinds = append(kinds, k.Label(lang))
		}
		idx[r.ID] = len(out)
		out = append(out, reqView{ID: r.ID, Anchor: reqAnchor(r.ID), Title: r.Title.In(lang), Text: r.Text.In(lang), Clause: r.Clause,
			Severity: r.Severity.Label(lang), Kinds: strings.Join(kinds, "、"), Remediation: r.Remediation.In(lang),
			AttestedBy: r.AttestedBy.Label(lang)})
	}
	for i := range b.ents {
		for k := range b.lists[i] {
			f := &b.lists[i][k]
			j, ok := idx[f.spec.Requirement]
			if !ok {
				j = len(out)
				idx[f.spec.Requirement] = j
				out = append(out, reqView{ID: f.spec.Requirement, Anchor: reqAnchor(f.spec.Requirement), Title: f.spec.Title.In(lang), Clause: f.spec.Clause, Severity: b.sevLabel(f.spec.Severity), Remediation: f.spec.Remediation.In(lang)})
			}
			switch f.outcome {
			case riskassess.OutcomeNotMet:
				out[j].NotMet++
			case riskassess.OutcomePartial:
				out[j].Partial++
			case riskassess.OutcomeNotAnswered:
				// Not answered scores like not met: it is not "none".
				out[j].NotAnswered++
			default:
				continue
			}
			out[j].hits = append(out[j].hits, hitRef{entry: int32(i), finding: int32(k)})
		}
	}
	// Remediation items and contract clauses link here too.
	for _, e := range b.ents {
		if c, ok := e.(*riskassess.Contractor); ok {
			var ids []string
			for _, ct := range c.Contracts {
				for _, cl := range ct.Clauses {
					ids = append(ids, cl.Requirement)
				}
			}
			for _, r := range c.Remediation {
				if r.Requirement != "" {
					ids = append(ids, r.Requirement)
				}
			}
			for _, id := range ids {
				if _, ok := idx[id]; !ok {
					idx[id] = len(out)
					out = append(out, reqView{ID: id, Anchor: reqAnchor(id), Title: id})
				}
			}
		}
	}
	if len(b.opts.Requirements) == 0 {
		slices.SortStableFunc(out, func(x, y reqView) int { return strings.Compare(x.ID, y.ID) })
	}
	for i := range out {
		out[i].Href = reqFile(out[i].ID)
	}
	return out
}

// failing returns the entries not meeting requirement r (its hits), as
// its page lists them: 不適合, 一部適合, 未回答, then in the register's
// order. It is made by the page's worker: the hits of every requirement
// would hold a row per failing finding of the register.
//
// The hits are sorted as small keys (outcome rank, the entry's place in
// the register order, the hit's own place: a stable sort's result) and
// the rows made in that order: a stable sort of the rows themselves moved
// 48-byte rows through its merges (0.15 s at 10,000 entries).
func (b *builder) failing(r *reqView) []reqHit {
	type hitKey struct{ rank, order, n int32 }
	keys := make([]hitKey, len(r.hits))
	for n, h := range r.hits {
		keys[n] = hitKey{int32(outcomeRank(b.lists[h.entry][h.finding].outcome)), int32(b.rows[h.entry].order), int32(n)}
	}
	slices.SortFunc(keys, func(x, y hitKey) int {
		return cmp.Or(cmp.Compare(x.rank, y.rank), cmp.Compare(x.order, y.order), cmp.Compare(x.n, y.n))
	})
	// The class of each outcome of outcomesInOrder (rank), made once
	// rather than once per hit.
	classes := make([]string, len(outcomesInOrder))
	out := make([]reqHit, len(keys))
	for k, key := range keys {
		h := r.hits[key.n]
		f := &b.lists[h.entry][h.finding]
		var class string
		if int(key.rank) < len(classes) {
			if classes[key.rank] == "" {
				classes[key.rank] = "outcome-" + string(f.outcome)
			}
			class = classes[key.rank]
		} else {
			class = "outcome-" + string(f.outcome)
		}
		out[k] = reqHit{Entry: &b.rows[h.entry], Outcome: b.outcomeLabel(f.outcome), Class: class, Message: f.message}
	}
	return out
}

// publishedAccount reports whether a social account is listed as official:
// running or suspended on asOf (Social.StatusOn), and approved (or approved
// with conditions, or approval suspended) by the decision in force on asOf.
func publishedAccount(s *riskassess.Social, asOf riskassess.Date) bool {
	switch s.StatusOn(asOf) {
	case riskassess.AccountActive, riskassess.AccountSuspended:
	default:
		return false
	}
	switch s.Approval.InForceOn(asOf).Status {
	case riskassess.StatusApproved, riskassess.StatusConditional, riskassess.StatusSuspended:
		return true
	}
	return false
}

// accounts lists the official accounts. public leaves out the link to the
// internal entry page.
func (b *builder) accounts(public bool) []accountRow {
	root := ""
	var out []accountRow
	for _, s := range b.reg.Social {
		if !publishedAccount(s, b.opts.AsOf) {
			continue
		}
		st := s.StatusOn(b.opts.AsOf)
		handle := s.Platform.Handle(s.Handle) // one form: "@id"
		link := makeLink(handle, s.URL, root)
		if link.Href != "" && !link.External {
			link = linkView{Text: handle} // an account link must be absolute
		}
		row := accountRow{
			Platform: s.Platform.Label(b.lang), Handle: handle, Link: link, Purpose: s.Purpose,
			Section: b.section(s.StaffSection()),
			Status:  st.Label(b.lang), StatusClass: "account-" + string(st),
		}
		if s.NoticeURL != "" {
			row.Notice = makeLink(l(b.lang, "お知らせ", "Notice"), s.NoticeURL, root)
		}
		if !public {
			if i := b.index(riskassess.KindSocial, s.ID); i >= 0 {
				row.Entry = &b.rows[i]
			}
		}
		out = append(out, row)
	}
	slices.SortStableFunc(out, func(x, y accountRow) int {
		return cmp.Or(cmp.Compare(x.Platform, y.Platform), cmp.Compare(x.Handle, y.Handle))
	})
	return out
}

// accountsPage is the account list with the public contact.
func (b *builder) accountsPage(public bool) accountsPage {
	p := accountsPage{Rows: b.accounts(public)}
	if pc := b.reg.Org.PublicContact; pc != nil {
		c := &contactView{Name: pc.Name.In(b.lang), Phone: pc.Phone, Email: pc.Email}
		if pc.Email != "" {
			c.EmailHref = "mailto:" + pc.Email
		}
		if pc.URL != "" {
			c.URL = makeLink(l(b.lang, "問合せページ", "Contact page"), pc.URL, "")
		}
		p.Contact = c
	} else if !public {
		p.NoContact = true
	}
	return p
}

// publicServices lists approved and conditionally approved services with
// their purpose and responsible section, by the decision in force on the
// site's date (riskassess.Approval.InForceOn); an approval past its valid_until is not in
// force and its service is left out.
func (b *builder) publicServices() []serviceRow {
	var out []serviceRow
	for _, s := range b.reg.Services {
		ap := s.Approval.InForceOn(b.opts.AsOf)
		if ap.Status != riskassess.StatusApproved && ap.Status != riskassess.StatusConditional {
			continue
		}
		status, class := b.approvalLabel(ap)
		if class == "status-expired" {
			// An approval past its validity is not in force: the public
			// list never calls it 承認 (nor publishes the internal date).
			continue
		}
		out = append(out, serviceRow{Name: s.Name.In(b.lang), Purpose: s.Purpose, Section: b.section(s.Owner.Section), Status: status,
			reading: report.SortName(s)})
	}
	slices.SortStableFunc(out, func(x, y serviceRow) int {
		return cmp.Or(cmp.Compare(x.Section, y.Section), cmp.Compare(x.reading, y.reading), cmp.Compare(x.Name, y.Name))
	})
	return out
}

// outcomeRank is the place of o in riskassess.Outcomes() (not met, partial,
// not answered, …).
func outcomeRank(o riskassess.Outcome) int {
	for i, x := range outcomesInOrder {
		if x == o {
			return i
		}
	}
	return len(outcomesInOrder)
}
