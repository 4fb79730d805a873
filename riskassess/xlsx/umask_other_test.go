//go:build !unix

package xlsx

import "testing"

const umaskUnsupported = true

func withUmask(*testing.T, int) {}
