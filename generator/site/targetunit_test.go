package site_test

import (
	"strings"
	"testing"
)

// TestTargetUnitUntranslated: a target whose unit content/i18n/targets.yaml
// does not translate (万公里) shows that unit in Chinese, marked, on the
// English targets page, as the README says, where it showed the number
// alone: 6.2 for 6.2万公里. A measure word (1020处) has no English: the
// number stands alone.
func TestTargetUnitUntranslated(t *testing.T) {
	seed := `某区城市内涝治理规划

一、主要任务

（一）改造易涝区域。到2025年，累计改造易淹易涝区域1020处。

（二）建设排水管网。到2025年，累计建成排水管网6.2万公里。
`
	_, page := buildPages(t, withSeed(t, "flood-2025.txt", seed))
	en := page("en/flood-2025/targets/index.html")
	for _, want := range []string{
		`<span class="value">1020</span></td>`,
		`<span class="value">6.2</span> <span class="unit" lang="zh-Hans">万公里</span>`,
	} {
		if !strings.Contains(en, want) {
			i := strings.Index(en, `<span class="value">`)
			t.Errorf("English targets page: no %s in %s", want, en[max(i, 0):min(max(i, 0)+300, len(en))])
		}
	}
	if zh := page("zh/flood-2025/targets/index.html"); !strings.Contains(zh, `<span class="value">1020</span><span class="unit">处</span>`) {
		t.Error("Chinese targets page: no 1020处")
	}
}
