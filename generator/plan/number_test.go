package plan

import "testing"

func TestNumberYear(t *testing.T) {
	tests := []struct{ num, want string }{
		{"川政发〔2022〕10号", "2022"},
		{"某政办发［2021］3号", "2021"},
		{"某政发[2020]1号", "2020"},
		{"某政发【2019】2号", "2019"},
		{"某政发（2018）4号", "2018"},
		{"某政发(2017)5号", "2017"},
		{"某政发〔 2016 〕6号", "2016"},
		{"北京市人民政府令第308号", ""},
		{"某规划（2021—2025年）", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if have := NumberYear(tt.num); have != tt.want {
			t.Errorf("NumberYear(%q): have %q, want %q", tt.num, have, tt.want)
		}
	}
}
