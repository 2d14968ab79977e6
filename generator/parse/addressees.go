package parse

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// divisions is a list's name that is only levels of government (各省、
// 自治区、直辖市人民政府; 各市州、县市区人民政府; 各辖市、区人民政府, the
// county-level cities a city governs; 各县（市）、区人民政府, a level with
// another in brackets): it shares the body the next name ends with.
var divisions = regexp.MustCompile(`^各?(?:[省市县区州旗盟乡镇]|自治区|自治州|自治县|直辖市|地区|街道|辖市|辖区|县级市|[（(][省市县区州旗盟乡镇]+[）)])+$`)

// leadsDivisions is a list's first name that ends in levels of government
// after the organisation they belong to (共青团各省、自治区、直辖市委: the
// Youth League committees of the provinces, regions and municipalities);
// divisionsFirst is a name that opens with one (直辖市委).
var (
	leadsDivisions = regexp.MustCompile(`^\p{Han}{2,8}各(?:[省市县区州旗盟乡镇]|自治区|自治州|自治县|直辖市|地区|街道)+$`)
	divisionsFirst = regexp.MustCompile(`^各?(?:[省市县区州旗盟乡镇]|自治区|自治州|自治县|直辖市|地区|街道)`)
)

// placeOnly is a name of a place without the body that governs it (高新区,
// 经开区); placeBody one of a place's governing body (工业园区管委会).
var (
	placeOnly = regexp.MustCompile(`^\p{Han}{1,8}(?:区|县|市|园区|新区|镇|乡|街道)$`)
	placeBody = regexp.MustCompile(`^\p{Han}{1,12}(?:区|县|市|镇|乡|街道)(?:管委会|管理委员会|人民政府|办事处)$`)
)

// sharesNext reports whether the name n, before next in a 主送 list, shares
// next's body: levels of government after their organisation (共青团各省、
// 自治区、直辖市委), or a place before another place's body (高新区、工业
// 园区管委会: the committees of both zones).
func sharesNext(n, next string) bool {
	return leadsDivisions.MatchString(n) && divisionsFirst.MatchString(next) || placeOnly.MatchString(n) && placeBody.MatchString(next) ||
		endsInBody.MatchString(n) && bodiesClass.MatchString(next)
}

// endsInBody is a name ending in a governing body (开发区党工委);
// bodiesClass a class of a body's own bodies named without its place
// (管委会各机构). After the one, the other is the class of both bodies:
// 开发区党工委、管委会各机构 are the bodies of the zone's committee and of
// its administrative committee, one addressee, not the committee itself.
var (
	endsInBody  = regexp.MustCompile(`(?:党工委|工委|党委|管委会|管理委员会|人民政府|政府)$`)
	bodiesClass = regexp.MustCompile(`^(?:党工委|工委|党委|管委会|管理委员会|人民政府|政府)各\p{Han}{1,6}$`)
)

// ownerOf is the place that owns the last addressee of a 、 group (its
// first from index first on): the words up to its first level of
// government, with the government named after it (市 of 市各公司,
// 县人民政府 of 县人民政府有关局办, 北京经济技术开发区 of its 商务金融局);
// "" where out has none of the group yet, or its last is a list of its
// own (各辖市、区人民政府) or only a place.
func ownerOf(out []string, first int) string {
	if len(out) <= first {
		return ""
	}
	last := out[len(out)-1]
	if strings.Contains(last, "、") {
		return ""
	}
	for i := range last {
		size := levelChar(last[i:])
		if size == 0 {
			continue
		}
		end := i + size
		for size = levelChar(last[end:]); size > 0; size = levelChar(last[end:]) {
			end += size // 各乡镇人民政府: both levels
		}
		for _, g := range []string{"人民政府", "政府"} {
			if strings.HasPrefix(last[end:], g) {
				end += len(g)
				break
			}
		}
		if end == len(last) {
			return ""
		}
		return last[:end]
	}
	return ""
}

// placeLevels are the characters that end a place's name.
const placeLevels = "省市县区州旗盟乡镇"

// ownerless reports whether a name after the first of its 、 group names
// no place of its own (nor 街道), nor 各 or 有关 (直属单位, 行政审批局): a body or class
// of the place the group's first names (市各公司、直属单位: 市直属单位).
// 有关部门, 相关单位 and 各直属机构 are the issuer's, as written.
func ownerless(n string) bool {
	if utf8.RuneCountInString(n) < 3 || strings.HasPrefix(n, "各") || strings.HasPrefix(n, "有关") || strings.HasPrefix(n, "相关") || strings.Contains(n, "街道") {
		return false
	}
	for i := range n {
		if levelChar(n[i:]) > 0 {
			return false
		}
	}
	return true
}

// levelChar is the size of the character of a level of government s opens
// with (placeLevels), 0 where it opens with none: the 市 of 市场监管局 is a
// market's, not a city's.
func levelChar(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(placeLevels, r) || strings.HasPrefix(s[size:], "场") {
		return 0
	}
	return size
}

// bareBody is a body named without its place in a 主送 line, which takes
// the place of the name before it.
var bareBody = regexp.MustCompile(`^(?:人民政府|政府|管委会|管理委员会|办事处)$`)

// eachPlaceBody is a 主送 name of a body of each place of a level (各区委,
// 各乡镇党委, 各县（市、区）委): its place, and the body.
var eachPlaceBody = regexp.MustCompile(`^各((?:[省市县区州旗盟乡镇]|自治区|自治州|自治县|街道|[（(][^（）()]{1,12}[)）])+)(党委|党工委|委|人民政府|政府|管委会)$`)

// eachToo is the name after a body of each place (各区委) that names
// another body of the same places, its place left out or printed without
// 各 (各区委、区政府; 各乡镇党委、政府; 各县市区委、人民政府): the bodies
// of each place too, so 各区政府, 各乡镇政府, 各县市区人民政府, as a
// reader citing one of them says it; "" where next is no such name.
func eachToo(before, next string) string {
	m := eachPlaceBody.FindStringSubmatch(before)
	if m == nil {
		return ""
	}
	if bareBody.MatchString(next) {
		return "各" + m[1] + next
	}
	if body, ok := strings.CutPrefix(next, m[1]); ok && (bareBody.MatchString(body) || body == "委" || body == "党委" || body == "党工委") {
		return "各" + next
	}
	return ""
}

// addresseeList splits a 主送 line into its addressees: at commas, and
// within a comma's group at 、 where the parts name bodies of their own
// (省政府各部门、各直属机构). A part of one or two characters, or only of
// levels of government (divisions), shares its body with the part after
// it in the group ("各旗、县、区人民政府": the people's governments of
// banners, counties and districts) or, at the group's end, with the part
// before it ("市政府各委、办、局", "市直有关部门、单位"), and so does a part
// ending with 中央, which names no body ("州直和中央、省驻德宏各单位": the
// prefecture's units and those the centre and the province keep there);
// a body without
// its place (bareBody) is the place's before it (各县市区委、人民政府).
func addresseeList(s string) []string {
	var out []string
	for _, group := range splitTop(s, "，,；;") {
		first := len(out) // the group's first addressee
		pending := ""
		ns := slices.DeleteFunc(names(group), elided) // 各区人民政府：（略）
		for i, n := range ns {
			if each := ""; pending == "" && len(out) > first && i > 0 {
				if each = eachToo(ns[i-1], n); each != "" {
					out = append(out, each)
					continue
				}
			}
			if bareBody.MatchString(n) && pending == "" && len(out) > first {
				// The place before names this body's too: 各县市区委、
				// 人民政府 are the committees and governments of each.
				out[len(out)-1] += "、" + n
				continue
			}
			if utf8.RuneCountInString(n) <= 2 || divisions.MatchString(n) || i+1 < len(ns) && (sharesNext(n, ns[i+1]) || strings.HasSuffix(n, "中央")) {
				pending += n + "、"
				continue
			}
			if owner := ownerOf(out, first); pending == "" && owner != "" && ownerless(n) {
				n = owner + n // 市各公司、直属单位: the city's units too
			}
			out = append(out, pending+n)
			pending = ""
		}
		switch pending = strings.TrimSuffix(pending, "、"); {
		case pending == "":
		case len(out) > first:
			out[len(out)-1] += "、" + pending
		default:
			out = append(out, pending)
		}
	}
	return out
}

// addressees reports whether s can be a 主送 line: short, ending with a
// colon.
func addressees(s string) bool {
	return (strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":")) && utf8.RuneCountInString(s) < 120 &&
		!strings.Contains(s, "《") && !strings.Contains(s, "如下") // "…决定对《…》作如下修改：" opens the body
}
