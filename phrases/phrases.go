// Package phrases embeds the starter packs huashu ships with.
package phrases

import "embed"

// FS holds the starter packs (*.yaml), loaded as the lowest layer.
//
//go:embed *.yaml
var FS embed.FS
