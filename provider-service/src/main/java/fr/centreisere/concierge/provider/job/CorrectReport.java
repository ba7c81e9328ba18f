package fr.centreisere.concierge.provider.job;

import java.time.Clock;

import fr.centreisere.concierge.provider.member.Caller;

/**
 * Coordinators correct the hours of a completed job (a typing mistake seen afterwards), with a reason;
 * the impact report reads the corrected figures, and the correction stays in the job's report.
 */
public class CorrectReport {

    private final Jobs jobs;
    private final Clock clock;

    public CorrectReport(Jobs jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    public Job correct(Caller caller, String jobId, double hoursWorked, double insertionHours, String reason) {
        caller.requireCoordinator();
        Job job = jobs.byId(jobId).orElseThrow(() -> new JobNotFound(jobId));
        job.correctReport(hoursWorked, insertionHours, reason, caller.userId(), clock.instant());
        jobs.update(job);
        return job;
    }
}
