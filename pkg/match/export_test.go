package match

// ForgetNarrowing drops the narrowing cache, so a benchmark measures a full
// search every iteration.
func (m *Matcher) ForgetNarrowing() {
	m.mu.Lock()
	m.haveLast = false
	m.mu.Unlock()
}
