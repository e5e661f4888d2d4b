// Package winname knows the file names Windows reserves for devices. A
// source named NUL, or an export written to CON.csv, works on Linux and
// fails — or writes to a device — on the Windows machines agents use, so
// huashu refuses them everywhere.
package winname

import (
	"path/filepath"
	"strings"
)

// devices are the reserved names, upper case. Windows also reserves COM and
// LPT with the superscript digits ¹ ² ³.
var devices = func() map[string]bool {
	m := map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true}
	for _, d := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"} {
		m["COM"+d], m["LPT"+d] = true, true
	}
	return m
}()

// Reserved reports whether the last element of name is a Windows device
// name: the part before the first dot, trailing spaces and dots ignored,
// any case (nul, Con.txt, "aux .yaml", COM1.tar.gz).
func Reserved(name string) bool {
	base := filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	stem, _, _ := strings.Cut(base, ".")
	stem = strings.TrimRight(stem, " .")
	return devices[strings.ToUpper(stem)]
}
