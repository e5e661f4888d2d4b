//go:build !windows

package cli

import (
	"io"
	"os"
)

// consoleWriter: outside Windows, pipes carry UTF-8 like everything else.
func consoleWriter(f *os.File) io.Writer { return f }

// uiLanguageChinese: outside Windows the locale variables say it all.
func uiLanguageChinese() bool { return false }
