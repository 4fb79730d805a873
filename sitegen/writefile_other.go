//go:build !linux

package sitegen

import "os"

// writeFile writes b to the file name, created or truncated with mode
// 0644 (os.WriteFile).
func writeFile(name string, b []byte) error { return os.WriteFile(name, b, 0o644) }
