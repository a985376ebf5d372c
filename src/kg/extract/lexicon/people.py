"""Honorifics, ranks and post titles, in normalized spelling."""

# Titles and ranks that introduce a person's name; they are never part of the name.
HONORIFICS = (
    "صاحب السمو الملكي", "صاحب السمو", "صاحب المعالي", "صاحب السعاده", "سمو", "فخامه",
    "دوله", "معالي", "سعاده", "السيد", "السيده", "الانسه", "السفير", "الدكتور", "الدكتوره", "د",
    "الاستاذ", "الاستاذه", "الاستاذ الدكتور", "ا د", "البروفيسور", "الشيخ", "الشيخه", "الامير",
    "الاميره", "المهندس", "المهندسه", "المستشار", "القاضي", "العلامه", "المحامي",
    "الفريق اول", "الفريق", "العماد", "اللواء", "العميد", "العقيد", "المقدم", "الرائد",
    "النقيب", "الملازم اول", "الملازم", "المفتش العام", "المراقب العام", "المفوض",
    "الركن", "الطيار", "الحقوقي",
)  # fmt: skip

# Words that may sit inside a name and join its parts.
NAME_LINKS = ("بن", "بنت", "ابن", "ابو", "ام", "عبد", "ال", "ولد", "اولاد")

# Post titles after a name: phrase → role concept slug. Longest phrase wins.
ROLES = {
    "الامين العام المساعد": "assistant-secretary-general",
    "امين عام مساعد": "assistant-secretary-general",
    "مساعد الامين العام": "assistant-secretary-general",
    "الامين العام": "secretary-general",
    "امين عام": "secretary-general",
    "نائب الامين العام": "assistant-secretary-general",
    "مستشار": "advisor",
    "المستشار": "advisor",
    "نائب وزير": "deputy-minister",
    "وكيل وزاره": "deputy-minister",
    "وزير": "minister",
    "نائب رئيس": "vice-president",
    "نائب الرئيس": "vice-president",
    "رئيس": "president",
    "الرئيس": "president",
    "رئيسه": "president",
    "رئيس قسم": "head",
    "رئيس وحده": "head",
    "رئيس شعبه": "head",
    "رئيس بعثه": "head",
    "المدير العام": "director-general",
    "مدير عام": "director-general",
    "المدير التنفيذي": "director-general",
    "المدير": "director",
    "مدير": "director",
    "مديره": "director",
    "سفير": "ambassador",
    "ممثل": "representative",
    "ممثله": "representative",
    "خبير": "expert",
    "خبيره": "expert",
    "قائد": "commander",
    "القائد العام": "commander",
    "منسق": "coordinator",
    "منسقه": "coordinator",
    "ضابط": "officer",
}

# Qualifiers after the organization that make a post more specific.
ROLE_QUALIFIERS = {
    ("vice-president", "للعلاقات الخارجيه"): "vice-president-external-relations",
}

# Words that end a name: function words, verbs of reporting, and role heads.
NAME_STOPS = set(
    "في من الي علي عن مع الذي التي الذين خلال حيث كما ان انه قد لقد كلمه بكلمه و او ثم "
    "بعد قبل امام لدي عند حول بين اكد قال اشار اوضح اضاف افتتح القي ترأس شارك حضر استقبل "
    "وقع نقل الورشه المؤتمر الاجتماع الندوه الدوره نيابه عن هذا هذه ذلك تلك وذلك بحضور "
    "بمشاركه رئيس نائب مدير مستشار وزير امين الامين المدير الوزير الرئيس سفير ممثل خبير "
    "قائد منسق عضو مساعد وكيل مفوض الناطق المتحدث عميد ضابط".split()
)
