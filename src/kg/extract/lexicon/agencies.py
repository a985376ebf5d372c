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
}  # fmt: skip
