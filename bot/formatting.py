"""Answers as Telegram HTML: escaped, right-to-left where Arabic, split under the limit.

Every piece of article or user text goes through ``html.escape``. A message
is packed from whole lines, each already valid HTML (tags open and close on
the same line), so a split can never fall inside a tag or an entity; a single
line too long for one message is cut at a sentence end or a space *before*
it is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from retrieval import Answer, Meeting, Source
from retrieval.meeting_answers import display_name

TELEGRAM_LIMIT = 4096
RLM = "\u200f"  # right-to-left mark: starts an Arabic line in RTL even after "•" or "["
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+")
_ARABIC = re.compile(r"[\u0600-\u06FF]")

HELP = (
    "<b>majlis</b> — أسئلة عن اللقاءات والاجتماعات في الأخبار\n"
    f"{RLM}اكتب سؤالك مباشرة في المحادثة الخاصة، أو استخدم /ask في المجموعات، مثل:\n"
    f"{RLM}<code>/ask من التقى جمال عبدالعزيز العلوي؟</code>\n"
    f"{RLM}/sources يعرض الفقرات التي استُشهد بها في آخر إجابة.\n\n"
    "Ask about meetings in the news: who met whom, where, when, what was agreed. "
    "Write your question in a private chat, or use /ask in a group (or mention me, or reply "
    "to me). /sources shows the paragraphs the last answer cites."
)
USAGE_ASK = "اكتب السؤال بعد الأمر: <code>/ask من التقى …؟</code>\nWrite the question after the command: <code>/ask Who met …?</code>"
NO_ANSWER_YET = "لا توجد إجابة سابقة في هذه المحادثة.\nThere is no earlier answer in this chat."
RATE_LIMITED = "أسئلة كثيرة في وقت قصير؛ حاول بعد قليل.\nToo many questions at once; please try again in a minute."
APOLOGY = "عذراً، حدث خطأ أثناء معالجة طلبك.\nSorry, something went wrong while handling your request."
NOT_ADMIN = "عذراً، إضافة المقالات متاحة للمشرفين فقط.\nSorry, only the bot's admins can add articles."
NO_MEETINGS = ("لا توجد لقاءات مسجلة بهذا الاسم.\n"
               "No meetings on record for that name.")
MAX_LISTED_MEETINGS = 30
SOURCES_BUTTON = {"ar": "المصادر", "en": "Sources"}


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def _directed(line: str) -> str:
    """Prefix a line that holds Arabic with a right-to-left mark."""
    return RLM + line if _ARABIC.search(line) else line


def answer_lines(answer: Answer) -> list[str]:
    """The answer as HTML lines: a bold header, one line per quoted sentence."""
    lines = answer.text.split("\n")
    rendered = [f"<b>{escape(lines[0])}</b>" if not answer.abstained else escape(lines[0])]
    rendered += [_directed(escape(line)) for line in lines[1:] if line.strip()]
    return rendered


def meeting_lines(meetings: Sequence[Meeting], language: str) -> list[str]:
    """One HTML line per meeting: kind, who, where, when, article id."""
    lines = []
    for meeting in meetings[:MAX_LISTED_MEETINGS]:
        people = " — ".join(display_name(p, language) for p in meeting.participants)
        place = f" · {meeting.place.value}" if meeting.place else ""
        date = f" · {meeting.date.value}" if meeting.date else ""
        lines.append(_directed(f"• {escape(people)}{escape(place)}{escape(date)} "
                               f"<i>({escape(meeting.doc_id)})</i>"))
    if len(meetings) > MAX_LISTED_MEETINGS:
        lines.append(f"… +{len(meetings) - MAX_LISTED_MEETINGS}")
    return lines


def sources_lines(sources: Sequence[Source], numbers: Iterable[int] | None = None) -> list[str]:
    """Each cited paragraph: number, title and paragraph index in bold, then its text."""
    numbers = list(numbers) if numbers is not None else list(range(1, len(sources) + 1))
    lines = []
    for number in numbers:
        source = sources[number - 1]
        head = f"<b>[{number}] {escape(source.title)} — ¶{source.paragraph}</b>"
        if source.url:
            head += f' <a href="{html.escape(source.url, quote=True)}">🔗</a>'
        lines.append(_directed(head))
        lines.append(_directed(escape(source.text)))
    return lines


def pack(lines: Sequence[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Join lines into as few messages as fit ``limit``, breaking only between lines."""
    fitted = [piece for line in lines for piece in _fit(line, limit)]
    return _greedy(fitted, "\n", lambda text: len(text) <= limit)


def _fit(line: str, limit: int) -> list[str]:
    """A line that fits, or its text cut at sentence ends, then spaces, then re-escaped."""
    if len(line) <= limit:
        return [line]
    text = html.unescape(re.sub(r"<[^>]+>", "", line)).replace(RLM, "")
    # "&" escapes to five characters: pieces of a sixth of the limit always fit.
    pieces = [piece for sentence in _SENTENCE_END.split(text)
              for piece in _cut_words(sentence, limit // 6)]
    groups = _greedy(pieces, " ", lambda text: len(_directed(escape(text))) <= limit)
    return [_directed(escape(group)) for group in groups]


def _cut_words(text: str, size: int) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, cut at spaces where possible."""
    words = [word[i:i + size] for word in text.split(" ") if word
             for i in range(0, len(word), size)]
    return _greedy(words, " ", lambda piece: len(piece) <= size)


def _greedy(pieces: Sequence[str], separator: str, fits) -> list[str]:
    """Join consecutive pieces while ``fits`` allows; a piece that fits alone stays whole."""
    groups: list[str] = []
    current: str | None = None
    for piece in pieces:
        candidate = piece if current is None else current + separator + piece
        if current is None or fits(candidate):
            current = candidate
        else:
            groups.append(current)
            current = piece
    if current is not None:
        groups.append(current)
    return groups
