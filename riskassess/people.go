package riskassess

import (
	"fmt"
	"slices"
)

// Holders returns the people who hold position in section on day d
// (Person.PostOn), in register order. More than one is possible (two
// 主任 in one unit); none means the post is vacant.
func (o *Organisation) Holders(section, position string, d Date) []*Person {
	var out []*Person
	for i := range o.People {
		p := &o.People[i]
		if s, q, ok := p.PostOn(d); ok && s == section && q == position {
			out = append(out, p)
		}
	}
	return out
}

// PostFrom returns the day from which p has held, without a break, the
// section and position p holds on day d (PostOn): the from of the posting
// that covers d, moved back to the from of each earlier posting of the same
// section and position that holds the day before. For a move recorded
// ahead (the new post in Section and From, the old one in Previous) it is
// the day the old post was taken, not the From of the new one. Zero when p
// holds no post on d or the posting is not dated.
func (p *Person) PostFrom(d Date) Date {
	sec, pos, from, ok := p.posting(d)
	for ok && !from.IsZero() {
		s, q, f, held := p.posting(from.AddDays(-1))
		if !held || s != sec || q != pos || f.IsZero() || !f.Before(from) {
			break
		}
		from = f
	}
	return from
}

// posting returns the section, position and from of the posting of p
// that covers d, read as PostOn reads it; ok is false when none does.
func (p *Person) posting(d Date) (section, position string, from Date, ok bool) {
	if p.HoldsOn(d) {
		return p.Section, p.Position, p.From, true
	}
	for _, q := range p.Previous {
		if covers(q.From, q.Until, d) {
			return q.Section, q.Position, q.From, true
		}
	}
	return "", "", Date{}, false
}

// personOrNil is Person on a possibly nil organisation.
func (o *Organisation) personOrNil(id string) *Person {
	if o == nil {
		return nil
	}
	return o.Person(id)
}

// SameLine reports whether sections a and b are the same or one lies
// under the other (following Section.Parent in o). A person of 庶務係
// belongs to 総務課 in this sense, and the head of 総務課 to 庶務係. A nil
// o knows no sections: only equal sections are on one line.
func (o *Organisation) SameLine(a, b string) bool {
	return a == b || o.under(a, b) || o.under(b, a)
}

// MovedOffLine reports whether p, named for section line (an account's
// operators and custodian: Social.StaffSection), has moved off its line by
// asOf: p holds a post on asOf in a section not on line (SameLine) and an
// earlier posting (previous) on it. The record then names someone who now
// works in another division, for whom the catalogue's SNS-04 and SNS-20
// are partial. False for someone of another division who never held a
// post on the line (named there on purpose), for someone not in post on
// asOf, and for an empty line.
func (p *Person) MovedOffLine(o *Organisation, line string, asOf Date) bool {
	// Without an earlier posting nobody moved (most people: tested first,
	// before the dated posting and the sections' tree are looked up).
	if line == "" || len(p.Previous) == 0 {
		return false
	}
	sec, _, in := p.PostOn(asOf)
	if !in || sec == "" || o.SameLine(sec, line) {
		return false
	}
	return slices.ContainsFunc(p.Previous, func(q Posting) bool { return o.SameLine(q.Section, line) })
}

// under reports whether section a lies below section b; never for a nil
// o (no sections known).
func (o *Organisation) under(a, b string) bool {
	if o == nil {
		return false
	}
	for range len(o.Sections) + 1 { // a cycle of parents ends here
		s := o.Section(a)
		if s == nil || s.Parent == "" {
			return false
		}
		if s.Parent == b {
			return true
		}
		a = s.Parent
	}
	return false
}

// Role is a responsibility a person has for an entry.
type Role string

// Roles.
const (
	RoleOwner       Role = "owner"       // 所管（owner）
	RoleResponsible Role = "responsible" // SNS の責任者（responsible）
	RoleOperator    Role = "operator"    // 投稿担当（operators）
	RoleCustodian   Role = "custodian"   // パスワード管理（credential_custodian）
	RoleManager     Role = "manager"     // 外部サービス管理者（manager）
)

// Label returns the display name of r in lang.
func (r Role) Label(lang Lang) string { return pick(lang, roleLabels[r], string(r)) }

var roleLabels = map[Role][2]string{
	RoleOwner: {"所管", "Owner"}, RoleResponsible: {"責任者", "Responsible"}, RoleOperator: {"投稿担当", "Operator"},
	RoleCustodian: {"パスワード管理", "Credential custodian"}, RoleManager: {"外部サービス管理者", "Service manager"},
}

// RoleApprover is the role of a person who signed an approval
// (approval.signatures[].person).
const RoleApprover Role = "approver"

func init() { roleLabels[RoleApprover] = [2]string{"決裁者", "Approver"} }

// PostRule names a pair of a person's dates that must come in order
// (PostOrder).
type PostRule int

// The pairs of dates PersonDateOrders gives; J is the index of the earlier
// posting in Person.Previous.
const (
	// from, until of the current post: a post that ends before it starts
	// is held on no day (Person.HoldsOn), and the person's sign-offs were
	// judged as of nobody.
	PostTerm PostRule = iota
	// previous[J].from, previous[J].until: the same for an earlier post.
	PostPreviousTerm
	// previous[J].until, from: an earlier post ends before the current
	// one starts, and both dates are set. Without them the current post
	// (from omitted: since before the register began) covers the earlier
	// one's days, and Person.PostOn read who held a post then wrong.
	PostPreviousEnds
)

// PostOrder is a pair of a person's dates that must come in order: for
// PostTerm and PostPreviousTerm, Later on or after Earlier when both are
// set; for PostPreviousEnds, Earlier (the earlier post's until) before
// Later (the current post's from), both set (OutOfOrder).
type PostOrder struct {
	Rule           PostRule
	J              int // the index in Person.Previous (PostPreviousTerm, PostPreviousEnds)
	Earlier, Later Date
}

// OutOfOrder reports whether o breaks its rule (see PostOrder): the store
// refuses register.yaml (bad-value), and CheckOrganisation an
// Organisation built in Go (ErrOrgSetting).
func (o PostOrder) OutOfOrder() bool {
	if o.Rule == PostPreviousEnds {
		return o.Earlier.IsZero() || o.Later.IsZero() || !o.Earlier.Before(o.Later)
	}
	return !o.Earlier.IsZero() && !o.Later.IsZero() && o.Later.Before(o.Earlier)
}

// Paths returns the paths of the earlier and the later field in the
// person's record of register.yaml (people[i]), as keys (string) and
// indices (int): from and until; previous, J, from and previous, J,
// until; previous, J, until and from.
func (o PostOrder) Paths() (earlier, later []any) {
	switch o.Rule {
	case PostPreviousTerm:
		return []any{"previous", o.J, "from"}, []any{"previous", o.J, "until"}
	case PostPreviousEnds:
		return []any{"previous", o.J, "until"}, []any{"from"}
	}
	return []any{"from"}, []any{"until"}
}

// PersonDateOrders calls yield for each pair of p's dates that must come
// in order (PostOrder), in the record's field order (the current post,
// then each earlier post's term and its end before the current post),
// until yield returns false. It is the one list of these rules: the store
// refuses register.yaml with a pair out of order (OutOfOrder), and
// CheckOrganisation an Organisation built in Go.
func PersonDateOrders(p *Person, yield func(PostOrder) bool) {
	if !yield(PostOrder{PostTerm, 0, p.From, p.Until}) {
		return
	}
	for j := range p.Previous {
		q := &p.Previous[j]
		if !yield(PostOrder{PostPreviousTerm, j, q.From, q.Until}) ||
			!yield(PostOrder{PostPreviousEnds, j, q.Until, p.From}) {
			return
		}
	}
}

// checkPeople returns the error wrapping ErrOrgSetting for the first
// person of org whose date is after the year MaxYear (the store refuses it
// as out-of-range) or whose dates are out of order (PersonDateOrders).
func checkPeople(org *Organisation) error {
	for i := range org.People {
		p := &org.People[i]
		if err := latePersonDate(i, p); err != nil {
			return err
		}
		var bad PostOrder
		found := false
		PersonDateOrders(p, func(o PostOrder) bool {
			bad, found = o, o.OutOfOrder()
			return !found
		})
		if !found {
			continue
		}
		ep, lp := bad.Paths()
		ef, lf := fieldPath(ep), fieldPath(lp)
		if bad.Rule == PostPreviousEnds {
			return fmt.Errorf("%w: Organisation.People[%d] (%q): previous[%d] (until %s) does not end before the current post starts (from %s): give the earlier post's last day in its until and the current post's first day, after it, in from / 職員 %q の以前の課・役職 previous[%d]（until %s）が今の課・役職の開始（from %s）より前に終わっていません", ErrOrgSetting,
				i, p.ID, bad.J, orNone(bad.Earlier, "none"), orNone(bad.Later, "none"), p.ID, bad.J, orNone(bad.Earlier, "空欄"), orNone(bad.Later, "空欄"))
		}
		return fmt.Errorf("%w: Organisation.People[%d] (%q): %s %s is before %s %s (correct one of the two dates) / 職員 %q の %s（%s）が %s（%s）より前になっています", ErrOrgSetting,
			i, p.ID, lf, bad.Later, ef, bad.Earlier, p.ID, lf, bad.Later, ef, bad.Earlier)
	}
	return nil
}

// latePersonDate returns the error wrapping ErrOrgSetting for the first
// date of p (people[i]) after the year MaxYear, which the store refuses
// (out-of-range).
func latePersonDate(i int, p *Person) error {
	field, d := "", Date{}
	switch {
	case late(p.From):
		field, d = "from", p.From
	case late(p.Until):
		field, d = "until", p.Until
	default:
		for j := range p.Previous {
			if q := &p.Previous[j]; late(q.From) {
				field, d = fmt.Sprintf("previous[%d].from", j), q.From
				break
			} else if late(q.Until) {
				field, d = fmt.Sprintf("previous[%d].until", j), q.Until
				break
			}
		}
	}
	if field == "" {
		return nil
	}
	return fmt.Errorf("%w: Organisation.People[%d] (%q): %s %s is after the year %d (a slip, such as 2926 for 2026; leave an open end out) / 職員 %q の %s（%s）は %d 年より後です（年を直すか、期限がなければ書かないでください）", ErrOrgSetting,
		i, p.ID, field, d, MaxYear, p.ID, field, d, MaxYear)
}

// orNone is d, or none when it is zero (for a message).
func orNone(d Date, none string) string {
	if d.IsZero() {
		return none
	}
	return d.String()
}
