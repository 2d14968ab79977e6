package view

import (
	"os"
	"testing"
	"testing/fstest"
)

func TestKinds(t *testing.T) {
	ks, err := loadKinds(fstest.MapFS{KindsFile: {Data: []byte("- {zh: 实施方案, en: Implementation scheme}\n- {zh: 方案, en: Scheme}\n- {zh: 规划, en: Blueprint}\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ zh, want string }{
		{"某某区教育实施方案", "Implementation scheme"}, // the longer ending first
		{"某某工作方案", "Scheme"},
		{"山东省“十四五”教育事业发展规划", "Blueprint"},
		{"关于某事的通知", ""},
	} {
		if have := kindOf(ks, c.zh); have != c.want {
			t.Errorf("kindOf(%s): have %q, want %q", c.zh, have, c.want)
		}
	}
	if _, err := loadKinds(fstest.MapFS{KindsFile: {Data: []byte("- {zh: 规划, english: Plan}\n")}}); err == nil {
		t.Error("an unknown field: have no error")
	}
}

// TestKindsLive: content/i18n/kinds.yaml reads, and names a kind for any
// title (its last entry matches every ending).
func TestKindsLive(t *testing.T) {
	ks, err := loadKinds(os.DirFS("../.."))
	if err != nil {
		t.Fatal(err)
	}
	if kindOf(ks, "任意标题") == "" {
		t.Error(`kinds.yaml names no kind for a title with an ending it does not list; want a last entry with zh: ""`)
	}
}
