//go:build race

package match_test

// raceEnabled: the race detector slows tests ten times; the differential
// tests run fewer cases under it.
const raceEnabled = true
