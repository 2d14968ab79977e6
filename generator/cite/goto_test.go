package cite

import "testing"

func TestKey(t *testing.T) {
	ns := tree()
	tests := []struct{ eid, want string }{
		{"part_2", "2"},
		{"part_2__sec_1", "2.1"},
		{"part_2__sec_1__item_3", "2.1.3"},
		{"part_2__sec_1__item_3__subitem_2", "2.1.3.2"},
		{"part_1__sec_2__para_1", "1.2.p1"},
		{"preamble__para_1", "pre.p1"},
		{"part_2__sec_3__box_4", "2.3.b4"},
		{"table_2", "t2"},
		{"proj_12", "proj12"},
		{"notice__para_1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.eid, func(t *testing.T) {
			if have := Key(ns[tt.eid]); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}

// ParseCases is the contract of Parse, shared with goto.js through
// TestGotoScript in package site.
var ParseCases = []struct{ Query, Want string }{
	{"二（一）3", "2.1.3"},
	{"2.1.3", "2.1.3"},
	{"２．１．３", "2.1.3"},
	{"2、1、3", "2.1.3"},
	{"II(1)3", "2.1.3"},
	{"II (1) 3", "2.1.3"},
	{"ii (1) 3", "2.1.3"},
	{"Part II (1) 3", "2.1.3"},
	{"第二部分（一）3", "2.1.3"},
	{"第二部分", "2"},
	{"二", "2"},
	{"二（一）3（2）", "2.1.3.2"},
	{"十二（十一）", "12.11"},
	{"一（二）¶1", "1.2.p1"},
	{"第一部分（二）第1段", "1.2.p1"},
	{"Part I (2), para. 1", "1.2.p1"},
	{"I (2) ¶1", "1.2.p1"},
	{"序言¶1", "pre.p1"},
	{"Preamble, para. 1", "pre.p1"},
	{"第二部分（三）专栏4", "2.3.b4"},
	{"重点项目12", "proj12"},
	{"Key project 12", "proj12"},
	{"表2第12项", "proj12"},
	{"Table 2, item 12", "proj12"},
	{"表2", "t2"},
	{"part_2__sec_1__item_3", "eid:part_2__sec_1__item_3"},
	{"proj_12", "eid:proj_12"},
	{"Annex 1, Part II (1) 3", "a1.2.1.3"},
	{"", ""},
	{"教育", ""},
	{"IIII", ""},
	{"二十十", ""},
}

func TestParse(t *testing.T) {
	for _, tt := range ParseCases {
		t.Run(tt.Query, func(t *testing.T) {
			if have := Parse(tt.Query); have != tt.Want {
				t.Errorf("Parse(%q): have %q, want %q", tt.Query, have, tt.Want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	keys := map[string]string{"2.1.3": "part_2__sec_1__item_3", "proj12": "proj_12"}
	eids := map[string]string{"part_2__sec_1__item_3": "part_2__sec_1__item_3", "part_2__sec_1__item_9": "part_2__sec_1__item_3"}
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"二（一）3", "part_2__sec_1__item_3", true},
		{"表2第12项", "proj_12", true},
		{"part_2__sec_1__item_9", "part_2__sec_1__item_3", true},
		{"part_9", "", false},
		{"九", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			have, ok := Resolve(keys, eids, tt.q)
			if have != tt.want || ok != tt.ok {
				t.Errorf("have %q %v, want %q %v", have, ok, tt.want, tt.ok)
			}
		})
	}
}
