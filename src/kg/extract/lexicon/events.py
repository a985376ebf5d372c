"""Event triggers, role cues, modality and topic phrases, in normalized spelling."""

# Trigger phrase → event kind concept slug. Longest phrase wins at a position.
TRIGGERS = {
    "ورشه عمل": "workshop", "ورشه": "workshop", "ورش عمل": "workshop",
    "حلقه عمل": "workshop", "حلقه العمل": "workshop", "ورشه العمل": "workshop",
    "حلقه تدريبيه": "training-course", "الحلقه التدريبيه": "training-course",
    "مؤتمر": "conference", "المؤتمر": "conference", "ملتقي": "conference", "منتدي": "conference",
    "ندوه": "seminar", "الندوه": "seminar", "حلقه نقاش": "seminar", "يوم دراسي": "seminar",
    "حلقه النقاش": "seminar",
    "يوما دراسيا": "seminar", "اليوم الدراسي": "seminar", "ندوه علميه": "seminar",
    # a scientific day or a lecture series: "فعاليات يوم علمي حول الخبرة الباليستية"
    "يوم علمي": "seminar", "يوما علميا": "seminar", "اليوم العلمي": "seminar",
    "اللقاء العلمي": "seminar", "سلسله محاضرات": "seminar", "سلسله المحاضرات": "seminar",
    "اجتماع": "meeting", "الاجتماع": "meeting", "اجتماعا": "meeting", "لقاء": "meeting",
    # a body's meetings of one round: "اختتمت اللجنة ... اجتماعاتها الدورية التي عقدتها يومي"
    "اجتماعاتها": "meeting", "اجتماعاته": "meeting",
    # and a committee's round named by it: "اختتمت ... اجتماعات اللجنة الفنية المشتركة"
    "اجتماعات اللجنه": "meeting", "اجتماعات الفريق": "meeting", "اجتماعات الدوره": "meeting",
    "اللقاء": "meeting", "مباحثات": "meeting", "جلسه مباحثات": "meeting", "جلسه عمل": "meeting",
    "زياره": "visit", "الزياره": "visit", "زيارته": "visit", "استقبل": "visit",
    "استقبلت": "visit", "يستقبل": "visit", "زار": "visit", "زارت": "visit", "يزور": "visit",
    "زاروا": "visit",
    "تزور": "visit",
    # an inspection is a visit: "تفقد المدير العام مركز التدريب", "جولة تفقدية"
    "تفقد": "visit", "يتفقد": "visit", "تفقدت": "visit", "تتفقد": "visit", "جوله تفقديه": "visit",
    "جوله ميدانيه": "visit", "زياره ميدانيه": "visit",
    "دوره تدريبيه": "training-course", "الدوره التدريبيه": "training-course",
    "برنامج تدريبي": "training-course", "البرنامج التدريبي": "training-course",
    # an executive-education programme in a field, not an agreement's executive programme
    # ("البرنامج التنفيذي لمذكرة التفاهم"): "أعمال "البرنامج التنفيذي في تحليل المعلومات ...""
    "البرنامج التنفيذي في": "training-course", "برنامج تنفيذي في": "training-course",
    "دوره تكوينيه": "training-course", "دوره متخصصه": "training-course",
    "دوره تخصصيه": "training-course", "الدوره التكوينيه": "training-course",
    # the Maghreb's training days: "انطلقت ... أيام تكوينية لفائدة أعضاء البعثة"
    "ايام تكوينيه": "training-course", "الايام التكوينيه": "training-course",
    "يوم تكويني": "training-course", "يوما تكوينيا": "training-course",
    "ايام تدريبيه": "training-course", "الايام التدريبيه": "training-course",
    "ايام دراسيه": "seminar", "الايام الدراسيه": "seminar",
    "الدوره التخصصيه": "training-course",
    # two held alike, reported as one ("دورتين تدريبيتين متزامنتين في طرابلس وبنغازي")
    "دورتين تدريبيتين": "training-course", "دورتان تدريبيتان": "training-course",
    "الدورتين التدريبيتين": "training-course", "الدورتان التدريبيتان": "training-course",
    "ورشتي عمل": "workshop", "ورشتا عمل": "workshop", "ندوتين": "seminar", "ندوتان": "seminar",
    "الدوره العاديه": "council-session", "دوره عاديه": "council-session",
    "الدوره الاستثنائيه": "council-session", "دورته العاديه": "council-session",
    "مذكره تفاهم": "agreement-signing", "مذكره التفاهم": "agreement-signing",
    # executive minutes, signed: "وقعت المديرية ... محضراً تنفيذياً للتعاون"
    "محضرا تنفيذيا": "agreement-signing", "محضر تنفيذي": "agreement-signing",
    "محضر تنفيذ": "agreement-signing",
    "اتفاقيه تعاون": "agreement-signing", "اتفاقيه": "agreement-signing",
    "بروتوكول تعاون": "agreement-signing",
    "مؤتمرا": "conference", "ملتقي دولي": "conference",
    "جلسه حواريه": "seminar", "جلسه نقاشيه": "seminar", "حلقه نقاشيه": "seminar",
    # a council's sitting: "ترأس الوزير جلسة المجلس الوطني للسلامة المرورية"
    "جلسه المجلس": "council-session", "جلسه مجلس": "council-session",
    "برنامج دبلوم": "training-course", "برنامج الدبلوم": "training-course",
    "مذكره تعاون": "agreement-signing", "اتفاق تعاون": "agreement-signing",
    "اتفاقيه شراكه": "agreement-signing", "مذكرتي تفاهم": "agreement-signing",
    # several signed at once: "وقعت الهيئة ثلاث مذكرات تفاهم؛ الأولى مع ..."
    "مذكرات تفاهم": "agreement-signing", "مذكرات تعاون": "agreement-signing",
    "اتفاقيات تعاون": "agreement-signing",
    "ورشه تدريبيه": "workshop",
    # indefinite objects, with the alif of the case ending: "نفذت ... برنامجاً تدريبياً"
    "برنامجا تدريبيا": "training-course", "برنامجا تكوينيا": "training-course",
    "برنامج تكويني": "training-course", "البرنامج التكويني": "training-course",
    "ملتقي دوليا": "conference", "مؤتمرا دوليا": "conference", "اتفاقا": "agreement-signing",
    "بروتوكولا": "agreement-signing",
    # a plan signed as an agreement: "وقعت أفريبول والمكتب الأممي خطة عمل مشتركة"
    "خطه عمل مشتركه": "agreement-signing", "خطه العمل المشتركه": "agreement-signing",
    # a council's periodic or ordinary session: "عقد المجلس الأعلى للمرور جلسته الدورية الثالثة"
    **{f"{session} {which}": "council-session"
       for session in ("الجلسه", "جلسته", "جلستها", "جلسه")
       for which in ("الدوريه", "دوريه", "العاديه", "عاديه", "الاستثناييه", "استثناييه")},
    # an executive programme, a treaty, two agreements, signed: "وقع ... برنامجاً تنفيذياً"
    "برنامجا تنفيذيا": "agreement-signing", "برنامج تنفيذي": "agreement-signing",
    "معاهده": "agreement-signing",
    "معاهدتين": "agreement-signing", "معاهدتي": "agreement-signing",
    "اتفاقيتي": "agreement-signing", "اتفاقيتين": "agreement-signing",
    "مذكرتين": "agreement-signing", "مذكرتا تفاهم": "agreement-signing",
    # a field exercise trains those who take part in it
    "تمرينا ميدانيا": "training-course", "تمرين ميداني": "training-course",
    "التمرين الميداني": "training-course", "تمرينا مشتركا": "training-course",
    "تمرين مشترك": "training-course", "التمرين المشترك": "training-course",
    "تمرين": "training-course", "التمرين": "training-course", "تمرينا": "training-course",
    "مناوره": "training-course", "المناوره": "training-course",  # a drill: "مناورة للبحث والإنقاذ"
    # a graduation closes the course its class took: "حفل تخريج الدفعة الثالثة"
    "حفل تخريج": "training-course", "حفل التخريج": "training-course",
    "حفل تخرج": "training-course", "تخريج دفعه": "training-course",
    "تخريج الدفعه": "training-course",  # "احتفلت الأكاديمية بتخريج الدفعة الـ48 من الضباط"
    # "احتفلت الجامعة بتخريج منتسبي برنامج المنح الدراسية ...": the class of a programme
    "تخريج منتسبي": "training-course", "تخريج المشاركين": "training-course",
    "تخريج المتدربين": "training-course", "تخريج الدوره": "training-course",
    "الدوره المتخصصه": "training-course", "الدوره الاقليميه": "training-course",
    "دوره اقليميه": "training-course",
    # minutes of cooperation, signed as an agreement is: "وقع الجانبان محضر تعاون فني"
    "محضر تعاون": "agreement-signing", "محضر اتفاق": "agreement-signing",
    "محضر تفاهم": "agreement-signing", "محضرا للتعاون": "agreement-signing",
    # other instruments signed as agreements are
    "اعلان نوايا": "agreement-signing", "اعلان النوايا": "agreement-signing",
    "خطاب نوايا": "agreement-signing", "ترتيب عمل": "agreement-signing",
    "ترتيب العمل": "agreement-signing", "ترتيبات عمل": "agreement-signing",
    "بروتوكول": "agreement-signing",
    # a contest of skills for trainees, held as training is: "هاكاثون الأمن السيبراني"
    "هاكاثون": "training-course", "الهاكاثون": "training-course",
    # an agreement for cooperation, and a memorandum signed by its short name, in a sentence
    # that says it was signed: "وقع الوزيران على اتفاق للتعاون الأمني", "ووقع المذكرة ..."
    "اتفاق": "agreement-signing", "اتفاق للتعاون": "agreement-signing",
    "وقع المذكره": "agreement-signing", "وقعت المذكره": "agreement-signing",
    "وقع الاتفاق": "agreement-signing", "وقعا المذكره": "agreement-signing",
}  # fmt: skip

# The verb of meeting, a trigger itself ("وعلى هامش أعمال الدورة، التقى الوزير نظيره"); it has
# no article, though it starts with ال.
MEETING_VERBS = (
    "التقي",
    "والتقي",
    "التقت",
    "والتقت",
    "يلتقي",
    "اجتمع",
    "واجتمع",
    "اجتمعت",
    "واجتمعت",
)
TRIGGERS |= dict.fromkeys(MEETING_VERBS, "meeting")
# Verbs that report an event of their own after "على هامش" ("وعلى هامش الاجتماع، استقبل ...").
SIDELINE_VERBS = (*MEETING_VERBS, "استقبل", "استقبلت", "زار", "زارت", "زاروا")


def _possessed(word: str) -> list[str]:
    """ "اجتماعه", "ندوتها", "مؤتمرهم": a trigger noun with a possessive pronoun."""
    stem = word[:-1] + "ت" if word.endswith("ه") else word
    return [stem + pronoun for pronoun in ("ه", "ها", "هم", "هما")]


TRIGGERS |= {
    form: TRIGGERS[word]
    for word in ("ورشه", "مؤتمر", "ملتقي", "منتدي", "ندوه", "اجتماع", "لقاء", "زياره")
    for form in _possessed(word)
    if form not in TRIGGERS
}

# A general assembly named with its ordinal or its kind is a session of it: "انطلقت أشغال
# الجمعية العامة الثامنة لأفريبول"; the assembly alone is a body ("قرار الجمعية العامة").
_FEMININE_ORDINALS = ("الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه",
                      "الثامنه", "التاسعه", "العاشره")  # fmt: skip
_ASSEMBLY_KINDS = ("العاديه", "الاستثنائيه", "السنويه")
_TEENS = tuple(f"{ordinal} عشره" for ordinal in _FEMININE_ORDINALS[:9])
TRIGGERS |= {
    f"{assembly} {which}": "council-session"
    for assembly in ("الجمعيه العامه", "الجمعيه العموميه")
    for which in (*_FEMININE_ORDINALS, *_TEENS, *_ASSEMBLY_KINDS)
}

# A council session: "الدورة (الـ)38 لمجلس ..." — an ordinal session of a council.
_UNITS = (
    "الاولي|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره|الحاديه"
    "|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي"
)
_TENS = "العشرين|الثلاثين|الاربعين|الخمسين|الستين|السبعين|الثمانين|التسعين"
_HUNDREDS = r"(?:\s+بعد\s+(?:الميه|المايه|الميتين|المايتين))?"  # "السابعة والأربعين بعد المئة"
_ORDINAL = (
    rf"(?:\d+|ال\d+|(?:{_UNITS})(?:\s+عشر[ه]?)?(?:\s+و(?:{_TENS}))?{_HUNDREDS}"
    rf"|{_TENS}{_HUNDREDS}|\S+(?:ين|ون))"
)
COUNCIL_SESSION_PATTERN = (
    rf"(?:ال|و|لل|ل|ب)?(?:ال)?(?:دوره|دورته|دورتها)\s+(?:العاديه\s+|الاستثنائيه\s+)?"
    rf"{_ORDINAL}\s+(?:ل|لل)\S+"
    # a body's own session, named before it: "عقد المجلس التنفيذي ... دورته الخامسة عشرة بمقر"
    rf"|(?:و|ب)?(?:دورته|دورتها)\s+(?:العاديه\s+|الاستثنائيه\s+)?(?:{_ORDINAL})(?!\S)"
)

# A line of the head that announces the release ("صدر عن المديرية ... البلاغ التالي:"): the
# headline may follow it.
ISSUING_LINE_PATTERN = r"(?:البلاغ|البيان|التصريح)\s+(?:الصحفي\s+)?التالي\s*:?$"

# A course whose training adjective comes after others ("الدورة الخليجية التخصصية في ...",
# "دورة إقليمية تدريبية"), or named by its title in quotes.
TRAINING_COURSE_PATTERN = (
    r"(?:ال|و|لل|ل|ب)?(?:ال)?دوره(?:\s+(?:ال)?\w+يه){1,2}\s+"
    r"(?:ال)?(?:تدريبيه|تكوينيه|تخصصيه|متخصصه|تاهيليه)(?!\w)"
    r"|(?:و|ب|ل)?دوره(?=\s*(?:في\s+|حول\s+)?(?:[\"«“]|\((?!\s*\d)))"  # by its title: دورة (في)
    # a course in a field: "اختتم المركز دورة في الإسعافات الأولية"، "دورة حول معايير ..."; not
    # one of a year or a month ("دورة في عام 2024")
    r"|(?:و|ب|ل)?دوره(?=\s+(?:في|حول)\s+(?!\d|عام|العام|شهر|الشهر|سنه|السنه|اطار)\w)"
    # "البحث والإنقاذ", دورة (إدارة الأزمات); not دورة (41) لمجلس
    # an executive programme by its title is taught ("البرنامج التنفيذي "القيادة الاستراتيجية""),
    # not the one a memorandum's signatories sign ("البرنامج التنفيذي لمذكرة التفاهم")
    r"|(?:و|ب|ل)?(?:ال)?برنامج\s+(?:ال)?تنفيذي(?=\s*[\"«“])"
)

# A meeting of a general assembly is a session of it ("عقدت الجمعية العمومية للاتحاد اجتماعها
# العادي", "اجتماع الجمعية العامة"): the assembly names the meeting's subject or follows it.
ASSEMBLY_PATTERN = r"\s*(?:ال|لل|و?ب?ال)?جمعيه\s+(?:ال)?(?:عامه|عموميه)(?!\w)"
# An ordinal meeting of a council's ministers is a session of it: "الاجتماع الـ42 لأصحاب السمو
# والمعالي وزراء الداخلية بدول مجلس التعاون".
MINISTERS_MEETING_PATTERN = (
    rf"\s*(?:الـ\s*)?{_ORDINAL}\s+(?:ل|لل)(?:اصحاب\s+السمو\s+والمعالي\s+)?وزراء(?!\w)"
)
# A council of ministers' own ordinal meeting is a session of it: "عقد مجلسا وزراء الداخلية
# والعدل العرب اجتماعهما المشترك التاسع".
COUNCIL_SUBJECT_PATTERN = r"(?<!\w)مجلس[اي]?\s+وزراء(?!\w)"  # the subject, not "لمجلس"
# A council's own meeting is a session of it: "اجتماع مجلس الدفاع المدني", not one of the
# Gulf Cooperation Council, an organization ("اجتماع مجلس التعاون" names its bodies' meeting).
COUNCIL_GENITIVE_PATTERN = r"\s*(?:ل|ال|لل)?مجلس\s+(?!التعاون)\S"
# A council as the subject of its own meeting: "عقد المجلس القومي للدفاع المدني اجتماعه الدوري".
OWN_COUNCIL_PATTERN = r"(?<!\w)و?(?:عقد|يعقد)\s+(?:ال)?مجلس\s+(?!التعاون)\S"
ORDINAL_AFTER_PATTERN = rf"\s*(?:\S+\s+)?(?:الـ\s*)?(?:{_UNITS}|{_TENS}|ال\d+)(?!\w)"
# A body's numbered periodic meeting of a year is a regular session of it: "عقد مجلس أمناء
# الوحدة اجتماعه الدوري الأول لعام 2025", "الاجتماع الدوري الثالث للجنة لعام 2025".
YEARLY_ROUND_PATTERN = (
    rf"\s*الدوري\s+(?:{_UNITS})\s+(?:\S+\s+){{0,5}}?(?:لعام|للعام)\s+\d{{4}}(?!\d)"
)
ASSEMBLY_MEETING_WORDS = ("اجتماع", "الاجتماع", "باجتماع", "واجتماع")
# Talks with a guest the sentence says is visiting are a visit: "أجرى الوزير مباحثات مع نظيره
# ... الذي يقوم بزيارة عمل للمملكة".
VISITING_PATTERN = (
    r"(?:الذي|التي|الذين)\s+(?:يقوم|تقوم|يقومون)\s+بزياره|(?:الذي|التي)\s+(?:يزور|تزور)(?!\w)"
    # or held by the visitor abroad: "التقى مدير الأمن العام في أنقرة ... ضمن زيارة رسمية يقوم
    # بها", "أجرى الوزير مباحثات في بكين ... في مستهل زيارة"
    r"|(?:ضمن|خلال|في مستهل|في اطار) زياره (?:رسميه|عمل)?\s*(?:يقوم|تقوم|يقومون|لجمهوريه|لدوله|للمملكه)"
    # or one who comes with a delegation: "التقى ... رئيس بعثة المنظمة والوفد المرافق له"
    r"|والوفد المرافق (?:له|لها)"
)
OWN_DAY_REACH = 160  # characters after an event's word to a day its relative clause gives it
ASSEMBLY_REACH = 80  # characters before the trigger (the subject and its genitive) or after it

# An ordinal session of a committee ("الدورة السابعة للجنة الفنية المشتركة") is a meeting of it,
# not a council's session.
COMMITTEE_GENITIVES = ("للجنه", "لجنه")
# ... and one of a conference, forum or seminar ("الدورة السابعة والعشرين للمؤتمر الإقليمي
# الإفريقي للإنتربول") is that conference or seminar, held once more.
GATHERING_GENITIVES = {"للموتمر": "conference", "للملتقي": "conference", "للمنتدي": "conference",
                       "للندوه": "seminar"}  # fmt: skip
# A committee or team of a council's experts ("اللجنة المشتركة من خبراء مجلسي وزراء الداخلية
# والعدل العرب"): the meeting is the committee's, not a session of the council.
COMMITTEE_SUBJECTS = ("اللجنه", "لجنه", "الفريق", "فريق")

# Triggers that are events only when the sentence says they were signed.
NEEDS_SIGNING = ("agreement-signing",)
SIGNING_WORDS = (
    "توقيع",
    "وقع",
    "وقعت",
    "التوقيع",
    "بتوقيع",
    "بالتوقيع",
    "ووقع",
    "ووقعت",
    "يوقع",
    "توقع",
    # two parties: "وقعا خلال اللقاء مذكرتي تفاهم", "يوقعان اتفاقية"
    "وقعا",
    "ووقعا",
    "يوقعان",
    "توقعان",
    # the Maghreb's "أمضى" (signed): "أمضت الوكالة والإدارة العامة ... اتفاقية تعاون"
    "أمضى",
    "أمضت",
    "وأمضى",
    "وأمضت",
    "أمضيا",
    "إمضاء",
    # a renewal is signed anew: "جددت الجامعة والمديرية اليوم مذكرة التفاهم الموقعة بينهما"
    "جدد",
    "جددت",
    "جددا",
    "وجدد",
    "وجددت",
    "تجديد",
    "بتجديد",
)

# Words allowed between a role cue and its agent ("بمشاركة ممثلين عن ...", "كل من ...").
AGENT_FILLERS = {
    "كل",
    "من",
    "كلا",
    "ممثلين",
    "ممثلي",
    "ممثلو",
    "عن",
    "خبراء",
    "وفود",
    "وفد",
    "مندوبين",
    "مندوبي",
    "قبل",
}

# Words that describe a name just given ("برنامج سواسية المشترك بين ...", "المشروع التابع
# لـ ..."): bodies after them are not the agent of the cue before that name.
DESCRIBING_WORDS = ("المشترك", "المشتركة", "التابع", "التابعة", "الممول", "الممولة", "المنفذ")

# Cues that introduce the agent of a role: cue → property local name.
# A chair shared by two, one of each side: never a delegation's head ("برئاسة مشتركة").
CO_CHAIR = "co-chair"
ROLE_CUES = {
    "نظمت": "organizer", "نظم": "organizer", "تنظم": "organizer", "ينظم": "organizer",
    # a body celebrating its graduates holds the graduation: "احتفلت الأكاديمية بتخريج ..."
    "احتفلت": "organizer", "احتفل": "organizer", "تحتفل": "organizer", "يحتفل": "organizer",
    "عقدت": "organizer", "عقد": "organizer", "تعقد": "organizer", "اقامت": "organizer",
    "اقام": "organizer", "من تنظيم": "organizer", "التي تنظمها": "organizer",
    "بتنظيم من": "organizer", "بتنظيم مشترك من": "organizer", "بتنظيم مشترك بين": "organizer",
    "اطلقت": "organizer", "اطلق": "organizer",  # "أطلقت المديرية دورة تدريبية"
    "يتولي التدريب": "speaker", "تولي التدريب": "speaker", "يتولي تدريب": "speaker",
    "الذي تنظمه": "organizer", "التي نظمتها": "organizer", "الذي نظمته": "organizer",
    "بالتعاون مع": "partner", "بالتعاون والتنسيق مع": "partner", "بالتنسيق مع": "partner",
    "بالشراكه مع": "partner", "بشراكه مع": "partner", "بالتعاون بين": "partner",
    "بتعاون مع": "partner", "بتنسيق مع": "partner",  # Maghrebi: "بتعاون مع مكتب الأمم المتحدة"
    "استضافت": "host", "استضاف": "host", "تستضيف": "host", "يستضيف": "host",
    "بمقر": "host", "في مقر": "host", "وبمقر": "host",
    "تحت رعايه": "patron", "تحت اشراف": "patron", "برعايه": "patron", "رعي": "patron",
    "رعت": "patron", "يرعي": "patron", "ترعي": "patron",
    "ترأس": "chair", "تراس": "chair", "ترأست": "chair", "برئاسه": "chair", "يترأس": "chair",
    # co-chaired: "برئاسة مشتركة بين والي اترارزة ... وحاكم منطقة سان لويس ..."
    "برئاسه مشتركه": CO_CHAIR, "برئاسه مشتركه بين": CO_CHAIR, "برئاسه مشتركه من": CO_CHAIR,
    "تحت الرئاسه المشتركه": CO_CHAIR,  # "تحت الرئاسة المشتركة لوزير الداخلية ...، ووزير ..."
    # "وتحت الرئاسة الفعلية لوزير الأمن العام ...، الجنرال ...": in the chair in person
    "تحت الرئاسه الفعليه": "chair", "تحت رئاسه": "chair", "تحت الرئاسه": "chair",
    "استقبل": "host", "استقبلت": "host",
    "افتتح": "opener", "افتتحت": "opener", "وافتتح": "opener",
    "دشن": "opener", "دشنت": "opener",  # "ودشّن أعمال الورشة وكيل الجامعة"
    "القي": "speaker", "والقي": "speaker", "كما القي": "speaker", "تحدث": "speaker",
    "قدم": "speaker", "قدمت": "speaker", "يقدم": "speaker", "ويقدم": "speaker",
    "يلقي": "speaker", "ويلقي": "speaker",  # "ويقدّم المحاضرات كل من الدكتور ..."
    "بين": "speaker", "وبين": "speaker", "اشار": "speaker", "واشار": "speaker",
    "شدد": "speaker", "وشدد": "speaker", "لفت": "speaker", "ولفت": "speaker",
    "اكد": "speaker", "واكد": "speaker", "اوضح": "speaker", "واوضح": "speaker",
    "تطرق": "speaker", "تناول": "speaker", "تناولت": "speaker", "عرضت": "speaker",
    "استهل": "speaker", "تلاه": "speaker", "تلاها": "speaker", "خاطب": "speaker", "خاطبت": "speaker",
    "حاضر": "speaker", "حاضرت": "speaker", "يحاضر": "speaker", "تحاضر": "speaker",
    # lecturing in the event a pronoun names: "وتتضمن الورشة جلسات يحاضر فيها المستشار ..."
    "يحاضر فيها": "speaker", "يحاضر فيه": "speaker", "حاضر فيها": "speaker",
    "حاضر فيه": "speaker", "تحاضر فيها": "speaker",
    # "وتضمن اليوم الأول مداخلات لكل من السيدة ...، والسيد ...": who gave them
    "مداخلات": "speaker", "ومداخلات": "speaker",
    # a session's chair: "وأدار الجلسة الأولى المقدم ..."
    "ادار الجلسه": "chair", "ادارت الجلسه": "chair", "ادار النقاش": "chair",
    "ادارت النقاش": "chair", "ادار الحوار": "chair", "ادارت الحوار": "chair",
    "التي ادارها": "chair", "التي ادارتها": "chair",  # "الجلسة الثانية، التي أدارها ..."
    # "وأدار الحلقة العقيد خالد ...": who moderated the event chaired it
    "ادار الحلقه": "chair", "وادار الحلقه": "chair",
    "ادارت الحلقه": "chair", "وادارت الحلقه": "chair", "ادار الندوه": "chair",
    "وادار الندوه": "chair", "ادارت الندوه": "chair", "وادارت الندوه": "chair",
    "في كلمته": "speaker", "في كلمتها": "speaker",
    # "وشهد المؤتمر كلمات لكل من رئيس اللجنة ...، والممثلة المقيمة ..."
    "كلمات لكل من": "speaker", "كلمات لكل": "speaker", "كلمات القاها": "speaker",
    "يمثلون": "participant", "ممثلين عن": "participant", "ممثلي": "participant",
    # who attended a ceremony: "وشهد حفل الختام اللواء ..."
    "شهد حفل": "participant", "شهدت حفل": "participant", "شهد الحفل": "participant",
    "شهد مراسم": "participant", "شهدت مراسم": "participant", "شهد توقيع": "participant",
    "شهدت توقيع": "participant", "شهد الافتتاح": "participant", "شهد الختام": "participant",
    "ثنائيا مع": "participant", "التقي": "participant", "التقت": "participant",
    # whom a meeting is held with: "عقد وكيل الوزارة اجتماعا مع ضباط الارتباط الموفدين من ..."
    "اجتماعا مع": "participant", "اجتماعه مع": "participant", "اجتماعها مع": "participant",
    "لقاء مع": "participant", "لقاءه مع": "participant", "لقاءها مع": "participant",
    "مع نظيره": "participant", "مع نظيرته": "participant", "في استقبال": "host",
    "وكان في استقبال": "host", "استقبله": "host", "استقبلهم": "host", "زار": "participant",
    "في استقباله": "host", "في استقبالهم": "host", "في استقبالها": "host",
    "زارت": "participant", "يزور": "participant", "قدمه": "speaker", "قدمها": "speaker",
    "وقع": "participant", "وقعت": "participant", "ووقع": "participant", "ووقعت": "participant",
    "أمضى": "participant", "أمضت": "participant", "وأمضى": "participant", "وأمضت": "participant",
    "وقعا": "participant", "وقعتا": "participant", "يوقعان": "participant",
    "توقعان": "participant",
    "استعرض": "speaker", "استعرضت": "speaker", "القت": "speaker", "والقت": "speaker",
    "تحدثت": "speaker", "عرض": "speaker", "قدم عرضا": "speaker", "قدمت عرضا": "speaker",
    "ترأسها": "chair", "افتتحها": "opener", "افتتحه": "opener", "نظمتها": "organizer",
    "عقدتها": "organizer", "نظمها": "organizer", "عقدها": "organizer", "استضافتها": "host",
    "استضافها": "host", "التي استضافتها": "host", "بمشاركه": "participant", "شارك": "participant", "شاركت": "participant",
    "وشارك": "participant", "حضر": "participant", "بحضور": "participant",
    "وبحضور": "participant", "بتمويل من": "funder", "بدعم من": "funder",
    "بدعم مالي من": "funder", "بتمويل مشترك من": "funder", "بمنحه من": "funder",
    # "استفاد من هذه الدورة ستة وعشرون إطارا من ...": those trained take part
    "استفاد": "participant", "استفادت": "participant", "يستفيد": "participant",
    # "وأطّر الدورة خبراء ..." (Maghrebi): the trainers speak; "أطر" alone is a noun (cadres)
    "اطر الدوره": "speaker", "اطر الورشه": "speaker", "اطر الدورات": "speaker",
    # its present and pronoun forms: "ويؤطرها خبراء من المنظمة", "التي أطرها خبراء"
    "يوطرها": "speaker", "توطرها": "speaker", "يوطره": "speaker", "اطرها": "speaker",
    "اطره": "speaker", "يوطر الدوره": "speaker", "يوطر الورشه": "speaker",
    "يوطر": "speaker", "توطر": "speaker",  # "ويؤطر التكوين خبراء دوليون": a verb, never a noun
    # who gives a course's themes teaches it: "ويقدم محاور الدورة أعضاء من هيئة التدريس"
    "يقدم محاور": "speaker", "قدم محاور": "speaker", "تقديم محاور": "speaker",
    "تاطير الدوره": "speaker", "تاطير الورشه": "speaker",  # "وأشرف على تأطير الورشة"
    "تاطير الورشات": "speaker", "تاطير الدورات": "speaker", "تاطير الجلسات": "speaker",
    "اطر اللقاء": "speaker", "اطر اليوم الدراسي": "speaker", "اطر الندوه": "speaker",
    "الممول من": "funder", "الممول من قبل": "funder",
    # "ومُوّلت الورشة من الاتحاد الأوروبي", "الذي يموله الاتحاد"
    "مولت": "funder", "مول": "funder", "يموله": "funder", "تموله": "funder", "يمولها": "funder",
    "تمولها": "funder", "مولته": "funder", "مولتها": "funder",
    # the subject before them opened it: "وأكد الوالي، محمد ...، لدى افتتاحه الأشغال"
    "لدي افتتاحه": "opener", "لدي افتتاحها": "opener", "عند افتتاحه": "opener",
    "عند افتتاحها": "opener", "خلال افتتاحه": "opener", "خلال افتتاحها": "opener",
}  # fmt: skip

# "من قبل", "من طرف": the agent of a passive verb or a verbal noun just before it ("تم تنظيم
# الدورة من قبل الإدارة العامة للمرور", "افتُتحت الأشغال من طرف الوالي").
BY_AGENT = "by"
AMONG_REACH = 20  # words between "قدّمها" and "من بينهم": the speakers' description
# Some of those the cue before spoke of, or the one who leads them ("حاضر في الدورة خبراء من
# المنظمة يتقدمهم السيد ...").
# Openings of the next speaker's words ("من جهته، أوضح ..."): back on the event reported, after
# a sentence on one only planned.
NEXT_SPEAKER = ("من جهته", "من جهتها", "من جانبه", "من جانبها", "بدوره", "بدورها", "وقدم",
                "وقدمت", "واستعرض", "واستعرضت", "وتحدث", "وتحدثت")  # fmt: skip
# "هذه الورشة": the event the text has named, whatever the sentence says of its history.
DEMONSTRATIVES = ("هذه", "وهذه", "هذا", "وهذا")
AMONG_THEM = ("من بينهم", "من بينهن", "ومن بينهم", "يتقدمهم", "يتقدمهن", "في مقدمتهم", "يرأسه",
              "يرأسهم", "يقودهم", "منهم", "منهن", "ومنهم", "بينهم", "بينهن", "هما")  # fmt: skip
# Words that say speeches were given: "وفي كلمة بالمناسبة، أكد ..."
SPEECH_WORDS = ("كلمة", "كلمته", "كلمتها", "كلمات", "الكلمة", "بكلمة")
# A statement to the press ("وأكد اللواء ...، في تصريح للصحافة"): no talk given at the event.
PRESS_STATEMENTS = ("تصريح", "تصريحات", "تصريحه", "تصريحها", "لتصريح")
PRESS_STATEMENT_REACH = 16  # tokens after the verb: its subject, the subject's title, then في
# Words that give the opener a speech of its own ("افتتح ... بكلمة", "مؤكدا في كلمته"): an opener
# who gives a speech is a speaker too (a participle alone, "مؤكدا أن", may only report a view).
OPENERS_SPEECH = ("كلمه", "كلمته", "كلمتها", "بكلمه")
# The speech a speaking verb gives, when it is the opening one: "وألقى العميد ... كلمة الافتتاح"
# makes its speaker the opener.
OPENING_SPEECHES = ("كلمة الافتتاح", "الكلمة الافتتاحية", "كلمة افتتاحية", "كلمة افتتاح")
OPENING_SPEECH_REACH = 14  # words from the verb: the speaker's name and post come between
LISTED_ONLY_CUES = ("الدول المشاركة", "الجهات المشاركة")

ROLE_CUES |= {"من قبل": BY_AGENT, "من طرف": BY_AGENT}
PASSIVE_WINDOW = 20  # words between the verb or verbal noun and "من قبل" (a title, a date)
VERBAL_NOUN_ROLES = {
    "تنظيم": "organizer", "افتتاح": "opener", "استضافه": "host", "رعايه": "patron",
    "اشراف": "patron", "رئاسه": "chair", "رياسه": "chair", "تقديم": "speaker",
    "القاء": "speaker", "اداره": "chair", "تنشيط": "speaker", "تاطير": "speaker",
}  # fmt: skip

# "اختتمت الأكاديمية الدورة", "واختتمت الدكتورة ... أعمال الندوة": the subject right after the
# verb closes the event: a body held it, a person gave the closing talk.
# The people a speaking cue names by the body they come from: "ويحاضر فيها خبراء من المنظمة".
EXPERT_WORDS = ("خبراء", "الخبراء", "خبير", "خبيران", "خبيرين", "مدربون", "مدربين", "المدربين",
                "مدربو", "محاضرون", "محاضرين", "مختصون", "مختصين")  # fmt: skip
CLOSER = "closer"
ROLE_CUES |= dict.fromkeys(("اختتم", "اختتمت", "يختتم", "تختتم", "واختتم", "واختتمت"), CLOSER)  # fmt: skip
# "نفذت القيادة العامة لشرطة أبوظبي تمرينا": the body carrying it out right after the verb
# holds it; "أن الأكاديمية نفذت خلال العامين ١٤ برنامجا" counts other activities.
EXECUTOR = "executor"
ROLE_CUES |= dict.fromkeys(("نفذ", "نفذت", "ينفذ", "تنفذ", "ونفذ", "ونفذت"), EXECUTOR)  # fmt: skip

# Words of time between a cue and its agent: "افتتح صباح اليوم الثلاثاء العميد ...".
TIME_WORDS = (
    "يوم", "اليوم", "امس", "أمس", "صباح", "مساء", "ظهر", "الموافق", "الأحد", "الاثنين",
    "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "أمس", "غدا",
)  # fmt: skip

# Roles that say more than taking part: an agent with one of them is not also a participant.
# The roles an agent takes in an event (kg:organizer ...), as the graph and the gold name them.
EVENT_ROLES = ("organizer", "partner", "host", "patron", "chair", "opener", "speaker",
               "participant", "funder")  # fmt: skip
ROLES_OVER_PARTICIPANT = ("organizer", "partner", "host", "patron", "chair", "opener", "speaker")
# Except where taking part is an act of its own: who signs an agreement and speaks at its
# signing did both.
ROLES_BESIDE_PARTICIPANT = {"agreement-signing": ("speaker",)}

# Roles whose verb cues take a person named by the family name alone ("وقال الساعدي").
SURNAME_ROLES = ("speaker", "opener", "chair")

# Roles only a person plays; one who hands out certificates or awards (HANDER) takes part.
HANDER = "hander"
PERSON_ROLES = ("speaker", "opener", HANDER)

# Roles only a body plays: a person or a state that "held" a meeting takes part in it.
AGENCY_ROLES = ("organizer",)

# Roles a body or a person plays, not a state: a state the text names as host, chair or
# partner ("تستضيف قطر الدورة", "برئاسة المغرب") is one of those taking part.
NO_STATE_ROLES = ("host", "chair", "partner")

# Sessions of a council or assembly: the body in the genitive after the session holds it.
SESSION_EVENTS = ("council-session", "meeting")

# Event kinds whose parties all take part alike: a meeting, a visit, a signing. Agents named in
# the sentence that introduces such an event, and given no other role, are its participants.
PARTY_EVENTS = ("meeting", "visit", "agreement-signing")


def _forms(stem: str) -> list[str]:
    """A past-tense verb with its present forms and object pronouns: نظم → نظمت، ينظم، تنظمه،
    نظمتها ... ("التي نظمتها الأمانة": the relative clause names the organizer)."""
    bases = [stem, stem + "ت", "ي" + stem, "ت" + stem]
    return [b + suffix for b in bases for suffix in ("", "ه", "ها")]


for _stem, _role in (("نظم", "organizer"), ("عقد", "organizer"), ("اقام", "organizer"),
                     ("استضاف", "host"), ("احتضن", "host"), ("افتتح", "opener"),
                     ("ترأس", "chair"), ("تراس", "chair")):  # fmt: skip
    for _form in _forms(_stem):
        ROLE_CUES.setdefault(_form, _role)
for _form in _forms("حضر") + _forms("شارك") + ["يشارك فيها", "شارك فيها", "يشارك فيه"]:
    ROLE_CUES.setdefault(_form, "participant")
# Forms of a speech verb that also open a list ("من الجهات، أبرزها: ..."), normalized.
LIST_OPENERS = ("ابرزها",)
for _stem in ("قدم", "القى", "تحدث", "قال", "اكد", "اشار", "اوضح", "دعا", "ابرز", "استعرض",
              "اشاد", "شدد", "نوه", "لفت", "تدخل", "تناول", "عرض", "ثمن", "افاد", "اعرب",
              "رحب", "تطرق", "اعلن", "شكر"):  # fmt: skip
    _feminine = _stem[:-1] + "ت" if _stem.endswith(("ا", "ى")) else _stem + "ت"  # دعا → دعت
    for _form in [*_forms(_stem), _feminine]:
        ROLE_CUES.setdefault(_form, "speaker")
# "عدد من الجهات، أبرزها:": a word that brings in a list, not a verb of speech.
for _form in LIST_OPENERS:
    del ROLE_CUES[_form]
# Verbs that report what someone said, not that they gave a talk: in a visit they name no
# speaker ("وأكد الفريق المطوع خلال اللقاء ...").
STATEMENT_STEMS = ("قال", "اكد", "اشار", "اوضح", "دعا", "ابرز", "اشاد", "شدد", "نوه", "لفت", "بين",
                   "ثمن", "افاد", "اعرب", "رحب", "اعلن", "شكر")  # fmt: skip
STATEMENT_CUES = frozenset(
    form
    for stem in STATEMENT_STEMS
    for form in [*_forms(stem), stem[:-1] + "ت" if stem.endswith(("ا", "ى")) else stem + "ت"]
)
# Events where a statement ("أكد"، "أشار") is no speech unless speeches were given there: talks,
# not a programme of talks.
TALKLESS_EVENTS = ("visit", "agreement-signing", "meeting")
# A tour the days of a visit or signing fall within: "زار الوفد اليوم ... ضمن جولة ... من 12
# إلى 16 أبريل".
TOUR_WORDS = ("جولة", "جولته", "جولتها", "الجولة")
# Verbs of receiving a guest: their subject receives, and each is an act of its own besides
# the event reported ("كما استقبل ...").
RECEPTION_VERBS = ("استقبل", "استقبلت")
# كان before قد and a verb: "وكان رئيس الجامعة قد استقبل ...", an act earlier than the one told.
PLUPERFECT = ("كان", "وكان", "كانت", "وكانت")
# Signing verbs in the dual, whose two subjects come before them ("الفريق حسين الزبيدي، والممثل
# المقيم ... السيدة إنغريد لارسن، وقّعا ...").
DUAL_SIGNING_VERBS = ("وقعا", "وقعتا", "يوقعان", "توقعان")
# What those present attended, by the words for it after "حضر" ("وحضر اللقاء ومراسم التوقيع"):
# the kinds of event each may name.
ATTENDED_EVENTS = {
    "الاستقبال": ("visit", "meeting"), "اللقاء": ("visit", "meeting"), "المقابلة": ("visit", "meeting"),
    "الاجتماع": ("visit", "meeting"), "التوقيع": ("agreement-signing",), "مراسم": ("agreement-signing",),
}  # fmt: skip
# Words for two events at once: "حضر اللقاءين العميد ...": who attended both took part in each.
ATTENDED_PAIRS = {"اللقاءين": ("visit", "meeting"), "الاجتماعين": ("visit", "meeting")}
# Verbs whose object is where a visit goes: a state after them takes no part ("الذي يزور العراق").
VISITING_VERBS = ("زار", "زارت", "يزور", "تزور")
ROLE_CUES |= {
    "في كلمته الافتتاحيه": "opener", "في كلمتها الافتتاحيه": "opener",
    "في كلمه افتتاحيه": "opener", "في افتتاح": "opener", "اشرف علي افتتاح": "opener",
    "خاطب الجلسه الافتتاحيه": "opener", "خاطبت الجلسه الافتتاحيه": "opener",
    "خاطب حفل الافتتاح": "opener", "خاطبت حفل الافتتاح": "opener",
    "دعت": "speaker", "فقدمته": "speaker", "فقدمها": "speaker",
    # "بيّن" as a verb of saying, in forms that are not the preposition "بين"
    "بينت": "speaker", "وبينت": "speaker", "يبين": "speaker", "وبين ان": "speaker",
}  # fmt: skip
ROLE_CUES |= {
    "مشاركه": "participant", "ضم": "participant", "يضم": "participant", "ضمت": "participant",
    # before a list only (LISTED_ONLY_CUES): "ومن بين الدول المشاركة في التمرين: ..."
    "الدول المشاركه": "participant", "الجهات المشاركه": "participant",
    "وضم": "participant", "وضمت": "participant",  # too short for the proclitic rule
    "تضم": "participant", "رفقه": "participant", "يرافقه": "participant", "ترافقه": "participant", "برفقه": "participant",
    "بدعوه من": "organizer", "ببادره من": "organizer", "بمبادره من": "organizer",
    # counted attendees and lists: "28 متدربا من السعودية والبحرين", "وفود من بينها مصر"
    "متدربا": "participant", "متدربين": "participant", "متدربون": "participant",
    "مشاركا": "participant", "ضابطا": "participant", "ضباطا": "participant",
    "دارسا": "participant", "دارسين": "participant", "منتسبا": "participant",
    "منتسبين": "participant", "القادمين من": "participant", "القادمون من": "participant",
    # "لفائدة 40 عنصرا من الدرك الوطني والحرس الوطني ..."، "28 محققا وقاضيا من بوركينا فاسو"
    "عنصرا": "participant", "محققا": "participant", "اطارا": "participant",
    "الوافدين من": "participant", "الدارسين من": "participant",
    "من بينها": "participant", "من بينهم": "participant", "ممثلو": "participant",
    "يتقدمهم": "participant", "يتقدمهن": "participant", "في مقدمتهم": "participant",
    "يرأسه": "participant", "يرأسهم": "participant", "يقودهم": "participant",
    "منهم": "participant", "ومنهم": "participant", "منهن": "participant",
    "بينهم": "participant", "بينهن": "participant",
    "هما": "participant",  # "وأطّر الدورة خبيران من البعثة، هما المفتش ... والنقيب ..."
    "بمقرها": "host", "في مقرها": "host", "بمقره": "host", "في مقره": "host",
    "مناصفه مع": "chair",  # "ترأس الاجتماع مناصفة مع السيد ...": co-chaired
    # who hands the certificates out takes part: "وسلم اللواء ... الشهادات على المشاركين"
    **dict.fromkeys(("سلم", "وسلم", "سلمت", "وسلمت", "وزع", "ووزع", "وزعت", "ووزعت"), HANDER),
    # present forms of hosting verbs, which _forms cannot make from "استضاف" and "احتضن"
    "تستضيفه": "host", "يستضيفه": "host", "تستضيفها": "host", "يستضيفها": "host",
    "تحتضن": "host", "يحتضن": "host", "تحتضنه": "host", "يحتضنه": "host", "تحتضنها": "host",
    "يحتضنها": "host", "احتضنته": "host", "احتضنتها": "host",
    "المستضيفه": "host", "المستضيف": "host",  # "المديرية العامة للأمن الوطني المستضيفة للحدث"
}  # fmt: skip
# Whom an event's members elect chairs it: "وانتخب المؤتمر العميد ... رئيسا لأعماله".
ROLE_CUES |= {
    f"{verb} {body}": "chair"
    for verb in ("انتخب", "وانتخب", "انتخبت", "وانتخبت")
    for body in ("المؤتمر", "الملتقي", "الاجتماع", "المشاركون", "المجتمعون", "الجمعيه العامه",
                 "الجمعيه العموميه", "المجلس", "اللجنه", "الدوره")
} | {"تولي رياسه": "chair", "وتولي رياسه": "chair", "تولت رياسه": "chair", "وتولت رياسه": "chair"}  # fmt: skip

# An event that brings together those named after it: "وجمع المؤتمر ممثلي ...", "وتجمع الورشة
# إطارات من ...". Only with the event as subject: "جمع الأدلة" is collecting evidence.
ROLE_CUES |= {
    f"{verb} {event}": "participant"
    for verb in ("جمع", "وجمع", "جمعت", "وجمعت", "يجمع", "ويجمع", "تجمع", "وتجمع")
    for event in ("المؤتمر", "الملتقي", "المنتدي", "الاجتماع", "اللقاء", "الورشه", "الندوه",
                  "الدوره", "اليوم الدراسي")
}  # fmt: skip

# Who takes part in a session of a conference is on its panel ("وشارك في الجلسة الأولى
# اللواء ...، والمستشار ... من النيابة العامة"): its people speak, its bodies take part.
PANEL = "panel"
SESSION_WORDS = ("الجلسه", "جلسه", "الجلسات", "جلسات")
RELATIVE_PARTICIPATION = ("يشارك فيها", "شارك فيها", "ويشارك فيها", "وشارك فيها",
                          "تشارك فيها", "وتشارك فيها")  # fmt: skip
SESSION_REACH = 30  # words back from "ويشارك فيها" to the session (and its title, its chair)
for _form in _forms("شارك"):
    for _session in ("الجلسه", "الجلسات", "جلسات"):
        ROLE_CUES[f"{_form} في {_session}"] = PANEL

# "وفي كلمتها الافتتاحية": "وفي" is too short for the general proclitic rule, so spell it out.
ROLE_CUES |= {"و" + cue: role for cue, role in ROLE_CUES.items() if cue.startswith("في ")}

# Plural activities: a relative clause after them ("الاجتماعات التي عقدتها الأمانة") tells who
# held those, not the event reported.
# Words of touring before "من بينها": what it lists are the places toured, not parties ("وشملت
# الدورة زيارات ميدانية لعدد من الإدارات، من بينها ...", "وتفقد الوفد عددا من منشآت ...").
TOURING_WORDS = ("زيارات", "زيارة", "زيارتها", "جولة", "جولات", "تفقد", "وتفقد", "زار", "وزار",
                 "منشآت", "مرافق")  # fmt: skip
TOURING_REACH = 12  # words before the cue
AMONG_THINGS = ("من بينها",)

PLURAL_ACTIVITIES = (
    "المؤتمرات", "الاجتماعات", "الندوات", "الورش", "ورش", "الدورات", "اللقاءات", "الزيارات",
    "الفعاليات", "الأنشطة", "النشاطات", "البرامج", "الملتقيات", "المنتديات", "الحلقات",
    "مؤتمرات", "اجتماعات", "ندوات", "دورات", "لقاءات", "زيارات", "فعاليات", "أنشطة",
    "نشاطات", "برامج", "ملتقيات", "التمارين", "الحملات", "حملات", "المبادرات", "مبادرات",
)  # fmt: skip

# "عقدته الأمانة العامة بمقرها في تونس": the pronoun's body hosts; what follows is the place.
POSSESSIVE_VENUES = ("بمقرها", "في مقرها", "بمقره", "في مقره", "وبمقرها", "وفي مقرها")
# "التقى الوزير بمقر الوزارة، السيدة ...": a seat hosts one body; the list after it is others.
SEAT_CUES = ("بمقر", "في مقر", "وبمقر", "وفي مقر")

# "وفد ... برئاسة X": X heads a delegation, so takes part rather than chairs.
DELEGATION_WORDS = ("وفد", "الوفد", "وفدا", "وفود", "بعثة", "البعثة")
DELEGATION_WINDOW = 14  # within the sentence: "زار وفد من أكاديمية ... بدولة الكويت، برئاسة"

# Words before a body that make it where the event takes place ("في أكاديمية الشرطة").
VENUE_WORDS = ("في", "داخل", "بمقر", "في مقر", "بقاعه", "في قاعه", "على قاعة", "بمباني",
               "في مباني", "بمبنى", "في مبنى", "بمسرح", "في مسرح", "بمدرج", "في مدرج",
               "بضيافة")  # fmt: skip
# Nouns whose state follows them as its owner, not as the event's venue: "استقبل ... سفير
# بريطانيا", "وفد باكستان".
PLACE_OWNERS = ("سفير", "سفيرة", "سفارة", "بسفارة", "وفد", "حكومة", "وزير", "وزيرة", "ممثل",
                "ممثلة", "مندوب", "مندوبة", "قنصل", "شرطة", "قوات", "جيش", "شعب")  # fmt: skip
NOT_VENUE = ("ممثله", "ممثلا", "ممثلين")  # "ممثلة بالمديرية": represented by, not held at
# "نظمت المديرية العامة للأمن الوطني، ممثلة في مديرية شرطة الحدود": the unit that acts for
# the body, in the same role.
ACTING_UNIT_WORDS = ("ممثلة", "وممثلة")

# Phrases stating the event's modality → modality concept slug.
MODALITIES = {
    "عبر الدائره التلفزيونيه": "virtual", "عبر الدائره التلفزيونيه المغلقه": "virtual",
    "عبر تقنيه الاتصال المرئي": "virtual", "عبر الاتصال المرئي": "virtual",
    "عن طريق الاتصال المرئي": "virtual", "عبر تقنيه الفيديو": "virtual",
    "عبر الفيديو": "virtual", "عن بعد": "virtual", "افتراضيا": "virtual",
    "بشكل افتراضي": "virtual", "عبر منصه": "virtual", "عبر الانترنت": "virtual",
    "حضوريا": "in-person", "بشكل حضوري": "in-person", "بالحضور الشخصي": "in-person",
    "بشكل هجين": "hybrid", "بصيغه هجينه": "hybrid", "حضوريا وعن بعد": "hybrid",
    "حضوريا وافتراضيا": "hybrid",
}  # fmt: skip

# Words in a title or objective that name a topic → topic concept slug.
TOPICS = {
    "الارهاب": "counter-terrorism", "الارهابيه": "counter-terrorism",
    "التطرف": "violent-extremism", "التطرف العنيف": "violent-extremism",
    "الجرائم الالكترونيه": "cybercrime", "الجريمه الالكترونيه": "cybercrime",
    "الجرائم السيبرانيه": "cybercrime", "الامن السيبراني": "cybercrime",
    "الجريمه المنظمه": "organized-crime", "المخدرات": "drug-control",
    "الاتجار بالبشر": "human-trafficking", "الاتجار بالاشخاص": "human-trafficking",
    "غسل الاموال": "money-laundering", "تبييض الاموال": "money-laundering",
    "امن الحدود": "border-security", "الحدود": "border-security",
    "تبادل المعلومات": "information-exchange", "ادارة الازمات": "crisis-management",
    "الحمايه المدنيه": "civil-protection", "الدفاع المدني": "civil-protection",
    "السلامه المروريه": "road-safety", "حوادث المرور": "road-safety",
    "بناء القدرات": "capacity-building", "تطوير القدرات": "capacity-building",
}  # fmt: skip

# Cues that start a title or an objective.
TITLE_CUES = ("حول", "بعنوان", "تحت عنوان", "تحت شعار", "عن")
OBJECTIVE_PATTERN = (
    r"(?:(?:و?(?:هدفت|تهدف|يهدف|هدف|ترمي|يرمي))(?:\s+\S+){0,2}?\s+(?:الي|ل)"
    r"|بهدف|الهادفه الي|الهادف الي|الراميه الي|الرامي الي)\s+(?P<objective>[^.\n]+)"
)
# Every match of the objective pattern holds one of these: a sentence without any is not searched.
OBJECTIVE_CUES = ("هدف", "رمي", "هادف", "رامي")

# Words just before a trigger that make it a count of past activities, not an event
# ("تنظيم أكثر من أربعين مؤتمرا واجتماعا").
QUANTIFIERS = (
    "اكثر", "عدد", "سلسله", "جمله", "مجموعه", "عشرات", "مئات", "عشرين", "ثلاثين", "اربعين",
    "خمسين", "مائه", "مايه", "مايتي", "مئتي", "عده", "مختلف",
)  # fmt: skip
QUANTIFIER_WINDOW = 4
# The tens, which follow the units after و: "سبعة وأربعين مؤتمرا".
TENS = ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")
COUNTED_LIST_WINDOW = 6  # "52 اجتماعا ودورة تدريبية وورشة": a number, then what it counts

# Trigger words in another sense: "لقاء مبالغ" is "in return for sums", not a meeting.
NOT_TRIGGERS = ("لقاء مبالغ", "لقاء مبلغ", "لقاء اجر", "لقاء رسوم", "لقاء مقابل", "لقاء دفع",
                # received over a span, no reception: "استقبلت منذ تأسيسها طلابا من ..."
                "استقبلت منذ", "استقبل منذ", "يستقبل منذ", "تستقبل منذ",
                # the Arbaeen pilgrimage, no official visit: "اللجنة الأمنية العليا لزيارة
                # الأربعين"
                "زياره الاربعين", "الزياره الاربعينيه",
                # forging, no visit: "تشكيل عصابي يزور تأشيرات العمل" (يزوّر)
                *(f"{verb} {thing}" for verb in ("يزور", "تزور")
                  for thing in ("تاشيرات", "وثايق", "الوثايق", "محررات", "المحررات", "اختام",
                                "الاختام", "جوازات", "شهادات", "العملات", "عملات", "مستندات")))  # fmt: skip

# Words after a trigger that make it a planned event, not one the release reports
# ("تعقد اجتماعها الأول في عمان منتصف حزيران المقبل").
# "الاجتماع ... المقرر عقده خلال شهر أكتوبر المقبل": to come
TOMORROW = "غدا"  # anywhere before the trigger: "وتنطلق غدا على هامش المؤتمر ورشة عمل"
FUTURE = ("المقبل", "المقبله", "القادم", "القادمه", TOMORROW, "المقرر", "المقرره", "المزمع",
          "المزمعه", "قريبا")  # fmt: skip
# "المقررة الخاصة للأمم المتحدة": a rapporteur, not what is scheduled
RAPPORTEUR_ADJECTIVES = ("الخاص", "الخاصه", "العام", "العامه")
# "قادمون بتأشيرات زيارة": a visit visa, no visit
VISA_WORDS = ("تأشيرة", "تأشيرات", "بتأشيرة", "بتأشيرات", "وتأشيرات")
FUTURE_WINDOW = 8
# A relative clause saying the event was only scheduled, or was put off: "الملتقى ...، الذي كان
# مبرمجا بتونس يومي 9 و10 ديسمبر، تأجل"، "الذي كان مقررا عقده ... أرجئ".
SCHEDULED_PATTERN = (
    r"(?<!\S)(?:(?:الذي|التي) )?(?:كان|كانت) (?:مبرمجا|مبرمجه|مقررا|مقرره|مزمعا|"
    r"مزمعه|مرتقبا|مرتقبه|من المقرر|من المزمع|من المرتقب)(?!\S)"
)
# Verbs in the future that head the clause of the event they will hold, past a partner or a day
# ("ستنظم بالتعاون مع اللجنة الدولية للصليب الأحمر برنامجا تدريبيا").
FUTURE_VERBS = ("ستعقد", "سيعقد", "وستعقد", "وسيعقد", "ستنظم", "سينظم", "وستنظم", "وسينظم",
                "ستقام", "سيقام", "ستنفذ", "سينفذ", "وستنفذ", "وسينفذ", "ستستضيف", "سيستضيف")  # fmt: skip
# Verbs just before a trigger that plan it: "على أن تعقد ورشة عمل ...", "وستنظم دورة ...",
# "اتفقا على عقد أول اجتماع ...".
PLANNING_VERBS = (*FUTURE_VERBS, "ان تعقد", "ان يعقد", "ان تنظم", "ان ينظم", "ان تقام",
                  "ان يوقع", "ان توقع", "ان يوقعا",  # "على أن يوقع قريبا بروتوكول تعاون"
                  "علي عقد", "علي عقد اول", "وعلي عقد", "وعلي عقد اول",
                  # intends or discusses holding: "فيما يعتزم تنظيم ملتقى للسلامة المرورية",
                  # "جرى خلاله بحث تنفيذ برنامج تدريبي لضباط المرور"
                  *(f"{verb} {act}"
                    for verb in ("يعتزم", "تعتزم", "ويعتزم", "وتعتزم", "ينوي", "تنوي", "يزمع",
                                 "تزمع", "بحث", "ناقش", "بحثا", "ناقشا", "مناقشه")
                    for act in ("تنفيذ", "تنظيم", "عقد", "اقامه")))  # fmt: skip
FUTURE_VERB_REACH = 10
# Verbs that decide on holding an event, a few words before its verbal noun: "كما أقر المؤتمر
# عقد اجتماع لخبراء المختبرات"، "وأوصى المشاركون بعقد ورشة": decided, not held.
DECIDING_VERBS = ("اقر", "واقر", "اقرت", "واقرت", "قرر", "وقرر", "قررت", "وقررت", "اوصي", "واوصي",
                  "اوصت", "واوصت", "اقترح", "واقترح", "اقترحت", "واقترحت", "دعا", "ودعا", "دعت",
                  "ودعت", "طالب", "وطالب", "طالبت", "وطالبت")  # fmt: skip
DECIDING_WINDOW = 6  # words between the verb and the verbal noun: "اللجنة في ختام أعمالها"
HELD_NOUNS = ("عقد", "بعقد", "تنظيم", "بتنظيم", "اقامه", "باقامه")
# What recurs is agreed on, not held: "الاتفاق على ... إجراء تمرين اتصالات مشترك كل ثلاثة أشهر".
# Verbal nouns only: "عقد" may be the verb of a held meeting that recurs.
RECURRING_NOUNS = ("اجراء", "واجراء", "تنفيذ", "وتنفيذ", "تنظيم", "وتنظيم", "اقامه", "واقامه")
PERIOD_UNITS = ("يوم", "اسبوع", "اسبوعين", "شهر", "شهرين", "اشهر", "عام", "عامين", "سنه",
                "سنتين", "اعوام", "سنوات")  # fmt: skip
# A list's line: a bullet, or a number and its mark ("1. المديرية العامة ...", "2) ...").
LIST_ITEM_PATTERN = r"\s*(?:[-•▪*–·◦]|\d{1,2}\s*[.)-])"
# Verbal nouns of holding that open an item of a list of recommendations or decisions ("5- عقد
# اجتماع دوري كل أسبوعين"): what is to be held, not what was.
HOLDING_NOUNS = ("عقد", "تنظيم", "اقامه", "تنفيذ")
# What a meeting verb's object is when it meets a group during another event ("كما التقى عددا
# من الدارسين"): no meeting of its own.
GROUP_WORDS = ("عددا", "عدد", "جمعا", "بعدد")

# Openings of a sentence that tells what is to come: "ومن المرتقب أن تعقد اللجنة اجتماعها الأول".
PROSPECTIVE_OPENINGS = ("من المرتقب", "ومن المرتقب", "من المنتظر", "ومن المنتظر", "من المقرر",
                        "ومن المقرر", "يرتقب", "ويرتقب",
                        # once planned, then not held: "وكان من المقرر أن يتم ... توقيع مذكرة"
                        "وكان من المقرر", "كان من المقرر", "وكان من المفترض", "كان من المفترض")  # fmt: skip
# Openings of a sentence that lists what an event's programme holds: parts of it, no events of
# their own ("ويتضمن برنامج الزيارة ... عقد اجتماع فني بين فريقي العمل").
# And what an event or an agreement holds: "وتتضمن الورشة في يومها الأخير تمريناً عملياً".
PROGRAMME_OPENINGS = ("ويتضمن", "يتضمن", "وتتضمن", "تتضمن", "ويشمل برنامج", "يشمل برنامج",
                      "وتشمل", "تشمل")  # fmt: skip
# Words that lead into a reminder before a sentence's opening ("للتذكير، من المرتقب أن ...").
REMINDER_LEADS = ("للتذكير", "للإشارة", "للعلم")

# Words just before a trigger that make it an event only talked of, not one that took place
# ("بحثا إمكانية تنفيذ برنامج تدريبي مشترك", "سبل عقد مؤتمر").
# "أعلنت تأجيل الاجتماع": put off, not held; "عن تطلعه إلى توقيع مذكرة": hoped for.
PROSPECTIVE = ("امكانيه", "سبل", "مقترح", "اقتراح", "التحضير", "الاعداد", "التخطيط", "فكره",
               "امله", "املها", "امل",  # "معربا عن أمله في توقيع مذكرة تفاهم"
               "برمجه", "جدوله", "تاجيل", "الغاء", "ارجاء", "وتاجيل", "والغاء", "وارجاء",
               # put off, in a verb: "النزاهة ... وتؤجل مؤتمر استرداد الأموال"
               "توجل", "يوجل", "وتوجل", "ويوجل", "اجلت", "واجلت", "ارجات", "وارجات", "ترجي",
               "يرجي", "الغت", "والغت", "تلغي", "يلغي",
               # a convention a text invokes: "بموجب اتفاقية الأمم المتحدة لمكافحة الفساد"
               "بموجب", "وفق", "وفقا", "لاحكام", "احكام",
               "تطلعه", "تطلعها", "تطلع", "يتطلع", "تتطلع",
               # intends, its subject between: "فيما يعتزم الجهاز عقد اجتماع تنسيقي"
               "يعتزم", "تعتزم", "ويعتزم", "وتعتزم", "ينوي", "تنوي", "يزمع", "تزمع",
               # the purpose of another act: "اللجنة العليا لتأمين مؤتمر القمة"
               "لتامين", "لتنظيم", "لاعداد", "لانجاح", "لاستضافه", "لعقد",
               # "تم الاتفاق على إعداد برنامج تدريبي", "تمهيدا لعرضه على المؤتمر"
               "اعداد", "لعرضه", "لعرضها")  # fmt: skip

# Openings of a sentence that turns to another matter: an event it reports is a new one.
ANOTHER_MATTER = (
    "في سياق آخر", "وفي سياق آخر", "في سياق منفصل", "وفي سياق منفصل", "من جهة أخرى",
    "ومن جهة أخرى", "على صعيد آخر", "وعلى صعيد آخر", "في شأن آخر", "وفي شأن آخر",
    # later the same day, a new act: "وفي وقت لاحق من اليوم ذاته، ترأس الوزيران الاجتماع الأول ..."
    "في وقت لاحق", "وفي وقت لاحق",
    "إلى ذلك", "وإلى ذلك",  # "إلى ذلك، استقبل وزير الداخلية ... سفير اليابان"
)  # fmt: skip

# Adjectives that make an event's word a part of the event told ("تمرين المحاكاة الختامي الذي
# جرى ...", "الجلسة الافتتاحية"), not an event of its own.
PART_ADJECTIVES = ("الختامي", "الختاميه", "الافتتاحي", "الافتتاحيه")
PART_REACH = 2  # words after the trigger: its genitive, then the adjective

# Verbs that make a bare trigger noun a new event, rather than a reference to a known one.
# Verbs that say an event began: what they begin is an event of its own, though the text has
# reported another ("وعقب التوقيع، انطلقت ... الدورة التدريبية الأولى").
START_VERBS = ("انطلقت", "انطلق", "وانطلقت", "وانطلق", "بدأت", "وبدأت", "بدأ", "وبدأ", "دشن", "دشنت",
               "ودشن", "ودشنت")  # fmt: skip

EVENT_VERBS = (
    "نظمت", "نظم", "عقدت", "عقد", "انطلقت", "انطلق", "اقامت", "اقام", "اختتمت", "اختتم",
    "افتتح", "افتتحت", "شارك", "شاركت", "وقع", "وقعت", "استضافت", "استضاف", "تنظم", "تعقد",
    "افتتحا", "اختتما", "نظما",  # two together: "ثم افتتحا معا ورشة عمل"
    "أمضى", "أمضت", "احتضن", "احتضنت",  # "احتضن قصر الثقافة يوما دراسيا"
    "دشن", "دشنت",  # "وعقب اللقاء، دشنت الدكتورة ... الدورة التدريبية"
    "عقدا", "استقبل", "استقبلت", "جرى", "تم", "نفذت", "نظمتها", "عقدتها", "شهدت", "شهد",
    "ترأس", "تراس", "ترأست", "تراست",  # "وعقب اللقاء، ترأس الوزير اجتماعا موسعا"
    "عقدوا", "نظموا",  # "وكان الوكلاء قد عقدوا أمس اجتماعهم التحضيري"
    "حضر", "حضرت",  # "حضر الوفد ظهر اليوم افتتاح دورة تدريبية"
    "التقى", "التقت", "اجتمع", "اجتمعت",  # "كان الوزير قد اجتمع أمس مع سفير ...": its own day
    "زار", "زارت",  # "وفي سياق متصل، زار الوفد صباح اليوم الأربعاء الأكاديمية"
    "تفقد", "تفقدت",  # "إلى ذلك، تفقد وفد من لجنة حقوق الإنسان ... سجن رومية أمس"
    "اشرف", "اشرفت", "واشرف", "واشرفت",  # "أشرف الوالي والسفيرة على افتتاح دورة تكوينية"
    "زاروا",  # "وكان الوفد ... قد زاروا أمس إدارة الطب الشرعي"
    "انعقدت", "انعقد", "التأمت", "التأم",  # "وفي اليوم نفسه، التأمت ... أشغال الدورة الخامسة"
)  # fmt: skip
# An act told as done earlier on the day of the event reported: "وفي وقت سابق من يوم ...، زارت
# السفيرة ...".
EARLIER_ON = ("في وقت سابق", "وفي وقت سابق")
# Verbs of performing an act: "إثر ذلك، قام ضباط الاتصال بجولة ميدانية في المركز" starts an
# event after one of another kind, but is part of one of its own kind ("كما قام الوفد بجولة").
PERFORMING_VERBS = ("قام", "قامت", "قاموا", "قاما")

# A lecture is an event of its own where a body organized it ("نظمت الكلية محاضرة علمية"): a
# seminar, as the genre counts a single talk to an audience.
LECTURES = ("محاضره", "محاضرة")
LECTURE_KIND = "seminar"
ORGANIZING_VERBS = ("نظمت", "نظم", "عقدت", "عقد", "اقامت", "اقام", "أقامت", "أقام", "تنظم", "ينظم",
                    "نفذت", "نفذ", "احتضنت", "احتضن")  # fmt: skip

# Talks a sentence opens with, with whom they were held: "بحث وزير الداخلية، اليوم، مع سفير
# ..."، "وفي دمشق، بحث الوزير أمس مع وفد ...": a guest's call, a visit ("وبحث الجانبان" only
# says what one was about).
TALKS_VERBS = ("بحث", "وبحث", "بحثت", "وبحثت")
TALKS_WITH = "مع"
TALKS_REACH = 15  # tokens from the sentence's first to مع
# Verbs that put an event before the one told: "وكان الاجتماع قد سبقه أمس اجتماع تحضيري ...".
PRECEDING_VERBS = ("سبقه", "سبقها", "سبق", "وسبق", "سبقت", "وسبقت")
# Words that put an event right after the one before ("وعقب مراسم التوقيع، احتضن ...").
FOLLOWING_WORDS = ("عقب", "وعقب", "إثر", "وإثر", "أعقاب", "عقيب")

# Verbs that open a clause with و, where a release runs its sentences on without a mark ("...
# بمنفذ السلوم البري وناقش الاجتماع ... وعقب الاجتماع استقبل المحافظ ..."): the clauses a
# long sentence with no comma or period is read as.
RUN_ON_CLAUSE_OPENERS = (
    "وناقش", "وناقشت", "وأكد", "وأكدت", "وعقب", "وكان", "وكانت", "وأشاد", "وأشادت", "وقال",
    "وقالت", "وأضاف", "وأضافت", "واستقبل", "واستقبلت", "وتم", "وجرى", "وشدد", "وشددت", "ووقع",
    "ووقعت", "وعقد", "وعقدت", "وترأس", "وبحث", "وبحثت", "واطلع", "واطلعت", "وتفقد", "وتناول",
    "وتناولت", "واستعرض", "واستعرضت", "ونظم", "ونظمت", "وافتتح", "وافتتحت", "واختتم",
    "واختتمت", "وحضر", "وحضرت", "وأوضح", "وأوضحت", "وأشار", "وأشارت",
)  # fmt: skip
RUN_ON_WORDS = 45  # a sentence this long with no comma runs its clauses on

# Roles an event of a kind cannot carry, whatever cue seems to name them: a reception has a host
# and its guests, not a partner, a funder, an opener or an organizer ("بالتعاون مع" in a visit
# speaks of the programmes discussed); the parties to a signing sign it, none organizes it; a
# council's session has no partner of its own.
ROLES_A_KIND_LACKS = {
    "visit": ("partner", "funder", "opener", "organizer"),
    "agreement-signing": ("partner", "organizer", "opener"),
    "council-session": ("partner",),
}

# Roles that an event of a kind gives to those who take part: the one "heading" a visit heads
# the delegation that comes ("وفد برئاسة ..."), a guest like the others.
ROLES_TAKING_PART = {"visit": ("chair",)}

# Posts whose holder heads a general secretariat: the secretary-general of a council receives at
# its general secretariat.
SECRETARIAT_HEADS = ("secretary-general", "assistant-secretary-general")

# Meetings held before the one reported, told in the pluperfect on a day of their own ("وكانت
# اللجنة التحضيرية قد عقدت اجتماعها أمس"), and the verbs that hold them.
EARLIER_MEETINGS = ("meeting",)
HOLDING_VERBS = ("عقدت", "عقد", "عقدتا", "عقدا", "عقدوا")
