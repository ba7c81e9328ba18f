package fr.centreisere.concierge.order.impact;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A company's « bilan RSE » of a period: the work its employees' completed orders gave member structures, by
 * structure, by kind of structure and by category; every total is the sum of the reported orders' hours (exact
 * decimals). {@code ordersCompleted} counts the period's completed orders, {@code ordersReported} those whose
 * member's report was found (the hours are theirs).
 */
public record CompanyImpact(String companyId, String companyName, ImpactPeriod period, int ordersCompleted,
        List<WorkDone> work) {

    /** Hours added up for one group (a structure, a kind of structure, a category). */
    public record Tally(String key, String name, int orders, BigDecimal hoursWorked, BigDecimal insertionHours) {

        Tally plus(WorkDone done) {
            return new Tally(key, name, orders + 1, hoursWorked.add(done.hoursWorked()),
                    insertionHours.add(done.insertionHours()));
        }
    }

    /** One member structure's tally, with its kind. */
    public record StructureTally(Tally tally, StructureType type) {
    }

    public CompanyImpact {
        work = List.copyOf(work);
    }

    public int ordersReported() {
        return work.size();
    }

    public BigDecimal hoursWorked() {
        return work.stream().map(WorkDone::hoursWorked).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal insertionHours() {
        return work.stream().map(WorkDone::insertionHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Hours of insertion in the SIAE (ACI, EI, ETTI, AI), the figure a CSR report usually quotes. */
    public BigDecimal siaeInsertionHours() {
        return work.stream().filter(w -> w.structureType().isSiae()).map(WorkDone::insertionHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** By member structure, most insertion hours first. */
    public List<StructureTally> byStructure() {
        Map<String, StructureType> types = new LinkedHashMap<>();
        work.forEach(w -> types.put(w.memberId(), w.structureType()));
        return tally(WorkDone::memberId, WorkDone::memberName).stream()
                .map(t -> new StructureTally(t, types.get(t.key()))).toList();
    }

    /** By kind of structure (its code as key, its French name as name), most insertion hours first. */
    public List<Tally> byStructureType() {
        return tally(w -> w.structureType().name(), w -> w.structureType().frenchName());
    }

    /** By category (its code as key and name: the web and the files name it), most insertion hours first. */
    public List<Tally> byCategory() {
        return tally(WorkDone::category, WorkDone::category);
    }

    /** The kinds of structure that appear in the bilan, to be explained beside it. */
    public List<StructureType> structureTypes() {
        return work.stream().map(WorkDone::structureType).distinct().sorted().toList();
    }

    private List<Tally> tally(Function<WorkDone, String> key, Function<WorkDone, String> name) {
        Map<String, Tally> byKey = new TreeMap<>();
        for (WorkDone done : work) {
            String k = key.apply(done);
            byKey.put(k, byKey.getOrDefault(k, new Tally(k, name.apply(done), 0, BigDecimal.ZERO, BigDecimal.ZERO))
                    .plus(done));
        }
        return byKey.values().stream().sorted(Comparator.comparing(Tally::insertionHours).reversed()
                .thenComparing(Comparator.comparing(Tally::hoursWorked).reversed()).thenComparing(Tally::key)).toList();
    }
}
