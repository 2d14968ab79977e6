package site

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"plansite/generator/internal/testproject"
)

// TestIssuerMission: an ad hoc body's mission, in the words of the
// subjects vocabulary, is in its English name (Nanjing's issuer, a
// leading group's office, was "Office of the Municipal Leading Group" on
// the library's cards and issuer filter, as any city's leading group of
// any mission would be); an edit to the vocabulary names it anew on the
// preview's next load.
func TestIssuerMission(t *testing.T) {
	m := testproject.Map(t)
	m["seeds/homes.txt"] = &fstest.MapFile{Data: []byte("关于进一步优化无房家庭购房工作的通知\n各区人民政府：\n" +
		"现就进一步优化无房家庭购房工作通知如下。\n一、购房条件\n无房家庭可购买一套住房。\n" +
		"市促进房地产市场平稳健康发展领导小组办公室\n2021年5月28日\n")}
	const named = "Office of the Municipal Leading Group for Promoting the Steady and Healthy Development of the Real Estate Market"
	b := loadOnce(t, m)
	home := func(b *builder) string {
		data, _, err := (&Project{b}).File(context.Background(), "en/index.html", Limits{})
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if page := home(b); !strings.Contains(page, ">"+named+"<") {
		t.Errorf("the library's English home has no issuer %q", named)
	}
	subjects := string(m["content/i18n/subjects.yaml"].Data)
	edited := strings.Replace(subjects, "- {zh: 平稳健康发展, en: Steady and Healthy Development, as: close of}\n", "", 1)
	if edited == subjects {
		t.Fatal("the frozen subjects have no 平稳健康发展")
	}
	m["content/i18n/subjects.yaml"] = &fstest.MapFile{Data: []byte(edited)}
	docs, err := LoadDocs(m)
	if err != nil {
		t.Fatal(err)
	}
	next, err := loadKeeping(m, docs, b, true)
	if err != nil {
		t.Fatal(err)
	}
	if page := home(next); strings.Contains(page, named) || !strings.Contains(page, ">Office of the Municipal Leading Group<") {
		t.Errorf("after the vocabulary lost 平稳健康发展, the issuer is not named by its kind alone")
	}
}
