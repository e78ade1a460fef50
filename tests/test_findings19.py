"""Session 19 (grouping19), the new user's finding 14: notebook 02's difference counts never contradict its
"Who gives which figure" finding. Figures written for the test (invented names)."""
from __future__ import annotations

import pandas as pd

from helpers.claimant_view import claimant_finding, fact_families, n_claimant_facts
from helpers.summary import difference_counts_sentence


def _row(fact_id, claimant, article_id, text, value):
    label = "people evacuated" + (f" (according to {claimant})" if claimant else "")
    return {"fact_id": fact_id, "fact_label": label, "claimant": claimant, "article_id": article_id, "text": text,
            "as_of": "", "value_low": value, "value_high": value, "hedge": "exact", "kind": "count", "unit": "person",
            "comparable": True, "news_value": 4}


NUMBERS = pd.DataFrame([_row("evacuated|fire-service", "the fire service", "a", "about 200 people", 200.0),
                        _row("evacuated|city-council", "the city council", "b", "352 people", 352.0),
                        _row("evacuated|tenants-union", "the tenants' union", "c", "418 residents", 418.0)])
ARTICLES = pd.DataFrame({"article_id": ["a", "b", "c"], "source": ["Wire", "Post", "Radio"],
                         "published": pd.to_datetime(["2026-10-13 07:00", "2026-10-13 16:00", "2026-10-14 19:00"],
                                                     utc=True)})


def test_difference_counts_say_the_claimant_views_number_not_none():
    """Every split of the evacuation fact is its own fact, so no disputed fact differs "between claimants" inside
    itself; the sentence must then say the claimant view's count (1 fact credited to 3 claimants), never "none differ
    between claimants" beside "3 sources credit people evacuated to 3 different claimants"."""
    families = fact_families(NUMBERS, ARTICLES)
    credited = n_claimant_facts(families)
    assert credited == 1
    assert "3 different claimants" in claimant_finding(families)
    disputed = pd.DataFrame({"difference": ["revision", ""], "hedge_mix": [True, False]})
    text = difference_counts_sentence(disputed, credited)
    assert "none differ between claimants" not in text
    assert "1 fact is credited to different claimants" in text
    assert text.endswith("and none differ between outlets on the same claim.")
    # without the claimant view's count the sentence reads as before (notebook pages that do not pass it)
    assert "none differ between claimants (within one fact" in difference_counts_sentence(disputed)


def test_difference_counts_inside_a_fact_are_kept_when_there_are_some():
    """A fact whose own figures differ between claimants is counted as before; the claimant view's count does not
    replace a count that is not none."""
    disputed = pd.DataFrame({"difference": ["claimants", "outlets"], "hedge_mix": [False, False]})
    text = difference_counts_sentence(disputed, 4)
    assert "1 differs between claimants and 1 between outlets on the same claim." in text
