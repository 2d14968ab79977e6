package site_test

import (
	"strings"
	"testing"
)

// TestTargetUnitUntranslated: every unit the targets are read with has
// English on the English targets page (人次 person-times, 倍 times; a unit
// content/i18n/targets.yaml lacks is shown in Chinese, marked, which
// TestEnglishAmount checks). A unit of 万 whose rest is translated
// multiplies the number, as English counts (6.2万公里: 62,000 km; 5万人次:
// 50,000 person-times). A measure word (1020处) has no English: the
// number stands alone, written as English writes it (1,020).
func TestTargetUnitUntranslated(t *testing.T) {
	seed := `某区城市内涝治理规划

一、主要任务

（一）改造易涝区域。到2025年，累计改造易淹易涝区域1020处。

（二）建设排水管网。到2025年，累计建成排水管网6.2万公里。

（三）开展培训。到2025年，累计培训5万人次。

（四）扩大服务。到2025年，服务能力提高到2倍。
`
	_, page := buildPages(t, withSeed(t, "flood-2025.txt", seed))
	en := page("en/flood-2025/targets/index.html")
	for _, want := range []string{
		`<span class="value">1,020</span></td>`,
		`<span class="value">62,000</span> <span class="unit">km</span>`,           // 万 multiplies, 公里 has English
		`<span class="value">50,000</span> <span class="unit">person-times</span>`, // 人次, a count of attendances
		`<span class="value">2</span> <span class="unit">times</span>`,             // 倍
	} {
		if !strings.Contains(en, want) {
			i := strings.LastIndex(en, `<span class="value">`)
			t.Errorf("English targets page: no %s in %s", want, en[max(i, 0):min(max(i, 0)+300, len(en))])
		}
	}
	if zh := page("zh/flood-2025/targets/index.html"); !strings.Contains(zh, `<span class="value">1020</span><span class="unit">处</span>`) {
		t.Error("Chinese targets page: no 1020处")
	}
}
