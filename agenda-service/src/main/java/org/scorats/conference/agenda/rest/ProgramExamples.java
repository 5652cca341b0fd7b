package org.scorats.conference.agenda.rest;

/**
 * Examples of the published program's answers for the contract, taken from the demo conference's
 * program as the service renders it (shortened to one session or talk).
 */
final class ProgramExamples {

    /** A release as stored: every language, times as instants. */
    static final String RELEASE = """
        {"release": 2, "publishedAt": "2024-08-28T09:15:00Z",
         "comment": "Talk on virtual assets added to the plenary",
         "conference": {"id": "sco-rats-2024",
                        "name": {"en": "10th International Scientific and Practical Conference of the SCO RATS: International cooperation in the fight against terrorism",
                                 "zh": "上合组织地区反恐怖机构第十届国际科学与实践会议：打击恐怖主义国际合作",
                                 "ru": "X Международная научно-практическая конференция РАТС ШОС «Международное сотрудничество в борьбе с терроризмом»"},
                        "startDate": "2024-09-04", "endDate": "2024-09-05", "timeZone": "Asia/Tashkent",
                        "venue": {"en": "SCO RATS Executive Committee, 22 Durmon Yo'li, Tashkent",
                                  "zh": "塔什干市杜尔蒙路22号，上合组织地区反恐怖机构执行委员会",
                                  "ru": "Исполнительный комитет РАТС ШОС, Ташкент, ул. Дурмон йули, 22"},
                        "languages": ["en", "zh", "ru"]},
         "rooms": [{"id": "251dd6ad-168a-455c-be87-461ce38201ac",
                    "name": {"en": "Plenary hall", "zh": "全体会议厅", "ru": "Пленарный зал"}, "capacity": 220,
                    "interpretation": ["en", "zh", "ru"]}],
         "speakers": [{"id": "7515876c-78f9-4326-b769-9d79c79afd8b", "givenNameLatin": "Vladimir",
                       "familyNameLatin": "Voronkov", "organization": "UN Office of Counter-Terrorism",
                       "biography": {"en": "Under-Secretary-General of the United Nations Office of Counter-Terrorism."}}],
         "sessions": [{"id": "e84b6f2d-eff3-4909-b6a5-e47d459236a8", "kind": "plenary",
                       "title": {"en": "Plenary meeting", "zh": "全体会议", "ru": "Пленарное заседание"},
                       "description": {"en": "High-level participants deliver welcoming addresses and assess threats to security.",
                                       "zh": "高级别与会者致欢迎辞，评估安全威胁。",
                                       "ru": "Участники высокого уровня выступят с приветствиями и оценками угроз безопасности."},
                       "topics": [], "startsAt": "2024-09-04T04:30:00Z", "endsAt": "2024-09-04T06:00:00Z",
                       "roomId": "251dd6ad-168a-455c-be87-461ce38201ac", "chairIds": [],
                       "languages": ["en", "zh", "ru"], "interpretation": ["en", "zh", "ru"],
                       "talks": [{"id": "fe4ae6a9-2e32-4d39-901a-1488e47a7478",
                                  "title": {"en": "Financing of terrorism through virtual assets",
                                            "ru": "Финансирование терроризма через виртуальные активы"},
                                  "startsAt": "2024-09-04T05:40:00Z", "endsAt": "2024-09-04T06:00:00Z",
                                  "language": "ru", "speakerIds": ["7515876c-78f9-4326-b769-9d79c79afd8b"]}]}]}""";

    /** Release 2 against release 1: one talk added. */
    static final String CHANGES = """
        [{"kind": "added", "item": "talk", "id": "fe4ae6a9-2e32-4d39-901a-1488e47a7478",
          "sessionId": "e84b6f2d-eff3-4909-b6a5-e47d459236a8",
          "title": {"en": "Financing of terrorism through virtual assets",
                    "ru": "Финансирование терроризма через виртуальные активы"},
          "after": {"startsAt": "2024-09-04T10:40:00+05:00", "endsAt": "2024-09-04T11:00:00+05:00",
                    "room": {"en": "Plenary hall", "zh": "全体会议厅", "ru": "Пленарный зал"}},
          "speakersAdded": ["7515876c-78f9-4326-b769-9d79c79afd8b"], "speakersRemoved": [],
          "assignedParticipantIds": [], "affectedParticipantIds": []}]""";

    /** schedule.json in English. */
    static final String SCHEDULE_JSON = """
        {"$schema": "https://c3voc.de/schedule/schema.json",
         "schedule": {"version": "release 1",
                      "base_url": "https://api.conference.example/api/v1/conferences/sco-rats-2024/program",
                      "conference": {"acronym": "sco_rats_2024",
                                     "title": "10th International Scientific and Practical Conference of the SCO RATS: International cooperation in the fight against terrorism",
                                     "start": "2024-09-04", "end": "2024-09-05", "daysCount": 2,
                                     "timeslot_duration": "00:15", "time_zone_name": "Asia/Tashkent",
                                     "url": "https://api.conference.example/api/v1/conferences/sco-rats-2024/program",
                                     "rooms": [{"guid": "251dd6ad-168a-455c-be87-461ce38201ac",
                                                "name": "Plenary hall"}],
                                     "days": [{"index": 1, "date": "2024-09-04",
                                               "day_start": "2024-09-04T09:30:00+05:00",
                                               "day_end": "2024-09-04T17:00:00+05:00",
                                               "rooms": {"Plenary hall": [{"guid": "e84b6f2d-eff3-4909-b6a5-e47d459236a8",
                                                                           "id": 1,
                                                                           "date": "2024-09-04T09:30:00+05:00",
                                                                           "start": "09:30",
                                                                           "duration": "01:30",
                                                                           "room": "Plenary hall",
                                                                           "slug": "sco-rats-2024-1",
                                                                           "url": "https://api.conference.example/api/v1/conferences/sco-rats-2024/program#e84b6f2d-eff3-4909-b6a5-e47d459236a8",
                                                                           "title": "Plenary meeting",
                                                                           "subtitle": "", "track": "plenary",
                                                                           "type": "plenary", "language": "en",
                                                                           "abstract": "High-level participants deliver welcoming addresses and assess threats to security.",
                                                                           "description": "",
                                                                           "recording_license": "",
                                                                           "do_not_record": true, "persons": [],
                                                                           "links": [],
                                                                           "attachments": [{"url": "https://api.conference.example/api/v1/conferences/sco-rats-2024/program/materials/5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
                                                                                            "title": "Slides: the threat assessment"}]}]}}]}}}""";

    // The calendars' parts, joined as constants (annotation values must be); the service writes CRLF.
    private static final String CALENDAR_NAMED = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SCO RATS//Conference platform//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:""";

    private static final String IN_TASHKENT = """

        X-WR-TIMEZONE:Asia/Tashkent
        BEGIN:VTIMEZONE
        TZID:Asia/Tashkent
        BEGIN:STANDARD
        DTSTART:19700101T000000
        TZOFFSETFROM:+0500
        TZOFFSETTO:+0500
        END:STANDARD
        END:VTIMEZONE
        """;

    private static final String PLENARY = """
        BEGIN:VEVENT
        UID:e84b6f2d-eff3-4909-b6a5-e47d459236a8@sco-rats-2024.conference
        DTSTAMP:20240828T091500Z
        SEQUENCE:2
        DTSTART;TZID=Asia/Tashkent:20240904T093000
        DTEND;TZID=Asia/Tashkent:20240904T110000
        SUMMARY:Plenary meeting
        LOCATION:Plenary hall
        END:VEVENT
        """;

    private static final String TALK = """
        BEGIN:VEVENT
        UID:fe4ae6a9-2e32-4d39-901a-1488e47a7478@sco-rats-2024.conference
        DTSTAMP:20240828T091500Z
        SEQUENCE:2
        DTSTART;TZID=Asia/Tashkent:20240904T104000
        DTEND;TZID=Asia/Tashkent:20240904T110000
        SUMMARY:Financing of terrorism through virtual assets
        LOCATION:Plenary hall
        DESCRIPTION:Vladimir Voronkov
        END:VEVENT
        """;

    private static final String END = "END:VCALENDAR";

    /** The whole program as iCalendar: the plenary and its talk. */
    static final String PROGRAM_CALENDAR = CALENDAR_NAMED + "10th International Scientific and Practical Conference of the \n"
            + " SCO RATS: International cooperation in the fight against terrorism" + IN_TASHKENT + PLENARY + TALK + END;

    /** One session's iCalendar: the session and each of its talks. */
    static final String SESSION_CALENDAR = CALENDAR_NAMED + "Plenary meeting" + IN_TASHKENT + PLENARY + TALK + END;

    /** One speaker's talks as iCalendar. */
    static final String SPEAKER_CALENDAR = CALENDAR_NAMED + "Vladimir Voronkov" + IN_TASHKENT + TALK + END;

    private ProgramExamples() {
    }
}
