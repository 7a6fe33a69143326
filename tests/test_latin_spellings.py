"""Latin names an Arabic word may spell (retrieval.latin_spellings)."""

from __future__ import annotations

from retrieval.latin_spellings import LatinSpellings, arabic_names_in, capitalised_names

TEXTS = [
    "Air Deccan's managing director Gorur Gopinath said the price was lower.",
    "Mr Gopinath said the planes will connect regional cities.",
    "The U.N. spokesman, Francois Giuliani, said there was no comment.",
    "Oil giant Yukos was sold at auction. Costs rose. The cost of coal fell.",
    "Retailer Philip Green is not rebidding for Marks and Spencer, said Green.",
]


def test_names_are_words_written_capitalised_inside_sentences():
    found = capitalised_names(TEXTS)
    assert {"gorur", "gopinath", "francois", "giuliani", "yukos", "philip", "green"} <= found
    # capitalised only where a sentence starts, or more often in lower case: not names
    assert not {"costs", "cost", "oil", "air", "the", "retailer"} & found


def test_an_arabic_word_finds_the_names_it_spells():
    spellings = LatinSpellings(capitalised_names(TEXTS))
    assert spellings.spelled_by("جوبيناث") == ("gopinath",)
    assert spellings.spelled_by("جورور") == ("gorur",)
    assert spellings.spelled_by("يوكوس") == ("yukos",)
    # one edit apart: the romaniser writes «جولياني» Juliani
    assert "giuliani" in spellings.spelled_by("جولياني")
    assert spellings.spelled_by("ستيفانوبولوس") == ()
    rare = lambda name: False  # noqa: E731
    assert spellings.in_question("من هو جورور جوبيناث؟", rare) == ("gorur", "gopinath")
    # «و» + Gopinath: the word without its conjunction spells the name
    assert spellings.in_question("التقى جورور وجوبيناث", rare) == ("gorur", "gopinath")
    # a word spelling a name the articles often name is left to the other searches
    assert spellings.in_question("من هو جورور جوبيناث؟", lambda name: name == "gorur") == ("gopinath",)


def test_a_long_word_the_romaniser_cuts_short_is_spelled_by_its_letter_rules():
    # the romaniser's model spells «فايتوفارم» "Faitov"; its letter rules "Faitoufaram",
    # whose consonants are Phytopharm's (bbc-business-302)
    spellings = LatinSpellings(capitalised_names(
        ["A slimming aid is set to be developed by UK firm Phytopharm and Unilever."]))
    assert spellings.spelled_by("فايتوفارم") == ("phytopharm",)
    assert spellings.in_question("من هو الرئيس التنفيذي لشركة فايتوفارم البريطانية؟",
                                 lambda name: False) == ("phytopharm",)
    # a word the model spells whole keeps the model's keys alone
    assert spellings.spelled_by("فايتو") == ()


def test_only_arabic_words_that_may_be_names_are_spelled():
    # «منصب» (post) and «التجارة» (trade) are common words; 'Gopinath' is Latin already
    assert arabic_names_in("ما منصب جورور Gopinath في التجارة؟") == ["جورور"]
    assert arabic_names_in("ما منصب وزير التجارة؟") == []
