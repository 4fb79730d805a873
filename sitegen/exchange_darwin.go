package sitegen

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchange swaps the paths a and b atomically (renamex_np RENAME_SWAP).
// It returns errNoExchange when the file system cannot.
func exchange(a, b string) error {
	err := unix.RenamexNp(a, b, unix.RENAME_SWAP)
	if errors.Is(err, unix.ENOTSUP) || errors.Is(err, unix.EINVAL) {
		return errNoExchange
	}
	return err
}
