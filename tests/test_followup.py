import pytest

from retrieval.followup import is_follow_up, search_text


@pytest.mark.parametrize(
    "question",
    ["and what did they agree on?", "What about the second day?", "ومتى كان ذلك؟",
     "وماذا تطلع الجانبان؟", "Where did they meet?", "وأين؟"],
)
def test_follow_ups_are_recognised(question):
    assert is_follow_up(question)


@pytest.mark.parametrize(
    "question",
    ["Who did Jamal Al-Alawi meet in Vienna?", "من التقى جمال عبدالعزيز العلوي؟",
     "وزير الخارجية يلتقي نظيره", "", "Which memorandum did Chile and Peru sign on copper "
     "export quotas after the long negotiations in Lima that they held?"],
)
def test_standalone_questions_are_not_follow_ups(question):
    assert not is_follow_up(question)


def test_search_text_joins_the_previous_question_only_for_follow_ups():
    history = ["من التقى جمال عبدالعزيز العلوي؟"]
    assert search_text("ومتى كان ذلك؟", history) == "من التقى جمال عبدالعزيز العلوي؟ ومتى كان ذلك؟"
    assert search_text("من هي غادة والي؟", history) == "من هي غادة والي؟"
    assert search_text("ومتى كان ذلك؟", []) == "ومتى كان ذلك؟"


def test_follow_up_is_answered_from_the_same_article_in_its_own_language(seed_kb):
    history = ["من التقى جمال عبدالعزيز العلوي؟"]
    answer = seed_kb.ask("وماذا تطلع الجانبان؟", history=history)
    assert not answer.abstained and answer.language == "ar"
    assert answer.question == "وماذا تطلع الجانبان؟"
    assert "تطوير الآليات والأدوات" in answer.text
