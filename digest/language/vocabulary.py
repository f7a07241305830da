"""Words the figure scanner knows: qualifiers, units, counters, counted nouns, English forms.

Tables only; the rules that use them live in digest.language.figures.
"""

from __future__ import annotations

import re

# --- qualifiers ---------------------------------------------------------------------------

PREFIX_QUALIFIERS = {
    "超过": "more than", "多达": "as many as", "将近": "nearly", "接近": "nearly", "大约": "about",
    "不到": "less than", "不足": "less than", "至少": "at least", "逾": "more than", "约": "about",
    "近": "nearly", "超": "more than", "达": "",
}  # fmt: skip
# 近 in these words is "near", not "nearly".
NOT_NEARLY = ("最近", "附近", "靠近", "邻近", "临近", "就近", "亲近")
SUFFIX_QUALIFIERS = {"左右": "about", "上下": "about", "以上": "over", "以下": "under", "余": "over"}
APPROX_MAGNITUDES = {
    "上百": "hundreds", "上千": "thousands", "上万": "tens of thousands", "上亿": "hundreds of millions",
    "数十万": "hundreds of thousands", "数百万": "millions", "数千万": "tens of millions",
    "数十": "dozens", "数百": "hundreds", "数千": "thousands", "数万": "tens of thousands", "数亿": "hundreds of millions",
    "几十万": "hundreds of thousands", "几百万": "millions",
    "几十": "dozens", "几百": "hundreds", "几千": "thousands", "几万": "tens of thousands", "几亿": "hundreds of millions",
}  # fmt: skip

# --- units --------------------------------------------------------------------------------

# Chinese unit → (kind, English). Kinds: "sym" a symbol after a space; "tight" a symbol with
# no space (%, °C); "word" (singular, plural); "cur" a currency code; "pre" a label before
# the number (No. 508); "year"/"age"/"anniv"/"star" special forms.
UnitEnglish = str | tuple[str, str] | None
UNITS: dict[str, tuple[str, UnitEnglish]] = {
    "平方公里": ("sym", "km²"), "平方千米": ("sym", "km²"), "平方米": ("sym", "m²"), "平米": ("sym", "m²"),
    "平方厘米": ("sym", "cm²"), "立方米": ("sym", "m³"), "公顷": ("word", ("hectare", "hectares")),
    "亩": ("word", ("mu", "mu")), "千米": ("sym", "km"), "公里": ("sym", "km"), "厘米": ("sym", "cm"),
    "毫米": ("sym", "mm"), "海里": ("word", ("nautical mile", "nautical miles")), "米": ("sym", "m"),
    "千瓦时": ("sym", "kWh"), "度电": ("sym", "kWh"), "兆瓦时": ("sym", "MWh"), "千瓦": ("sym", "kW"),
    "兆瓦": ("sym", "MW"), "吉瓦": ("sym", "GW"), "吨": ("word", ("tonne", "tonnes")),
    "千克": ("sym", "kg"), "公斤": ("sym", "kg"), "毫克": ("sym", "mg"), "克": ("sym", "g"),
    "斤": ("word", ("jin", "jin")), "毫升": ("sym", "ml"), "升": ("word", ("litre", "litres")),
    "摄氏度": ("tight", "°C"), "℃": ("tight", "°C"), "°C": ("tight", "°C"),
    "个小时": ("word", ("hour", "hours")), "小时": ("word", ("hour", "hours")),
    "分钟": ("word", ("minute", "minutes")), "秒钟": ("word", ("second", "seconds")),
    "个工作日": ("word", ("working day", "working days")), "工作日": ("word", ("working day", "working days")),
    "天": ("word", ("day", "days")), "个星期": ("word", ("week", "weeks")), "星期": ("word", ("week", "weeks")),
    "周年": ("anniv", None), "周": ("word", ("week", "weeks")), "个月": ("word", ("month", "months")),
    "年代": ("decade", None), "年": ("year", None), "岁": ("age", None), "倍": ("word", ("time", "times")),
    "人次": ("word", ("visit", "visits")), "人": ("word", ("person", "people")),
    "个百分点": ("word", ("percentage point", "percentage points")),
    "百分点": ("word", ("percentage point", "percentage points")),
    "%": ("tight", "%"), "‰": ("tight", "‰"),
    "万亿元": ("cur", "CNY"), "亿元": ("cur", "CNY"), "万元": ("cur", "CNY"),  # scale read separately
    "元人民币": ("cur", "CNY"), "元": ("cur", "CNY"), "人民币": ("cur", "CNY"), "美元": ("cur", "USD"),
    "欧元": ("cur", "EUR"), "港元": ("cur", "HKD"), "港币": ("cur", "HKD"), "日元": ("cur", "JPY"),
    "英镑": ("cur", "GBP"), "澳元": ("cur", "AUD"), "韩元": ("cur", "KRW"), "新台币": ("cur", "TWD"),
    "号线": ("pre", "Line"), "号楼": ("pre", "Building"), "号": ("pre", "No."), "弄": ("pre", "Lane"),
    "室": ("pre", "Room"), "单元": ("pre", "Unit"), "星级": ("star", None), "成": ("tenths", None),
    "周岁": ("age", None), "度": ("degree", None),
}  # fmt: skip
UNITS_RE = re.compile(
    "|".join(sorted((re.escape(u) for u in UNITS if u[0] not in "万亿"), key=len, reverse=True))
)
LATIN_UNITS = {
    "km": "km", "m": "m", "cm": "cm", "mm": "mm", "kg": "kg", "g": "g", "mg": "mg", "t": "t", "kW": "kW",
    "kWh": "kWh", "MW": "MW", "MWh": "MWh", "GW": "GW", "GWh": "GWh", "m2": "m²", "m²": "m²", "km2": "km²",
    "km²": "km²", "ha": "ha", "ml": "ml", "L": "L", "h": "h", "km/h": "km/h", "mph": "mph",
}  # fmt: skip
LATIN_RE = re.compile(r" ?([A-Za-z]+[²³23]?(?:/h)?)")
SYMBOL_UNITS = {"㎡": "m²", "㎞": "km", "㎏": "kg", "㎜": "mm", "㎝": "cm"}

# Counters, with the noun they stand for when no counted noun can be found.
COUNTERS: dict[str, tuple[str, str] | None] = {
    "名": ("person", "people"), "位": ("person", "people"), "次": ("time", "times"),
    "场": ("session", "sessions"), "件": ("case", "cases"), "起": ("incident", "incidents"),
    "例": ("case", "cases"), "辆": ("vehicle", "vehicles"), "户": ("household", "households"),
    "架": ("aircraft", "aircraft"), "艘": ("vessel", "vessels"), "栋": ("building", "buildings"),
    "幢": ("building", "buildings"), "间": ("room", "rooms"), "台": ("unit", "units"), "套": ("set", "sets"),
    "批": ("batch", "batches"), "轮": ("round", "rounds"), "趟": ("trip", "trips"),
    "篇": ("article", "articles"), "个": None, "家": None, "条": None, "项": None, "所": None, "座": None,
    "种": None, "只": None, "头": None, "张": None, "部": None, "处": None, "支": None, "株": None,
    "棵": None, "份": None, "首": None, "届": None, "笔": None, "款": None, "枚": None, "根": None,
    "块": None, "片": None, "道": None, "门": None, "节": None, "堂": None, "层": None, "类": None,
}  # fmt: skip

# Counted nouns that may follow a counter (or precede a clause-final one).
NOUNS: dict[str, tuple[str, str]] = {
    "企业家": ("entrepreneur", "entrepreneurs"), "企业": ("company", "companies"), "公司": ("company", "companies"),
    "委员": ("member", "members"), "代表": ("representative", "representatives"), "部门": ("department", "departments"),
    "单位": ("organisation", "organisations"), "项目": ("project", "projects"), "建议": ("recommendation", "recommendations"),
    "提案": ("proposal", "proposals"), "议案": ("motion", "motions"), "城市": ("city", "cities"),
    "国家": ("country", "countries"), "地区": ("region", "regions"),
    "学校": ("school", "schools"), "高校": ("university", "universities"), "医院": ("hospital", "hospitals"),
    "社区": ("community", "communities"), "小区": ("residential compound", "residential compounds"),
    "村": ("village", "villages"), "乡镇": ("township", "townships"), "街道": ("subdistrict", "subdistricts"),
    "家庭": ("household", "households"), "警情": ("emergency call", "emergency calls"), "案件": ("case", "cases"),
    "病例": ("case", "cases"), "会议": ("meeting", "meetings"), "活动": ("event", "events"),
    "讲座": ("lecture", "lectures"), "培训": ("training session", "training sessions"),
    "展会": ("exhibition", "exhibitions"), "路段": ("road section", "road sections"), "道路": ("road", "roads"),
    "桥梁": ("bridge", "bridges"), "产业链": ("industrial chain", "industrial chains"), "方面": ("area", "areas"),
    "领域": ("field", "fields"), "生产线": ("production line", "production lines"), "平台": ("platform", "platforms"),
    "政策": ("policy", "policies"), "措施": ("measure", "measures"), "诉求": ("request", "requests"),
    "问题": ("issue", "issues"), "岗位": ("job", "jobs"), "车辆": ("vehicle", "vehicles"),
    "街头艺人": ("street performer", "street performers"), "艺人": ("performer", "performers"),
    "志愿者": ("volunteer", "volunteers"), "员工": ("employee", "employees"), "职工": ("employee", "employees"),
    "工人": ("worker", "workers"), "学生": ("student", "students"), "老人": ("elderly person", "elderly people"),
    "儿童": ("child", "children"), "孩子": ("child", "children"), "患者": ("patient", "patients"),
    "居民": ("resident", "residents"), "市民": ("resident", "residents"), "游客": ("visitor", "visitors"),
    "党员": ("Party member", "Party members"), "干部": ("official", "officials"), "专家": ("expert", "experts"),
    "教师": ("teacher", "teachers"), "医生": ("doctor", "doctors"), "护士": ("nurse", "nurses"),
    "床位": ("bed", "beds"), "来回": ("round trip", "round trips"), "门店": ("shop", "shops"),
    "商户": ("merchant", "merchants"), "基地": ("base", "bases"), "园区": ("park", "parks"),
    "中心": ("centre", "centres"), "工厂": ("factory", "factories"), "车间": ("workshop", "workshops"),
    "课程": ("course", "courses"), "专利": ("patent", "patents"), "产品": ("product", "products"),
    "订单": ("order", "orders"), "合同": ("contract", "contracts"), "协议": ("agreement", "agreements"),
    "景区": ("scenic area", "scenic areas"), "航班": ("flight", "flights"), "线路": ("route", "routes"),
    "隐患": ("hazard", "hazards"), "事故": ("accident", "accidents"), "火灾": ("fire", "fires"),
    "房屋": ("house", "houses"), "住房": ("home", "homes"), "楼栋": ("building", "buildings"),
    "作品": ("work", "works"), "节目": ("programme", "programmes"), "比赛": ("competition", "competitions"),
    "省市": ("province or city", "provinces and cities"), "省份": ("province", "provinces"),
    "县": ("county", "counties"), "站": ("station", "stations"), "车站": ("station", "stations"),
    "国家和地区": ("country or region", "countries and regions"), "论坛": ("forum", "forums"),
    "机构": ("institution", "institutions"), "嘉宾": ("guest", "guests"), "院士": ("academician", "academicians"),
    "参展商": ("exhibitor", "exhibitors"), "展商": ("exhibitor", "exhibitors"), "银行": ("bank", "banks"),
    "幼儿园": ("kindergarten", "kindergartens"), "养老机构": ("care home", "care homes"),
    "村庄": ("village", "villages"), "公园": ("park", "parks"), "景点": ("attraction", "attractions"),
    "网点": ("outlet", "outlets"), "充电桩": ("charging point", "charging points"), "集装箱": ("container", "containers"),
    "标准箱": ("TEU", "TEU"), "品牌": ("brand", "brands"), "店铺": ("shop", "shops"), "楼盘": ("development", "developments"),
    "人": ("person", "people"),
}  # fmt: skip
PEOPLE_NOUNS = frozenset(
    "企业家 委员 代表 街头艺人 艺人 志愿者 员工 职工 工人 学生 老人 儿童 孩子 患者 居民 市民 游客 党员 干部 专家 教师 医生 护士".split()
)
NOUNS_RE = re.compile("|".join(sorted(map(re.escape, NOUNS), key=len, reverse=True)))

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
AM_WORDS = ("凌晨", "清晨", "早上", "早晨", "上午", "早")
PM_WORDS = ("中午", "下午", "傍晚", "晚上", "晚间", "夜间", "夜里", "深夜", "晚")
STAR_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven")
CURRENCY_SYMBOLS = {
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "JP¥",
    "HKD": "HK$",
    "AUD": "A$",
    "KRW": "₩",
    "TWD": "NT$",
}
CURRENCY_WORDS = {
    "USD": "US dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "HKD": "Hong Kong dollars",
    "AUD": "Australian dollars", "KRW": "won", "TWD": "New Taiwan dollars",
}  # fmt: skip


PERIODS = {
    "底": "end of {}", "末": "end of {}", "初": "early {}", "中旬": "mid-{}", "上旬": "early {}", "下旬": "late {}",
}  # fmt: skip


CURRENCY_PREFIXES = {"¥": "CNY", "￥": "CNY", "$": "USD", "€": "EUR", "£": "GBP"}


FRACTIONS = {
    (1, 2): "half", (1, 3): "one third", (2, 3): "two thirds", (1, 4): "one quarter", (3, 4): "three quarters",
    (1, 5): "one fifth", (2, 5): "two fifths", (3, 5): "three fifths", (4, 5): "four fifths", (1, 10): "one tenth",
}  # fmt: skip
