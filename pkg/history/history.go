// Package history records which phrases an agent copies, for frecency.
package history

import "time"

// Store is the usage file in the state dir.
type Store struct{ path string }

// Open opens (not yet reads) the store at path.
func Open(path string) *Store { return &Store{path: path} }

// Record notes that code was copied at now.
func (s *Store) Record(code string, now time.Time) error { return nil }

// Scores returns a frecency score per code (higher = used more, more recently).
func (s *Store) Scores(now time.Time) (map[string]float64, error) { return nil, nil }
