"""Generic kinds of agencies a text may name, and short forms that refer back to an agency."""

# Phrases naming a kind of body without naming one → agency-kind concept slug.
GENERIC_KINDS = {
    "اجهزه الاستخبارات": "intelligence-service", "اجهزه المخابرات": "intelligence-service",
    "الاستخبارات": "intelligence-service", "المخابرات": "intelligence-service",
    "الامن العام": "public-security-service", "ادارات الامن العام": "public-security-service",
    "امن الحدود": "border-security-service", "حرس الحدود": "border-security-service",
    "الامن الالكتروني": "cyber-security-service", "ادارات الامن الالكتروني": "cyber-security-service",
    "الامن السيبراني": "cyber-security-service",
    "الاجهزه الامنيه": "security-service", "الجهات الامنيه": "security-service",
    "اجهزه الشرطه": "police-service", "الشرطه": "police-service",
    "مؤسسات المجتمع المدني": "civil-society-organization",
    "المنظمات المدنيه": "civil-society-organization",
}  # fmt: skip

# A short form refers to the one agency of its class the document names, if exactly one.
SHORT_FORMS = {
    "الامانه العامه للمجلس": "GeneralSecretariat", "الامانه العامه": "GeneralSecretariat",
    "المجلس": "Council", "الجامعه": "University", "الوزاره": "Ministry",
    "المنظمه": "InternationalOrganization", "المشروع": "FundedProject",
    "المكتب": "SpecializedOffice", "الاكاديميه": "Academy", "المركز": "ResearchCentre",
    "المعهد": "Academy", "الكليه": "Academy", "المديريه": "GovernmentBody",
    "الجمعيه": "CivilSocietyOrganization", "الهييه": "GovernmentBody", "الجهاز": "GovernmentBody",
    "المصلحه": "GovernmentBody", "الوحده": "GovernmentBody", "الاداره": "GovernmentBody",
    "الوكاله": "GovernmentBody", "القوه": "SecurityService", "الشبكه": "CivilSocietyOrganization",
    "البعثه": "SpecializedOffice",
    # bodies whose kind no class names alone: only the one body of that head
    "الشركه": "GovernmentBody", "الموسسه": "GovernmentBody", "المفوضيه": "GovernmentBody",
    "الرابطه": "GovernmentBody", "الدايره": "GovernmentBody",
    "القياده": "GovernmentBody", "البرنامج": "GovernmentBody", "اللجنه": "GovernmentBody",
    "التحالف": "GovernmentBody",
}  # fmt: skip

# Head nouns that start the name of a body the registry may not know → ontology class.
HEADS = {
    "وزارة": "Ministry",
    "مديرية": "GovernmentBody", "المديرية العامة": "GovernmentBody",
    "الإدارة العامة": "GovernmentBody", "إدارة": "GovernmentBody", "دائرة": "GovernmentBody",
    "قطاع": "GovernmentBody", "مصلحة": "GovernmentBody", "المصلحة المركزية": "GovernmentBody",
    "ديوان": "GovernmentBody", "الديوان الوطني": "GovernmentBody", "هيئة": "GovernmentBody",
    "جهاز": "GovernmentBody", "قيادة": "GovernmentBody", "مستشارية": "GovernmentBody",
    "النيابة العامة": "GovernmentBody", "المحكمة": "GovernmentBody", "محكمة": "GovernmentBody",
    "نيابة": "GovernmentBody",  # "نيابة الجرائم الإلكترونية"; "نيابة عن" names no body
    "لجنة": "GovernmentBody", "اللجنة الوطنية": "GovernmentBody",
    "المجلس الأعلى": "GovernmentBody", "مجلس": "GovernmentBody", "الوكالة": "GovernmentBody",
    "وكالة": "GovernmentBody", "فريق الخبراء": "GovernmentBody", "وحدة": "GovernmentBody",
    "شعبة": "GovernmentBody", "قسم": "GovernmentBody", "خلية": "GovernmentBody",
    "مكتب": "GovernmentBody", "المكتب المركزي الوطني": "PoliceService",
    "المكتب المركزي": "GovernmentBody", "المكتب الإقليمي": "InternationalOrganization",
    "المديرية المركزية": "GovernmentBody", "الإدارة الفرعية": "GovernmentBody",
    "المديرية الفرعية": "GovernmentBody", "الهيأة العامة": "GovernmentBody",
    "الإدارة الجهوية": "GovernmentBody", "المديرية الجهوية": "GovernmentBody",
    "الإدارة المركزية": "GovernmentBody",
    # the Maghreb's regional and provincial services: "المصلحة الولائية للشرطة القضائية",
    # "الفرقة الجهوية للشرطة القضائية", "القيادة الجهوية للدرك الملكي"
    "المصلحة الولائية": "PoliceService", "المصلحة الجهوية": "GovernmentBody",
    "المصلحة الإقليمية": "GovernmentBody", "الفرقة الجهوية": "PoliceService",
    "الفرقة الولائية": "PoliceService", "القيادة الجهوية": "SecurityService",
    "المديرية الولائية": "GovernmentBody", "الإدارة الولائية": "GovernmentBody",
    "دفاع مدني": "SecurityService",  # Jordan's local commands: "دفاع مدني العقبة"
    "هيأة": "GovernmentBody", "الديوانة": "GovernmentBody", "الأكاديمية": "Academy",
    "الجمعية الوطنية": "CivilSocietyOrganization", "الجمعية العامة": "Council",
    "المنظمة الدولية": "InternationalOrganization", "رئاسة الجمهورية": "GovernmentBody",
    "شرطة": "PoliceService", "أمن ولاية": "PoliceService", "أمن محافظة": "PoliceService",
    "مركز": "ResearchCentre", "المركز الوطني": "GovernmentBody",
    "المركز الإقليمي": "ResearchCentre", "المركز الدولي": "ResearchCentre",
    "مختبر": "ResearchCentre", "جامعة": "University",
    "كلية": "Academy", "معهد": "Academy", "المعهد الدولي": "Academy", "أكاديمية": "Academy",
    "عمادة": "GovernmentBody",  # a university's deanship: "عمادة شؤون الطلبة"
    "جمعية": "CivilSocietyOrganization",
    "مؤسسة": "CivilSocietyOrganization", "الهلال الأحمر": "CivilSocietyOrganization",
    "الكشافة": "CivilSocietyOrganization", "اتحاد": "RegionalOrganization",
    "الاتحاد الدولي": "InternationalOrganization", "منظمة": "CivilSocietyOrganization",
    # "تحالف الأمم المتحدة للحضارات", "التحالف الدولي لمكافحة داعش"
    "تحالف": "InternationalOrganization",
    "شركة": "Company", "البرنامج الوطني": "GovernmentBody",
    "مشروع": "FundedProject", "البرنامج العالمي": "FundedProject",
    "برنامج": "FundedProject",  # only before the body that runs it (kg.extract.agencies)
    "الادعاء العام": "GovernmentBody", "الأمن العام": "PublicSecurityService",
    "البنك المركزي": "GovernmentBody", "صندوق": "InternationalOrganization",
    "جمارك": "GovernmentBody", "الجمارك": "GovernmentBody", "سلطة": "GovernmentBody",
    "قوة": "SecurityService", "قوات": "SecurityService", "الدرك الوطني": "PoliceService",
    # navies: "القوات البحرية المصرية", "البحرية السلطانية العمانية", "القوة البحرية للاتحاد
    # الأوروبي" (by an adjective that names one, see ADJECTIVE_HEADS)
    "القوات البحرية": "SecurityService", "القوة البحرية": "SecurityService",
    "البحرية": "SecurityService",
    "قيادة الدرك": "PoliceService", "حرس السواحل": "BorderSecurityService",
    "حرس الحدود": "BorderSecurityService", "الحرس الوطني": "SecurityService",
    "الأمانة الفنية": "GeneralSecretariat",
    "المجلس القومي": "GovernmentBody", "المجلس الوطني": "GovernmentBody",
    "الجامعة": "University", "الشرطة": "PoliceService",
    "اللجنة": "GovernmentBody",
    "الهيئة الوطنية": "GovernmentBody", "الهيئة العامة": "GovernmentBody",
    "الحرس": "SecurityService", "فرع": "GovernmentBody",
    "مدرسة": "Academy", "المدرسة العليا": "Academy", "المدرسة الوطنية": "Academy",
    "نادي": "CivilSocietyOrganization",
    "بعثة": "SpecializedOffice", "شبكة": "CivilSocietyOrganization", "شؤون": "GovernmentBody",
    "مدينة تدريب": "Academy", "المعهد العالي": "Academy", "قوى": "SecurityService",
    "حكومة": "GovernmentBody", "الفرقة الوطنية": "PoliceService",
    "الفرقة المركزية": "PoliceService",
    # the Maghreb's delegations ("المندوبية العامة لإدارة السجون", "المندوبية الجهوية ...")
    "مندوبية": "GovernmentBody", "المندوبية العامة": "GovernmentBody",
    "المندوبية الوطنية": "GovernmentBody", "المندوبية الجهوية": "GovernmentBody",
    # a fire brigade ("فوج إطفاء بيروت") and a national response team
    "فوج إطفاء": "GovernmentBody", "فوج الإطفاء": "GovernmentBody",
    "الفريق الوطني": "GovernmentBody", "فريق الاستجابة": "GovernmentBody",
    "المنظمة العربية": "RegionalOrganization", "الاتحاد العربي": "RegionalOrganization",
    "المرصد الوطني": "GovernmentBody", "مرصد": "ResearchCentre", "المعهد الوطني": "Academy",
    "المعهد الملكي": "Academy", "نقابة": "CivilSocietyOrganization",
    "خفر السواحل": "BorderSecurityService", "القوات المسلحة": "SecurityService",
    "جيش": "SecurityService", "قطب": "GovernmentBody", "الضابطة": "SecurityService",
    "القيادة العامة": "SecurityService",  # "والقيادة العامة لشرطة دبي": the next body of a list
    "مفوضية": "GovernmentBody", "المفوضية السامية": "InternationalOrganization",
    "معتمدية": "GovernmentBody",  # "معتمدية اللاجئين" (Sudan)
    "مستشفى": "GovernmentBody", "مستشفيات": "GovernmentBody",  # "مستشفى الشرطة بعدن"
    # a headquarters that names the body ("رئاسة قوات الشرطة", "رئاسة أمن الدولة"), not the
    # chairmanship of one ("رئاسة المجلس")
    "رئاسة النيابة العامة": "GovernmentBody", "رئاسة قوات": "SecurityService",
    "رئاسة أمن": "SecurityService", "رئاسة الأركان": "SecurityService",
    "رئاسة الشرطة": "PoliceService", "رئاسة الحرس": "SecurityService",
    "الحماية المدنية": "SecurityService",  # "الحرس الوطني والحماية المدنية": two bodies
    "أمانة": "GeneralSecretariat",
    # Maghrebi regional commands: "ولاية أمن مراكش", "المنطقة الإقليمية للأمن بالناظور",
    # "المجموعة الإقليمية للدرك الوطني", "المجموعة الجهوية للحرس الوطني"
    "ولاية أمن": "PoliceService", "المنطقة الإقليمية للأمن": "PoliceService",
    "الأمن الإقليمي": "PoliceService", "المجموعة الإقليمية": "PoliceService",
    "المجموعة الجهوية": "SecurityService", "المفوضية الإقليمية": "PoliceService",
    "المنطقة الأمنية": "PoliceService",
    "بلدية": "GovernmentBody",  # "بلدية إربد الكبرى"
    "رابطة": "CivilSocietyOrganization", "الرابطة": "CivilSocietyOrganization",
    "متحف": "GovernmentBody",  # "متحف الشرطة"
    "سفارة": "GovernmentBody", "السفارة": "GovernmentBody",
    # corps named by their arm: "سلاح البحرية الملكي البحريني", "سلاح الكارابينييري"
    "سلاح البحرية": "SecurityService", "سلاح الجو": "SecurityService",
    "سلاح الكارابينييري": "PoliceService",
    # Tunisia's regional commands ("إقليم الحرس البحري بصفاقس") and Algeria's naval façades
    # ("قيادة الواجهة البحرية للوسط"); not a region ("إقليم كردستان")
    "إقليم الحرس": "SecurityService", "إقليم الأمن": "PoliceService",
    "الواجهة البحرية": "SecurityService",
}  # fmt: skip

# Adjectives of a regional unit, whose name takes the city it serves ("المديرية الجهوية للجمارك
# بتمنراست", "الإدارة الجهوية للحماية المدنية بمدنين").
REGIONAL_ADJECTIVES = ("الجهوية", "الجهوي", "الإقليمية", "الإقليمي", "الولائية", "الولائي")

# Heads that, with the article, name a body when a naming adjective follows ("المركز الخليجي
# لإدارة حالات الطوارئ", "الجهاز القومي لتنظيم الاتصالات", "الضابطة الجمركية"). Not heads that
# with the article are mostly common nouns ("الحكومة", "الإدارة الأمنية", "الشؤون", "البعثة").
DEFINITE_FORM_HEADS = (
    "مركز", "معهد", "جهاز", "شبكة", "قطب", "جيش", "أمانة", "مرصد", "مختبر", "صندوق",
    "اتحاد", "مجلس", "منظمة", "هيئة", "مديرية", "كلية", "مدرسة", "جمعية", "مؤسسة", "مكتب",
    "مفوضية", "حكومة", "شركة",
)  # fmt: skip

# Adjectives that make "الشرطة" or "الجامعة" one body, besides states' adjectives.
NAMING_ADJECTIVES = ("القضائية", "الإسلامية", "الأمريكية", "الوطنية", "البحري", "الأميري",
                     "الملكي", "الجمهوري", "المدني", "المشتركة", "العليا", "الدائمة",
                     "الجمركية", "العدلية")  # fmt: skip
# "General" names a body only with what it is general for after it ("المؤسسة العامة للغذاء
# والدواء"); alone it describes ("المؤسسات العامة").
GENERAL_ADJECTIVES = ("العامة", "العام")

# Adjectives of a region or reach, which make a body's name of a head that names institutions
# ("المركز الخليجي", "الجهاز القومي", "المعهد العالي") but not of a head that also names a
# service in general ("جهود الشرطة الإفريقية").
REACH_ADJECTIVES = ("الخليجية", "العربية", "الأفريقية", "الإفريقية", "الأوروبية", "الإقليمية",
                    "الدولية", "القومية", "الاتحادية", "الفيدرالية", "العسكرية", "الأعلى",
                    "العالي")  # fmt: skip

# Definite heads that name a body only with an adjective ("الجامعة اللبنانية", "الشرطة
# القضائية"); alone they are short forms.
ADJECTIVE_HEADS = ("الجامعة", "الشرطة", "الجمارك", "الحرس", "اللجنة", "الديوانة", "الأكاديمية",
                   "الضابطة", "البحرية", "القوات البحرية")  # fmt: skip

# Heads that are also adjectives, which after a definite noun qualify it ("الحدود البحرية
# الإسبانية": Spain's sea borders), not start a body's name.
NISBA_HEADS = ("البحرية",)

# Unit heads that with one definite word alone name a kind of unit, not a body ("مركز التدريب",
# "إدارة المخاطر", "قسم المواد", "مكتب التحقيقات"): a unit's name says more ("مركز التدريب
# التابع للمديرية", "إدارة مكافحة المخدرات").
SHORT_UNIT_HEADS = ("مركز", "مكتب", "قسم", "إدارة", "وحدة", "مختبر", "قطاع")

# A centre or room of command, control, operations or coordination ("مركز القيادة والسيطرة",
# "مركز العمليات البحرية المشترك", "غرفة العمليات"): a facility a body works from, not a body,
# unless its reach names it ("مركز القيادة الوطني", "مركز العمليات الخليجي").
# A state's government is a body the text names when it is another state's ("الحكومة
# اليابانية" funding a course in Egypt); the document's own government is its setting.
GOVERNMENTS = ("الحكومة",)

# A border post ("مركز حدود جابر"): a crossing, a place, not a body.
BORDER_POSTS = ("مركز حدود",)
CONTROL_ROOM_HEADS = ("مركز", "غرفة")
CONTROL_ROOM_WORDS = ("القيادة", "السيطرة", "العمليات", "التحكم", "التنسيق", "المراقبة")
NATIONAL_ADJECTIVES = ("الوطني", "الوطنية")

# Words before a quoted title that name a project by it: مشروع "دعم الإدارة المتكاملة للحدود".
QUOTED_PROJECT_WORDS = ("مشروع", "برنامج", "مبادرة")

# Heads whose body is a unit of the body named after it ("إدارة ... لوزارة ...").
UNIT_HEADS = (
    "إدارة", "الإدارة العامة", "مديرية", "المديرية العامة", "وحدة", "شعبة", "قسم", "مكتب",
    "مركز", "كلية", "معهد", "دائرة", "قطاع", "مصلحة", "خلية", "الأمانة العامة", "فرع",
    "عمادة",
)  # fmt: skip

# Heads of a unit whose genitive names the body it belongs to ("مكتب المنظمة الدولية للهجرة في
# بورتسودان"); after other unit heads the genitive names what the unit deals with ("إدارة
# الإنتربول").
GENITIVE_UNIT_HEADS = ("مكتب", "المكتب الإقليمي", "فرع", "الأمانة العامة", "الأمانة الفنية",
                       "بعثة")  # fmt: skip

# Heads of institutions that may be named after a person ("جامعة العلوم والتكنولوجيا هواري
# بومدين", "المركز الدولي للمؤتمرات عبد اللطيف رحال"); universities also by an epithet after
# their city ("جامعة تونس المنار").
EPONYM_HEADS = ("جامعة", "مركز", "المركز", "كلية", "معهد", "المعهد", "أكاديمية", "الأكاديمية",
                "مدرسة", "المدرسة", "مستشفى")  # fmt: skip
EPITHET_HEADS = ("جامعة",)

# Services that a body's ل-phrase may join to what it serves with و ("المدرسة الوطنية لتكوين
# إطارات الأمن الوطني والشرطة الوطنية", "المديرية المركزية للهجرة وشرطة الحدود"), and the
# verbal nouns of training whose objects they may be.
SERVICE_WORDS = ("شرطة", "الشرطة", "أمن", "الأمن", "درك", "الدرك", "حرس", "الحرس", "جمارك",
                 "الجمارك")  # fmt: skip
TRAINING_NOUNS = ("تكوين", "تدريب", "تأهيل", "إعداد")

# Fields a ministry's portfolio may join with و even where a service of that name exists:
# "وزارة الداخلية والأمن العام", "وزير الأمن والحماية المدنية المالي" name one ministry.
MINISTRY_FIELDS = ("الأمن", "الحماية")
# "وزارة الداخلية والأمن العام والإدارة الإقليمية": the territorial administration a ministry
# of the interior also holds, not the general directorate beside it ("والإدارة العامة ...").
TERRITORIAL_ADMINISTRATION = ("الإقليمية", "المحلية", "الترابية")
# A sector a ministry's deputy or assistant holds: "مساعد وزير الداخلية لقطاع الأمن العام".
MINISTRY_SECTORS = ("قطاع",)
MINISTRY_HEADS = ("وزارة", "وزير", "الوزارة", "الوزير")
MAX_PORTFOLIO_REACH = 4  # "وزير الشؤون الداخلية والأمن الوطني": words between the head and و

# Regions a body's name may end with after في ("منظمة تعاون رؤساء أجهزة الشرطة في شرق
# أفريقيا", "مشروع مكافحة الإرهاب في الشرق الأوسط وشمال أفريقيا"); a state or city there is
# where the body is, not its name.
REGIONS = ("شرق", "غرب", "شمال", "جنوب", "وسط", "الشرق الأوسط", "المغرب العربي", "منطقة الشرق",
           "منطقة الساحل", "منطقة الخليج", "الخليج العربي", "القرن الأفريقي", "أفريقيا", "إفريقيا",
           "أوروبا", "آسيا", "الأوسط", "أمريكا اللاتينية")  # fmt: skip

# Heads that name a body only standing alone ("شؤون الجمارك"); with ل or و attached they are a
# portfolio ("وكيل الوزارة لشؤون الشرطة") or more of a name ("مصلحة الجوازات وشؤون الأجانب").
PORTFOLIO_HEADS = ("شؤون",)

# Heads that name a body only with the purpose it serves ("شبكة النساء العربيات لمناهضة ...");
# without one they are common nouns ("شبكة الإنترنت", "شبكة الشراكات").
PURPOSE_HEADS = ("شبكة",)

# Heads of the command or directorate of a force, which is the force itself: "مديرية شرطة محافظة
# نابلس" is "شرطة محافظة نابلس", "المديرية العامة لقوى الأمن الداخلي" is "قوى الأمن الداخلي".
COMMAND_HEADS = ("المديرية العامة", "مديرية", "القيادة العامة", "قيادة", "جهاز", "الإدارة العامة",
                 "رئاسة")  # fmt: skip

# Of those, the heads a body's own command is named by, with the body after them ("القيادة
# العامة لشرطة دبي", "قيادة خفر السواحل"), and the forces between ("القيادة العامة لقوات الأمن
# العام"): the command is the body the registry or the text already names.
FORCE_COMMANDS = ("قيادة", "القيادة العامة")
FORCES = ("لقوات", "قوات")

# Spellings of one word in bodies' names ("هيأة" in Iraq for "هيئة").
SPELLINGS = {"هيأة": "هيئة", "الهيأة": "الهيئة"}

# Words for an administrative division, which a body's name may leave out before the place
# ("شرطة محافظة نابلس", "شرطة نابلس").
DIVISION_WORDS = ("محافظة", "منطقة", "ولاية", "إمارة")

# Plural nouns for bodies in general, which after و start a new phrase, not more of a name
# ("بين المكتب الاتحادي للشرطة الجنائية والأجهزة الأمنية المصرية").
COLLECTIVE_NOUNS = ("الأجهزة", "الجهات", "الدول", "المؤسسات", "الهيئات", "المنظمات", "الوزارات",
                    "الشركاء", "الإدارات", "المديريات", "المصالح", "الوحدات", "الجمعيات",
                    "النقابات", "المراكز",
                    # a side or party, not a body: "بين وزارة الداخلية والجانب الياباني"
                    "الجانب", "الطرف", "الأطراف")  # fmt: skip
# The same in construct ("ومنظمات المجتمع المدني", "وهيئات إنفاذ القانون").
COLLECTIVE_HEADS = ("أجهزة", "جهات", "مؤسسات", "هيئات", "منظمات", "وزارات", "إدارات", "مديريات",
                    "جمعيات", "مراكز", "مصالح", "وحدات", "حكومات")  # fmt: skip

# Words between a unit and the body it belongs to.
UNIT_LINKS = ("في", "لدى", "التابع ل", "التابعة ل", "التابع", "التابعة", "ب")

# Prepositions and particles that end an agency name.
# Particles of negation, which start a clause ("الجامعة الوطنية لا يمكن أن ...").
NEGATIONS = ("لا", "لم", "لن", "ليس", "ليست", "ما")

# Participles that, with من after them, say who funds or runs a body named just before ("مركز
# ... لمكافحة تمويل الإرهاب المدعوم من وزارة الخزانة"): no word of its name.
FUNDED_BY = ("المدعوم", "المدعومة", "الممول", "الممولة", "المنفذ", "المنفذة")

# Purposes, which end a name ("... لتقديم الدعم" is what a body does), but after an institution's
# head and its adjectives are more of its name ("المركز الخليجي لتبادل المعلومات"). A visit's
# purposes (للاطلاع، لبحث، لمناقشة) are never a name's.
PURPOSES = (
    "لتقديم", "لتعزيز", "لإعداد", "لتنفيذ", "لمتابعة", "لدعم", "لتبادل", "لمنتسبي", "لمنسوبي",
    "لفائدة", "لصالح", "لاستقبال",
)  # fmt: skip

NAME_ENDS = (
    "في", "من", "على", "إلى", "عن", "مع", "لدى", "خلال", "حول", "بين", "عبر", "منذ", "حتى", "ضد",
    "نحو", "التي", "الذي", "الذين", "اللذين", "اللتين", "كما", "و", "أو", "ثم", "بعد", "قبل",
    "أن", "إن", "قد", "لقد", "هذا", "هذه", "ذلك", "تلك", "كل", "عدد", "أحد", "إحدى", "بشأن",
    "داخل", "خارج",
    "ممثلا", "ممثلة", "بحضور", "بمشاركة", "بصفته", "بصفتها", "بهدف", "وذلك", "حيث", "فيما",
    # the title's adjective after the body: "وكيل وزارة الداخلية المساعد"
    "المساعد", "المساعدين",
    # a counterpart named after the body: "الفرقة الوطنية للشرطة القضائية ونظيرتها الإسبانية"
    "ونظيرتها", "ونظيرها", "ونظيره", "ونظيرته", "ونظراؤها", "ونظرائها", "ونظرائه",
    # purpose clauses: "... لتقديم الدعم" is what a body does, not its name
    *PURPOSES, "لبحث", "لمناقشة", "للتباحث", "للاطلاع",
    # time: "رئيسة للجمعية العامة للعهدة المقبلة"
    "للعهدة", "للفترة", "لفترة", "للعام", "لعام", "للعامين", "للسنة", "لسنة", "لمدة", "التابع",
    # a count of what a body did: "نفذته الجامعة الوطنية للشرطة لعدد من الضباط", "لما مجموعه"
    "لعدد", "لما", "لمجموع", "التابعة", "التابعين", "الرامية", "الرامي",
    "الهادفة", "الهادف", "الساعية", "المكلفة", "المكلف", "المقرر", "المقررة",
    # a session still to come, a committee that came out of a meeting: the body's state then
    "المرتقبة", "المرتقب", "المقبلة", "المقبل", "المنبثقة", "المنبثق",
    # a preposition with a pronoun refers back: "أعيد قسم منها", "مركز الشرطة المجتمعية فيه"
    "منها", "منه", "منهم", "عنها", "عنه", "عليها", "عليه", "إليها", "إليه", "فيها", "فيه",
    "بها", "به", "لديها", "لديه", "معها", "معه", "لها", "له", "لهم",
)  # fmt: skip

# Words after a head that make it a common noun ("مشروع القانون": a draft law; "مجلس الإدارة").
NOT_NAMES = (
    "مشروع القانون", "مشروع الخطة", "مشروع قانون", "مشروع قرار", "مشروع الاتفاقية",
    "مشروع إنشاء", "مشروع تقرير", "مشروع تعديل", "مشروع إعداد", "مشروع تطوير",
    "مشروع الاستراتيجية", "مشروع الدليل", "مشروع النظام", "مشروع الميثاق", "مجلس إدارة",
    # drafts of documents a meeting adopts ("أقر الاجتماع مشروع جدول الأعمال")
    "مشروع جدول", "مشروع القرار", "مشروع قرارات", "مشروع القرارات", "مشروع خطة",
    "مشروع اتفاقية", "مشروع اتفاق", "مشروع الاتفاق", "مشروع مذكرة", "مشروع المذكرة",
    "مشروع موازنة", "مشروع الموازنة", "مشروع ميزانية", "مشروع الميزانية", "مشروع التقرير",
    "مشروع بيان", "مشروع البيان", "مشروع إعلان", "مشروع الإعلان", "مشروع توصيات",
    "مشروع التوصيات", "مشروع لائحة", "مشروع اللائحة", "مشروع وثيقة", "مشروع الوثيقة",
    "مشروع مدونة", "مشروع المدونة", "مشروع دليل", "مشروع استراتيجية", "مشروع ميثاق",
    "مشروع نظام", "مشروع اتفاقيات", "مشروع مذكرات", "مشروع مرسوم", "مشروع المرسوم",
    # works a body carries out, not a funded project that acts ("مشروع رقمنة رخصة السياقة",
    # "مشروع محطة الضبعة", "مشروع نص تنظيمي")
    "مشروع أتمتة", "مشروع رقمنة", "مشروع ربط", "مشروع بناء", "مشروع نص", "مشروع محطة",
    "هيئة التدريس", "قسم التدريب", "مجلس الأمن", "قطاع العملات",
    # a conference's working committees
    "لجنة الصياغة", "لجنة التوصيات", "لجنة التحكيم",
    # "كلما اقتضت مصلحة العمل": the good of the service; "بديوان عام الوزارة": its head office
    "مصلحة العمل", "ديوان عام", "ديوان الوزارة",
    # the circuit a meeting is held over ("عبر دائرة الاتصال المرئي"), no department
    "دائرة الاتصال", "الدائرة التلفزيونية", "دائرة تلفزيونية", "دائرة مغلقة",
    # a body's board ("رئيس مجلس أمناء الوحدة", "رئيس مجلس مفوضي الهيئة"): the post is in
    # the body
    "مجلس أمناء", "مجلس الأمناء", "مجلس الإدارة", "مجلس مفوضي", "مجلس المفوضين",
    # a state's security services as a whole ("دعم المؤسسة الأمنية الفلسطينية"), no one body
    "المؤسسة الأمنية", "المؤسسات الأمنية", "المؤسسة العسكرية",
    # a branch of the police, not a body, unless a longer name holds it ("المديرية المركزية
    # للشرطة القضائية", "الفرقة الوطنية للشرطة القضائية")
    # common phrases: "السلب بقوة السلاح", "إيمانها بوحدة المصير"
    "قوة السلاح", "وحدة المصير", "وحدة الصف", "وحدة الموقف", "وحدة الهدف",
    # a child's best interest; a police or polling station, a telephone: no body's name
    "مصلحة الطفل", "مركز شرطة", "مركز اقتراع", "مراكز اقتراع", "جهاز هاتف",
    # the good of both sides ("بما يخدم مصلحة البلدين"); a device ("جهاز راديو يعمل ...")
    "مصلحة البلدين", "مصلحة الجانبين", "مصلحة الطرفين", "مصلحة مشتركة", "مصلحة المواطن",
    "مصلحة الوطن", "جهاز راديو", "جهاز لاسلكي", "جهاز كشف", "جهاز تتبع", "جهاز حاسوب",
    "أجهزة كشف",
)  # fmt: skip

# Titles of laws and regulations: a body named in one ("وفق أحكام قانون خدمة عناصر قوى الأمن
# الداخلي") is part of the title, not a body the text names.
LAW_WORDS = ("قانون", "مرسوم", "لائحة", "اللائحة", "القانون", "المرسوم")

# Nouns that start with ب or ف, which is not a preposition there ("مركز بحوث الشرطة").
B_F_NOUNS = ("بحوث", "بحث", "برامج", "برنامج", "بعثة", "بنك", "بيت", "بناء", "فرع", "فريق",
             "فنون", "فضاء", "بيانات", "بلاغات", "بطاقات", "بضائع", "بنوك", "بعثات", "بلدان",
             "بلدية", "بلديات", "بيئة", "فرق", "فروع", "فئات", "فحص", "فعاليات")  # fmt: skip

# ب-phrases that belong to a body's name wherever they stand ("... والجالية الوطنية بالخارج").
BI_NAME_WORDS = ("بالخارج",)

# "النيابة العامة المختصة": the competent one, no part of the name, but for its field
# ("محكمة الكرخ المختصة بقضايا النزاهة").
COMPETENT = ("المختصة", "المختص")

# Nouns that take a preposition inside a name: "مركز الوقاية من الجريمة", "للحد من مخاطر
# الكوارث", "إدارة مكافحة العنف ضد المرأة", and adjectives naming a body's field.
PREPOSITION_TERMS = {
    # "المركز الوطني للإنذار المبكر من المخاطر المتعددة"
    "من": ("الوقاية", "الحد", "الحماية", "الإنذار"),
    "ضد": ("العنف",),
    # "القطب القضائي المتخصص في مكافحة الإرهاب", "اللجنة الوطنية للتحقيق في ادعاءات ..." (but
    # "فرع التحقيق في إدارة ...": a unit and its parent)
    "في": ("المساعدة", "المتخصص", "المتخصصة", "المختص", "المختصة", "للتحقيق"),
    # "المركز الوطني للرقابة على الالتزام البيئي", "مجلس الدول ... المطلة على البحر الأحمر",
    # "المجلس القومي للسلامة على الطرق"
    "على": ("الرقابة", "الإشراف", "المطلة", "المطل", "السلامة"),
}

# Verbal nouns whose object, the name's own subject, follows as a pronoun after و: "وحدة أمن
# الحدود وإدارتها", "مركز الوقاية من الجرائم المعلوماتية ومكافحتها".
OBJECT_PRONOUN_NOUNS = ("إدارة", "مكافحة", "محاربة", "حماية", "معالجة", "مراقبة", "تنظيم", "تطوير")

# Endings of a noun possessed by a pronoun ("نظامها", "برامجهما"), which no body's name has.
POSSESSIVE_SUFFIXES = ("ها", "هما", "اته")  # "اته": a plural's "his" ("جلساته")

# Whole phrases that name a field of work, not a body ("إصلاح قطاع الأمن"), though a longer
# name may start with them ("قطاع الأمن العام").
# border management, an expert's or a programme's field: "خبير إدارة الحدود في المنظمة ..."
TITLE_FIELDS = ("إدارة الحدود",)
# Services a title names by their field alone, no body's name: "مدير عام الجمارك سليمان ...".
SERVICE_FIELDS = ("الجمارك", "الجوازات", "المرور", "السجون", "الدفاع المدني", "الحماية المدنية",
                  "خفر السواحل", "حرس الحدود", "الأدلة الجنائية", "المباحث الجنائية",
                  "الجوازات والإقامة", "الإقامة", "المنافذ")  # fmt: skip
FIELD_NAMES = ("قطاع الأمن", "قطاع العدالة", "قطاع الشرطة", "قطاع الأمن والعدالة", *TITLE_FIELDS)

# What a name may be "for" after "من أجل": "الوكالة الإيطالية للتعاون من أجل التنمية",
# "الاتحاد من أجل المتوسط", "الصندوق الائتماني للطوارئ من أجل أفريقيا".
FOR_THE_SAKE_OF = ("التنمية", "السلام", "المتوسط", "أفريقيا", "إفريقيا", "الجنوب", "الديمقراطية")

# Words after which a ب-phrase still belongs to the name ("مكافحة الاتجار بالبشر",
# "فريق الخبراء المعني بمكافحة الجرائم").
BI_OPENERS = ("الاتجار", "المعني", "المعنية", "الخاص", "الخاصة", "المتعلقة", "المتعلق")

# Heads that may end with "في <city>" ("المكتب المركزي الوطني للإنتربول في عمان", "مكتب
# الإنتربول في بيروت"), a mission also with "لدى <state>" ("بعثة الاتحاد الأوروبي لدى الأردن"),
# a project with the state it serves ("مشروع تعزيز إدارة الحدود في العراق").
CITY_HEADS = (  # and an embassy with where it is ("سفارة اليابان لدى اليمن")
    "المكتب المركزي الوطني", "المكتب الإقليمي", "مكتب", "بعثة", "مشروع", "برنامج", "سفارة",
    "السفارة", "إقليم الحرس", "إقليم الأمن",
)  # fmt: skip
CITY_LINKS = ("في", "لدى", "إلى")  # "بعثة الاتحاد الأوروبي إلى لبنان"
# The state the text is about, named by its kind after an embassy: "سفارة جمهورية كوريا لدى
# المملكة" (not "لدى البلاد", the country in general).
HOST_STATE_WORDS = ("المملكة", "السلطنة", "الدولة")
# A prosecution attached to a court ("النيابة العامة لدى محكمة ولاية نواكشوط الغربية") is named
# with the court.
PROSECUTION_HEADS = ("النيابة العامة", "نيابة", "النيابة")
COURT_HEADS = ("محكمة",)
COURT_LINKS = ("لدى",)

# Offices of a body in a city or state ("مكتب منظمة الهجرة الدولية في بورتسودان", "بعثة المنظمة
# الدولية للهجرة في مصر"): that body where it works, not a body of their own. A named office
# keeps its city and stands as a body of its own ("المكتب الإقليمي للإنتربول في نيروبي").
LOCAL_OFFICE_HEADS = ("مكتب", "بعثة")

# Registry bodies whose office or mission in a state is a body in its own right: unions of
# states send delegations and missions ("بعثة الاتحاد الأوروبي لدى الأردن"), and INTERPOL's
# office in a state is that state's national central bureau ("مكتب الإنتربول في بيروت").
OWN_MISSIONS = ("un", "nato", "interpol", "eu", "african-union", "arab-league", "gcc", "oic",
                "osce", "amu", "ecowas", "igad", "asean")  # fmt: skip

# Titles inside a body's name after which a personal name follows ("جامعة الملك سعود",
# "جامعة القاضي عياض").
NAME_TITLES = ("الملك", "السلطان", "الأمير", "الإمام", "الشيخ", "الرئيس", "الجنرال", "المشير",
               "القاضي")  # fmt: skip

# Names so generic that they identify a body only with its country ("وزارة الداخلية").
# Heads of the names every state gives its own services ("الإدارة العامة للبحث الجنائي",
# "المديرية العامة لمكافحة المخدرات"): written without a state, such a name is the body of the
# text's own state.
NATIONAL_HEADS = ("الإدارة العامة", "المديرية العامة", "الهيئة العامة", "الإدارة المركزية",
                  "المديرية المركزية", "إدارة مكافحة", "مديرية مكافحة", "الإدارة الوطنية")  # fmt: skip

GENERIC_NAMES = (
    "وزارة الداخلية", "وزارة الخارجية", "وزارة العدل", "وزارة الدفاع", "وزارة المالية",
    "الأمن العام", "الأمن الوطني", "الشرطة", "النيابة العامة", "الادعاء العام",
    "الجمارك", "الحرس الوطني", "الدرك الوطني", "حرس الحدود", "حرس السواحل",
    "رئاسة الجمهورية",
)  # fmt: skip

# Adjectives that are not nisba forms but still qualify the noun before them inside a name
# ("الهيئة العامة", "الأمم المتحدة", "وزراء الداخلية العرب"). After a definite word, only an
# adjective continues a name: a second definite noun starts a new phrase ("الادعاء العام
# الأحد الماضي", "شعبة العلاقات العامة البلاغ التالي").
NAME_ADJECTIVES = (
    "العام", "العامة", "الخاص", "الخاصة", "الأعلى", "العليا", "الكبرى", "الأحمر", "الأخضر",
    "العرب", "الأول", "الثاني", "الثالث", "الجديد", "الجديدة", "الدائم", "الدائمة", "العظمى",
    "الحر", "المستقل", "المستقلة", "المتحدة", "المشترك", "المشتركة", "المعني", "المعنية",
    "المختص", "المختصة", "المتخصص", "المتخصصة", "المساعد", "المساعدة", "الموحد", "الموحدة",
    "المنظمة", "العنيف", "المنظم", "الخطير", "الخطيرة", "الصغيرة", "الخفيفة", "الثقيلة",
    # "قوات الدعم السريع", "مؤسسة تسيير الطرق السريعة"
    "السريع", "السريعة",
    # "وحدة القوى السيارة": mobile (riot) forces
    "السيارة",
    # elatives and other adjectives in names: "مركز الشرق الأوسط ...", "هيئة الموانئ والمناطق
    # الحرة", "البحر الأبيض المتوسط"
    "الأوسط", "الأدنى", "الأقصى", "الأبيض", "المتوسط", "الحرة",
    # what a body protects: "وحدة حماية الأهداف الهشة", "إدارة حماية الفئات الضعيفة"
    "الهشة", "الضعيفة", "الحيوية", "الحساسة",
    # "مركز متقدم للإسعافات": indefinite, a facility set up, no body's name
    "المتقدم", "المتقدمة", "المتكامل", "المتكاملة",
)  # fmt: skip

# Nouns whose genitive names a body without making it an actor: "اتفاقية الأمم المتحدة" (a
# convention), "دول مجلس التعاون" (its member states).
NOT_ACTOR_BEFORE = ("اتفاقية", "اتفاقيات", "ميثاق", "دول", "قرار", "قرارات", "معايير", "بروتوكول",
                    "بروتوكولات", "مبادئ", "قواعد", "استراتيجية", "إعلان")  # fmt: skip

# Verbal nouns whose genitive is a treaty, in a body's name: "اللجنة الوطنية لتنفيذ اتفاقية حظر
# الأسلحة الكيميائية", "وحدة دعم تنفيذ اتفاقية الأسلحة البيولوجية".
TREATY_ACTS = ("تنفيذ", "لتنفيذ", "تطبيق", "لتطبيق", "متابعة", "لمتابعة")

# Words before a city that name a treaty or process after it ("اتفاقية بودابست", "إعلان
# الرياض", "مسار الخرطوم"): the city is no place the news happens in.
TREATY_WORDS = ("اتفاقية", "اتفاقيات", "معاهدة", "ميثاق", "بروتوكول", "إعلان", "مسار")

# Heads that are also adjectives, and the nouns they qualify ("شبكة منظمة تنشط", "جريمة منظمة").
ADJECTIVAL_HEADS = {
    "منظمة": ("شبكة", "شبكات", "جريمة", "جرائم", "عصابة", "عصابات", "جماعة", "جماعات", "بصورة",
               "بطريقة", "بصفة"),
    # "برامج أكاديمية معتمدة", "مؤسسة أكاديمية": academic, no academy
    "أكاديمية": ("برامج", "برنامج", "مؤسسة", "مؤسسات", "شهادة", "شهادات", "درجة", "درجات",
                 "مناهج", "بحوث", "دراسات", "معايير", "خبرة", "مسيرة", "شراكة", "شراكات"),
}  # fmt: skip

# People a body sends ("24 ضابطا وضابطة من إدارة المباحث العامة"): "من" after them names the
# body they come from, a department, not the act of managing.
PERSONNEL_NOUNS = (
    "ضابطا", "ضابطة", "ضباط", "وضابطة", "منتسبي", "منتسبا", "عناصر", "عنصرا", "موظفي", "موظفا",
    "إطارا", "إطارات", "أطر", "ممثلين", "ممثلو", "ممثلي", "مسؤولين", "مسؤولي", "خبراء",
    "خبيرا", "متدربا", "متدربين", "مشاركا", "مشاركين", "أفراد", "فردا", "محققين", "محققا",
    "مأموري", "مأمورو", "أعضاء", "قضاة", "منسوبي", "رجال",  # "أعضاء النيابة العامة ومأموري الضبط"
)  # fmt: skip
PERSONNEL_REACH = 3  # words between them and "من" ("ضابطا وضابطة من")

# Heads that are also verbal nouns ("لإدارة الأزمات": for managing crises): with a preposition
# attached they start no name.
# What is managed, not a department's field, after "إدارة" in construct ("إدارة موقع الحادث",
# "إدارة مسرح الجريمة", "إدارة مخاطر الكوارث", "إدارة حشود الحج"): the act of managing.
MANAGED_THINGS = (
    "موقع", "مواقع", "مسرح", "مسارح", "مخاطر", "حشود", "مراكز", "حالات", "أزمات",
    # "تولوا إدارة نقطة الإسعاف الميدانية", "وإدارة غرف العمليات المشتركة"
    "مركز", "غرف", "غرفة", "نقطة", "نقاط", "مخيم", "مخيمات",
    "ملف", "ملفات",  # "في إدارة ملف الهجرة", "إدارة ملفات المتهمين": handling files
)  # fmt: skip

# Adverbs after an indefinite head noun: a common noun, no body's name ("بمشاركة ممثلين عن 41
# دولة ومنظمة حضوريا وعبر الاتصال المرئي").
ADVERBS = ("حضوريا", "افتراضيا", "رسميا", "ميدانيا", "عمليا", "نظريا", "إلكترونيا", "دوليا",
           "إقليميا", "محليا", "سنويا", "شهريا", "يوميا", "أسبوعيا", "عربيا", "وطنيا")  # fmt: skip

# Heads whose body's name may follow in quotation marks ('برنامج "إدارة أفضل للهجرة"').
QUOTED_NAME_HEADS = ("برنامج", "مشروع", "مبادرة")
# "برنامج تدريبي", "برنامج الزيارة": a head that names a body only before the body that runs it
# and its purpose ("برنامج الإيغاد لقطاع الأمن").
BODY_PROGRAMME_HEADS = ("برنامج",)

VERBAL_HEADS = ("إدارة", "قيادة", "مشروع", "برنامج")
# Words after which a verbal head is the topic an event is about ("دورة حول إدارة أمن الطيران").
TOPIC_WORDS = ("حول", "بعنوان")
# Words that make the definite name after them a description of the body before ("الجامعة،
# بوصفها الجهاز العلمي لمجلس وزراء الداخلية العرب"), not another body.
DESCRIBING_AS = ("بوصفها", "بوصفه", "باعتبارها", "باعتباره", "بصفتها", "بصفته")

# A press office that signs a release on its first line ("وزارة الداخلية – مكتب الإعلام الأمني")
# is its author line, not a body taking part in the news.
PRESS_OFFICE_WORDS = ("الإعلام", "الإعلامي", "العلاقات العامة", "العلاقات والإعلام")
MAX_BYLINE_WORDS = 20  # the release's first line, when it is a short line of its own

# Heads with the article that after و start a second body, not more of the first one's name
# ("بين وزارة الداخلية والمكتب الأممي", "بين الفرقة الوطنية ... والمديرية المركزية ..."). Not
# verbal nouns ("والإدارة", "والقيادة"), which continue names ("كلية الاقتصاد والإدارة").
COORDINATED_BODY_HEADS = (
    "المكتب", "المديرية", "الوزارة", "الهيئة", "المركز", "الوحدة", "المجلس", "اللجنة",
    "المنظمة", "الجمعية", "المؤسسة", "المعهد", "الأكاديمية", "الجامعة", "الشعبة", "الجهاز",
    "الوكالة", "البعثة", "المصلحة", "المدرسة", "الكلية", "الفرقة", "الدرك", "الشركة",
    "الرابطة", "النقابة", "الإدارة", "الدائرة", "المفوضية", "النيابة", "السفارة",
)  # fmt: skip

# Plurals and systems of a body's offices before its name ("منظمات الأمم المتحدة", "مكاتب
# الأمم المتحدة", "منظومة الأمم المتحدة"): unnamed parts of it, the body itself no party.
PARTS_OF_A_BODY = ("منظمات", "مكاتب", "وكالات", "منظومة", "هيئات", "آليات", "ومنظمات", "ومكاتب",
                   "ووكالات", "وهيئات", "وآليات")  # fmt: skip

# A police unit for international relations is named with INTERPOL, whose national bureau it
# is: "إدارة التعاون الدولي والإنتربول", "إدارة الاتصال الدولي والإنتربول".
INTERPOL_IN_UNIT_NAMES = ("والإنتربول", "والانتربول", "والأنتربول")
FOREIGN_RELATIONS_WORDS = ("الدولي", "الدولية", "الدولى", "الخارجية")
