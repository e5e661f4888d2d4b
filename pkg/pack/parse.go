package pack

import "github.com/huashu-cli/huashu/pkg/phrase"

// Parse decodes one pack file. It returns the pack with every phrase that is
// valid, and every problem found (the phrases with problems are left out).
// The pack is nil when the file cannot be read as a pack at all (encoding,
// syntax, limits, a top level that is not a pack).
//
// file is only used in positions and messages.
func Parse(file string, data []byte) (*phrase.Pack, ErrorList) {
	return nil, ErrorList{{File: file, Rule: RuleSyntax, Msg: "loader not implemented yet"}}
}
