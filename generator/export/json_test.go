package export_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"plansite/generator/export"
	"plansite/generator/internal/testproject"
	"plansite/generator/parse"
	"plansite/generator/plan"
)

func TestJSON(t *testing.T) {
	doc, err := parse.File(testproject.FS(), "seeds/zichuan-education-2022.txt")
	if err != nil {
		t.Fatal(err)
	}
	x := export.New(doc, "zh", func(n *plan.Node) (string, string, string) {
		return n.Heading, n.Text, "/zh/" + doc.Slug + "/#" + n.EID
	})
	x.Extra = map[string]any{"departments": []string{"区教体局"}}
	var dataBuf bytes.Buffer
	if err := x.WriteJSON(&dataBuf); err != nil {
		t.Fatal(err)
	}
	data := dataBuf.Bytes()
	var got struct {
		Meta struct {
			DocumentNumber string   `json:"documentNumber"`
			Date           string   `json:"date"`
			CC             []string `json:"cc"`
		} `json:"meta"`
		Nodes []struct {
			EID      string `json:"eId"`
			Kind     string `json:"kind"`
			Children []json.RawMessage
		} `json:"nodes"`
		Projects []struct {
			EID, Num, Name, Content, URL string
			Responsibility               *struct{ Lead, Support []string }
		} `json:"projects"`
		Departments []string `json:"departments"`
		Warnings    []struct {
			File string
			Line int
		} `json:"warnings"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		have, want any
	}{
		{"documentNumber", got.Meta.DocumentNumber, "川政发〔2022〕10号"},
		{"date", got.Meta.Date, "2022-12-28"},
		{"cc", len(got.Meta.CC), 6},
		{"top-level kinds", kinds(got.Nodes), "notice preamble part part table part conclusions"},
		{"projects", len(got.Projects), 20},
		{"proj_8 name", got.Projects[7].Name, "青少年学生法治教育行动"},
		{"proj_8 url", got.Projects[7].URL, "/zh/zichuan-education-2022/#proj_8"},
		{"proj_8 lead", got.Projects[7].Responsibility.Lead[0], "区教体局"},
		{"extra section", got.Departments, []string{"区教体局"}},
		{"warning line", got.Warnings[0].Line, 73},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, _ := json.Marshal(tt.have)
			w, _ := json.Marshal(tt.want)
			if string(h) != string(w) {
				t.Errorf("have %s, want %s", h, w)
			}
		})
	}
}

func kinds(ns []struct {
	EID      string `json:"eId"`
	Kind     string `json:"kind"`
	Children []json.RawMessage
}) string {
	s := ""
	for i, n := range ns {
		if i > 0 {
			s += " "
		}
		s += n.Kind
	}
	return s
}
