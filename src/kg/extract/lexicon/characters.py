"""Character classes and one-to-one substitutions used to normalize Arabic for matching."""

# Removed entirely: harakat, Quranic marks, tatweel, and invisible or bidi control characters.
DROPPED = set(
    [chr(c) for c in range(0x064B, 0x0660)]  # fathatan .. sukun, maddah, hamza above/below
    + [chr(0x0670), "\u0640"]  # superscript alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation signs
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)]  # LRE .. RLO, PDF
    + [chr(c) for c in range(0x2066, 0x206A)]  # LRI .. PDI
)

SUBSTITUTED = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian kaf
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "–": "-",
    "—": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}
SUBSTITUTED |= {chr(0x0660 + d): str(d) for d in range(10)}  # Arabic-Indic digits
SUBSTITUTED |= {chr(0x06F0 + d): str(d) for d in range(10)}  # Persian digits

ARABIC_LETTERS = {chr(c) for c in range(0x0621, 0x064B)}
