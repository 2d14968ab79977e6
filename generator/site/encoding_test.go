package site_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/site"
)

// TestContentNotUTF8: an editor's file saved in another encoding stops the
// build with the file and line of the first byte that is not UTF-8, rather
// than reaching pages garbled.
func TestContentNotUTF8(t *testing.T) {
	files := []string{
		"content/departments.yaml",
		"content/links.yaml",
		"content/glossary.yaml",
		"content/works.yaml",
		"content/aliases.yaml",
		"content/site.yaml",
		"content/en/zichuan-education-2022/part-2.md",
	}
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			fsys := repoFS(t)
			data := fsys[name].Data
			line := bytes.Count(data, []byte("\n")) + 1
			if !bytes.HasSuffix(data, []byte("\n")) {
				line++
				data = append(data, '\n')
			}
			// 区 in GBK, in a comment so that only its encoding is wrong.
			fsys[name] = &fstest.MapFile{Data: append(bytes.Clone(data), "# \xc7\xf8\n"...)}
			_, err := site.Build(fsys)
			want := name + ":" + strconv.Itoa(line) + ":3: byte 0xc7 is not UTF-8"
			if err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("have %v, want %s…", err, want)
			}
		})
	}
}
