"""Month and weekday names as they appear in Arabic press, in normalized spelling.

Normalized spelling: hamza-alef forms → ا, alef maqsura → ي, ta marbuta → ه (see normalize.py).
"""

GREGORIAN_MONTHS = {
    # Egypt and the Gulf
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # the Levant and Iraq
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # the Maghreb (Algeria, Tunisia; Morocco's forms too)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}  # fmt: skip

HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي الاخره": 6, "جمادي الثانيه": 6,
    "جمادي الاخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}  # fmt: skip

WEEKDAYS = {  # Python's weekday numbers: Monday is 0
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}  # fmt: skip

HIJRI_SUFFIXES = ("ه", "هجري", "هجريه", "للهجره")
GREGORIAN_SUFFIXES = ("م", "ميلادي", "ميلاديه", "للميلاد")

TODAY = ("اليوم",)
YESTERDAY = ("امس",)
NEXT = ("المقبل", "القادم")

# Duration phrases: على مدى يومين / ثلاثة أيام / أسبوع.
DURATION_WORDS = {
    "يومين": 2, "يومان": 2, "ثلاثه ايام": 3, "اربعه ايام": 4, "خمسه ايام": 5,
    "سته ايام": 6, "سبعه ايام": 7, "اسبوع": 7, "اسبوعين": 14, "عشره ايام": 10,
}  # fmt: skip
DURATION_CUES = ("علي مدي", "لمده", "علي مدار", "خلال", "وتستمر", "تستمر", "وتستمر لمده")

# Words shortly before a date that make it an event's first or last day.
START_CUES = (
    "انطلقت",
    "انطلق",
    "انطلاق",
    "بدات",
    "بدا",
    "بدءا من",
    "ابتداء من",
    "افتتحت",
    "افتتاح",
)
END_CUES = (
    "اختتمت",
    "اختتم",
    "اختتام",
    "ختام",
    "حتي",
    "لغايه",
    "وتختتم",
    "تختتم",
    "يختتم",
    "وتستمر حتي",
)
PHASE_REACH = 40  # characters between such a word and its date

# Days written as ordinals: "الثالث عشر من آذار".
_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
ORDINAL_DAYS = {word: n for n, word in enumerate(_UNITS, start=1)}
ORDINAL_DAYS |= {"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30}
ORDINAL_DAYS |= {f"{w} عشر": n + 10 for n, w in enumerate(_UNITS[1:], start=2)}
ORDINAL_DAYS |= {f"{'الحادي' if n == 1 else w} والعشرين": 20 + n for n, w in enumerate(_UNITS, 1)}
ORDINAL_DAYS |= {"الحادي والثلاثين": 31}
