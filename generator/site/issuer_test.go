package site

import (
	"testing"

	"plansite/generator/link/dept"
)

// TestGovIssuer: an issuer the registry lacks is named by its plan's
// government, its URL short whatever the length of its name.
func TestGovIssuer(t *testing.T) {
	anhui := &dept.Government{ID: "anhui", Name: "安徽省", EN: "Anhui Province", Declared: true}
	mingxi := &dept.Government{ID: "mingxi", Name: "明溪县", EN: "Mingxi County"}
	zichuan := &dept.Government{ID: "zichuan", Name: "淄川区", Full: "山东省淄博市淄川区", EN: "Zichuan District"}
	tests := []struct {
		zh       string
		gov      *dept.Government
		slug, en string
		ok       bool
	}{
		{"安徽省人民政府办公厅", anhui, "anhui-government-general-office", "General Office of the Anhui Provincial People's Government", true},
		{"明溪县人民政府", mingxi, "mingxi-government", "Mingxi County People's Government", true},
		{"明溪县政府办公室", mingxi, "mingxi-government-office", "Office of the Mingxi County People's Government", true},
		{"山东省淄博市淄川区人民政府", zichuan, "zichuan-government", "Zichuan District People's Government", true},
		{"明溪县住房和城乡建设局", mingxi, "mingxi-zhu-fang-he-cheng-xiang-jian-she-ju", "Mingxi County Housing and Urban-Rural Development Bureau", true},
		{"淄博市淄川区人民政府办公室", zichuan, "zichuan-government-office", "Office of the Zichuan District People's Government", true},
		{"山东省淄博市淄川区教育和体育局", zichuan, "zichuan-jiao-yu-he-ti-yu-ju", "Zichuan District Education and Sports Bureau", true},
		{"中共明溪县委", mingxi, "mingxi-party-committee", "CPC Mingxi County Committee", true},
		{"中共明溪县委办公室", mingxi, "mingxi-party-committee-office", "Office of the CPC Mingxi County Committee", true},
		{"明溪县招商服务中心", mingxi, "mingxi-zhao-shang-fu-wu-zhong-xin", "", true}, // a field the rule does not know
		{"安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室", anhui, "anhui-tjsdyqjsldxzggkf", "", true},
		{"福州市人民政府办公厅", anhui, "", "", false}, // another place
		{"明溪县", mingxi, "", "", false}, // the place alone
		{"明溪县人民政府", nil, "", "", false},
		// A library's copy under a fictitious county (internal/library):
		// the county's own body, in the county's English.
		{"东山县人民政府办公厅", &dept.Government{ID: "dongshan", Name: "东山县", EN: "Dongshan County"}, "dongshan-government-general-office", "General Office of the Dongshan County People's Government", true},
	}
	for _, tt := range tests {
		t.Run(tt.zh, func(t *testing.T) {
			slug, en, ok := govIssuer(tt.zh, tt.gov)
			if slug != tt.slug || en != tt.en || ok != tt.ok {
				t.Errorf("have %q %q %v, want %q %q %v", slug, en, ok, tt.slug, tt.en, tt.ok)
			}
		})
	}
	if s := shortSlug("省粮食和物资储备局"); s != "sheng-liang-shi-he-wu-zi-chu-bei-ju" {
		t.Errorf("a name of 9 characters: have %q, want its pinyin", s)
	}
}

// TestOwnName: a body's Chinese name says its government where the plan
// writes it by its level alone.
func TestOwnName(t *testing.T) {
	jiangxi := &dept.Government{ID: "jiangxi", Name: "江西省"}
	zichuan := &dept.Government{ID: "zichuan", Name: "淄川区", Full: "山东省淄博市淄川区"}
	for _, tt := range []struct {
		name, full string
		gov        *dept.Government
		want       string
	}{
		{"省粮食和物资储备局", "", jiangxi, "江西省粮食和物资储备局"},
		{"省商务厅", "", jiangxi, "江西省商务厅"},
		{"区教体局", "淄川区教育和体育局", zichuan, "淄川区教育和体育局"},
		{"淄川区人民政府", "", zichuan, "淄川区人民政府"},
		{"中共淄川区委", "中共淄博市淄川区委员会", zichuan, "中共淄川区委"},
		{"市促进房地产市场平稳健康发展领导小组办公室", "", jiangxi, "市促进房地产市场平稳健康发展领导小组办公室"}, // not the province's level
		{"南昌海关", "", jiangxi, "南昌海关"},
		{"市场监督管理部门", "", &dept.Government{ID: "beijing", Name: "北京市"}, "市场监督管理部门"}, // 市场, no level
		{"市市场监督管理部门", "", &dept.Government{ID: "beijing", Name: "北京市"}, "北京市市场监督管理部门"},
		{"市民政局", "", &dept.Government{ID: "beijing", Name: "北京市"}, "北京市民政局"},
		{"省市场监管局", "", jiangxi, "江西省市场监管局"},
		{"省商务厅", "", nil, "省商务厅"},
		{"省", "", jiangxi, "省"},
	} {
		if have := ownName(tt.name, tt.full, tt.gov); have != tt.want {
			t.Errorf("ownName(%s, %q): have %s, want %s", tt.name, tt.full, have, tt.want)
		}
	}
}
