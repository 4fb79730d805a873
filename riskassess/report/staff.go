package report

import (
	"strconv"

	"github.com/gikai-sec/riskregister/riskassess"
)

// StaffProblem is what is wrong with who holds a responsibility on a day.
type StaffProblem string

// Staff problems. StaffNewHolder is not a fault: the entry names a post
// whose holder took it after the entry was last reviewed, so the hand-over
// is to be confirmed.
const (
	StaffMoved     StaffProblem = "moved"      // the named person is now in another section or position
	StaffLeft      StaffProblem = "left"       // the named person does not hold the post on the day (until passed, from not reached)
	StaffVacant    StaffProblem = "vacant"     // nobody holds the named section and position
	StaffAmbiguous StaffProblem = "ambiguous"  // no person named and two or more hold the post
	StaffNewHolder StaffProblem = "new-holder" // the holder took the post after the last review
)

// Label returns the display name of p in lang.
func (p StaffProblem) Label(lang riskassess.Lang) string {
	if l, ok := staffLabels[p]; ok {
		return riskassess.T(l[0], l[1]).In(lang)
	}
	return string(p)
}

var staffLabels = map[StaffProblem][2]string{
	StaffMoved: {"異動", "Moved"}, StaffLeft: {"在任期間外", "Not in post"}, StaffVacant: {"空席", "Vacant"},
	StaffAmbiguous: {"在任者が複数", "Several holders"}, StaffNewHolder: {"見直し後に交代", "New holder since review"},
}

// Warning reports whether p is something validate warns about: every
// problem except StaffNewHolder.
func (p StaffProblem) Warning() bool { return p != "" && p != StaffNewHolder }

// Assignment is one responsibility of an entry on a day: its owner, a
// social account's responsible person, operators and credential custodian,
// a service's manager.
type Assignment struct {
	Kind    riskassess.Kind
	EntryID string
	// File is the entry's register file; Path the field in it ("owner",
	// "responsible", "operators[1]", "credential_custodian", "manager").
	File, Path string
	Role       riskassess.Role
	// Section and Position are the post as the entry names it. For the
	// person-only roles (operator, custodian, manager) Position is empty
	// and Section is the entry's own section (responsible or owner).
	Section, Position string
	// Person is the person id the entry names, if any.
	Person string
	// Holders are the people who hold Section and Position on the day
	// (only when Position is named).
	Holders []string
	// Current is who is responsible on the day: Person when they hold
	// the post, else the one holder of the post, else empty.
	Current string
	Problem StaffProblem
	// Message explains Problem and what to change; empty without one.
	Message riskassess.Text
}

// Field returns the field path of the assignment in its file: Path, and
// for an owner or responsible person who is named, Path + ".person".
func (a Assignment) Field() string {
	if a.Person != "" && (a.Role == riskassess.RoleOwner || a.Role == riskassess.RoleResponsible) {
		return a.Path + ".person"
	}
	return a.Path
}

// Assignments returns every responsibility of reg's entries on day d, in
// register order (Entries), with who holds it and what is wrong:
//
//   - a named person (owner.person, responsible.person) who holds no post
//     on d (Person.PostOn: neither the current posting nor a previous one
//     covers d) is StaffLeft; one who holds another section or position
//     than the entry names is StaffMoved (without a position, any section
//     on the same line, SameLine, will do). Current is then the post's
//     single holder, if there is exactly one;
//   - a section and position without a person resolve to the post's
//     holder; nobody is StaffVacant, two or more StaffAmbiguous (no holder
//     is picked: the entry must name one). A holder who took the post
//     (Person.PostFrom: the posting held on d, not a move recorded ahead)
//     after the entry's last review and approval is StaffNewHolder;
//   - operators, the credential custodian and a service's manager who do
//     not hold their post on d are StaffLeft, and StaffMoved when their
//     section is off the entry's section line.
//
// A section without position or person gives no assignment; ids missing
// from register.yaml are left to the store's reference check. Entries retired
// or rejected by d are records and give none (RecordOn). Assignments panics
// with the error of riskassess.CheckEntry (wrapping ErrEntryValue) for the
// first entry with a value its field does not allow (approval "Rejected"
// read as not a record): check a register built in Go first (CheckEntry,
// or AssessAll, which returns that error).
func Assignments(reg *riskassess.Register, d riskassess.Date) []Assignment {
	return assignments(reg, d, true, false)
}

// assignments is Assignments; check says whether to check each entry
// (mustCheck: false when the caller has), posts whether to return only
// the owners and responsible persons (the roles of post).
func assignments(reg *riskassess.Register, d riskassess.Date, check, posts bool) []Assignment {
	org := &reg.Org
	// At most: the owner of each entry, a service's manager, an account's
	// responsible person, custodian and operators.
	most := len(reg.Contractors) + len(reg.Services) + 2*len(reg.Social)
	if !posts {
		most += len(reg.Services)
		for _, s := range reg.Social {
			most += 1 + len(s.Operators)
		}
	}
	out := make([]Assignment, 0, most)
	for _, e := range reg.Entries() {
		if check {
			mustCheck(org, e)
		}
		b := e.Base()
		if riskassess.RecordOn(e, d) {
			continue
		}
		add := func(a Assignment) {
			a.Kind, a.EntryID, a.File = e.Kind(), b.ID, b.Source
			out = append(out, a)
		}
		// The last review by d: one dated after d had not taken place.
		reviewed := b.LastReviewOn(d)
		post := func(o riskassess.Owner, role riskassess.Role, path string) {
			if a, ok := post(org, o, role, path, d, reviewed); ok {
				add(a)
			}
		}
		person := func(id, section string, role riskassess.Role, path string) {
			if posts {
				return
			}
			if a, ok := personOnly(org, id, section, role, path, d); ok {
				add(a)
			}
		}
		switch x := e.(type) {
		case *riskassess.Social:
			post(b.Owner, riskassess.RoleOwner, "owner")
			post(x.Responsible, riskassess.RoleResponsible, "responsible")
			sec := x.StaffSection()
			if !posts {
				for i, op := range x.Operators {
					person(op, sec, riskassess.RoleOperator, "operators["+strconv.Itoa(i)+"]")
				}
				person(x.CredentialCustodian, sec, riskassess.RoleCustodian, "credential_custodian")
			}
		case *riskassess.Service:
			post(b.Owner, riskassess.RoleOwner, "owner")
			person(x.Manager, b.Owner.Section, riskassess.RoleManager, "manager")
		default:
			post(b.Owner, riskassess.RoleOwner, "owner")
		}
	}
	return out
}

// post returns the assignment of an owner or responsible person o.
func post(o *riskassess.Organisation, ow riskassess.Owner, role riskassess.Role, path string, d, reviewed riskassess.Date) (Assignment, bool) {
	if ow.Person == "" && ow.Position == "" {
		return Assignment{}, false
	}
	a := Assignment{Role: role, Path: path, Section: ow.Section, Position: ow.Position, Person: ow.Person}
	var holders []*riskassess.Person
	if ow.Position != "" {
		holders = o.Holders(ow.Section, ow.Position, d)
		for _, h := range holders {
			a.Holders = append(a.Holders, h.ID)
		}
	}
	// The labels are made only for a message: most assignments have none.
	postLabels := func() (ja, en string) {
		sec, secEn := SectionLabel(o, ow.Section, "ja"), SectionLabel(o, ow.Section, "en")
		if ow.Position == "" {
			return sec, secEn
		}
		return sec + "の" + PositionLabel(o, ow.Position, "ja"), PositionLabel(o, ow.Position, "en") + " of " + secEn
	}
	day := d.String
	if ow.Person != "" {
		p := o.Person(ow.Person)
		if p == nil {
			return Assignment{}, false
		}
		pSec, pPos, problem := postProblem(o, p, ow, d)
		if problem == "" {
			a.Current = p.ID
			return a, true
		}
		field := path + ".person"
		who, whoEn := PersonLabel(o, p.ID, "ja")+"（"+p.ID+"）", PersonLabel(o, p.ID, "en")+" ("+p.ID+")"
		switch {
		case problem == StaffLeft:
			a.Problem = StaffLeft
			a.Message = riskassess.T(field+": "+who+" は "+day()+" に在任していません（"+tenure(p, "ja")+"）。",
				field+": "+whoEn+" is not in post on "+day()+" ("+tenure(p, "en")+"). ")
		default: // moved
			a.Problem = StaffMoved
			postJa, postEn := postLabels()
			now := SectionLabel(o, pSec, "ja") + "の" + PositionLabel(o, pPos, "ja")
			nowEn := PositionLabel(o, pPos, "en") + " of " + SectionLabel(o, pSec, "en")
			a.Message = riskassess.T(field+": "+who+" は "+postJa+" ではありません（"+day()+" 時点では "+now+"）。",
				field+": "+whoEn+" is no longer "+postEn+" (on "+day()+": "+nowEn+"). ")
		}
		switch len(holders) {
		case 1:
			a.Current = holders[0].ID
			a.Message.Ja += "現任者は " + PersonLabel(o, holders[0].ID, "ja") + "（" + holders[0].ID + "）です。" + field + " を更新してください"
			a.Message.En += "The holder now is " + holders[0].ID + ": update " + field
		default:
			a.Message.Ja += "後任を " + field + " に記入してください"
			a.Message.En += "Write the successor in " + field
		}
		return a, true
	}
	switch len(holders) {
	case 0:
		a.Problem = StaffVacant
		postJa, postEn := postLabels()
		a.Message = riskassess.T(path+": "+postJa+" は "+day()+" に空席です（register.yaml の people に在任者がいない）。担当者を "+path+".person に記入するか、people を更新してください",
			path+": nobody holds "+postEn+" on "+day()+" (no one in people of register.yaml): name someone in "+path+".person or update people")
	case 1:
		a.Current = holders[0].ID
		// The day the holder took the post: the posting held on d, not
		// the person's current one (a move recorded ahead puts the new
		// post in From and the post held on d in previous).
		if since := holders[0].PostFrom(d); !since.IsZero() && !reviewed.IsZero() && since.After(reviewed) {
			a.Problem = StaffNewHolder
			postJa, postEn := postLabels()
			a.Message = riskassess.T(path+": "+postJa+" は "+since.String()+" から "+PersonLabel(o, holders[0].ID, "ja")+" に交代しました（最終見直し "+reviewed.String()+" より後）。引継ぎを確認してください",
				path+": "+postEn+" passed to "+holders[0].ID+" on "+since.String()+", after the last review ("+reviewed.String()+"): confirm the hand-over")
		}
	default:
		a.Problem = StaffAmbiguous
		postJa, postEn := postLabels()
		ids := ""
		for i, h := range holders {
			if i > 0 {
				ids += ", "
			}
			ids += h.ID
		}
		a.Message = riskassess.T(path+": "+postJa+" の在任者が "+strconv.Itoa(len(holders))+" 人います（"+ids+"）。どちらが担当かを "+path+".person に記入してください",
			path+": "+strconv.Itoa(len(holders))+" people hold "+postEn+" ("+ids+"): name the one responsible in "+path+".person")
	}
	return a, true
}

// personOnly returns the assignment of a person named without a post
// (operator, custodian, manager) for an entry of section.
func personOnly(o *riskassess.Organisation, id, section string, role riskassess.Role, path string, d riskassess.Date) (Assignment, bool) {
	p := o.Person(id)
	if p == nil {
		return Assignment{}, false
	}
	a := Assignment{Role: role, Path: path, Section: section, Person: id}
	pSec, _, problem := postProblem(o, p, riskassess.Owner{Section: section, Person: id}, d)
	if problem == "" {
		a.Current = id
		return a, true
	}
	who, whoEn := PersonLabel(o, id, "ja")+"（"+id+"）", PersonLabel(o, id, "en")+" ("+id+")"
	day := d.String()
	switch {
	case problem == StaffLeft:
		a.Problem = StaffLeft
		a.Message = riskassess.T(path+": "+who+" は "+day+" に在任していません（"+tenure(p, "ja")+"）。後任を記入してください",
			path+": "+whoEn+" is not in post on "+day+" ("+tenure(p, "en")+"): write the successor")
	case problem == StaffMoved:
		a.Problem = StaffMoved
		a.Message = riskassess.T(path+": "+who+" は "+day+" 時点で "+SectionLabel(o, pSec, "ja")+" の所属で、"+SectionLabel(o, section, "ja")+" の系統にいません。異動していれば後任を記入してください",
			path+": "+whoEn+" is in "+SectionLabel(o, pSec, "en")+" on "+day+", outside "+SectionLabel(o, section, "en")+": if they moved, write the successor")
	default:
		a.Current = id
	}
	return a, true
}

// postProblem judges person p, named for post ow, on d: StaffLeft when
// they hold no post then (Person.PostOn), StaffMoved when they hold another
// one (with a position, another section or position; without one, a
// section off the line of ow's section, SameLine; with neither, any post
// will do), else "". pSec and pPos are their post on d.
func postProblem(o *riskassess.Organisation, p *riskassess.Person, ow riskassess.Owner, d riskassess.Date) (pSec, pPos string, problem StaffProblem) {
	pSec, pPos, in := p.PostOn(d)
	switch {
	case !in:
		return pSec, pPos, StaffLeft
	case ow.Position != "" && (pSec != ow.Section || pPos != ow.Position),
		ow.Position == "" && ow.Section != "" && !o.SameLine(pSec, ow.Section):
		return pSec, pPos, StaffMoved
	}
	return pSec, pPos, ""
}

// PersonMark is the note put after the name of the person ow names for
// entry e (its owner, a service's manager, an account's responsible
// person, operator or custodian, with the section Assignments judges them
// by) wherever the register shows them as of d: （基準日に在任していない）
// when they hold no post on d, （基準日には別の課・役職） when they hold
// another one, judged as Assignments judges it; "" when they hold it, when
// ow names no person of org, or when e is a record on d (RecordOn), which
// needs nobody in charge.
func PersonMark(org *riskassess.Organisation, e riskassess.Entry, ow riskassess.Owner, d riskassess.Date, lang riskassess.Lang) string {
	p := org.Person(ow.Person)
	if p == nil || d.IsZero() || riskassess.RecordOn(e, d) {
		return ""
	}
	switch _, _, problem := postProblem(org, p, ow, d); problem {
	case StaffLeft:
		return riskassess.T("（基準日に在任していない）", " (not in post on the as-of date)").In(lang)
	case StaffMoved:
		return riskassess.T("（基準日には別の課・役職）", " (in another post on the as-of date)").In(lang)
	}
	return ""
}

// tenure describes when p holds their post ("2026-04-01 から 2027-03-31 まで").
func tenure(p *riskassess.Person, lang riskassess.Lang) string {
	from, until := p.From.String(), p.Until.String()
	if lang == "en" {
		switch {
		case !p.From.IsZero() && !p.Until.IsZero():
			return "in post from " + from + " to " + until
		case !p.Until.IsZero():
			return "in post until " + until
		}
		return "in post from " + from
	}
	switch {
	case !p.From.IsZero() && !p.Until.IsZero():
		return from + " から " + until + " まで在任"
	case !p.Until.IsZero():
		return until + " まで在任"
	}
	return from + " から在任"
}

// SignOffMismatches returns an assignment (Role RoleApprover, Problem
// StaffMoved) for every signature of reg's approvals whose person held,
// on the day of the sign-off (the signature's on, else the approval's
// decided_on), another position than the one signed for, by their records
// in people (Person.PostOn), or that position in a section off the line
// of the entry's owning section while another person on that line held it
// (riskassess.SignOffOffLine: the rule of Organisation.CheckSignOff, which
// APR-01 follows), and for every record of the review log
// (reviews) whose reviewer held another position than the one recorded on
// the review's day (path reviews[i]), and (Problem StaffLeft) for those
// whose person had left their last post (until) before that day. A
// signature whose person has no post recorded on its day (before their
// first recorded post, or between two) is StaffLeft too, as APR-01 counts
// it not met (record the earlier post in previous); a review record on
// such a day is not judged, as riskregister review does not refuse it
// (ReviewerMismatch). A signature without a person or a day is not judged.
// SignOffMismatches panics
// as Assignments does for an entry with a value its field does not allow.
func SignOffMismatches(reg *riskassess.Register) []Assignment {
	org := &reg.Org
	var out []Assignment
	for _, e := range reg.Entries() {
		mustCheck(org, e)
		b := e.Base()
		for i, sg := range b.Approval.Signatures {
			on := sg.On
			if on.IsZero() {
				on = b.Approval.DecidedOn
			}
			path := "approval.signatures[" + strconv.Itoa(i) + "]"
			if msg, problem := postMismatch(org, sg.Person, sg.Position, b.Owner.Section, on, path, "決裁", "signed", true, sg.Acting); problem != "" {
				out = append(out, Assignment{Kind: e.Kind(), EntryID: b.ID, File: b.Source, Path: path, Role: riskassess.RoleApprover,
					Position: sg.Position, Person: sg.Person, Problem: problem, Message: msg})
			}
		}
		for i, r := range b.Reviews {
			path := "reviews[" + strconv.Itoa(i) + "]"
			if msg, problem := postMismatch(org, r.Person, r.Position, "", r.On, path, "見直し", "reviewed", false, false); problem != "" {
				out = append(out, Assignment{Kind: e.Kind(), EntryID: b.ID, File: b.Source, Path: path, Role: riskassess.RoleApprover,
					Position: r.Position, Person: r.Person, Problem: problem, Message: msg})
			}
		}
	}
	return out
}

// ReviewerMismatch returns why person may not be recorded as reviewing in
// position on day on, with bad true: by their records in people
// (Person.PostOn) they held another position that day, or had left their
// last post before it. A person unknown to org, or whose post on that day
// the records do not show otherwise, is not judged.
// riskregister review refuses such a record; SignOffMismatches reports one
// already in the review log.
func ReviewerMismatch(org *riskassess.Organisation, person, position string, on riskassess.Date) (riskassess.Text, bool) {
	msg, problem := postMismatch(org, person, position, "", on, "", "見直し", "reviewed", false, false)
	return msg, problem != ""
}

// postMismatch is the check of SignOffMismatches and ReviewerMismatch: the
// problem (StaffMoved: another post that day, or the position off the
// owner's line; StaffLeft: their last post ended before it, or no post
// recorded that day; "" when fine or not judged) and the message
// (prefixed with path+".person: " when path is set) naming what person
// held on day on, and what they could not do as position (actJa, actEn:
// 決裁/signed, 見直し/reviewed). The rule is
// Organisation.CheckSignOff's, as catalog APR-01 judges a sign-off; a
// person unknown to org is not judged here (validate reports the unknown
// id). A day with no post recorded before the person's last until is
// judged only when unrecorded is set (a sign-off), not for a review; the
// message of a sign-off in another post also offers acting: true.
func postMismatch(org *riskassess.Organisation, person, position, owner string, on riskassess.Date, path, actJa, actEn string, unrecorded, acting bool) (riskassess.Text, StaffProblem) {
	if org.Person(person) == nil || on.IsZero() {
		return riskassess.Text{}, ""
	}
	c := org.CheckSignOff(person, position, owner, on, acting)
	prefix := ""
	if path != "" {
		prefix = path + ".person: "
	}
	p := c.Person
	who, whoEn := PersonLabel(org, p.ID, "ja")+"（"+p.ID+"）", PersonLabel(org, p.ID, "en")+" ("+p.ID+")"
	sec, pos := c.Section, c.Position
	switch c.Standing {
	case riskassess.SignOffUnrecorded:
		if !unrecorded {
			return riskassess.Text{}, "" // before their first recorded post: the records say nothing
		}
		// As catalog APR-01 judges a sign-off: no post recorded that
		// day, so none to sign for.
		return riskassess.T(prefix+who+" の "+on.String()+" の在任の記録がありません（"+tenure(p, "ja")+"）。"+PositionLabel(org, position, "ja")+" として"+actJa+"したことを確認できません。以前の役職なら people の previous に記録し、違えば"+actJa+"した職員か日付を直してください",
			prefix+whoEn+" has no post recorded on "+on.String()+" ("+tenure(p, "en")+"), so is not shown to have "+actEn+" as "+PositionLabel(org, position, "en")+": record an earlier post in previous of people, or correct the person or the date"), StaffLeft
	case riskassess.SignOffLeft:
		// The person's current (latest) post ended before the day: they
		// had left, and could not sign or review for the council then.
		return riskassess.T(prefix+who+" は "+on.String()+" に在任していません（"+tenure(p, "ja")+"）。"+PositionLabel(org, position, "ja")+" として"+actJa+"できません。"+actJa+"した職員か日付を直してください",
			prefix+whoEn+" is not in post on "+on.String()+" ("+tenure(p, "en")+"), so could not have "+actEn+" as "+PositionLabel(org, position, "en")+": correct the person or the date"), StaffLeft
	case riskassess.SignOffOffLine:
		h := c.Holder
		hJa, hEn := PersonLabel(org, h.ID, "ja")+"（"+h.ID+"）", PersonLabel(org, h.ID, "en")+" ("+h.ID+")"
		return riskassess.T(prefix+who+" は "+on.String()+" に "+SectionLabel(org, sec, "ja")+"の"+PositionLabel(org, pos, "ja")+" で、所管（"+SectionLabel(org, owner, "ja")+"）の"+PositionLabel(org, position, "ja")+"ではありません（その日の所管の"+PositionLabel(org, position, "ja")+"は "+hJa+"）。"+actJa+"した職員を直すか、代決なら acting: true を記録してください",
			prefix+whoEn+" was "+PositionLabel(org, pos, "en")+" of "+SectionLabel(org, sec, "en")+" on "+on.String()+", not the "+PositionLabel(org, position, "en")+" of the owning section, "+SectionLabel(org, owner, "en")+" (that day's was "+hEn+"): correct the person who "+actEn+", or record acting: true if they signed as a deputy"), StaffMoved
	case riskassess.SignOffOtherPost:
		if unrecorded { // a sign-off: it may have been a deputy's or in a concurrent post
			return riskassess.T(prefix+who+" は "+on.String()+" に "+SectionLabel(org, sec, "ja")+"の"+PositionLabel(org, pos, "ja")+" で、"+PositionLabel(org, position, "ja")+" として"+actJa+"できません。"+actJa+"した役職か職員を直すか、代決・兼務なら acting: true を記録してください",
				prefix+whoEn+" was "+PositionLabel(org, pos, "en")+" of "+SectionLabel(org, sec, "en")+" on "+on.String()+", not "+PositionLabel(org, position, "en")+": correct the position or the person who "+actEn+", or record acting: true if they signed as a deputy or in a concurrent post"), StaffMoved
		}
		return riskassess.T(prefix+who+" は "+on.String()+" に "+SectionLabel(org, sec, "ja")+"の"+PositionLabel(org, pos, "ja")+" で、"+PositionLabel(org, position, "ja")+" として"+actJa+"できません。"+actJa+"した役職か職員を直してください",
			prefix+whoEn+" was "+PositionLabel(org, pos, "en")+" of "+SectionLabel(org, sec, "en")+" on "+on.String()+", not "+PositionLabel(org, position, "en")+": correct the position or the person who "+actEn), StaffMoved
	}
	return riskassess.Text{}, "" // held
}
