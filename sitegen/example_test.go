package sitegen_test

import (
	"context"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/gikai-sec/riskregister/riskassess"
	"github.com/gikai-sec/riskregister/riskassess/catalog"
	"github.com/gikai-sec/riskregister/riskassess/load"
	"github.com/gikai-sec/riskregister/riskassess/publiclist"
	"github.com/gikai-sec/riskregister/sitegen"
)

// Build a register of three entries into a temporary folder and list the
// files of the site. The caller loads the register (riskassess/store) and
// assesses it; sitegen only writes HTML.
func Example() {
	reg := &riskassess.Register{
		Org: riskassess.Organisation{
			Name:     riskassess.T("例市議会", "Example City Council"),
			Sections: []riskassess.Section{{ID: "koho", Name: riskassess.T("広報係", "Public Relations")}},
		},
	}
	c := &riskassess.Contractor{LegalName: "株式会社例"}
	c.ID, c.Name, c.Owner.Section = "rei", riskassess.T("例株式会社", "Rei Inc."), "koho"
	c.Approval.Status = riskassess.StatusApproved
	s := &riskassess.Service{Purpose: "議会だより配信", Delivery: riskassess.DeliverySaaS, ContractType: riskassess.ContractTerms}
	s.ID, s.Name, s.Owner.Section = "mail-news", riskassess.T("メール配信", "Mail news"), "koho"
	s.Approval.Status = riskassess.StatusApproved
	x := &riskassess.Social{Platform: riskassess.PlatformX, Handle: "@rei_gikai", URL: "https://x.example/rei_gikai", Status: riskassess.AccountActive}
	x.ID, x.Name, x.Owner.Section = "x-gikai", riskassess.T("議会X", "Council on X"), "koho"
	x.Approval.Status = riskassess.StatusApproved
	reg.Contractors, reg.Services, reg.Social = []*riskassess.Contractor{c}, []*riskassess.Service{s}, []*riskassess.Social{x}

	asOf := riskassess.NewDate(2026, 11, 27)
	for _, e := range reg.Entries() {
		e.Base().Approval.DecidedOn = asOf // approved (and so reviewed) today
	}
	// The catalogue in force is catalog.ForOrg(&reg.Org); riskassess/load
	// returns it with the register (see its Example, folder to site).
	assessments, err := riskassess.Scorer{Blockers: catalog.Blockers()}.AssessAll(reg, catalog.Default(), asOf)
	if err != nil {
		log.Fatal(err)
	}

	tmp, err := os.MkdirTemp("", "sitegen-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "public")
	rep, err := sitegen.Build(context.Background(), reg, assessments, sitegen.Options{OutDir: out, AsOf: asOf})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep.Pages > 0, rep.Files >= rep.Pages)
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "requirements" {
			return filepath.SkipDir // a page per requirement of the catalogue
		}
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			fmt.Println(filepath.ToSlash(rel))
		}
		return err
	})
	// Output:
	// true true
	// .riskregister-site
	// accounts.html
	// approvals.html
	// assets/app.js
	// assets/site.css
	// downloads/contractors.csv
	// downloads/register.json
	// downloads/services.csv
	// downloads/social.csv
	// downloads.html
	// due.html
	// entries/contractor/rei.html
	// entries/service/mail-news.html
	// entries/social/x-gikai.html
	// guide/developer.html
	// guide/staff.html
	// guide/vendor.html
	// index.html
	// owners.html
	// plan.html
	// register.html
	// requirements.html
}

// From a register folder to a site, the whole path: load.Dir reads and
// checks the folder and returns the requirements in force,
// riskassess.Scorer.AssessAll scores every entry, publiclist.Apply adds the
// cross-checks against the register's public-list snapshots (lists/) and
// sitegen.Build writes the site, as riskregister build does. Each entry
// page opens with what to do next.
func Example_folder() {
	res, err := load.Dir("../examples/chofu-gikai")
	if err != nil {
		log.Fatal(err) // every problem of the register, one per line
	}
	asOf := riskassess.NewDate(2026, 11, 27)
	as, err := riskassess.Scorer{Blockers: res.Blockers}.AssessAll(res.Register, res.Requirements, asOf)
	if err != nil {
		log.Fatal(err)
	}
	publiclist.Apply(res.Register, as)
	tmp, err := os.MkdirTemp("", "sitegen-folder-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "public")
	if _, err := sitegen.Build(context.Background(), res.Register, as, sitegen.Options{
		OutDir: out, AsOf: asOf, Requirements: res.Requirements, CatalogueVersion: catalog.Version,
	}); err != nil {
		log.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "entries", "contractor", "musashino-network.html"))
	if err != nil {
		log.Fatal(err)
	}
	_, after, _ := strings.Cut(string(page), `<h2 id="h-next">`)
	fmt.Println(strings.Contains(string(page), "次にすること"), strings.Contains(after, "西村 博之（情報政策課長）"))
	// Output:
	// true true
}
