package riskassess_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/google/go-cmp/cmp"
)

// checkedField returns the field CheckEntry's error names ("" for nil),
// failing t when the error does not wrap ErrEntryValue.
func checkedField(t *testing.T, e riskassess.Entry) string {
	t.Helper()
	err := riskassess.CheckEntry(nil, e)
	if err == nil {
		return ""
	}
	if !errors.Is(err, riskassess.ErrEntryValue) {
		t.Fatalf("CheckEntry = %v, want an error wrapping ErrEntryValue", err)
	}
	_, rest, _ := strings.Cut(err.Error(), `": `)
	field, _, _ := strings.Cut(rest, " ")
	return field
}

// TestCheckEntryDateOrder: an entry built in Go with two dates out of
// order, which the store refuses in a register file, is refused naming the
// later field (the sign-off or the history record dated after
// decided_on); before, it was scored as if fine: a contract whose to is
// before its from counted as ended, a certificate obtained after it
// expired as held until then. Dates in order, the same day, a date left
// out and a retirement decided after the approval's valid_until pass, as
// the store lets them.
func TestCheckEntryDateOrder(t *testing.T) {
	d := func(y, m, day int) riskassess.Date { return riskassess.NewDate(y, time.Month(m), day) }
	con := func(f func(c *riskassess.Contractor)) riskassess.Entry {
		c := &riskassess.Contractor{Common: riskassess.Common{ID: "acme"}}
		c.Approval = riskassess.Approval{Status: riskassess.StatusApproved, DecidedOn: d(2026, 4, 1), ValidUntil: d(2027, 3, 31),
			Signatures: []riskassess.Signature{{Position: "kacho", On: d(2026, 3, 30)}},
			History:    []riskassess.DecisionRecord{{Status: riskassess.StatusConditional, On: d(2025, 4, 1), ValidUntil: d(2026, 3, 31)}}}
		c.Rounds = []riskassess.RoundRecord{{Name: "r1", SentOn: d(2026, 1, 5), ReplyDue: d(2026, 1, 31), ReturnedOn: d(2026, 1, 20), ImportedOn: d(2026, 1, 21)}}
		c.Contracts = []riskassess.Contract{{ID: "k1", From: d(2025, 4, 1), To: d(2026, 3, 31), DataReturnedOn: d(2026, 4, 10)}}
		c.Remediation = []riskassess.RemediationItem{{RaisedOn: d(2026, 5, 1), Due: d(2026, 6, 30), ClosedOn: d(2026, 6, 1)}}
		c.Certifications = []riskassess.Certification{{Type: riskassess.CertISMS, ObtainedOn: d(2024, 1, 10), ValidUntil: d(2027, 1, 9)}}
		f(c)
		return c
	}
	svc := func(f func(s *riskassess.Service)) riskassess.Entry {
		s := &riskassess.Service{Common: riskassess.Common{ID: "forms"}, ContractType: riskassess.ContractTerms, Delivery: riskassess.DeliverySaaS}
		s.Certifications = []riskassess.Certification{{Type: riskassess.CertISO27017, ObtainedOn: d(2025, 1, 10), ValidUntil: d(2028, 1, 9)}}
		f(s)
		return s
	}
	tests := []struct {
		name  string
		entry riskassess.Entry
		want  string // the field named; "" for no error
	}{
		{"all in order", con(func(*riskassess.Contractor) {}), ""},
		{"service in order", svc(func(*riskassess.Service) {}), ""},
		{"same day everywhere", con(func(c *riskassess.Contractor) {
			c.Approval.ValidUntil, c.Approval.Signatures[0].On = c.Approval.DecidedOn, c.Approval.DecidedOn
			c.Approval.History[0].On, c.Approval.History[0].ValidUntil = c.Approval.DecidedOn, c.Approval.DecidedOn
			c.Contracts[0].To, c.Contracts[0].DataReturnedOn = c.Contracts[0].From, c.Contracts[0].From
			c.Remediation[0].Due, c.Remediation[0].ClosedOn = c.Remediation[0].RaisedOn, c.Remediation[0].RaisedOn
			c.Certifications[0].ValidUntil = c.Certifications[0].ObtainedOn
		}), ""},
		{"dates left out", con(func(c *riskassess.Contractor) {
			c.Approval.DecidedOn, c.Contracts[0].From, c.Remediation[0].RaisedOn, c.Certifications[0].ObtainedOn = riskassess.Date{}, riskassess.Date{}, riskassess.Date{}, riskassess.Date{}
			c.Contracts[0].To = d(2020, 1, 1)
		}), ""},
		{"retirement after the approval expired", con(func(c *riskassess.Contractor) {
			c.Approval.Status, c.Approval.DecidedOn = riskassess.StatusRetired, d(2027, 6, 1)
			c.Approval.Signatures[0].On = d(2027, 5, 30)
			c.Approval.History[0].Status = riskassess.StatusRetired
			c.Approval.History[0].ValidUntil = d(2020, 1, 1)
		}), ""},
		{"contract to before from", con(func(c *riskassess.Contractor) { c.Contracts[0].To = d(2025, 3, 31) }), "contracts[0].to"},
		{"data returned before the contract began", con(func(c *riskassess.Contractor) { c.Contracts[0].DataReturnedOn = d(2025, 3, 31) }), "contracts[0].data_returned_on"},
		{"certificate expires before obtained", con(func(c *riskassess.Contractor) { c.Certifications[0].ValidUntil = d(2023, 1, 9) }), "certifications[0].valid_until"},
		{"service certificate expires before obtained", svc(func(s *riskassess.Service) { s.Certifications[0].ObtainedOn = d(2029, 1, 10) }), "certifications[0].valid_until"},
		{"approval ends before decided", con(func(c *riskassess.Contractor) { c.Approval.ValidUntil = d(2026, 3, 31) }), "approval.valid_until"},
		{"history record ends before decided", con(func(c *riskassess.Contractor) { c.Approval.History[0].ValidUntil = d(2025, 3, 31) }), "approval.history[0].valid_until"},
		{"history record after decided_on", con(func(c *riskassess.Contractor) {
			c.Approval.History[0].On, c.Approval.History[0].ValidUntil = d(2026, 5, 1), riskassess.Date{}
		}), "approval.history[0].on"},
		{"sign-off after decided_on", con(func(c *riskassess.Contractor) { c.Approval.Signatures[0].On = d(2026, 4, 2) }), "approval.signatures[0].on"},
		{"reply due before sent", con(func(c *riskassess.Contractor) { c.Rounds[0].ReplyDue = d(2026, 1, 4) }), "rounds[0].reply_due"},
		{"returned before sent", con(func(c *riskassess.Contractor) { c.Rounds[0].ReturnedOn = d(2025, 1, 20) }), "rounds[0].returned_on"},
		{"imported before sent", con(func(c *riskassess.Contractor) { c.Rounds[0].ImportedOn = d(2025, 1, 21) }), "rounds[0].imported_on"},
		{"action due before raised", con(func(c *riskassess.Contractor) { c.Remediation[0].Due = d(2026, 4, 30) }), "remediation[0].due"},
		{"action closed before raised", con(func(c *riskassess.Contractor) { c.Remediation[0].ClosedOn = d(2026, 4, 30) }), "remediation[0].closed_on"},
		{"a date after MaxYear first", con(func(c *riskassess.Contractor) {
			c.Contracts[0].To = d(2025, 3, 31)
			c.Certifications[0].ValidUntil = d(riskassess.MaxYear+1, 1, 9)
		}), "certifications[0].valid_until"},
		{"MaxYear itself", svc(func(s *riskassess.Service) { s.Certifications[0].ValidUntil = d(riskassess.MaxYear, 12, 31) }), ""},
	}
	var got, want []string
	for _, tt := range tests {
		got = append(got, tt.name+": "+checkedField(t, tt.entry))
		want = append(want, tt.name+": "+tt.want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckEntry's field (-want +got):\n%s", diff)
	}
}

// TestCheckEntryLateDates: every date field of the three kinds (found by
// reflection, so a new field must be added to checkLateDates) set to a
// day of the year after MaxYear is refused, naming the field; the last
// day of MaxYear passes. Before, a certificate or an approval valid until
// 2926 counted as in force for centuries.
func TestCheckEntryLateDates(t *testing.T) {
	dateT := reflect.TypeFor[riskassess.Date]()
	// fields returns the YAML paths of the dates under v (a struct),
	// growing every slice to one element and every nil pointer to a value
	// so that their dates exist.
	var fields func(v reflect.Value, path string, set func(reflect.Value, string))
	fields = func(v reflect.Value, path string, set func(reflect.Value, string)) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			fields(v.Elem(), path, set)
		case reflect.Slice:
			if v.Len() == 0 {
				v.Set(reflect.MakeSlice(v.Type(), 1, 1))
			}
			fields(v.Index(0), path+"[0]", set)
		case reflect.Struct:
			if v.Type() == dateT {
				set(v, path)
				return
			}
			for i := range v.NumField() {
				f := v.Type().Field(i)
				if !f.IsExported() {
					continue
				}
				if f.Anonymous {
					fields(v.Field(i), path, set)
					continue
				}
				name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
				if name == "" || name == "-" {
					continue
				}
				fields(v.Field(i), strings.TrimPrefix(path+"."+name, "."), set)
			}
		}
	}
	kinds := []func() riskassess.Entry{
		func() riskassess.Entry { return &riskassess.Contractor{Common: riskassess.Common{ID: "acme"}} },
		func() riskassess.Entry {
			return &riskassess.Service{Common: riskassess.Common{ID: "forms"}, ContractType: riskassess.ContractTerms, Delivery: riskassess.DeliverySaaS}
		},
		func() riskassess.Entry {
			return &riskassess.Social{Common: riskassess.Common{ID: "x-pr"}, Platform: riskassess.PlatformX}
		},
	}
	var got, want []string
	n := 0
	for _, mk := range kinds {
		// Every date field one at a time; the others left zero.
		var paths []string
		fields(reflect.ValueOf(mk()), "", func(_ reflect.Value, p string) { paths = append(paths, p) })
		for _, p := range paths {
			e := mk()
			fields(reflect.ValueOf(e), "", func(v reflect.Value, q string) {
				if q == p {
					v.Set(reflect.ValueOf(riskassess.NewDate(riskassess.MaxYear+1, time.January, 1)))
				}
			})
			want = append(want, string(e.Kind())+" "+p)
			got = append(got, string(e.Kind())+" "+checkedField(t, e))
			n++
		}
		// Every date field on the last day of MaxYear: no error (a
		// review's previous_review, strictly before its date, the day
		// before: riskassess.DatePreviousReview).
		e := mk()
		fields(reflect.ValueOf(e), "", func(v reflect.Value, q string) {
			day := 31
			if strings.HasSuffix(q, ".previous_review") {
				day = 30
			}
			v.Set(reflect.ValueOf(riskassess.NewDate(riskassess.MaxYear, time.December, day)))
		})
		want = append(want, string(e.Kind())+" at MaxYear: ")
		got = append(got, string(e.Kind())+" at MaxYear: "+checkedField(t, e))
	}
	if n < 50 {
		t.Fatalf("found %d date fields, want the fifty-odd of the three kinds", n)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckEntry's field for a date after MaxYear (-want +got):\n%s", diff)
	}
}
