package se.samverka.agreements.steering;

import se.samverka.agreements.agreement.AgreementPeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agreement asks the steering group to meet "vid behov, dock minst 2 gånger/år". For each
 * calendar year of the period up to the current one, the held meetings and those planned from today on
 * are counted (not the cancelled ones, nor a planned one whose day has passed without minutes); a year with fewer than the minimum is a shortfall. Later years are
 * not judged yet: nobody plans a meeting three years ahead. Plain code.
 */
final class MeetingMinimum {

    private MeetingMinimum() {
    }

    static List<MeetingShortfall> shortfalls(AgreementPeriod period, int minimum, List<SteeringMeeting> meetings,
                                                    LocalDate today) {
        if (minimum <= 0 || !period.isComplete()) {
            return List.of();
        }
        Map<Integer, Long> perYear = meetings.stream()
                .filter(meeting -> meeting.status().countsOn(meeting.meetingDate(), today))
                .collect(Collectors.groupingBy(meeting -> meeting.meetingDate().getYear(), Collectors.counting()));
        return period.years()
                .filter(year -> year <= today.getYear())
                .mapToObj(year -> new MeetingShortfall(year, perYear.getOrDefault(year, 0L), minimum))
                .filter(year -> year.meetings() < minimum)
                .toList();
    }

    /** The shortfall of one year, if there is one. */
    static Optional<MeetingShortfall> inYear(int year, AgreementPeriod period, int minimum,
                                                              List<SteeringMeeting> meetings, LocalDate today) {
        return shortfalls(period, minimum, meetings, today).stream().filter(s -> s.year() == year).findFirst();
    }
}
