"""Paragraphs, sentences and windows: the units majlis indexes and quotes.

A document's paragraphs are its text split on blank lines, numbered from 0 in
that order, which is what :attr:`Source.paragraph` cites; a line that says no word
(a separator «***», a lone ".", a bare link or number) is no paragraph. Sentences come from
``sentencex`` (Wikimedia's rule-based segmenter, which knows Arabic «؟» and
abbreviations such as "Dr." or "U.S."; an initial, or an Arabic title cut to one
letter such as «د.», is joined here to the name after it); a sentence longer than
``MAX_SENTENCE_CHARS`` is cut again at «؛»/";" so an extract stays readable.
A paragraph longer than ``MAX_WINDOW_CHARS`` is indexed as overlapping windows
of whole sentences, because the embedder sees only its first 512 tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sentencex import segment

from .dates import only_a_dateline

MAX_SENTENCE_CHARS = 400
# Raised whenever split_sentences or split_paragraphs cuts differently; stores cut by an
# older version are cut again on their next ingest (see ingest.resplit_sentences).
SPLITTER_VERSION = 7
MAX_WINDOW_CHARS = 1500

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_CLAUSE_END = re.compile(r"(?<=[؛;])\s+")
_QUOTATION_MARK = re.compile(r'["«»“”„]')
# An initial ("J.") or a title cut to one letter («د.» doctor, «م.» engineer, «وأ. د.» and
# professor) before a name, where the segmenter may end a sentence; not "on June 6."
_INITIAL_END = re.compile(r"(?:^|\s)و?[^\W\d_]\.$")
# The segmenter takes a number in round brackets for a list item and starts a sentence there,
# even in the middle of one («نتج عنه استشهاد (15) وإصابة (33)»), and then misses the next full
# stop; it is shown the same text with square brackets, which it reads right.
_BRACKETED_NUMBER = re.compile(r"\((\d+)\)")
# Wire copy capitalises the word after "U.S." and "U.K." ("the U.S. Has been pressing Japan",
# "talks between the U.S. And Japan"), which the segmenter then takes for a sentence's start;
# a verb or a conjunction there continues the sentence ("... in the U.S. The firm said" does not)
_ABBREVIATED_COUNTRY_END = re.compile(r"\bU\.[SK]\.$")
_CONTINUING = frozenset("and or has have had will would is was were to of for with by from can could "
                        "should may must did does do".split())
# One paper writes a decimal with a right-to-left mark after its point («ارتفع 29.\u200f0 في المائة»,
# «هبطت 8.\u200f6 في المائة»), which the segmenter takes for a sentence's end and a new start; it
# is shown a digit there instead.
_MARKED_DECIMAL = re.compile(r"(?<=\d\.)[\u200e\u200f](?=\d)")
# One paper's Arabic reports end with their tags after a full stop: «سمات الجوف رحلة دولية
# مطار الجوف», names and places in a row
_TAGS = re.compile(r"\s*سمات\s")


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` of the paragraph it was cut from."""

    start: int
    end: int


@dataclass(frozen=True)
class Window:
    """A piece of one paragraph that is embedded and retrieved on its own."""

    paragraph: int
    window: int
    text: str
    sentences: tuple[Span, ...]


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` that have a word; hard-wrapped lines inside one are joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for chunk in _BLANK_LINE.split(text):
        joined = " ".join(line.strip() for line in chunk.split("\n") if line.strip())
        if has_words(joined):
            paragraphs.append(joined)
    return paragraphs


_LINK = re.compile(r"(?:https?://|www\.)\S+")
_WORD = re.compile(r"[^\W\d_]{2,}")


def has_words(text: str) -> bool:
    """Whether a text has a word of two letters or more outside a link. One that has none
    («***» between the parts of a report, a lone "." or "37", a video's link) is no
    paragraph: its vector is no meaning's, and lies near any short question's."""
    return bool(_WORD.search(_LINK.sub(" ", text)))


def is_tag_line(sentence: str, last: bool) -> bool:
    """Whether a sentence (``last``: the last of its window) is the list of tags a report
    ends with: names and places in a row («خادم الحرمين الشريفين سامح شكري مصر»), which a
    reader must not take for a title and a name, nor quote."""
    return last and bool(_TAGS.match(sentence))


# A paper's dateline or byline, a paragraph of its own: «عين اليوم – جدة», «محمد السريعي – عين
# اليوم», "Next Previous عين اليوم – واس"
# (no digit, no full stop: not "Profits rose - 12%.")
_BYLINE = re.compile(r"^(?![^\n]*[\d.!?؟])\s*(?:Next Previous\s+)?"
                     r"(?:\S+\s+){0,3}\S+\s+[–-]\s+(?:\S+\s+){0,2}\S+\s*$")


def is_byline(sentence: str) -> bool:
    """Whether a sentence is only a report's dateline or byline (a source and a city or a
    writer's name either side of a dash), which answers nothing."""
    return bool(_BYLINE.match(sentence))


# A photo's caption or a heading, a line of its own: one or two words, no number, no stop
_CAPTION = re.compile(r"^\s*(?:[^\s\d.!?؟:]+\s+)?[^\s\d.!?؟:]+\s*$")


def is_caption(sentence: str) -> bool:
    """Whether a sentence is only a caption or a heading («وزير الإسكان» above a report on
    the housing minister's visits), which says nothing of its own."""
    return bool(_CAPTION.match(sentence))


# A heading over a report, a line of its own: a few words, no number, no stop («قرية رجال ألمع»)
_HEADING = re.compile(r"^\s*(?:[^\s\d.!?؟:]+\s+){0,7}[^\s\d.!?؟:]+\s*$")


def is_heading(text: str) -> bool:
    """Whether a paragraph is only a heading (a caption is one of one or two words), which
    names what the paragraph after it reports."""
    return bool(_HEADING.match(text))


def says_nothing(text: str) -> bool:
    """Whether a paragraph or a sentence is only a byline, a caption (see
    :func:`is_byline`, :func:`is_caption`) or a wire dateline: "Next Previous عين اليوم –
    واس", "***", «برلين 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس»."""
    return is_byline(text) or is_caption(text) or only_a_dateline(text)


def repeats_the_title(sentence: str, title: str | None) -> bool:
    """Whether a sentence is only the article's title after a label, as a paper's link line
    writes it («رابط الخبر بصحيفة الوئام: الجيش التركي يقصف ...»): it says nothing the
    title does not, and is no answer."""
    title = " ".join((title or "").split()).rstrip(" .")
    sentence = " ".join(sentence.split()).rstrip(" .")
    if len(title) < _MIN_TITLE or not sentence.endswith(title):
        return False
    label = sentence[:-len(title)].strip()
    return not label or label.endswith(":") and len(label) <= _MAX_TITLE_LABEL


_MIN_TITLE = 12  # characters: a shorter title may be a sentence's own end
_MAX_TITLE_LABEL = 40


def split_sentences(text: str, language: str) -> list[Span]:
    """Sentence spans of one paragraph, whitespace trimmed, never empty."""
    spans = []
    for start, end in _segmented(text, language):
        if end - start > MAX_SENTENCE_CHARS:
            # A quotation mark left unclosed («فرانس برس "اقتحموا ... الرصاص». واضاف») makes the
            # segmenter read the rest of the paragraph as one quoted sentence: such a run is cut
            # again as if it had no quotation marks.
            shown = _QUOTATION_MARK.sub(" ", text[start:end])
            spans.extend(span for piece_start, piece_end in _segmented(shown, language)
                         for span in _clauses(text, start + piece_start, start + piece_end))
        else:
            spans.extend(_clauses(text, start, end))
    return [span for span in spans if text[span.start:span.end].strip()]


def _segmented(text: str, language: str) -> list[tuple[int, int]]:
    """The segmenter's sentences of ``text`` as (start, end), a sentence cut after an
    initial or a title's abbreviation joined to what follows."""
    found = []
    offset = 0
    opened = None  # start of a sentence that ran on past a title's abbreviation
    # same length: spans of one are spans of both
    shown = _MARKED_DECIMAL.sub("0", _BRACKETED_NUMBER.sub(r"[\1]", text))
    pieces = list(segment(language, shown))
    for number, piece in enumerate(pieces):
        start = shown.find(piece, offset) if piece else -1
        if start < 0:  # segmenter changed the text: fall back to the running offset
            start = offset
        end = start + len(piece)
        offset = end
        if opened is None:
            opened = start
        following = pieces[number + 1] if number + 1 < len(pieces) else ""
        if _INITIAL_END.search(text[opened:end].rstrip()) or _continues(text[opened:end], following):
            continue
        found.append((opened, end))
        opened = None
    if opened is not None:
        found.append((opened, offset))
    return found


def _continues(sentence: str, following: str) -> bool:
    """Whether a sentence cut after "U.S." goes on in the piece after it ("the U.S. Will pursue")."""
    words = following.split()
    return bool(words) and words[0].lower() in _CONTINUING \
        and bool(_ABBREVIATED_COUNTRY_END.search(sentence.rstrip()))


def _clauses(text: str, start: int, end: int) -> list[Span]:
    """Trim a sentence and cut it at semicolons when it is too long to quote."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start <= MAX_SENTENCE_CHARS:
        return [Span(start, end)]
    spans = []
    cursor = start
    for match in _CLAUSE_END.finditer(text, start, end):
        spans.append(Span(cursor, match.start()))
        cursor = match.end()
    spans.append(Span(cursor, end))
    return spans


def windows(paragraph_index: int, text: str, language: str) -> list[Window]:
    """The windows of one paragraph: the whole paragraph when it is short enough."""
    sentences = split_sentences(text, language) or [Span(0, len(text))]
    if len(text) <= MAX_WINDOW_CHARS:
        return [Window(paragraph_index, 0, text, tuple(sentences))]
    result = []
    first = 0
    while first < len(sentences):
        last = first
        while (
            last + 1 < len(sentences)
            and sentences[last + 1].end - sentences[first].start <= MAX_WINDOW_CHARS
        ):
            last += 1
        base = sentences[first].start
        chunk = sentences[first:last + 1]
        result.append(
            Window(
                paragraph_index,
                len(result),
                text[base:chunk[-1].end],
                tuple(Span(s.start - base, s.end - base) for s in chunk),
            )
        )
        if last + 1 >= len(sentences):
            break
        # One sentence of overlap keeps a fact that straddles two windows findable.
        first = last if last > first else last + 1
    return result
