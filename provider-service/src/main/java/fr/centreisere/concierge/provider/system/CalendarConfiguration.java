package fr.centreisere.concierge.provider.system;

import java.security.SecureRandom;
import java.time.Clock;

import fr.centreisere.concierge.provider.calendar.CalendarFeeds;
import fr.centreisere.concierge.provider.calendar.CalendarKeys;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Visits;
import fr.centreisere.concierge.provider.member.Members;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The members' calendar feeds, wired to their ports. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    CalendarFeeds calendarFeeds(CalendarKeys keys, Members members, Jobs jobs, Visits visits, Clock clock) {
        return new CalendarFeeds(keys, members, jobs, visits, clock, new SecureRandom());
    }
}
