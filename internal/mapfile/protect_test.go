package mapfile

import (
	"errors"
	"testing"
)

// TestProtectSaysDamageInChinese: what Protect returns can reach a user
// (a command whose index was damaged twice under it): its text is the
// interface's, whatever the panic said; the panic stays reachable for a
// developer through Unwrap.
func TestProtectSaysDamageInChinese(t *testing.T) {
	var s []int
	i := 3
	for name, f := range map[string]func(){
		"corrupt": func() { panic(Corrupt{"offset out of range"}) },
		"bounds":  func() { _ = s[i] },
	} {
		err := Protect(f)
		if !errors.Is(err, ErrDamaged) || err.Error() != "索引文件已损坏或在读取时被改写" {
			t.Errorf("%s: Protect = %q", name, err)
		}
		if errors.Unwrap(err) == nil {
			t.Errorf("%s: the panic's own error is lost", name)
		}
	}
}
