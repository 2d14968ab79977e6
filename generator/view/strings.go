package view

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"plansite/generator/pos"
	"plansite/generator/textfile"
)

// Strings are the words of the interface, which editors keep in
// content/i18n: UI, the interface strings by language and key, from
// <lang>.yaml (one file per language, the same keys in each; keys are
// English words so that templates stay readable), and the targets page's
// words, from targets.yaml.
type Strings struct {
	UI       map[string]map[string]string
	Targets  TargetWords
	Kinds    Kinds    // kinds.yaml
	Subjects Subjects // subjects.yaml

	// missing are the keys T was asked for and did not find, by
	// language, so that the build can say so (Missing); shared by copies.
	missing *sync.Map // [2]string{lang, key} → struct{}

	src map[string][]byte // the files as read, by name; a missing file is absent
}

// StringsDir holds the interface strings.
const StringsDir = "content/i18n"

// LoadStrings reads content/i18n/<lang>.yaml for every language,
// content/i18n/targets.yaml, kinds.yaml and subjects.yaml. A missing file
// leaves its language's keys showing.
//
// prev are the strings of the project's last load (zero at first): when
// every file reads byte for byte as it did then, LoadStrings returns them
// again, their record of missing keys emptied for the renders to come,
// rather than decode the YAML again, which was a quarter of a preview
// load after a save that changes no strings.
func LoadStrings(root fs.FS, prev Strings) (Strings, error) {
	src := map[string][]byte{}
	for _, name := range stringsFiles() {
		data, err := textfile.Read(root, name)
		if err != nil {
			return Strings{}, err
		}
		if data != nil {
			src[name] = data
		}
	}
	if prev.src != nil && maps.EqualFunc(src, prev.src, bytes.Equal) {
		prev.missing.Clear()
		return prev, nil
	}
	tw, err := decodeTargetWords(src[TargetWordsFile])
	if err != nil {
		return Strings{}, err
	}
	kinds, err := decodeKinds(src[KindsFile])
	if err != nil {
		return Strings{}, err
	}
	subjects, err := decodeSubjects(src[SubjectsFile])
	if err != nil {
		return Strings{}, err
	}
	s := Strings{UI: map[string]map[string]string{}, Targets: tw, Kinds: kinds, Subjects: subjects, missing: &sync.Map{}, src: src}
	lines := map[string]map[string]int{} // language → key → line
	for _, lang := range Langs() {
		name := StringsDir + "/" + lang + ".yaml"
		data := src[name]
		if data == nil {
			continue
		}
		m := map[string]string{}
		if err := textfile.Decode(name, data, &m); err != nil {
			return Strings{}, err
		}
		s.UI[lang] = m
		lines[lang] = keyLines(name, data)
	}
	return s, s.checkPlaceholders(lines)
}

// stringsFiles are the files Strings are read from.
func stringsFiles() []string {
	names := []string{TargetWordsFile, KindsFile, SubjectsFile}
	for _, lang := range Langs() {
		names = append(names, StringsDir+"/"+lang+".yaml")
	}
	return names
}

// Is reports whether s and o are one load's strings, as they are when
// LoadStrings returned its prev again: what was made with the one (the
// templates' t function) may serve the other.
func (s Strings) Is(o Strings) bool { return s.missing == o.missing }

// keyLines are the lines of the keys of the YAML mapping data, which
// Decode has read without error.
func keyLines(name string, data []byte) map[string]int {
	out := map[string]int{}
	if root, _ := textfile.YAMLRoot(name, data); root != nil {
		for i := 0; i+1 < len(root.Content); i += 2 {
			out[root.Content[i].Value] = root.Content[i].Line
		}
	}
	return out
}

// placeholder is a verb of fmt in an interface string: %d, %s, %[2]d.
var placeholder = regexp.MustCompile(`%(?:\[(\d+)\])?[-+# 0]*\d*(?:\.\d+)?([a-zA-Z%])`)

// placeholders returns the verbs of s as written and, to compare them,
// which value each takes ("1d 2s"): the pages fill a key's string with the
// same values in every language, in the order the first language's
// string takes them, so another language may reorder them only with
// explicit indexes (%[2]d).
func placeholders(s string) (written, takes string) {
	var ws, ts []string
	n := 0
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		if m[2] == "%" {
			continue
		}
		if m[1] != "" {
			n, _ = strconv.Atoi(m[1])
		} else {
			n++
		}
		ws = append(ws, m[0])
		ts = append(ts, strconv.Itoa(n)+m[2])
	}
	slices.Sort(ts)
	return cmp.Or(strings.Join(ws, " "), "none"), strings.Join(slices.Compact(ts), " ")
}

// checkPlaceholders reports a key whose string in some language takes
// other values than in the first (a "%d" dropped or added), which the
// pages would print as "%!d(MISSING)" or "%!(EXTRA int=3)".
func (s Strings) checkPlaceholders(lines map[string]map[string]int) error {
	langs := Langs()
	first := s.UI[langs[0]]
	keys := slices.Sorted(maps.Keys(first))
	for _, lang := range langs[1:] {
		for _, key := range keys {
			v, ok := s.UI[lang][key]
			if !ok {
				continue
			}
			want, wantTakes := placeholders(first[key])
			have, haveTakes := placeholders(v)
			if haveTakes != wantTakes {
				return pos.Errorf(StringsDir+"/"+lang+".yaml", lines[lang][key], "%s: placeholders %s where %s/%s.yaml:%d has %s: the pages fill both with the same values",
					key, have, StringsDir, langs[0], lines[langs[0]][key], want)
			}
		}
	}
	return nil
}

// T looks a key up, falling back to the key itself so that a missing
// string shows rather than vanishes; Missing tells of it.
func (s Strings) T(lang, key string) string {
	if v, ok := s.UI[lang][key]; ok {
		return v
	}
	if s.missing != nil {
		s.missing.Store([2]string{lang, key}, struct{}{})
	}
	return key
}

// mostMissing is how many missing keys a warning names.
const mostMissing = 5

// Missing are warnings, one per language, naming the keys T was asked
// for so far that content/i18n/<lang>.yaml lacks: the pages show the key
// instead (an editor removed a string the templates use, or an old copy
// of the file lacks a new one).
func (s Strings) Missing() []pos.Error {
	if s.missing == nil {
		return nil
	}
	byLang := map[string][]string{}
	s.missing.Range(func(k, _ any) bool {
		lk := k.([2]string)
		byLang[lk[0]] = append(byLang[lk[0]], lk[1])
		return true
	})
	var ws []pos.Error
	for _, lang := range Langs() {
		keys := byLang[lang]
		if len(keys) == 0 {
			continue
		}
		slices.Sort(keys)
		named := strings.Join(keys[:min(len(keys), mostMissing)], ", ")
		if len(keys) > mostMissing {
			named += fmt.Sprintf(" and %d more", len(keys)-mostMissing)
		}
		ws = append(ws, pos.Error{File: StringsDir + "/" + lang + ".yaml", Msg: "no string for " + named + ": the pages show the key instead"})
	}
	return ws
}
