//go:build !windows

package safefile

// platformTransient: outside Windows a rename or read that fails does not
// succeed by waiting.
func platformTransient(error) bool { return false }
