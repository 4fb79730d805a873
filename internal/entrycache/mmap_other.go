//go:build !unix

package entrycache

// mapLimited reads path (readLimited): elsewhere than unix the file is not
// mapped, since a mapped file cannot be replaced (Save) on Windows.
func mapLimited(path string) ([]byte, error) { return readLimited(path) }

// parseMapped is parse.
func parseMapped(b []byte, tool [32]byte) (map[[32]byte]value, error) { return parse(b, tool) }
