//go:build !unix

package cache

import "os"

func readEntry(path string) ([]byte, error) { return os.ReadFile(path) }
