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
var uiKeyUse = regexp.MustCompile(`\.T\s+"([A-Za-z_]+)"|\.T\("([A-Za-z_]+)"\)|\bt\s+\S+\s+"([A-Za-z_]+)"|\bt\("([A-Za-z_]+)"\)|\bT\((?:"\w+"|[\w.]+),\s*"([A-Za-z_]+)"`)

// TestUIStringsInEveryLanguage checks that content/i18n/zh.yaml and
// en.yaml have the same keys, every string in every language, and that every key the templates and code use is defined, so a
// page never shows a bare key.
func TestUIStringsInEveryLanguage(t *testing.T) {
	strs, err := LoadStrings(os.DirFS("../.."), Strings{})
	ui := strs.UI
	if err != nil {
		t.Fatal(err)
	}
	if len(ui) != len(Langs()) {
		t.Fatalf("have strings in %d languages, want %d (content/i18n/<lang>.yaml)", len(ui), len(Langs()))
	}
	for _, lang := range Langs() {
		for key := range ui[SourceLang] {
			if ui[lang][key] == "" {
				t.Errorf("content/i18n/%s.yaml lacks %q", lang, key)
			}
		}
		for key := range ui[lang] {
			if _, ok := ui[SourceLang][key]; !ok {
				t.Errorf("content/i18n/%s.yaml has %q, which %s.yaml lacks", lang, key, SourceLang)
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
			key := strings.Join(m[1:], "")
			used[key] = append(used[key], filepath.Base(f))
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
		if _, ok := ui[SourceLang][k]; !ok {
			t.Errorf("UI key %q used in %v is not in content/i18n", k, used[k])
		}
	}
}
