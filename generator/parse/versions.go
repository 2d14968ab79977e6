package parse

import (
	"regexp"
	"strings"

	"plansite/generator/plan"
)

// noteVersions reads the acts a note under a title records, each clause of
// the note running from its date to the next: （2020年3月27日…会议通过　根据
// 2022年8月29日…会议通过的《关于修改〈…〉的决定》第一次修正　2024年11月29日
// …会议第一次修订） is an adoption, an amendment and a revision; （2011年7月7日
// 北京市人民政府第235号令发布　根据2024年11月27日北京市人民政府第313号令修改）
// an issue and an amendment. A clause's act is the last verb it says
// outside book-title marks (the decision amending a regulation, adopted
// itself, is named in 《》 by the clause of its amendment); a clause that
// says none (自2025年10月1日起施行, the day it takes effect) records none.
func noteVersions(note string) []plan.Version {
	at := noteDate.FindAllStringIndex(note, -1)
	var vs []plan.Version
	for i, a := range at {
		end := len(note)
		if i+1 < len(at) {
			end = at[i+1][0]
		}
		if act := clauseAct(note[a[1]:end]); act != "" {
			vs = append(vs, plan.Version{Date: ISODate(note[a[0]:a[1]]), Act: act})
		}
	}
	return vs
}

// textDate is the date of the text a note's versions make: the last's but
// an approval's (an autonomous area's regulation approved by the province
// is the text its congress adopted); "" where they record none.
func textDate(vs []plan.Version) string {
	for i := len(vs) - 1; i >= 0; i-- {
		if vs[i].Act != plan.ActApproved {
			return vs[i].Date
		}
	}
	return ""
}

// clauseAct is the act a clause of a note says last, outside 《》; "" where
// it says none.
func clauseAct(clause string) string {
	clause = bookTitle.ReplaceAllString(clause, "")
	act, last := "", -1
	for _, v := range actVerbs {
		if i := strings.LastIndex(clause, v.verb); i > last {
			act, last = v.act, i
		}
	}
	return act
}

// bookTitle is a name in 《》, which may hold 〈〉 but no other 《》.
var bookTitle = regexp.MustCompile(`《[^《》]*》`)

// actVerbs are the verbs a note says its acts with.
var actVerbs = []struct{ verb, act string }{
	{"通过", plan.ActAdopted},
	{"批准", plan.ActApproved},
	{"公布", plan.ActIssued},
	{"发布", plan.ActIssued},
	{"修改", plan.ActAmended},
	{"修正", plan.ActAmended},
	{"修订", plan.ActRevised},
}
