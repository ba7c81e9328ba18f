package fr.centreisere.concierge.provider.job.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import fr.centreisere.concierge.provider.job.AcceptJob;
import fr.centreisere.concierge.provider.job.CompleteJob;
import fr.centreisere.concierge.provider.job.DeclineJob;
import fr.centreisere.concierge.provider.job.ForbiddenTransition;
import fr.centreisere.concierge.provider.job.JobNotFound;
import fr.centreisere.concierge.provider.job.JobState;
import fr.centreisere.concierge.provider.job.Jobs_;
import fr.centreisere.concierge.provider.job.StartJob;
import fr.centreisere.concierge.provider.job.ViewJobs;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.system.ProviderAccessRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The job endpoints' web contract: who may call, what the caller is, statuses and problem documents. */
@WebMvcTest(controllers = JobController.class,
        properties = "concierge.security.internal-token=a-test-internal-token-of-some-length")
@Import({ProviderAccessRules.class, JobControllerTest.Sheets.class})
class JobControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ViewJobs viewJobs;
    @MockitoBean
    AcceptJob acceptJob;
    @MockitoBean
    DeclineJob declineJob;
    @MockitoBean
    StartJob startJob;
    @MockitoBean
    CompleteJob completeJob;
    @MockitoBean
    fr.centreisere.concierge.provider.job.ReassignDispatch reassignDispatch;
    @MockitoBean
    fr.centreisere.concierge.provider.member.Members members;
    @MockitoBean
    fr.centreisere.concierge.provider.job.CorrectReport correctReport;

    /** The job sheets over stand-in ports: order-service never answers here (visitUnavailable on a held job). */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Sheets {
        @org.springframework.context.annotation.Bean
        fr.centreisere.concierge.provider.job.ShowJobSheets showJobSheets() {
            return new fr.centreisere.concierge.provider.job.ShowJobSheets(
                    org.mockito.Mockito.mock(fr.centreisere.concierge.provider.job.Jobs.class),
                    (orderId, memberId) -> java.util.Optional.empty());
        }
    }

    private static JwtRequestPostProcessor staffOf(String memberId) {
        return jwt().jwt(t -> t.subject("usr-staff").claim("roles", List.of("MEMBER_STAFF")).claim("memberId", memberId))
                .authorities(new SimpleGrantedAuthority("ROLE_MEMBER_STAFF"));
    }

    @Test
    void memberStaffAcceptForTheirOwnMember() throws Exception {
        given(acceptJob.accept(any(), eq("job-ord-1"))).willReturn(Jobs_.inState(JobState.ACCEPTED));
        mvc.perform(post("/api/jobs/job-ord-1/accept").with(staffOf("mbr-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("job-ord-1"))
                .andExpect(jsonPath("$.orderId").value("ord-1"))
                .andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.memberId").value("mbr-a"))
                .andExpect(jsonPath("$.slot.from").value("14:00"));
        verify(acceptJob).accept(new Caller("usr-staff", "mbr-a", false), "job-ord-1");
    }

    @Test
    void aJobNoLongerOfferedIsAConflictProblem() throws Exception {
        given(acceptJob.accept(any(), any())).willThrow(new ForbiddenTransition("job-ord-1", "accept", JobState.EXPIRED));
        mvc.perform(post("/api/jobs/job-ord-1/accept").with(staffOf("mbr-a")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/conflict"))
                .andExpect(jsonPath("$.code").value("job.cannot.accept"))
                .andExpect(jsonPath("$.args").value(org.hamcrest.Matchers.contains("job-ord-1", "EXPIRED")))
                .andExpect(jsonPath("$.detail").value("impossible d’accepter : le travail job-ord-1 est EXPIRED"));
        mvc.perform(post("/api/jobs/job-ord-1/accept").with(staffOf("mbr-a")).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("job.cannot.accept"))
                .andExpect(jsonPath("$.detail").value("cannot accept: job job-ord-1 is EXPIRED"));
    }

    @Test
    void anotherMembersJobIsNotFound() throws Exception {
        given(viewJobs.get(any(), eq("job-x"))).willThrow(new JobNotFound("job-x"));
        mvc.perform(get("/api/jobs/job-x").with(staffOf("mbr-b")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/not-found"));
    }

    @Test
    void residentsAndAnonymousCallersDoNotReachJobs() throws Exception {
        mvc.perform(post("/api/jobs/job-ord-1/accept")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/jobs/job-ord-1/accept").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_RESIDENT"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(acceptJob);
    }

    @Test
    void aCompletionReportIsValidatedFieldByField() throws Exception {
        mvc.perform(post("/api/jobs/job-ord-1/complete").with(staffOf("mbr-a"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"hoursWorked\":0,\"insertionHours\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://concierge.centre-isere.fr/problems/validation"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("hoursWorked", "insertionHours")));
        mvc.perform(post("/api/jobs/job-ord-1/decline").with(staffOf("mbr-a"))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(completeJob, declineJob);
    }

    @Test
    void anUnknownStateFilterIsAValidationProblem() throws Exception {
        mvc.perform(get("/api/jobs?state=LOST").with(staffOf("mbr-a")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
    }
}
