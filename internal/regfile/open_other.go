//go:build !unix

package regfile

import (
	"errors"
	"os"
)

func openNonblock(name string) (*os.File, error) { return os.Open(name) }

var errLoop = errors.New("too many levels of symbolic links")
