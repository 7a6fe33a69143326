"""Follow-up questions: "and what did they agree on?" after "who met X?".

A follow-up leans on the previous turn for its subject, so on its own it
retrieves nothing useful. Without a language model to rewrite it, majlis
detects a follow-up by its shape (short, opening with "and"/«و» + a question
word, or pointing back with a pronoun such as "they" or «الجانبان») and searches
with the previous question's words added. The answer stays in the language of
the follow-up itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_FOLLOW_UP_WORDS = 10

_ENGLISH_OPENERS = re.compile(r"^(and|but|so|also|what about|how about|then)\b", re.IGNORECASE)
_ENGLISH_POINTERS = frozenset(
    "they them their theirs he him his she her it its that this there those both sides".split())
_ARABIC_OPENERS = re.compile(r"^[وف](متى|اين|أين|ماذا|ما|هل|من|كيف|لماذا|كم)")
_ARABIC_POINTERS = frozenset(
    "ذلك تلك الجانبان الجانبين الطرفان الطرفين معه معها عنه عنها "
    "اتفقا بحثا التقيا".split())
_WORD = re.compile(r"\w+")


def is_follow_up(question: str) -> bool:
    """Whether ``question`` reads as depending on the previous turn."""
    words = _WORD.findall(question.lower())
    if not words or len(words) > MAX_FOLLOW_UP_WORDS:
        return False
    stripped = question.strip().lower()
    if _ENGLISH_OPENERS.match(stripped) or _ARABIC_OPENERS.match(stripped):
        return True
    return any(word in _ENGLISH_POINTERS or word in _ARABIC_POINTERS for word in words)


def search_text(question: str, history: Sequence[str]) -> str:
    """The text to search with: the question, plus the previous one for a follow-up."""
    if history and is_follow_up(question):
        return f"{history[-1]} {question}"
    return question
