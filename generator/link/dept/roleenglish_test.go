package dept

import "testing"

// TestRoleEnglishLevels names in English by rule the roles a rule prints
// with a level's word widened in brackets (县（市）: counties and
// county-level cities), with 本级 (the level of the bodies concerned, no
// level of its own), and the roles of fields rules name.
func TestRoleEnglishLevels(t *testing.T) {
	for _, tt := range []struct{ key, want string }{
		{"州数据资源主管部门", "Prefectural Competent Data Resources Authority"},
		{"县（市）数据资源主管部门", "County Competent Data Resources Authority"},
		{"县（市、区）教育行政部门", "County Education Administrative Department"},
		{"本级数据资源主管部门", "Competent Data Resources Authority"},
		{"保密部门", "State Secrets Protection Department"},
		{"本级", ""},
		// Shenyang's property credit rules; Beijing's railway safety rules.
		{"市房产主管部门", "Municipal Competent Real Estate Authority"},
		{"区房产主管部门", "District Competent Real Estate Authority"},
		{"执法机关", "Law Enforcement Authority"},
		// Beijing's guidance on data zones.
		{"专区监管部门", "Data Zone Regulatory Department"},
		{"数据专区监管部门", "Data Zone Regulatory Department"},
		// Beijing's rules on earthquake early warning and on place names.
		{"市地震部门", "Municipal Earthquake Department"},
		{"区地震工作主管部门", "District Competent Earthquake Authority"},
		{"市地名行政主管部门", "Municipal Competent Place Names Authority"},
		// Beijing's regulation on the business environment; its rules on radio.
		{"市无线电管理部门", "Municipal Radio Administration Department"},
		{"市口岸管理部门", "Municipal Port Administration Department"},
		{"市地方金融管理部门", "Municipal Local Financial Administration Department"},
		{"不动产登记部门", "Real Estate Registration Department"},
		{"行政执法机关", "Administrative Law Enforcement Authority"},
		{"检察机关", "Procuratorial Authority"},
		{"监察机关", "Supervisory Authority"},
	} {
		if have := roleEnglish(tt.key); have != tt.want {
			t.Errorf("roleEnglish(%s): have %q, want %q", tt.key, have, tt.want)
		}
	}
}
