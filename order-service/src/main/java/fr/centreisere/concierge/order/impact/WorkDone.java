package fr.centreisere.concierge.order.impact;

import java.math.BigDecimal;

/**
 * What a member structure reported for one completed order: who did it (and what kind of structure it is), the
 * category, the hours worked and, of those, the hours worked by people in insertion.
 */
public record WorkDone(String orderId, String memberId, String memberName, StructureType structureType,
        String category, BigDecimal hoursWorked, BigDecimal insertionHours) {
}
