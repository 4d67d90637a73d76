"""The enrichment benchmark's scores stay above their floors: on the hand-written
reports alone and on both old sets together, and on each half of the blind set
(written for the project by writers who had not read the rules).  Floors only
move up, with one exception: where the old sets, labelled beside the rules,
disagree with what every blind writer does, the blind sets win (the types of
background sentences, 据了解…/成立以来长期开展…, are no activity's; the
hand-written reports' types recall went from 0.92 to 0.88 with it; and 平时…,
what a team usually does, 0.88 to 0.87), and one more: the report-or-not
model's classes weigh halfway to balanced (docs/enrich.md, Writer P), which
reads fewer of the blind checking halves' non-reports as reports (12 of 113
unweighted, 8 so) and two short hand-written reports (hw-007, hw-046) and
one of writer M's tuning half as none (types recall 0.87 to 0.86); and a
third: old people reached by a service named by its own word (理发, 义诊,
送药) make no elderly care unless the text names them in need (独居, 高龄)
or cares for them (看望, 陪伴), as writers J and O to T label; writers A, B
and E label such a service elderly care too (A+B checking types 0.910 /
0.934 to 0.908 / 0.908, E's 0.872 / 0.953 to 0.867 / 0.907, G's tuning recall
0.985 to 0.971, the hand-written reports' recall 0.904 to 0.901).  The
report-or-not weights refitted with writer U read two tuning reports as none
(P's p25, types recall 0.963 to 0.926 and dates 0.969 to 0.938; H's h-035):
the fit's own trade, the checking halves unchanged (8 non-reports of 153
read as reports, 4 reports of 269 missed).  A picture book or a reading
word alone names no culture (weak words: six writers' children's
activities): G's tuning half loses a reading session's type (recall 0.971
to 0.956).  With writer V in the fit and a title's 故事 no longer read as a
profile's, two undated descriptions of a standing practice among the
hand-written reports (hw-033, hw-047) read as work summaries, and hw-039's
check-ups for old people are check-ups: the hand-written reports' types
recall 0.87 to 0.83.  A list's items are what 、, ； and spaces set apart,
not a prose sentence's clauses (a long seed report read as a list once the
weights moved with writers U to W): P's tuning half gains its clinic report
back (types precision 0.765 to 0.750 with its extra types).  Refitted with
writer X and a habit's time (每天傍晚, 每周三下午) naming no day, the weights
read hw-032, an undated account of a village's standing practice (定期评选,
去年以来…), as no report: the hand-written reports' types recall 0.82 to 0.815,
while the checking halves read 7 non-reports of 182 as reports instead of 9.
A walk along a river or a lake that checks it (巡河, 沿湖巡查) beside its
clean-up is the clean-up's patrol, no safety patrol, as writer ZA labels it
(A+B's checking precision 0.933 to 0.946, J's tuning 0.936 to 0.957 with
it): hw-037's lake patrol loses its patrol type, and the weights refitted
with ZA read hw-032 as no report again; the hand-written reports' types
recall 0.815 to 0.804."""
import pytest

from pipelines.bench.enrich import BLIND_DIR, EVAL_SETS, FIELDS, load_blind, load_eval, score, score_blind

FLOOR = 0.90
# Reached on each half of each blind group (precision, recall); the genre and
# no-records figures are held apart below.  Writers A and B wrote the first
# group; writer C the second, later, with conventions of its own (stations
# only where an activity was held, no teams on texts reporting none): its
# floors stand where its figures stand, checking half as first run.
BLIND_FLOORS = {
    ("ab", "tuning"): {"places": (0.98, 0.99), "teams": (0.98, 1.0), "stations": (0.96, 1.0), "types": (0.95, 0.98),
                       "dates": (1.0, 1.0), "counts": (0.98, 1.0)},
    # (counts recall 0.96 to 0.95: a sentence that says what will go on, 将持续/将在…, is dropped whole, one
    # count of the activity with it; writers C, E, L, O and P gain; then dates recall 0.98 to 0.96 and counts
    # recall to 0.93: one of B's reports read as a notice since writer R joined the report-or-not fit)
    ("ab", "checking"): {"places": (0.96, 0.98), "teams": (0.97, 1.0), "stations": (1.0, 1.0), "types": (0.93, 0.92),
                         "dates": (0.97, 0.96), "counts": (0.96, 0.93)},
    # (types precision 0.94 to 0.92: writers C and B disagree on a skit at a children's anti-fraud class, 情景剧)
    ("c", "tuning"): {"places": (0.80, 0.93), "teams": (0.71, 1.0), "stations": (0.61, 0.91), "types": (0.92, 0.94),
                      "dates": (0.94, 1.0), "counts": (0.95, 0.93)},
    ("c", "checking"): {"places": (0.98, 0.97), "teams": (0.88, 0.90), "stations": (0.52, 1.0), "types": (0.91, 0.82),
                        "dates": (1.0, 0.87), "counts": (1.0, 0.94)},
    # writer E wrote for the activity types (counts not labelled); checking half first run types 0.719 / 0.953
    ("e", "tuning"): {"places": (0.92, 0.94), "teams": (0.94, 0.94), "stations": (1.0, 0.82), "types": (0.95, 0.90),
                      "dates": (0.96, 1.0)},
    ("e", "checking"): {"places": (0.96, 0.89), "teams": (0.88, 0.92), "stations": (0.95, 0.95), "types": (0.88, 0.92),
                        "dates": (1.0, 1.0)},
    # writer G: types in everyday words (counts not labelled); checking half first run types 1.000 / 0.839
    ("g", "tuning"): {"places": (0.98, 0.93), "teams": (1.0, 1.0), "stations": (1.0, 0.91), "types": (0.97, 0.95),
                      "dates": (0.96, 0.96)},
    ("g", "checking"): {"places": (0.91, 0.88), "teams": (1.0, 0.95), "stations": (0.90, 0.86), "types": (1.0, 0.95),
                        "dates": (1.0, 1.0)},
    # writer I: types among traps (counts not labelled; teams labelled loosely, not held); first run types
    # 0.846 / 0.917 tuning, 0.775 / 0.912 checking
    ("i", "tuning"): {"places": (0.91, 0.96), "types": (0.91, 0.95), "dates": (1.0, 1.0)},
    ("i", "checking"): {"places": (0.91, 0.91), "types": (0.94, 0.97), "dates": (1.0, 1.0)},
    # writer J: all fields, reports of several activities; first run tuning places 0.938 / 0.926, teams 0.943 /
    # 0.943, types 0.864 / 0.844, counts 1.000 / 0.906; checking half held at its first run
    ("j", "tuning"): {"places": (0.94, 0.98), "teams": (0.98, 1.0), "stations": (1.0, 1.0), "types": (0.91, 0.95),
                      "dates": (1.0, 1.0), "counts": (1.0, 0.96)},
    ("j", "checking"): {"places": (0.97, 0.97), "teams": (1.0, 0.92), "stations": (1.0, 1.0), "types": (0.94, 1.0),
                        "dates": (0.91, 0.91), "counts": (1.0, 0.83)},
    # writer L: all fields, traps in every field (stations written with their whole chain of places, unlike
    # every other writer); first run tuning types 0.769 / 0.800, counts 0.946 / 0.883; checking half held
    # (stations held since the benchmark reads a station's name as a team's: with or without the places before it;
    # a volunteer post is a station, so 新建社区志愿服务站 of a plan, once an extra team, is now an extra station)
    ("l", "tuning"): {"places": (0.83, 0.92), "teams": (0.94, 0.94), "stations": (0.94, 0.94), "types": (1.0, 0.96),
                      "dates": (1.0, 1.0), "counts": (0.96, 0.91)},
    ("l", "checking"): {"places": (0.92, 1.0), "teams": (0.96, 1.0), "stations": (1.0, 1.0), "types": (0.75, 0.95),
                        "dates": (0.90, 1.0), "counts": (0.89, 0.85)},
    # writer N: all fields, 31 provinces, relative dates, non-reports that look like reports; first run tuning
    # places 0.849 / 0.961, types 0.778 / 1.000; checking places 0.969 / 0.969, types 0.871 / 1.000 (held)
    ("n", "tuning"): {"places": (0.98, 0.98), "teams": (0.96, 0.96), "stations": (1.0, 0.93), "types": (0.91, 1.0),
                      "dates": (1.0, 1.0), "counts": (0.97, 0.97)},
    ("n", "checking"): {"places": (0.96, 0.98), "teams": (0.97, 1.0), "stations": (1.0, 0.93), "types": (0.87, 1.0),
                        "dates": (0.94, 1.0), "counts": (0.96, 0.95)},
    # writers O, P, Q and R: all fields; held where they stand (first runs in docs/enrich.md: checking types
    # O 0.700 / 1.000, P 0.645 / 1.000, Q 0.806 / 0.926, R 0.889 / 0.976; R's counts 0.979 / 0.893)
    ("o", "tuning"): {"places": (0.89, 0.94), "teams": (1.0, 1.0), "stations": (1.0, 0.93), "types": (0.85, 0.94),
                      "dates": (1.0, 0.93), "counts": (1.0, 0.91)},
    # (counts 0.827 / 0.896 -> 0.815 / 0.917 when measures an activity covered or raised became counts)
    ("o", "checking"): {"places": (0.93, 0.98), "teams": (0.94, 0.96), "stations": (1.0, 0.93), "types": (0.77, 1.0),
                        "dates": (1.0, 1.0), "counts": (0.81, 0.91)},
    ("p", "tuning"): {"places": (0.94, 0.94), "teams": (0.92, 0.94), "stations": (1.0, 0.90), "types": (0.75, 1.0),
                      "dates": (0.94, 1.0), "counts": (0.96, 0.88)},
    ("p", "checking"): {"places": (1.0, 0.96), "teams": (0.91, 0.91), "stations": (1.0, 0.92), "types": (0.86, 1.0),
                        "dates": (0.92, 1.0), "counts": (0.96, 0.96)},
    ("q", "tuning"): {"places": (0.94, 1.0), "teams": (1.0, 1.0), "stations": (1.0, 1.0), "types": (0.89, 0.96),
                      "dates": (1.0, 1.0), "counts": (1.0, 0.93)},
    # (places precision of Q's and R's checking halves 0.98 -> 0.96 and 0.919 -> 0.907 when a township named
    # short began to count where its county is named: writer S's halves went 0.927 / 0.908 and 0.878 / 0.878
    # to 0.960 / 0.969 and 0.959 / 0.959)
    ("q", "checking"): {"places": (0.96, 0.93), "teams": (1.0, 0.97), "stations": (1.0, 1.0), "types": (0.96, 0.96),
                        "dates": (1.0, 1.0), "counts": (0.96, 0.95)},
    # (types precision 0.857 -> 0.838: a children's day report, read as one since 科普 in a title stopped
    # calling a text an explainer, brings its gift list's 绘本 as culture)
    ("r", "tuning"): {"places": (1.0, 1.0), "teams": (0.96, 0.96), "stations": (1.0, 0.78), "types": (0.91, 0.96),
                      "dates": (0.96, 0.96), "counts": (0.98, 0.83)},
    ("r", "checking"): {"places": (0.90, 1.0), "teams": (0.98, 0.96), "stations": (1.0, 1.0), "types": (0.93, 0.97),
                        "dates": (1.0, 0.97), "counts": (0.97, 0.89)},
    # writer S: all fields, all 31 provinces; first run places 0.927 / 0.908 and 0.878 / 0.878, dates checking
    # 0.964 / 0.900 (townships named short, festivals' eves since)
    ("s", "tuning"): {"places": (0.95, 0.96), "teams": (1.0, 0.98), "stations": (1.0, 1.0), "types": (0.95, 0.97),
                      "dates": (1.0, 1.0), "counts": (1.0, 0.95)},
    ("s", "checking"): {"places": (0.95, 0.95), "teams": (1.0, 1.0), "stations": (1.0, 0.95), "types": (0.89, 1.0),
                        "dates": (1.0, 0.96), "counts": (1.0, 0.95)},
    # writer T: 24 reports, 20 texts reporting none made to look like reports; first run tuning types 0.900 /
    # 0.947, checking places 0.979 / 0.959, types 0.741 / 0.952 (people served named beside another activity: T
    # gives them no type of their own), dates 0.880 / 1.000
    ("t", "tuning"): {"places": (0.98, 1.0), "teams": (1.0, 0.96), "stations": (1.0, 1.0), "types": (0.95, 1.0),
                      "dates": (1.0, 1.0), "counts": (1.0, 0.97)},
    ("t", "checking"): {"places": (0.98, 0.95), "teams": (0.96, 0.93), "stations": (0.96, 0.93), "types": (0.80, 0.95),
                        "dates": (0.88, 1.0), "counts": (0.94, 0.98)},
    # writer U: 24 reports naming the people served, relative and festival dates, 20 texts reporting none;
    # first run tuning places 0.949 / 0.974, teams 0.947 / 0.973, types 0.950 / 0.905, counts 0.964 / 0.931;
    # checking places 0.962 / 0.984, teams 0.983 / 0.983, types 0.796 / 0.977, dates 0.909 / 1.000, counts
    # 0.983 / 0.935, records on 1 of its 14 non-reports (held at its first run)
    ("u", "tuning"): {"places": (1.0, 1.0), "teams": (0.97, 0.97), "stations": (1.0, 1.0), "types": (0.97, 0.95),
                      "dates": (1.0, 1.0), "counts": (1.0, 0.96)},
    ("u", "checking"): {"places": (0.96, 0.98), "teams": (0.98, 0.98), "stations": (1.0, 1.0), "types": (0.79, 0.97),
                        "dates": (0.90, 1.0), "counts": (0.98, 0.93)},
    # writer V: 16 reports that read least like one, 28 texts reporting none that read close to one; first run
    # tuning types 0.692 / 0.900, genre right 16/19, records on 1 of 16 non-reports; checking places 0.962 /
    # 0.952, types 0.735 / 0.862, counts 0.929 / 0.981, genre right 22/25, records on 2 of 12 (held there)
    ("v", "tuning"): {"places": (1.0, 1.0), "teams": (1.0, 1.0), "stations": (1.0, 1.0), "types": (1.0, 1.0),
                      "dates": (1.0, 1.0), "counts": (1.0, 0.83)},
    ("v", "checking"): {"places": (0.96, 0.95), "teams": (1.0, 1.0), "stations": (0.98, 0.98), "types": (0.78, 0.86),
                        "dates": (0.93, 1.0), "counts": (0.92, 0.98)},
    # writer W: 34 reports written so that the types are hard to read, 10 non-reports; first run tuning places
    # 0.849 / 0.957, teams 0.931 / 1.000, types 0.828 / 1.000; checking places 0.977 / 0.977, teams 0.941 /
    # 1.000, types 0.841 / 0.949, counts 0.952 / 0.952, no records on its 6 non-reports (held there)
    ("w", "tuning"): {"places": (0.85, 0.97), "teams": (0.93, 1.0), "stations": (1.0, 1.0), "types": (0.96, 1.0),
                      "dates": (1.0, 1.0), "counts": (0.95, 1.0)},
    ("w", "checking"): {"places": (0.97, 0.97), "teams": (0.94, 1.0), "stations": (1.0, 0.96), "types": (0.84, 0.94),
                        "dates": (1.0, 1.0), "counts": (0.95, 0.95)},
    # writer X: 26 reports (long ones of several days told relative to each other, ones framed by background
    # and plans), 18 texts reporting none written close to a report; first run tuning types 0.833 / 0.962,
    # dates 0.944 / 0.810, records on 1 of 7 non-reports; checking places 0.975 / 0.983, types 0.863 /
    # 0.880, dates 1.000 / 0.971, genre right 27/28, records on 1 of its 11 non-reports
    ("x", "tuning"): {"places": (0.95, 0.98), "teams": (1.0, 1.0), "stations": (1.0, 1.0), "types": (0.89, 0.96),
                      "dates": (0.95, 0.95), "counts": (1.0, 0.89)},
    ("x", "checking"): {"places": (0.97, 0.98), "teams": (0.98, 0.97), "stations": (0.95, 1.0), "types": (0.95, 0.88),
                        "dates": (1.0, 1.0), "counts": (1.0, 0.97)},
    # writer Y: short texts as feeds and 快讯 columns publish them (26 briefs, photo news and short reports, 18
    # non-reports as short); first run tuning types 1.000 / 0.895, dates 0.929 / 1.000, records on 1 of 6
    # non-reports; checking places 0.981 / 0.981, types 0.789 / 0.938, counts 1.000 / 0.850, genre right 20/24,
    # records on 3 of its 12 non-reports
    ("y", "tuning"): {"places": (1.0, 1.0), "teams": (1.0, 1.0), "stations": (1.0, 1.0), "types": (1.0, 0.94),
                      "dates": (0.92, 1.0), "counts": (0.94, 0.94)},
    ("y", "checking"): {"places": (0.98, 0.98), "teams": (1.0, 1.0), "stations": (1.0, 0.92), "types": (0.88, 0.93),
                        "dates": (1.0, 1.0), "counts": (1.0, 0.85)},
    # writer Z: the registers of the outlets (agency dispatches, provincial features, county reports, government
    # work news, 文明网 pieces, WeChat posts, school, hospital and enterprise news), 14 non-reports; first run
    # tuning places 0.914 / 0.930, types 0.862 / 0.893, genre right 20/22, records on 1 of 8 non-reports;
    # checking places 0.829 / 1.000, teams 0.923 / 0.923, types 0.968 / 0.833, counts 0.980 / 0.941, genre right
    # 20/22, no records on its 6 non-reports
    ("z", "tuning"): {"places": (0.91, 0.94), "teams": (0.94, 0.94), "stations": (1.0, 0.85), "types": (0.96, 0.96),
                      "dates": (1.0, 1.0), "counts": (1.0, 0.95)},
    ("z", "checking"): {"places": (0.82, 1.0), "teams": (0.92, 0.92), "stations": (1.0, 1.0), "types": (0.96, 0.83),
                        "dates": (1.0, 1.0), "counts": (0.97, 0.94)},
    # writer ZA: activities told in local, seasonal, ethnic or new words (那达慕, 村晚, 爱心冰箱, 板凳法庭), 14
    # non-reports in the same words; first run tuning types 0.931 / 0.964, dates 0.950 / 1.000; checking places
    # 1.000 / 1.000, types 0.917 / 0.917, dates 0.963 / 0.963, counts 0.950 / 0.950, records on 1 of its 5
    # non-reports
    ("za", "tuning"): {"places": (0.95, 0.97), "teams": (0.97, 0.97), "stations": (1.0, 0.91), "types": (1.0, 0.96),
                       "dates": (1.0, 1.0), "counts": (0.97, 1.0)},
    ("za", "checking"): {"places": (1.0, 1.0), "teams": (1.0, 1.0), "stations": (1.0, 0.9), "types": (0.91, 0.91),
                         "dates": (0.96, 0.96), "counts": (0.95, 0.95)},
    # writer ZB: the activity types a careful reader must decide (the people served, type words in names,
    # programmes partly done); first run tuning types 0.674 / 1.000 (a commentary listing every type read as a
    # report holds eight of its eleven wrong types), checking types 0.698 / 1.000, places 0.970 / 0.985
    ("zb", "tuning"): {"places": (0.96, 0.96), "teams": (0.96, 1.0), "stations": (1.0, 0.76), "types": (0.87, 1.0),
                       "dates": (1.0, 0.96), "counts": (0.96, 0.96)},
    ("zb", "checking"): {"places": (0.96, 0.98), "teams": (0.91, 1.0), "stations": (1.0, 1.0), "types": (0.69, 1.0),
                         "dates": (1.0, 1.0), "counts": (0.96, 0.96)},
    # writer ZC: 26 non-reports that read like reports, 18 reports that read like something else; first run
    # tuning types 0.786 / 0.846, checking types 0.938 / 0.882, dates 0.846 / 0.917, counts 0.931 / 0.844,
    # records on 1 of its 10 checking non-reports
    ("zc", "tuning"): {"places": (1.0, 0.95), "teams": (1.0, 1.0), "stations": (1.0, 0.95), "types": (0.92, 0.92),
                       "dates": (0.9, 1.0), "counts": (1.0, 1.0)},
    ("zc", "checking"): {"places": (0.98, 0.94), "teams": (0.91, 1.0), "stations": (1.0, 1.0), "types": (0.93, 0.88),
                         "dates": (0.84, 0.91), "counts": (0.93, 0.84)},
    # writer ZD: reports whose words name more types than were done; first run tuning types 0.407 / 0.960,
    # checking types 0.526 / 1.000, teams 0.880 / 1.000 (its floor for types precision is its weak point, kept
    # as a floor so that it does not fall further)
    ("zd", "tuning"): {"places": (0.96, 0.96), "teams": (0.91, 1.0), "stations": (1.0, 0.92), "types": (0.5, 0.96),
                       "dates": (0.96, 0.9), "counts": (1.0, 0.94)},
    ("zd", "checking"): {"places": (1.0, 1.0), "teams": (0.88, 1.0), "stations": (1.0, 0.85), "types": (0.58, 1.0),
                         "dates": (1.0, 1.0), "counts": (0.95, 0.97)},
    # writer ZE: the everyday mix, plainly written, measured after this stop's rules and not tuned on (its first
    # run is its figure): checking places 0.970 / 1.000, teams 0.972 / 0.972, types 0.889 / 0.960, dates and
    # counts precision 1.000, no records on its 7 non-reports
    ("ze", "tuning"): {"places": (0.82, 1.0), "teams": (1.0, 1.0), "stations": (1.0, 1.0), "types": (0.88, 1.0),
                       "dates": (1.0, 1.0), "counts": (1.0, 0.87)},
    ("ze", "checking"): {"places": (0.96, 1.0), "teams": (0.97, 0.97), "stations": (1.0, 0.95), "types": (0.88, 0.96),
                         "dates": (1.0, 1.0), "counts": (1.0, 0.96)},
    # writer ZF: places named in every way local reports name them; first run tuning places 0.917 / 0.846,
    # checking places 0.952 / 0.879, types 0.953 / 0.804 (0.896 / 0.827 on its tuning half before the rules
    # of the stop that added it: a long name cut by a listed one, one name one place)
    ("zf", "tuning"): {"places": (0.93, 0.89), "teams": (1.0, 0.97), "stations": (0.96, 1.0), "types": (0.88, 0.88),
                       "dates": (1.0, 0.94), "counts": (0.96, 0.9)},
    ("zf", "checking"): {"places": (0.95, 0.87), "teams": (1.0, 0.91), "stations": (1.0, 0.92), "types": (0.93, 0.8),
                         "dates": (1.0, 0.96), "counts": (1.0, 0.93)},
    # writer ZG: an ordinary year's reports, a third with types only named, not done; first run (after the
    # rules of the stop that added it) tuning types 0.870 / 1.000, checking types 0.818 / 1.000, counts
    # 0.937 / 0.967, records on 1 of its 5 checking non-reports
    ("zg", "tuning"): {"places": (0.96, 0.98), "teams": (0.96, 1.0), "stations": (1.0, 0.95), "types": (0.9, 1.0),
                       "dates": (1.0, 1.0), "counts": (0.95, 0.97)},
    ("zg", "checking"): {"places": (0.96, 0.98), "teams": (1.0, 1.0), "stations": (1.0, 1.0), "types": (0.81, 1.0),
                         "dates": (0.95, 1.0), "counts": (0.93, 0.96)},
    # writer ZH: numbers and days told every way; first run tuning dates 1.000 / 0.938, counts 0.967 / 0.916,
    # checking dates 0.975 / 0.951, counts 0.948 / 0.908 (nine background totals counted)
    ("zh", "tuning"): {"places": (0.98, 1.0), "teams": (1.0, 1.0), "stations": (1.0, 1.0), "types": (0.89, 0.87),
                       "dates": (1.0, 1.0), "counts": (0.96, 0.92)},
    ("zh", "checking"): {"places": (0.93, 0.93), "teams": (1.0, 0.96), "stations": (1.0, 1.0), "types": (0.95, 0.93),
                         "dates": (0.97, 0.97), "counts": (0.94, 0.91)},
    # writer ZI: an ordinary autumn and winter, plainly written (its schema read education as any teaching);
    # first run tuning types 0.907 / 0.812, counts 0.941 / 0.865, checking types 0.944 / 0.944, counts 0.964 / 0.931
    ("zi", "tuning"): {"places": (0.98, 1.0), "teams": (1.0, 1.0), "stations": (1.0, 1.0), "types": (0.92, 0.83),
                       "dates": (1.0, 0.96), "counts": (0.94, 0.95)},
    ("zi", "checking"): {"places": (1.0, 1.0), "teams": (0.9, 1.0), "stations": (1.0, 1.0), "types": (0.94, 0.94),
                         "dates": (1.0, 1.0), "counts": (0.96, 0.93)},
    # writer ZJ: types read from what people did, among type words in names, trades, habits and signs (and a run
    # of days dated by its two ends); first run tuning types 0.697 / 0.719, dates 0.565 / 0.897, counts
    # 0.929 / 0.867, checking types 0.619 / 0.765, counts 0.944 / 0.919
    ("zj", "tuning"): {"places": (0.95, 1.0), "teams": (1.0, 0.95), "stations": (1.0, 1.0), "types": (0.91, 0.71),
                       "dates": (0.57, 0.93), "counts": (0.96, 0.86)},
    ("zj", "checking"): {"places": (1.0, 1.0), "teams": (1.0, 0.93), "stations": (1.0, 1.0), "types": (0.64, 0.76),
                         "dates": (1.0, 1.0), "counts": (0.94, 0.91)},
    # writer ZK: a spring and summer of township and county reports; first run (after every rule of the stop
    # that added it) tuning types 0.846 / 0.943, counts 0.960 / 0.857, checking places 0.980 / 0.961, teams
    # 0.875 / 0.875, types 0.871 / 0.900, counts 0.979 / 0.868
    ("zk", "tuning"): {"places": (0.87, 0.98), "teams": (1.0, 0.96), "stations": (1.0, 0.95), "types": (0.86, 0.94),
                       "dates": (1.0, 1.0), "counts": (1.0, 0.89)},
    ("zk", "checking"): {"places": (0.98, 0.96), "teams": (0.87, 0.87), "stations": (1.0, 0.91), "types": (0.87, 0.9),
                         "dates": (1.0, 1.0), "counts": (0.97, 0.86)},
    # writers ZL to ZQ (docs/enrich.md): their schema gave no places and no teams to texts that report nothing,
    # which their places and teams precision count; first runs in docs/enrich.md
    ("zl", "tuning"): {"places": (0.77, 1.0), "teams": (0.95, 1.0), "stations": (0.88, 1.0), "types": (0.77, 0.92),
                       "dates": (1.0, 1.0), "counts": (0.92, 0.98)},
    ("zl", "checking"): {"places": (0.89, 1.0), "teams": (0.9, 0.93), "stations": (0.9, 1.0), "types": (0.85, 0.9),
                         "dates": (0.96, 0.88), "counts": (0.95, 0.95)},
    ("zm", "tuning"): {"places": (0.7, 1.0), "teams": (0.74, 0.97), "stations": (0.9, 1.0), "types": (0.78, 0.9),
                       "dates": (0.96, 1.0), "counts": (0.97, 0.95)},
    ("zm", "checking"): {"places": (0.96, 1.0), "teams": (0.96, 1.0), "stations": (1.0, 1.0), "types": (0.81, 0.85),
                         "dates": (1.0, 1.0), "counts": (0.97, 0.95)},
    ("zn", "tuning"): {"places": (0.7, 0.94), "teams": (0.63, 0.95), "stations": (0.62, 1.0), "types": (0.74, 0.97),
                       "dates": (1.0, 1.0), "counts": (0.92, 0.93)},
    ("zn", "checking"): {"places": (0.9, 0.97), "teams": (0.89, 0.85), "stations": (1.0, 1.0), "types": (0.8, 0.87),
                         "dates": (0.97, 1.0), "counts": (0.92, 0.85)},
    ("zo", "tuning"): {"places": (0.91, 0.99), "teams": (0.96, 0.96), "stations": (0.91, 0.97), "types": (0.94, 0.9),
                       "dates": (0.99, 1.0), "counts": (0.97, 0.95)},
    ("zo", "checking"): {"places": (0.68, 1.0), "teams": (0.79, 1.0), "stations": (1.0, 1.0), "types": (0.96, 1.0),
                         "dates": (1.0, 1.0), "counts": (0.9, 0.97)},
    ("zp", "tuning"): {"places": (0.74, 0.95), "teams": (0.8, 1.0), "stations": (0.93, 0.93), "types": (0.78, 0.96),
                       "dates": (1.0, 1.0), "counts": (0.9, 0.95)},
    ("zp", "checking"): {"places": (0.8, 1.0), "teams": (0.85, 0.95), "stations": (0.71, 1.0), "types": (0.86, 1.0),
                         "dates": (1.0, 1.0), "counts": (0.97, 0.86)},
    ("zq", "tuning"): {"places": (0.77, 1.0), "teams": (0.92, 0.94), "stations": (0.94, 1.0), "types": (0.85, 0.9),
                       "dates": (0.95, 1.0), "counts": (0.93, 0.95)},
    ("zq", "checking"): {"places": (0.65, 0.97), "teams": (0.82, 0.8), "stations": (1.0, 1.0), "types": (0.82, 0.91),
                         "dates": (0.96, 1.0), "counts": (0.87, 0.91)},
    ("zr", "tuning"): {"places": (0.84, 1.0), "teams": (0.88, 0.96), "stations": (0.88, 1.0), "types": (0.86, 1.0),
                       "dates": (0.89, 1.0), "counts": (0.97, 0.94)},
    ("zr", "checking"): {"places": (0.74, 1.0), "teams": (0.97, 0.97), "stations": (0.9, 1.0), "types": (0.83, 0.93),
                         "dates": (0.97, 1.0), "counts": (0.89, 0.9)},
    # writer ZS: reports or not, 22 and 22 (its non-reports' places and teams unlabelled)
    ("zs", "tuning"): {"places": (0.51, 1.0), "teams": (0.55, 1.0), "stations": (0.73, 1.0), "types": (0.89, 0.89),
                       "dates": (0.94, 1.0), "counts": (0.86, 0.94)},
    ("zs", "checking"): {"places": (0.56, 1.0), "teams": (0.47, 1.0), "stations": (0.72, 1.0), "types": (0.88, 0.66),
                         "dates": (0.9, 0.83), "counts": (0.85, 0.69)},
}
GROUPS = {"ab": ("writer_a.jsonl", "writer_b.jsonl"), "c": ("writer_c.jsonl",), "e": ("writer_e.jsonl",),
          "g": ("writer_g.jsonl",), "i": ("writer_i.jsonl",), "j": ("writer_j.jsonl",), "l": ("writer_l.jsonl",),
          "n": ("writer_n.jsonl",), "o": ("writer_o.jsonl",), "p": ("writer_p.jsonl",), "q": ("writer_q.jsonl",),
          "r": ("writer_r.jsonl",), "s": ("writer_s.jsonl",), "t": ("writer_t.jsonl",), "u": ("writer_u.jsonl",),
          "v": ("writer_v.jsonl",), "w": ("writer_w.jsonl",), "x": ("writer_x.jsonl",),
          "y": ("writer_y.jsonl",), "z": ("writer_z.jsonl",),
          "za": ("writer_za.jsonl",), "zb": ("writer_zb.jsonl",), "zc": ("writer_zc.jsonl",),
          "zd": ("writer_zd.jsonl",), "ze": ("writer_ze.jsonl",), "zf": ("writer_zf.jsonl",),
          "zg": ("writer_zg.jsonl",), "zh": ("writer_zh.jsonl",), "zi": ("writer_zi.jsonl",), "zj": ("writer_zj.jsonl",),
          "zk": ("writer_zk.jsonl",), **{w: (f"writer_{w}.jsonl",) for w in ("zl", "zm", "zn", "zo", "zp", "zq", "zr", "zs")}}
# Where a half is not held to every genre right and no records on texts reporting none: (texts reporting none
# given records, at most; genre right, at least).  Checking halves not tuned on (first runs: C 2 of 5, J 1 of 3,
# N 1 of 6); O's and P's tuning halves each hold a text the writer calls a report whose activities stand only
# in its plan or its background; B's checking half one report read as a notice since writer R joined the
# report-or-not fit.
RECORDS_AND_GENRE = {("ab", "checking"): (0, 40), ("c", "checking"): (0, 24), ("j", "checking"): (0, 11),
                     ("l", "checking"): (1, 19), ("n", "checking"): (1, 19),
                     ("o", "tuning"): (0, 21), ("o", "checking"): (1, 20), ("p", "tuning"): (0, 24),
                     ("p", "checking"): (0, 20), ("q", "tuning"): (0, 22),
                     ("r", "tuning"): (0, 19), ("r", "checking"): (0, 24), ("s", "checking"): (0, 16),
                     ("t", "tuning"): (0, 18), ("t", "checking"): (1, 24), ("u", "checking"): (1, 25),
                     ("v", "tuning"): (0, 18), ("v", "checking"): (1, 23), ("x", "tuning"): (1, 12), ("x", "checking"): (0, 27),
                     ("y", "tuning"): (1, 19), ("y", "checking"): (1, 22), ("z", "checking"): (0, 20), ("za", "checking"): (1, 21),
                     ("w", "checking"): (0, 26), ("zc", "checking"): (1, 18), ("ze", "checking"): (0, 23),
                     ("zg", "checking"): (1, 22), ("zj", "tuning"): (0, 24), ("zj", "checking"): (1, 18),
                     ("zk", "checking"): (0, 21), ("zl", "tuning"): (1, 19), ("zo", "tuning"): (0, 30),
                     ("zs", "tuning"): (0, 25), ("zs", "checking"): (0, 16)}


@pytest.fixture(scope="module", params=["handwritten", "all"])
def scores(request):
    paths = EVAL_SETS[:1] if request.param == "handwritten" else EVAL_SETS
    rows = load_eval(paths)
    assert len(rows) >= 40
    result, _, notes = score(rows)
    return result, notes


OLD_TYPES_RECALL = 0.80  # see the docstring


@pytest.mark.parametrize("field", FIELDS)
def test_precision_and_recall_hold_the_floor(scores, field):
    result, notes = scores
    assert result[field]["precision"] >= FLOOR, notes
    assert result[field]["recall"] >= (OLD_TYPES_RECALL if field == "types" else FLOOR), notes


@pytest.fixture(scope="module", params=list(BLIND_FLOORS))
def blind(request):
    group, half = request.param
    rows = load_blind(half, tuple(BLIND_DIR / name for name in GROUPS[group]))
    assert len(rows) >= 12
    result, genre, _, notes = score_blind(rows)
    return request.param, result, genre, len(rows), notes


def test_blind_halves_hold_their_floors(blind):
    key, result, _, _, notes = blind
    low = {field: (round(result[field]["precision"], 3), round(result[field]["recall"], 3), floor)
           for field, floor in BLIND_FLOORS[key].items()
           if result[field]["precision"] < floor[0] or result[field]["recall"] < floor[1]}
    assert not low, (low, [n for n in notes if any(f" {field}:" in n for field in low)])


def test_texts_that_report_no_activity_get_no_records(blind):
    key, _, genre, count, notes = blind
    if key[0] in ("e", "g", "i"):
        assert genre["right"] == count  # reports only
        return
    assert genre["non-activity texts"] >= 1  # (ZI's checking half drew one of its eight by the hash)
    if key in RECORDS_AND_GENRE:
        most, least = RECORDS_AND_GENRE[key]
        assert genre["texts with records"] <= most and genre["right"] >= least, [n for n in notes if "genre" in n]
        return
    assert genre["texts with records"] == 0, [n for n in notes if "genre" in n]
    assert genre["right"] == count, [n for n in notes if "genre" in n]


# Since genre.classify weighs report-or-not with the fitted model (genre_weights.json), writer H has one
# tuning text fewer right (a volunteers' first-aid course the cues called a meeting) and one checking report
# missed, while every checking half together reads 6 non-reports of 84 as reports instead of 16.
@pytest.mark.parametrize("writer,half,genre_right,none_with_records,reporting_with_records", [
    ("d", "tuning", 16, 0, 4),
    ("d", "checking", 18, 1, 5),  # first run 13, 6, 5: not tuned on, held for reading the figures against
    ("f", "tuning", 19, 0, 7),
    ("f", "checking", 17, 1, 4),  # first run 15, 3, 4 (one more since the weights were refitted with writer L)
    ("h", "tuning", 24, 0, 8),  # (24, 1, 9 until writer U joined the fit: a first-aid course read as a notice)
    ("h", "checking", 13, 0, 4),  # first run 13, 1, 5
    ("k", "tuning", 19, 0, 10),  # first run 17, 2, 10
    ("k", "checking", 17, 0, 3),  # first run 14, 2, 3
    ("m", "tuning", 16, 1, 8),  # first run 16, 4, 9 (17 and 9 before the classes were weighed: see the docstring)
    ("m", "checking", 15, 1, 6),  # first run 12, 6, 7
])
def test_reports_told_apart_from_texts_reporting_none(writer, half, genre_right, none_with_records,
                                                     reporting_with_records):
    from pipelines.bench.enrich import score_genre_set

    c, notes = score_genre_set(load_blind(half, (BLIND_DIR / f"writer_{writer}.jsonl",)))
    assert c["reporting none"] >= 10 and c["reporting"] >= 3
    assert c["genre right"] >= genre_right, notes
    assert c["reporting none, with records"] <= none_with_records, notes
    assert c["reporting, with records"] >= reporting_with_records, notes
