package site

import (
	"os"
	"testing"
)

// TestAnalysisCache: a plan is analysed again only when it, the registry or
// the link file changed, so the preview server's rebuilds skip the work.
func TestAnalysisCache(t *testing.T) {
	root := os.DirFS("../..")
	docs, err := LoadDocs(root)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := readInput(root, deptFile)
	if err != nil {
		t.Fatal(err)
	}
	edits, err := readInput(root, linkFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		reg, edits []byte
		reparse    bool
		same       bool
	}{
		{"unchanged", reg, edits, false, true},
		{"registry edited", append(append([]byte(nil), reg...), "\n# note\n"...), edits, false, false},
		{"link file edited", reg, append(append([]byte(nil), edits...), "\n# note\n"...), false, false},
		{"plan parsed again", reg, edits, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := docs
			if tt.reparse {
				if ds, err = LoadDocs(root); err != nil {
					t.Fatal(err)
				}
			}
			var c analysisCache
			first, err := c.get(docs, reg, edits)
			if err != nil {
				t.Fatal(err)
			}
			got, err := c.get(ds, tt.reg, tt.edits)
			if err != nil {
				t.Fatal(err)
			}
			if have := got[0] == first[0]; have != tt.same {
				t.Errorf("have the cached analysis %v, want %v", have, tt.same)
			}
		})
	}
}
