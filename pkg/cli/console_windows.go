package cli

import (
	"io"
	"os"

	"golang.org/x/sys/windows"
)

// consoleWriter is f, converted to the console's code page when f is a
// pipe and that code page is a Chinese one (encoding.go).
func consoleWriter(f *os.File) io.Writer {
	ft, err := windows.GetFileType(windows.Handle(f.Fd()))
	if err != nil {
		return f
	}
	cp, err := windows.GetConsoleOutputCP()
	if err != nil {
		return f // no console at all: nobody expects its code page
	}
	if e := pipeEncoding(cp, ft == windows.FILE_TYPE_PIPE); e != nil {
		return newEncodingWriter(f, e)
	}
	return f
}

var getUserDefaultUILanguage = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetUserDefaultUILanguage")

// uiLanguageChinese reports whether the Windows display language is Chinese
// (any variety): the primary language of GetUserDefaultUILanguage is
// LANG_CHINESE (0x04).
func uiLanguageChinese() bool {
	if getUserDefaultUILanguage.Find() != nil {
		return false
	}
	langID, _, _ := getUserDefaultUILanguage.Call()
	return langID&0x3ff == 0x04
}
