"""Honorifics, ranks and post titles, in normalized spelling."""

# Titles and ranks that introduce a person's name; they are never part of the name.
HONORIFICS = (
    "صاحب السمو الملكي", "صاحب السمو", "صاحب المعالي", "صاحب السعاده", "سمو", "فخامه",
    "معالي", "سعاده", "السيد", "السيده", "الانسه", "السفير", "الدكتور", "الدكتوره", "د",
    "الاستاذ", "الاستاذه", "الاستاذ الدكتور", "ا د", "البروفيسور", "البروفسور", "بروفيسور",
    # academic grades, never the start of a name: "الدكتور ... الأستاذ المشارك بكلية ..."
    "الاستاذ المشارك", "الاستاذه المشاركه", "الاستاذ المساعد", "الاستاذه المساعده",
    "بروفسور", "الشيخ", "الشيخه", "الامير",
    "الاميره", "المهندس", "المهندسه", "المستشار", "القاضي", "العلامه", "المحامي",
    "الفريق اول", "الفريق", "العماد", "اللواء", "العميد", "العقيد", "المقدم", "الرائد",
    "النقيب", "الملازم اول", "الملازم", "المفتش العام", "المراقب العام", "المفوض",
    "الركن", "ركن", "الطيار", "الحقوقي", "دكتور", "دكتوره", "مهندس", "الاستاذ الدكتور",
    "العميده", "العقيده", "الرائده", "السفيره", "فضيله", "سماحه", "الحاج", "الحاجه",
    "الفريق الركن", "اللواء الركن", "العميد الركن", "العقيد الركن", "العميد الدكتور",
    "الميجر جنرال", "الجنرال", "الكولونيل", "الكولونيل ماجور",
    # French generals' grades, transliterated: "الجنرال دو بريكاد عبد الكريم ..."
    "الجنرال دو بريكاد", "الجنرال دي بريكاد", "الجنرال دو ديفيزيون", "الجنرال دي ديفيزيون", "والي الأمن", "العميد الإقليمي", "م د", "أ د",
    "المفوض العام",
    "الخبير", "الخبيرة", "الباحث", "الباحثة", "الإعلامي", "الإعلامية", "النقيب",
    # trainers and cadets: "المدرب ماركو فيراري", "الطالب المرشح عيسى ...", "الطالب الضابط ..."
    "المدرب", "الطالب المرشح", "الطالب الضابط", "الطالبة الضابطة",
    # graduates and officer candidates: "الملازم الخريج معاذ ...", "المرشح البحريني يوسف ..."
    "الخريج", "المرشح",
    # students, non-commissioned officers: "للطالبة سلمى العلوي"، "والرقيب أول مريم ..."
    "الطالب", "الطالبة", "الرقيب", "الرقيب أول", "الرقيبة", "العريف", "الوكيل أول",
    # investigators and analysts: "المحقق الأول دانيال فوستر والمحللة المالية سارة بينيت"
    "المحقق", "المحقق الأول", "المحلل", "المحلل المالي", "المفتش",
    "البحري", "الجوي", "عميد شرطة", "لواء شرطة", "عقيد شرطة", "مقدم شرطة", "العميد شرطة",
    "اللواء شرطة", "الفريق شرطة", "الفريق أول شرطة", "العقيد شرطة", "الكابتن", "القبطان",
    # Algerian police ranks: "عميد أول للشرطة أبو بكر ...", "محافظ الشرطة كريم ..."
    "عميد أول للشرطة", "عميد أول الشرطة", "عميد الشرطة", "محافظ الشرطة", "محافظ شرطة",
    "مراقب الشرطة", "مراقب عام الشرطة", "مراقب الشرطة العام", "مفتش الشرطة", "ضابط الشرطة",
    "عميدة أول للشرطة", "عميدة الشرطة", "محافظة الشرطة", "محافظة شرطة", "مراقبة الشرطة",
    "مفتشة الشرطة", "ضابطة الشرطة",
    # Mauritanian police ranks: "مفوض الشرطة الرئيسي محمد محمود ولد ..."
    "مفوض الشرطة", "مفوض شرطة", "المفوض الرئيسي", "المفوض الإقليمي",
    # Moroccan and French-derived ranks: "المراقبة العامة للشرطة سعاد ...", "الكومندان ..."
    "المراقب العام للشرطة", "المراقبة العامة للشرطة", "المراقب العام للأمن الوطني",
    "الكومندان", "الليوتنان", "الليوتنان كولونيل", "الكوماندر", "الأدميرال", "نائب الأدميرال",
    "اللفتنانت", "الميجور", "العميد الممتاز", "عميد الشرطة الممتاز",
    "ضابط الشرطة الممتاز", "مفتش الشرطة الممتاز", "عميد الشرطة الإقليمي",
    # a rank's corps or grade without the article: "العميد بحري ركن", "اللواء خبير"
    "بحري", "جوي", "طيار", "اللواء خبير", "العميد خبير", "العقيد خبير", "لواء خبير",
    "حقوقي",
    # the Egyptian staff qualification after a rank: "اللواء البحري أركان حرب أحمد ..."
    "أركان حرب", "أ ح",
    # the Algerian army's major general: "أمير لواء مراد ..."
    "أمير لواء", "الأمير لواء",
)  # fmt: skip

# Words that qualify the rank or title before them and never start a name: a corps ("اللواء
# جمارك", "عميد شرطة"), a grade ("المفوض الرئيسي", "عميد الشرطة الإقليمي"). A nationality
# adjective ("المقدم الجزائري رشيد ...") qualifies a title too (kg.extract.word_shapes).
RANK_QUALIFIERS = (
    "شرطة", "جمارك", "ركن", "الركن", "بحري", "جوي", "طيار", "حقوقي", "مهندس", "طبيب",
    "البحري", "الجوي", "الطيار", "الحقوقي", "الرئيسي", "الإقليمي", "الممتاز", "أول", "الأول",
    "المتقاعد", "متقاعد", "المتقاعدة", "متقاعدة", "الجمركي", "جمركي", "أركان حرب",
    "الديواني", "ديواني",  # Tunisia's customs ranks: "العقيد الديواني سامي الطرابلسي"
    "بحار",  # Libya's naval ranks: "العميد بحار مسعود عبدالسلام الترهوني"
    # whose expert: "والخبيرة الأممية آنا كوفاتش", "الخبير الدولي بيتر مولر"
    "الأممي", "الأممية", "الدولي", "الدولية",
    "خبير", "خبيرة",  # the expert's grade after any rank: "الرائد خبير مريم عبدالله النقبي"
)  # fmt: skip

# Titles whose feminine is mostly an adjective or a common noun, not a title: "الحدود البحرية",
# "الحماية المقدمة", "المراقبة العامة".
# ("الكلاب المدربة": trained dogs, not a trainer)
NO_FEMININE = ("البحري", "الجوي", "المقدم", "الطيار", "المراقب العام", "الحقوقي", "المدرب")

# Titles that name their body in full, so that a name may follow them directly: "تحت رعاية
# رئيس الوزراء محمد ...".
WHOLE_TITLES = ("رئيس الوزراء", "رئيس مجلس الوزراء", "رئيس الحكومة", "رئيس الجمهورية")

# Titles that are also family names: after two or more words of a name, they end it
# ("اللواء سمير عبد الله الحاج").
FAMILY_TITLES = ("الحاج", "الشيخ")
# And one that is a family name only there, never a given name ("العميد ناصر محمد السيد، مدير
# ..."; but "السيد ولد أحمدو" is Mr Ould Ahmedou).
LAST_NAME_TITLES = ("السيد", "القاضي", "المهندس")  # "نبيل عبده القاضي، ..."

# Titles of address that are also women's given names: after another title, and with no title
# after them, they start the name ("الأستاذة الدكتورة فضيلة بوزيدي", not "فضيلة الشيخ").
GIVEN_NAME_TITLES = ("فضيله",)
# Role words that are also men's given names: right after a rank and before a word with no
# article, they start the name ("العميد قائد هيثم الشعيبي"، "العميد مساعد فهد العنزي"), not a
# title ("اللواء مساعد المدير العام").
GIVEN_NAME_ROLES = ("قائد", "مساعد")

# "على" and the name "علي" are one word once normalized: before these it is the preposition.
ALA_OBJECTS = (
    "أهمية", "ضرورة", "هامش", "مدى", "صعيد", "رأس", "أن", "حرص", "دور", "مستوى", "تعزيز",
    "وجه", "نحو", "حد", "جانب", "مدار", "غرار", "ذلك", "هذا", "هذه", "أساس", "ضوء",
    "المستوى", "الصعيد",
)  # fmt: skip

# Nouns that open the subject of talks, never a name, after a guest's title ("يبحث مع السفيرة
# البريطانية تعزيز التعاون الأمني").
TOPIC_NOUNS = ("تعزيز", "ملف", "سبل", "آفاق", "تطوير", "مجالات", "أوجه", "تطورات", "قضايا",
               "آليات", "تفعيل", "توسيع", "دعم")  # fmt: skip

# Second parts of compound given names: "نور الدين", "عبد الله", "نعمة الله".
COMPOUND_SECOND = ("الدين", "الله", "الرحمن", "الإسلام")
# Compound given names whose second part has the article, as a family name would ("فاطمة
# الزهراء عثمان"، "محمد الأمين أحمد"): the name goes on when a plain word follows.
COMPOUND_GIVEN_NAMES = ("فاطمة الزهراء", "محمد الأمين", "محمد المختار", "محمد العربي",
                        "محمد الطاهر", "محمد الصالح", "محمد الهادي")  # fmt: skip

# Given names that carry the article, common from the Maghreb to the Sudan ("العقيد الطيب
# بوعلام"، "السيد الهادي الطرابلسي"): the name goes on after them, as after no family name.
ARTICLE_GIVEN_NAMES = ("الطيب", "الهادي", "الطاهر", "الحبيب", "المنجي", "الصادق", "العربي",
                       "المختار", "البشير", "الأمين", "الحسين", "الحسن", "المهدي", "الناصر",
                       "الصديق", "الشاذلي", "المصطفى", "الخضر", "العيد", "السعيد", "الزبير",
                       "المنصف", "الهاشمي", "الميلودي", "العياشي", "الصافي", "التجاني", "النور",
                       "الفاضل", "الطيبي", "الحسان", "الشريف", "الغالي", "المكي", "الفاتح")  # fmt: skip

# Words that may sit inside a name and join its parts.
NAME_LINKS = ("بن", "بنت", "ابن", "ابو", "ام", "عبد", "ال", "ولد", "اولاد", "منت", "ود")

# Post titles after a name: phrase → role concept slug. Longest phrase wins.
ROLES = {
    # the head of the public prosecution: "النائب العام الشيخ خالد بن إبراهيم السديري"
    "النايب العام": "head",
    "النايبه العامه": "head",
    "الامين العام المساعد": "assistant-secretary-general",
    "امين عام مساعد": "assistant-secretary-general",
    "مساعد الامين العام": "assistant-secretary-general",
    "الامين العام": "secretary-general",
    "امين عام": "secretary-general",
    "نائب الامين العام": "assistant-secretary-general",
    "مستشار": "advisor",
    "مقرر": "officer",  # a committee's rapporteur; "من المقرر" (scheduled) has the article
    "مقرره": "officer",
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
    # the head of government: "تحت رعاية رئيس مجلس الوزراء محمد ..."
    "رئيس الوزراء": "head",
    "رئيس مجلس الوزراء": "head",
    "رئيس الحكومه": "head",
    "حافظ الاختام": "minister",  # the Maghreb's minister of justice, "Keeper of the Seals"
    "رئيس وحده": "head",
    "رئيس شعبه": "head",
    "رئيس بعثه": "head",
    "المدير العام": "director-general",
    "مدير عام": "director-general",
    "المدير التنفيذي": "director",  # an executive director runs the body but is not its DG
    "الامين التنفيذي": "secretary-general",
    "امين تنفيذي": "secretary-general",
    "الوكيل المساعد": "deputy-minister",  # "الوكيل المساعد لشؤون التعليم في وزارة الداخلية"
    "الوكيل الاقدم": "deputy-minister",  # Iraq's senior undersecretary: "الوكيل الأقدم لوزارة ..."
    "وكيل اقدم": "deputy-minister",
    "الرييس التنفيذي": "president",
    "رييس تنفيذي": "president",
    "نائب الرييس التنفيذي": "vice-president",
    "نائب المدير التنفيذي": "vice-president",
    # a body's head for a region or a country: "المدير الإقليمي لمكتب الشرق الأوسط في ..."
    "المدير الاقليمي": "director",
    "المديره الاقليميه": "director",
    "المدير القطري": "director",
    "المديره القطريه": "director",
    "الممثل الاقليمي": "representative",
    "الممثله الاقليميه": "representative",
    "الممثل المقيم": "representative",
    "الممثله المقيمه": "representative",
    "المدير": "director",
    "مدير": "director",
    "مديره": "director",
    "سفير": "ambassador",
    "ممثل": "representative",
    "ممثله": "representative",
    "خبير": "expert",
    "خبيره": "expert",
    # a specialist: "أندرياس مولر، اختصاصي حماية الطفل في مكتب اليونيسف"
    "اختصاصي": "expert",
    "اختصاصيه": "expert",
    "كبير مستشاري": "advisor",  # "كبير مستشاري البعثة": the senior of its advisors
    "كبير المستشارين": "advisor",
    "كبيره مستشاري": "advisor",
    "كبير خبراء": "expert",
    "كبير ممثلي": "representative",  # "كبير ممثلي مكتب جايكا في فلسطين هيروشي تاناكا"
    "كبيره ممثلي": "representative",
    "كبير مدربي": "expert",
    "كبير المدربين": "expert",
    "كبيره مدربي": "expert",
    # a teacher or specialist in a field, at the body named after it
    "استاذ": "expert",
    "استاذه": "expert",
    "الاستاذ المشارك": "expert",
    "الاستاذه المشاركه": "expert",
    "الاستاذ المساعد": "expert",
    "الاستاذه المساعده": "expert",
    "اخصايي": "expert",
    "اخصاييه": "expert",
    "كبير الخبراء": "expert",
    # "يوهان بيرغ، محلل العملات المشفرة في مركز الإنتربول": an analyst or trainer of the body
    "محلل": "expert",
    "محلله": "expert",
    "مدرب": "expert",
    "مدربه": "expert",
    "كبيره خبراء": "expert",
    # "لينا فؤاد حداد، كبيرة المحللين في وحدة ...", "كبيرة مسؤولي السياسات في أمانة ..."
    "كبير المحللين": "expert",
    "كبير محللي": "expert",
    "كبير مسوولي": "officer",
    "كبير المسوولين": "officer",
    "قائد": "commander",
    "امر": "commander",  # "آمر وحدة الإنقاذ" (Libya, Iraq)
    "القائد العام": "commander",
    "منسق": "coordinator",
    "منسقه": "coordinator",
    "المنسقه": "coordinator",
    # a woman's title with the article: "وقالت المستشارة السياسية في السفارة البريطانية ..."
    "المستشاره": "advisor",
    "مستشاره": "advisor",
    "المديره": "director",
    "ضابط": "officer",
    # a liaison officer: "ضابطة الاتصال في الوكالة الوطنية لمكافحة الجريمة"
    "ضابطه": "officer",
    "ضابط الاتصال": "officer",
    "ضابطه الاتصال": "officer",
    "ضابط اتصال": "officer",
    "ضابطه اتصال": "officer",
    "مديره عام": "director-general",
    "المديره العامه": "director-general",
    "مسوول": "officer",
    "مسووله": "officer",
    "مسوول برامج": "officer",
    "مسيول": "officer",  # "مسئول", the same title spelled with ئ
    "مسيوله": "officer",
    "نائبه رئيس": "vice-president",
    # a deputy or assistant director is the body's vice-president, as its deputy head is
    "نائب مدير": "vice-president",
    "نائب المدير": "vice-president",
    "نائبه مدير": "vice-president",
    "نائبه المدير": "vice-president",
    "نائب المدير العام": "vice-president",
    "نائب مدير عام": "vice-president",
    "نائبه المدير العام": "vice-president",
    # an assistant director of a named body directs (the gold: 24 director, 14 vice-president)
    "مساعد مدير": "director",
    "مساعد المدير": "vice-president",
    "مساعده مدير": "director",
    "مساعده المدير": "vice-president",
    "مساعد القائد": "vice-president",
    "مساعد القائد العام": "vice-president",
    "عميد": "head",
    "عميده": "head",
    "امين سر": "officer",
    "رئيس وفد": "head",
    "رئيسه وفد": "head",
    "رئيس قطاع": "head",
    "قائد عام": "commander",
    "مساعد وزير": "deputy-minister",
    "معاون وزير": "deputy-minister",
    "معاونه وزير": "deputy-minister",
    "السفير": "ambassador",
    "السفيره": "ambassador",
    "الضابط": "officer",
    "الضابطه": "officer",
    "مندوب": "representative",
    "مندوبه": "representative",
    "المندوب": "representative",
    "المندوبه": "representative",
    "مساعده وزير": "deputy-minister",
    "وكيل": "deputy-minister",
    "وكيل الوزاره": "deputy-minister",
    "المنسق": "coordinator",
    "الممثل": "representative",
    "الممثله": "representative",
    "الخبير": "expert",
    "الخبيره": "expert",
    "المسوول": "officer",
    "المتحدث الرسمي": "officer",
    "الناطق الرسمي": "officer",
    "محافظ": "head",
    "والي": "head",
    "حاكم": "head",  # a region's governor: "حاكم منطقة سان لويس السيد أمادو ديالو"
    "ملحق": "officer",
    "الملحق": "officer",
    "سفيره": "ambassador",
    "القنصل": "ambassador",
    "قنصل": "ambassador",
    "رئيس مجلس": "chair-post",
    "الكاتب العام": "secretary-general",
    "كاتب عام": "secretary-general",
    "الكاتبة العامة": "secretary-general",
    "المفتش العام": "head",
    "مفتش عام": "head",
    "رئيسه مجلس": "chair-post",
    "وزيره": "minister",
    "الوزيره": "minister",
    # a chargé d'affaires heads the embassy in the ambassador's place
    "القايم باعمال": "ambassador",
    "قايم باعمال": "ambassador",
    "القايمه باعمال": "ambassador",
    "القايم بالاعمال": "ambassador",  # "القائم بالأعمال بالنيابة في سفارة ..."
    "القايمه بالاعمال": "ambassador",
    "المفوض العام": "head",
    "مفوض": "head",
    "المفوض": "head",
    "مفوضه": "head",
    "رييس الحكومه": "head",
    "المدعي العام": "head",
    # a liaison magistrate at an embassy: "القاضي جان بيير لوران قاضي الاتصال بسفارة فرنسا"
    "قاضي الاتصال": "officer",
    "قاضيه الاتصال": "officer",
    "كاتب الدوله": "deputy-minister",
    "السكرتير الاول": "officer",
    "المدرب": "expert",
    "الباحث": "expert",
    "الباحثه": "expert",
}


def _feminine_title(phrase: str) -> str:
    """ "رئيس بعثة" → "رئيسة بعثة", "المدير العام" → "المديرة العامة"."""
    words = phrase.split()
    last = len(words) if all(w.startswith("ال") for w in words) else 1
    return " ".join(w + "ه" if k < last and not w.endswith("ه") else w for k, w in enumerate(words))


# Multi-word titles only: a one-word feminine may be a common noun ("محافظة" is a governorate).
ROLES |= {
    _feminine_title(p): r
    for p, r in list(ROLES.items())
    if " " in p and _feminine_title(p) not in ROLES
}

# Roles whose title names the ministry: "وزير الداخلية" → the interior ministry of a state.
MINISTRY_ROLES = ("minister", "deputy-minister")
MINISTRY_WORDS = ("الداخلية", "الخارجية", "العدل", "الدفاع")

# The first two words of a general directorate's name: its director is a director general
# ("مدير المديرية العامة ...", "مدير الأمن العام"). Not "الإدارة العامة": "مدير الإدارة العامة
# للمرور" is the directorate's director (the corpus's annotators: 59 director, 41 director
# general), its director general "مدير عام الإدارة العامة" or "المدير العام".
GENERAL_BODIES = ("المديرية العامة", "الأمن العام", "الهيئة العامة", "الهيأة العامة")

# Words for the state a text is about, after لدى or في in an ambassador's title ("سفير باكستان
# لدى المملكة").
STATE_WORDS = ("المملكة", "الدولة", "البلاد", "السلطنة")
# A state's style before its name where the gazetteer lists the name alone ("سفير جمهورية
# إيطاليا").
STATE_STYLES = ("جمهورية", "مملكة", "دولة", "سلطنة", "إمارة")

# Words after a title that say how the post is held, not which: "وزير الداخلية المكلف اللواء
# ...", "المدير العام بالإنابة".
TITLE_QUALIFIERS = (
    "المكلف",
    "المكلفة",
    "بالإنابة",
    "بالنيابة",
    "بالوكالة",
    "المعتمد",
    "المعتمدة",
    "المساعد",
    "المساعدة",
    # a field: "الملحق الأمني بسفارة ...", "الملحق العسكري"
    "الأمني",
    "الأمنية",
    "العسكري",
    "العسكرية",
)  # "وكيل وزارة الداخلية المساعد لشؤون ..."

# What a رئيس heads, told by the word after the title: an institution has a president, a board
# a chair, a unit a head ("رئيسة الهيئة الوطنية ...", "رئيس المجلس", "رئيس المكتب الإقليمي").
PRESIDED_HEADS = ("جامعة", "أكاديمية", "جمعية", "شبكة", "مجموعة", "هيئة", "هيأة", "قوة", "اتحاد",
                  "منظمة")  # fmt: skip
CHAIRED_HEADS = ("مجلس", "لجنة", "دورة", "أعمال")  # "رئيس الدورة الحالية للمجلس" chairs the council
UNIT_POST_HEADS = ("مكتب", "قسم", "دائرة", "مصلحة", "وحدة", "فرع", "قطاع", "بعثة", "إدارة",
                   "مديرية", "شعبة", "خلية", "مركز", "نيابة", "جهاز", "برنامج", "مختبر", "وفد",
                   "أمن", "فريق")  # fmt: skip

# Titles read only after a name: in the accusative after a verb of appointing ("عُيّن مديراً
# لإدارة ..."), and the like; and the word that puts a title after a name in charge of it
# ("كُلّف ... بمهام قائد ...") or as what capacity ("بصفته رئيس المجلس").
APPOINTED_TITLES = {
    "مديرا": "director", "مديرا عاما": "director-general", "مديره": "director",
    "مديره عامه": "director-general", "رئيسا": "president", "رئيسه": "president",
    "قائدا": "commander", "قائدا عاما": "commander", "مستشارا": "advisor", "منسقا": "coordinator",
    "منسقه": "coordinator", "امينا عاما": "secretary-general", "سفيرا": "ambassador",
    "واليا": "head",  # "تعيين والي الأمن ... واليا على ولاية أمن مراكش"
    # after a name only (after a title it qualifies it: "وزير الداخلية المكلف"): an official
    # in charge of a field, "X، المكلفة بالتعاون الدولي بالمديرية العامة ..."
    "المكلف": "officer", "المكلفه": "officer",
}  # fmt: skip
# Words before a title after a name: the charge ("بصفته مدير ...") or a grade the title holder
# has besides it (Morocco's "العامل مدير الهجرة ومراقبة الحدود").
CHARGE_WORDS = ("بمهام", "بمهمة", "بصفته", "بصفتها", "العامل")

# The bodies a title heads when a field follows it ("المدير العام للأمن الوطني": of the
# "المديرية العامة للأمن الوطني"; "قائد خفر السواحل": of the "قيادة خفر السواحل").
BODIES_BY_FIELD = {
    "director-general": ("الإدارة العامة", "المديرية العامة", "الهيئة العامة", "الهيأة العامة"),
    "commander": ("قيادة", "القيادة العامة"),
    # "مدير الشرطة المجتمعية" of "مديرية الشرطة المجتمعية"
    "director": ("مديرية", "إدارة", "دائرة"),
    "head": ("رئاسة",),  # "رئيس النيابة العامة" of "رئاسة النيابة العامة"
}
# Titles whose field follows them with no "في" before their body ("المدير العام للأمن الوطني",
# "قائد خفر السواحل"); a director's or a head's field comes before "في" and the body it is of.
FIELD_FIRST_ROLES = ("director-general", "commander")

# Qualifiers after the organization that make a post more specific.
ROLE_QUALIFIERS = {
    ("vice-president", "للعلاقات الخارجيه"): "vice-president-external-relations",
}

# Past-tense verbs of what those present did, which follow a name or a body's name and start
# a clause of their own after و ("المركز الوطني للأمن السيبراني واستمع الوفد إلى ...").
PAST_VERBS = ("استمع", "اطلع", "تفقد", "زار", "التقى", "بحث", "ناقش", "تابع", "اختتم", "جال",
              "شاهد", "تعرف", "قام", "أجرى", "حرص")  # fmt: skip

# Words that end a name: function words, verbs of reporting, and role heads.
# The body a title heads by its very name, when the text names it elsewhere but not after the
# title: "النائب العام" heads the public prosecution ("النيابة العامة").
BODIES_OF_TITLES = {
    "النائب العام": ("النيابة العامة",),
    "النائبة العامة": ("النيابة العامة",),
    "المدعي العام": ("الادعاء العام", "النيابة العامة"),
}

# Verbs of speech, whose subject follows them and takes no object before it: the words between
# one and a post title are a name ("وقال محمد علي حسن مدير إدارة التدريب إن ...").
_SPEECH_STEMS = ("قال", "أكد", "أوضح", "أشار", "ذكر", "أفاد", "صرح", "شدد", "لفت", "كشف", "أعلن",
                 "تحدث", "بين", "نوه", "أضاف")  # fmt: skip
SPEECH_VERBS = tuple(
    form for verb in _SPEECH_STEMS for form in (verb, "و" + verb, verb + "ت", "و" + verb + "ت")
)

# What a speaker presents, right after the speaker's name: "عرضت منسقة البرنامج ... كلير دوبوا
# أهداف المشروع", "وتناول خبير إدارة الحدود ... سيمون بيرتران أفضل الممارسات".
PRESENTED_THINGS = ("أهداف", "تفاصيل", "محاور", "مراحل", "مضامين", "تقنيات", "أساليب", "ملامح",
                    "مستجدات", "أفضل")  # fmt: skip

# Who heads a delegation, named right after: "وفد البرنامج برئاسة كيتيل أندرسن منسق البرنامج".
HEADED_BY = ("برئاسة", "وبرئاسة", "بقيادة", "وبقيادة", "يرأسه", "يرأسها")
# One of a list, named right after: "خبراء دوليون، من بينهم آنا كوفالسكي خبيرة ...".
AMONG_WORDS = ("بينهم", "بينهن", "ضمنهم")

NAME_STOPS = {
    *PAST_VERBS,
    *SPEECH_VERBS,  # "كما تحدثت ماريا سوينسون، ممثلة ...": the verb, then her name
    # function words
    "في", "من", "الى", "عن", "مع", "الذي", "التي", "الذين", "خلال", "حيث", "كما", "أن",
    "فيما", "بينما", "فيه", "فيها",  # "ترأس الاجتماع ... أحمد فجر الدين فيما يشارك فيه ..."
    # verbs of becoming after a subject: "الحاجة باتت ملحة" (the need, no Hajja)
    "بات", "باتت", "أصبح", "أصبحت", "صار", "صارت", "ظل", "ظلت", "بقي", "بقيت",
    "إن", "أنه", "قد", "لقد", "و", "أو", "ثم", "بعد", "قبل", "أمام", "لدى", "عند", "حول", "بين", "عبر",
    "هذا", "هذه", "ذلك", "تلك", "وذلك", "طوال", "نيابة", "ممثلا", "مندوبا", "بالمستوى",
    # verbs and participles that follow a name
    "أكد", "قال", "أشار", "أوضح", "أضاف", "افتتح", "ألقى", "ترأس", "شارك", "حضر", "استقبل",
    "وقع", "نقل", "رحب", "أشاد", "ثمن", "أعرب", "دعا", "شدد", "لفت", "نوه", "استعرض", "تناول",
    "مؤكدا", "مشيرا", "معربا", "موضحا", "منوها", "مرحبا", "مثمنا", "داعيا", "مضيفا",
    "وقعت", "نظم", "نظمت", "عقد", "عقدت", "شهد", "شهدت", "عرض", "قدم", "تحدث",
    "دعت", "أكدت", "قالت", "أوضحت", "أشارت", "لفتت", "تناولت", "استعرضت", "عرضت", "قدمت",
    "بينت", "شددت", "نوهت", "ذكرت", "كشفت",
    # nouns that follow a name: what the person gave or led
    "كلمة", "بكلمة", "عرضا", "تقريرا", "ورقة", "محاضرة", "مداخلة", "شرحا", "ثقة", "نماذج",
    "قراءة", "دراسة", "بحثا",  # "قدمت الباحثة فاطمة الزهراء بوكار قراءة في ..."
    "الخريجين", "الخريجات",  # "سلّم ... عبدالله بن سالم النعيمي الخريجين شهاداتهم"
    "آليات", "حالات", "تجارب", "توزيع", "بتوزيع", "تسليم", "بتسليم", "الشهادات", "تجربة",
    "جهود", "أبرز", "أهم", "واقع", "مخاطر", "تحديات", "خطة", "برنامج", "نتائج", "إحصائيات",
    "إحصائية", "إحصاءات", "محاضرات", "دورات", "تدريبات", "عروضا", "حصيلة", "ملخصا", "تنويرا", "إيجازا",
    "الجهود", "بالجهود", "الدور", "بالدور", "الشراكة", "بالشراكة", "أشغال", "توصيات", "حفل",
    "مراسم",
    # what a person named won: "الطالب بدر خالد الشمري الحاصل على المركز الأول"
    "الحاصل", "الحاصلة", "الحائز", "الحائزة",
    *PRESENTED_THINGS,
    # what the person then did: "يستقبل سفير اليابان ويشهد توقيع اتفاقية"
    "يشهد", "ويشهد", "وشهد",
    # who heads a delegation: "وفدا برئاسة أحمد سالم، مدير ...", "من بينهم ماتيو لوكا، خبير"
    *HEADED_BY, *AMONG_WORDS,
    # who spoke, in the Maghreb's press: "كما تدخل دانيال كولينز، مسؤول ..."
    "تدخل", "وتدخل", "تدخلت", "وتدخلت", "أبرزت", "وأبرزت", "وأبرز",
    # what signatories signed: "وقع الدكتور الحقباني والبروفيسور لي مذكرة تفاهم"
    "مذكرة", "مذكرتي", "مذكرات", "اتفاقية", "اتفاقيتي", "اتفاقيات", "اتفاق", "بروتوكول",
    "محضر",
    # who came with the person named: "السفيرة كاثرين مورغان يرافقها الملحق ..."
    "يرافقه", "يرافقها", "ويرافقه", "ويرافقها", "يرافقهم", "رافقه", "رافقها", "يرافقهما",
    # what those met discussed: "مع سفير إيطاليا كارلو بيانكوني سبل تعزيز التعاون"
    "سبل", "أوجه", "آفاق", "مجالات", "سبيل",
    "الوفد", "والوفد", "المرافق", "الورشة", "المؤتمر", "الاجتماع", "الندوة", "الدورة",
    "بحضور", "بمشاركة", "نظيره", "نظيرته", "نظيريه", "نظراءه", "نظرائه", "وفدا",
    "بمناسبة", "لمناسبة", "بهدف", "بغية",  # "سفير ...، بمناسبة تعيينه": the occasion
    # where the person received: "استقبل ... الفريق عادل حسن بشير بمكتبه بالخرطوم"
    "بمكتبه", "بمكتبها", "بمقر", "بمقره", "بمقرها", "بديوان",
    # time words: "التقى السيد ماركو بيليني يوم 3 مايو"
    "يوم", "اليوم", "أمس", "صباح", "مساء", "غدا", "خلالها",
    # role heads (posts are matched separately; these end a name wherever they stand)
    "رئيس", "نائب", "مدير", "مستشار", "وزير", "المدير", "الوزير", "الرئيس",
    "سفير", "ممثل", "خبير", "قائد", "منسق", "عضو", "مساعد", "وكيل", "مفوض", "الناطق",
    "المتحدث", "عميد", "ضابط", "رئيسة", "مديرة", "نائبة", "مستشارة", "منسقة", "ممثلة",
    "مسؤول", "مسؤولة", "مسئول", "مسئولة", "محافظ", "والي",
    "المسؤول", "المسؤولة", "المسئول", "المسئولة",  # "السيدة X المسؤولة عن ملف ..."
    "كبير", "كبيرة",  # "السيدة آنا كوفاتش كبيرة مسؤولي السياسات": a senior's title
    # verbs of holding a post: "وكان الفريق ... يشغل قبل تعيينه منصب ..."
    "يشغل", "شغل", "يتولى", "تولى", "كان", "يقضي", "تقضي", "مهام", "بمهام", "بصفته", "بصفتها",
    # what was put off or called off: "فيما أعلنت تأجيل ورشة عمل كانت مقررة مع ..."
    "كانت", "كانوا", "تأجيل", "إلغاء", "إرجاء",
    # a place after a rank's title: "مفوض شرطة ولاية جونقلي" (the state's police commissioner)
    "ولاية", "محافظة", "مدينة", "منطقة", "إقليم",
    "بما", "مما", "عما", "لما", "بأن", "بان", "بمستوى", "بدور", "بجهود", "بحرص", "بصفة",
    # what a speaker stresses: "وأكدت السيدة كارين يوهانسون التزام البعثة بـ ..."
    "التزام", "أهمية", "ضرورة", "حرص", "استعداد", "عزم", "استمرار", "رغبة", "تطلع", "دعم",
    # appointed as ...: "بتعيين الفريق X قائدا لأركان الدرك"
    "قائدا", "مديرا", "رئيسا", "نائبا", "مستشارا", "سفيرا", "أمينا", "عضوا", "منسقا", "خلفا",
}  # fmt: skip

# Time words that are also given names: right after a title, and before no word of time, they
# are names ("الفريق صباح جاسم الربيعي", not "صباح اليوم").
TIME_NAMES = ("صباح",)

# Titles in the accusative, after a verb of appointing: "عُيّن مديراً لإدارة مكافحة المخدرات".
APPOINTED_AS = ("قائدا", "مديرا", "رئيسا", "نائبا", "مستشارا", "امينا", "منسقا", "مديره",
                "رئيسه", "قائدا عاما", "مديرا عاما")  # fmt: skip

# Bare titles that refer back to the one person the document gave that post ("وأكد الوزير").
TITLE_REFERENCES = {
    "الوزير": "minister", "الأمين العام": "secretary-general",
    "الأمين العام المساعد": "assistant-secretary-general", "السفير": "ambassador",
    "المدير العام": "director-general", "رئيس الجامعة": "president", "القائد العام": "commander",
}  # fmt: skip

# Where someone is, never who: "في مكتبه بمقر الوزارة، رئيس ..." names no person before the post.
# A state's embassy, named after a title with the state ("القائم بأعمال سفارة اليابان لدى اليمن").
EMBASSY_WORDS = ("سفارة", "السفارة")

PLACE_NOUNS = ("مقر", "مكتب", "مكتبه", "قاعة", "فندق", "مبنى")
# Places named after a person: "مطار الأمير سعيد إبراهيم الدولي" names no one present.
EPONYM_PLACES = ("مطار", "ميناء", "شارع", "جسر", "مسجد", "مستشفى", "قاعة", "ملعب", "منفذ", "مدينة")


# A title right after one of these verbs is the sentence's subject, and the name that follows
# the title's body is its holder's even with no title of address: "وقال مدير إدارة التوعية
# المرورية بالإدارة العامة للمرور مشعل فهد العازمي إن ...".
VERBS_BEFORE_A_SUBJECT_TITLE = (
    "قال", "وقال", "أكد", "وأكد", "أوضح", "وأوضح", "ذكر", "وذكر", "أشار", "وأشار", "أفاد",
    "وأفاد", "صرح", "وصرح", "قدم", "وقدم", "استعرض", "واستعرض", "ألقى", "وألقى", "شدد", "وشدد",
    "لفت", "ولفت", "بين", "وبين", "كشف", "وكشف", "أعلن", "وأعلن", "بحضور", "وبحضور",
    "استقبل", "واستقبل", "عقد", "وعقد", "ترأس", "وترأس", "افتتح", "وافتتح", "عرض", "وعرض",
    "برئاسة", "وبرئاسة", "بمشاركة", "وبمشاركة",
    "التقى", "والتقى", "زار", "وزار", "تحدث", "وتحدث", "برعاية", "وبرعاية", "حضر", "وحضر",
    "رعاية",  # "تحت رعاية رئيس مجلس الوزراء محمد ..."
    "رعى", "ورعى", "رعت", "ورعت",  # "رعى وزير الداخلية عوني سليمان المجالي، مندوبا عن ..."
    # a lecture or a word and who gave it: "محاضرة قدمها الخبير في الشرطة ... توماس برانت"
    "قدمها", "ألقاها", "قدمتها", "ألقتها",
    "وقع", "ووقع", "وقعت", "ووقعت",  # "وقّع وزير الداخلية وليد ... وسفير الاتحاد ..."
    "أما", "وأما",  # "أما رئيس بعثة المنظمة ...، ألكسندر دوران، فقد أكد"
    "شارك", "وشارك",
    "كان", "وكان", "كانت", "وكانت",  # "وكان وزير الداخلية أحمد يوسف الدرويش استقبل ..."
    # and said of a woman: "وقالت رئيسة وحدة ... أرابيلا شتاينر إن"
    "قالت", "وقالت", "أكدت", "وأكدت", "أوضحت", "وأوضحت", "أشارت", "وأشارت", "بينت", "وبينت",
    "شددت", "وشددت", "قدمت", "وقدمت", "استعرضت", "واستعرضت", "ألقت", "وألقت", "تحدثت",
    "وتحدثت", "افتتحت", "وافتتحت", "ترأست", "وترأست", "استقبلت", "واستقبلت", "عرضت", "وعرضت",
    "حضور",  # "في حضور رئيسة مكتب الوكالة ... إيلاريا بيانكي"
    # and what a speaker expresses or whom they address: "وأعرب سفير ... عن", "وخاطب الجلسة ..."
    "أعرب", "وأعرب", "أعربت", "وأعربت", "خاطب", "وخاطب", "خاطبت", "وخاطبت", "أضاف", "وأضاف",
    "أضافت", "وأضافت", "نوه", "ونوه", "دعا", "ودعا", "دعت", "ودعت", "رحب", "ورحب", "رحبت",
    "ورحبت", "ثمن", "وثمن", "ثمنت", "وثمنت",
    # and what a speaker touches on or reviews: "وتطرق ممثل ...، جيروم لافوا، إلى ..."
    "تطرق", "وتطرق", "تطرقت", "وتطرقت", "تناول", "وتناول", "تناولت", "وتناولت", "اعتبر",
    "واعتبر", "اعتبرت", "واعتبرت",
    # and what a speaker praises: "أشادت رئيسة البعثة الأوروبية كارين يوهانسون بمهنية ..."
    "أشاد", "وأشاد", "أشادت", "وأشادت",
)  # fmt: skip
# Phrases that add one more to a list of those present, like those verbs: "إضافة إلى رئيس مكتب
# المنظمة الدولية للهجرة في الكويت مازن أبو الحسن، الذي ...".
LIST_ADDITIONS = ("إلى جانب", "إضافة إلى", "بالإضافة إلى", "فضلا عن", "كل من")
# The side a signer or speaker stands for, before the title and its state's adjective: "ووقعها
# عن الجانب البريطاني مدير مكتب الوكالة في العراق بول أندرسون".
SIDE_INTROS = ("عن الجانب", "وعن الجانب", "من الجانب", "ومن الجانب", "عن الطرف", "وعن الطرف")
# A title's field before the body it is held in: "مديرة برامج مكتب INL في بغداد جيسيكا رينولدز".
TITLE_FIELDS = ("برامج", "مشاريع", "مشروعات", "عمليات", "أنشطة")
# The event a verb names before its subject's title: "وافتتح الورشة وكيل وزارة الداخلية ...".
EVENT_OBJECTS = ("الورشة", "الدورة", "المؤتمر", "الأعمال", "الاجتماع", "الندوة", "اللقاء",
                 "الجلسة", "الملتقى", "البرنامج")  # fmt: skip
# Meetings held with a title's holder: "عقد الجهاز اجتماعا مع رئيس بعثة المنظمة ...، نيكولاس
# بيرغمان، ...".
MEETINGS_WITH = ("اجتماعا", "لقاء", "مباحثات", "محادثات", "اتصالا")
# What may follow such a name: "... العازمي إن", "... دفوراك عرضا حول", "... في تصريح".
AFTER_A_SUBJECTS_NAME = (*PRESENTED_THINGS,
                         # the event the verb takes: "وافتتح وزير الداخلية كمال بن منصور أشغال الدورة"
                         *EVENT_OBJECTS, "أشغال", "أعمال", "فعاليات",
                         "إن", "أن", "عرضا", "كلمة", "محاضرة", "ورقة", "في تصريح", "في كلمة",
                         "حيث",  # "برئاسة الملحق الأمني في السفارة جيمس هوليس حيث اطلع"
                         "عن", "إلى", "حول", "بالمشاركين", "بالحضور", "في مكتبه", "بمكتبه", "في مبنى",
                         "في كلمته",
                         "في كلمتها",
                         "بمقر", "في مقر", "يوم", "اليوم", "صباح", "مساء", "أمس",
                         # what a signer signs: "وقّع وزير الداخلية عادل ... اتفاقية"
                         "اتفاقية", "مذكرة", "مذكرتي", "اتفاقا", "بروتوكول",
                         # whom the subject receives or meets: "استقبل وزير الداخلية توفيق
                         # المجالي الوفد"، "ترأس ... عبد الأمير الشمري ونظيره الكويتي"
                         "الوفد", "وفدا", "وفد", "نظيره", "ونظيره", "نظيرته", "ونظيرته",
                         # the verb after a subject "كان" brings in: "وكان الوزير ... قد استقبل"
                         "قد", "استقبل", "استقبلت", "افتتح", "افتتحت", "ترأس", "ترأست",
                         "التقى", "التقت",
                         # what a speaker praises: "أشاد ... بجهود", "بمستوى", "بمهنية"
                         "بجهود", "بمستوى", "بمهنية", "بالدور", "بالتعاون", "بنتائج",
                         # what one stresses, briefs on or discusses: "شدد المدير العام ...
                         # مارون الخوري على أن"، "رنا المجالي، إيجازاً"، "مع ممثل ...، جان
                         # نيكولا بيز، أوضاع اللاجئين"
                         "على أن", "على أنه", "على ضرورة", "على أهمية", "إيجازا", "شرحا",
                         "أوضاع", "سبل", "آفاق", "أوجه")  # fmt: skip

# Verbs whose object is a guest, named after the host and when or where: "استقبل وزير الداخلية
# أمس بمكتبه منسق البرنامج العالمي ... بيتر هانسن بحضور ...".
RECEPTION_VERBS = ("استقبل", "واستقبل", "يستقبل", "استقبلت", "واستقبلت", "تستقبل", "التقى",
                   "والتقى", "يلتقي", "التقت", "والتقت")  # fmt: skip
# What ends the when or where before the guest's title.
RECEPTION_ADVERBS = ("اليوم", "أمس", "بمكتبه", "بمكتبها", "مكتبه", "مكتبها", "الوزارة",
                     "بالوزارة", "صباح", "مساء", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
                     "الخميس", "الجمعة", "السبت")  # fmt: skip
# What may follow the guest's name: "... بيتر هانسن بحضور ...", "... يرافقه وفد".
AFTER_A_GUESTS_NAME = ("بحضور", "وبحضور", "يرافقه", "يرافقها", "والوفد", "حيث", "وبحث",
                       "وتم", "وجرى", "وذلك", "بمناسبة", "لبحث", "وبحثا", "وبحث")  # fmt: skip

# Portfolios a title's holder has in the body before them, besides "لشؤون ...": "نائب المدير
# العام للحرس المدني للعمليات", "مساعد مدير الأمن العام للبحث الجنائي".
TITLE_PORTFOLIOS = ("العمليات", "التدريب", "البحث", "القطاع")  # "وكيل الوزارة لقطاع الأمن"

# Titles whose complement is a province or city: "والي اترارزة محمد ولد أحمد سالم".
GOVERNOR_TITLES = ("والي",)

# A byline under the headline names the reporter ("كتب - أحمد عبدالعظيم"): the verb before the
# name, and words that name a desk or an office instead of a person ("كتب - محرر الجامعة").
BYLINE_VERBS = ("كتب", "كتبت", "بقلم")
BYLINE_NOT_NAMES = ("محرر", "المحرر", "محررة", "مراسل", "مراسلنا", "مراسلة", "فريق", "قسم", "وحدة",
                    "إدارة", "مكتب", "وكالة", "الأخبار", "التحرير")  # fmt: skip

# A ranking after a full name ("الملازم معاذ خالد الزعبي الأول على الدورة", "... الثانية"):
# no part of the name, though a king's ordinal after a one-word name is ("عبدالله الثاني").
RANKINGS = ("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة",
            "الخامس", "الخامسة")  # fmt: skip
