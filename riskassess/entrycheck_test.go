package riskassess_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gikai-sec/riskregister/internal/synth"
	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/store"
	"github.com/google/go-cmp/cmp"
)

// TestCheckEntry: an entry built in Go with a value its field does not
// allow is refused, naming the entry, the field and the allowed values;
// before, the scorer read it as no value (class "3a" as not stated,
// "Approved" as not approved).
func TestCheckEntry(t *testing.T) {
	con := func(f func(c *riskassess.Contractor)) riskassess.Entry {
		c := &riskassess.Contractor{Common: riskassess.Common{ID: "acme"}}
		c.Contracts = []riskassess.Contract{{ID: "k1", Segments: []riskassess.Segment{riskassess.SegmentLGWAN},
			Information: []riskassess.InformationAccess{{Class: riskassess.Classification{Confidentiality: "2"}}}}}
		f(c)
		return c
	}
	svc := func(f func(s *riskassess.Service)) riskassess.Entry {
		s := &riskassess.Service{Common: riskassess.Common{ID: "forms"}, ContractType: riskassess.ContractTerms,
			Delivery: riskassess.DeliverySaaS, Class: riskassess.Classification{Confidentiality: "3"}}
		f(s)
		return s
	}
	soc := func(f func(s *riskassess.Social)) riskassess.Entry {
		s := &riskassess.Social{Common: riskassess.Common{ID: "x-pr"}, Platform: riskassess.PlatformX, Status: riskassess.AccountActive}
		f(s)
		return s
	}
	const (
		statuses = "draft, requested, approved, conditional, rejected, suspended, retired"
		conf     = "3A, 3B, 3C, 2, 1"
	)
	tests := []struct {
		name  string
		entry riskassess.Entry
		want  string // the error after ErrEntryValue's text and ": "; "" for none
	}{
		{"valid contractor", con(func(*riskassess.Contractor) {}), ""},
		{"valid service, alias 3 and empty values", svc(func(s *riskassess.Service) { s.Delivery = "" }), ""},
		{"valid social", soc(func(*riskassess.Social) {}), ""},
		{"approval.status", con(func(c *riskassess.Contractor) { c.Approval.Status = "Approved" }),
			`contractor "acme": approval.status "Approved" (want one of ` + statuses + `) / 委託事業者 acme の approval.status "Approved" は使えません（使える値: ` + statuses + `）`},
		{"approval.history", svc(func(s *riskassess.Service) {
			s.Approval.History = []riskassess.DecisionRecord{{Status: "approved"}, {Status: "承認"}}
		}), `service "forms": approval.history[1].status "承認" (want one of ` + statuses + `) / 外部サービス forms の approval.history[1].status "承認" は使えません（使える値: ` + statuses + `）`},
		{"assessments.by", soc(func(s *riskassess.Social) {
			s.Assessments = []riskassess.AssessmentRecord{{By: "Council"}}
		}), `social "x-pr": assessments[0].by "Council" (want one of register, vendor, council) / ソーシャルメディアアカウント x-pr の assessments[0].by "Council" は使えません（使える値: register, vendor, council）`},
		{"assessments.evidence.strength", svc(func(s *riskassess.Service) {
			s.Assessments = []riskassess.AssessmentRecord{{}, {Evidence: []riskassess.ForeignEvidence{{Strength: "full"}, {Strength: "strong"}}}}
		}), `service "forms": assessments[1].evidence[1].strength "strong" (want one of full, partial, evidence) / 外部サービス forms の assessments[1].evidence[1].strength "strong" は使えません（使える値: full, partial, evidence）`},
		{"reviews.outcome", con(func(c *riskassess.Contractor) {
			c.Reviews = []riskassess.ReviewRecord{{Outcome: "Retired"}}
		}), `contractor "acme": reviews[0].outcome "Retired" (want one of still-valid, rescored, conditions-changed, retired) / 委託事業者 acme の reviews[0].outcome "Retired" は使えません（使える値: still-valid, rescored, conditions-changed, retired）`},
		{"reviews.residual", con(func(c *riskassess.Contractor) {
			c.Reviews = []riskassess.ReviewRecord{{Outcome: riskassess.ReviewStillValid, Residual: "高"}}
		}), `contractor "acme": reviews[0].residual "高" (want one of low, medium, high, critical) / 委託事業者 acme の reviews[0].residual "高" は使えません（使える値: low, medium, high, critical）`},
		{"reviews.decision", con(func(c *riskassess.Contractor) {
			c.Reviews = []riskassess.ReviewRecord{{Decision: "承認可"}}
		}), `contractor "acme": reviews[0].decision "承認可" (want one of approve, conditional, reject) / 委託事業者 acme の reviews[0].decision "承認可" は使えません（使える値: approve, conditional, reject）`},
		{"contracts.information.class", con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information = append(c.Contracts[0].Information, riskassess.InformationAccess{Class: riskassess.Classification{Confidentiality: "3a"}})
		}), `contractor "acme": contracts[0].information[1].class.confidentiality "3a" (want one of ` + conf + `) / 委託事業者 acme の contracts[0].information[1].class.confidentiality "3a" は使えません（使える値: ` + conf + `）`},
		{"contracts.information.class integrity", con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information[0].Class.Integrity = "完全性2"
		}), `contractor "acme": contracts[0].information[0].class.integrity "完全性2" (want one of 2, 1) / 委託事業者 acme の contracts[0].information[0].class.integrity "完全性2" は使えません（使える値: 2, 1）`},
		{"contracts.segments", con(func(c *riskassess.Contractor) {
			c.Contracts = append(c.Contracts, riskassess.Contract{ID: "k2", Segments: []riskassess.Segment{"LGWAN"}})
		}), `contractor "acme": contracts[1].segments[0] "LGWAN" (want one of mynumber, lgwan, internet) / 委託事業者 acme の contracts[1].segments[0] "LGWAN" は使えません（使える値: mynumber, lgwan, internet）`},
		{"contracts.work_sites.kind", con(func(c *riskassess.Contractor) {
			c.Contracts[0].WorkSites = []riskassess.WorkSite{{Kind: "datacenter"}}
		}), `contractor "acme": contracts[0].work_sites[0].kind "datacenter" (want one of our-premises, vendor-premises, remote, data-centre) / 委託事業者 acme の contracts[0].work_sites[0].kind "datacenter" は使えません（使える値: our-premises, vendor-premises, remote, data-centre）`},
		{"contractor certifications.type", con(func(c *riskassess.Contractor) {
			c.Certifications = []riskassess.Certification{{Type: "ISMS"}}
		}), `contractor "acme": certifications[0].type "ISMS" (want one of isms, privacy-mark, iso27017, iso27018, soc2, aspic, other) / 委託事業者 acme の certifications[0].type "ISMS" は使えません（使える値: isms, privacy-mark, iso27017, iso27018, soc2, aspic, other）`},
		{"contract_type", svc(func(s *riskassess.Service) { s.ContractType = "約款" }),
			`service "forms": contract_type "約款" (want one of negotiated, terms) / 外部サービス forms の contract_type "約款" は使えません（使える値: negotiated, terms）`},
		{"delivery", svc(func(s *riskassess.Service) { s.Delivery = "SaaS" }),
			`service "forms": delivery "SaaS" (want one of lgwan-asp, saas, iaas-paas, on-premises) / 外部サービス forms の delivery "SaaS" は使えません（使える値: lgwan-asp, saas, iaas-paas, on-premises）`},
		{"segments", svc(func(s *riskassess.Service) {
			s.Segments = []riskassess.Segment{riskassess.SegmentInternet, "インターネット接続系"}
		}), `service "forms": segments[1] "インターネット接続系" (want one of mynumber, lgwan, internet) / 外部サービス forms の segments[1] "インターネット接続系" は使えません（使える値: mynumber, lgwan, internet）`},
		{"class", svc(func(s *riskassess.Service) { s.Class.Confidentiality = "機密性3A" }),
			`service "forms": class.confidentiality "機密性3A" (want one of ` + conf + `) / 外部サービス forms の class.confidentiality "機密性3A" は使えません（使える値: ` + conf + `）`},
		{"class availability", svc(func(s *riskassess.Service) { s.Class.Availability = "3" }),
			`service "forms": class.availability "3" (want one of 2, 1) / 外部サービス forms の class.availability "3" は使えません（使える値: 2, 1）`},
		{"ismap.list", svc(func(s *riskassess.Service) { s.ISMAP = &riskassess.ISMAP{List: "ISMAP"} }),
			`service "forms": ismap.list "ISMAP" (want one of ismap, ismap-liu) / 外部サービス forms の ismap.list "ISMAP" は使えません（使える値: ismap, ismap-liu）`},
		{"service certifications.type", svc(func(s *riskassess.Service) {
			s.Certifications = []riskassess.Certification{{Type: riskassess.CertSOC2}, {Type: "SOC2"}}
		}), `service "forms": certifications[1].type "SOC2" (want one of isms, privacy-mark, iso27017, iso27018, soc2, aspic, other) / 外部サービス forms の certifications[1].type "SOC2" は使えません（使える値: isms, privacy-mark, iso27017, iso27018, soc2, aspic, other）`},
		{"platform", soc(func(s *riskassess.Social) { s.Platform = "Twitter" }),
			`social "x-pr": platform "Twitter" (want one of x, youtube, facebook, instagram, line, tiktok, note, other) / ソーシャルメディアアカウント x-pr の platform "Twitter" は使えません（使える値: x, youtube, facebook, instagram, line, tiktok, note, other）`},
		// Values of fields the store refuses as bad-value or bad-enum that
		// the scorer read as plausible: My Number information of class 1
		// met CLD-56 and escaped BLK-TERMS-CLASS2; an availability of
		// 0.999 (99.9%) left CLD-19 partial and one of 150 met it; a
		// country "jp" or "日本" was scored as data kept abroad.
		{"service my_number class 1", svc(func(s *riskassess.Service) { s.MyNumber, s.Class.Confidentiality = true, "1" }),
			`service "forms": class.confidentiality "1" with my_number: My Number information is never class 1 (want one of 3A, 3B, 3C, 2, or my_number false) / 外部サービス forms の class.confidentiality "1" は my_number の情報には使えません（特定個人情報は機密性1ではありません。使える値: 3A, 3B, 3C, 2）`},
		{"contract information my_number class 1", con(func(c *riskassess.Contractor) {
			c.Contracts[0].Information = append(c.Contracts[0].Information, riskassess.InformationAccess{Class: riskassess.Classification{Confidentiality: "1"}, MyNumber: true})
		}), `contractor "acme": contracts[0].information[1].class.confidentiality "1" with contracts[0].information[1].my_number: My Number information is never class 1 (want one of 3A, 3B, 3C, 2, or my_number false) / 委託事業者 acme の contracts[0].information[1].class.confidentiality "1" は contracts[0].information[1].my_number の情報には使えません（特定個人情報は機密性1ではありません。使える値: 3A, 3B, 3C, 2）`},
		{"my_number class 3", svc(func(s *riskassess.Service) { s.MyNumber = true }), ""},
		{"my_number class 2 in a contract", con(func(c *riskassess.Contractor) { c.Contracts[0].Information[0].MyNumber = true }), ""},
		{"my_number class not stated", svc(func(s *riskassess.Service) { s.MyNumber, s.Class.Confidentiality = true, "" }), ""},
		{"class 1 without my_number", svc(func(s *riskassess.Service) { s.Class.Confidentiality = "1" }), ""},
		{"sla.availability fraction", svc(func(s *riskassess.Service) { s.SLA = &riskassess.SLA{Availability: 0.999} }),
			`service "forms": sla.availability 0.999 (want a percentage above 1 and at most 100, e.g. 99.9; 0 for not recorded) / 外部サービス forms の sla.availability 0.999 は使えません（1 より大きく 100 以下のパーセント、例: 99.9）`},
		{"sla.availability above 100", svc(func(s *riskassess.Service) { s.SLA = &riskassess.SLA{Availability: 999} }),
			`service "forms": sla.availability 999 (want a percentage above 1 and at most 100, e.g. 99.9; 0 for not recorded) / 外部サービス forms の sla.availability 999 は使えません（1 より大きく 100 以下のパーセント、例: 99.9）`},
		{"sla.availability negative", svc(func(s *riskassess.Service) { s.SLA = &riskassess.SLA{Availability: -1} }),
			`service "forms": sla.availability -1 (want a percentage above 1 and at most 100, e.g. 99.9; 0 for not recorded) / 外部サービス forms の sla.availability -1 は使えません（1 より大きく 100 以下のパーセント、例: 99.9）`},
		{"sla.availability percent", svc(func(s *riskassess.Service) { s.SLA = &riskassess.SLA{Availability: 99.9, Support: "平日"} }), ""},
		{"sla.availability 100", svc(func(s *riskassess.Service) { s.SLA = &riskassess.SLA{Availability: 100} }), ""},
		{"sla without availability", svc(func(s *riskassess.Service) { s.SLA = &riskassess.SLA{Support: "24時間365日"} }), ""},
		{"data_locations country in English", svc(func(s *riskassess.Service) {
			s.DataLocations = []riskassess.DataLocation{{Country: "JP"}, {Country: "Japan", Region: "大阪"}}
		}), `service "forms": data_locations[1].country "Japan" (want JP) / 外部サービス forms の data_locations[1].country "Japan" は使えません（JP と書いてください）`},
		{"data_locations country in full width", svc(func(s *riskassess.Service) { s.DataLocations = []riskassess.DataLocation{{Country: "ＪＰ"}} }),
			`service "forms": data_locations[0].country "ＪＰ" (want JP) / 外部サービス forms の data_locations[0].country "ＪＰ" は使えません（JP と書いてください）`},
		{"data_locations country in Japanese", svc(func(s *riskassess.Service) { s.DataLocations = []riskassess.DataLocation{{Country: "日本"}} }),
			`service "forms": data_locations[0].country "日本" (want JP) / 外部サービス forms の data_locations[0].country "日本" は使えません（JP と書いてください）`},
		{"data_locations not a country", svc(func(s *riskassess.Service) { s.DataLocations = []riskassess.DataLocation{{Country: "EU"}} }),
			`service "forms": data_locations[0].country "EU" (want an ISO 3166-1 alpha-2 code, e.g. JP, US, IE) / 外部サービス forms の data_locations[0].country "EU" は使えません（ISO 3166-1 の2文字の国コード（例: JP、US、IE））`},
		{"data_locations codes, a code in lower case and region only", svc(func(s *riskassess.Service) {
			s.DataLocations = []riskassess.DataLocation{{Country: "JP", Region: "東京"}, {Country: "ie"}, {Country: " jp "}, {Region: "不明"}}
		}), ""},
		{"status", soc(func(s *riskassess.Social) { s.Status = "運用中" }),
			`social "x-pr": status "運用中" (want one of active, suspended, retired) / ソーシャルメディアアカウント x-pr の status "運用中" は使えません（使える値: active, suspended, retired）`},
	}
	org := &riskassess.Organisation{}
	reqs := catalog.Default()
	asOf := riskassess.NewDate(2026, time.November, 27)
	sc := scorer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := riskassess.CheckEntry(org, tt.entry)
			got := ""
			if err != nil {
				if !errors.Is(err, riskassess.ErrEntryValue) {
					t.Fatalf("CheckEntry = %v, want an error wrapping ErrEntryValue", err)
				}
				var ok bool
				if got, ok = strings.CutPrefix(err.Error(), riskassess.ErrEntryValue.Error()+": "); !ok {
					t.Fatalf("CheckEntry = %q, want it to start with ErrEntryValue's text", err)
				}
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("CheckEntry error (-want +got):\n%s", d)
			}
			// The scorer refuses what CheckEntry refuses, with its error.
			a, aerr := sc.Assess(org, reqs, tt.entry, asOf)
			if !reflect.DeepEqual(aerr, err) || (err != nil && a.EntryID != "") {
				t.Errorf("Assess = %q, %v; want %v", a.EntryID, aerr, err)
			}
			reg := &riskassess.Register{}
			switch e := tt.entry.(type) {
			case *riskassess.Contractor:
				reg.Contractors = append(reg.Contractors, e)
			case *riskassess.Service:
				reg.Services = append(reg.Services, e)
			case *riskassess.Social:
				reg.Social = append(reg.Social, e)
			}
			if as, aerr := sc.AssessAll(reg, reqs, asOf); !reflect.DeepEqual(aerr, err) || (err != nil && as != nil) {
				t.Errorf("AssessAll = %d assessments, %v; want %v", len(as), aerr, err)
			}
			assess, aerr := sc.Assessor(org, reqs)
			if aerr != nil {
				t.Fatal(aerr)
			}
			func() {
				defer func() {
					if p, _ := recover().(error); !reflect.DeepEqual(p, err) {
						t.Errorf("Assessor's function panicked with %v, want %v", p, err)
					}
				}()
				assess(tt.entry, asOf)
			}()
		})
	}
}

// TestAssessAllFirstBadEntry: AssessAll on several goroutines names the
// first entry of the register that CheckEntry refuses, whichever block a
// worker finishes first, and returns no assessments.
func TestAssessAllFirstBadEntry(t *testing.T) {
	reqs := catalog.Default()
	asOf := riskassess.NewDate(2026, time.November, 27)
	for _, workers := range []int{1, 2, 4} {
		reg := synth.Generate(1500, 2)
		ents := reg.Entries()
		ents[len(ents)-1].Base().Approval.Status = "Approved" // the last block
		ents[700].Base().Approval.Status = "承認"               // block 2
		ents[900].Base().Approval.Status = "OK"               // block 3
		want := riskassess.CheckEntry(&reg.Org, ents[700])
		sc := scorer()
		sc.Workers = workers
		as, err := sc.AssessAll(reg, reqs, asOf)
		if err == nil || err.Error() != want.Error() || as != nil {
			t.Errorf("%d workers: AssessAll = %d assessments, %v; want %v", workers, len(as), err, want)
		}
	}
}

// TestCheckEntryScheme: classification levels are checked against the
// organisation's scheme, its ids and aliases, not the default one.
func TestCheckEntryScheme(t *testing.T) {
	org := &riskassess.Organisation{Classification: &riskassess.ClassificationScheme{
		Confidentiality: []riskassess.Level{{ID: "極秘", Rank: 3, Aliases: []string{"S"}}, {ID: "秘", Rank: 2}, {ID: "公開", Rank: 1}},
	}}
	for _, tt := range []struct{ conf, want string }{
		{"極秘", ""},
		{"S", ""},
		{"", ""},
		{"3A", `service "s": class.confidentiality "3A" (want one of 極秘, 秘, 公開) / 外部サービス s の class.confidentiality "3A" は使えません（使える値: 極秘, 秘, 公開）`},
	} {
		s := &riskassess.Service{Common: riskassess.Common{ID: "s"}, Class: riskassess.Classification{Confidentiality: tt.conf, Integrity: "2"}}
		got := ""
		if err := riskassess.CheckEntry(org, s); err != nil {
			got = strings.TrimPrefix(err.Error(), riskassess.ErrEntryValue.Error()+": ")
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("confidentiality %q (-want +got):\n%s", tt.conf, d)
		}
	}
}

// TestCheckEntryExamples: every entry of the example registers, loaded by
// the store, passes CheckEntry and the registers still assess without
// error; CheckEntry allocates nothing on a valid entry.
func TestCheckEntryExamples(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	for _, dir := range []string{"chofu-gikai", "chofu-gikai-r7"} {
		reg, err := store.Load(filepath.Join("..", "examples", dir))
		if err != nil {
			t.Fatalf("loading examples/%s: %v", dir, err)
		}
		for _, e := range reg.Entries() {
			if err := riskassess.CheckEntry(&reg.Org, e); err != nil {
				t.Errorf("examples/%s: %v", dir, err)
			}
		}
		reqs, err := catalog.ForOrg(&reg.Org)
		if err != nil {
			t.Fatal(err)
		}
		as, err := scorer().AssessAll(reg, reqs, asOf)
		if err != nil || len(as) != len(reg.Entries()) || len(as) == 0 {
			t.Errorf("examples/%s: AssessAll = %d assessments, %v; want %d, nil", dir, len(as), err, len(reg.Entries()))
		}
	}
	reg := synth.Generate(300, 1)
	ents := reg.Entries()
	if n := testing.AllocsPerRun(10, func() {
		for _, e := range ents {
			if err := riskassess.CheckEntry(&reg.Org, e); err != nil {
				t.Fatal(err)
			}
		}
	}); n != 0 {
		t.Errorf("CheckEntry of valid entries: %v allocations, want 0", n)
	}
}

// TestCheckEntryCoversEveryEnum: every field of an entry whose type is one
// of the package's enums (or a Classification) is checked: each is set in
// turn to a value its type does not allow, in an entry whose lists have
// one element, and CheckEntry must refuse it naming its YAML path. A new
// enum field that CheckEntry does not check fails here.
func TestCheckEntryCoversEveryEnum(t *testing.T) {
	enum := reflect.TypeFor[riskassess.Enum]()
	class := reflect.TypeFor[riskassess.Classification]()
	for _, e := range []riskassess.Entry{&riskassess.Contractor{}, &riskassess.Service{}, &riskassess.Social{}} {
		// walk visits type ty, found at path; get returns, from a new entry,
		// the value there (making pointers and one-element slices on the
		// way). Every enum field found is checked with a bad value.
		var paths []string
		var walk func(t reflect.Type, path string, get func(reflect.Value) reflect.Value)
		walk = func(ty reflect.Type, path string, get func(reflect.Value) reflect.Value) {
			switch {
			case ty == class:
				for _, ax := range []string{"Confidentiality", "Integrity", "Availability"} {
					p := path + "." + strings.ToLower(ax)
					paths = append(paths, p)
					check(t, e, p, func(v reflect.Value) { get(v).FieldByName(ax).SetString("bad") })
				}
				return
			case ty.Kind() == reflect.String && ty.Implements(enum):
				paths = append(paths, path)
				check(t, e, path, func(v reflect.Value) { get(v).SetString("bad") })
				return
			}
			switch ty.Kind() {
			case reflect.Pointer:
				walk(ty.Elem(), path, func(v reflect.Value) reflect.Value {
					p := get(v)
					if p.IsNil() {
						p.Set(reflect.New(ty.Elem()))
					}
					return p.Elem()
				})
			case reflect.Slice:
				walk(ty.Elem(), path+"[0]", func(v reflect.Value) reflect.Value {
					s := get(v)
					if s.Len() == 0 {
						s.Set(reflect.MakeSlice(ty, 1, 1))
					}
					return s.Index(0)
				})
			case reflect.Struct:
				for i := range ty.NumField() {
					f := ty.Field(i)
					name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
					if name == "-" || !f.IsExported() {
						continue
					}
					p := path
					if name != "" {
						p = strings.TrimPrefix(path+"."+name, ".")
					}
					walk(f.Type, p, func(v reflect.Value) reflect.Value { return get(v).Field(i) })
				}
			}
		}
		walk(reflect.TypeOf(e).Elem(), "", func(v reflect.Value) reflect.Value { return v })
		if len(paths) < 3 {
			t.Errorf("%s: found only %v", e.Kind(), paths)
		}
	}
}

// check sets, on a new entry of e's type, the field at path to a bad value
// with set, and expects CheckEntry to refuse it naming path.
func check(t *testing.T, e riskassess.Entry, path string, set func(reflect.Value)) {
	t.Helper()
	v := reflect.New(reflect.TypeOf(e).Elem())
	set(v.Elem())
	err := riskassess.CheckEntry(nil, v.Interface().(riskassess.Entry))
	if !errors.Is(err, riskassess.ErrEntryValue) || !strings.Contains(err.Error(), ": "+path+` "bad" `) {
		t.Errorf("%s %s = \"bad\": CheckEntry = %v, want ErrEntryValue naming %s", e.Kind(), path, err, path)
	}
}

// TestStageFunctionsCheckEntry: the stage functions, which have no error
// to return, panic with CheckEntry's error on an entry with a value its
// field does not allow, as Assessor's function does; before, they read
// the value as no value: Inherent a class "3a" as not stated (中 where 3A
// gives 高), DueItems and ReviewOf an approval "Rejected" as not a record
// (due items and a review of a rejected entry).
func TestStageFunctionsCheckEntry(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	reqs := catalog.Default()
	svc := &riskassess.Service{Common: riskassess.Common{ID: "forms"}, ContractType: riskassess.ContractTerms,
		Delivery: riskassess.DeliverySaaS, Class: riskassess.Classification{Confidentiality: "3a"}}
	con := &riskassess.Contractor{Common: riskassess.Common{ID: "acme",
		Approval: riskassess.Approval{Status: "Rejected", DecidedOn: riskassess.NewDate(2026, time.April, 1)}}}
	for _, e := range []riskassess.Entry{svc, con} {
		want := riskassess.CheckEntry(nil, e)
		if !errors.Is(want, riskassess.ErrEntryValue) {
			t.Fatalf("%s: CheckEntry = %v, want ErrEntryValue", e.Base().ID, want)
		}
		for name, f := range map[string]func(){
			"Inherent":        func() { riskassess.Inherent(nil, e, asOf) },
			"Scorer.Inherent": func() { scorer().Inherent(nil, e, asOf) },
			"Findings":        func() { riskassess.Findings(nil, reqs, e, asOf) },
			"FindingsAt":      func() { riskassess.FindingsAt(nil, reqs, e, asOf, riskassess.RiskLow) },
			"ReviewOf":        func() { riskassess.ReviewOf(nil, e, riskassess.RiskLow, asOf) },
			"NextReview":      func() { riskassess.NextReview(nil, e, riskassess.RiskLow, asOf) },
			"DueItems":        func() { riskassess.DueItems(nil, e, asOf, asOf) },
			"DueItemsAt":      func() { riskassess.DueItemsAt(nil, reqs, e, asOf, asOf) },
			"ReviewAt":        func() { riskassess.ReviewAt(nil, reqs, e, riskassess.RiskLow, asOf) },
			"ExpiryFindingsAt": func() {
				riskassess.ExpiryFindingsAt(nil, reqs, e, nil, asOf, riskassess.DefaultExpiryWindowDays, false)
			},
		} {
			func() {
				defer func() {
					if p, _ := recover().(error); !reflect.DeepEqual(p, want) {
						t.Errorf("%s(%s) panicked with %v, want %v", name, e.Base().ID, p, want)
					}
				}()
				f()
			}()
		}
	}
}

// TestNilRegisterAndEntry: a nil register and a nil entry are refused with
// their errors; before, AssessAll(nil), a nil *Service in reg.Services and
// Assess of a nil entry panicked with a nil dereference.
func TestNilRegisterAndEntry(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	reqs := catalog.Default()
	sc := scorer()
	ok := &riskassess.Service{Common: riskassess.Common{ID: "forms"}, ContractType: riskassess.ContractTerms}
	tests := []struct {
		name string
		run  func() error
		want error
	}{
		{"AssessAll(nil)", func() error { _, err := sc.AssessAll(nil, reqs, asOf); return err }, riskassess.ErrNilRegister},
		{"AssessAll with a nil service", func() error {
			_, err := sc.AssessAll(&riskassess.Register{Services: []*riskassess.Service{ok, nil}}, reqs, asOf)
			return err
		}, riskassess.ErrNilEntry},
		{"Assess(nil)", func() error { _, err := sc.Assess(nil, reqs, nil, asOf); return err }, riskassess.ErrNilEntry},
		{"Assess((*Social)(nil))", func() error { _, err := sc.Assess(nil, reqs, (*riskassess.Social)(nil), asOf); return err }, riskassess.ErrNilEntry},
		{"CheckEntry((*Contractor)(nil))", func() error { return riskassess.CheckEntry(nil, (*riskassess.Contractor)(nil)) }, riskassess.ErrNilEntry},
		{"Assessor's function(nil)", func() (err error) {
			assess, aerr := sc.Assessor(nil, reqs)
			if aerr != nil {
				return aerr
			}
			defer func() { err, _ = recover().(error) }()
			assess(nil, asOf)
			return nil
		}, riskassess.ErrNilEntry},
	}
	for _, tt := range tests {
		var err error
		func() {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("panic: %v", p)
				}
			}()
			err = tt.run()
		}()
		if !errors.Is(err, tt.want) {
			t.Errorf("%s = %v, want an error wrapping %v", tt.name, err, tt.want)
		}
	}
	// The error names the kind of a nil entry.
	if err := riskassess.CheckEntry(nil, (*riskassess.Service)(nil)); err == nil || !strings.HasSuffix(err.Error(), ": service") {
		t.Errorf("CheckEntry((*Service)(nil)) = %v, want it to name the kind", err)
	}
}

// TestAssessAllDuplicateEntry: a register built in Go with two entries of
// one kind and id is refused (ErrDuplicateEntry, naming the kind, the id
// and the two files) with no assessments; before, AssessAll assessed both
// and the report functions, keyed by kind and id, kept one of the two.
// The same id under two kinds, and a register of distinct ids, are
// assessed.
func TestAssessAllDuplicateEntry(t *testing.T) {
	asOf := riskassess.NewDate(2026, time.November, 27)
	con := func(id, src string) *riskassess.Contractor {
		return &riskassess.Contractor{Common: riskassess.Common{ID: id, Source: src}}
	}
	svc := func(id, src string) *riskassess.Service {
		return &riskassess.Service{Common: riskassess.Common{ID: id, Source: src}, ContractType: riskassess.ContractTerms}
	}
	dup := riskassess.ErrDuplicateEntry.Error() + ": "
	tests := []struct {
		name string
		reg  *riskassess.Register
		want string // the error; "" for none
	}{
		{"two contractors acme",
			&riskassess.Register{Contractors: []*riskassess.Contractor{con("acme", "contractors/acme.yaml"), con("beta", ""), con("acme", "contractors/acme-copy.yaml")}},
			dup + `contractor "acme" (contractors/acme.yaml, contractors/acme-copy.yaml)`},
		{"two services built without a source",
			&riskassess.Register{Services: []*riskassess.Service{svc("forms", ""), svc("forms", "")}},
			dup + `service "forms"`},
		{"one id, two kinds", &riskassess.Register{Contractors: []*riskassess.Contractor{con("forms", "")}, Services: []*riskassess.Service{svc("forms", "")}}, ""},
		{"distinct ids", &riskassess.Register{Contractors: []*riskassess.Contractor{con("acme", ""), con("beta", "")}}, ""},
	}
	for _, tt := range tests {
		for _, workers := range []int{1, 2} {
			sc := scorer()
			sc.Workers = workers
			as, err := sc.AssessAll(tt.reg, catalog.Default(), asOf)
			got := ""
			if err != nil {
				got = err.Error()
				if !errors.Is(err, riskassess.ErrDuplicateEntry) || as != nil {
					t.Errorf("%s: AssessAll = %d assessments, %v; want none and ErrDuplicateEntry", tt.name, len(as), err)
				}
			} else if len(as) != len(tt.reg.Entries()) {
				t.Errorf("%s: %d assessments for %d entries", tt.name, len(as), len(tt.reg.Entries()))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s, %d workers: AssessAll error (-want +got):\n%s", tt.name, workers, diff)
			}
		}
	}
}
