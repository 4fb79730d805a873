//go:build !linux

package entrycache

// readMapped reads path as readLimited does: OpenMapped maps the cache
// file only on Linux.
func readMapped(path string) ([]byte, error) { return readLimited(path) }
