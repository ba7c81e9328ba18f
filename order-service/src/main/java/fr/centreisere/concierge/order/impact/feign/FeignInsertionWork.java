package fr.centreisere.concierge.order.impact.feign;

import java.util.ArrayList;
import java.util.List;

import fr.centreisere.concierge.order.impact.InsertionWork;
import fr.centreisere.concierge.order.impact.StructureType;
import fr.centreisere.concierge.order.impact.WorkDone;
import fr.centreisere.concierge.order.impact.feign.ProviderWorkClient.Work;
import fr.centreisere.concierge.order.impact.feign.ProviderWorkClient.WorkAnswer;
import fr.centreisere.concierge.order.impact.feign.ProviderWorkClient.WorkQuery;
import org.springframework.stereotype.Component;

/**
 * provider-service through OpenFeign, by batches of {@value #BATCH} orders (a year of a large company's orders
 * would not fit one request comfortably). Any failure is {@link InsertionWork.WorkUnavailable}: a bilan is never
 * drawn from half the answers. An answer's incomplete line (no member, no hours) is left out.
 */
@Component
class FeignInsertionWork implements InsertionWork {

    static final int BATCH = 500;

    private final ProviderWorkClient client;

    FeignInsertionWork(ProviderWorkClient client) {
        this.client = client;
    }

    @Override
    public List<WorkDone> forOrders(List<String> orderIds) {
        List<WorkDone> done = new ArrayList<>();
        for (int start = 0; start < orderIds.size(); start += BATCH) {
            List<String> batch = orderIds.subList(start, Math.min(orderIds.size(), start + BATCH));
            WorkAnswer answer;
            try {
                answer = client.work(new WorkQuery(List.copyOf(batch)));
            } catch (RuntimeException e) {
                throw new WorkUnavailable("provider-service did not give the work of " + batch.size() + " orders", e);
            }
            if (answer == null || answer.work() == null) {
                continue;
            }
            for (Work work : answer.work()) {
                if (work.orderId() != null && work.memberId() != null && work.hoursWorked() != null
                        && work.insertionHours() != null) {
                    done.add(new WorkDone(work.orderId(), work.memberId(),
                            work.memberName() == null ? work.memberId() : work.memberName(),
                            StructureType.ofCode(work.structureType() == null ? "" : work.structureType()),
                            work.category() == null ? "" : work.category(), work.hoursWorked(), work.insertionHours()));
                }
            }
        }
        return done;
    }
}
