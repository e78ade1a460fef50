"""Sentence splitting and quotation marking."""
from __future__ import annotations

from helpers.sentences import split_sentences


def _texts(text):
    return split_sentences(text)["text"].tolist()


def test_abbreviations_initials_and_figures_do_not_split():
    text = ("U.S. President Donald Trump met Dr. Jane Smith in Washington, D.C. on Monday. "
            "They agreed a 1,000-for-1,000 swap worth $7.5 billion. J. R. Doe was not there.")
    assert _texts(text) == [
        "U.S. President Donald Trump met Dr. Jane Smith in Washington, D.C. on Monday.",
        "They agreed a 1,000-for-1,000 swap worth $7.5 billion.",
        "J. R. Doe was not there.",
    ]


def test_multi_sentence_quotation_splits_and_is_marked():
    text = '"We thought that everything would stop. And now there is nothing. We were almost killed," he said.'
    frame = split_sentences(text)
    assert frame["text"].tolist() == ['"We thought that everything would stop.', "And now there is nothing.",
                                      'We were almost killed," he said.']
    assert frame["in_quote"].tolist() == [True, True, True]


def test_narration_with_a_short_quote_is_not_in_quote():
    frame = split_sentences('Medinsky said it would involve \u201cat least 1,000\u201d on each side. Talks ended.')
    assert frame["in_quote"].tolist() == [False, False]
    assert 0 < frame["quote_share"][0] < 0.5


def test_nested_curly_quotes_and_question_marks():
    text = "The office says: \u201cWe agreed an \u201call-for-all\u201d swap. Is it enough? We think so.\u201d Then they left."
    frame = split_sentences(text)
    assert frame["text"].tolist() == ["The office says: \u201cWe agreed an \u201call-for-all\u201d swap.", "Is it enough?",
                                      "We think so.\u201d", "Then they left."]
    assert frame["in_quote"].tolist() == [True, True, True, False]


def test_offsets_point_into_the_text():
    text = "  First one.  Second one!   Third?"
    frame = split_sentences(text)
    assert [text[s:e] for s, e in zip(frame["start"], frame["end"])] == frame["text"].tolist()


def test_empty_text_gives_no_sentences():
    assert split_sentences("").empty
