package site_test

import (
	"strings"
	"testing"
)

// TestLibraryIssuerOwnName: the Chinese library names an issuer by a name
// that says its government, on the card and in the filter, where the plan
// signs with its level alone (the Jiangxi grain bureau's 省粮食和物资储备局),
// so that two provinces' bureaus are not two options of one name.
func TestLibraryIssuerOwnName(t *testing.T) {
	s := libraryBuilt(t)
	const want = "江西省粮食和物资储备局"
	for _, cd := range cards(t, s, "zh/index.html") {
		if cd.Slug == "jiangxi-grain-workpoints-2020" && !strings.Contains(cd.Text, "发文机关"+want) {
			t.Errorf("zh/index.html: card %q does not name its issuer %s", cd.Text, want)
		}
	}
	var filters string
	for _, n := range findAll(dom(t, s, "zh/index.html"), tag("nav")) {
		filters += text(n)
	}
	if !strings.Contains(filters, want) {
		t.Errorf("zh/index.html: the filters do not name %s", want)
	}
}

// TestLibraryIssuerOwnNameUnknown: a body neither the registry nor the
// government's own offices know (a Shanghai leading group's office,
// 市促进…办公室, its government known by the document number 沪…) is
// named with its government on the card, in the filter and in the search
// results page's filter, as the library's other issuers are.
func TestLibraryIssuerOwnNameUnknown(t *testing.T) {
	const seed = "关于做好住房工作的通知\n\n沪建房管联〔2021〕476号\n\n各区住房保障房屋管理局：\n\n现将有关事项通知如下。\n\n一、总体要求\n做好住房工作。\n\n市促进房地产市场平稳健康发展领导小组办公室\n\n2021年6月1日\n"
	_, page := buildPages(t, withSeed(t, "shanghai-housing-2021.txt", seed))
	const want = "上海市促进房地产市场平稳健康发展领导小组办公室"
	for _, name := range []string{"zh/index.html", "zh/search/index.html"} {
		html := page(name)
		if !strings.Contains(html, want) {
			t.Errorf("%s does not name the issuer %s", name, want)
		}
		if strings.Contains(html, ">市促进房地产市场平稳健康发展领导小组办公室") {
			t.Errorf("%s names the issuer as printed, without its government", name)
		}
	}
}
