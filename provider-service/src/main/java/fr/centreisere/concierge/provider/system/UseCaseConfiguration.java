package fr.centreisere.concierge.provider.system;

import java.time.Clock;

import fr.centreisere.concierge.provider.impact.ReportImpact;
import fr.centreisere.concierge.provider.impact.InsertionWork;
import fr.centreisere.concierge.provider.impact.ReportJobs;
import fr.centreisere.concierge.provider.statement.ProduceMemberStatement;
import fr.centreisere.concierge.provider.job.AcceptJob;
import fr.centreisere.concierge.provider.job.CancelDispatch;
import fr.centreisere.concierge.provider.job.CompleteJob;
import fr.centreisere.concierge.provider.job.CorrectReport;
import fr.centreisere.concierge.provider.job.ShowJobSheets;
import fr.centreisere.concierge.provider.job.Visits;
import fr.centreisere.concierge.provider.job.DeclineJob;
import fr.centreisere.concierge.provider.job.DispatchOrder;
import fr.centreisere.concierge.provider.job.Eligibility;
import fr.centreisere.concierge.provider.job.ExpireOffers;
import fr.centreisere.concierge.provider.job.JobAccess;
import fr.centreisere.concierge.provider.job.JobMeters;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.Places;
import fr.centreisere.concierge.provider.job.OfferPolicy;
import fr.centreisere.concierge.provider.job.OfferToNext;
import fr.centreisere.concierge.provider.job.ReassignDispatch;
import fr.centreisere.concierge.provider.job.ListStuckMessages;
import fr.centreisere.concierge.provider.job.RelayJobEvents;
import fr.centreisere.concierge.provider.job.RemindOffers;
import fr.centreisere.concierge.provider.job.RepairPlaces;
import fr.centreisere.concierge.provider.job.RescheduleDispatch;
import fr.centreisere.concierge.provider.job.RotationLedgers;
import fr.centreisere.concierge.provider.job.StartJob;
import fr.centreisere.concierge.provider.job.Turns;
import fr.centreisere.concierge.provider.job.ViewAvailability;
import fr.centreisere.concierge.provider.job.ViewJobs;
import fr.centreisere.concierge.provider.job.ViewRotation;
import fr.centreisere.concierge.provider.member.Coverage;
import fr.centreisere.concierge.provider.member.CoverageGaps;
import fr.centreisere.concierge.provider.member.CatalogServices;
import fr.centreisere.concierge.provider.member.Members;
import fr.centreisere.concierge.provider.member.RegisterMember;
import fr.centreisere.concierge.provider.member.ReplaceCapabilities;
import fr.centreisere.concierge.provider.member.Territory;
import fr.centreisere.concierge.provider.member.UpdateMember;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The use cases are plain classes (no Spring in the domain); here they are assembled from their ports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProviderSettings.class)
@EnableFeignClients(basePackages = "fr.centreisere.concierge.provider")
@EnableScheduling
class UseCaseConfiguration {

    @Bean
    OfferPolicy offerPolicy(ProviderSettings settings) {
        return new OfferPolicy(settings.dispatch().offerTimeout(), settings.dispatch().nearSlotOfferTimeout(),
                settings.dispatch().nearSlotWithin());
    }

    @Bean
    ListStuckMessages listStuckMessages(Jobs jobs) {
        return new ListStuckMessages(jobs);
    }

    @Bean
    RemindOffers remindOffers(Jobs jobs, Clock clock) {
        return new RemindOffers(jobs, clock);
    }

    @Bean
    Eligibility eligibility(Members members, Places places) {
        return new Eligibility(members, places);
    }

    @Bean
    Turns turns(RotationLedgers ledgers, Eligibility eligibility, Places places) {
        return new Turns(ledgers, eligibility, places);
    }

    @Bean
    ShowJobSheets showJobSheets(Jobs jobs, Visits visits) {
        return new ShowJobSheets(jobs, visits);
    }

    @Bean
    CorrectReport correctReport(Jobs jobs, Clock clock) {
        return new CorrectReport(jobs, clock);
    }

    @Bean
    JobAccess jobAccess(Jobs jobs) {
        return new JobAccess(jobs);
    }

    @Bean
    OfferToNext offerToNext(Jobs jobs, Turns turns, Places places, OfferPolicy policy, Clock clock) {
        return new OfferToNext(jobs, turns, places, policy, clock);
    }

    @Bean
    DispatchOrder dispatchOrder(Jobs jobs, Turns turns, OfferPolicy policy, Clock clock) {
        return new DispatchOrder(jobs, turns, policy, clock);
    }

    @Bean
    RescheduleDispatch rescheduleDispatch(Jobs jobs, Turns turns, OfferPolicy policy, RelayJobEvents relay,
            Clock clock) {
        return new RescheduleDispatch(jobs, turns, policy, relay, clock);
    }

    @Bean
    ViewAvailability viewAvailability(Members members, Places places) {
        return new ViewAvailability(members, places);
    }

    @Bean
    ViewRotation viewRotation(RotationLedgers ledgers, Members members) {
        return new ViewRotation(ledgers, members);
    }

    @Bean
    RepairPlaces repairPlaces(Places places, Jobs jobs, Clock clock) {
        return new RepairPlaces(places, jobs, clock);
    }

    @Bean
    AcceptJob acceptJob(JobAccess access, Jobs jobs, RelayJobEvents relay, Clock clock) {
        return new AcceptJob(access, jobs, relay, clock);
    }

    @Bean
    DeclineJob declineJob(JobAccess access, OfferToNext offerToNext, RelayJobEvents relay, Clock clock) {
        return new DeclineJob(access, offerToNext, relay, clock);
    }

    @Bean
    StartJob startJob(JobAccess access, Jobs jobs, RelayJobEvents relay, Clock clock) {
        return new StartJob(access, jobs, relay, clock);
    }

    @Bean
    CompleteJob completeJob(JobAccess access, Jobs jobs, RelayJobEvents relay, Clock clock) {
        return new CompleteJob(access, jobs, relay, clock);
    }

    @Bean
    ExpireOffers expireOffers(Jobs jobs, OfferToNext offerToNext, RelayJobEvents relay, Clock clock, JobMeters meters) {
        return new ExpireOffers(jobs, offerToNext, relay, clock, meters);
    }

    @Bean
    CancelDispatch cancelDispatch(Jobs jobs, Places places, Turns turns, Clock clock) {
        return new CancelDispatch(jobs, places, turns, clock);
    }

    @Bean
    ReassignDispatch reassignDispatch(Jobs jobs, Members members, Eligibility eligibility, Turns turns, Places places,
            OfferPolicy policy, RelayJobEvents relay, Clock clock) {
        return new ReassignDispatch(jobs, members, eligibility, turns, places, policy, relay, clock);
    }

    @Bean
    ViewJobs viewJobs(Jobs jobs, JobAccess access) {
        return new ViewJobs(jobs, access);
    }

    @Bean
    RegisterMember registerMember(Members members, Clock clock) {
        return new RegisterMember(members, clock);
    }

    @Bean
    UpdateMember updateMember(Members members, Clock clock) {
        return new UpdateMember(members, clock);
    }

    @Bean
    ReplaceCapabilities replaceCapabilities(Members members, CatalogServices catalog) {
        return new ReplaceCapabilities(members, Territory.COMMUNES, catalog);
    }

    @Bean
    Coverage coverage(Members members, Clock clock) {
        return new Coverage(members, clock);
    }

    @Bean
    CoverageGaps coverageGaps(Coverage coverage, CatalogServices catalog) {
        return new CoverageGaps(coverage, catalog);
    }

    @Bean
    ReportJobs reportJobs(Jobs jobs, Clock clock) {
        return new ReportJobs(jobs, clock);
    }

    @Bean
    ReportImpact reportImpact(Jobs jobs, Members members) {
        return new ReportImpact(jobs, members);
    }

    @Bean
    ProduceMemberStatement produceMemberStatement(Jobs jobs, Members members) {
        return new ProduceMemberStatement(jobs, members);
    }

    @Bean
    InsertionWork insertionWork(Jobs jobs, Members members) {
        return new InsertionWork(jobs, members);
    }
}
