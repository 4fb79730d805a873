package docs_test

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/gikai-sec/riskregister/docs"
)

// Read the title of each embedded guide.
func Example() {
	for _, name := range docs.GuideFiles {
		b, err := fs.ReadFile(docs.Guides, name)
		if err != nil {
			panic(err)
		}
		title, _, _ := strings.Cut(string(b), "\n")
		fmt.Println(name, "—", title)
	}
	// Output:
	// staff-guide.md — # 職員向けの手引き / Staff guide
	// vendor-guide.md — # 事業者向けの記入の手引き / Vendor guide
	// developer-guide.md — # 開発者向けの手引き / Developer guide
}
