package cite_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/cite"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

// TestCitationsRoundTrip types every form our citations print of every
// cited passage of every corpus plan — each language's citation label, the
// short label a page shows, Short's form for official documents, the GB/T
// 7714 reference, the document number before the label, with half-width
// brackets and with spaces — into the go-to, and wants the passage back.
func TestCitationsRoundTrip(t *testing.T) {
	files, err := filepath.Glob("../testdata/corpus/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("testdata/plans/*.txt")
	files = append(files, more...)
	var sample []parseCase
	total := 0
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			doc, table := readPlan(t, file)
			slug := strings.TrimSuffix(filepath.Base(file), ".txt")
			works := map[string]cite.Work{
				"zh": {Issuer: doc.Meta.Issuer, Title: doc.Meta.Title, Number: doc.Meta.DocumentNumber, Date: doc.Meta.Date},
				// An English title with commas, as translations have.
				"en": {Issuer: "People's Government", Title: "Plan for Schools, Teachers and Pupils, 2021-2025", Number: doc.Meta.DocumentNumber},
			}
			checked, failed := 0, 0
			doc.Walk(func(n *plan.Node) bool {
				if cite.Key(n) == "" {
					return true
				}
				for _, lang := range []string{"zh", "en"} {
					label := cite.Label(n, lang)
					if label == "" {
						continue
					}
					w := works[lang]
					url := "https://plans.example.gov.cn/" + lang + "/" + slug + "/" + n.EID + "/"
					forms := []string{
						label,
						cite.ShortLabel(n, lang),
						cite.Short(w, label, lang),
						cite.Format(w, label, url, "2026-12-04", lang).Text(),
						halfWidth(label),
						spaced.Replace(label),
					}
					if lang == "zh" && w.Number != "" {
						forms = append(forms, w.Number+label, "《"+w.Title+"》"+label)
					}
					if lang == "zh" && titled(n) {
						// The label and the heading, as copied from the page.
						forms = append(forms, label+" "+n.Heading)
						if have, _ := resolve(table, n.Num); have == n.EID {
							// Its number and heading as the page prints them.
							forms = append(forms, n.Num+" "+n.Heading)
						}
					}
					if lang == "en" {
						forms = append(forms, w.Title+", "+label)
					}
					for _, q := range forms {
						if q == "" {
							continue
						}
						if (total+checked)%sampleEvery == 0 {
							sample = append(sample, parseCase{q, cite.Parse(q)})
						}
						checked++
						have, why := resolve(table, q)
						if have != n.EID {
							if failed++; failed <= 20 {
								t.Errorf("%s (%s): %q: have %q (%s), want %s", n.EID, lang, q, have, why, n.EID)
							}
						}
					}
				}
				return true
			})
			if failed > 20 {
				t.Errorf("… %d of %d forms failed", failed, checked)
			}
			total += checked
			if checked == 0 {
				t.Error("no cited passages")
			}
		})
	}
	checkSample(t, sample)
}

// titled reports whether n is found by its label and heading: the titled
// divisions of Keys.
func titled(n *plan.Node) bool {
	switch n.Kind {
	case plan.KindPart, plan.KindSection, plan.KindBook, plan.KindChapter, plan.KindBox, plan.KindTable, plan.KindAttachment:
		return n.Heading != ""
	}
	return false
}

// parseCase is a case of testdata/parse.json and roundtrip.json.
type parseCase struct {
	Query string `json:"query"`
	Want  string `json:"want"`
}

// sampleEvery: one form in so many goes into testdata/roundtrip.json,
// which holds search-core.js's label() (the Node and Chromium tests that
// read parse.json) to Parse's reading of the forms our citations print.
const sampleEvery = 61

var update = flag.Bool("update", false, "rewrite testdata/roundtrip.json")

// checkSample compares the sample with testdata/roundtrip.json, or writes
// it there with -update.
func checkSample(t *testing.T, sample []parseCase) {
	t.Helper()
	data, err := json.MarshalIndent(sample, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	const file = "testdata/roundtrip.json"
	if *update {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, data) {
		t.Errorf("%s is not the sample of today's forms and their keys: run go test -run RoundTrip -update ./generator/cite, and check the difference", file)
	}
}

// readPlan parses a plan's text and makes its go-to table.
func readPlan(t *testing.T, file string) (*plan.Document, cite.Table) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parse.Parse(filepath.Base(file), data)
	if err != nil {
		t.Fatal(err)
	}
	return doc, cite.NewTable(func(yield func(*plan.Node)) {
		doc.Walk(func(n *plan.Node) bool { yield(n); return true })
	})
}

// resolve is the go-to of the plan's table: the eId q names, or "" and why
// not.
func resolve(t cite.Table, q string) (string, string) {
	k := cite.Parse(q)
	if eid, ok := strings.CutPrefix(k, "eid:"); ok {
		return eid, "an eId"
	}
	if eid, ok := t.Keys[k]; ok {
		return eid, "key " + k
	}
	if list, ok := t.Ambiguous[k]; ok {
		return "", fmt.Sprintf("key %s names %d passages: %v", k, len(list), list)
	}
	return "", fmt.Sprintf("key %q names nothing", k)
}

// spaced puts spaces between a label's levels, as some staff type them.
var spaced = strings.NewReplacer("第", " 第 ", "）", "） ", "（", " （", "附件", "附件 ", "专栏", " 专栏 ", "表", " 表 ", ", ", " , ")

// halfWidth writes full-width brackets and digits half-width, as staff
// type them on an English keyboard.
func halfWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - '！' + '!'
		}
		return r
	}, s)
}
