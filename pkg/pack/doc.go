// Package pack loads phrase packs: YAML files read through yaml.v3's node
// API so that every value keeps its line and column (Parse), and the layered
// set of packs from every source (Load): embedded → team → --pack → personal.
//
// Parse never panics and never stops at the first problem: it checks the
// encoding (UTF-8, with GBK/GB18030 and UTF-16 named when found), the size
// and alias limits, then every key of DESIGN §3, and reports each problem at
// file:line:col with a rule ID that lint reuses. docs/pack-format.md is the
// user-facing description of the format.
package pack
