package winname

import "testing"

func TestReserved(t *testing.T) {
	for name, want := range map[string]bool{
		"CON": true, "con": true, "Nul": true, "NUL.csv": true, "aux.yaml": true, "prn": true,
		"COM1": true, "com9.ini": true, "LPT1.txt": true, "COM¹": true, "lpt³.csv": true,
		"CONIN$": true, "conout$": true, "nul .csv": true, "dir/CON.yaml": true, `C:\packs\nul.csv`: true,
		"COM0": false, "COM10": false, "LPT": false, "CONSOLE": false, "null": false,
		"nul2.csv": false, "团队": false, "con-售后.yaml": false, "a.nul": false, "": false,
	} {
		if got := Reserved(name); got != want {
			t.Errorf("Reserved(%q) = %v, want %v", name, got, want)
		}
	}
}
