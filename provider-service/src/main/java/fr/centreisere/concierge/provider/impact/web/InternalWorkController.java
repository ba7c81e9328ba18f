package fr.centreisere.concierge.provider.impact.web;

import java.util.List;

import fr.centreisere.concierge.provider.impact.InsertionWork;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/work} (docs/INTERNAL-API.md): the work done for some orders, for order-service's
 * « bilan RSE ». A read, but a POST: the order ids would not fit in a URL. Internal token only.
 */
@RestController
class InternalWorkController {

    private final InsertionWork work;

    InternalWorkController(InsertionWork work) {
        this.work = work;
    }

    record WorkQuery(@NotNull @Size(max = InsertionWork.MAX_ORDERS) List<@NotNull String> orderIds) {
    }

    record WorkAnswer(List<InsertionWork.WorkDone> work) {
    }

    @PostMapping("/internal/work")
    WorkAnswer work(@Valid @RequestBody WorkQuery query) {
        return new WorkAnswer(work.forOrders(query.orderIds()));
    }
}
