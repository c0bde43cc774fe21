//! Extraction table tests on sentences written for Rasid in the style of
//! local correspondents and agencies. They run with the embedded lexicons and
//! the built-in gazetteer, so places are major cities and governorates.

mod common;

use common::extract;

/// What one expected event must have; `None` fields are not checked.
struct Expect {
    sub: &'static str,
    actor1: Option<&'static str>,
    actor2: Option<&'static str>,
    location: Option<&'static str>,
    date: Option<&'static str>,
    fatalities: Option<u32>,
}

const fn ev(sub: &'static str) -> Expect {
    Expect {
        sub,
        actor1: None,
        actor2: None,
        location: None,
        date: None,
        fatalities: None,
    }
}

fn check(name: &str, text: &str, published: &str, expected: &[Expect]) {
    let got = extract(text, published);
    let dump = || {
        got.iter()
            .map(|r| {
                format!(
                    "{} | {:?} | {:?} | {:?} | {:?} | {}",
                    r.sub_event_type, r.actor1, r.actor2, r.location, r.event_date, r.fatalities
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        got.len(),
        expected.len(),
        "{name}: expected {} events, got:\n{}",
        expected.len(),
        dump()
    );
    for exp in expected {
        let found = got.iter().any(|r| {
            r.sub_event_type == exp.sub
                && exp
                    .actor1
                    .is_none_or(|a| r.actor1.as_deref().unwrap_or("").contains(a))
                && exp
                    .actor2
                    .is_none_or(|a| r.actor2.as_deref().unwrap_or("").contains(a))
                && exp
                    .location
                    .is_none_or(|l| r.location.as_deref() == Some(l))
                && exp.date.is_none_or(|d| r.event_date.as_deref() == Some(d))
                && exp.fatalities.is_none_or(|f| r.fatalities == f)
        });
        assert!(
            found,
            "{name}: no event like {} {:?} {:?} {:?}; got:\n{}",
            exp.sub,
            exp.actor1,
            exp.location,
            exp.fatalities,
            dump()
        );
    }
}

/// Each sentence yields no event.
fn no_events(name: &str, texts: &[&str]) {
    for text in texts {
        check(name, text, "2024-03-10", &[]);
    }
}

#[test]
fn air_strike_with_agent_place_date_and_deaths() {
    check(
        "air strike",
        "شنت طائرات حربية روسية أمس غارات على مدينة إدلب، ما أدى إلى مقتل خمسة مدنيين.",
        "2024-03-10",
        &[Expect {
            actor1: Some("Russia"),
            location: Some("Idlib"),
            date: Some("2024-03-09"),
            fatalities: Some(5),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn one_strike_reported_three_times_is_one_event() {
    check(
        "merge",
        "استهدفت غارة إسرائيلية موقعا عسكريا في مدينة حمص فجر اليوم. وأدت الغارة إلى مقتل جنديين. وقال مصدر عسكري إن القصف الجوي الإسرائيلي ألحق أضرارا مادية.",
        "2023-11-02",
        &[Expect { actor1: Some("Israel"), location: Some("Homs"), fatalities: Some(2), ..ev("Air/drone strike") }],
    );
}

#[test]
fn shelling_by_state_forces() {
    check(
        "shelling",
        "قصفت قوات النظام بالمدفعية الثقيلة أطراف مدينة إدلب صباح اليوم.",
        "2023-02-01",
        &[Expect {
            actor1: Some("Syria"),
            location: Some("Idlib"),
            ..ev("Shelling/artillery/missile attack")
        }],
    );
}

#[test]
fn roadside_bomb_by_unknown_men() {
    check(
        "ied",
        "انفجرت عبوة ناسفة بسيارة عسكرية على طريق في مدينة درعا، ما أسفر عن مقتل عنصرين من الشرطة.",
        "2023-06-05",
        &[Expect {
            location: Some("Dara"),
            fatalities: Some(2),
            ..ev("Remote explosive/landmine/IED")
        }],
    );
}

#[test]
fn clashes_between_two_named_groups() {
    check(
        "clash",
        "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية ومقاتلي العشائر في مدينة دير الزور.",
        "2023-08-30",
        &[Expect {
            actor1: Some("Syrian Democratic Forces"),
            location: Some("Deir ez-Zor"),
            ..ev("Armed clash")
        }],
    );
}

#[test]
fn arrests_by_security_forces() {
    check(
        "arrests",
        "اعتقلت قوات الأمن العراقية خمسة مطلوبين في بغداد يوم الثلاثاء.",
        "2023-05-26",
        &[Expect {
            location: Some("Baghdad"),
            date: Some("2023-05-23"),
            ..ev("Arrests")
        }],
    );
}

#[test]
fn peaceful_protest() {
    check(
        "protest",
        "تظاهر المئات من أهالي مدينة السويداء اليوم مطالبين بالإفراج عن المعتقلين.",
        "2023-09-01",
        &[Expect {
            actor1: Some("Protesters"),
            ..ev("Peaceful protest")
        }],
    );
}

#[test]
fn threats_denials_and_plans_are_not_events() {
    for (name, text) in [
        (
            "threat",
            "هدد الجيش الإسرائيلي بشن غارات على مدينة صور إذا استمر إطلاق الصواريخ.",
        ),
        (
            "denial",
            "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مدينة إدلب.",
        ),
        (
            "future",
            "من المتوقع أن تشن القوات التركية هجوما على مدينة منبج خلال الأيام المقبلة.",
        ),
    ] {
        check(name, text, "2023-04-04", &[]);
    }
}

#[test]
fn sports_and_economy_are_not_events() {
    for (name, text) in [
        ("football", "سيطر فريق الجيش على مجريات المباراة وشن هجوما تلو الآخر قبل أن يسجل هدف الفوز في الدقيقة الأخيرة."),
        ("economy", "ارتفعت أسعار الذهب في الأسواق المحلية اليوم بعد قرار البنك المركزي رفع سعر الفائدة."),
    ] {
        check(name, text, "2023-04-04", &[]);
    }
}

#[test]
fn seizing_positions_is_territory_and_seizing_houses_is_looting() {
    check(
        "positions",
        "استولى مسلحون من العشائر على حواجز عسكرية في مدينة دير الزور فجر اليوم.",
        "2023-08-28",
        &[ev("Non-state actor overtakes territory")],
    );
    check(
        "houses",
        "استولت قوات النظام على منازل المهجرين في مدينة حمص أمس.",
        "2023-08-28",
        &[Expect {
            actor1: Some("Syria"),
            ..ev("Looting/property destruction")
        }],
    );
}

#[test]
fn a_sentence_without_time_words_goes_on_with_the_date_before() {
    check(
        "date carried over",
        "وفي 19 أيار الجاري، أعلنت وزارة الداخلية مقتل شرطي. وقالت الوزارة إن عبوة ناسفة انفجرت بدورية في مدينة حمص.",
        "2024-05-25",
        &[Expect { date: Some("2024-05-19"), location: Some("Homs"), ..ev("Remote explosive/landmine/IED") }],
    );
}

#[test]
fn ages_and_injuries_are_not_deaths() {
    check(
        "ages",
        "استشهد الشاب محمد (24 عاماً) وأصيب 5 آخرون بجروح في غارة إسرائيلية على مدينة رفح اليوم.",
        "2024-01-10",
        &[Expect {
            actor1: Some("Israel"),
            fatalities: Some(1),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn a_nationality_after_an_ordinary_noun_names_no_actor() {
    check(
        "capital",
        "انفجرت عبوة ناسفة في العاصمة السورية دمشق اليوم ما أدى إلى مقتل مدني.",
        "2024-01-10",
        &[Expect {
            actor1: Some("Unidentified"),
            fatalities: Some(1),
            ..ev("Remote explosive/landmine/IED")
        }],
    );
}

#[test]
fn a_group_acting_alongside_is_the_associated_actor() {
    let got = extract(
        "شنت القوات الأمريكية والبريطانية غارات على مدينة الحديدة فجر اليوم.",
        "2024-01-27",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(
        got[0].actor1.as_deref(),
        Some("Military Forces of the United States")
    );
    assert_eq!(
        got[0].assoc_actor_1.as_deref(),
        Some("Military Forces of the United Kingdom")
    );
}

#[test]
fn a_list_of_places_before_the_trigger_gives_one_event_each() {
    check(
        "list before",
        "وخرج مطارا دمشق وحلب عن الخدمة يوم الأحد بعد تعرضهما لغارات إسرائيلية.",
        "2023-10-25",
        &[
            Expect {
                location: Some("Damascus"),
                date: Some("2023-10-22"),
                ..ev("Air/drone strike")
            },
            Expect {
                location: Some("Aleppo"),
                date: Some("2023-10-22"),
                ..ev("Air/drone strike")
            },
        ],
    );
}

#[test]
fn an_aircraft_as_subject_makes_an_air_strike_whatever_it_fired() {
    check(
        "aircraft subject",
        "أكدت الوكالة أن الطيران الحربي الإسرائيلي استهدف بصاروخين موقعاً قرب مدينة درعا فجر اليوم.",
        "2024-01-10",
        &[Expect {
            actor1: Some("Military Forces of Israel"),
            location: Some("Dara"),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn a_weapon_of_another_trigger_does_not_retype_a_battle() {
    check(
        "battle after strikes",
        "اندلعت اشتباكات عنيفة بين فصائل مسلحة في مدينة حلب بعد ساعات من غارات بطائرات مسيرة على مدينة إدلب.",
        "2024-01-10",
        &[
            Expect {
                location: Some("Aleppo"),
                ..ev("Armed clash")
            },
            Expect {
                location: Some("Idlib"),
                ..ev("Air/drone strike")
            },
        ],
    );
}

#[test]
fn a_toll_belongs_to_the_event_it_follows() {
    check(
        "toll owner",
        "قصفت طائرات حربية مدينة إدلب فجر اليوم ردا على انفجار سيارة مفخخة في مدينة حلب أسفر عن مقتل خمسة أشخاص.",
        "2024-01-10",
        &[
            Expect {
                location: Some("Idlib"),
                fatalities: Some(0),
                ..ev("Air/drone strike")
            },
            Expect {
                location: Some("Aleppo"),
                fatalities: Some(5),
                ..ev("Remote explosive/landmine/IED")
            },
        ],
    );
}

#[test]
fn a_lead_without_place_joins_the_report_that_names_it_and_its_day() {
    // The lead's "اليوم الأحد" dates the organisation's statement; the
    // strike was on Saturday, in Sa'dah.
    check(
        "lead and details",
        "تسببت غارات جوية شنتها طائرات التحالف بقيادة السعودية على مدرسة شمال اليمن في مقتل سبعة أطفال، بحسب ما أعلنته منظمة إنسانية اليوم الأحد. وقال متحدث باسم المنظمة إن الغارة استهدفت مدرسة في مدينة صعدة يوم السبت.",
        "2024-03-10",
        &[Expect {
            actor1: Some("Saudi Arabia"),
            date: Some("2024-03-09"),
            fatalities: Some(7),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn a_strike_told_at_governorate_level_then_at_its_town_is_one_event() {
    check(
        "governorate then town",
        "قتل خمسة عناصر من حزب العمال الكردستاني اليوم في ضربة نفذتها طائرة مسيرة تركية على محافظة دهوك. وقال مصدر أمني إن الطائرة المسيرة التركية استهدفت سيارة للمقاتلين قرب مدينة زاخو.",
        "2024-03-10",
        &[Expect {
            actor1: Some("Turkey"),
            fatalities: Some(5),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn protests_in_a_region_and_in_one_of_its_towns_stay_two_events() {
    check(
        "two protests",
        "خرجت مظاهرات في قرى ريف حلب الشمالي اليوم تطالب بالإفراج عن المعتقلين. كما خرجت مظاهرات في مدينة أعزاز للمطالب نفسها.",
        "2024-03-10",
        &[ev("Peaceful protest"), ev("Peaceful protest")],
    );
}

#[test]
fn an_actor_inside_the_trigger_phrase_is_the_agent_and_one_martyr_is_one_death() {
    check(
        "agent in trigger",
        "اعتداء أميركي جديد على قوات الحشد الشعبي في مدينة الرمادي يسفر عن ارتقاء شهيد.",
        "2024-01-24",
        &[Expect {
            actor1: Some("United States"),
            actor2: Some("Popular Mobilization Forces"),
            fatalities: Some(1),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn a_few_days_ago_dates_to_about_three_days_before() {
    check(
        "days ago",
        "قصفت طائرات حربية مدينة إدلب قبل أيام، ما أدى إلى دمار واسع في الأحياء السكنية.",
        "2024-03-10",
        &[Expect {
            location: Some("Idlib"),
            date: Some("2024-03-07"),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn a_count_of_days_or_weeks_back_dates_the_event() {
    check(
        "days back",
        "قصفت طائرات حربية مدينة إدلب قبل 5 أيام، ما أدى إلى دمار واسع.",
        "2024-03-10",
        &[Expect {
            date: Some("2024-03-05"),
            ..ev("Air/drone strike")
        }],
    );
    check(
        "weeks back",
        "قصفت طائرات حربية مدينة إدلب قبل ثلاثة أسابيع، ما أدى إلى دمار واسع.",
        "2024-03-10",
        &[Expect {
            date: Some("2024-02-18"),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn the_day_of_a_claim_is_not_the_day_of_the_blast() {
    check(
        "claim day",
        "أعلن تنظيم \"داعش\" الإرهابي، اليوم الجمعة، مسؤوليته عن التفجير الذي ضرب مدينة حمص مساء الخميس الماضي.",
        "2023-07-28",
        &[Expect {
            actor1: Some("Islamic State"),
            date: Some("2023-07-27"),
            ..ev("Remote explosive/landmine/IED")
        }],
    );
}

#[test]
fn the_owner_of_a_target_is_not_the_agent() {
    check(
        "owner",
        "شنت طائرة مسيرة تركية غارة على ريف حلب. وقال مصدر إن الطائرة استهدفت موقعاً لحزب العمال الكردستاني في مدينة منبج.",
        "2024-03-10",
        &[Expect {
            actor1: Some("Turkey"),
            location: Some("Manbij"),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn habits_are_not_events() {
    no_events(
        "habit",
        &[
            "وتنفذ قوات الاحتلال مداهمات متكررة لبلدات ومخيمات الضفة الغربية بحثاً عن مطلوبين.",
            "وتستهدف الطائرات المسيرة التركية بين حين وآخر مناطق ريف حلب الشمالي.",
            "وتتعرض مدينة درعا لقصف شبه يومياً من مواقع الجيش المحيطة بها.",
        ],
    );
}

#[test]
fn a_habit_word_does_not_hide_a_dated_report() {
    check(
        "dated despite habit",
        "قصفت المدفعية مدينة درعا اليوم، في قصف تتعرض له المدينة بين حين وآخر.",
        "2024-03-10",
        &[Expect {
            location: Some("Dara"),
            ..ev("Shelling/artillery/missile attack")
        }],
    );
}

#[test]
fn a_raid_is_an_arrest_only_when_someone_is_arrested() {
    check(
        "raid only",
        "داهمت قوات الأمن منازل في مدينة درعا بحثاً عن مطلوبين.",
        "2024-03-10",
        &[],
    );
    check(
        "raid and arrest",
        "داهمت قوات الأمن منازل في مدينة درعا واعتقلت ثلاثة شبان.",
        "2024-03-10",
        &[Expect {
            location: Some("Dara"),
            ..ev("Arrests")
        }],
    );
}

#[test]
fn a_ceasefire_is_not_a_shooting_and_fear_is_not_an_attack() {
    no_events(
        "not an attack",
        &[
            "وجددت الحكومة الدعوات إلى وقف شامل لإطلاق النار في مدينة غزة.",
            "وأكد المجتمعون في بيانهموقف فوري لإطلاق النار في مدينة صيدا.",
            "وشددت الشرطة إجراءاتها على مداخل مدينة مصراتة تخوفا من عمليات انتحارية.",
            "ونشرت القوات حواجز في مدينة حمص تمهيداً لاقتحام الأحياء الشرقية.",
            "وأضافت الشرطة أنه تم ضبط عجلتين مفخختين وحزام ناسف في مدينة الموصل.",
            "وأعلنت الحكومة أنها ستشتري 400 صاروخ من طراز توماهوك لقاعدة في مدينة أربيل.",
            "وأطلقت قوات الاحتلال قنابل مضيئة فوق بلدة كفرشوبا فجر اليوم.",
            "وقال المسؤول إن تفكيك حماس في مدينة غزة يستغرق وقتاً طويلاً.",
            "ونشر اتحاد الطلاب بياناً في مدينة رام الله اعتراضاً على الحرب.",
            "وتوقفت الاشتباكات في مدينة دير الزور منذ أكثر من أسبوعين.",
        ],
    );
}

#[test]
fn an_agreement_told_at_a_city_and_at_its_camp_is_one() {
    check(
        "agreement twice",
        "اتفقت الفصائل الفلسطينية في مدينة غزة على وقف فوري لإطلاق النار اليوم. وقال مصدر إن الفصائل الفلسطينية توصلت إلى وقف فوري لإطلاق النار في مخيم جباليا.",
        "2024-03-10",
        &[ev("Agreement")],
    );
}

#[test]
fn an_event_with_no_place_at_all_is_not_coded() {
    // Abroad, with no place Rasid knows or the text calls a place.
    check(
        "no place",
        "اعتقلت الشرطة الفرنسية اليوم مسلحاً لوّح بسكين في وجه دورية في محطة للقطارات.",
        "2024-03-10",
        &[],
    );
}

#[test]
fn events_placed_abroad_are_not_coded() {
    no_events(
        "abroad",
        &[
            "وفي شوارع باريس، خرجت مظاهرة جديدة تضامناً مع مدينة غزة.",
            "أسفرت ضربة صاروخية روسية نفذت ليل الأربعاء في أوكرانيا عن مقتل عشرات الجنود.",
            "تعرضت حافلة ركاب في القاهرة اليوم إلى انفجار أدى إلى إصابة ستة أشخاص.",
        ],
    );
}

#[test]
fn a_state_or_a_launch_site_abroad_does_not_move_an_event_abroad() {
    check(
        "from abroad",
        "أطلقت إيران صواريخ بالستية من قواعد داخل إيران على مواقع لتنظيم داعش في مدينة دير الزور اليوم.",
        "2017-06-19",
        &[Expect {
            location: Some("Deir ez-Zor"),
            ..ev("Shelling/artillery/missile attack")
        }],
    );
    check(
        "state as sender",
        "قصف الحوثيون اليوم قافلة معونات كانت ترسلها السعودية إلى مدينة عدن.",
        "2015-08-06",
        &[Expect {
            location: Some("Aden"),
            ..ev("Shelling/artillery/missile attack")
        }],
    );
}

#[test]
fn an_armed_group_pointed_back_at_is_the_one_named_before() {
    check(
        "anaphor",
        "اقتحمت قوات سوريا الديمقراطية مدينة الرقة اليوم. وفي مدينة الحسكة، استنفرت هذه الميليشيات عناصرها ونشرت دوريات في الأحياء.",
        "2024-03-10",
        &[
            Expect {
                actor1: Some("Syrian Democratic Forces"),
                location: Some("Ar Raqqah"),
                ..ev("Change to group/activity")
            },
            Expect {
                actor1: Some("Syrian Democratic Forces"),
                location: Some("Al Hasakah"),
                ..ev("Change to group/activity")
            },
        ],
    );
}

#[test]
fn also_opens_a_parallel_event_with_the_same_parties() {
    check(
        "also",
        "ومساء أمس، أصيب عدد من المواطنين بالاختناق خلال مواجهات مع قوات الاحتلال الإسرائيلي في مدينة نابلس. كما اندلعت مواجهات عند مدخل مدينة جنين.",
        "2024-03-10",
        &[
            Expect {
                location: Some("Nablus"),
                ..ev("Violent demonstration")
            },
            Expect {
                actor2: Some("Military Forces of Israel"),
                location: Some("Janin"),
                ..ev("Violent demonstration")
            },
        ],
    );
}

#[test]
fn an_earlier_step_after_bad_takes_neither_the_place_nor_the_day_of_the_main_event() {
    check(
        "earlier step",
        "اندلعت اشتباكات عنيفة بين مسلحين وقوات الجيش في مدينة درعا فجر اليوم، بعد حملة اعتقالات نفذتها قوات الأمن. وألقت قوات الأمن أمس القبض على عشرة شبان في مدينة السويداء.",
        "2024-03-10",
        &[
            Expect {
                location: Some("Dara"),
                date: Some("2024-03-10"),
                ..ev("Armed clash")
            },
            Expect {
                location: Some("As-Suwayda"),
                date: Some("2024-03-09"),
                ..ev("Arrests")
            },
        ],
    );
}

#[test]
fn a_campaign_name_is_not_a_takeover() {
    check(
        "campaign name",
        "وقال المتحدث باسم المركز الإعلامي لعملية استعادة مدينة سرت إن الوضع هادئ.",
        "2016-06-12",
        &[],
    );
    check(
        "campaign progress",
        "وأضاف أن القوات الأمنية حققت تقدما في عملية تحرير مناطق واسعة شرق مدينة الرمادي.",
        "2016-06-12",
        &[],
    );
}

#[test]
fn early_this_month_is_the_first_days_of_the_publication_month() {
    check(
        "early this month",
        "ومطلع هذا الشهر، نفذت القوات الجوية العراقية ضربة جوية على مواقع لتنظيم داعش في محافظة ديالى.",
        "2023-05-26",
        &[Expect {
            date: Some("2023-05-01"),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn hijri_dates_are_read() {
    check(
        "hijri",
        "قصفت طائرات التحالف مدينة صعدة في 5 رمضان 1445هـ، ما أدى إلى مقتل مدنيين.",
        "2024-03-20",
        &[Expect {
            date: Some("2024-03-15"),
            ..ev("Air/drone strike")
        }],
    );
    check(
        "hijri without year",
        "قصفت طائرات التحالف مدينة صعدة في الـ5 من رمضان.",
        "2024-03-20",
        &[Expect {
            date: Some("2024-03-15"),
            ..ev("Air/drone strike")
        }],
    );
}

#[test]
fn opinions_judge_events_they_do_not_report_them() {
    no_events(
        "opinion",
        &[
            "أما برلين فدعمت في البداية الهجوم الإسرائيلي على مدينة غزة.",
            "وانتقد الوزير علناً الهجمات العسكرية على مدينة حلب.",
            "ودان المسؤول بشدة ما وصفه بالهجوم البشع الذي استهدف الشرطة في مدينة طرابلس.",
        ],
    );
    check(
        "aside",
        "وفي تفاصيل المعركة الصعبة، كما وصفها إعلام الاحتلال، استهدفت المقاومة اليوم جنود الاحتلال بقذيفة مضادة للدروع في مدينة خان يونس.",
        "2024-03-10",
        &[ev("Shelling/artillery/missile attack")],
    );
}

#[test]
fn counts_joined_after_a_subset_word_are_part_of_the_total() {
    check(
        "subset then joined count",
        "قتل ستة أشخاص، بينهم منفذ الهجوم وخمسة جنود، في هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش في مدينة عدن صباح اليوم.",
        "2019-08-01",
        &[Expect {
            fatalities: Some(6),
            ..ev("Suicide bomb")
        }],
    );
    check(
        "coordinated counts",
        "أسفرت الاشتباكات في مدينة إدلب اليوم عن مقتل ستة عناصر من قوات النظام وثلاثة من مقاتلي الفصائل.",
        "2024-03-10",
        &[Expect {
            fatalities: Some(9),
            ..ev("Armed clash")
        }],
    );
}
