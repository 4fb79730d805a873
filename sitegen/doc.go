// Package sitegen writes the register as a static, self-contained HTML site:
// a dashboard, the full register table, one page per entry, owners,
// approvals, requirements and official accounts, plus JSON and CSV
// downloads. With Options.Public it writes only what may be published on the
// organisation's website: the official social-media accounts and the
// approved external services.
//
// The site has no external dependencies (no CDN, fonts or images), uses
// relative links only, so it works from file:// and under any sub-path, and
// every page carries a strict Content-Security-Policy: there is no inline
// script or inline style anywhere.
//
// Build runs in phases, as Hugo does: assemble (plain, sorted view structs),
// render (templates executed on a bounded worker pool, each page staged into
// a temporary folder next to the output folder) and commit (the old site is
// swapped for the new one only when every page was written). Pages whose
// bytes did not change are hard-linked from the old site, so their
// modification times stay.
//
// The caller loads and assesses the register; sitegen imports neither the
// YAML store nor the Excel adapter.
package sitegen
