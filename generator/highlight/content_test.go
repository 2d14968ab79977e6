package highlight_test

import (
	"bytes"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"

	"plansite/generator/highlight"
	"plansite/generator/markdown"
)

var fence = regexp.MustCompile("(?ms)^```([a-z]+)\n(.*?)^```$")

// TestContentCodeBlocks: every fenced code block in content/ Markdown
// comes out of the site's Markdown converter exactly as highlight.HTML
// writes it, so samples and content share one look and one stylesheet.
func TestContentCodeBlocks(t *testing.T) {
	sources := map[string][]byte{
		"sample.md": []byte("Text.\n\n```json\n{\"eId\": \"part_2\"}\n```\n"),
	}
	fs.WalkDir(os.DirFS("../.."), "content", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(name, ".md") {
			data, _ := os.ReadFile("../../" + name)
			sources[name] = data
		}
		return nil
	})
	blocks := 0
	for name, src := range sources {
		for _, m := range fence.FindAllSubmatch(src, -1) {
			blocks++
			var out bytes.Buffer
			if err := markdown.New().Convert(m[0], &out); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			want, err := highlight.HTML(string(m[2]), string(m[1]))
			if err != nil {
				t.Fatal(err)
			}
			if have := strings.TrimSpace(out.String()); have != strings.TrimSpace(string(want)) {
				t.Errorf("%s: %s block:\nhave %s\nwant %s", name, m[1], have, want)
			}
		}
	}
	if blocks == 0 {
		t.Fatal("no code blocks checked")
	}
}
