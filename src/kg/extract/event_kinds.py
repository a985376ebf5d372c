"""An event's kind where its trigger alone leaves it open: a meeting of an assembly or a council
is a session of it ("عقدت الجمعية العمومية اجتماعها العادي", "عقد المجلس ... اجتماعه"), and
talks with a visiting guest are the visit."""

import re
from typing import Final

from kg.extract.document import Document
from kg.extract.lexicon import events as words
from kg.extract.second_events import POSSESSIVES

SESSION: Final = re.compile(words.COUNCIL_SESSION_PATTERN)
COMMITTEE_SUBJECTS: Final = frozenset(words.COMMITTEE_SUBJECTS)
COMMITTEE_REACH: Final = 4  # words: "اللجنة المشتركة من خبراء مجلسي وزراء ..."
ASSEMBLY: Final = re.compile(words.ASSEMBLY_PATTERN)
YEARLY_ROUND: Final = re.compile(words.YEARLY_ROUND_PATTERN)
MINISTERS_MEETING: Final = re.compile(words.MINISTERS_MEETING_PATTERN)
COUNCIL_SUBJECT: Final = re.compile(words.COUNCIL_SUBJECT_PATTERN)
COUNCIL_GENITIVE: Final = re.compile(words.COUNCIL_GENITIVE_PATTERN)
OWN_COUNCIL: Final = re.compile(words.OWN_COUNCIL_PATTERN)
VISITING: Final = re.compile(words.VISITING_PATTERN)
ORDINAL_AFTER: Final = re.compile(words.ORDINAL_AFTER_PATTERN)
MEETING_WORDS: Final = tuple(words.ASSEMBLY_MEETING_WORDS)


def assembly_session(doc: Document, kind: str, start: int, end: int, sentence) -> str:
    """ "عقدت الجمعية العمومية للاتحاد اجتماعها العادي", "اجتماع الجمعية العامة": a meeting of
    a general assembly is a session of it, and so is a council of ministers' ordinal one."""
    if kind != "meeting" or not doc.text[start:end].startswith(MEETING_WORDS):
        return kind
    reach = max(sentence.start, start - words.ASSEMBLY_REACH)
    before, after = (
        doc.text[reach:start],
        doc.text[end : min(sentence.end, end + words.ASSEMBLY_REACH)],
    )
    ordinal = ORDINAL_AFTER.match(after)  # "الاجتماع العاشر للجمعية العامة"
    of_assembly = (
        ASSEMBLY.search(before)
        or ASSEMBLY.match(after)
        or (ordinal and ASSEMBLY.match(after, ordinal.end()))
    )
    council = COUNCIL_SUBJECT.search(before)
    of_council = (
        council
        and ORDINAL_AFTER.match(after)
        and not _committee_of(doc.text[sentence.start : reach + council.start()])
    )
    trigger = doc.text[start:end].split()[0]
    its_own = trigger.endswith(POSSESSIVES) or trigger.endswith("ه")  # "اجتماعه", "اجتماعها"
    of_its_council = COUNCIL_GENITIVE.match(after) or (  # "اجتماع مجلس الدفاع المدني"
        OWN_COUNCIL.search(before) if its_own else None
    )
    session = of_assembly or of_council or of_its_council or MINISTERS_MEETING.match(after)
    session = session or YEARLY_ROUND.match(after) or SESSION.match(after.lstrip())
    return "council-session" if session else kind


def _committee_of(before_council: str) -> bool:
    """The council follows a committee or team of its experts, whose meeting it is."""
    return not COMMITTEE_SUBJECTS.isdisjoint(before_council.split()[-COMMITTEE_REACH:])


def talks_with_visitor(doc: Document, kind: str, sentence) -> str:
    """ "أجرى الوزير مباحثات مع نظيره ... الذي يقوم بزيارة عمل للمملكة": talks with a visiting
    guest are the visit."""
    visiting = kind == "meeting" and VISITING.search(doc.text, sentence.start, sentence.end)
    return "visit" if visiting else kind
