package view

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"plansite/generator/parse"
	"plansite/generator/translate"
)

// TestTitlePending: without works.yaml's English title, an untranslated
// plan keeps its Chinese title on English pages, marked as pending.
func TestTitlePending(t *testing.T) {
	doc, err := parse.Parse("seeds/p.txt", []byte("某规划\n\n一、总体要求\n\n坚持教育优先发展。\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang    string
		pending bool
	}{{"zh", false}, {"en", true}} {
		d := New(doc, tt.lang, nil, nil)
		if d.TitlePending() != tt.pending || d.Title() != "某规划" {
			t.Errorf("%s: have title %q pending %v, want 某规划, %v", tt.lang, d.Title(), d.TitlePending(), tt.pending)
		}
	}
}

// containsNotInBody reports whether text holds form other than as the
// field of a body's name (followed by one of bodyKinds): the search per
// form the table is checked against.
func containsNotInBody(text, form string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], form)
		if j < 0 {
			return false
		}
		after := text[i+j+len(form):]
		if r, _ := utf8.DecodeRuneInString(after); !strings.ContainsRune(bodyKinds, r) {
			return true
		}
		i += j + len(form)
	}
}

// TestGlossFormsUsed: the terms a text uses are found by the first of
// their forms it holds (the term, then its aliases), in the glossary's
// order, as a search of the text for each form finds them; but a form
// that is the field of a body's name (体育 of 省体育局, 教育 of 区教育局) is
// not the term.
func TestGlossFormsUsed(t *testing.T) {
	terms := []translate.Term{
		{ZH: "课后服务", EN: "after-school services", AliasesZH: []string{"课后托管", "托管"}},
		{ZH: "近视", EN: "myopia"},
		{ZH: "", EN: "no Chinese", AliasesZH: []string{"双减"}},
		{ZH: "教育", EN: "education"},
		{ZH: "教育局", EN: "education bureau"},
	}
	g := makeGlossForms(terms)
	for _, tt := range []struct {
		text string
		want []TermGloss
	}{
		{"", nil},
		{"加强学校体育。", nil},
		{"开展课后托管和课后服务。", []TermGloss{{ZH: "课后服务", EN: "after-school services"}}},
		{"开展课后托管。", []TermGloss{{ZH: "课后托管", EN: "after-school services"}}},
		{"落实双减，防控近视", []TermGloss{{ZH: "近视", EN: "myopia"}, {ZH: "双减", EN: "no Chinese"}}},
		{"区教育局负责", []TermGloss{{ZH: "教育局", EN: "education bureau"}}},
		{"省体育局、省教育厅按职责分工负责", nil},
		{"教育局和教育", []TermGloss{{ZH: "教育", EN: "education"}, {ZH: "教育局", EN: "education bureau"}}},
		{"近视近视", []TermGloss{{ZH: "近视", EN: "myopia"}}},
	} {
		t.Run(tt.text, func(t *testing.T) {
			var want []TermGloss
			for _, term := range terms {
				for _, form := range append([]string{term.ZH}, term.AliasesZH...) {
					if form != "" && containsNotInBody(tt.text, form) {
						want = append(want, TermGloss{ZH: form, EN: term.EN})
						break
					}
				}
			}
			if !reflect.DeepEqual(want, tt.want) {
				t.Fatalf("the table's want %v is not what a search per form finds, %v", tt.want, want)
			}
			if have := g.used(tt.text); !reflect.DeepEqual(have, tt.want) {
				t.Errorf("have %v, want %v", have, tt.want)
			}
		})
	}
}
