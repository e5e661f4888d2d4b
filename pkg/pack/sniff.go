package pack

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"
)

// LooksLikePack reports whether a YAML file met in a directory is a pack: its
// top-level mapping has a "pack" or "phrases" key. A team repository holds
// other YAML too (mkdocs.yml, docker-compose.yml, CI files), and loading or
// linting a directory leaves those alone instead of failing on them. A file
// named on its own (huashu lint FILE, --pack FILE) is always read as a pack.
//
// It only looks at the keys, so a pack that is broken further down, or
// saved as GBK or UTF-16 (its keys are still ASCII), is still a pack and
// gets its error.
func LooksLikePack(data []byte) bool {
	data = bytes.TrimPrefix(data, utf8BOM)
	if bytes.IndexByte(data, 0) >= 0 {
		// UTF-16/32: the ASCII keys survive dropping the NUL bytes.
		data = bytes.ReplaceAll(data, []byte{0}, nil)
		data = bytes.TrimPrefix(data, []byte{0xFF, 0xFE})
		data = bytes.TrimPrefix(data, []byte{0xFE, 0xFF})
	}
	indent := -1 // the indentation of the top-level keys: that of the first key
	for len(data) > 0 {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte{'\n'})
		s := strings.TrimRight(string(line), "\r \t")
		body := strings.TrimLeft(s, " ")
		switch {
		case body == "" || body[0] == '#' || body[0] == '%' || strings.HasPrefix(body, "---") || strings.HasPrefix(body, "..."):
			continue
		case body[0] == '{':
			return flowMappingHasPackKey(line, data)
		}
		n := len(s) - len(body)
		if indent < 0 {
			indent = n
		}
		if n != indent {
			continue
		}
		if key, ok := topKey(body); ok && (key == "pack" || key == "phrases") {
			return true
		}
	}
	return false
}

// topKey is the key of a "key: value" line: plain, 'single' or "double"
// quoted.
func topKey(line string) (string, bool) {
	if line == "" {
		return "", false
	}
	if q := line[0]; q == '"' || q == '\'' {
		end := strings.IndexByte(line[1:], q)
		if end < 0 {
			return "", false
		}
		rest := strings.TrimLeft(line[end+2:], " ")
		return line[1 : end+1], strings.HasPrefix(rest, ":")
	}
	key, rest, ok := strings.Cut(line, ":")
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return "", false
	}
	return strings.TrimRight(key, " \t"), true
}

// flowMappingHasPackKey handles a document written as one flow mapping
// ({pack: x, phrases: [...]}), which has no key lines to scan.
func flowMappingHasPackKey(first, rest []byte) bool {
	var doc map[string]yaml.Node
	if err := yaml.Unmarshal(append(append(append([]byte{}, first...), '\n'), rest...), &doc); err != nil {
		return false
	}
	_, pack := doc["pack"]
	_, phrases := doc["phrases"]
	return pack || phrases
}
