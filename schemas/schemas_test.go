package schemas_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"testing"

	"github.com/gikai-sec/riskregister/schemas"
)

func TestFilesAreEmbedded(t *testing.T) {
	for target, name := range schemas.Files {
		b, err := fs.ReadFile(schemas.FS, name)
		if err != nil {
			t.Errorf("%s: %v", target, err)
			continue
		}
		var doc struct {
			ID string `json:"$id"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if want := "https://gikai-sec.github.io/riskregister/schemas/" + name; doc.ID != want {
			t.Errorf("%s: $id %q, want %q", name, doc.ID, want)
		}
	}
}

func ExampleFS() {
	names, _ := fs.Glob(schemas.FS, "*.json")
	for _, n := range names {
		fmt.Println(n)
	}
	// Output:
	// contractor.schema.json
	// export.schema.json
	// register.schema.json
	// service.schema.json
	// social.schema.json
}
