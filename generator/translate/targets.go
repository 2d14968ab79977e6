package translate

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"path"
	"sort"

	"go.yaml.in/yaml/v3"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// TargetsFile is the name, in a plan's translation folder, of the
// translation of its target indicators (the targets page's first column,
// which package link/target extracts from the Chinese):
//
//	# content/en/<slug>/targets.yaml
//	part_2__sec_1__item_4-t4:
//	  zh: 1a2b3c4d            # TextFingerprint of the Chinese indicator
//	  en: Overall myopia rate
//
// Each entry is a unit like those of the Markdown files: keyed by the
// target's id, stamped with the fingerprint of the Chinese it was made
// from, and stale when that Chinese changes. A page shows a missing or
// stale unit's Chinese, marked as such.
const TargetsFile = "targets.yaml"

// TargetUnit is the translation of one target indicator.
type TargetUnit struct {
	ZH   string `yaml:"zh"` // fingerprint of the Chinese
	Text string `yaml:"en"`
	Line int    `yaml:"-"`
}

// TextFingerprint is Fingerprint for a text that is not a node: the first
// 8 hex digits of the SHA-256 of the text and a line feed.
func TextFingerprint(s string) string {
	sum := sha256.Sum256([]byte(s + "\n"))
	return hex.EncodeToString(sum[:4])
}

// LoadTargets reads a plan's target units in lang; a missing file is none.
func LoadTargets(fsys fs.FS, lang, slug string) (map[string]TargetUnit, error) {
	name := path.Join(Dir(lang), slug, TargetsFile)
	data, err := textfile.Read(fsys, name)
	if err != nil {
		return nil, err
	}
	m, err := textfile.YAMLRoot(name, data)
	if err != nil {
		return nil, err
	}
	out := map[string]TargetUnit{}
	if m == nil {
		return out, nil
	}
	if m.Kind != yaml.MappingNode {
		return nil, pos.Errorf(name, m.Line, "expected target ids, each with zh: and en:")
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		var u TargetUnit
		if err := textfile.Fields(name, m.Content[i+1], &u); err != nil {
			return nil, err
		}
		if err := m.Content[i+1].Decode(&u); err != nil || u.Text == "" {
			return nil, pos.Errorf(name, m.Content[i].Line, "%s: expected zh: (the fingerprint) and en: (the English)", m.Content[i].Value)
		}
		u.Line = m.Content[i].Line
		out[m.Content[i].Value] = u
	}
	return out, nil
}

// TargetReport is how a plan's target units stand against the Chinese
// indicators (id → Chinese): ids missing a unit, stale units and units of
// no target, each sorted.
type TargetReport struct {
	Missing, Stale, Orphaned []string
}

// CheckTargets compares units with the indicators they translate.
func CheckTargets(units map[string]TargetUnit, indicators map[string]string) TargetReport {
	var r TargetReport
	for id, zh := range indicators {
		u, ok := units[id]
		switch {
		case !ok:
			r.Missing = append(r.Missing, id)
		case u.ZH != TextFingerprint(zh):
			r.Stale = append(r.Stale, id)
		}
	}
	for id := range units {
		if _, ok := indicators[id]; !ok {
			r.Orphaned = append(r.Orphaned, id)
		}
	}
	sort.Strings(r.Missing)
	sort.Strings(r.Stale)
	sort.Strings(r.Orphaned)
	return r
}
