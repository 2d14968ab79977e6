package dept

import "testing"

// TestOfficialPlaceNames: a place whose official English is not its
// pinyin is named so, as a place, in a department's name and in its
// government's; a region's full name and its level alone are named as
// regions (not a district named 自治); 吉林市 is Jilin City beside Jilin
// Province; 陕西 and 山西 stay apart.
func TestOfficialPlaceNames(t *testing.T) {
	for _, tt := range []struct{ zh, want string }{
		{"呼和浩特市", "Hohhot"},
		{"乌鲁木齐市", "Urumqi"},
		{"哈尔滨市", "Harbin"},
		{"西安市", "Xi'an"},
		{"喀什地区", "Kashgar Prefecture"},
		{"日喀则市", "Shigatse"},
		{"拉萨市", "Lhasa"},
		{"内蒙古自治区", "Inner Mongolia Autonomous Region"},
		{"西藏自治区", "Xizang Autonomous Region"},
		{"新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region"},
		{"广西壮族自治区", "Guangxi Zhuang Autonomous Region"},
		{"宁夏回族自治区", "Ningxia Hui Autonomous Region"},
		{"香港特别行政区", "Hong Kong Special Administrative Region"},
		{"澳门特别行政区", "Macao Special Administrative Region"},
		{"吉林省", "Jilin Province"},
		{"吉林市", "Jilin City"},
		{"陕西省", "Shaanxi Province"},
		{"山西省", "Shanxi Province"},
		{"内蒙古自治区呼和浩特市", "Hohhot, Inner Mongolia Autonomous Region"},
	} {
		t.Run(tt.zh, func(t *testing.T) {
			if have, ok := PlaceEnglish(tt.zh); !ok || have != tt.want {
				t.Errorf("PlaceEnglish(%s): have %q %v, want %q", tt.zh, have, ok, tt.want)
			}
		})
	}
	for _, tt := range []struct{ zh, want string }{
		{"呼和浩特市教育局", "Hohhot Municipal Education Bureau"},
		{"乌鲁木齐市财政局", "Urumqi Municipal Finance Bureau"},
		{"拉萨市发展和改革委员会", "Lhasa Municipal Development and Reform Commission"},
		{"哈尔滨市人民政府", "Harbin Municipal People's Government"},
		{"日喀则市人民政府", "Shigatse Municipal People's Government"},
		{"西藏自治区人民政府", "Xizang Autonomous Region People's Government"},
		{"内蒙古自治区人民政府", "Inner Mongolia Autonomous Region People's Government"},
		{"新疆维吾尔自治区人民政府", "Xinjiang Uygur Autonomous Region People's Government"},
		{"西藏自治区教育厅", "Xizang Autonomous Region Department of Education"},
		{"宁夏回族自治区教育厅", "Ningxia Hui Autonomous Region Department of Education"},
		{"自治区人民政府", "Autonomous Region People's Government"},
		{"吉林市教育局", "Jilin Municipal Education Bureau"},
		{"吉林省教育厅", "Jilin Provincial Department of Education"},
		{"陕西省教育厅", "Shaanxi Provincial Department of Education"},
		{"山西省教育厅", "Shanxi Provincial Department of Education"},
	} {
		t.Run(tt.zh, func(t *testing.T) {
			if have, _ := englishName(tt.zh, nil); have != tt.want {
				t.Errorf("englishName(%s): have %q, want %q", tt.zh, have, tt.want)
			}
		})
	}
}
