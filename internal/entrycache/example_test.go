package entrycache_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/gikai-sec/riskregister/internal/entrycache"
)

// A cache kept between two runs of the same tool; another tool (another
// build) finds nothing, and a damaged file is an empty cache.
func Example() {
	dir, err := os.MkdirTemp("", "entrycache-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	cacheDir := filepath.Join(dir, entrycache.Folder)
	tool, other := [32]byte{1}, [32]byte{2}
	key := [32]byte{'k'}

	c := entrycache.Open(cacheDir, tool)
	c.Put(key, []byte("decoded entry"))
	if err := c.Save(); err != nil {
		log.Fatal(err)
	}

	v, ok := entrycache.Open(cacheDir, tool).Get(key)
	fmt.Printf("same tool: %q %v\n", v, ok)
	_, ok = entrycache.Open(cacheDir, other).Get(key)
	fmt.Println("another tool:", ok)

	p := filepath.Join(cacheDir, "entries-v2.bin")
	b, _ := os.ReadFile(p)
	b[len(b)/2] ^= 1
	os.WriteFile(p, b, 0o644)
	_, ok = entrycache.Open(cacheDir, tool).Get(key)
	fmt.Println("damaged file:", ok)
	// Output:
	// same tool: "decoded entry" true
	// another tool: false
	// damaged file: false
}
