package riskassess

// RoundRecord records that an entry was sent a questionnaire in a round
// (e.g. 令和8年度春): when it was sent, when the reply is due, and, once the
// vendor returned it, when it came back and was imported. `riskregister
// round` appends it; `riskregister import` sets ReturnedOn and ImportedOn.
type RoundRecord struct {
	// Name is the round's name, unique within the entry (令和8年度春).
	Name string `yaml:"name" json:"name"`
	// SentOn is when the questionnaire was made and sent.
	SentOn Date `yaml:"sent_on" json:"sent_on"`
	// ReplyDue is the reply deadline written on the workbook's cover.
	ReplyDue Date `yaml:"reply_due" json:"reply_due"`
	// File is the workbook's path relative to the round's output folder.
	File string `yaml:"file,omitempty" json:"file,omitempty"`
	// ReturnedOn is when the vendor returned it: the reply date on the
	// cover, else the import date.
	ReturnedOn Date `yaml:"returned_on,omitempty" json:"returned_on,omitzero"`
	// ImportedOn is when the returned workbook was imported.
	ImportedOn Date `yaml:"imported_on,omitempty" json:"imported_on,omitzero"`
}

// Open reports whether the round's reply has not been imported yet.
func (r RoundRecord) Open() bool { return r.ImportedOn.IsZero() }

// OpenOn reports whether the round's reply was awaited on asOf: sent by
// then and not imported by then. A reply imported after asOf was still
// awaited, and a round sent after asOf was not yet (a past as-of date
// shows the replies chased as they were on that day).
func (r RoundRecord) OpenOn(asOf Date) bool {
	return !r.SentOn.After(asOf) && !r.importedBy(asOf)
}

func (r RoundRecord) importedBy(asOf Date) bool {
	return !r.ImportedOn.IsZero() && !r.ImportedOn.After(asOf)
}

// Round returns the round of the entry named name, or nil.
func (c *Common) Round(name string) *RoundRecord {
	for i := range c.Rounds {
		if c.Rounds[i].Name == name {
			return &c.Rounds[i]
		}
	}
	return nil
}

// SupersededBy returns the round of c sent after r whose reply has been
// imported, or nil. r's questionnaire is then out of date: its reply is no
// longer chased (DueItems), and a late reply to it is not recorded over
// the later one's answers.
func (c *Common) SupersededBy(r RoundRecord) *RoundRecord {
	return c.supersededWhen(r, func(l *RoundRecord) bool { return !l.Open() })
}

// SupersededOn is SupersededBy as it stood on asOf: only a later round
// whose reply had been imported by asOf supersedes r.
func (c *Common) SupersededOn(r RoundRecord, asOf Date) *RoundRecord {
	return c.supersededWhen(r, func(l *RoundRecord) bool { return l.importedBy(asOf) })
}

// supersededWhen returns the first round of c sent after r for which
// imported holds, or nil.
func (c *Common) supersededWhen(r RoundRecord, imported func(*RoundRecord) bool) *RoundRecord {
	for i := range c.Rounds {
		if l := &c.Rounds[i]; l.Name != r.Name && l.SentOn.After(r.SentOn) && imported(l) {
			return l
		}
	}
	return nil
}

// HasVendor reports whether e has a vendor who can answer a questionnaire:
// contractors and services do; social-media accounts are run by the
// council itself and do not.
func HasVendor(e Entry) bool { return e.Kind() != KindSocial }
