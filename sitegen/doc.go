// Package sitegen writes the register as a static, self-contained HTML site:
// a dashboard, the full register table, one page per entry, owners,
// approvals, requirements and official accounts, plus JSON and CSV
// downloads. With Options.Public it writes only what may be published on the
// organisation's website: the official social-media accounts and the
// approved external services.
//
// The shortest use, from a register folder to a site (Example_folder):
//
//	res, err := load.Dir("examples/chofu-gikai")
//	as, err := riskassess.Scorer{Blockers: res.Blockers}.AssessAll(res.Register, res.Requirements, asOf)
//	publiclist.Apply(res.Register, as) // cross-checks against the register's lists/ snapshots
//	rep, err := sitegen.Build(ctx, res.Register, as, sitegen.Options{
//		OutDir: "public", AsOf: asOf, Requirements: res.Requirements, CatalogueVersion: catalog.Version, // recorded in downloads/register.json
//	})
//
// Every entry page opens with 次にすること (report.NextActions): why the
// entry is (not) approvable and up to five steps with who and by when.
//
// The site has no external dependencies (no CDN, fonts or images), uses
// relative links only, so it works from file:// and under any sub-path, and
// every page carries a strict Content-Security-Policy: there is no inline
// script or inline style anywhere. Nothing on a page makes the browser load
// anything from outside the site's folder: an image in the notes is written
// as a link (http or https) or as its alt text, never as <img>.
//
// Build runs in phases, as Hugo does: assemble (plain, sorted view structs),
// render (each page written by its render function, on a bounded worker
// pool, and staged into a temporary folder next to the output folder) and
// commit (the old site is swapped for the new one only when every page was
// written). Pages whose bytes did not change are hard-linked from the old
// site, so their modification times stay. Every page is written the same
// way: a render function per view around one layout function, through one
// HTML writer with one escaper and one URL filter; there are no templates.
//
// Pages of the internal site: index.html (dashboard: counts by kind,
// residual risk, recommended decision and approval status; SVG heat map of inherent
// risk × control score and bars of residual risk by kind, each with a
// table alternative; overdue items and expiries within 90 days),
// due.html (every overdue and upcoming item), register.html (every entry;
// assets/app.js adds sorting and filtering, the table is complete without
// it), entries/KIND/ID.html (every field, the assessment, findings grouped
// by outcome with remediation, deadlines, answers, questionnaire history,
// notes as Markdown, evidence), owners.html, approvals.html,
// requirements.html and requirements/ID.html (the entries failing each
// requirement), accounts.html (official accounts, written to be
// published), downloads.html with downloads/register.json and one CSV per
// kind.
//
// The public site (Options.Public) has index.html, accounts.html (accounts
// that are active or suspended and approved, conditionally approved or
// suspended, with platform, handle, link, purpose, responsible section and
// notice) and services.html (approved and conditionally approved services
// with purpose and responsible section) and the stylesheet: no findings,
// contracts, certificates, notes, people, answers or assessments. Both
// lists take the decision in force on the as-of date: a decision dated
// after it had not been taken then, and the latest earlier decision of
// approval.history stands in (none: the entry is left out). So do the
// register page's status column, the entry page's status and the
// dashboard's counts, where an entry with no decision by then is 未決定
// (undecided), with the later decision's date.
//
// The caller loads and assesses the register; sitegen imports neither the
// YAML store nor the Excel adapter.
package sitegen
