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
