"""What a figure counts on the twenty-one spent events (development data), with the attribution step's claimants: quantity
accuracy, earlier-event accuracy and pairwise grouping F1 (split by claimant) over each whole event, asserted at the
level measured (floored at 3 decimals) so that a change to the quantity or context rules that files figures under the
wrong quantity fails. Measures as in `helpers.evaluation.fact_scores`."""
from __future__ import annotations

from functools import partial

import pandas as pd
import pytest

from conftest import CORPORA, KEYS
from helpers.attribution import add_claimants, attribute_sentences
from helpers.corpus import build_tables
from helpers.evaluation import fact_scores, match_event_key
from helpers.facts import load_number_codebooks, numbers_tables

# (quantity accuracy, earlier accuracy, grouping F1) with the attribution step's claimants, floored at 3 decimals.
# Session 8 (counts8, main afa9627), quantity accuracy start -> end: market 0.904 -> 0.911,
# outbreak 0.957 -> 0.942 (people in hospital in an illness story read as injured where the clause does not name the
# illness), mine 0.757 -> 0.780, shipwreck 0.810 -> 0.855, ransomware 0.793 -> 0.806, derailment 0.775 -> 0.838, crowd
# crush 0.788 -> 0.840, the other eight unchanged; earlier accuracy market 0.955 -> 0.961; grouping shipwreck 0.485 ->
# 0.500, derailment 0.376 -> 0.396, crowd crush 0.600 -> 0.592 (the injured at one hospital split by their group).
# Session 9 (counts9, main 104afe5; eighteen events, the session-7 events added), quantity accuracy start -> end:
# budget 0.696 -> 0.775, plant 0.761 -> 0.809, derailment 0.838 -> 0.867, abduction 0.660 -> 0.693, market 0.911 ->
# 0.936, mine 0.780 -> 0.791, shipwreck 0.860 -> 0.877, tower 0.908 -> 0.924, verdict 0.943 -> 0.950, crowd crush
# 0.840 -> 0.846, ransomware 0.806 -> 0.812, the other seven unchanged; earlier accuracy unchanged; grouping budget
# 0.345 -> 0.435, plant 0.400 -> 0.439, derailment 0.465 -> 0.482, tower 0.688 -> 0.698, abduction 0.238 -> 0.240,
# market 0.545 -> 0.529 (a crowd gathered outside one office is now protesters and joins another town's police count:
# a place split, not a quantity). With every session-9 branch merged: budget grouping 0.513 (stance verbs make
# quotations without claiming figures), crowd crush 0.642, abduction 0.238 (0.240 with counts9 alone).
# Session 10 (counts10, main a7410c8; twenty-one events, the session-8 events heatwave, prison riot and runway overrun
# added as development data), quantity accuracy start -> end: abduction 0.693 -> 0.733, budget 0.775 -> 0.796, crowd
# crush 0.846 -> 0.853, derailment 0.867 -> 0.890, heatwave 0.870 -> 0.911, mine 0.791 -> 0.870, plant 0.810 -> 0.828,
# prison riot 0.817 -> 0.861, ransomware 0.813 -> 0.845, runway 0.833 -> 0.895, shelling 0.971 -> 0.977, shipwreck
# 0.877 -> 0.950, tower 0.925 -> 0.965, the other 8 unchanged (named cue rows for trapped people, survivors, families
# in hotels, people away from home, people taken to hospital, ages over/under, prison terms served, nights, rain,
# sizes of vessels and waves, per-head payments, prices paid each, capacity counts, deficits as shares of GDP,
# ballots); earlier accuracy unchanged; grouping abduction 0.238 -> 0.241, budget 0.514 -> 0.529, derailment 0.483 ->
# 0.500, heatwave 0.415 -> 0.427, mine 0.453 -> 0.500, prison riot 0.200 -> 0.222, shipwreck 0.648 -> 0.681, tower
# 0.698 -> 0.719, the others unchanged (no grouping precision or recall fell).
# Session 11 (numbers11; the session-9 events cyclone, no-confidence vote and doping case added as development data),
# quantity accuracy start -> end: no-confidence 0.686 -> 0.881 (deputies who voted, abstained or backed a motion, "74
# for, 70 against", the votes short of or needed for a majority; a party's deputies as seats; prices "38% above
# market rates" as a change), plant 0.828 -> 0.840 (members who cast a ballot), doping 0.837 -> 0.875 (a ban of up to
# four years, a four-year ban as a penalty's length), cyclone 0.809 -> 0.820 (fishermen who have not returned as
# missing, people "moved out of" low-lying districts as evacuated); grouping no-confidence 0.265 -> 0.356, doping 0.258
# -> 0.289, cyclone 0.448 -> 0.478, the others unchanged.
# Session 11 (grouping11; twenty-four events, the session-9 events cyclone, doping case and no-confidence vote added as
# development data): earlier accuracy abduction 0.926 -> 0.966, cyclone 0.926 -> 0.938, heatwave 0.940 -> 0.958 (the
# past-year cues name every kind of event); grouping abduction 0.240 -> 0.246, cyclone 0.448 -> 0.510, derailment 0.500
# -> 0.533, doping case 0.258 -> 0.305, heatwave 0.666 -> 0.674, mine 0.500 -> 0.509, prison riot 0.222 -> 0.309,
# runway overrun 0.666 -> 0.735, shipwreck 0.728 -> 0.724 (a ship's crew joins the rescued; docs/ACCURACY.md); levels
# set to the measured figures (several older levels were below them), floored at 3 decimals.
# Session 11 (voices11, claimants only): grouping plant closure 0.439 -> 0.494, ransomware 0.400 -> 0.434, runway
# overrun 0.667 -> 0.735, shipwreck 0.728 -> 0.753, prison riot 0.222 -> 0.244, abduction 0.241 -> 0.253, derailment
# 0.500 -> 0.517, mine 0.500 -> 0.505 (measured before -> after; the heatwave 0.667 -> 0.663, above its level 0.427).
# After the session-11 merges (measured together): heatwave grouping 0.670, shipwreck 0.748 (see tests/test_facts.py).
# Session 11 (nunumbers11): mine quantity accuracy 0.870 -> 0.875 ("about two metres an hour" keeps its time unit
# and is a speed); the other twenty unchanged.
# Session 12 (numbers12): shipwreck grouping 0.748 -> 0.759 (a year naming an earlier event is a year, amounts and
# shares pointing back take their currency or unit); quantity accuracy no-confidence 0.881 -> 0.887 ("every third
# contract" is a share), strike 0.920 -> 0.928 ("one intercity train in seven" is a share); the others unchanged.
# Session 12 (grouping12): cyclone quantity 0.820 -> 0.831 and grouping 0.539 -> 0.594 ("the number of dead has risen
# to nine", "up from four"), abduction grouping 0.259 -> 0.263; the others unchanged.
# Session 12 (nunumbers12): quantity / grouping cyclone 0.820 / 0.539 -> 0.831 / 0.595, runway overrun 0.895 / 0.735 ->
# 0.901 / 0.746, shipwreck grouping 0.749 -> 0.753 (measured before -> after this branch's rules); the other twenty-one
# unchanged. All session-12 branches merged (measured together): grouping cyclone 0.604, prison riot 0.357, shipwreck 0.764.
# Session 13 (grouping13: an earlier event's figure given without its earlier-event words, a body's own document, a body
# named by its kind alone; see tests/test_facts.py): earlier / grouping shelling 0.971 / 0.673 -> 0.977 / 0.720, mine
# 0.915 / 0.509 -> 0.920 / 0.513, tower fire 0.930 / 0.833 -> 0.936 / 0.842, cyclone earlier 0.938 -> 0.943, doping case
# 0.856 / 0.305 -> 0.862 / 0.361, grouping derailment 0.533 -> 0.549, heatwave 0.670 -> 0.721, ransomware 0.433 ->
# 0.448. Lowered, trades said in docs/ACCURACY.md: earlier accuracy ransomware 0.870 -> 0.864 and heatwave 0.958 -> 0.952
# (one figure each joins the same figure another article marks earlier, "€1.1bn in turnover", "about 180,000
# households": the pair is lined up as the key has it, but the key marks neither earlier), grouping cyclone 0.603 ->
# 0.600 and prison riot 0.356 -> 0.348.
# Session 13 (numbers13): quantity budget 0.797 -> 0.818 and grouping 0.565 -> 0.587 (GDP as a share's denominator is
# no growth; a share of GDP told apart by deficit or debt; "ceiling" and "limit" one fact), market 0.936 -> 0.942 (an exchange rate is `other`), no-confidence 0.887
# -> 0.899 (a currency's change and rate); the others unchanged.
# Session 13 (nunumbers13): election quantity accuracy 0.966 -> 0.979 ("Women will make up 31% of the new parliament, up
# from 24%": a share of a whole, not a change); the other twenty-three unchanged.
# Session 14 (numbers14: referendum Yes/No shares and shares that back a proposal, signed ticker changes, bid premiums
# and differences from a reference price, pay offers, per-share offer prices told apart as offer / revised offer / price
# target, queue and ash-column lengths, bitcoin as money), quantity / grouping start -> end: referendum 0.732 / 0.329 ->
# 0.830 / 0.333, bridge collapse 0.834 / 0.767 -> 0.851 / 0.807, rate decision 0.634 / 0.352 -> 0.640 / 0.370, budget
# 0.818 / 0.588 -> 0.831 / 0.590, ransomware quantity 0.845 -> 0.884; not in this table: takeover 0.784 / 0.411 -> 0.915 /
# 0.422, eruption 0.909 / 0.616 -> 0.922 / 0.643, farmers' protest 0.791 / 0.477 -> 0.807 / 0.483, bank collapse quantity
# 0.913 -> 0.918 (its grouping 0.642 -> 0.636, a trade said in docs/ACCURACY.md); the others unchanged. Validation (never
# read, scored three times): tariff dispute grouping 0.407 -> 0.421 (level 0.42), the other figures of the three unchanged.
# Session 14 (grouping14: "the figure" restates the count before; datelines): quantity / grouping derailment 0.890 /
# 0.549 -> 0.913 / 0.610, abduction quantity 0.733 -> 0.740, cyclone quantity 0.831 -> 0.837, doping grouping 0.361 ->
# 0.380, bridge collapse grouping 0.766 -> 0.776; lowered (trades in docs/ACCURACY.md): grouping abduction 0.273 ->
# 0.266, cyclone 0.600 -> 0.592.
# Session 14 (crowd14: a bare figure a crowd counter gives counts its article's crowd, elided claimants, people who
# came or travelled to join, the capital's crowd, 'disagree by', an earlier claim): quantity / earlier / grouping
# strike 0.928 / 0.978 / 0.895 -> 0.956 / 0.978 / 0.932, no-confidence 0.899 / 0.988 / 0.366 -> 0.923 / 0.994 / 0.408,
# bridge collapse quantity 0.851 -> 0.861, plant closure quantity 0.840 -> 0.865; lowered (a trade in docs/ACCURACY.md):
# plant closure grouping 0.500 -> 0.483 (its two days' gate rallies, now counted as protesters, meet in one fact).
# Session 15 (numbers15: race times and distances, a bare number answering a duration, tariffs and duties as tax rates,
# "half their value", hedges after a figure), quantity start -> end: tariff dispute 0.842 -> 0.907 (grouping 0.448 ->
# 0.456), doping case 0.875 -> 0.906 (grouping 0.390 -> 0.400), strike 0.957 -> 0.971, rate decision 0.640 -> 0.648,
# referendum 0.830 -> 0.837, heatwave 0.917 -> 0.923, crowd crush 0.859 -> 0.865, bridge collapse 0.862 -> 0.868, tanker
# spill 0.802 -> 0.803; lowered (a trade in docs/ACCURACY.md): grouping bridge collapse 0.817 -> 0.803 and market
# 0.537 -> 0.529 ("half its usual bread", "almost half their value" are now found, and a lone 50% meets another
# article's lone 50%, or a share change the key lines up with a fall of another value).
# Session 15 (grouping15: a vote's tally, a market move's open and days, a gap between two counts, patients still in
# hospital, a cargo, °F as °C): grouping no-confidence 0.408 -> 0.649, ice storm 0.740 -> 0.773, market 0.537 -> 0.571,
# crowd crush 0.756 -> 0.766, heatwave 0.722 -> 0.725, runway 0.746 -> 0.752, tanker spill 0.411 -> 0.422, knife attack
# 0.659 -> 0.666; quantity and earlier accuracy unchanged by it.
# Session 15 (nunumbers15: a clause opening with its own past year is earlier, "the last of the four" is not, a crowd or
# people inside a venue are an attendance, a venue's capacity one count, seats of a stadium a count, a length a size, a
# partitive names its own whole), quantity / earlier / grouping start -> end: bridge collapse 0.861 / 0.966 / 0.817 ->
# 0.872 / 0.966 / 0.828, budget 0.830 / 0.979 / 0.590 -> 0.834 / 0.979 / 0.592, crowd crush 0.859 / 0.961 / 0.755 ->
# 0.865 / 0.961 / 0.772, knife attack quantity 0.855 -> 0.867, shipwreck quantity 0.949 -> 0.955, tower fire earlier
# 0.936 -> 0.942; mine quantity 0.881 -> 0.875 (a trade in docs/ACCURACY.md: "would now have to be 'about 65 metres'
# long", a rescue tunnel the key counts as a distance, is read as a size; level unchanged at 0.875).
# Session 16 (quantity16: the year of an earlier event is earlier itself; a quotation opening with a past year; ages after
# "now"/"then", "who turned", the youngest and oldest, a full name closing the sentence; "left their homes" evacuated;
# stranded or told to stay indoors affected; tonnes in words a weight; deputies absent a count),
# quantity / earlier / grouping start -> end (raised where raised): coup attempt 0.811 / 0.933 -> 0.827 / 0.961, flood
# 0.806 / 0.939 -> 0.824 / 0.957, doping 0.906 / 0.862 / 0.422 -> 0.918 / 0.868 / 0.468, crowd crush earlier 0.961 ->
# 0.974, no-confidence quantity / grouping 0.923 / 0.649 -> 0.940 / 0.663, tanker spill 0.803 /
# 0.937 -> 0.808 / 0.968, runway 0.901 / 0.950 -> 0.913 / 0.962, derailment 0.913 / 0.959 -> 0.919 / 0.976, knife attack
# quantity 0.867 -> 0.874, match-fixing 0.715 / 0.901 -> 0.720 / 0.917, earlier only: tariff 0.848 -> 0.875, shipwreck
# 0.927 -> 0.949, referendum 0.974 -> 0.987, rate decision 0.939 -> 0.951, cyclone 0.943 -> 0.955, heatwave 0.952 ->
# 0.964, shelling 0.977 -> 0.988, abduction 0.966 -> 0.973, plant closure 0.872 -> 0.878, market 0.962 -> 0.968, mine
# 0.920 -> 0.926. One trade (docs/ACCURACY.md): strike quantity 0.971 -> 0.964 ("Thousands of commuters were stranded"
# is `count` in its key; two other keys count stranded travellers as affected).
# Session 16 (grouping16: figures of a past year's clause are the earlier event's, quantity ids that may meet in the
# lone alignment), earlier / grouping, old level -> measured (new levels 0.001 under the printed figures): flood 0.938 /
# 0.57 -> 0.952 / 0.642, coup attempt 0.932 / 0.387 -> 0.956 / 0.423, match-fixing 0.901 / 0.364 -> 0.927 / 0.383,
# cyclone 0.943 / 0.698 -> 0.949 / 0.733, tanker spill 0.937 / 0.473 -> 0.948 / 0.502; grouping budget 0.592 -> 0.612,
# ice storm 0.804 -> 0.835, plant closure 0.465 -> 0.495, referendum 0.394 -> 0.410, strike 0.932 -> 0.941; validation
# bailout grouping 0.397 -> 0.432 (validation scorer, /work/scoring/score11.py).
# Session 16 (numbers16: unlisted currency codes before an amount, ages, places and floors, prison terms and bans, a
# policy rate's move in points, people rescuers took to safety, members absent, probabilities and capital ratios, an
# ordinal lined up only with the same ordinal), quantity / earlier / grouping start -> end: match-fixing 0.715 / 0.902 /
# 0.365 -> 0.855 / 0.905 / 0.430, rate decision 0.648 / 0.939 / 0.400 -> 0.701 / 0.940 / 0.408, no-confidence quantity /
# grouping 0.923 / 0.649 -> 0.941 / 0.664, doping case 0.906 / 0.862 / 0.422 -> 0.920 / 0.864 / 0.449, flood quantity /
# grouping 0.806 / 0.571 -> 0.818 / 0.621, tower fire 0.965 / 0.942 / 0.843 -> 0.972 / 0.943 / 0.857, market quantity /
# grouping 0.943 / 0.563 -> 0.949 / 0.585, knife attack quantity 0.868 -> 0.881, bridge collapse quantity 0.879 ->
# 0.885, tanker spill 0.803 -> 0.809, cyclone 0.837 -> 0.839, coup attempt 0.811 -> 0.812 (small earlier-accuracy
# gains with them). Lowered, two trades said in docs/ACCURACY.md: grouping runway overrun 0.752 -> 0.721 ("a woman in
# her seventies ..., the Health Ministry said" is now a figure, and the claimant key of another outlet's hospital
# spokeswoman, whose hospital that sentence names, becomes the ministry's) and knife attack 0.667 -> 0.659 ("a man in
# his twenties" is found and the key lines it up with two ages no claimant joins).
LEVELS = {
    "quake-valdora": (0.978, 1.0, 0.971),
    "strike-norland": (0.964, 0.978, 0.941),  # crowd14: 0.928 / 0.894 -> 0.956 / 0.932
    "verdict-halberg": (0.95, 1.0, 0.909),
    "election-varenia": (0.979, 0.972, 0.915),
    "wildfire-cabrel": (0.959, 0.975, 0.896),
    "market-crash-ardesia": (0.955, 0.968, 0.584),  # 0.529 -> 0.537 (session 14, nunumbers14); session 17 (quantity17): 0.949 -> 0.955
    "outbreak-kavrin": (0.942, 0.978, 0.911),  # 0.911 -> 0.921 (session 14, nunumbers14); 0.921 -> 0.911 (session 16, claimants16, a stated trade)
    "shelling-tolvany": (0.977, 0.988, 0.732),
    "ice-storm-haldmark": (0.939, 0.957, 0.845),  # session 17 (grouping17): grouping 0.834 -> 0.845
    "mine-collapse-brevik": (0.881, 0.926, 0.59),  # session 19 (quantity19): 0.875 -> 0.881
    "shipwreck-calvera": (0.955, 0.949, 0.792),  # 0.763 -> 0.784 (session 14, nunumbers14); session 17 (grouping17): grouping 0.784 -> 0.792
    "ransomware-lenmark": (0.883, 0.864, 0.486),
    "derailment-osterby": (0.919, 0.976, 0.638),  # session 19 (grouping19): grouping 0.625 -> 0.638
    "crowd-crush-selvana": (0.871, 0.974, 0.79),  # session 17 (grouping17): grouping 0.785 -> 0.79
    "plant-closure-dornbach": (0.865, 0.871, 0.509),  # session 19 (coordinator): quantity19's aid row (0.871) withdrawn; session 18 (quantity18, a stated trade): earlier 0.878 -> 0.871 (a bracketed conversion no longer ends the clause, so "last year" after "€1.1bn ($1.19bn) in the five years to 2025" marks it earlier); crowd14: 0.840 -> 0.865; grouping 0.494 -> 0.483, a trade (docs/ACCURACY.md); session 15 (claimkeys15, a stated trade): 0.483 -> 0.465 (the union and the police each one key now; their two days of crowds meet); session 17 (grouping17): grouping 0.494 -> 0.509; session 19 (quantity19): 0.865 -> 0.871
    "tower-fire-quellen": (0.971, 0.943, 0.857),
    "budget-ostria": (0.847, 0.979, 0.609),  # session 19 (claims19), a stated trade (docs/ACCURACY.md): grouping 0.611 -> 0.609 (the wire story's claimant is now the minister, not "Ostria"; speakers 0.920 -> 0.933, claimants 0.795 -> 0.812); 0.587 -> 0.592 (nunumbers14 alone); 0.578 with numbers14, 0.590 with revision14 (test_facts.py); session 17 (quantity17): 0.834 -> 0.847
    "abduction-karsa": (0.773, 0.973, 0.266),  # 0.263 -> 0.274: an age as its sentence's subject is the person named before (session 13); session 14: 0.266 (grouping14) -> 0.270 (with nunumbers14); session 17 (grouping17): grouping 0.27 -> 0.266 (a stated trade, docs/ACCURACY.md); session 18 (quantity18): 0.74 -> 0.773
    "heatwave-corvena": (0.923, 0.964, 0.738),
    "prison-riot-halvik": (0.872, 0.911, 0.37),  # 0.348 -> 0.370 (session 14, nunumbers14); session 19 (quantity19): 0.866 -> 0.872
    "runway-overrun-orlend": (0.914, 0.963, 0.752),  # 0.752 -> 0.745 (session 16, claimants16, a stated trade); session 18 (grouping18): 0.715 -> 0.752
    "cyclone-tessaly": (0.85, 0.972, 0.782),  # session 19 (grouping19): earlier 0.961 -> 0.972, grouping 0.753 -> 0.782; all session-13 branches together: 0.600; session 18 (quantity18): 0.838 -> 0.85, grouping 0.732 -> 0.748
    "no-confidence-dravenia": (0.952, 0.994, 0.678),  # after every session-19 merge (coordinator, measured, floored): quantity 0.952 (quantity19), grouping 0.678 (grouping19 alone 0.684); session 19 (grouping19): grouping 0.673 -> 0.684; crowd14: 0.899 / 0.988 / 0.366 -> 0.923 / 0.994 / 0.408
    "doping-case-ostrel": (0.919, 0.864, 0.505),  # grouping 0.399 -> 0.421 (claimkeys15); session 17 (grouping17): grouping 0.468 -> 0.505; (nunumbers17): earlier 0.868 -> 0.864, a stated trade (one mark, not diagnosed in time; docs/ACCURACY.md)
    # session 12's events (session 13's validation set) and session 13's held-out events, measured after every
    # session-13 merge (scorer rounded to 3 decimals; levels 0.001 below). Rate decision quantity 0.531 (session 12)
    # -> 0.634 with numbers13's money and rate rules; the session-13 events' first contact was 0.797 / 0.855 / 0.809
    # (tariff quantity 0.809 -> 0.836 with the session-13 merges; tanker grouping 0.468 -> 0.411, see docs/ACCURACY.md)
    "bridge-collapse-korvath": (0.895, 0.966, 0.859),  # crowd14: quantity 0.851 -> 0.861; session 18 (quantity18): 0.89 -> 0.895
    "referendum-estrava": (0.844, 0.987, 0.429),  # session 17 (grouping17): grouping 0.41 -> 0.429; session 17 (quantity17): 0.837 -> 0.844
    "rate-decision-varkand": (0.754, 0.951, 0.412),  # session 17 (quantity17): 0.7 -> 0.712; session 18 (quantity18): 0.712 -> 0.754
    "tanker-spill-orvessa": (0.886, 0.968, 0.517),  # session 17 (grouping17): grouping 0.501 -> 0.517; session 17 (quantity17): 0.809 -> 0.824; session 18 (quantity18): 0.824 -> 0.886
    "knife-attack-belmora": (0.906, 0.925, 0.658),  # after every session-19 merge (coordinator, measured, floored): quantity 0.906 (quantity19 measured 0.912 alone); grouping 0.642 -> 0.658 (session 14, validation scorer); session 17 (quantity17): 0.887 -> 0.893; session 19 (quantity19): 0.893 -> 0.912
    "tariff-dispute-kestria": (0.94, 0.875, 0.463),  # grouping 0.406 -> 0.432 (session 14); session 17 (grouping17): grouping 0.472 -> 0.463 (a stated trade, docs/ACCURACY.md); session 17 (quantity17): quantity 0.907 -> 0.914; session 18 (quantity18): 0.914 -> 0.94
    # session 14's held-out events at their first contact (session-13 code; scorer rounded to 3 decimals, levels 0.001
    # below): flood 0.806 / 0.939 / 0.565, coup attempt 0.806 / 0.933 / 0.371, match-fixing 0.724 / 0.901 / 0.364
    "flood-drevna": (0.89, 0.957, 0.674),  # after every session-19 merge (coordinator, measured, floored): quantity 0.890, grouping 0.674; session 19 (grouping19): grouping 0.674 -> 0.682; session 18 (quantity18): 0.836 -> 0.878
    "coup-attempt-zerhavia": (0.834, 0.961, 0.422),  # session 17 (quantity17): 0.827 -> 0.85 on its branch; 0.828 after the coordinator withdrew its "in detention" row; session 18 (quantity18): 0.828 -> 0.834
    "match-fixing-lorvane": (0.86, 0.926, 0.538),  # session 19 (grouping19): grouping 0.509 -> 0.538; session 17 (grouping17): grouping 0.43 -> 0.49; session 17 (quantity17): 0.855 -> 0.86
    # session 15's held-out events at their first contact (session-14 code; scorer rounded to 3 decimals, levels 0.001
    # below): avalanche 0.670 / 0.927 / 0.341, bailout 0.830 / 0.899 / 0.390, leaked exam 0.735 / 0.895 / 0.367
    # after every session-15 merge: avalanche 0.698 / 0.927 / 0.393, bailout 0.834 / 0.907 / 0.397, leaked exam 0.742 /
    # 0.896 / 0.400
    "avalanche-kessary": (0.765, 0.938, 0.41),  # session 18 (quantity18): 0.703 -> 0.759; session 19 (quantity19): 0.759 -> 0.765
    "debt-bailout-morvania": (0.874, 0.922, 0.445),  # session 17 (grouping17): grouping 0.431 -> 0.445; session 17 (quantity17): 0.833 -> 0.846; session 18 (quantity18): 0.846 -> 0.874
    "exam-scandal-tavoria": (0.835, 0.92, 0.551),  # session 17 (grouping17): grouping 0.448 -> 0.551; session 17 (quantity17): 0.743 -> 0.78; session 18 (quantity18): 0.78 -> 0.823; session 19 (quantity19): 0.823 -> 0.835
    # session 16's held-out events at their first contact (session-15 code; scorer rounded to 3 decimals, levels 0.001
    # below): ferry sinking 0.850 / 0.918 / 0.559, disputed run-off 0.810 / 0.933 / 0.512, airline collapse 0.634 /
    # 0.886 / 0.247
    # after every session-16 merge (coordinator; levels 0.001 under the rounded figures, a fall floored): ferry quantity
    # 0.850 -> 0.845 (a stated trade), run-off 0.810 / 0.933 / 0.512 -> 0.810 / 0.951 / 0.548, airline 0.634 / 0.886 /
    # 0.247 -> 0.670 / 0.898 / 0.249; session 15's events (session 16's validation set): avalanche 0.698 / 0.927 /
    # 0.393 -> 0.704 / 0.939 / 0.411, bailout 0.834 / 0.907 / 0.397 -> 0.834 / 0.923 / 0.432, leaked exam 0.742 /
    # 0.896 / 0.400 -> 0.744 / 0.921 / 0.449. Stated trades on development events: knife attack grouping 0.666 -> 0.658
    # (numbers16), outbreak grouping 0.921 -> 0.911 (claimants16), runway grouping 0.752 -> 0.715 (numbers16,
    # claimants16), strike quantity 0.971 -> 0.964 (quantity16)
    "ferry-sinking-halsund": (0.908, 0.917, 0.559),  # session 18 (quantity18): 0.845 -> 0.908
    "runoff-dispute-casmera": (0.809, 0.95, 0.547),
    "airline-bankruptcy-velotra": (0.806, 0.897, 0.403),  # after every session-19 merge (coordinator, measured, floored): quantity 0.806, grouping 0.403 (grouping19 alone 0.44, claims19 and quantity19 took part back); session 19 (grouping19): grouping 0.35 -> 0.44; session 18 (grouping18): grouping 0.248 -> 0.379 on its branch, 0.350 with quantity18 merged (its currencies read as money regroup the sums); (quantity18): quantity 0.67 -> 0.784
    # session 17, first contact (session-16 code, main at 44c62cb; floored): coach crash, bribery scandal, minimum wage
    # after every session-17 merge: coach grouping 0.588 -> 0.605, bribery quantity 0.691 -> 0.696, minimum wage 0.632 -> 0.636
    "coach-crash-pellaro": (0.846, 0.944, 0.68),  # session 18, after every merge (levels 0.001 under the printed figures): quantity 0.822 -> 0.847 (quantity18), grouping 0.605 -> 0.681 (grouping18 and quantity18)
    "bribery-scandal-quessa": (0.801, 0.89, 0.617),  # session 19 (grouping19): grouping 0.482 -> 0.617; session 18 (grouping18): grouping 0.457 -> 0.573 on its branch, 0.482 with quantity18 merged (its sums in kester now spread over several money quantities); (quantity18): quantity 0.696 -> 0.801
    "minimum-wage-dunmere": (0.694, 0.95, 0.476),  # session 18, after every merge: quantity 0.636 -> 0.695, earlier 0.946 -> 0.951, grouping 0.357 -> 0.477
    # session 18, first contact (session-17 code, main at 5921908; floored): smog emergency, drug seizure, climate summit
    "smog-emergency-velgrad": (0.811, 0.973, 0.451),  # after every session-18 merge: quantity 0.791 -> 0.812, grouping 0.426 -> 0.452
    "cocaine-seizure-portmarin": (0.792, 0.919, 0.533),  # after every session-18 merge: quantity 0.732 -> 0.793, grouping 0.523 -> 0.533; earlier 0.924 -> 0.919, a stated trade (quantity18: a bracketed conversion no longer cuts a figure from the words after it)
    "climate-summit-aldera": (0.779, 0.862, 0.537),  # after every session-18 merge: quantity 0.756 -> 0.780, grouping 0.531 -> 0.538
}


def _key(event: str) -> pd.DataFrame:
    files = [KEYS / f"{event}_numbers_heldout.csv", KEYS / f"{event}_numbers.csv"]
    return pd.concat([pd.read_csv(f, comment="#", keep_default_na=False, dtype=str) for f in files if f.exists()],
                     ignore_index=True)


@pytest.mark.parametrize("event", sorted(LEVELS))
def test_what_each_figure_counts_on_the_development_events(event, accuracy):
    if not (CORPORA / event).is_dir():
        pytest.skip(f"{event} corpus not in this checkout")
    tables = build_tables(CORPORA / event)
    claimants = partial(add_claimants, attributions=attribute_sentences(tables["sentences"]))
    numbers = numbers_tables(tables["sentences"], tables["articles"], load_number_codebooks(CORPORA / event),
                             claimants=claimants)["numbers"]
    numbers = numbers.merge(tables["articles"][["article_id", "file"]], on="article_id", how="left")
    scores = fact_scores(match_event_key(_key(event), numbers))
    measured = (scores["quantity_accuracy"], scores["earlier_accuracy"], scores["grouping_f1"])
    accuracy[f"what a figure counts, {event} (whole event)"] = dict(zip(
        ("quantity_accuracy", "earlier_accuracy", "grouping_f1"), measured))
    assert all(m >= level for m, level in zip(measured, LEVELS[event])), (measured, LEVELS[event])
