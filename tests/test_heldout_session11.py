"""The three whole events written in session 11 by sessions that never ran the code on them (a chlorine leak at a
chemical plant, a national day of farmers' protests, a bank's collapse and rescue), scored twice: once with the
session-10 code when their keys arrived (before any session-11 change was merged) and once after every session-11
rule was merged, with the default codebooks only (no event codebook). The levels below are the second, floored at 3
decimals: they measure the tool on events nobody tuned it for, and they are asserted so that a change which makes them
worse fails. From the next session on these events are development data, and these figures stop measuring unseen
text (docs/ACCURACY.md, "Session 11 wrote three more")."""
from __future__ import annotations

import pytest

from test_heldout_session5 import assert_first_contact  # the same measures as the session-5 to -10 events

# Session 14 (voices14: records typed by their keeper, research posts and analysts expert, professional associations
# organisations, pronouns after anonymous sources and in a sentence opening with a person): bank-collapse-teluria
# type 0.825 -> 0.906, claimant type 0.819 -> 0.879; chemical-leak-ravensk speaker 0.925 -> 0.935, type 0.904 ->
# 0.978, claimant type 0.889 -> 0.924; farmers-protest-ostmark speaker 0.914 -> 0.925, type 0.946 -> 0.967, claimant
# type 0.913 -> 0.934
# Session 15 (voices15: speaker fragments, findings with "that", public inquiries official, a year inside a source
# phrase, the outlet's first person; levels floored): chemical leak type / claimant / claimant type 0.978 / 0.933 /
# 0.924 -> 1.0 / 0.942 / 0.951
# Session 16 (quantity16, a stated trade in docs/ACCURACY.md): chemical leak grouping 0.689 -> 0.686 (tonnes written in
# words are a weight now: the agency's "between six and nine tonnes" in two articles meet, as the key has them, and one
# also meets the company's "less than two tonnes" that one article credits to the agency)
# Session 16 (types16: speaker types, tests/test_leftovers_voices16.py; levels floored): farmers-protest-ostmark type / claimant type 0.967 / 0.934 -> 0.989 / 0.935 (a speaker who keeps
# her name out of print is anonymous)
FIRST_CONTACT = {  # measured 2026-11-27 after the session-11 merges (first scoring, session-10 code, in docs/ACCURACY.md);
    # session 15 (grouping15: a vote's tally, a market's open, a gap between counts, patients in hospital, a cargo;
    # score11.py, levels 0.001 under the rounded figures): grouping chemical leak 0.657 -> 0.684, bank collapse 0.667 -> 0.680
    # raised where session 12 (these events its validation set) measured higher: chemical leak type 0.819, bank value
    # 0.989, type 0.825, claimant type 0.819, grouping 0.635; session 13 (grouping13, these events development data):
    # grouping chemical leak 0.631 -> 0.638, bank 0.635 -> 0.641
    # session 13 (voices13, development data now): chemical leak speaker / type / claimants 0.882 / 0.819 / 0.907 /
    # 0.836 -> 0.925 / 0.904 / 0.933 / 0.889; farmers' protest found / speaker / type / claimants 0.978 / 0.892 / 0.892
    # / 0.908 / 0.876 -> 0.989 / 0.914 / 0.946 / 0.924 / 0.913, and one stated trade: its grouping 0.482 -> 0.477 (a
    # tractor count's fact id, beside a federation that "stood by its figure", now names the federation where it named
    # an unrelated speaker before; the fact id is facts.py's, not edited this session); frames13: chemical leak frames 0.604 -> 0.625 (cue rows)
    # session 14 (numbers14): farmers' protest grouping 0.477 -> 0.482 (pay offers and budget shares read as what they
    # count); lowered, a trade said in docs/ACCURACY.md: bank collapse grouping 0.641 -> 0.635 (a ticker's '-62.1%' is
    # now the day's change, as the key has it, and is lined up with the other articles' share changes)
    # session 14 (grouping14: "the figure" restates the count before; datelines): grouping chemical leak 0.638 ->
    # 0.645, farmers' protest 0.477 -> 0.511, bank 0.641 -> 0.654
    # session 14 (nunumbers14): bank grouping 0.641 -> 0.660 (a sum a year or a month is no sum paid to each)
    # session 14 (nuvoices14: a union's name with "and" inside it is one speaker): chemical leak type 0.904 -> 0.925,
    # grouping 0.638 -> 0.649
    # session 15 (claimkeys15: "the agency's Dr. X" is the agency): grouping 0.684 -> 0.690
    # session 16 (frames16, development data): frames_f1 raised by the cue rows carried by implication
    # session 16 (claimants16, a stated trade): chemical-leak claimant / type 0.942 / 0.951 -> 0.938 / 0.946 ("the village
    # of Dolna Brana, 4 km east of the plant" is keyed to the speaker; the README's convention gives the outlet the gloss)
    # session 16 (claimants16, stated trade): chemical leak claimant / claimant type 0.942 / 0.951 -> 0.938 / 0.946 (a place's
    # distance in apposition is the outlet's, as tests/keys/README.md says; the key gives it to the speaker)
    # session 18 (frames18, development data): frames_f1 0.705 -> 0.711 (the session-18 cue rows carried by implication)
    "chemical-leak-ravensk": {'recall': 0.986, 'value_accuracy': 0.986, 'hedge_accuracy': 0.986, 'quotes_recall': 0.949, 'speaker_accuracy': 0.935, 'type_accuracy': 1, 'claimant_accuracy': 0.938, 'claimant_type_accuracy': 0.946, 'grouping_f1': 0.689, 'frames_f1': 0.711},
    # session 14 (crowd14): farmers' protest grouping 0.511 -> 0.504 (0.5045), a trade said in docs/ACCURACY.md
    # (its headline crowd counts, now protesters, meet the other towns' counts: no place is carried from the lead)
    # session 18 (frames18, development data): frames_f1 0.613 -> 0.629 (the session-18 cue rows carried by implication)
    "farmers-protest-ostmark": {'recall': 0.989, 'value_accuracy': 0.967, 'hedge_accuracy': 0.983, 'quotes_recall': 0.989, 'speaker_accuracy': 0.925, 'type_accuracy': 0.989, 'claimant_accuracy': 0.924, 'claimant_type_accuracy': 0.935, 'grouping_f1': 0.504, 'frames_f1': 0.629},
    # session 17 (types17): bank-collapse-teluria speaker 0.872 -> 0.906
    # session 17 (frames17, development data): frames_f1 raised by the cue rows carried by implication: farmers-protest-ostmark 0.574 -> 0.613, bank-collapse-teluria 0.631 -> 0.659
    # session 18 (frames18, development data): frames_f1 0.659 -> 0.666 (the session-18 cue rows carried by implication)
    "bank-collapse-teluria": {'recall': 0.994, 'value_accuracy': 0.989, 'hedge_accuracy': 0.989, 'quotes_recall': 0.945, 'speaker_accuracy': 0.906, 'type_accuracy': 0.906, 'claimant_accuracy': 0.912, 'claimant_type_accuracy': 0.879, 'grouping_f1': 0.679, 'frames_f1': 0.666},
}


@pytest.mark.parametrize("event", sorted(FIRST_CONTACT))
def test_session11_events_at_their_first_contact_level(event, accuracy):
    assert_first_contact(11, event, FIRST_CONTACT[event], accuracy)
