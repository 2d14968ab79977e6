package source_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plansite/generator/source"
)

// update rewrites testdata/*.golden from the readers' output:
// go test ./generator/source -update.
var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// render writes what a reader took from a file: its metadata and warnings, then every line with its place.
func render(t *source.Text) string {
	var b strings.Builder
	meta, _ := json.MarshalIndent(t.Meta, "", "  ")
	fmt.Fprintf(&b, "format %s\nmeta %s\n", t.Format, meta)
	if t.Hints.Title != "" {
		fmt.Fprintf(&b, "hint title %q\n", t.Hints.Title)
	}
	for _, w := range t.Warnings {
		fmt.Fprintf(&b, "warning %s\n", w)
	}
	for i, l := range t.Lines {
		fmt.Fprintf(&b, "%d\t%s\t%q\n", i+1, l.Place, l.Text)
	}
	return b.String()
}

// TestGolden compares what each reader takes from each corpus original
// with testdata/<file>.golden, read by hand when it was written.
func TestGolden(t *testing.T) {
	for _, f := range originals {
		t.Run(f, func(t *testing.T) {
			if strings.HasSuffix(f, ".pdf") {
				needPdftotext(t)
			}
			text, err := source.Read(os.DirFS(corpus), f)
			if err != nil {
				t.Fatal(err)
			}
			have := render(text)
			golden := filepath.Join("testdata", f+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(have), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./generator/source -update)", err)
			}
			if have != string(want) {
				hl, wl := strings.Split(have, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(hl) || i < len(wl); i++ {
					var h, w string
					if i < len(hl) {
						h = hl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if h != w {
						t.Fatalf("%s differs at line %d:\nhave %s\nwant %s", golden, i+1, h, w)
					}
				}
			}
		})
	}
}
