package riskassess

import "slices"

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
