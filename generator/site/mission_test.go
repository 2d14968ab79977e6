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

// TestIssuerTwins: two issuers the rule names alike (two leading groups'
// offices of one city whose missions the vocabulary cannot say, both
// "Office of the Municipal Leading Group") each say their Chinese name
// beside the English on the library's cards and filter and the search
// page's filter, which offered one name for both; an issuer alone does
// not.
func TestIssuerTwins(t *testing.T) {
	m := testproject.Map(t)
	for slug, issuer := range map[string]string{"space": "市宇航工作领导小组办公室", "flight": "市航天工作领导小组办公室"} {
		m["seeds/"+slug+".txt"] = &fstest.MapFile{Data: []byte("关于做好有关工作的通知\n各区人民政府：\n现就有关工作通知如下。\n一、工作要求\n认真做好有关工作。\n" +
			issuer + "\n2021年5月28日\n")}
	}
	b := loadOnce(t, m)
	page := func(name string) string {
		data, _, err := (&Project{b}).File(context.Background(), name, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	home, search := page("en/index.html"), page("en/search/index.html")
	for _, zh := range []string{"市宇航工作领导小组办公室", "市航天工作领导小组办公室"} {
		// The Chinese beside the English is marked as Chinese on the
		// cards and filter; an option of the search page's select holds
		// text only.
		if want := `>Office of the Municipal Leading Group (<span lang="zh-Hans">` + zh + `</span>)<`; !strings.Contains(home, want) {
			t.Errorf("the library's English home has no issuer %q", want)
		}
		if want := ">Office of the Municipal Leading Group (" + zh + ")<"; !strings.Contains(search, want) {
			t.Errorf("the search page's issuer filter has no %q", want)
		}
	}
	if strings.Contains(home, ">Office of the Municipal Leading Group<") {
		t.Errorf("the library's English home names an issuer by the twins' name alone")
	}
	if strings.Contains(page("zh/index.html"), "市宇航工作领导小组办公室 (") {
		t.Errorf("the Chinese library tells its issuers apart in English's way")
	}
}

// TestMissionOfJointMeeting: a joint meeting whose mission opens with a
// verb over another verb's phrase (Anhui's 完善促进消费体制机制, improving
// the systems and mechanisms for promoting consumption: a "close for"
// noun) carries it in its English name, which was its kind alone; the
// title of the measures it issues, which says a subject of its own after
// "for", names it without its mission rather than say "for" twice.
func TestMissionOfJointMeeting(t *testing.T) {
	m := testproject.Map(t)
	m["seeds/consumption.txt"] = &fstest.MapFile{Data: []byte("关于印发进一步做好近期促进消费工作若干措施的通知\n各市人民政府：\n" +
		"现将《进一步做好近期促进消费工作若干措施》印发给你们。\n安徽省完善促进消费体制机制厅际联席会议\n2022年1月26日\n" +
		"进一步做好近期促进消费工作若干措施\n一、扩大消费\n开展促销活动。\n")}
	b := loadOnce(t, m)
	data, _, err := (&Project{b}).File(context.Background(), "en/index.html", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	const named = "Anhui Provincial Inter-Departmental Joint Meeting for Improving the Systems and Mechanisms for Promoting Consumption"
	if !strings.Contains(string(data), ">"+named+"<") {
		t.Errorf("the library's English home has no issuer %q", named)
	}
	if have, want := b.Plan("en", "consumption").Title(), "Measures of the Anhui Provincial Inter-Departmental Joint Meeting for Further Promoting Consumption"; have != want {
		t.Errorf("have title %q, want %q", have, want)
	}
}
