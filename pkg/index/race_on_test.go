//go:build race

package index

// raceEnabled: the race detector slows tests ten times; the differential
// tests run fewer cases under it.
const raceEnabled = true
