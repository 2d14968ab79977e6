package view

import (
	"testing"

	"plansite/generator/parse"
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
