package translate

import (
	"errors"
	"slices"
	"testing"
	"testing/fstest"

	"plansite/generator/pos"
)

func TestTargetUnits(t *testing.T) {
	fsys := fstest.MapFS{"content/en/p/targets.yaml": {Data: []byte(
		"a-t1:\n  zh: \"" + TextFingerprint("总体近视率") + "\"\n  en: Overall myopia rate\n" +
			"a-t2:\n  zh: \"00000000\"\n  en: An older rendering\n" +
			"gone-t1:\n  zh: \"00000000\"\n  en: Nothing\n")}}
	units, err := LoadTargets(fsys, "en", "p")
	if err != nil {
		t.Fatal(err)
	}
	if u := units["a-t1"]; u.Text != "Overall myopia rate" || u.Line != 1 {
		t.Errorf("a-t1: have %+v", u)
	}
	r := CheckTargets(units, map[string]string{"a-t1": "总体近视率", "a-t2": "学生体质健康测试优良率", "b-t1": "新指标"})
	if !slices.Equal(r.Stale, []string{"a-t2"}) || !slices.Equal(r.Missing, []string{"b-t1"}) || !slices.Equal(r.Orphaned, []string{"gone-t1"}) {
		t.Errorf("have %+v; want a-t2 stale, b-t1 missing, gone-t1 orphaned", r)
	}
	if units, err := LoadTargets(fsys, "en", "none"); err != nil || len(units) != 0 {
		t.Errorf("no file: have %v, %v", units, err)
	}
	bad := fstest.MapFS{"content/en/p/targets.yaml": {Data: []byte("a-t1:\n  zh: x\nb-t1: [1]\n")}}
	_, err = LoadTargets(bad, "en", "p")
	var pe *pos.Error
	if !errors.As(err, &pe) || pe.Line != 1 {
		t.Errorf("a unit without en: have %v, want an error at line 1", err)
	}
	misspelt := fstest.MapFS{"content/en/p/targets.yaml": {Data: []byte("a-t1:\n  zh: \"00000000\"\n  en: Rate\n  en_note: x\n")}}
	_, err = LoadTargets(misspelt, "en", "p")
	if !errors.As(err, &pe) || pe.Line != 4 || pe.Msg != `unknown field "en_note" (expected zh, en)` {
		t.Errorf("a misspelt field: have %v, want an error at line 4", err)
	}
}
