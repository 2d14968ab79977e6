package view

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// uiKeyUse finds the UI keys templates and Go code ask for: {{.T "key"}},
// {{t .Lang "key"}} and T(lang, "key") (view.T in package site).
var uiKeyUse = regexp.MustCompile(`(?:\.T|\bt\s+\S+|\bT\([\w.]+,)\s*"([A-Za-z]+)"`)

// TestUIStringsInEveryLanguage checks that every UI string exists in every
// language, and that every key the templates and code use is defined, so a
// page never shows a bare key.
func TestUIStringsInEveryLanguage(t *testing.T) {
	for _, lang := range Langs {
		for key := range ui[Langs[0]] {
			if ui[lang][key] == "" {
				t.Errorf("ui[%q] lacks %q", lang, key)
			}
		}
		for key := range ui[lang] {
			if _, ok := ui[Langs[0]][key]; !ok {
				t.Errorf("ui[%q] has %q, which ui[%q] lacks", lang, key, Langs[0])
			}
		}
	}
	var files []string
	for _, pattern := range []string{"../../templates/*.html", "../../templates/partials/*.html", "*.go", "../site/*.go"} {
		fs, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	used := map[string][]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range uiKeyUse.FindAllStringSubmatch(string(data), -1) {
			used[m[1]] = append(used[m[1]], filepath.Base(f))
		}
	}
	if len(used) < 10 {
		t.Fatalf("found %d UI keys in use: the pattern no longer matches the templates", len(used))
	}
	var keys []string
	for k := range used {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := ui[Langs[0]][k]; !ok {
			t.Errorf("UI key %q used in %v is not in ui.go", k, used[k])
		}
	}
}
