package fr.centreisere.concierge.provider.job;

import static fr.centreisere.concierge.provider.job.Jobs_.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import fr.centreisere.concierge.provider.member.Caller;
import org.junit.jupiter.api.Test;

/** A coordinator's correction of a completion report, and who may read a job's visit. */
class ReportCorrectionTest {

    private static Job done() {
        Job job = Job.dispatch(Jobs_.order("ord-1"), Jobs_.rotation(T0, "mbr-a"), T0, T0.plusSeconds(3600),
                UnassignedReason.NOT_COVERED);
        job.accept("mbr-a", T0.plusSeconds(60));
        job.start("mbr-a", T0.plusSeconds(120));
        job.complete("mbr-a", 18, 12, "fait", T0.plusSeconds(180));
        return job;
    }

    @Test
    void aCorrectionReplacesTheFiguresKeepsTheCompletionAndRecordsBeforeAfterWhoWhenWhy() {
        Job job = done();
        job.correctReport(1.8, 1.2, "  virgule oubliée ", "usr-coord", T0.plusSeconds(900));
        WorkReport report = job.report().orElseThrow();
        assertThat(report.hoursWorked()).isEqualTo(1.8);
        assertThat(report.insertionHours()).isEqualTo(1.2);
        assertThat(report.completedAt()).isEqualTo(T0.plusSeconds(180));
        assertThat(report.note()).isEqualTo("fait");
        assertThat(report.corrections()).containsExactly(new ReportCorrection(18, 12, 1.8, 1.2, "virgule oubliée",
                "usr-coord", T0.plusSeconds(900)));
        job.correctReport(2, 1, "second regard", "usr-coord", T0.plusSeconds(1000));
        assertThat(job.report().orElseThrow().corrections()).hasSize(2)
                .last().extracting(ReportCorrection::hoursWorkedBefore).isEqualTo(1.8);
    }

    @Test
    void aCorrectionFollowsTheBoundsOfCompletionAndNeedsAReason() {
        Job job = done();
        assertThatThrownBy(() -> job.correctReport(25, 1, "x", "c", T0)).isInstanceOf(InvalidWorkReport.class);
        assertThatThrownBy(() -> job.correctReport(0, 0, "x", "c", T0)).isInstanceOf(InvalidWorkReport.class);
        assertThatThrownBy(() -> job.correctReport(2, 3, "x", "c", T0)).isInstanceOf(InvalidWorkReport.class);
        assertThatThrownBy(() -> job.correctReport(2, 1, " ", "c", T0)).isInstanceOf(InvalidWorkReport.class);
        assertThat(job.report().orElseThrow().hoursWorked()).isEqualTo(18);
        assertThat(job.report().orElseThrow().corrections()).isEmpty();
    }

    @Test
    void onlyADoneJobsReportIsCorrected() {
        Job job = Job.dispatch(Jobs_.order("ord-2"), Jobs_.rotation(T0, "mbr-a"), T0, T0.plusSeconds(3600),
                UnassignedReason.NOT_COVERED);
        assertThatThrownBy(() -> job.correctReport(2, 1, "x", "c", T0)).isInstanceOf(ForbiddenTransition.class);
        job.accept("mbr-a", T0);
        job.start("mbr-a", T0);
        assertThatThrownBy(() -> job.correctReport(2, 1, "x", "c", T0)).isInstanceOf(ForbiddenTransition.class);
    }

    @Test
    void theVisitIsForTheHoldersStaffAndCoordinatorsOnceAccepted() {
        Job job = Job.dispatch(Jobs_.order("ord-3"), Jobs_.rotation(T0, "mbr-a", "mbr-b"), T0, T0.plusSeconds(3600),
                UnassignedReason.NOT_COVERED);
        Caller staffA = Caller.staffOf("u-a", "mbr-a");
        Caller staffB = Caller.staffOf("u-b", "mbr-b");
        Caller coordinator = Caller.coordinator("u-c");
        assertThat(List.of(job.showsVisitTo(staffA), job.showsVisitTo(coordinator))).containsOnly(false);
        job.decline("mbr-a", "non", T0);
        job.offerTo(Jobs_.rotation(T0, "mbr-b"), T0, T0.plusSeconds(3600));
        job.accept("mbr-b", T0);
        assertThat(job.showsVisitTo(staffB)).isTrue();
        assertThat(job.showsVisitTo(coordinator)).isTrue();
        assertThat(job.showsVisitTo(staffA)).isFalse();
        job.cancel("client", T0);
        assertThat(job.showsVisitTo(staffB)).isFalse();
    }
}
