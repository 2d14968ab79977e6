package plan

import "testing"

func TestMoves(t *testing.T) {
	m := NewMoves([]string{"notice", "att_1__chp_99", "att_2__proj_1", "att_2__part_1__sec_1", "att_3__part_1__sec_1", "part_2", "sec_7"})
	for _, tt := range []struct{ old, want string }{
		{"proj_1", "att_2__proj_1"},           // moved into an attachment
		{"part_1__sec_1", ""},                 // two attachments have it: which, no one can say
		{"att_1__part_2", "part_2"},           // the attachment's heading taken out
		{"att_1__part_2__sec_7", ""},          // two levels out: another sec_7
		{"proj_2", ""},                        // gone
		{"notice", ""},                        // still there: not moved
		{"att_2__proj_1__item_1", ""},         // no end of it is an eId
		{"x__att_2__proj_1", "att_2__proj_1"}, // an outer level taken out
	} {
		t.Run(tt.old, func(t *testing.T) {
			if have := m.Of(tt.old); have != tt.want {
				t.Errorf("have %q, want %q", have, tt.want)
			}
		})
	}
}
