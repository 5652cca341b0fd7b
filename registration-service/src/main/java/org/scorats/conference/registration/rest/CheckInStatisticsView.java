package org.scorats.conference.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.scorats.conference.registration.service.CheckInStatistics;

import java.util.List;

@Schema(name = "CheckInStatistics", example = """
        {"conferenceId": "sco-rats-2024", "days": [{"day": "2024-09-04", "inside": 143, "admitted": 171,
          "organizations": [{"key": "CIS-ATC", "inside": 12, "admitted": 14}, {"key": "CN", "inside": 9, "admitted": 9}],
          "doors": [{"door": "main-entrance", "entries": 190, "exits": 47, "refused": 2},
                    {"door": "side-entrance", "entries": 31, "exits": 9, "refused": 0}]}]}""")
public record CheckInStatisticsView(String conferenceId, List<CheckInStatistics.Day> days) {
}
