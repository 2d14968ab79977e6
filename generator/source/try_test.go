package source

import (
	"fmt"
	"os"
	"testing"
)

func TestTry(t *testing.T) {
	for _, f := range []string{"xicheng-enrollment-2020.html", "anhua-realestate-2022.html", "beijing-samr-bizenv-2025.html", "jiangxi-grain-workpoints-2020.html"} {
		data, _ := os.ReadFile("../testdata/corpus/" + f)
		tx, err := decode(f, "html", data)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println("=====", f)
		for i, l := range tx.Lines {
			if i < 12 || i > len(tx.Lines)-6 {
				fmt.Printf("%-12s|%.80s\n", l.Place, l.Text)
			}
		}
		fmt.Printf("%d lines %+v\n%v %v\n", len(tx.Lines), tx.Meta, tx.Props, len(tx.Tables))
	}
}
