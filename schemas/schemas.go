// Package schemas holds the JSON Schemas of the register files, generated
// from the riskassess types by internal/schemagen, and embeds them so the
// CLI can write them (riskregister schema, riskregister init).
//
// Editors that use yaml-language-server check and complete a register file
// that starts with a line such as
//
//	# yaml-language-server: $schema=../schemas/contractor.schema.json
//
// Regenerate after changing the model:
//
//	go generate ./schemas
package schemas

import "embed"

//go:generate go run ../internal/schemagen/cmd/schemagen -o .

// FS holds register.schema.json, contractor.schema.json,
// service.schema.json, social.schema.json and any further generated schema.
//
//go:embed *.json
var FS embed.FS

// Files maps each entry kind folder and register.yaml to its schema file.
var Files = map[string]string{
	"register.yaml": "register.schema.json",
	"contractors":   "contractor.schema.json",
	"services":      "service.schema.json",
	"social":        "social.schema.json",
}
