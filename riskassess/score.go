package riskassess

// Assess scores entry e against reqs as of asOf. PLACEHOLDER: being implemented.
func Assess(org *Organisation, reqs []Requirement, e Entry, asOf Date) Assessment {
	return Assessment{Kind: e.Kind(), EntryID: e.Base().ID, AsOf: asOf}
}

// AssessAll assesses every entry of reg, in reg.Entries() order.
func AssessAll(reg *Register, reqs []Requirement, asOf Date) []Assessment {
	var out []Assessment
	for _, e := range reg.Entries() {
		out = append(out, Assess(&reg.Org, reqs, e, asOf))
	}
	return out
}
