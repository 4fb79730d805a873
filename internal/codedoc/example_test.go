package codedoc_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/gikai-sec/riskregister/internal/codedoc"
)

func ExampleDocs() {
	dir, _ := os.MkdirTemp("", "codedoc")
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, "errors.go")
	os.WriteFile(src, []byte("package x\n\ntype Code string\n\n// CodeGone: the file is gone.\n//\n// Example: x\n// Fix: y\nconst CodeGone Code = \"gone\"\n"), 0o644)
	docs, err := codedoc.Docs(src, "Code")
	fmt.Printf("%q %v\n", docs["gone"], err)
	// Output: "CodeGone: the file is gone.\n\nExample: x\nFix: y\n" <nil>
}
