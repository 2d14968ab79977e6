package site

import (
	"slices"
	"testing"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// TestNameOrder: the Chinese library orders names by how each polyphone
// is read in its word (重庆 chong, 沈阳 shen, 长沙 chang), as a reader
// looks them up; the English by the collator.
func TestNameOrder(t *testing.T) {
	names := []string{"中华人民共和国国务院", "沈阳市房产局", "达州市人民政府办公室", "重庆市人民政府", "常州市人民政府", "长沙市人民政府", "上海市房屋管理局", "淄川区人民政府"}
	want := []string{"长沙市人民政府", "常州市人民政府", "重庆市人民政府", "达州市人民政府办公室", "上海市房屋管理局", "沈阳市房产局", "中华人民共和国国务院", "淄川区人民政府"}
	have := slices.Clone(names)
	slices.SortStableFunc(have, nameOrder("zh", collate.New(language.Make("zh-Hans"))))
	if !slices.Equal(have, want) {
		t.Errorf("have %q\nwant %q", have, want)
	}
	en := []string{"Zichuan", "anhui", "Beijing"}
	slices.SortStableFunc(en, nameOrder("en", collate.New(language.English)))
	if want := []string{"anhui", "Beijing", "Zichuan"}; !slices.Equal(en, want) {
		t.Errorf("have %q, want %q", en, want)
	}
}
