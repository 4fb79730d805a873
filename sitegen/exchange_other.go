//go:build !linux && !darwin

package sitegen

// exchange is not available here: commit falls back to two renames.
func exchange(a, b string) error { return errNoExchange }
