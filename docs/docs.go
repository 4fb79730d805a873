// Package docs holds the guides of riskregister, embedded so that the site
// generator (sitegen) publishes them with the register: the staff guide,
// the vendor guide and the developer guide, each a Markdown file in this
// folder, Japanese first and English second.
//
// The reference of commands, flags and YAML fields (reference.md) is
// generated from the code; regenerate it with
//
//	go test ./cmd/riskregister -run TestReferenceIsCurrent -update
package docs

import "embed"

// Guides are the guides as Markdown files, by name: staff-guide.md,
// vendor-guide.md and developer-guide.md (see GuideFiles).
//
//go:embed staff-guide.md vendor-guide.md developer-guide.md
var Guides embed.FS

// GuideFiles are the names of the guides in Guides, in the order the site
// lists them.
var GuideFiles = []string{"staff-guide.md", "vendor-guide.md", "developer-guide.md"}
