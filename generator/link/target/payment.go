package target

import (
	"strings"
	"unicode/utf8"
)

// A payment's rate (按300元/人的标准给予就业创业服务补助, 给予企业2000元/人/年
// 的用工补助, 按1000元／人的标准，给予一次性吸纳就业补贴) is a commitment of
// the plan, the amount it pays per person, household or year, as
// 硕士及以上学历补贴2万元/套 is: its indicator is the payment it names
// after the rate (就业创业服务补助), not the words before it, which are
// the rule's conditions (对…签订1年以上劳动合同的). A rate's shares in the
// bracket after it (按300元/人（镇（街道）100元/人、村（社区）200元/人）标准
// 给予一次性劳务协作经费) are rates of the same payment, each for the body
// it names: 一次性劳务协作经费（镇（街道））.

// payVerbs open the payment's name after 标准.
var payVerbs = []string{"给予", "予以", "发放", "兑现", "拨付", "给"}

// paysBy reports whether the words before a quantity end in 按: the
// quantity is the standard a payment is made by.
func paysBy(before string) bool {
	return strings.HasSuffix(strings.TrimRight(before, " \t\u3000"), "按")
}

// shareOf reads the words between a paid rate (or its last share) and the
// next quantity: the body the next is a share for, when it opens the
// rate's bracket (（镇（街道）) or follows the last share's 、 in it.
func shareOf(between string, afterShare bool) (string, bool) {
	var words string
	switch {
	case !afterShare && (strings.HasPrefix(between, "（") || strings.HasPrefix(between, "(")):
		_, size := utf8.DecodeRuneInString(between)
		words = between[size:]
	case afterShare && strings.HasPrefix(between, "、"):
		words = strings.TrimPrefix(between, "、")
	default:
		return "", false
	}
	words = strings.TrimSpace(words)
	if words == "" || utf8.RuneCountInString(words) > 12 || strings.ContainsAny(words, "，,；;。、") {
		return "", false
	}
	return words, true
}

// payment is the name of the payment a rate ending at from is paid for:
// the words after its 的 (2000元/人/年的用工补助), or after the 标准 that
// follows it in its clause or bracket (的标准给予…, （…）标准给予…, 的标准，
// 给予…), without the verb and the conditions before the last 的 (给予不
// 超过3个月的稳岗补助: 稳岗补助); "" when there is none. inBracket: the
// rate is a share, in the bracket after the rate.
func payment(s string, from int, inBracket bool) string {
	rest := s[from:]
	switch {
	case strings.HasPrefix(rest, "的标准"):
		rest = rest[len("的标准"):]
	case strings.HasPrefix(rest, "的"):
		rest = rest[len("的"):]
	default:
		i := standardAt(rest, inBracket)
		if i < 0 {
			return ""
		}
		rest = rest[i+len("标准"):]
	}
	rest = strings.TrimLeft(rest, "，,")
	for _, v := range payVerbs {
		if strings.HasPrefix(rest, v) {
			rest = rest[len(v):]
			break
		}
	}
	if i := strings.IndexAny(rest, "（(，,；;。"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndex(rest, "的"); i >= 0 {
		rest = rest[i+len("的"):]
	}
	return strings.TrimFunc(rest, notWord)
}

// standardAt is where 标准 is in rest, outside a clause after the first:
// before it come only a bracket and 的 (（…）标准, ）的标准), and the rest of
// the bracket when inBracket.
func standardAt(rest string, inBracket bool) int {
	depth := 0
	if inBracket {
		depth = 1 // a share's rest: 、村（社区）200元/人）标准
	}
	for i, r := range rest {
		switch {
		case r == '（' || r == '(':
			depth++
		case r == '）' || r == ')':
			depth--
		case depth == 0 && strings.HasPrefix(rest[i:], "标准"):
			return i
		case depth == 0 && r != '的':
			return -1
		}
	}
	return -1
}
