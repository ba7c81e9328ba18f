package fr.centreisere.concierge.provider.job.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.centreisere.concierge.provider.job.ListStuckMessages;
import fr.centreisere.concierge.provider.job.ListStuckMessages.StuckMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What coordinators should look at, for notification-service's daily summary (docs/INTERNAL-API.md,
 * issue 13): the jobs' messages to other services that were refused or keep failing. Internal token only.
 */
@RestController
class AttentionController {

    static final int LIMIT = 200;

    private final ListStuckMessages stuckMessages;

    AttentionController(ListStuckMessages stuckMessages) {
        this.stuckMessages = stuckMessages;
    }

    record Attention(List<StuckMessage> stuckMessages) {
    }

    @GetMapping("/internal/attention")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    Attention attention() {
        return new Attention(stuckMessages.list(LIMIT));
    }
}
