package fr.centreisere.concierge.order.company.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import fr.centreisere.concierge.order.company.CompanyConflict;
import fr.centreisere.concierge.order.company.Employee;
import fr.centreisere.concierge.order.company.EmployeeStatus;
import fr.centreisere.concierge.order.company.Employees;
import fr.centreisere.concierge.order.notify.NotificationEvent;
import fr.centreisere.concierge.platform.due.DueSets;
import fr.centreisere.concierge.platform.outbox.OutboxBson;
import fr.centreisere.concierge.platform.outbox.OutboxMarks;
import fr.centreisere.concierge.platform.page.Page;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Memberships in MongoDB; every change is a replace conditional on the version read. */
@Repository
class MongoEmployees implements Employees {

    private final MongoTemplate mongo;
    private final DueSets dueSets;

    MongoEmployees(MongoTemplate mongo, DueSets dueSets) {
        this.mongo = mongo;
        this.dueSets = dueSets;
    }

    static String idOf(String companyId, String userId) {
        return companyId + "|" + userId;
    }

    @Override
    public Optional<Employee> find(String companyId, String userId) {
        return Optional.ofNullable(mongo.findById(idOf(companyId, userId), EmployeeDocument.class))
                .map(MongoEmployees::toEmployee);
    }

    @Override
    public Optional<Employee> findApproved(String userId) {
        return Optional.ofNullable(mongo.findOne(query(where("userId").is(userId)
                .and("status").is(EmployeeStatus.APPROVED.name())).with(Sort.by("decidedAt").descending()),
                EmployeeDocument.class)).map(MongoEmployees::toEmployee);
    }

    @Override
    public boolean insert(Employee employee) {
        try {
            EmployeeDocument stored = mongo.insert(toDocument(employee, 0));
            OutboxMarks.written(dueSets, EmployeeOutboxLayouts.NOTIFICATIONS, stored.id(), employee.outbox());
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Employee update(Employee employee) {
        long expected = employee.version() == null ? 0 : employee.version();
        EmployeeDocument next = toDocument(employee, expected + 1);
        UpdateResult result = mongo.replace(query(where("_id").is(next.id()).and("version").is(expected)), next);
        if (result.getMatchedCount() == 0) {
            throw new CompanyConflict("company.employee.changed-meanwhile");
        }
        OutboxMarks.written(dueSets, EmployeeOutboxLayouts.NOTIFICATIONS, next.id(), employee.outbox());
        return toEmployee(next);
    }

    @Override
    public Page<Employee> list(String companyId, int page, int size) {
        Query query = query(where("companyId").is(companyId));
        long total = mongo.count(query, EmployeeDocument.class);
        query.with(Sort.by("requestedAt", "userId")).skip((long) page * size).limit(size);
        List<Employee> content = mongo.find(query, EmployeeDocument.class).stream().map(MongoEmployees::toEmployee)
                .toList();
        return new Page<>(content, page, size, total);
    }

    static EmployeeDocument toDocument(Employee e, long version) {
        return new EmployeeDocument(idOf(e.companyId(), e.userId()), e.companyId(), e.userId(), e.email(),
                e.displayName(), e.status().name(), e.requestedAt(), e.decidedAt(), e.decidedBy(),
                OutboxBson.toBson(e.outbox()), version);
    }

    static Employee toEmployee(EmployeeDocument d) {
        return new Employee(d.companyId(), d.userId(), d.email(), d.displayName(), EmployeeStatus.valueOf(d.status()),
                d.requestedAt(), d.decidedAt(), d.decidedBy(),
                OutboxBson.fromBson(d.outbox(), NotificationEvent.DESTINATION), d.version());
    }
}
