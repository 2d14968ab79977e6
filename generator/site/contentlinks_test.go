package site

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
)

// TestContentLinksWarned: a translation's link to a page the site lacks,
// or to a passage a plan's page lacks, is warned of at its unit; links
// that reach a page, a passage, another site or a plain anchor are not.
// The page carried the dead link without a word.
func TestContentLinksWarned(t *testing.T) {
	m := testproject.Map(t)
	const file = "content/en/zichuan-education-2022/part-1.md"
	text := string(m[file].Data)
	para := "{#part_1__sec_1__para_1"
	at := strings.Index(text, para)
	if at < 0 {
		t.Fatal("the frozen translation lost its unit part_1__sec_1__para_1")
	}
	end := at + strings.Index(text[at:], "\n\n") + 2 // the heading line and the blank after it
	end += strings.Index(text[end:], "\n")           // the paragraph's end
	links := " [a](/zh/nowhere/) [b](/zh/zichuan-education-2022/#part_9) [c](/en/zichuan-education-2022/#part_1)" +
		" [d](/zh/zichuan-education-2022/part_1__sec_1/) [e](https://www.gov.cn/) [f](#toc) [g](/en/glossary/)"
	m[file] = &fstest.MapFile{Data: []byte(text[:end] + links + text[end:])}
	_, warnings, err := BuildDir(context.Background(), m, filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, w := range warnings {
		if w.File == file && strings.Contains(w.Msg, "link ") {
			have = append(have, w.Msg)
		}
	}
	want := []string{
		"link /zh/nowhere/ in unit part_1__sec_1__para_1 goes to no page of the site",
		"link /zh/zichuan-education-2022/#part_9 in unit part_1__sec_1__para_1 goes to #part_9, a passage seeds/zichuan-education-2022.txt does not have",
	}
	if !slices.Equal(have, want) {
		t.Errorf("have\n%s\nwant\n%s", strings.Join(have, "\n"), strings.Join(want, "\n"))
	}
}
