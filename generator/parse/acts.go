package parse

import "regexp"

// A rule states some duties by the act alone, with neither 负责 nor 应当:
// 交通运输主管部门按照…联席会议制度，组织协调推进本市铁路沿线安全环境治理
// 工作. A clause that opens with a department or a role and goes straight
// on (maybe after the rule it acts by: 按照…，依照…，) to one of a few verbs
// of a body's office — organising, guiding, supervising, co-ordinating,
// urging, getting a thing done (组织, 指导, 监督, 统筹, 协调, 督促, 做好) — is
// that subject's duty, as a 负责 clause is, with its exclusions: a
// generic subject names no one, and a government's own act is its own.
// The verbs are few on purpose: 加强, 推进, 建立 after a subject state a
// policy as often as a duty, and a subject anywhere but at a clause's
// start is an object or a condition.

// actLine matches a duty clause stated by its act: the subjects, the rule
// they act by, and the verb.
var actLine = guard(regexp.MustCompile(`^(`+dutySubjects+`)(?:(?:按照|依照|依据|根据)[^，,。；;]{1,40}[，,])?(?:依法|具体)?(?:组织|指导|监督|统筹|协调|督促|做好)`),
	"组织", "指导", "监督", "统筹", "协调", "督促", "做好")

// actSubject returns actLine's match of folded (the clause, simplified),
// or nil where it is none or its subject a government's.
func actSubject(folded string) []int {
	i := actLine.FindStringSubmatchIndex(folded)
	if i == nil {
		return nil
	}
	if namesGovernment(folded[i[2]:i[3]]) {
		return nil
	}
	return i[:4]
}
